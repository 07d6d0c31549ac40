package normalize

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/pgast"
)

func TestBodyText(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"begin\n  -- comment\n  NEW.x := now(); return NEW;\nend", "begin NEW.x := now(); return NEW; end"},
		{"begin /* a /* nested */ comment */ return 1; end", "begin return 1; end"},
		{"select 'a  -- not a comment' ||   $q$ x   y $q$", "select 'a  -- not a comment' || $q$ x   y $q$"},
		{"a+b", "a + b"},
		{"x := $1 ;", "x:=$1;"},
		{"int4eq", "int4eq"},
	} {
		require.Equal(t, BodyText(tc.b), BodyText(tc.a), tc.a)
	}
	for _, tc := range []struct{ a, b string }{
		{"return 1;", "return 2;"},
		{"select 'a  b'", "select 'a b'"},
		{"select $q$ x   y $q$", "select $q$ x y $q$"},
		{"BEGIN", "begin"},
	} {
		require.NotEqual(t, BodyText(tc.b), BodyText(tc.a), tc.a)
	}
	require.Equal(t, "a 'unterminated", BodyText("a   'unterminated"))
}

func TestFunctionBodySQL(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{" select email  from accounts where id = p_id ", "SELECT email FROM accounts WHERE id = p_id"},
		{"select 1; select 2;", "SELECT 1;\nSELECT 2"},
		{"select 'x'::text", "select 'x'"},
	} {
		require.Equal(t, FunctionBody("sql", tc.b), FunctionBody("sql", tc.a), tc.a)
	}
	require.NotEqual(t, FunctionBody("sql", "select 1"), FunctionBody("sql", "select 2"))
	// An SQL body that does not parse is compared as text.
	require.Equal(t, "select from where (", FunctionBody("sql", "select  from where ("))
}

// TestSQLBody holds the script's spelling of an SQL-standard body equal to
// what pg_get_functiondef prints for it.
func TestSQLBody(t *testing.T) {
	body := func(src string) string {
		tree, err := pgast.Parse(src)
		require.NoError(t, err)
		s, err := SQLBody(tree.Stmts[0].Stmt.GetCreateFunctionStmt().GetSqlBody())
		require.NoError(t, err)
		return s
	}
	for _, tc := range []struct{ script, server string }{
		{"create function f(a int, b int) returns int language sql return a + b",
			"CREATE OR REPLACE FUNCTION public.f(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\nRETURN (a + b)\n"},
		{"create function f2(x int) returns table(p int, q text) language sql begin atomic select id, a from t where id = x and a = 'k'; end",
			"CREATE OR REPLACE FUNCTION public.f2(x integer)\n RETURNS TABLE(p integer, q text)\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT t.id,\n     t.a\n    FROM t\n   WHERE ((t.id = f2.x) AND (t.a = 'k'::text));\nEND\n"},
	} {
		require.Equal(t, body(tc.server), body(tc.script), tc.script)
	}
	require.NotEqual(t, body("create function f() returns int language sql return 1"),
		body("create function f() returns int language sql return 2"))
	_, err := SQLBody(nil)
	require.Error(t, err)
}
