package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/rogpeppe/go-internal/txtar"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// The detection suite: every case in testdata/detect/*.txtar builds a live
// database and a replay that differ in one behaviour (or are spelled
// differently but mean the same) and states exactly which findings the
// comparison must report. Sections of a file:
//
//	base.sql         both sides, first
//	<case>/both.sql  both sides, after base
//	<case>/sql.sql   only the replay (the canonical side)
//	<case>/db.sql    only the live database
//	<case>/want      "<kind> <severity>" per line; none means equal
//	<case>/warn      substrings of the warnings the case must raise; none
//	                 means it raises none
type detectCase struct {
	name                  string
	both, sqlOnly, dbOnly string
	want                  []string
	warn                  []string
}

// detectRoles exist in the cluster for cases that grant to roles or write
// policies for them; roles are cluster-wide, so cases never create them.
var detectRoles = []string{"app_reader", "app_writer", "app_admin"}

var rolesOnce sync.Once

func createDetectRoles(t *testing.T) {
	rolesOnce.Do(func() {
		for _, r := range detectRoles {
			sql := fmt.Sprintf(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN CREATE ROLE %s; END IF; END $$`, r, r)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			err := pgtest.Current(t).Exec(ctx, sql)
			cancel()
			require.NoError(t, err, "create role %s", r)
		}
	})
}

// TestDetect runs every detection case against a fresh database.
func TestDetect(t *testing.T) {
	files, err := filepath.Glob("../../testdata/detect/*.txtar")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	createDetectRoles(t)
	total := 0
	for _, file := range files {
		base, cases := readDetectFile(t, file)
		total += len(cases)
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					t.Parallel()
					runDetectCase(t, base, c)
				})
			}
		})
	}
	t.Logf("%d detection cases in %d files", total, len(files))
	require.GreaterOrEqual(t, total, 120, "the suite covers every kind and attribute, one case per behaviour")
}

// readDetectFile splits a txtar file into its base SQL and its cases, in
// file order, and rejects sections the format does not know.
func readDetectFile(t *testing.T, file string) (string, []*detectCase) {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	require.NoError(t, err)
	var base string
	var order []*detectCase
	byName := map[string]*detectCase{}
	for _, f := range ar.Files {
		if f.Name == "base.sql" {
			base = string(f.Data)
			continue
		}
		name, part, ok := strings.Cut(f.Name, "/")
		require.True(t, ok, "%s: section %q is neither base.sql nor <case>/<part>", file, f.Name)
		c := byName[name]
		if c == nil {
			c = &detectCase{name: name}
			byName[name] = c
			order = append(order, c)
		}
		switch part {
		case "both.sql":
			c.both = string(f.Data)
		case "sql.sql":
			c.sqlOnly = string(f.Data)
		case "db.sql":
			c.dbOnly = string(f.Data)
		case "want":
			c.want = detectLines(f.Data)
		case "warn":
			c.warn = detectLines(f.Data)
		default:
			t.Fatalf("%s: case %s: unknown section %q", file, name, part)
		}
	}
	for _, c := range order {
		for _, w := range c.want {
			checkWantLine(t, file, c.name, w)
		}
	}
	return base, order
}

// detectLines returns the non-empty lines of data without '#' comments.
func detectLines(data []byte) []string {
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// checkWantLine fails on a kind or severity the suite would never see, so
// that a typo in a want line cannot pass as "not reported".
func checkWantLine(t *testing.T, file, name, line string) {
	t.Helper()
	f := strings.Fields(line)
	require.Len(t, f, 2, "%s: case %s: want line %q is not \"<kind> <severity>\"", file, name, line)
	known := false
	for _, k := range diff.Kinds() {
		known = known || string(k) == f[0]
	}
	require.True(t, known, "%s: case %s: unknown kind %q", file, name, f[0])
	_, err := diff.ParseSeverity(f[1])
	require.NoError(t, err, "%s: case %s", file, name)
}

// runDetectCase builds both sides of one case and compares their findings
// and warnings with what the case states.
func runDetectCase(t *testing.T, base string, c *detectCase) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	common := []string{write("base.sql", base), write("both.sql", c.both)}
	var warns []string
	opts := sqlparse.Options{Warn: func(pos model.Pos, msg string) { warns = append(warns, msg) }}
	replay, err := sqlparse.Files(append(common, write("sql.sql", c.sqlOnly)), opts)
	require.NoError(t, err, "replay")

	dsn := pgtest.DB(t)
	pgtest.Current(t).Psql(t, dsn, append(common, write("db.sql", c.dbOnly))...)
	db := readDetectDB(t, dsn, func(msg string) { warns = append(warns, msg) })

	var got []string
	fs := diff.Compare(replay, db, diff.Options{})
	for _, f := range fs {
		got = append(got, string(f.Kind)+" "+f.Severity.String())
	}
	want := normalizeWant(c.want)
	sort.Strings(got)
	require.Equal(t, want, got, "findings differ:%s", describe(fs))
	checkWarnings(t, c.warn, warns)
}

// readDetectDB reads every non-system schema of the database at dsn.
func readDetectDB(t *testing.T, dsn string, warn func(string)) *model.Schema {
	t.Helper()
	ctx := context.Background()
	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	require.NoError(t, err)
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT nspname FROM pg_namespace
		WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' ORDER BY nspname = 'public' DESC, nspname`)
	require.NoError(t, err)
	schemas, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	db, err := introspect.Schema(ctx, conn, introspect.Options{
		Schemas: schemas, StatementTimeout: time.Minute,
		Warn: func(_ model.Pos, msg string) { warn(msg) },
	})
	require.NoError(t, err)
	return db
}

// normalizeWant sorts want lines and spells severities as findings do.
func normalizeWant(lines []string) []string {
	var out []string
	for _, l := range lines {
		f := strings.Fields(l)
		sev, _ := diff.ParseSeverity(f[1])
		out = append(out, f[0]+" "+sev.String())
	}
	sort.Strings(out)
	return out
}

// checkWarnings requires every warning to be expected and every expected
// warning to be raised: what the tool could not read is never silent.
func checkWarnings(t *testing.T, want, got []string) {
	t.Helper()
	matched := make([]bool, len(want))
	for _, g := range got {
		ok := false
		for i, w := range want {
			if strings.Contains(g, w) {
				matched[i], ok = true, true
			}
		}
		require.True(t, ok, "unexpected warning: %s", g)
	}
	for i, w := range want {
		require.True(t, matched[i], "expected a warning containing %q; got %q", w, got)
	}
}
