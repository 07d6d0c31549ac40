package sqlparse

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestRoutineErrors(t *testing.T) {
	for _, tc := range []struct{ name, sql, want string }{
		{"function exists", "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\nCREATE FUNCTION f(integer) RETURNS int LANGUAGE sql AS 'SELECT 2';",
			"test.sql:2:1: function f(integer) already exists with same argument types"},
		{"no body", "CREATE FUNCTION f() RETURNS int LANGUAGE sql;", "test.sql:1:1: no function body specified"},
		{"alter missing function", "ALTER FUNCTION nope(int) STABLE;", "test.sql:1:1: function nope does not exist"},
		{"alter with other argument types", "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\nALTER FUNCTION f(text) STABLE;",
			"test.sql:2:1: function f does not exist"},
		{"drop missing procedure", "DROP PROCEDURE nope();", "test.sql:1:1: procedure nope does not exist"},
		{"rename onto an existing function",
			"CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\nCREATE FUNCTION g(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\nALTER FUNCTION f(int) RENAME TO g;",
			`test.sql:3:1: function g(integer) already exists in schema "public"`},
		{"set schema to a missing schema", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\nALTER FUNCTION f() SET SCHEMA nope;",
			`test.sql:2:1: schema "nope" does not exist`},
		{"%TYPE of a missing column", "CREATE TABLE t (a int);\nCREATE FUNCTION f(x t.b%TYPE) RETURNS int LANGUAGE sql AS 'SELECT 1';",
			`test.sql:2:21: column "b" of relation "t" does not exist`},
		{"trigger on a missing table", "CREATE TRIGGER tr AFTER INSERT ON nope FOR EACH ROW EXECUTE FUNCTION f();",
			`test.sql:1:35: relation "nope" does not exist`},
		{"trigger exists", "CREATE TABLE t (a int);\nCREATE TRIGGER tr AFTER INSERT ON t EXECUTE FUNCTION f();\nCREATE TRIGGER tr AFTER DELETE ON t EXECUTE FUNCTION f();",
			`test.sql:3:1: trigger "tr" for relation "t" already exists`},
		{"UPDATE OF a missing column", "CREATE TABLE t (a int);\nCREATE TRIGGER tr AFTER UPDATE OF b ON t EXECUTE FUNCTION f();",
			`test.sql:2:40: column "b" of relation "t" does not exist`},
		{"drop missing trigger", "CREATE TABLE t (a int);\nDROP TRIGGER tr ON t;", `test.sql:2:1: trigger "tr" for table "t" does not exist`},
		{"enable missing trigger", "CREATE TABLE t (a int);\nALTER TABLE t ENABLE TRIGGER tr;", `test.sql:2:1: trigger "tr" for table "t" does not exist`},
		{"rename missing trigger", "CREATE TABLE t (a int);\nALTER TRIGGER tr ON t RENAME TO tr2;", `test.sql:2:1: trigger "tr" for table "t" does not exist`},
	} {
		t.Run(tc.name, func(t *testing.T) { require.Equal(t, tc.want, replayErr(t, tc.sql)) })
	}
}

func TestRoutineReplay(t *testing.T) {
	s, notes := replay(t, `
CREATE SCHEMA app;
SET search_path = app, public;
CREATE TABLE t (a int, b varchar(10));
CREATE FUNCTION f(x numeric(10, 2), VARIADIC r text[] DEFAULT '{}'::text[]) RETURNS SETOF varchar(5)
    LANGUAGE plpgsql STABLE STRICT SET search_path = app, "Public" SET work_mem = '4MB' AS $$ BEGIN RETURN; END $$;
CREATE FUNCTION g(y t.b%TYPE, OUT n int, OUT m text) LANGUAGE sql AS 'SELECT 1, y';
CREATE FUNCTION h() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION k() RETURNS int LANGUAGE sql SET timezone FROM CURRENT AS 'SELECT 1';
ALTER FUNCTION f(numeric, text[]) RESET work_mem;
CREATE TRIGGER tr BEFORE INSERT OR UPDATE OF b, a ON t FOR EACH ROW WHEN (NEW.a > 0) EXECUTE FUNCTION h('x', 1);
ALTER TABLE t RENAME COLUMN a TO z;
ALTER FUNCTION h RENAME TO h2;
ALTER TABLE t DISABLE TRIGGER ALL;
CREATE TABLE gone (a int);
CREATE TRIGGER gone_tr AFTER INSERT ON gone EXECUTE FUNCTION h2();
DROP TABLE gone;
`)
	require.Len(t, notes, 1)
	require.Contains(t, notes[0], "SET timezone FROM CURRENT")
	require.Len(t, s.Functions, 4)
	f := s.Functions[0]
	require.Equal(t, "app.f(numeric, text[])", f.Identity())
	require.Equal(t, "x numeric, VARIADIC r text[] DEFAULT '{}'", f.ArgList())
	require.Equal(t, "SETOF character varying", f.Result)
	require.Equal(t, []string{`search_path=app, "Public"`}, f.Config)
	require.True(t, f.Strict)
	require.Equal(t, "stable", f.Volatility)
	g := s.Functions[1]
	require.Equal(t, "g(character varying)", g.Label())
	require.Equal(t, "record", g.Result)
	require.Len(t, s.Triggers, 1)
	tr := s.Triggers[0]
	require.Equal(t, model.Trigger{
		Schema: "app", Table: "t", Name: "tr", Timing: "BEFORE", Events: []string{"INSERT", "UPDATE"},
		Columns: []string{"b", "z"}, ForEachRow: true, When: "new.z > 0",
		Function: model.QName{Schema: "app", Name: "h2"}, Args: []string{"x", "1"}, Enabled: "D", Pos: tr.Pos,
	}, *tr)
}
