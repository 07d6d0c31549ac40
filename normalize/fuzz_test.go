package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// FuzzExpr checks that no input makes the normalizer panic, that results
// are deterministic, and that Default and IndexDef survive the same input.
func FuzzExpr(f *testing.F) {
	for _, seed := range []string{
		"now()", "'general'::character varying", "x IN (1, 2)", "x NOT IN ('a')", "x BETWEEN 1 AND 2",
		"x NOT BETWEEN SYMMETRIC 1 AND 2", "((status)::text = ANY ((ARRAY['a'::character varying])::text[]))",
		"nextval('s'::regclass)", "'-1'::integer", "ARRAY[ARRAY[1], ARRAY[2]]::int[]", "CASE WHEN a THEN 1 END",
		"(SELECT 1)", "EXISTS (SELECT 1 FROM t WHERE t.x IN (1,2))", "a AND (b AND (c OR (d OR e)))",
		"x LIKE 'a' ESCAPE '!'", "x SIMILAR TO 'a' ESCAPE '!'", "'x' COLLATE \"C\"", "row(1, 2)",
		"coalesce(a, '1'::integer)", "1; SELECT 2", "1 FROM t", "", "(", "'", "$$", "\x00", "\xff\xfe",
		strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200),
		strings.Repeat("(", 30) + "x" + strings.Repeat(" NOT BETWEEN SYMMETRIC 1 AND 2)", 30),
		strings.Repeat("-", 100), "x::\"char\"", "'t'::bool", "'1e5'::numeric", "'nan'::float8",
		"CREATE INDEX i ON t (a)", "ts > '2024-01-01 02:00+02'", "day IN ('Jan 1 2024', '20240102')",
		"(id)::double precision < buzz", "app.is_valid(id)", "label <> ('x' COLLATE app.ci)", "FOR VALUES FROM ('2024-01-01') TO (MAXVALUE)", "CREATE INDEX i ON t USING gin ((a->'b') jsonb_path_ops) WHERE a IN (1)",
		"CREATE INDEX i ON t USING gist (s gist_trgm_ops (siglen = 64, x = 'a''b', y = true, z = 1.5, w = some.name))",
		"s % 'x' AND - n > 0 AND f(s) OPERATOR(x.%) g()",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, errA := Expr(s)
		b, errB := Expr(s)
		require.Equal(t, a, b)
		require.Equal(t, errA == nil, errB == nil)
		if n, err := parseExpr(s); err == nil && !needsRewrite(n) {
			require.True(t, proto.Equal(n, rewrite(clone(n))), "needsRewrite said no rule applies")
		}
		if n, err := parseExpr(s); err == nil {
			Qualify(n, Resolver{
				Function: func(string) string { return "x" },
				Operator: func(_ string, _, right *pg_query.Node) string { return "x" },
				Opclass:  func(string, string) string { return "x" },
			})
		}
		_, _, _ = Default(s, model.Type{Name: "integer"})
		_, _, _ = Default(s, model.Type{Name: "boolean"})
		if a, err := ExprIn(s, testScope); err == nil {
			// pg_query's deparser prints some deep nestings of NOT BETWEEN
			// SYMMETRIC it cannot parse again; Scoped keeps such a text.
			if again, err := ExprIn(a, testScope); err == nil {
				require.Equal(t, a, again, "ExprIn is idempotent")
			}
		}
		_, _ = PartitionBoundIn(s, []model.Type{{Name: "timestamp with time zone"}, {Name: "date"}})
		ix, _, err := IndexDef(s)
		if err == nil {
			require.NotNil(t, ix)
			require.NotEmpty(t, ix.Keys)
		}
	})
}

// FuzzBodyText: a function body of any text normalizes without panicking,
// as plpgsql text and as SQL.
func FuzzBodyText(f *testing.F) {
	for _, seed := range []string{
		"BEGIN\n  -- c\n  NEW.x := now(); RETURN NEW;\nEND", "/* a /* b */ c */ x", "$q$ a $q$ $1", "'unterminated", "$$", "E'\\''",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := BodyText(src)
		if out != strings.TrimSpace(out) {
			t.Fatalf("BodyText(%q) = %q has outer space", src, out)
		}
		_ = FunctionBody("sql", src)
	})
}
