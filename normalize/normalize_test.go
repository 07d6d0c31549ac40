package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Catalog spellings in these tables were taken from PostgreSQL 15's
// pg_get_expr, pg_get_constraintdef and pg_get_indexdef.

func TestExprCanonicalText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"NOW()", "now()"},
		{"now()", "now()"},
		{"CURRENT_TIMESTAMP", "current_timestamp"},
		{"'general'::character varying", "'general'"},
		{"'{}'::jsonb", "'{}'"},
		{"(0)::numeric", "0"},
		{"'-1'::integer", "-1"},
		{"'-1.5'::numeric", "-1.5"},
		{"'+2.50'::numeric", "2.50"},
		{"'7'::bigint", "7"},
		{"'10000000000'::bigint", "10000000000"},
		{"'t'::boolean", "true"},
		{"'off'::boolean", "false"},
		{"'o'::boolean", "'o'"},
		{"'abc'::integer", "'abc'"},
		{"'99999'::smallint", "'99999'"},
		{"NULL::character varying", "NULL"},
		{"ARRAY[]::text[]", "ARRAY[]"},
		{"'it''s'", "'it''s'"},
		{"E'a\\\\b'", `E'a\\b'`},
		{"(email)::text", "email"},
		{"(tags)::text[]", "tags"},
		{"(n)::bigint", "n::bigint"},
		{"n::int8", "n::bigint"},
		{"n::int", "n::int"},
		{"n::integer", "n::int"},
		{"n::int4", "n::int"},
		{"pg_catalog.now()", "now()"},
		{"public.uuid_generate_v4()", "uuid_generate_v4()"},
		{"status IN ('a', 'b')", "status = ANY(ARRAY['a', 'b'])"},
		{"status NOT IN ('a', 'b')", "status <> ALL(ARRAY['a', 'b'])"},
		{"status IN ('a')", "status = 'a'"},
		{"x BETWEEN 1 AND 10", "x >= 1 AND x <= 10"},
		{"x NOT BETWEEN 1 AND 10", "x < 1 OR x > 10"},
		{"a AND (b AND c)", "a AND b AND c"},
		{"a OR (b AND c)", "a OR (b AND c)"},
		{"n3 LIKE 'a%'", "n3 ~~ 'a%'"},
		{"n3 NOT ILIKE 'a%'", "n3 !~~* 'a%'"},
		{"x OPERATOR(pg_catalog.=) 1", "x = 1"},
		{"email OPERATOR(public.~) 'a'", "email ~ 'a'"},
		{"email OPERATOR(app.~) 'a'", "email OPERATOR(app.~) 'a'"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Expr(tt.in)
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
			again, err := Expr(got)
			require.NoError(t, err, "canonical text must parse again")
			require.Equal(t, got, again, "normalizing must be idempotent")
		})
	}
}

func TestExprEquivalence(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		equal bool
	}{
		{"in list vs catalog any", "status IN ('a', 'b')",
			"((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))", true},
		{"not in vs catalog all", "status NOT IN ('a','b')",
			"((status)::text <> ALL ((ARRAY['a'::character varying, 'b'::character varying])::text[]))", true},
		{"in vs explicit any", "x IN (1, 2)", "x = ANY (ARRAY[1, 2])", true},
		{"single in", "st3 IN ('a')", "((st3)::text = 'a'::text)", true},
		{"between", "n1 BETWEEN 1 AND 10", "(((n1 >= 1) AND (n1 <= 10)))", true},
		{"not between", "n2 NOT BETWEEN 1 AND 10", "((n2 < 1) OR (n2 > 10))", true},
		{"between symmetric", "x BETWEEN SYMMETRIC 1 AND 5", "((((x >= 1) AND (x <= 5)) OR ((x >= 5) AND (x <= 1))))", true},
		{"like", "n3 LIKE 'a%'", "(n3 ~~ 'a%'::text)", true},
		{"similar", "s SIMILAR TO 'a%'", "((s)::text ~ similar_to_escape('a%'::text))", true},
		{"numeric literal cast", "n > 0 AND n < 99.5", "((n > (0)::numeric) AND (n < 99.5))", true},
		{"and chain", "a > 1 AND b <> '' AND (c IS NOT NULL OR d IS NULL)",
			"(((a > 1) AND (b <> ''::text) AND ((c IS NOT NULL) OR (d IS NULL))))", true},
		{"keyword case", "NOW()", "now()", true},
		{"redundant parens", "((((x))) > (((1))))", "x > 1", true},
		{"text cast of column", "lower(email)", "lower((email)::text)", true},
		{"extract", "extract(year from x) > 2000", "(EXTRACT(year FROM x) > (2000)::numeric)", true},
		{"not equal operand", "x = 1", "x = 2", false},
		{"not equal operator", "x > 1", "x >= 1", false},
		{"in vs not in", "x IN (1, 2)", "x NOT IN (1, 2)", false},
		{"and vs or", "a AND b", "a OR b", false},
		{"different column", "lower(email)", "lower(name)", false},
		{"now vs current_timestamp", "now()", "CURRENT_TIMESTAMP", false},
		{"string vs number", "'1'", "1", false},
		{"int cast kept", "(x)::integer", "x", false},
		{"numeric scale kept", "1.50", "1.5", false},
		{"true vs string", "true", "'true'", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Expr(tt.a)
			require.NoError(t, err)
			b, err := Expr(tt.b)
			require.NoError(t, err)
			if tt.equal {
				require.Equal(t, a, b)
			} else {
				require.NotEqual(t, a, b)
			}
		})
	}
}

func TestExprErrors(t *testing.T) {
	tests := []struct {
		in, wantErr string
	}{
		{"", "empty expression"},
		{"   ", "empty expression"},
		{"1; DROP TABLE t", "not a single expression"},
		{"1 FROM t", "not a single expression"},
		{"1, 2", "not a single expression"},
		{"1 AS one", "not a single expression"},
		{"1 UNION SELECT 2", "not a single expression"},
		{"1 LIMIT 1", "not a single expression"},
		{"(", "syntax error"},
		{"'unterminated", "unterminated quoted string"},
		{"1\x00 + 2", "NUL byte"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := Expr(tt.in)
			require.Error(t, err)
			require.Contains(t, err.Error(), tt.wantErr)
		})
	}
	_, err := ExprNode(nil)
	require.Error(t, err)
	_, _, err = DefaultNode(nil, model.Type{Name: "text"})
	require.Error(t, err)
}

// TestExprLargeInputs guards against blow-ups: every BETWEEN expansion
// copies its operand, so nesting must not grow the tree exponentially.
func TestExprLargeInputs(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("(", 40) + "x" + strings.Repeat(" BETWEEN SYMMETRIC 1 AND 2)", 40),
		strings.Repeat("(", 3000) + "1" + strings.Repeat(")", 3000),
		"x IN (" + strings.Repeat("1, ", 20000) + "1)",
		strings.Repeat("a AND (", 1000) + "b" + strings.Repeat(")", 1000),
	} {
		got, err := Expr(in)
		require.NoError(t, err)
		require.Less(t, len(got), 1<<20)
	}
}

func TestExprNodeDoesNotModifyInput(t *testing.T) {
	n, err := parseExpr("x IN ('a'::varchar, 'b')")
	require.NoError(t, err)
	before := n.String()
	got, err := ExprNode(n)
	require.NoError(t, err)
	require.Equal(t, "x = ANY(ARRAY['a', 'b'])", got)
	require.Equal(t, before, n.String())
}

func mustType(t *testing.T, s string) model.Type {
	t.Helper()
	ty, _, err := model.ParseType(s)
	require.NoError(t, err)
	return ty
}

func TestDefault(t *testing.T) {
	tests := []struct {
		expr, typ string
		want      string
		autoInc   bool
	}{
		{"nextval('t_id_seq'::regclass)", "integer", "", true},
		{"nextval('t_id_seq')", "bigint", "", true},
		{"pg_catalog.nextval('s')", "bigint", "", true},
		{"uuid_generate_v4()", "uuid", "uuid_generate_v4()", false},
		{"gen_random_uuid()", "uuid", "gen_random_uuid()", false},
		{"NOW()", "timestamp with time zone", "now()", false},
		{"now()", "timestamp with time zone", "now()", false},
		{"CURRENT_TIMESTAMP", "timestamp with time zone", "current_timestamp", false},
		{"'general'", "character varying(100)", "'general'", false},
		{"'general'::character varying", "character varying(100)", "'general'", false},
		{"'{}'", "jsonb", "'{}'", false},
		{"'{}'::jsonb", "jsonb", "'{}'", false},
		{"'[]'::jsonb", "jsonb", "'[]'", false},
		{"-1", "integer", "-1", false},
		{"'-1'::integer", "integer", "-1", false},
		{"'5'", "integer", "5", false},
		{"'007'", "bigint", "7", false},
		{"'7'::bigint", "bigint", "7", false},
		{"0", "numeric(5,2)", "0", false},
		{"(0)::numeric", "numeric(5,2)", "0", false},
		{"'0'", "numeric", "0", false},
		{"1.50", "numeric", "1.50", false},
		{"-1.5", "numeric", "-1.5", false},
		{"'-1.5'::numeric", "numeric", "-1.5", false},
		{"true", "boolean", "true", false},
		{"TRUE", "boolean", "true", false},
		{"'t'", "boolean", "true", false},
		{"'no'", "boolean", "false", false},
		{"'5'", "text", "'5'", false},
		{"'t'", "text", "'t'", false},
		{"'{a}'", "integer[]", "'{a}'", false},
		{"NULL", "text", "", false},
		{"NULL::character varying", "character varying(20)", "", false},
		{"1 + 2", "integer", "1 + 2", false},
		{"(1 + 2)", "integer", "1 + 2", false},
		{"'1 day'::interval", "interval", "'1 day'", false},
	}
	for _, tt := range tests {
		t.Run(tt.expr+"/"+tt.typ, func(t *testing.T) {
			got, autoInc, err := Default(tt.expr, mustType(t, tt.typ))
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
			require.Equal(t, tt.autoInc, autoInc)
		})
	}
	_, _, err := Default("1 FROM t", mustType(t, "integer"))
	require.ErrorContains(t, err, "default")
}

// TestFastPathMatchesDeparser holds the direct printer to the deparser's
// output for every shape it handles.
func TestFastPathMatchesDeparser(t *testing.T) {
	for _, in := range []string{
		"0", "-1", "2147483647", "true", "false", "NULL", "'x'", "'it''s'", "''",
		"'a\nb'", "'ünïcode ✓'", "'{\"a\": 1}'", "now()", "gen_random_uuid()", "uuid_generate_v4()",
		"clock_timestamp()", "random()",
	} {
		n, err := parseExpr(in)
		require.NoError(t, err, in)
		n = rewrite(n)
		fast, ok := fastText(n)
		require.True(t, ok, in)
		slow, err := deparse(n)
		require.NoError(t, err, in)
		require.Equal(t, slow, fast, in)
	}
	for _, in := range []string{"'a\\b'", "1.5", "lower('x')", "\"Now\"()", "x"} {
		n, err := parseExpr(in)
		require.NoError(t, err, in)
		_, ok := fastText(rewrite(n))
		require.False(t, ok, in)
	}
}

// A column IS [NOT] NULL is the deparser's text, memoized by column: a
// keyword column is quoted as the deparser quotes it, and a second
// occurrence (at another location) gives the same text.
func TestNullTestMemo(t *testing.T) {
	for _, in := range []string{"deleted_at IS NULL", "x IS NOT NULL", "name IS NULL", "position IS NULL",
		"\"timestamp\" IS NOT NULL", "\"Odd\" IS NULL", "\"user\" IS NULL", "int IS NULL"} {
		for range 2 {
			n, err := parseExpr("   " + in)
			require.NoError(t, err, in)
			n = rewrite(n)
			memo, ok := nullTestText(n)
			require.True(t, ok, in)
			slow, err := deparse(n)
			require.NoError(t, err, in)
			require.Equal(t, slow, memo, in)
		}
	}
	for _, in := range []string{"t.x IS NULL", "(x + 1) IS NULL", "ROW(x) IS NULL", "x = 1"} {
		n, err := parseExpr(in)
		require.NoError(t, err, in)
		_, ok := nullTestText(rewrite(n))
		require.False(t, ok, in)
	}
}

// columnType parses "CREATE TABLE t (c <typ>)" and returns the column's type name.
func columnType(t *testing.T, typ string) *pg_query.TypeName {
	t.Helper()
	tree, err := pgast.Parse("CREATE TABLE t (c " + typ + ")")
	require.NoError(t, err)
	return tree.Stmts[0].Stmt.GetCreateStmt().TableElts[0].GetColumnDef().TypeName
}

func TestTypeName(t *testing.T) {
	// want is format_type's spelling, as PostgreSQL 15 prints the column.
	tests := []struct {
		typ, want string
		serial    bool
	}{
		{"integer", "integer", false},
		{"INT", "integer", false},
		{"int4", "integer", false},
		{"serial", "integer", true},
		{"BIGSERIAL", "bigint", true},
		{"smallserial", "smallint", true},
		{"VARCHAR(255)", "character varying(255)", false},
		{"varchar", "character varying", false},
		{"char", "character(1)", false},
		{"char(3)", "character(3)", false},
		{"bpchar", "character", false},
		{`"char"`, `"char"`, false},
		{"interval day to second(3)", "interval day to second(3)", false},
		{"interval(2)", "interval(2)", false},
		{"interval year", "interval year", false},
		{"interval", "interval", false},
		{"timestamp(3)", "timestamp(3) without time zone", false},
		{"TIMESTAMP WITH TIME ZONE", "timestamp with time zone", false},
		{"timestamptz", "timestamp with time zone", false},
		{"time(2) with time zone", "time(2) with time zone", false},
		{"float(10)", "real", false},
		{"float", "double precision", false},
		{"decimal(10)", "numeric(10,0)", false},
		{"numeric(10,6)", "numeric(10,6)", false},
		{"numeric", "numeric", false},
		{"bit", "bit(1)", false},
		{"bit varying(5)", "bit varying(5)", false},
		{"int[][]", "integer[]", false},
		{"text ARRAY", "text[]", false},
		{"jsonb", "jsonb", false},
		{"pg_catalog.int8", "bigint", false},
		{"jsonpath", "jsonpath", false},
		{"mood", "public.mood", false},
		{"mood[]", "public.mood[]", false},
		{"app.mood", "app.mood", false},
		{"db.app.mood", "app.mood", false},
		{`"Mood"`, "public.Mood", false},
		{"geometry(Point, 4326)", "public.geometry(point,4326)", false},
		{"geometry(POINT, 0)", "public.geometry(point)", false},
		{"geography(Polygon)", "public.geography(polygon,4326)", false},
	}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			ty, serial, err := TypeName(columnType(t, tt.typ), nil)
			require.NoError(t, err)
			require.Equal(t, tt.want, ty.String())
			require.Equal(t, tt.serial, serial)
		})
	}
}

func TestTypeNameQualify(t *testing.T) {
	var got []string
	ty, _, err := TypeName(columnType(t, "Mood"), func(names []string) string {
		got = names
		return "app.mood"
	})
	require.NoError(t, err)
	require.Equal(t, []string{"mood"}, got)
	require.Equal(t, "app.mood", ty.Name)

	// Built-in types never reach qualify.
	_, _, err = TypeName(columnType(t, "text"), func([]string) string {
		t.Fatal("qualify called for a built-in type")
		return ""
	})
	require.NoError(t, err)
}

func TestTypeNameErrors(t *testing.T) {
	for _, typ := range []string{"serial[]", "a.b.c.d"} {
		t.Run(typ, func(t *testing.T) {
			_, _, err := TypeName(columnType(t, typ), nil)
			require.Error(t, err)
		})
	}
	_, _, err := TypeName(nil, nil)
	require.Error(t, err)
	_, _, err = TypeName(&pg_query.TypeName{}, nil)
	require.Error(t, err)
	pct := columnType(t, "integer")
	pct.PctType = true
	_, _, err = TypeName(pct, nil)
	require.ErrorContains(t, err, "%TYPE")
}

func TestIndexDefEquivalence(t *testing.T) {
	tests := []struct {
		name      string
		sql, cat  string
		equal     bool
		wantTable model.QName
	}{
		{"expression and predicate",
			"CREATE UNIQUE INDEX idx ON t (LOWER(email)) WHERE status = 'active'",
			"CREATE UNIQUE INDEX idx ON public.t USING btree (lower((email)::text)) WHERE ((status)::text = 'active'::text)",
			true, model.QName{Schema: "public", Name: "t"}},
		{"default nulls order dropped",
			"CREATE INDEX i ON t (a DESC NULLS LAST, b NULLS FIRST, c DESC NULLS FIRST, d ASC NULLS LAST)",
			"CREATE INDEX i ON public.t USING btree (a DESC NULLS LAST, b NULLS FIRST, c DESC, d)", true,
			model.QName{Schema: "public", Name: "t"}},
		{"parenthesized column", "CREATE INDEX i ON t ((a))", "CREATE INDEX i ON public.t USING btree (a)", true,
			model.QName{Schema: "public", Name: "t"}},
		{"text cast of varchar column", "CREATE INDEX i ON t ((email::text))", "CREATE INDEX i ON public.t USING btree (((email)::text))", true,
			model.QName{Schema: "public", Name: "t"}},
		{"default opclass", "CREATE INDEX i ON t USING GIN (h jsonb_ops)", "CREATE INDEX i ON public.t USING gin (h)", true,
			model.QName{Schema: "public", Name: "t"}},
		{"varchar_ops alias", "CREATE INDEX i ON t (email varchar_ops)", "CREATE INDEX i ON public.t USING btree (email)", true,
			model.QName{Schema: "public", Name: "t"}},
		{"include and nulls not distinct",
			"CREATE UNIQUE INDEX i ON s.t (a) INCLUDE (b, c) NULLS NOT DISTINCT",
			"CREATE UNIQUE INDEX i ON s.t USING btree (a) INCLUDE (b, c) NULLS NOT DISTINCT", true,
			model.QName{Schema: "s", Name: "t"}},
		{"in predicate",
			"CREATE INDEX i ON t (status) WHERE status IN ('x','y') AND a IS NOT NULL",
			"CREATE INDEX i ON public.t USING btree (status) WHERE (((status)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[])) AND (a IS NOT NULL))",
			true, model.QName{Schema: "public", Name: "t"}},
		{"non-default opclass kept", "CREATE INDEX i ON t USING gin (h jsonb_path_ops)", "CREATE INDEX i ON public.t USING gin (h)", false,
			model.QName{Schema: "public", Name: "t"}},
		{"pattern ops kept", "CREATE INDEX i ON t (email text_pattern_ops)", "CREATE INDEX i ON public.t USING btree (email)", false,
			model.QName{Schema: "public", Name: "t"}},
		{"direction", "CREATE INDEX i ON t (a DESC)", "CREATE INDEX i ON public.t USING btree (a)", false,
			model.QName{Schema: "public", Name: "t"}},
		{"nulls first on asc", "CREATE INDEX i ON t (a NULLS FIRST)", "CREATE INDEX i ON public.t USING btree (a)", false,
			model.QName{Schema: "public", Name: "t"}},
		{"method", "CREATE INDEX i ON t USING hash (a)", "CREATE INDEX i ON public.t USING btree (a)", false,
			model.QName{Schema: "public", Name: "t"}},
		{"unique", "CREATE UNIQUE INDEX i ON t (a)", "CREATE INDEX i ON public.t USING btree (a)", false,
			model.QName{Schema: "public", Name: "t"}},
		{"collation", `CREATE INDEX i ON t (a COLLATE "C")`, "CREATE INDEX i ON public.t USING btree (a)", false,
			model.QName{Schema: "public", Name: "t"}},
		{"predicate", "CREATE INDEX i ON t (a) WHERE a > 0", "CREATE INDEX i ON public.t USING btree (a)", false,
			model.QName{Schema: "public", Name: "t"}},
		{"opclass options as the catalog quotes them", "CREATE INDEX i ON t USING gist (s gist_trgm_ops (siglen = 64))",
			"CREATE INDEX i ON public.t USING gist (s gist_trgm_ops (siglen='64'))", true, model.QName{Schema: "public", Name: "t"}},
		{"opclass options differ", "CREATE INDEX i ON t USING gist (s gist_trgm_ops (siglen = 32))",
			"CREATE INDEX i ON public.t USING gist (s gist_trgm_ops (siglen='64'))", false, model.QName{Schema: "public", Name: "t"}},
		{"opclass options against none", "CREATE INDEX i ON t USING gist (s gist_trgm_ops (siglen = 12))",
			"CREATE INDEX i ON public.t USING gist (s gist_trgm_ops)", false, model.QName{Schema: "public", Name: "t"}},
		{"a default class with options keeps its name", "CREATE INDEX i ON t USING gist (v tsvector_ops (siglen = 16))",
			"CREATE INDEX i ON public.t USING gist (v tsvector_ops (siglen='16'))", true, model.QName{Schema: "public", Name: "t"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := IndexDef(tt.sql)
			require.NoError(t, err)
			b, table, err := IndexDef(tt.cat)
			require.NoError(t, err)
			require.Equal(t, tt.wantTable, table)
			if tt.equal {
				require.Equal(t, a.Definition(), b.Definition())
				require.Equal(t, a, b)
			} else {
				require.NotEqual(t, a.Definition(), b.Definition())
			}
		})
	}
}

func TestIndexDefFields(t *testing.T) {
	ix, table, err := IndexDef(`CREATE INDEX CONCURRENTLY IF NOT EXISTS "Idx" ON ONLY app."T" USING GiST (a, (b + 1) DESC, c COLLATE "C" point_ops) INCLUDE (d)`)
	require.NoError(t, err)
	require.Equal(t, model.QName{Schema: "app", Name: "T"}, table)
	require.Equal(t, "Idx", ix.Name)
	require.Equal(t, "gist", ix.Method)
	require.Equal(t, []model.IndexKey{
		{Column: "a"},
		{Expr: "b + 1", Desc: true},
		{Column: "c", Collation: "C"},
	}, ix.Keys)
	require.Equal(t, []string{"d"}, ix.Include)

	ix, table, err = IndexDef("CREATE INDEX ON t (a)")
	require.NoError(t, err)
	require.Equal(t, "", ix.Name)
	require.Equal(t, "btree", ix.Method)
	require.Equal(t, model.QName{Name: "t"}, table)
}

func TestIndexDefErrors(t *testing.T) {
	for _, def := range []string{"", "CREATE TABLE t (a int)", "CREATE INDEX i ON t (a); CREATE INDEX j ON t (b)", "CREATE INDEX i ON", "CREATE INDEX i ON t (a)\x00"} {
		_, _, err := IndexDef(def)
		require.Error(t, err, def)
	}
	_, _, err := IndexStmt(nil)
	require.Error(t, err)
}

func TestFKAction(t *testing.T) {
	tests := map[string]string{
		"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT", "": "NO ACTION",
	}
	for in, want := range tests {
		require.Equal(t, want, FKAction(in), in)
	}
}

func TestParseBool(t *testing.T) {
	tests := []struct {
		in      string
		want    bool
		ok      bool
		comment string
	}{
		{"t", true, true, ""}, {"TRUE", true, true, ""}, {"tr", true, true, ""}, {"y", true, true, ""},
		{"yes", true, true, ""}, {"on", true, true, ""}, {"1", true, true, ""},
		{"f", false, true, ""}, {"false", false, true, ""}, {"n", false, true, ""}, {"no", false, true, ""},
		{"off", false, true, ""}, {"of", false, true, ""}, {"0", false, true, ""},
		{"o", false, false, "ambiguous"}, {"", false, false, ""}, {"truex", false, false, ""}, {"2", false, false, ""},
		{"10", false, false, ""},
	}
	for _, tt := range tests {
		got, ok := parseBool(strings.ToLower(tt.in))
		require.Equal(t, tt.ok, ok, tt.in)
		if ok {
			require.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestPartitionKeyAndBound(t *testing.T) {
	keys := []struct{ sql, catalog string }{
		{"RANGE (created_at)", "RANGE (created_at)"},
		{"range (created_at, (id+1))", "RANGE (created_at, ((id + 1)))"},
		{"LIST (LOWER(k))", "LIST (lower(k))"},
		{"HASH (k)", "HASH (k)"},
		{"LIST ((k))", "LIST (k)"},
	}
	for _, k := range keys {
		a, err := PartitionKeyDef(k.sql)
		require.NoError(t, err, k.sql)
		b, err := PartitionKeyDef(k.catalog)
		require.NoError(t, err, k.catalog)
		require.Equal(t, a, b)
	}
	got, err := PartitionKeyDef("RANGE (created_at, (id + 1))")
	require.NoError(t, err)
	require.Equal(t, "RANGE (created_at, (id + 1))", got)

	bounds := []struct{ sql, catalog, want string }{
		{"FOR VALUES IN ('a','b')", "FOR VALUES IN ('a', 'b')", "FOR VALUES IN ('a', 'b')"},
		{"DEFAULT", "DEFAULT", "DEFAULT"},
		{"FOR VALUES WITH (MODULUS 4, REMAINDER 0)", "FOR VALUES WITH (modulus 4, remainder 0)", "FOR VALUES WITH (modulus 4, remainder 0)"},
		{"FOR VALUES FROM (0, minvalue) TO (10, MAXVALUE)", "FOR VALUES FROM ('0', MINVALUE) TO ('10', MAXVALUE)",
			"FOR VALUES FROM (0, MINVALUE) TO (10, MAXVALUE)"},
	}
	for _, b := range bounds {
		a, err := PartitionBoundDef(b.sql)
		require.NoError(t, err, b.sql)
		c, err := PartitionBoundDef(b.catalog)
		require.NoError(t, err, b.catalog)
		require.Equal(t, b.want, a)
		require.Equal(t, a, c)
	}
	for _, bad := range []string{"", "FOR VALUES", "x\x00"} {
		_, err := PartitionBoundDef(bad)
		require.Error(t, err)
		_, err = PartitionKeyDef(bad)
		require.Error(t, err)
	}
}

// TestNeedsRewrite holds the shortcut that skips copying and rewriting to
// the rules: when it says no rule applies, rewriting changes nothing.
func TestNeedsRewrite(t *testing.T) {
	for _, in := range []string{
		"now()", "lower(email)", "a > 1 AND b < 2", "a OR (b AND c)", "x IS NOT NULL", "coalesce(a, 1)",
		"ARRAY[1, 2]", "greatest(a, b)", "NOT a", "current_timestamp", "$1", "f(g(h(x)))",
		"a AND (b AND c)", "x IN (1)", "x::int", "pg_catalog.now()", "x LIKE 'a'", "count(*) FILTER (WHERE x)",
		"CASE WHEN a THEN 1 END", "(SELECT 1)",
	} {
		n, err := parseExpr(in)
		require.NoError(t, err, in)
		if !needsRewrite(n) {
			require.True(t, proto.Equal(n, rewrite(clone(n))), in)
		}
	}
	for _, in := range []string{"a AND (b AND c)", "x IN (1)", "x::int", "pg_catalog.now()", "x LIKE 'a'"} {
		n, err := parseExpr(in)
		require.NoError(t, err, in)
		require.True(t, needsRewrite(n), in)
	}
}

func TestIsDeparsedNextval(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want bool
	}{
		{"nextval('t_id_seq'::regclass)", true},
		{"nextval('app.\"T\"''s seq'::regclass)", true},
		{"nextval(''::regclass)", true},
		{"nextval('a'::regclass) + nextval('b'::regclass)", false},
		{"nextval('t_id_seq')", false},
		{"pg_catalog.nextval('s'::regclass)", false},
		{"nextval('it''::regclass)", false},
		{"now()", false},
		{"", false},
	} {
		t.Run(tc.expr, func(t *testing.T) {
			require.Equal(t, tc.want, IsDeparsedNextval(tc.expr))
			if tc.want {
				// Whatever the fast path says, Default says too.
				_, auto, err := Default(tc.expr, model.Type{Name: "bigint"})
				require.NoError(t, err)
				require.True(t, auto)
			}
		})
	}
}

func TestQualify(t *testing.T) {
	res := Resolver{
		Function: func(name string) string {
			if name == "f" || name == "g" {
				return "util"
			}
			return ""
		},
		Operator: func(name string, left, right *pg_query.Node) string {
			// Only % between a column and anything else is the extension's.
			if name == "%" && left.GetColumnRef() != nil && right != nil {
				return "ext"
			}
			return ""
		},
		Opclass: func(method, name string) string {
			if method == "gin" && name == "trgm_ops" {
				return "ext"
			}
			return ""
		},
	}
	for _, tc := range []struct{ in, want string }{
		{"f(x)", "util.f(x)"},
		{"lower(f(g()))", "lower(util.f(util.g()))"},
		{"app.f(x) + now()", "app.f(x) + now()"},
		{"CASE WHEN f(x) THEN 1 END", "CASE WHEN util.f(x) THEN 1 END"},
		{"count(*) FILTER (WHERE f(x))", "count(*) FILTER (WHERE util.f(x))"},
		{"x IN (SELECT f(y) FROM t)", "x IN (SELECT util.f(y) FROM t)"},
		{"x % 'a' AND 1 % 2", "x OPERATOR(ext.%) 'a' AND 1 % 2"},
		{"x OPERATOR(other.%) 'a'", "x OPERATOR(other.%) 'a'"},
		{"x LIKE 'a%'", "x LIKE 'a%'"},
	} {
		n, err := parseExpr(tc.in)
		require.NoError(t, err, tc.in)
		Qualify(n, res)
		got, err := deparse(n)
		require.NoError(t, err, tc.in)
		require.Equal(t, tc.want, got, tc.in)
	}
	tree, err := pgast.Parse("CREATE INDEX i ON t USING gin (a trgm_ops, b other.trgm_ops, c jsonb_ops)")
	require.NoError(t, err)
	Qualify(tree.Stmts[0].Stmt, res)
	out, err := pg_query.Deparse(tree)
	require.NoError(t, err)
	require.Equal(t, "CREATE INDEX i ON t USING gin (a ext.trgm_ops, b other.trgm_ops, c jsonb_ops)", out)
	// Without a resolver nothing changes.
	n, err := parseExpr("f(x) % y")
	require.NoError(t, err)
	Qualify(n, Resolver{})
	got, err := deparse(n)
	require.NoError(t, err)
	require.Equal(t, "f(x) % y", got)
}
