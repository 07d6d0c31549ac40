package refdoc

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestSlug(t *testing.T) {
	s := newSlugger()
	tests := []struct{ heading, want string }{
		{"Core Domain", "core-domain"},
		{"Social / Community", "social--community"},
		{"Operations: Sessions / Usage", "operations-sessions--usage"},
		{"Cross-Reference: ORM vs Init SQL", "cross-reference-orm-vs-init-sql"},
		{"3. Goal", "3-goal"},
		{"snake_case (kept)", "snake_case-kept"},
		{"Ärger über Größe", "ärger-über-größe"},
		// GitHub numbers repeated anchors.
		{"Core Domain", "core-domain-1"},
		{"Core Domain", "core-domain-2"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, s.slug(tt.heading), tt.heading)
	}
}

func TestConstraints(t *testing.T) {
	col := func(name string, opts func(c *model.Column)) *model.Column {
		c := &model.Column{Name: name}
		if opts != nil {
			opts(c)
		}
		return c
	}
	tbl := &model.Table{
		PrimaryKey: &model.Key{Columns: []string{"id"}},
		Uniques:    []*model.Key{{Columns: []string{"key"}}, {Columns: []string{"a", "b"}}},
	}
	tests := []struct {
		name string
		col  *model.Column
		want string
	}{
		{"uuid key", col("id", func(c *model.Column) { c.NotNull, c.RawDefault = true, "uuid_generate_v4()" }), "PK, default `uuid_generate_v4()`"},
		{"serial key", col("id", func(c *model.Column) { c.NotNull, c.AutoIncrement = true, true }), "PK, autoincrement"},
		{"plain key", col("id", func(c *model.Column) { c.NotNull = true }), "PK"},
		{"unique", col("key", func(c *model.Column) { c.NotNull = true }), "UNIQUE, NOT NULL"},
		{"multi-column unique is not the column's", col("a", nil), "nullable"},
		{"default", col("category", func(c *model.Column) { c.RawDefault = "'general'" }), "default `'general'`"},
		{"normalized default when no spelling", col("n", func(c *model.Column) { c.Default = "0" }), "default `0`"},
		{"not null with default", col("n", func(c *model.Column) { c.NotNull, c.RawDefault = true, "0" }), "NOT NULL, default `0`"},
		{"nullable", col("description", nil), "nullable"},
		{"identity", col("n", func(c *model.Column) { c.AutoIncrement, c.Identity, c.NotNull = true, "always", true }), "identity ALWAYS, NOT NULL"},
		{"client-side defaults", col("updated_at", func(c *model.Column) {
			c.RawDefault = "NOW()"
			c.Attrs = []model.Attr{model.ClientDefault{Default: "datetime.utcnow", OnUpdate: "datetime.utcnow"}}
		}), "default `NOW()`, client default `datetime.utcnow`, on update `datetime.utcnow`"},
		{"client-side update only", col("touched", func(c *model.Column) {
			c.Attrs = []model.Attr{model.ClientDefault{OnUpdate: "func.now()"}}
		}), "on update `func.now()`"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, constraints(tbl, tt.col), tt.name)
	}
}

func TestSQLType(t *testing.T) {
	tests := []struct {
		t    model.Type
		want string
	}{
		{model.NewType("varchar", []int{255}, false), "VARCHAR(255)"},
		{model.NewType("timestamptz", nil, false), "TIMESTAMP WITH TIME ZONE"},
		{model.NewType("char", []int{2}, false), "CHAR(2)"},
		{model.NewType("jsonb", nil, false), "JSONB"},
		{model.NewType("text", nil, true), "TEXT[]"},
		{model.NewType("public.Mood", nil, false), "public.Mood"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, sqlType(tt.t))
	}
}

func TestCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "`plain`"},
		{"a`b", "`` a`b ``"},
		{"``x", "``` ``x ```"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, code(tt.in))
	}
}

func TestJoinAnd(t *testing.T) {
	require.Equal(t, "", joinAnd(nil))
	require.Equal(t, "a", joinAnd([]string{"a"}))
	require.Equal(t, "a and b", joinAnd([]string{"a", "b"}))
	require.Equal(t, "a, b and c", joinAnd([]string{"a", "b", "c"}))
}

// FuzzSlug checks that an anchor never holds what GitHub drops or changes.
func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Social / Community", "Operations: Sessions / Usage", "Ärger", "", "a\tb", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, heading string) {
		got := newSlugger().slug(heading)
		for _, r := range got {
			ok := r == '-' || r == '_' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') ||
				(r > 127 && (unicode.IsLetter(r) || unicode.IsDigit(r)))
			require.True(t, ok, "anchor %q of %q holds %q", got, heading, r)
		}
		require.Equal(t, strings.Count(heading, " "), strings.Count(got, "-")-strings.Count(strings.ToLower(heading), "-"),
			"every space becomes a hyphen")
	})
}
