package cli

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/pgtest"
)

// warnSpec is the smallest spec: the warnings tests need a second source.
const warnSpec = `version: 1
models:
  - model: Thing
    table: things
    columns:
      - {name: id, type: Integer, primary_key: true}
`

// warningCases feed every warning a producer can raise. want lists the
// stderr lines, with FILE standing for the script's path.
var warningCases = []struct {
	name string
	sql  string
	want []string
}{
	{"computed execute",
		"DO $$\nBEGIN\n  EXECUTE 'CREATE TABLE ' || 'made (id int)';\nEND $$;\n",
		[]string{"FILE:3:11: warning: EXECUTE of a computed string not replayed"}},
	{"other language",
		"DO LANGUAGE plperl $$ print 1 $$;\n",
		[]string{"FILE:1:1: warning: DO block in language plperl not replayed"}},
	{"conditional statement that would fail",
		"DO $$\nBEGIN\n  IF false THEN\n    ALTER TABLE nowhere ADD COLUMN x int;\n  END IF;\nEND $$;\n",
		[]string{`FILE:4:17: warning: skipped (would fail unless its condition kept it from running): relation "nowhere" does not exist`}},
	{"computed search_path",
		"SELECT set_config('search_path', current_setting('app.path'), false);\n",
		[]string{"FILE:1:8: warning: set_config(search_path) with a computed value is not followed"}},
	{"later definition that does not replay",
		"CREATE TABLE t (id int);\nCREATE TABLE IF NOT EXISTS t (id int, PRIMARY KEY (nope));\n",
		[]string{`FILE:2:1: warning: later definition of public.t not compared: FILE:2:39: column "nope" named in key does not exist`}},
	{"table of a composite type",
		"CREATE TYPE pair AS (a int, b int);\nCREATE TABLE pairs OF pair;\n",
		[]string{"FILE:2:1: warning: CREATE TABLE OF type: the type's columns are not known"}},
	{"view over a function's columns",
		"CREATE FUNCTION f() RETURNS TABLE (a int) LANGUAGE sql AS 'SELECT 1';\nCREATE VIEW v AS SELECT * FROM f();\n",
		[]string{"FILE:2:1: warning: query of view public.v not compared: it selects * from a relation whose columns are not known"}},
	{"columns from a query",
		"CREATE TABLE src (a int);\nCREATE TABLE copied AS SELECT * FROM src;\n",
		[]string{"FILE:2:1: warning: columns of public.copied come from a query and are not known"}},
	{"foreign key to a table without a primary key",
		"CREATE TABLE parent (id int);\nCREATE TABLE child (parent_id int REFERENCES parent);\n",
		[]string{
			`FILE:2:46: warning: there is no primary key for referenced table "parent" yet`,
			`FILE:2:35: warning: foreign key child_parent_id_fkey: there is no primary key for referenced table "parent"`,
		}},
	{"grant to the session's user",
		"CREATE TABLE t (id int);\nGRANT SELECT ON t TO CURRENT_USER;\n",
		[]string{"FILE:2:1: warning: GRANT not replayed: a role is CURRENT_USER or SESSION_USER, whose name the scripts do not say"}},
	{"grant on a function the scripts did not create",
		"CREATE TABLE t (id int);\nGRANT EXECUTE ON FUNCTION elsewhere TO PUBLIC;\n",
		[]string{"FILE:2:1: warning: GRANT not replayed: function elsewhere is not one the scripts created, so its arguments are not known"}},
	{"default privileges for another role",
		"CREATE TABLE t (id int);\nALTER DEFAULT PRIVILEGES FOR ROLE app GRANT SELECT ON TABLES TO PUBLIC;\n",
		[]string{"FILE:2:1: warning: ALTER DEFAULT PRIVILEGES FOR ROLE not replayed: the scripts do not say which role loads them"}},
	{"grant on a relation the scripts did not create",
		"CREATE TABLE t (id int);\nGRANT SELECT ON elsewhere TO PUBLIC;\n",
		[]string{`FILE:2:17: warning: GRANT not replayed: relation "elsewhere" is not one the scripts created`}},
	{"function setting taken from the session",
		"CREATE FUNCTION f() RETURNS int LANGUAGE sql\n  SET timezone FROM CURRENT AS 'SELECT 1';\n",
		[]string{"FILE:1:1: warning: function f: SET timezone FROM CURRENT takes the session's value, which the scripts do not say; not compared"}},
	{"psql variables set outside the scripts",
		"ALTER DATABASE :DBNAME SET app.x = '1';\nGRANT app_reader TO :\"ci_user\";\nGRANT app_writer TO :\"ci_user\";\n",
		[]string{
			"FILE:1:16: warning: psql variable :DBNAME is set outside the scripts (by psql itself or -v): replayed as DBNAME; give its value with --psql-var",
			`FILE:2:21: warning: psql variable :"ci_user" is set outside the scripts (by psql itself or -v): replayed as "ci_user"; give its value with --psql-var`,
		}},
	{"DO block the offline parser cannot compile",
		"DO $$\nDECLARE\n  last text COLLATE \"C\" := NULL;\nBEGIN\n  CREATE TABLE t (id int);\nEND $$;\n",
		[]string{`FILE:1:1: warning: DO block not read: the offline PL/pgSQL parser cannot compile it (collations are not supported by type -); DDL inside it is not replayed`}},
	{"statement after a computed EXECUTE",
		"CREATE TABLE t (id int PRIMARY KEY);\nDO $$\nBEGIN\n  EXECUTE 'ALTER TABLE t DROP CONSTRAINT ' || 't_pkey';\n  ALTER TABLE t ADD PRIMARY KEY (id);\nEND $$;\n",
		[]string{
			"FILE:4:11: warning: EXECUTE of a computed string not replayed",
			`FILE:5:21: warning: skipped (would fail unless its condition kept it from running): multiple primary keys for table "t" are not allowed`,
		}},
	{"psql conditions",
		"\\set mode later\n\\if :mode\nCREATE TABLE a (id int);\n\\elif `test -f x`\nCREATE TABLE b (id int);\n\\endif\n\\if :{?flag}\n\\endif\n\\if :unset\n\\endif\n",
		[]string{
			`FILE:2:1: warning: \if: its condition "later" is not a boolean: psql takes it as false`,
			"FILE:4:1: warning: \\elif not decided (its condition is a shell command): every branch was read",
			"FILE:7:1: warning: \\if not decided (it tests whether :flag is set, as psql -v may do): every branch was read; give it with --psql-var flag=VALUE",
			"FILE:9:1: warning: \\if not decided (it depends on :unset, which the scripts do not set, or set from a query or a shell command): every branch was read; give it with --psql-var unset=true|false",
		}},
}

// warningsOut is the part of the JSON report the tests read.
type warningsOut struct {
	Warnings []struct {
		Source   string `json:"source"`
		Message  string `json:"message"`
		Location *struct {
			File   string `json:"file"`
			Line   int    `json:"line"`
			Column int    `json:"column"`
		} `json:"location"`
	} `json:"warnings"`
}

// lines renders the report's warnings as the stderr lines they match.
func (w warningsOut) lines() []string {
	var out []string
	for _, x := range w.Warnings {
		where := x.Source
		if x.Location != nil {
			where = x.Location.File
			if x.Location.Line > 0 { // a whole file, such as a script not read, has no line
				where += ":" + strconv.Itoa(x.Location.Line) + ":" + strconv.Itoa(x.Location.Column)
			}
		}
		out = append(out, where+": warning: "+x.Message)
	}
	return out
}

func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// Every warning reaches stderr, one line each with its position, and the
// JSON report; -q silences stderr only.
func TestWarningsReachTheUser(t *testing.T) {
	for _, tc := range warningCases {
		t.Run(tc.name, func(t *testing.T) {
			specFile, sqlFile, want := warnSources(t, "init.sql", tc.sql, tc.want)
			assertWarnings(t, []string{"--spec", specFile, "--sql", sqlFile}, want)
		})
	}
}

// warnSources writes the spec and a source file named name holding src to
// a fresh directory, and returns their paths and want with FILE replaced by
// the source's path.
func warnSources(t *testing.T, name, src string, want []string) (specFile, file string, wantOut []string) {
	t.Helper()
	dir := t.TempDir()
	specFile, file = filepath.Join(dir, "spec.yaml"), filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(specFile, []byte(warnSpec), 0o644))
	require.NoError(t, os.WriteFile(file, []byte(src), 0o644))
	for _, w := range want {
		wantOut = append(wantOut, strings.ReplaceAll(w, "FILE", file))
	}
	return specFile, file, wantOut
}

// assertWarnings runs check and report -q on the sources in args and
// asserts that want, and only want, are the warnings on stderr and in the
// JSON report, and that -q silences stderr only.
func assertWarnings(t *testing.T, args, want []string) {
	t.Helper()
	stdout, stderr, code := runCLI(t, append([]string{"check", "--fail-on", "none", "--format", "json"}, args...)...)
	require.Equal(t, ExitOK, code, stderr)
	if d := cmp.Diff(want, splitLines(stderr)); d != "" {
		t.Errorf("stderr (-want +got):\n%s", d)
	}
	var rep warningsOut
	require.NoError(t, json.Unmarshal([]byte(stdout), &rep))
	if d := cmp.Diff(want, rep.lines()); d != "" {
		t.Errorf("JSON warnings (-want +got):\n%s", d)
	}

	stdout, stderr, code = runCLI(t, append([]string{"report", "-q", "--format", "json"}, args...)...)
	require.Equal(t, ExitOK, code, stderr)
	require.Empty(t, stderr, "-q prints no warnings")
	rep = warningsOut{}
	require.NoError(t, json.Unmarshal([]byte(stdout), &rep))
	require.Equal(t, want, rep.lines(), "-q keeps the warnings in the report")
}

// An exclusion constraint is read from both the scripts and the live
// database, so sql↔db compares it and neither side warns.
func TestExclusionsFromTheDatabase(t *testing.T) {
	const ddl = "CREATE TABLE rooms (id int PRIMARY KEY, during tstzrange,\n  CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&));\n"
	sqlFile := filepath.Join(t.TempDir(), "init.sql")
	require.NoError(t, os.WriteFile(sqlFile, []byte(ddl), 0o644))
	dsn := pgtest.DB(t)
	pgtest.Current(t).Psql(t, dsn, sqlFile)

	stdout, stderr, code := runCLI(t, "check", "--sql", sqlFile, "--dsn", dsn, "--format", "json")
	require.Equal(t, ExitOK, code, stderr)
	require.Empty(t, stderr)
	var rep warningsOut
	require.NoError(t, json.Unmarshal([]byte(stdout), &rep))
	require.Empty(t, rep.lines())
}

// warnFormats finds the message of every warning the producers can raise,
// as a pattern: the message given to a warn or Warn call, a format string
// directly or through fmt.Sprintf, or literal text joined with computed
// parts ("what+\": …\"").
func warnFormats(t *testing.T) []*regexp.Regexp {
	t.Helper()
	var out []*regexp.Regexp
	for _, pkg := range []string{"sqlparse", "introspect", "spec", "orm"} {
		files, err := filepath.Glob(filepath.Join("../..", pkg, "*.go"))
		require.NoError(t, err)
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
			require.NoError(t, err)
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) < 2 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || (sel.Sel.Name != "warn" && sel.Sel.Name != "Warn") {
					return true
				}
				if pattern, ok := msgPattern(t, call.Args[1]); ok {
					out = append(out, regexp.MustCompile("^"+pattern+"$"))
				}
				return true
			})
		}
	}
	return out
}

// msgPattern turns a warning's message expression into a pattern: literal
// text stands for itself (a format's verbs for any text), computed parts
// for any text. ok is false when no part is literal: the helper that
// forwards a message or format it was given.
func msgPattern(t *testing.T, e ast.Expr) (pattern string, ok bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			s, err := strconv.Unquote(e.Value)
			require.NoError(t, err)
			return regexp.MustCompile(`%[sqvd]`).ReplaceAllString(regexp.QuoteMeta(s), ".+"), true
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			l, lok := msgPattern(t, e.X)
			r, rok := msgPattern(t, e.Y)
			return l + r, lok || rok
		}
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Sprintf" && len(e.Args) > 0 {
			return msgPattern(t, e.Args[0])
		}
	}
	return ".+", false
}

// Each warning the producers' code can raise has a case above or in
// warnings_orm_test.go: a new warning without one fails here.
func TestEveryWarningIsFed(t *testing.T) {
	formats := warnFormats(t)
	require.GreaterOrEqual(t, len(formats), 62, "the scan found the producers' warnings")
	var msgs []string
	for _, tc := range warningCases {
		for _, w := range tc.want {
			msgs = append(msgs, strings.SplitN(w, ": warning: ", 2)[1])
		}
	}
	for _, tc := range ormWarningCases {
		for _, w := range tc.want {
			msgs = append(msgs, strings.SplitN(w, ": warning: ", 2)[1])
		}
	}
	msgs = append(msgs, initFolderWarnings...) // TestInitFolderWarnings
	for _, re := range formats {
		fed := false
		for _, m := range msgs {
			fed = fed || re.MatchString(m)
		}
		require.True(t, fed, "no test case raises the warning %s", re)
	}
}
