package nodetree

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Trees as PostgreSQL 15 stores them (pg_index.indpred of CREATE INDEX
// ... WHERE <predicate>), with what Predicate prints for each.
var predicates = []struct{ tree, want string }{
	{`{NULLTEST :arg {VAR :varno 1 :varattno 19 :vartype 1184 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 19 :location 88} :nulltesttype 0 :argisrow false :location 99}`,
		`(c19 IS NULL)`},
	{`{NULLTEST :arg {VAR :varno 1 :varattno 2 :vartype 25 :vartypmod -1 :varcollid 100 :varlevelsup 0 :varnosyn 1 :varattnosyn 2 :location 30} :nulltesttype 1 :argisrow false :location 32}`,
		`(c2 IS NOT NULL)`},
	{`{BOOLEXPR :boolop and :args ({NULLTEST :arg {VAR :varno 1 :varattno 1 :vartype 23 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 1 :location 29} :nulltesttype 0 :argisrow false :location 31} {BOOLEXPR :boolop not :args ({VAR :varno 1 :varattno 3 :vartype 16 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 3 :location 50}) :location 46}) :location 43}`,
		`((c1 IS NULL) AND (NOT c3))`},
	{`{BOOLEXPR :boolop or :args ({BOOLEANTEST :arg {VAR :varno 1 :varattno 3 :varlevelsup 0} :booltesttype 0 :location 5} {BOOLEANTEST :arg {VAR :varno 1 :varattno 4 :varlevelsup 0} :booltesttype 5 :location 9}) :location 7}`,
		`((c3 IS TRUE) OR ("Odd" IS NOT UNKNOWN))`},
	{`{VAR :varno 1 :varattno 3 :vartype 16 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 3 :location 27}`,
		`c3`},
}

func TestPredicate(t *testing.T) {
	names := func(attno int) (string, bool) {
		if attno == 4 {
			return "Odd", true
		}
		if attno <= 0 || attno > 19 {
			return "", false
		}
		return "c" + itoa(attno), true
	}
	for _, tc := range predicates {
		t.Run(tc.want, func(t *testing.T) {
			n, err := Parse(tc.tree)
			require.NoError(t, err)
			got, ok := Predicate(n, names)
			require.True(t, ok)
			require.Equal(t, tc.want, got)
		})
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return string(rune('0'+i/10)) + string(rune('0'+i%10))
}

// Trees Predicate leaves to the server: other nodes, a column it cannot
// name, fields it does not expect.
func TestPredicateRefuses(t *testing.T) {
	names := func(attno int) (string, bool) { return "c", attno == 1 }
	for _, tree := range []string{
		`{OPEXPR :opno 521 :opfuncid 147 :opresulttype 16 :opretset false :opcollid 0 :inputcollid 0 :args ({VAR :varno 1 :varattno 1 :varlevelsup 0} {CONST :consttype 23 :consttypmod -1 :constcollid 0 :constlen 4 :constbyval true :constisnull false :location 40 :constvalue 4 [ 0 0 0 0 0 0 0 0 ]}) :location 38}`,
		`{NULLTEST :arg {VAR :varno 1 :varattno 7 :varlevelsup 0} :nulltesttype 0 :argisrow false :location 1}`,
		`{NULLTEST :arg {VAR :varno 1 :varattno 1 :varlevelsup 1} :nulltesttype 0 :argisrow false :location 1}`,
		`{NULLTEST :arg {VAR :varno 1 :varattno 1 :varlevelsup 0} :nulltesttype 0 :argisrow true :location 1}`,
		`{NULLTEST :arg {VAR :varno 1 :varattno 1 :varlevelsup 0} :nulltesttype 2 :argisrow false :location 1}`,
		`{BOOLEXPR :boolop xor :args ({VAR :varno 1 :varattno 1 :varlevelsup 0} {VAR :varno 1 :varattno 1 :varlevelsup 0}) :location 1}`,
		`{BOOLEXPR :boolop not :args ({VAR :varno 1 :varattno 1 :varlevelsup 0} {VAR :varno 1 :varattno 1 :varlevelsup 0}) :location 1}`,
		`{BOOLEXPR :boolop and :args <> :location 1}`,
		`{BOOLEANTEST :arg <> :booltesttype 0 :location 1}`,
	} {
		n, err := Parse(tree)
		require.NoError(t, err, tree)
		_, ok := Predicate(n, names)
		require.False(t, ok, tree)
	}
}

func TestParseErrors(t *testing.T) {
	for _, text := range []string{``, `{`, `{VAR`, `{VAR :varno`, `{VAR :varno 1`, `{ :varno 1}`, `{VAR varno 1}`,
		`{VAR :args (1 2}`, `{VAR} x`, `(1 2)`, `x`, `{VAR :a [ 1`, `{VAR :a )}`, `{VAR :a 1 [ 2 }`} {
		_, err := Parse(text)
		require.Error(t, err, "%q", text)
	}
}

func TestParseValues(t *testing.T) {
	n, err := Parse(`{CONST :consttype 25 :constisnull false :name a\ b\{ :none <> :constvalue 5 [ 20 0 0 0 120 ] :l (i 1 2)}`)
	require.NoError(t, err)
	require.Equal(t, "CONST", n.Tag)
	require.Equal(t, "25", n.Fields["consttype"])
	require.Equal(t, "a b{", n.Fields["name"])
	require.Nil(t, n.Fields["none"])
	require.Equal(t, "5", n.Fields["constvalue"])
	require.Equal(t, []any{"20", "0", "0", "0", "120"}, n.Fields["constvalue[]"])
	require.Equal(t, []any{"i", "1", "2"}, n.Fields["l"])
}

func FuzzParse(f *testing.F) {
	for _, p := range predicates {
		f.Add(p.tree)
	}
	f.Add(`{BOOLEXPR :boolop not :args ({VAR :varattno 1 :varlevelsup 0}) :location 1}`)
	f.Add(`{CONST :constvalue 4 [ 0 0 0 0 ] :s "x\\y"}`)
	f.Fuzz(func(t *testing.T, text string) {
		n, err := Parse(text)
		if err != nil {
			return
		}
		// Whatever parses prints or is refused, never panics.
		_, _ = Predicate(n, func(attno int) (string, bool) { return "c", attno > 0 })
	})
}
