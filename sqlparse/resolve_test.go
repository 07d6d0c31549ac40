package sqlparse

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestExtensionNames: the names an extension installed off the reader's
// path supplies are qualified where the search_path found them, and only
// those: built-ins are found first, and an operator goes to the extension
// only when its operands' types rule the built-ins out.
func TestExtensionNames(t *testing.T) {
	const setup = `CREATE SCHEMA ext;
		CREATE EXTENSION pg_trgm SCHEMA ext;
		CREATE EXTENSION "uuid-ossp" SCHEMA ext;
		CREATE EXTENSION pgcrypto SCHEMA ext;
		SET search_path = public, ext;
		`
	for _, tc := range []struct {
		name, sql string
		want      []string
	}{
		{"functions", `CREATE TABLE t (a uuid DEFAULT uuid_generate_v4(), b uuid DEFAULT gen_random_uuid(), c timestamptz DEFAULT now());`,
			[]string{"table public.t", "column public.t.a uuid default ext.uuid_generate_v4()",
				"column public.t.b uuid default gen_random_uuid()", "column public.t.c timestamp with time zone default now()"}},
		{"operators by operand type", `CREATE TABLE t (s text, v varchar(9), n int,
			CHECK (s % 'x'), CHECK (v % lower(s)), CHECK (n % 2 = 0), CHECK ('a' % 'b'), CHECK (lower(s) % lower(s)));`,
			[]string{"table public.t", "column public.t.s text", "column public.t.v character varying(9)", "column public.t.n integer",
				"check public.t t_s_check s OPERATOR(ext.%) 'x'", "check public.t t_check v OPERATOR(ext.%) lower(s)",
				"check public.t t_n_check (n % 2) = 0", "check public.t t_check1 'a' % 'b'",
				"check public.t t_s_check1 lower(s) % lower(s)"}},
		{"operator classes", `CREATE TABLE t (s text);
			CREATE INDEX t_g ON t USING gin (s gin_trgm_ops);
			CREATE INDEX t_b ON t (s text_pattern_ops);
			CREATE INDEX t_q ON t USING gist (s ext.gist_trgm_ops);`,
			[]string{"table public.t", "column public.t.s text",
				"index public.t t_g USING gin (s ext.gin_trgm_ops)", "index public.t t_b USING btree (s text_pattern_ops)",
				"index public.t t_q USING gist (s ext.gist_trgm_ops)"}},
		{"an extension in public is seen by the reader", `RESET search_path;
			CREATE EXTENSION hstore; CREATE TABLE t (h hstore CHECK (h ? 'k'), a uuid DEFAULT ext.uuid_generate_v1());`,
			[]string{"table public.t", "column public.t.h public.hstore", "column public.t.a uuid default ext.uuid_generate_v1()",
				"check public.t t_h_check h ? 'k'"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := replay(t, setup+tc.sql)
			require.Equal(t, tc.want, describe(s, false))
		})
	}
}

func TestOperandFits(t *testing.T) {
	for _, tc := range []struct {
		have, want string
		fits       bool
	}{
		{"text", "text", true},
		{"", "geometry", true},
		{"?", "integer", true},
		{"character varying", "text", true},
		{"text", "character varying", false},
		{"integer", "bigint", true},
		{"bigint", "integer", false},
		{"integer[]", "anyarray", true},
		{"integer", "anyarray", false},
		{"integer", "anynonarray", true},
		{"geometry", "anyelement", true},
		{"geometry", "box", false},
	} {
		require.Equal(t, tc.fits, operandFits(tc.have, tc.want), "%q for %q", tc.have, tc.want)
	}
}
