package sqlparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRenameLabelLiteral(t *testing.T) {
	for _, tc := range []struct {
		expr  string
		array bool
		want  string
	}{
		{"'a'", false, "'A'"},
		{"'ab'", false, "'ab'"},
		{"now()", false, "now()"},
		{"'{a,b,a}'", true, "'{A,b,A}'"},
		{`'{"x y",a}'`, true, `'{"x y",A}'`},
		{`'{"a",b}'`, true, `'{A,b}'`},
		{"'{}'", true, "'{}'"},
		{"'{{a},{b}}'", true, "'{{a},{b}}'"},
		{`'{"unterminated}'`, true, `'{"unterminated}'`},
		{"'a'", true, "'a'"},
	} {
		require.Equal(t, tc.want, renameLabelLiteral(tc.expr, tc.array, "a", "A"), tc.expr)
	}
	require.Equal(t, `'{"b c",x}'`, renameLabelLiteral("'{a,x}'", true, "a", "b c"))
	require.Equal(t, `'{"NULL"}'`, renameLabelLiteral("'{a}'", true, "a", "NULL"))
	require.Equal(t, "'it''s'", renameLabelLiteral("'a'", false, "a", "it's"))
}

// FuzzArrayElems: any text splits without a panic, and the elements'
// texts joined with commas are the text again.
func FuzzArrayElems(f *testing.F) {
	for _, seed := range []string{"a,b", `"x y",a`, `"a\"b",c`, "", `"`, `a"b`, "{a}", `"\`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		elems, ok := arrayElems(s)
		if !ok {
			return
		}
		texts := make([]string, len(elems))
		for i, e := range elems {
			texts[i] = e.text
		}
		require.Equal(t, s, strings.Join(texts, ","))
	})
}
