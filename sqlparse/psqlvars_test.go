package sqlparse

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestPsqlVars(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		clean string
		unset []string // each reference the script does not set, as replayed
	}{
		{"a set variable in its three forms",
			"\\set s app\nCREATE TABLE :s.t (a text DEFAULT :'s', b int REFERENCES :\"s\".u);",
			"          \nCREATE TABLE app.t (a text DEFAULT 'app', b int REFERENCES \"app\".u);",
			nil},
		{"quotes in a value are escaped as psql does",
			"\\set q 'it''s \"x\"'\nSELECT :'q', :\"q\";",
			"                  \nSELECT 'it''s \"x\"', \"it's \"\"x\"\"\";",
			nil},
		{"a backslash makes an E'' literal",
			"\\set p 'a\\b'\nSELECT :'p';",
			"            \nSELECT E'a\\\\b';",
			nil},
		{"arguments are joined without a separator, variables interpolated",
			"\\set a x\n\\set b :a 'y z' w\nSELECT :b;",
			"        \n                 \nSELECT xy zw;",
			nil},
		{"psql's own variables and -v ones are replayed as their names",
			"ALTER DATABASE :DBNAME SET x = 1;\nGRANT r TO :\"PGUSER\", :USER;",
			"ALTER DATABASE DBNAME SET x = 1;\nGRANT r TO \"PGUSER\", USER;",
			[]string{":DBNAME DBNAME", ":\"PGUSER\" \"PGUSER\"", ":USER USER"}},
		{"an unset bare name is left alone, as psql leaves it: a slice",
			"SELECT a[1:n], b::text, c ::int, d := 1;",
			"SELECT a[1:n], b::text, c ::int, d := 1;",
			nil},
		{"nothing is interpolated in quotes, comments and dollar quotes",
			"\\set s app\nSELECT ':s', \":s\", $$ :s $$ -- :s\n/* :s */;",
			"          \nSELECT ':s', \":s\", $$ :s $$ -- :s\n/* :s */;",
			nil},
		{"unset and a shell command leave the variable unknown",
			"\\set a x\n\\unset a\n\\set b `whoami`\nSELECT :'a', :\"b\";",
			"        \n        \n               \nSELECT 'a', \"b\";",
			[]string{":'a' 'a'", ":\"b\" \"b\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanPsql(tt.src)
			require.Equal(t, tt.clean, got.Clean)
			var unset []string
			for _, v := range got.Unset {
				unset = append(unset, v.Ref+" "+v.Repl)
				require.Equal(t, v.Repl, got.Clean[v.Offset:v.Offset+len(v.Repl)], "offset of %s", v.Ref)
			}
			require.Equal(t, tt.unset, unset)
		})
	}
}

// TestPsqlVarsPositions holds positions to the file as written when a
// substitution makes the text longer or shorter before them.
func TestPsqlVarsPositions(t *testing.T) {
	src := "\\set s a_much_longer_schema\n\\set e x\nCREATE SCHEMA :s; CREATE SCHEMA :e;\nCREATE TABLE :s.t (a int);\n  CREATE TABLE :e.u (b int);\n\\echo done\nCREATE TABLE :e.v (c int CHECK (:'s' <> '')) oops;"
	var warns []string
	s, err := Parse([]byte(src), "vars.sql", Options{Warn: func(p model.Pos, msg string) { warns = append(warns, p.String()+": "+msg) }})
	require.Error(t, err)
	require.Nil(t, s)
	require.Contains(t, err.Error(), `vars.sql:7:46: syntax error at or near "oops"`)

	src = "\\set s a_much_longer_schema\nCREATE SCHEMA :s;\nCREATE TABLE :s.t (a int);\n  CREATE TABLE :\"s\".u (b int);\nALTER DATABASE :DBNAME SET x = 1; ALTER DATABASE :DBNAME SET y = 1;\n\\echo done\nCREATE TABLE :s.v (c text DEFAULT :'nope');"
	s, err = Parse([]byte(src), "vars.sql", Options{Warn: func(p model.Pos, msg string) { warns = append(warns, p.String()+": "+msg) }})
	require.NoError(t, err)
	var got []string
	for _, tb := range s.Tables {
		got = append(got, tb.Schema+"."+tb.Name+" @"+tb.Pos.String())
	}
	require.Equal(t, []string{
		"a_much_longer_schema.t @vars.sql:3:1",
		"a_much_longer_schema.u @vars.sql:4:3",
		"a_much_longer_schema.v @vars.sql:7:1",
	}, got)
	require.Equal(t, []string{
		"vars.sql:5:16: psql variable :DBNAME is set outside the scripts (by psql itself or -v): replayed as DBNAME; give its value with --psql-var",
		"vars.sql:7:35: psql variable :'nope' is set outside the scripts (by psql itself or -v): replayed as 'nope'; give its value with --psql-var",
	}, warns, "one warning a variable, at the reference")
}

// TestPsqlVarsIncluded: an included file sees the variables set before the include.
func TestPsqlVarsIncluded(t *testing.T) {
	s, err := Files([]string{"testdata/include/vars.sql"}, Options{})
	require.NoError(t, err)
	var got []string
	for _, tb := range s.Tables {
		got = append(got, tb.Schema+"."+tb.Name+" @"+tb.Pos.String())
	}
	require.Equal(t, []string{"app.t @testdata/include/vars.sql:3:1", "app.u @testdata/include/sub/vars-child.sql:1:1"}, got)
}

// TestPsqlVarsGiven: variables given as psql -v would give them are
// interpolated without a warning, and one neither set nor given is an
// error that names it.
func TestPsqlVarsGiven(t *testing.T) {
	src := "GRANT USAGE ON SCHEMA public TO :DATABASE_VISITOR;\nCREATE TABLE :\"owner\".t (id int);\nALTER DATABASE :DBNAME SET x = 1;"
	var warns []string
	s, err := Parse([]byte("CREATE SCHEMA app;\n"+src), "m.sql", Options{
		Vars: map[string]string{"DATABASE_VISITOR": "visitor", "owner": "app", "DBNAME": "db"},
		Warn: func(p model.Pos, msg string) { warns = append(warns, msg) },
	})
	require.NoError(t, err)
	require.Empty(t, warns)
	_, ok := s.Table("app", "t")
	require.True(t, ok)

	msg := replayErr(t, src)
	require.Equal(t, `test.sql:1:33: syntax error at or near ":" (psql variable :DATABASE_VISITOR is not set by the scripts: give its value with --psql-var DATABASE_VISITOR=VALUE)`, msg)
}

// FuzzPsqlVars scans arbitrary scripts with variables set: no input may
// panic, every offset recorded stays inside the rewritten text, and every
// position maps back into the file as written, in order.
func FuzzPsqlVars(f *testing.F) {
	for _, seed := range []string{
		"\\set s a_much_longer_schema_name\nCREATE SCHEMA :s; CREATE TABLE :s.t (a int DEFAULT :'s', b int[] CHECK (b[1:2] IS NOT NULL)); (",
		"ALTER DATABASE :DBNAME SET x = 1; GRANT r TO :\"USER\"; SELECT :'x' ::int, a::b, :'unterminated, :\"",
		"\\set v `date`\n\\set w :v\n\\unset v\nSELECT :v, :w, :'w';",
		"\\set q 'it''s \"x\\\\y\"'\nSELECT :'q', :\"q\", :q; \\ir sub.sql\nCOPY t FROM stdin;\n:q\n\\.\n",
		"\\if :x\nSELECT :'a';\n\\else\nSELECT :\"b\";\n\\endif\nSELECT $$ :a $$, ':a', \":a\" -- :a\n;",
		"SELECT :", "SELECT :'", "SELECT ::", ":é :\"é\" :'é'", "\\set\n\\set 'x\n\\unset\n",
		"\\if false\nSELECT :'q'; \\set y 1\n\\elif :y\nSELECT (;\n\\else\nCREATE TABLE :s (a int);\n\\endif\n\\endif\n\\else\n",
		"CREATE TABLE t (\n\\if :{?q}\na int,\n\\elif 'x\nb int\n\\endif\nc int);",
	} {
		f.Add(seed, "value 'with' \"quotes\"")
	}
	f.Fuzz(func(t *testing.T, src, val string) {
		p := scanPsqlVars(src, map[string]string{"q": val, "s": val, "a": val})
		text := p.Text
		if text == "" && len(p.edits) == 0 {
			text = src // no reference: Text is left empty
		}
		require.Len(t, p.Clean, len(text), "Clean and Text share coordinates")
		prev := 0
		for _, end := range p.Ends {
			require.GreaterOrEqual(t, end, prev)
			require.LessOrEqual(t, end, len(p.Clean))
			prev = end
		}
		for _, c := range p.Cmds {
			require.True(t, c.Offset >= 0 && c.Offset <= c.ArgsOffset && c.ArgsOffset <= c.End && c.End <= len(p.Clean), "command offsets %+v", c)
		}
		for _, v := range p.Unset {
			require.Equal(t, v.Repl, p.Clean[v.Offset:v.Offset+len(v.Repl)])
		}
		last := 0
		for off := 0; off <= len(p.Clean); off++ {
			o := p.srcOffset(off)
			require.True(t, o >= last && o <= len(src), "offset %d maps to %d after %d", off, o, last)
			last = o
		}
	})
}
