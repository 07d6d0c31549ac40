package erd

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// Names that are not plain words must still be valid Mermaid.
func TestEntityName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"goals", "goals"},
		{"Goals2", "Goals2"},
		{"_private", `"_private"`},
		{"2fa_codes", `"2fa_codes"`},
		{"audit.events", `"audit.events"`},
		{"order items", `"order items"`},
		{"end", `"end"`},
		{"One", `"One"`},
		{"to", `"to"`},
		{"style", `"style"`},
		{`say "hi"`, `"say _hi_"`},
		{`100%\done`, `"100__done"`},
		{"⚠ goals (not in sql)", `"⚠ goals (not in sql)"`},
	} {
		require.Equal(t, tc.want, entityName(tc.in), tc.in)
	}
}

func TestAttrWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"user_id", "user_id"},
		{"varchar(255)", "varchar(255)"},
		{"text[]", "text[]"},
		{"pk", "pk_"},
		{"FK", "FK_"},
		{"uk", "uk_"},
		{"pkey", "pkey"},
		{"2nd", "c_2nd"},
		{"", "c_"},
		{"first name", "first_name"},
		{"a-b", "a_b"},
		{"naïve", "na_ve"},
		{`"quoted"`, "c__quoted_"},
		{"_private", "c__private"},
	} {
		require.Equal(t, tc.want, attrWord(tc.in, "c"), tc.in)
	}
}

func TestTypeName(t *testing.T) {
	for _, tc := range []struct {
		in   model.Type
		want string
	}{
		{model.NewType("varchar", []int{255}, false), "varchar(255)"},
		{model.NewType("timestamptz", nil, false), "timestamptz"},
		{model.NewType("timestamp", []int{3}, false), "timestamp(3)"},
		{model.NewType("numeric", []int{10, 2}, false), "numeric"},
		{model.NewType("int4", nil, true), "int[]"},
		{model.NewType("double precision", nil, false), "float8"},
		{model.Type{Name: "public.mood"}, "mood"},
	} {
		require.Equal(t, tc.want, typeName(tc.in), tc.in.String())
	}
}

func TestQuoted(t *testing.T) {
	require.Equal(t, `"a 'b' c"`, quoted("a \"b\"\nc"))
}

// What Mermaid 10's lexer accepts (its erDiagram.jison), the stricter of the
// two versions GitHub may render with.
var (
	mermaidEntity    = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9\-_]*|"[^"%\r\n\v\x08\\]+")$`)
	mermaidAttrWord  = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9\-_\[\]\(\)]*$`)
	mermaidComment   = regexp.MustCompile(`^"[^"]*"$`)
	mermaidKeyMarker = regexp.MustCompile(`(?i)^(PK|FK|UK)$`)
)

// Whatever a name holds, what is written is a valid Mermaid token.
func FuzzNames(f *testing.F) {
	for _, s := range []string{"goals", "", "end", "pk", "a b", `"`, "%", "\\", "\n", "é", "2x", "⚠ t (not in sql)", "a\x00b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if e := entityName(s); !mermaidEntity.MatchString(e) {
			t.Fatalf("entityName(%q) = %q is not a Mermaid entity name", s, e)
		}
		w := attrWord(s, "c")
		if !mermaidAttrWord.MatchString(w) || mermaidKeyMarker.MatchString(w) {
			t.Fatalf("attrWord(%q) = %q is not a Mermaid attribute word", s, w)
		}
		if q := quoted(s); !mermaidComment.MatchString(q) {
			t.Fatalf("quoted(%q) = %q is not a Mermaid string", s, q)
		}
	})
}
