package diff

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestDuplicates(t *testing.T) {
	first := func() *tb {
		return base("t").col("a", "text", notNull).col("b", "integer", def("0")).uniq("t_a_key", "a").
			check("", "b >= 0").index("t_b", "b").at("01.sql", 10)
	}
	cases := []struct {
		name  string
		later *tb
		want  string // the differences; empty for no finding
	}{
		{"identical", first(), ""},
		{"identical except for names and positions", base("t").col("a", "text", notNull).col("b", "integer", def("0")).
			uniq("other_name", "a").check("named", "b >= 0").at("02.sql", 3), ""},
		{"lacks and adds columns", base("t").col("a", "text", notNull).col("c", "text").uniq("", "a").check("", "b >= 0"),
			"without b; with extra c"},
		{"column changes", base("t").col("a", "varchar(10)").col("b", "integer").uniq("", "a").check("", "b >= 0"),
			"with a character varying(10) instead of text, nullable; b no default"},
		{"keys differ", base("t").col("a", "text", notNull).col("b", "integer", def("0")).check("", "b > 0").
			fk("t_b_fkey", "b", "p", "id", "CASCADE"),
			"without UNIQUE (a); without CHECK (b >= 0); with CHECK (b > 0); with FOREIGN KEY (b) REFERENCES p(id) ON DELETE CASCADE"},
		{"primary key dropped", tbl("t").col("id", "uuid", notNull).col("a", "text", notNull).col("b", "integer", def("0")).
			uniq("", "a").check("", "b >= 0"), "without a primary key"},
		{"later's own index differs", base("t").col("a", "text", notNull).col("b", "integer", def("0")).uniq("", "a").
			check("", "b >= 0").index("t_b", "b DESC").index("t_a", "a"),
			"with index t_b as USING btree (b DESC) instead of USING btree (b); with extra index t_a"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := schema(model.SourceSQL, first())
			f, _ := s.Table("public", "t")
			later := c.later.at("02-migrations.sql", 40).build()
			s.Duplicates = []*model.Duplicate{{First: f, Later: later}}
			fs := Duplicates(s, Options{})
			if c.want == "" {
				require.Empty(t, fs)
				return
			}
			requireRows(t, []row{{TableDuplicate, Low, "t", ""}}, fs)
			require.Equal(t, c.want, fs[0].Actual)
			require.Equal(t, "t is defined again at 02-migrations.sql:40 "+c.want, fs[0].Message)
			require.Equal(t, Pair{model.SourceSQL, model.SourceSQL}, fs[0].Pair)
			require.Equal(t, later.Pos, fs[0].RightPos)
		})
	}
}

func TestDuplicatesOverrideAndNil(t *testing.T) {
	s := schema(model.SourceSQL, base("t"))
	f, _ := s.Table("public", "t")
	s.Duplicates = []*model.Duplicate{nil, {First: f}, {First: f, Later: base("t").col("x", "text").build()}}
	fs := Duplicates(s, Options{Override: func(Finding) (Severity, bool) { return Info, true }})
	requireRows(t, []row{{TableDuplicate, Info, "t", ""}}, fs)
	require.Equal(t, "t is defined again with extra x", fs[0].Message)
}
