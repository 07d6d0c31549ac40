package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/pgtest"
)

const (
	tenantCount  = 1000
	tenantTables = 20
)

// tenantDDL is the canonical schema's tables, created in schema ns. No key
// and no text column: each table is one relation (no index, no TOAST table),
// which keeps creating twenty thousand of them quick.
func tenantDDL(ns string) string {
	var b strings.Builder
	for i := range tenantTables {
		fmt.Fprintf(&b, "CREATE TABLE %s.t%02d (id bigint NOT NULL, n integer, created_at timestamptz);\n", ns, i)
	}
	return b.String()
}

// drifted is what the three drifted tenants had done to them by hand.
var drifted = map[string]string{
	"tenant_0042": "ALTER TABLE tenant_0042.t03 DROP COLUMN created_at;",
	"tenant_0500": "CREATE INDEX t07_n ON tenant_0500.t07 (n);",
	"tenant_0999": "ALTER TABLE tenant_0999.t03 DROP COLUMN created_at;",
}

// tenantDB builds the fleet: tenantCount copies of the canonical schema,
// three of them drifted, and two schemas the pattern must not match. The
// DDL is sent in batches of one multi-statement Exec each.
func tenantDB(t *testing.T) (dsn, sqlFile string) {
	t.Helper()
	dsn = pgtest.DB(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	var batch strings.Builder
	start := time.Now()
	flush := func() {
		_, err := conn.Exec(ctx, "BEGIN;\n"+batch.String()+"COMMIT;")
		require.NoError(t, err)
		batch.Reset()
	}
	for _, ns := range []string{"other", "tenantx_1"} {
		fmt.Fprintf(&batch, "CREATE SCHEMA %s;\nCREATE TABLE %s.unrelated (x int);\n", ns, ns)
	}
	for i := range tenantCount {
		ns := fmt.Sprintf("tenant_%04d", i)
		fmt.Fprintf(&batch, "CREATE SCHEMA %s;\n%s%s\n", ns, tenantDDL(ns), drifted[ns])
		if i%100 == 99 {
			flush()
		}
	}
	flush()
	t.Logf("created %d tenant schemas of %d tables in %s", tenantCount, tenantTables, time.Since(start))
	sqlFile = filepath.Join(t.TempDir(), "schema.sql")
	require.NoError(t, os.WriteFile(sqlFile, []byte(tenantDDL("public")), 0o644))
	return dsn, sqlFile
}

// tenantReport is the part of the JSON report the tenant tests read.
type tenantReport struct {
	Summary struct {
		Total  int  `json:"total"`
		Failed bool `json:"failed"`
	} `json:"summary"`
	Tenants  []string `json:"tenants"`
	Findings []struct {
		Kind        string `json:"kind"`
		Pair        string `json:"pair"`
		Tenant      string `json:"tenant"`
		Schema      string `json:"schema"`
		Table       string `json:"table"`
		Object      string `json:"object"`
		Fingerprint string `json:"fingerprint"`
	} `json:"findings"`
}

func (r tenantReport) rows() []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, fmt.Sprintf("%s %s %s %s.%s %s", f.Tenant, f.Pair, f.Kind, f.Schema, f.Table, f.Object))
	}
	sort.Strings(out)
	return out
}

func checkTenants(t *testing.T, args ...string) (tenantReport, int, string) {
	t.Helper()
	stdout, stderr, code := runCLI(t, append([]string{"check", "--format", "json"}, args...)...)
	var rep tenantReport
	require.NoError(t, json.Unmarshal([]byte(stdout), &rep), "stderr: %s", stderr)
	return rep, code, stderr
}

// TestTenants checks a thousand tenant schemas in one read: exactly the three
// drifted tenants are reported, each with its own findings, and the table
// says so once for drift the tenants share.
func TestTenants(t *testing.T) {
	dsn, sqlFile := tenantDB(t)
	rep, code, stderr := checkTenants(t, "--sql", sqlFile, "--dsn", dsn, "--tenants", "tenant_*", "--fail-on", "low")
	require.Equal(t, ExitDrift, code, stderr)
	require.Len(t, rep.Tenants, tenantCount, "tenantx_1 and other do not match tenant_*")
	require.Equal(t, []string{
		"tenant_0042 sql-db column.missing public.t03 created_at",
		"tenant_0500 sql-db index.extra public.t07 t07_n",
		"tenant_0999 sql-db column.missing public.t03 created_at",
	}, rep.rows())
	require.NotEqual(t, rep.Findings[0].Fingerprint, rep.Findings[2].Fingerprint, "the tenant is part of the fingerprint")

	table, stderr, tcode := runCLI(t, "check", "--sql", sqlFile, "--dsn", dsn, "--tenants", "tenant_*")
	require.Equal(t, ExitDrift, tcode, stderr)
	require.Contains(t, table, "tenants: 997 clean, 3 drifted: tenant_0042, tenant_0500, tenant_0999\n")
	require.Contains(t, table, "(2 tenants: tenant_0042, tenant_0999)", "shared drift shown once:\n%s", table)
	require.Equal(t, 1, strings.Count(table, "created_at"), table)

	t.Run("merged shards", func(t *testing.T) { checkMerged(t, dsn, sqlFile, rep, code) })
}

// checkMerged splits the tenants of TestTenants into three shards, each
// run on its own and written as JSON, and merges them: the same findings
// and the same verdict as the one run. It shares TestTenants's database,
// which takes most of the test's time to build.
func checkMerged(t *testing.T, dsn, sqlFile string, one tenantReport, oneCode int) {

	shards := [][]string{{"tenant_00*", "tenant_01*", "tenant_02*", "tenant_03*"}, {"tenant_04*", "tenant_05*", "tenant_06*"}, {"tenant_07*", "tenant_08*", "tenant_09*"}}
	merge := []string{"check", "--format", "json", "--fail-on", "low"}
	for i, patterns := range shards {
		out := filepath.Join(t.TempDir(), fmt.Sprintf("shard%d.json", i))
		_, stderr, code := runCLI(t, "check", "--sql", sqlFile, "--dsn", dsn, "--tenants", strings.Join(patterns, ","),
			"--fail-on", "none", "--format", "json", "-o", out)
		require.Equal(t, ExitOK, code, stderr)
		merge = append(merge, "--merge", out)
	}
	stdout, stderr, code := runCLI(t, merge...)
	require.Equal(t, oneCode, code, stderr)
	var merged tenantReport
	require.NoError(t, json.Unmarshal([]byte(stdout), &merged))
	require.Equal(t, one.rows(), merged.rows())
	require.Equal(t, one.Tenants, merged.Tenants)
	require.Equal(t, one.Summary, merged.Summary)

	table, _, _ := runCLI(t, append([]string{"report", "--format", "table"}, merge[5:]...)...)
	require.Contains(t, table, "tenants: 997 clean, 3 drifted: tenant_0042, tenant_0500, tenant_0999\n")
}
