package cli

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/pgtest"
)

// ariaDB builds aria_warehouse the way its container does: the init scripts
// alone, run by psql.
func ariaDB(t *testing.T) string {
	t.Helper()
	dsn := pgtest.DB(t)
	pgtest.Current(t).Psql(t, dsn, "../../testdata/aria/01-schema.sql", "../../testdata/aria/02-migrations.sql")
	return dsn
}

func byPair(rep jsonOut, pair string) map[row]bool {
	got := map[row]bool{}
	for _, f := range rep.Findings {
		if f.Pair == pair {
			got[row{f.Pair, f.Table, f.Kind, f.Object, f.Severity}] = true
		}
	}
	return got
}

// TestAriaLive is the live scenario: spec, init SQL and a database built from
// that SQL, checked three ways.
func TestAriaLive(t *testing.T) {
	dsn := ariaDB(t)
	args := []string{"check", "--spec", "../../spec/models.yaml", "--sql", "../../testdata/aria", "--dsn", dsn}
	rep, code, stderr := runJSON(t, args...)
	require.Equal(t, ExitDrift, code, stderr)

	// The five ORM-only tables are missing from a database built by the
	// scripts alone: the application would fail at runtime, so HIGH.
	specDB := byPair(rep, "spec-db")
	for _, table := range []string{"hourly_goals", "performance_log", "pending_complex_tasks", "scheduled_jobs", "schedule_tick"} {
		require.True(t, specDB[row{"spec-db", table, "table.missing", "", "high"}], "spec-db %s missing HIGH:\n%s", table, dump(specDB))
	}
	// Every other spec↔sql finding holds for the database too.
	specSQL := byPair(rep, "spec-sql")
	for r := range specSQL {
		if r.kind == "table.missing" {
			continue
		}
		r.pair = "spec-db"
		require.True(t, specDB[r], "spec-db lacks %v", r)
	}
	require.Len(t, specDB, len(specSQL), "spec-db has the spec-sql findings, nothing more:\n%s", dump(specDB))
	// The database is exactly what the scripts build.
	require.Empty(t, byPair(rep, "sql-db"))

	// Hand-made changes on the server show up in the sql↔db pair.
	pgtest.Current(t).Psql(t, dsn, "../../testdata/aria-hotfix.sql")
	rep, code, stderr = runJSON(t, args...)
	require.Equal(t, ExitDrift, code, stderr)
	want := map[row]bool{
		{"sql-db", "memories", "column.extra", "importance", "medium"}:               true,
		{"sql-db", "model_usage", "index.extra", "idx_model_usage_provider", "low"}:  true,
		{"sql-db", "heartbeat_log", "index.missing", "idx_heartbeat_created", "low"}: true,
		{"sql-db", "social_posts", "column.type", "post_id", "low"}:                  true,
		{"sql-db", "agent_sessions", "column.nullable", "agent_id", "medium"}:        true,
	}
	require.Equal(t, want, byPair(rep, "sql-db"))
}

// TestAriaLiveSQLAndDBOnly: any two sources work; here the scripts against
// the database they built, which is clean (the scripts disagree with
// themselves only at LOW: security_events is defined twice).
func TestAriaLiveSQLAndDBOnly(t *testing.T) {
	dsn := ariaDB(t)
	rep, code, stderr := runJSON(t, "check", "--sql", "../../testdata/aria", "--dsn", dsn, "--fail-on", "medium")
	require.Equal(t, ExitOK, code, stderr)
	require.Empty(t, byPair(rep, "sql-db"))
}

// TestPasswordNeverPrinted greps every output format, the verbose log and
// every error path for a known password.
func TestPasswordNeverPrinted(t *testing.T) {
	srv := pgtest.Current(t)
	if srv.External() {
		t.Log("external server: password authentication is the server's own; checking error paths only")
	}
	const wrong = "wrong-Passw0rd-xyz"
	var dsn string
	if !srv.External() {
		// A database reached over TCP with password authentication.
		dbDSN := ariaDB(t)
		cfgDB := dbDSN[strings.LastIndex(dbDSN, "dbname=")+len("dbname="):]
		dsn = srv.TCPDSN("postgres", pgtest.Password, strings.Trim(cfgDB, "'"))
	}
	run := func(args ...string) (string, int) {
		var out, errb bytes.Buffer
		code := Run(args, strings.NewReader(""), &out, &errb)
		return out.String() + errb.String(), code
	}
	secrets := []string{pgtest.Password, wrong}
	check := func(name, output string) {
		for _, s := range secrets {
			require.NotContains(t, output, s, "%s printed a password:\n%s", name, output)
		}
	}
	base := []string{"--spec", "../../spec/models.yaml", "--sql", "../../testdata/aria"}
	if dsn != "" {
		for _, format := range []string{"table", "json", "sarif", "github", "markdown", "mermaid"} {
			out, code := run(append([]string{"check", "-v", "--format", format, "--dsn", dsn}, base...)...)
			require.Equal(t, ExitDrift, code, out)
			check("check --format "+format, out)
			if format == "json" {
				require.Contains(t, out, `"dsn": "postgres://postgres:xxxxx@127.0.0.1:`)
			}
		}
		out, code := run(append([]string{"report", "--format", "markdown", "--dsn", dsn}, base...)...)
		require.Equal(t, ExitOK, code, out)
		check("report", out)
		dir := t.TempDir()
		out, code = run(append([]string{"baseline", "write", "-o", dir + "/b.json", "--dsn", dsn}, base...)...)
		require.Equal(t, ExitOK, code, out)
		b, err := os.ReadFile(dir + "/b.json")
		require.NoError(t, err)
		check("baseline file", out+string(b))
		out, code = run("spec", "import", "--dsn", dsn)
		require.Equal(t, ExitOK, code, out)
		check("spec import", out)
	}
	// Error paths: wrong password, unreachable host, missing database,
	// unparsable DSN, and the password in $PGPASSWORD.
	port := "1"
	if !srv.External() {
		port = strings.TrimPrefix(srv.TCPDSN("", "", "")[len("postgres://@127.0.0.1"):], ":")
		port = port[:strings.Index(port, "/")]
	}
	for name, d := range map[string]string{
		"wrong password":   "postgres://postgres:" + wrong + "@127.0.0.1:" + port + "/postgres?sslmode=disable",
		"unreachable host": "postgres://app:" + wrong + "@127.0.0.1:1/aria?connect_timeout=2",
		"missing database": "postgres://postgres:" + wrong + "@127.0.0.1:" + port + "/no_such_db",
		"bad dsn":          "host=127.0.0.1 password=" + wrong + " port=notaport",
		"bad url":          "postgres://u:" + wrong + "@[::1",
	} {
		out, code := run(append([]string{"check", "-v", "--dsn", d}, base...)...)
		require.Equal(t, ExitError, code, "%s: %s", name, out)
		require.Equal(t, 1, strings.Count(strings.TrimSpace(out), "\n")+1-strings.Count(out, "reading "), "%s: one error line:\n%s", name, out)
		check(name, out)
	}
	t.Setenv("PGPASSWORD", wrong)
	t.Setenv("PGHOST", "127.0.0.1")
	t.Setenv("PGPORT", port)
	out, code := run(append([]string{"check", "-v", "--db"}, base...)...)
	require.Equal(t, ExitError, code, out)
	check("PGPASSWORD", out)
}

// TestSpecImportLiveRoundTrip: a spec imported from the live database checks
// clean against that database and against the scripts that built it.
func TestSpecImportLiveRoundTrip(t *testing.T) {
	dsn := ariaDB(t)
	out := t.TempDir() + "/imported.yaml"
	var stdout, stderr bytes.Buffer
	code := Run([]string{"spec", "import", "--dsn", dsn, "-o", out}, strings.NewReader(""), &stdout, &stderr)
	require.Equal(t, ExitOK, code, stderr.String())
	rep, code, errs := runJSON(t, "check", "--spec", out, "--sql", "../../testdata/aria", "--dsn", dsn, "--fail-on", "medium")
	require.Equal(t, ExitOK, code, errs)
	require.Empty(t, byPair(rep, "spec-db"))
	require.Empty(t, byPair(rep, "spec-sql"))
}
