package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// jsonOut is the part of the JSON report the acceptance tests read.
type jsonOut struct {
	SchemaVersion int `json:"schema_version"`
	Summary       struct {
		Total  int  `json:"total"`
		Failed bool `json:"failed"`
	} `json:"summary"`
	Findings []struct {
		Kind     string `json:"kind"`
		Severity string `json:"severity"`
		Pair     string `json:"pair"`
		Table    string `json:"table"`
		Object   string `json:"object"`
		Expected string `json:"expected"`
		Actual   string `json:"actual"`
		Message  string `json:"message"`
		Source   *struct {
			File string `json:"file"`
			Line int    `json:"line"`
		} `json:"source"`
	} `json:"findings"`
}

// runJSON runs ariadrift in-process with --format json and decodes the report.
func runJSON(t *testing.T, args ...string) (jsonOut, int, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(append(args, "--format", "json"), strings.NewReader(""), &out, &errb)
	var rep jsonOut
	if code == ExitOK || code == ExitDrift {
		require.NoError(t, json.Unmarshal(out.Bytes(), &rep), "stdout: %s\nstderr: %s", out.String(), errb.String())
	}
	return rep, code, errb.String()
}

// row is one expected finding: pair, table, kind, object and severity.
type row struct {
	pair, table, kind, object, severity string
}

func (r row) String() string {
	return fmt.Sprintf("%s %s %s %s %s", r.pair, r.table, r.kind, r.object, r.severity)
}

// ariaSpecSQL lists every finding of spec/models.yaml against testdata/aria.
// The first groups reproduce the reference's Cross-Reference tables row by
// row; the last group is what the reference missed (see README, "beyond the
// reference").
var ariaSpecSQL = []struct {
	ref  string // the reference row this finding reproduces
	want row
}{
	// Tables in SQL but NOT in ORM.
	{"schema_migrations | Expected gap", row{"spec-sql", "schema_migrations", "table.expected", "", "info"}},
	{"key_value_memory | MISSING from ORM", row{"spec-sql", "key_value_memory", "table.extra", "", "medium"}},
	// Tables in ORM but NOT in SQL init scripts.
	{"HourlyGoal | hourly_goals", row{"spec-sql", "hourly_goals", "table.missing", "", "medium"}},
	{"PerformanceLog | performance_log", row{"spec-sql", "performance_log", "table.missing", "", "medium"}},
	{"PendingComplexTask | pending_complex_tasks", row{"spec-sql", "pending_complex_tasks", "table.missing", "", "medium"}},
	{"ScheduledJob | scheduled_jobs", row{"spec-sql", "scheduled_jobs", "table.missing", "", "medium"}},
	{"ScheduleTick | schedule_tick", row{"spec-sql", "schedule_tick", "table.missing", "", "medium"}},
	// Column-level drift.
	{"goals | Missing parent_goal_id (FK) | HIGH", row{"spec-sql", "goals", "column.extra", "parent_goal_id", "high"}},
	{"goals | Missing metadata (JSONB)", row{"spec-sql", "goals", "column.extra", "metadata", "medium"}},
	{"security_events | Missing resolved | MEDIUM", row{"spec-sql", "security_events", "column.extra", "resolved", "medium"}},
	{"security_events | Missing resolved_at | MEDIUM", row{"spec-sql", "security_events", "column.extra", "resolved_at", "medium"}},
	{"knowledge_entities | entity_type vs type | HIGH", row{"spec-sql", "knowledge_entities", "column.renamed", "type", "high"}},
	{"knowledge_entities | VARCHAR(255) vs Text for name | LOW", row{"spec-sql", "knowledge_entities", "column.type", "name", "low"}},
	{"knowledge_relations | from_entity_id vs from_entity | HIGH", row{"spec-sql", "knowledge_relations", "column.renamed", "from_entity", "high"}},
	{"knowledge_relations | to_entity_id vs to_entity | HIGH", row{"spec-sql", "knowledge_relations", "column.renamed", "to_entity", "high"}},
	{"knowledge_relations | Missing FK ON DELETE CASCADE (from) | MEDIUM", row{"spec-sql", "knowledge_relations", "fk.extra", "knowledge_relations_from_entity_id_fkey", "medium"}},
	{"knowledge_relations | Missing FK ON DELETE CASCADE (to) | MEDIUM", row{"spec-sql", "knowledge_relations", "fk.extra", "knowledge_relations_to_entity_id_fkey", "medium"}},
	{"model_usage | Missing FK session_id → agent_sessions(id) | LOW", row{"spec-sql", "model_usage", "fk.extra", "model_usage_session_id_fkey", "low"}},
	{"api_key_rotations | VARCHAR(255) vs Text for reason | LOW", row{"spec-sql", "api_key_rotations", "column.type", "reason", "low"}},
	// Extra SQL Indexes Not in ORM (the api_key_rotations "missing indexes" are the last two).
	{"idx_thoughts_created_category", row{"spec-sql", "thoughts", "index.extra", "idx_thoughts_created_category", "low"}},
	{"idx_goals_parent", row{"spec-sql", "goals", "index.extra", "idx_goals_parent", "low"}},
	{"idx_goals_status_priority", row{"spec-sql", "goals", "index.extra", "idx_goals_status_priority", "low"}},
	{"idx_activity_created_action", row{"spec-sql", "activity_log", "index.extra", "idx_activity_created_action", "low"}},
	{"idx_kg_entities_type", row{"spec-sql", "knowledge_entities", "index.extra", "idx_kg_entities_type", "low"}},
	{"idx_kg_relations_type", row{"spec-sql", "knowledge_relations", "index.extra", "idx_kg_relations_type", "low"}},
	{"idx_security_resolved", row{"spec-sql", "security_events", "index.extra", "idx_security_resolved", "low"}},
	{"idx_api_rotation_service", row{"spec-sql", "api_key_rotations", "index.extra", "idx_api_rotation_service", "low"}},
	{"idx_api_rotation_rotated", row{"spec-sql", "api_key_rotations", "index.extra", "idx_api_rotation_rotated", "low"}},
	// Beyond the reference: stated in its DRIFT notes but not in its tables.
	{"DRIFT: entity_type is VARCHAR(100), ORM type is Text", row{"spec-sql", "knowledge_entities", "column.type", "type", "low"}},
	{"DRIFT: relation_type VARCHAR(100) vs Text", row{"spec-sql", "knowledge_relations", "column.type", "relation_type", "low"}},
	{"DRIFT: ORM has idx_security_blocked, SQL has not", row{"spec-sql", "security_events", "index.missing", "idx_security_blocked", "low"}},
	{"DRIFT: migration 6 defines security_events without four columns", row{"sql-sql", "security_events", "table.duplicate", "", "low"}},
	// Beyond the reference: indexes that differ only by name.
	{"idx_kg_entity_name is idx_kg_entities_name in SQL", row{"spec-sql", "knowledge_entities", "index.renamed", "idx_kg_entity_name", "low"}},
	{"idx_kg_relation_from is idx_kg_relations_from in SQL", row{"spec-sql", "knowledge_relations", "index.renamed", "idx_kg_relation_from", "low"}},
	{"idx_kg_relation_to is idx_kg_relations_to in SQL", row{"spec-sql", "knowledge_relations", "index.renamed", "idx_kg_relation_to", "low"}},
}

// TestAriaReproducesReference is the offline acceptance test: every row of
// the reference's Cross-Reference tables, one assertion each, and nothing else.
func TestAriaReproducesReference(t *testing.T) {
	rep, code, stderr := runJSON(t, "check", "--spec", "../../spec/models.yaml", "--sql", "../../testdata/aria")
	require.Equal(t, ExitDrift, code, "HIGH drift must fail the gate; stderr: %s", stderr)
	require.True(t, rep.Summary.Failed)

	got := map[row]bool{}
	for _, f := range rep.Findings {
		got[row{f.Pair, f.Table, f.Kind, f.Object, f.Severity}] = true
	}
	for _, c := range ariaSpecSQL {
		t.Run(c.ref, func(t *testing.T) {
			require.True(t, got[c.want], "missing finding %v\nall findings:\n%s", c.want, dump(got))
		})
	}
	// Nothing beyond the list: a new finding is either a regression or a fact
	// the list (and the README) must name.
	want := map[row]bool{}
	for _, c := range ariaSpecSQL {
		want[c.want] = true
	}
	for r := range got {
		require.True(t, want[r], "unexpected finding %v", r)
	}
}

func dump(m map[row]bool) string {
	var lines []string
	for r := range m {
		lines = append(lines, "  "+r.String())
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
