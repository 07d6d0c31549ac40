package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/plan"
)

func runPlan(t *testing.T, args ...string) (string, int, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(append([]string{"plan"}, args...), strings.NewReader(""), &out, &errb)
	return out.String(), code, errb.String()
}

// ariaHotfixDB is aria_warehouse after the production hotfixes.
func ariaHotfixDB(t *testing.T) string {
	t.Helper()
	dsn := ariaDB(t)
	pgtest.Current(t).Psql(t, dsn, "../../testdata/aria-hotfix.sql")
	return dsn
}

// TestPlanAriaRoundTrip: the plan that brings the hotfixed database back
// to its init scripts, applied with psql, leaves zero findings, and
// planning again is empty.
func TestPlanAriaRoundTrip(t *testing.T) {
	dsn := ariaHotfixDB(t)
	out, code, stderr := runPlan(t, "--sql", "../../testdata/aria", "--dsn", dsn, "--allow-hazards", "all")
	require.Equal(t, ExitOK, code, stderr)
	for _, want := range []string{
		"SET lock_timeout", "CREATE INDEX CONCURRENTLY idx_heartbeat_created", "DROP INDEX CONCURRENTLY public.idx_model_usage_provider",
		"ALTER TABLE public.memories DROP COLUMN importance", "VALIDATE CONSTRAINT agent_sessions_agent_id_not_null",
		"ALTER COLUMN post_id TYPE character varying(100)",
	} {
		require.Contains(t, out, want)
	}
	file := filepath.Join(t.TempDir(), "fix.sql")
	require.NoError(t, os.WriteFile(file, []byte(out), 0o644))
	pgtest.Current(t).Psql(t, dsn, file)

	rep, code, stderr := runJSON(t, "check", "--sql", "../../testdata/aria", "--dsn", dsn, "--fail-on", "none")
	require.Equal(t, ExitOK, code, stderr)
	require.Empty(t, byPair(rep, "sql-db"))
	again, code, stderr := runPlan(t, "--sql", "../../testdata/aria", "--dsn", dsn)
	require.Equal(t, ExitOK, code, stderr)
	require.Contains(t, again, "nothing to do")
}

// TestPlanAriaBlocked: without --allow-hazards the column drop is written
// as a comment and the exit code says the plan is incomplete.
func TestPlanAriaBlocked(t *testing.T) {
	dsn := ariaHotfixDB(t)
	out, code, stderr := runPlan(t, "--sql", "../../testdata/aria", "--dsn", dsn)
	require.Equal(t, ExitBlocked, code, stderr)
	require.Contains(t, out, "-- ALTER TABLE public.memories DROP COLUMN importance;")
	require.Contains(t, out, "hazard data-loss: drops column importance of public.memories and its values (public.memories: ")
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "--") {
			require.NotContains(t, line, "DROP COLUMN", "only as a comment")
		}
	}

	// --offline: the plain forms, for a database nobody uses yet.
	out, code, stderr = runPlan(t, "--sql", "../../testdata/aria", "--dsn", dsn, "--offline", "--allow-hazards", "all")
	require.Equal(t, ExitOK, code, stderr)
	require.NotContains(t, out, "CONCURRENTLY")
	require.NotContains(t, out, "NOT VALID")
	require.Contains(t, out, "ALTER TABLE public.agent_sessions ALTER COLUMN agent_id SET NOT NULL;")
}

// TestPlanVerify: --verify-dsn builds a scratch copy of the target on the
// harness's server, applies the plan and says whether it converges.
func TestPlanVerify(t *testing.T) {
	dsn := ariaHotfixDB(t)
	admin := pgtest.Current(t).AdminDSN
	_, code, stderr := runPlan(t, "--sql", "../../testdata/aria", "--dsn", dsn, "--allow-hazards", "all", "--verify-dsn", admin)
	require.Equal(t, ExitOK, code, stderr)
	require.Contains(t, stderr, "verify: converges")

	_, code, stderr = runPlan(t, "--sql", "../../testdata/aria", "--dsn", dsn, "--verify-dsn", admin)
	require.Equal(t, ExitNotConverged, code, stderr)
	require.Contains(t, stderr, "column.extra memories")
}

// TestPlanJSONSchema validates real plan output against plan/schema.json.
func TestPlanJSONSchema(t *testing.T) {
	dsn := ariaHotfixDB(t)
	out, code, stderr := runPlan(t, "--sql", "../../testdata/aria", "--dsn", dsn, "--format", "json", "--allow-hazards", "full-scan",
		"--verify-dsn", pgtest.Current(t).AdminDSN)
	require.Equal(t, ExitNotConverged, code, stderr)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("plan.json", bytes.NewReader(plan.JSONSchema)))
	sch, err := c.Compile("plan.json")
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.NoError(t, sch.Validate(doc))
	m := doc.(map[string]any)
	require.EqualValues(t, 1, m["schema_version"])
	require.Equal(t, []any{"full-scan"}, m["allowed_hazards"])
	v := m["verify"].(map[string]any)
	require.Equal(t, false, v["converges"])
	require.Len(t, v["remaining"], 5, "every hotfix is left: each of its steps is blocked")
}

var updateREADME = flag.Bool("update-readme", false, "rewrite the README's Aria plan from real output")

// TestREADMEPlan: the README's plan for the Aria example is real output.
func TestREADMEPlan(t *testing.T) {
	dsn := ariaHotfixDB(t)
	out, code, stderr := runPlan(t, "--sql", "../../testdata/aria", "--dsn", dsn, "--allow-hazards", "not-transactional,full-scan,may-fail-on-data")
	require.Equal(t, ExitBlocked, code, stderr)
	first, rest, _ := strings.Cut(out, "\n")
	require.Contains(t, first, "-- ariadrift plan: makes db (")
	got := "-- ariadrift plan: makes db (postgres://app@db.internal/aria) match sql (testdata/aria)\n" + rest
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	before, after, ok := strings.Cut(string(readme), "<!-- plan:begin -->\n```sql\n")
	require.True(t, ok, "README lacks the plan markers")
	block, tail, ok := strings.Cut(after, "```\n<!-- plan:end -->")
	require.True(t, ok)
	if *updateREADME {
		require.NoError(t, os.WriteFile("../../README.md", []byte(before+"<!-- plan:begin -->\n```sql\n"+got+"```\n<!-- plan:end -->"+tail), 0o644))
		return
	}
	require.Equal(t, got, block, "README plan is stale: go test ./internal/cli -run TestREADMEPlan -update-readme")
}

// TestPlanSpecToSQLVerify: the next migration file from the scripts' end
// state to the models converges on a scratch database built from the scripts.
func TestPlanSpecToSQLVerify(t *testing.T) {
	admin := pgtest.Current(t).AdminDSN
	out, code, stderr := runPlan(t, "--spec", "../../spec/models.yaml", "--sql", "../../testdata/aria", "--allow-hazards", "all", "--verify-dsn", admin)
	require.Equal(t, ExitOK, code, stderr+out)
	require.Contains(t, stderr, "verify: converges")
	require.NotContains(t, out, "SET lock_timeout", "a file target gets no session settings")
	require.Contains(t, out, "ALTER TABLE public.knowledge_entities RENAME COLUMN entity_type TO type")
}
