package diff

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The Aria fixtures restate, by hand, the models of
// testdata/aria-models-reference.md (the spec side) and the
// bundled init scripts in testdata/aria (the SQL side), so that this package
// can check the reference's Cross-Reference tables without the producers.

func uuidPK(name string) *tb {
	return tbl(name).col("id", "uuid", notNull, def("uuid_generate_v4()")).pk("id")
}

func intPK(name string) *tb {
	return tbl(name).col("id", "integer", notNull, auto).pk("id")
}

const tstz = "timestamp with time zone"

var now = def("now()")

func ariaSpec() *model.Schema {
	s := schema(model.SourceSpec,
		uuidPK("memories").col("key", "varchar(255)", notNull).col("value", "jsonb", notNull).
			col("category", "varchar(100)", def("'general'")).col("created_at", tstz, now).col("updated_at", tstz, now).
			uniq("", "key").index("idx_memories_key", "key").index("idx_memories_category", "category").
			index("idx_memories_updated", "updated_at DESC"),
		uuidPK("thoughts").col("content", "text", notNull).col("category", "varchar(100)", def("'general'")).
			col("metadata", "jsonb", def("'{}'")).col("created_at", tstz, now).
			index("idx_thoughts_category", "category").index("idx_thoughts_created", "created_at DESC"),
		uuidPK("goals").col("goal_id", "varchar(100)", notNull).col("title", "varchar(255)", notNull).
			col("description", "text").col("status", "varchar(50)", def("'pending'")).col("priority", "integer", def("2")).
			col("progress", "numeric(5,2)", def("0")).col("due_date", tstz).col("created_at", tstz, now).
			col("completed_at", tstz).uniq("", "goal_id").
			index("idx_goals_status", "status").index("idx_goals_priority", "priority DESC"),
		uuidPK("activity_log").col("action", "varchar(100)", notNull).col("skill", "varchar(100)").
			col("details", "jsonb", def("'{}'")).col("success", "boolean", def("true")).col("error_message", "text").
			col("created_at", tstz, now).index("idx_activity_action", "action").index("idx_activity_skill", "skill").
			index("idx_activity_created", "created_at DESC"),
		uuidPK("social_posts").col("platform", "varchar(50)", def("'moltbook'")).col("post_id", "varchar(100)").
			col("content", "text", notNull).col("visibility", "varchar(50)", def("'public'")).col("reply_to", "varchar(100)").
			col("url", "text").col("posted_at", tstz, now).col("metadata", "jsonb", def("'{}'")).
			index("idx_posts_platform", "platform").index("idx_posts_posted", "posted_at DESC"),
		intPK("hourly_goals").col("hour_slot", "integer", notNull).col("goal_type", "varchar(50)", notNull),
		uuidPK("knowledge_entities").col("name", "text", notNull).col("type", "text", notNull).
			col("properties", "jsonb", def("'{}'")).col("created_at", tstz, now).col("updated_at", tstz, now).
			index("idx_kg_entity_name", "name"),
		uuidPK("knowledge_relations").col("from_entity", "uuid", notNull).col("to_entity", "uuid", notNull).
			col("relation_type", "text", notNull).col("properties", "jsonb", def("'{}'")).col("created_at", tstz, now).
			index("idx_kg_relation_from", "from_entity").index("idx_kg_relation_to", "to_entity"),
		intPK("performance_log").col("review_period", "varchar(20)", notNull),
		intPK("pending_complex_tasks").col("task_id", "varchar(50)", notNull).uniq("", "task_id"),
		uuidPK("heartbeat_log").col("beat_number", "integer", notNull).col("status", "varchar(50)", def("'healthy'")).
			col("details", "jsonb", def("'{}'")).col("created_at", tstz, now).index("idx_heartbeat_created", "created_at DESC"),
		tbl("scheduled_jobs").col("id", "varchar(50)", notNull).pk("id").col("name", "varchar(100)", notNull).
			index("idx_jobs_name", "name"),
		uuidPK("security_events").col("threat_level", "varchar(20)", notNull).col("threat_type", "varchar(100)", notNull).
			col("threat_patterns", "jsonb", def("'[]'")).col("input_preview", "text").col("source", "varchar(100)").
			col("user_id", "varchar(100)").col("blocked", "boolean", def("false")).col("details", "jsonb", def("'{}'")).
			col("created_at", tstz, now).index("idx_security_threat_level", "threat_level").
			index("idx_security_threat_type", "threat_type").index("idx_security_created", "created_at DESC").
			index("idx_security_blocked", "blocked"),
		tbl("schedule_tick").col("id", "integer", notNull).pk("id").col("last_tick", tstz),
		uuidPK("agent_sessions").col("agent_id", "varchar(100)", notNull).col("session_type", "varchar(50)", def("'interactive'")).
			col("started_at", tstz, now).col("ended_at", tstz).col("messages_count", "integer", def("0")).
			col("tokens_used", "integer", def("0")).col("cost_usd", "numeric(10,6)", def("0")).
			col("status", "varchar(50)", def("'active'")).col("metadata", "jsonb", def("'{}'")).
			index("idx_agent_sessions_agent", "agent_id").index("idx_agent_sessions_started", "started_at DESC").
			index("idx_agent_sessions_status", "status"),
		uuidPK("model_usage").col("model", "varchar(100)", notNull).col("provider", "varchar(50)").
			col("input_tokens", "integer", def("0")).col("output_tokens", "integer", def("0")).
			col("cost_usd", "numeric(10,6)", def("0")).col("latency_ms", "integer").col("success", "boolean", def("true")).
			col("error_message", "text").col("session_id", "uuid").col("created_at", tstz, now).
			index("idx_model_usage_model", "model").index("idx_model_usage_created", "created_at DESC").
			index("idx_model_usage_session", "session_id"),
		uuidPK("rate_limits").col("skill", "varchar(100)", notNull).col("last_action", tstz).
			col("action_count", "integer", def("0")).col("window_start", tstz, now).col("created_at", tstz, now).
			col("last_post", tstz).col("updated_at", tstz, now).uniq("", "skill").index("idx_rate_limits_skill", "skill"),
		uuidPK("api_key_rotations").col("service", "varchar(100)", notNull).col("rotated_at", tstz, now).
			col("reason", "text").col("rotated_by", "varchar(100)", def("'system'")).col("metadata", "jsonb", def("'{}'")),
	)
	s.Expected = []model.ExpectedTable{{Name: "schema_migrations", Reason: "migration tracking, managed by the init scripts"}}
	return s
}

func ariaSQL() *model.Schema {
	s := schema(model.SourceSQL,
		uuidPK("memories").col("key", "varchar(255)", notNull).col("value", "jsonb", notNull).
			col("category", "varchar(100)", def("'general'")).col("created_at", tstz, now).col("updated_at", tstz, now).
			uniq("memories_key_key", "key").index("idx_memories_key", "key").index("idx_memories_category", "category").
			index("idx_memories_updated", "updated_at DESC"),
		uuidPK("thoughts").col("content", "text", notNull).col("category", "varchar(100)", def("'general'")).
			col("metadata", "jsonb", def("'{}'")).col("created_at", tstz, now).
			index("idx_thoughts_category", "category").index("idx_thoughts_created", "created_at DESC").
			index("idx_thoughts_created_category", "created_at DESC", "category"),
		uuidPK("goals").col("goal_id", "varchar(100)", notNull).col("title", "varchar(255)", notNull).
			col("description", "text").col("status", "varchar(50)", def("'pending'")).col("priority", "integer", def("2")).
			col("progress", "numeric(5,2)", def("0")).col("due_date", tstz).col("created_at", tstz, now).
			col("completed_at", tstz).col("parent_goal_id", "uuid").col("metadata", "jsonb", def("'{}'")).
			uniq("goals_goal_id_key", "goal_id").fk("goals_parent_goal_id_fkey", "parent_goal_id", "goals", "id", "NO ACTION").
			index("idx_goals_status", "status").index("idx_goals_priority", "priority DESC").
			index("idx_goals_parent", "parent_goal_id").index("idx_goals_status_priority", "status", "priority DESC"),
		uuidPK("activity_log").col("action", "varchar(100)", notNull).col("skill", "varchar(100)").
			col("details", "jsonb", def("'{}'")).col("success", "boolean", def("true")).col("error_message", "text").
			col("created_at", tstz, now).index("idx_activity_action", "action").index("idx_activity_skill", "skill").
			index("idx_activity_created", "created_at DESC").index("idx_activity_created_action", "created_at DESC", "action"),
		uuidPK("social_posts").col("platform", "varchar(50)", def("'moltbook'")).col("post_id", "varchar(100)").
			col("content", "text", notNull).col("visibility", "varchar(50)", def("'public'")).col("reply_to", "varchar(100)").
			col("url", "text").col("posted_at", tstz, now).col("metadata", "jsonb", def("'{}'")).
			index("idx_posts_platform", "platform").index("idx_posts_posted", "posted_at DESC"),
		uuidPK("knowledge_entities").col("name", "varchar(255)", notNull).col("entity_type", "varchar(100)", notNull).
			col("properties", "jsonb", def("'{}'")).col("created_at", tstz, now).col("updated_at", tstz, now).
			index("idx_kg_entities_name", "name").index("idx_kg_entities_type", "entity_type"),
		uuidPK("knowledge_relations").col("from_entity_id", "uuid", notNull).col("to_entity_id", "uuid", notNull).
			col("relation_type", "varchar(100)", notNull).col("properties", "jsonb", def("'{}'")).col("created_at", tstz, now).
			fk("knowledge_relations_from_entity_id_fkey", "from_entity_id", "knowledge_entities", "id", "CASCADE").
			fk("knowledge_relations_to_entity_id_fkey", "to_entity_id", "knowledge_entities", "id", "CASCADE").
			index("idx_kg_relations_from", "from_entity_id").index("idx_kg_relations_to", "to_entity_id").
			index("idx_kg_relations_type", "relation_type"),
		uuidPK("heartbeat_log").col("beat_number", "integer", notNull).col("status", "varchar(50)", def("'healthy'")).
			col("details", "jsonb", def("'{}'")).col("created_at", tstz, now).index("idx_heartbeat_created", "created_at DESC"),
		uuidPK("security_events").col("threat_level", "varchar(20)", notNull).col("threat_type", "varchar(100)", notNull).
			col("threat_patterns", "jsonb", def("'[]'")).col("input_preview", "text").col("source", "varchar(100)").
			col("user_id", "varchar(100)").col("blocked", "boolean", def("false")).col("details", "jsonb", def("'{}'")).
			col("resolved", "boolean", def("false")).col("resolved_at", tstz).col("created_at", tstz, now).
			index("idx_security_threat_level", "threat_level").index("idx_security_threat_type", "threat_type").
			index("idx_security_created", "created_at DESC").index("idx_security_resolved", "resolved").
			at("testdata/aria/01-schema.sql", 127),
		uuidPK("agent_sessions").col("agent_id", "varchar(100)", notNull).col("session_type", "varchar(50)", def("'interactive'")).
			col("started_at", tstz, now).col("ended_at", tstz).col("messages_count", "integer", def("0")).
			col("tokens_used", "integer", def("0")).col("cost_usd", "numeric(10,6)", def("0")).
			col("status", "varchar(50)", def("'active'")).col("metadata", "jsonb", def("'{}'")).
			index("idx_agent_sessions_agent", "agent_id").index("idx_agent_sessions_started", "started_at DESC").
			index("idx_agent_sessions_status", "status"),
		uuidPK("model_usage").col("model", "varchar(100)", notNull).col("provider", "varchar(50)").
			col("input_tokens", "integer", def("0")).col("output_tokens", "integer", def("0")).
			col("cost_usd", "numeric(10,6)", def("0")).col("latency_ms", "integer").col("success", "boolean", def("true")).
			col("error_message", "text").col("session_id", "uuid").col("created_at", tstz, now).
			fk("model_usage_session_id_fkey", "session_id", "agent_sessions", "id", "NO ACTION").
			index("idx_model_usage_model", "model").index("idx_model_usage_created", "created_at DESC").
			index("idx_model_usage_session", "session_id"),
		uuidPK("rate_limits").col("skill", "varchar(100)", notNull).col("last_action", tstz).
			col("action_count", "integer", def("0")).col("window_start", tstz, now).col("created_at", tstz, now).
			col("last_post", tstz).col("updated_at", tstz, now).uniq("rate_limits_skill_key", "skill").
			index("idx_rate_limits_skill", "skill"),
		uuidPK("api_key_rotations").col("service", "varchar(100)", notNull).col("rotated_at", tstz, now).
			col("reason", "varchar(255)").col("rotated_by", "varchar(100)", def("'system'")).col("metadata", "jsonb", def("'{}'")).
			index("idx_api_rotation_service", "service").index("idx_api_rotation_rotated", "rotated_at DESC"),
		tbl("key_value_memory").col("key", "varchar(255)", notNull).pk("key").col("value", "jsonb", notNull).
			col("category", "varchar(100)", def("'general'")).col("ttl_seconds", "integer").col("expires_at", tstz).
			col("created_at", tstz, now).col("updated_at", tstz, now),
		tbl("schema_migrations").col("version", "integer", notNull).pk("version").col("name", "varchar(255)", notNull).
			col("applied_at", tstz, now),
	)
	first, _ := s.Table("public", "security_events")
	later := uuidPK("security_events").col("threat_level", "varchar(20)", notNull).col("threat_type", "varchar(100)", notNull).
		col("source", "varchar(100)").col("details", "jsonb", def("'{}'")).col("resolved", "boolean", def("false")).
		col("resolved_at", tstz).col("created_at", tstz, now).at("testdata/aria/02-migrations.sql", 68).build()
	kvFirst, _ := s.Table("public", "key_value_memory")
	kvLater := tbl("key_value_memory").col("key", "varchar(255)", notNull).pk("key").col("value", "jsonb", notNull).
		col("category", "varchar(100)", def("'general'")).col("ttl_seconds", "integer").col("expires_at", tstz).
		col("created_at", tstz, now).col("updated_at", tstz, now).at("testdata/aria/02-migrations.sql", 51).build()
	s.Duplicates = []*model.Duplicate{{First: first, Later: later}, {First: kvFirst, Later: kvLater}}
	return s
}

// ariaReference lists the findings spec↔sql must produce: the reference's
// Cross-Reference tables row by row, then what its DRIFT notes state beyond
// the tables.
var ariaReference = []row{
	{TableExpected, Info, "schema_migrations", ""},
	{TableExtra, Medium, "key_value_memory", ""},
	{TableMissing, Medium, "hourly_goals", ""},
	{TableMissing, Medium, "performance_log", ""},
	{TableMissing, Medium, "pending_complex_tasks", ""},
	{TableMissing, Medium, "scheduled_jobs", ""},
	{TableMissing, Medium, "schedule_tick", ""},
	{ColumnExtra, High, "goals", "parent_goal_id"},
	{ColumnExtra, Medium, "goals", "metadata"},
	{ColumnExtra, Medium, "security_events", "resolved"},
	{ColumnExtra, Medium, "security_events", "resolved_at"},
	{ColumnRenamed, High, "knowledge_entities", "type"},
	{ColumnType, Low, "knowledge_entities", "name"},
	{ColumnRenamed, High, "knowledge_relations", "from_entity"},
	{ColumnRenamed, High, "knowledge_relations", "to_entity"},
	{FKExtra, Medium, "knowledge_relations", "knowledge_relations_from_entity_id_fkey"},
	{FKExtra, Medium, "knowledge_relations", "knowledge_relations_to_entity_id_fkey"},
	{FKExtra, Low, "model_usage", "model_usage_session_id_fkey"},
	{ColumnType, Low, "api_key_rotations", "reason"},
	{IndexExtra, Low, "thoughts", "idx_thoughts_created_category"},
	{IndexExtra, Low, "goals", "idx_goals_parent"},
	{IndexExtra, Low, "goals", "idx_goals_status_priority"},
	{IndexExtra, Low, "activity_log", "idx_activity_created_action"},
	{IndexExtra, Low, "knowledge_entities", "idx_kg_entities_type"},
	{IndexExtra, Low, "knowledge_relations", "idx_kg_relations_type"},
	{IndexExtra, Low, "security_events", "idx_security_resolved"},
	{IndexExtra, Low, "api_key_rotations", "idx_api_rotation_service"},
	{IndexExtra, Low, "api_key_rotations", "idx_api_rotation_rotated"},
	// Stated in the DRIFT notes, not in the tables.
	{ColumnType, Low, "knowledge_entities", "type"},
	{ColumnType, Low, "knowledge_relations", "relation_type"},
	{IndexMissing, Low, "security_events", "idx_security_blocked"},
	{IndexRenamed, Low, "knowledge_entities", "idx_kg_entity_name"},
	{IndexRenamed, Low, "knowledge_relations", "idx_kg_relation_from"},
	{IndexRenamed, Low, "knowledge_relations", "idx_kg_relation_to"},
}

func TestAriaReference(t *testing.T) {
	fs := Compare(ariaSpec(), ariaSQL(), Options{})
	requireRows(t, ariaReference, fs)
	requireRuled(t, fs)

	dups := Duplicates(ariaSQL(), Options{})
	requireRows(t, []row{{TableDuplicate, Low, "security_events", ""}}, dups)
	require.Equal(t, Pair{model.SourceSQL, model.SourceSQL}, dups[0].Pair)
	require.Equal(t, "security_events is defined again at 02-migrations.sql:68 without threat_patterns, input_preview, user_id, blocked", dups[0].Message)
	require.Equal(t, 127, dups[0].LeftPos.Line)
	require.Equal(t, 68, dups[0].RightPos.Line)

	golden(t, "aria.golden", render(append(fs, dups...)))
}

// render lists findings one per line with every field a report shows.
func render(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%-6s %-20s %-9s %s.%s %q\n", f.Severity, f.Kind, f.Pair.Key(), f.Schema, f.Table, f.Object)
		fmt.Fprintf(&b, "       expected=%q actual=%q\n", f.Expected, f.Actual)
		fmt.Fprintf(&b, "       %s\n", f.Message)
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./diff -update to create %s", path)
	require.Equal(t, string(want), got, "golden file %s differs; rerun with -update if the change is intended", path)
}
