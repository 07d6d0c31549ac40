package sqlparse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestScanPsql(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		clean string
		cmds  []string // name + args of each meta-command
	}{
		{"commands at line starts",
			"\\set ON_ERROR_STOP on\nSELECT 1;\n  \\echo 'x'\n",
			"                     \nSELECT 1;\n           \n",
			[]string{"set ON_ERROR_STOP on", "echo 'x'"}},
		{"backslashes inside quotes, comments and dollar quotes are SQL",
			"SELECT '\\x', E'\\'\\\\', \"a\\b\", $$ \\c $$, $t$ \\i $t$; -- \\i no\n/* \\i /* nested */ no */ SELECT 1;",
			"SELECT '\\x', E'\\'\\\\', \"a\\b\", $$ \\c $$, $t$ \\i $t$; -- \\i no\n/* \\i /* nested */ no */ SELECT 1;",
			nil},
		{"a command after SQL on the same line",
			"SELECT 1; \\echo done\nSELECT 2;",
			"SELECT 1;           \nSELECT 2;",
			[]string{"echo done"}},
		{"\\g ends the statement",
			"SELECT 1 \\g\nSELECT 2;",
			"SELECT 1 ; \nSELECT 2;",
			[]string{"g"}},
		{"identifiers with dollars are not dollar quotes",
			"SELECT a$b$c FROM t$1; \\echo x",
			"SELECT a$b$c FROM t$1;        ",
			[]string{"echo x"}},
		{"multi-byte text in a command keeps byte offsets",
			"\\echo 'héllo'\nSELECT 1;",
			"              \nSELECT 1;",
			[]string{"echo 'héllo'"}},
		{"COPY data is not SQL",
			"COPY t (a) FROM stdin;\n1\\tx; DROP TABLE t;\n\\.\nSELECT 1;",
			"COPY t (a) FROM stdin;\n                   \n  \nSELECT 1;",
			nil},
		{"unterminated quote runs to the end",
			"SELECT 'abc\n\\echo not a command",
			"SELECT 'abc\n\\echo not a command",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanPsql(tt.src)
			require.Equal(t, tt.clean, got.Clean)
			require.Len(t, got.Clean, len(tt.src))
			var cmds []string
			for _, c := range got.Cmds {
				cmds = append(cmds, c.Name+c.Args)
			}
			require.Equal(t, tt.cmds, cmds)
		})
	}
}

func TestIncludeArg(t *testing.T) {
	require.Equal(t, "sub/a.sql", includeArg(" sub/a.sql"))
	require.Equal(t, "a.sql", includeArg("\ta.sql extra"))
	require.Equal(t, "it's here.sql", includeArg(" 'it''s here.sql'"))
	require.Equal(t, "", includeArg("  "))
}

func TestIncludes(t *testing.T) {
	s, err := Files([]string{"testdata/include/main.sql"}, Options{})
	require.NoError(t, err)
	require.Equal(t, []string{
		"table public.first @main.sql:5:1",
		"column public.first.id integer not null @main.sql:5:21",
		"primary key public.first first_pkey (id) @main.sql:5:28",
		"table public.second @second.sql:1:1",
		"column public.second.id integer not null @second.sql:2:5",
		"column public.second.first_id integer @second.sql:3:5",
		"primary key public.second second_pkey (id) @second.sql:2:12",
		"foreign key public.second second_first_id_fkey FOREIGN KEY (first_id) REFERENCES first(id) @second.sql:3:18",
		"table public.third @third.sql:4:1",
		"column public.third.id integer @third.sql:4:21",
		"table public.last @main.sql:8:1",
		"column public.last.second_id integer @main.sql:8:20",
		"foreign key public.last last_second_id_fkey FOREIGN KEY (second_id) REFERENCES second(id) @main.sql:8:34",
	}, describe(s, true))
	require.Equal(t, filepath.Join("testdata", "include", "sub", "second.sql"), s.Tables[1].Pos.File)

	// \i is relative to the working directory.
	s, err = Parse([]byte("\\i sub/second.sql\n"), "main.sql", Options{WorkDir: "testdata/include", SearchPath: []string{"public"}})
	require.Error(t, err, "second.sql references a table that does not exist")
	require.Contains(t, err.Error(), `second.sql:3:29: relation "first" does not exist`)
	require.Nil(t, s)
}

func TestIncludeErrors(t *testing.T) {
	_, err := Files([]string{"testdata/cycle/a.sql"}, Options{})
	require.EqualError(t, err, filepath.Join("testdata", "cycle", "b.sql")+":2:1: include cycle: a.sql -> b.sql -> a.sql")

	_, err = Parse([]byte("SELECT 1;\n\\ir missing.sql\n"), "x/main.sql", Options{})
	require.Error(t, err)
	require.Contains(t, err.Error(), "x/main.sql:2:1: missing.sql: ")

	_, err = Parse([]byte("\\i\n"), "main.sql", Options{})
	require.EqualError(t, err, `main.sql:1:1: \i: missing required argument`)
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	// A directory means its *.sql files in lexical order.
	write("02-b.sql", "ALTER TABLE a ADD COLUMN b int;")
	write("01-a.sql", "CREATE TABLE a (id int);")
	write("notes.txt", "not SQL")
	extra := filepath.Join(t.TempDir(), "03.sql")
	require.NoError(t, os.WriteFile(extra, []byte("CREATE INDEX ON a (b);"), 0o644))

	s, err := Files([]string{dir, extra}, Options{})
	require.NoError(t, err)
	require.Equal(t, []string{
		"table public.a", "column public.a.id integer", "column public.a.b integer",
		"index public.a a_b_idx USING btree (b)",
	}, describe(s, false))
	require.Equal(t, model.SourceSQL, s.Source)

	_, err = Files([]string{filepath.Join(dir, "nope.sql")}, Options{})
	require.ErrorContains(t, err, "read SQL")
	_, err = Files(nil, Options{})
	require.Error(t, err)
	_, err = Files([]string{t.TempDir()}, Options{})
	require.ErrorContains(t, err, "no .sql or .sql.gz files")
}

func TestPsqlConditionals(t *testing.T) {
	// psql runs one branch of \if; both are replayed, so the second
	// CREATE TABLE must not be an error.
	sql := "\\if :{?legacy}\nCREATE TABLE t (a int);\n\\else\nCREATE TABLE t (b int);\n\\endif\nCREATE TABLE u (id int);\n"
	s, notes := replay(t, sql)
	require.Equal(t, []string{"table public.t", "column public.t.a integer", "table public.u", "column public.u.id integer"}, describe(s, false))
	require.Equal(t, []string{
		`test.sql:1:1: \if not decided (it tests whether :legacy is set, as psql -v may do): every branch was read; give it with --psql-var legacy=VALUE`,
		`test.sql:4:14: skipped (would fail unless its condition kept it from running): relation "t" already exists`,
	}, notes)

	// Outside \if the same statement is an error.
	require.Equal(t, `test.sql:2:14: relation "t" already exists`, replayErr(t, "CREATE TABLE t (a int);\nCREATE TABLE t (b int);"))
}
