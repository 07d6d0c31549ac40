package sqlparse

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// TestPsqlIf: a condition the scripts decide runs one branch, as psql
// does; the skipped branches' SQL and meta-commands are not replayed; an
// undecided one reads every branch and says so.
func TestPsqlIf(t *testing.T) {
	for _, tc := range []struct {
		name   string
		sql    string
		vars   map[string]string
		tables []string
		notes  []string
	}{
		{name: "literal true", sql: "\\if true\nCREATE TABLE a (id int);\n\\else\nCREATE TABLE b (id int);\n\\endif\n", tables: []string{"a"}},
		{name: "literal false", sql: "\\if off\nCREATE TABLE a (id int);\n\\else\nCREATE TABLE b (id int);\n\\endif\n", tables: []string{"b"}},
		{name: "elif", sql: "\\if 0\nCREATE TABLE a (id int);\n\\elif Y\nCREATE TABLE b (id int);\n\\elif yes\nCREATE TABLE c (id int);\n\\else\nCREATE TABLE d (id int);\n\\endif\n", tables: []string{"b"}},
		{name: "set variable", sql: "\\set legacy on\n\\if :legacy\nCREATE TABLE a (id int);\n\\endif\n", tables: []string{"a"}},
		{name: "given variable", sql: "\\if :legacy\nCREATE TABLE a (id int);\n\\else\nCREATE TABLE b (id int);\n\\endif\n", vars: map[string]string{"legacy": "false"}, tables: []string{"b"}},
		{name: "defined test", sql: "\\set v\n\\if :{?v}\nCREATE TABLE a (id int);\n\\endif\n", tables: []string{"a"}},
		{name: "nested in a skipped branch", sql: "\\if false\n\\if true\nCREATE TABLE a (id int);\n\\else\nCREATE TABLE b (id int);\n\\endif\n\\else\nCREATE TABLE c (id int);\n\\endif\n", tables: []string{"c"}},
		{
			name:   "skipped meta-commands do nothing",
			sql:    "\\if false\n\\set x on\n\\i missing.sql\nSELECT :'unset';\n\\endif\n\\if :x\nCREATE TABLE a (id int);\n\\endif\n",
			tables: []string{"a"},
			notes:  []string{"test.sql:6:1: \\if not decided (it depends on :x, which the scripts do not set, or set from a query or a shell command): every branch was read; give it with --psql-var x=true|false"},
		},
		{
			name:   "statement around a skipped branch",
			sql:    "CREATE TABLE a (\n\\if false\n  broken syntax (\n\\else\n  id int\n\\endif\n);\n",
			tables: []string{"a"},
		},
		{
			name:   "gset",
			sql:    "SELECT true AS x \\gset\n\\if :x\nCREATE TABLE a (id int);\n\\else\nCREATE TABLE b (id int);\n\\endif\n",
			tables: []string{"a", "b"},
			notes:  []string{"test.sql:2:1: \\if not decided (it depends on :x, which the scripts do not set, or set from a query or a shell command): every branch was read; give it with --psql-var x=true|false"},
		},
		{
			name:   "undecided elif after a false if",
			sql:    "\\if false\nCREATE TABLE a (id int);\n\\elif `test -f x`\nCREATE TABLE b (id int);\n\\else\nCREATE TABLE c (id int);\n\\endif\n",
			tables: []string{"b", "c"},
			notes:  []string{"test.sql:3:1: \\elif not decided (its condition is a shell command): every branch was read"},
		},
		{
			name:   "not a boolean",
			sql:    "\\if maybe\nCREATE TABLE a (id int);\n\\else\nCREATE TABLE b (id int);\n\\endif\n",
			tables: []string{"b"},
			notes:  []string{`test.sql:1:1: \if: its condition "maybe" is not a boolean: psql takes it as false`},
		},
		{name: "unterminated false if", sql: "CREATE TABLE a (id int);\n\\if false\nCREATE TABLE b (id int);\n", tables: []string{"a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var notes []string
			s, err := Parse([]byte(tc.sql), "test.sql", Options{Vars: tc.vars, Warn: func(p model.Pos, msg string) {
				notes = append(notes, p.String()+": "+msg)
			}})
			require.NoError(t, err)
			var got []string
			for _, tb := range s.Tables {
				got = append(got, tb.Name)
			}
			sort.Strings(got)
			require.Equal(t, tc.tables, got)
			require.Equal(t, tc.notes, notes)
		})
	}
}

func TestPsqlBool(t *testing.T) {
	for _, tc := range []struct {
		in        string
		value, ok bool
	}{
		{"true", true, true}, {"T", true, true}, {"tru", true, true}, {"truex", false, false},
		{"false", false, true}, {"f", false, true}, {"yes", true, true}, {"n", false, true},
		{"on", true, true}, {"ON", true, true}, {"of", false, true}, {"off", false, true}, {"o", false, false},
		{"1", true, true}, {"0", false, true}, {"01", false, false}, {"", false, false},
	} {
		v, ok := psqlBool(tc.in)
		require.Equal(t, tc.value, v, tc.in)
		require.Equal(t, tc.ok, ok, tc.in)
	}
}
