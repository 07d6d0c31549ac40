package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

var (
	fuzzTables = []string{"a", "b", "a_b", "c"}
	fuzzCols   = []string{"id", "type", "entity_type", "from_entity", "from_entity_id", "name", "x"}
	fuzzTypes  = []string{"text", "varchar(10)", "integer", "bigint", "uuid", "text[]", "timestamp with time zone"}
)

// fuzzSchema decodes bytes into a schema: each byte is an operation on the
// current table or column, so any input is a valid (if odd) schema.
func fuzzSchema(src model.Source, data []byte) *model.Schema {
	s := model.NewSchema(src)
	var t *model.Table
	var c *model.Column
	n := 0
	for i := 0; i+1 < len(data); i += 2 {
		op, arg := data[i]%8, int(data[i+1])
		if t == nil && op != 0 {
			op = 0
		}
		switch op {
		case 0:
			t = &model.Table{Schema: "public", Name: fuzzTables[arg%len(fuzzTables)]}
			s.Tables = append(s.Tables, t) // a name may repeat: Compare must cope
			c = nil
		case 1:
			name := fuzzCols[arg%len(fuzzCols)]
			if _, dup := t.Column(name); dup {
				continue
			}
			c = &model.Column{Name: name, Type: mustType(fuzzTypes[(arg/7)%len(fuzzTypes)])}
			t.Columns = append(t.Columns, c)
		case 2:
			if c != nil {
				c.NotNull = !c.NotNull
			}
		case 3:
			if c != nil {
				c.Default = []string{"", "0", "'x'", "now()"}[arg%4]
				c.AutoIncrement = arg%5 == 0
			}
		case 4:
			if c != nil {
				n++
				t.Indexes = append(t.Indexes, &model.Index{
					Name: fmt.Sprintf("i%d", n), Unique: arg%2 == 0, Method: "btree",
					Keys: []model.IndexKey{{Column: c.Name, Desc: arg%3 == 0}},
				})
			}
		case 5:
			if c != nil {
				n++
				t.ForeignKeys = append(t.ForeignKeys, &model.ForeignKey{
					Name: fmt.Sprintf("fk%d", n), Columns: []string{c.Name}, RefSchema: "public",
					RefTable: fuzzTables[arg%len(fuzzTables)], RefColumns: []string{"id"},
					OnDelete: []string{"", "CASCADE", "SET NULL", "RESTRICT"}[arg%4],
				})
			}
		case 6:
			if c != nil {
				t.PrimaryKey = &model.Key{Columns: []string{c.Name}}
			}
		case 7:
			if c != nil {
				if arg%2 == 0 {
					t.Uniques = append(t.Uniques, &model.Key{Columns: []string{c.Name}})
				} else {
					t.Checks = append(t.Checks, &model.Check{Expr: c.Name + " IS NOT NULL"})
				}
			}
		}
	}
	return s
}

func count(fs []Finding, k Kind) int {
	n := 0
	for _, f := range fs {
		if f.Kind == k {
			n++
		}
	}
	return n
}

func FuzzCompare(f *testing.F) {
	f.Add([]byte{0, 0, 1, 0, 6, 0, 1, 1}, []byte{0, 0, 1, 0, 6, 0, 1, 2})
	f.Add([]byte{0, 1, 1, 3, 2, 0, 4, 1, 5, 1}, []byte{0, 1, 1, 4, 5, 0, 4, 0})
	f.Add([]byte{0, 0, 1, 0, 0, 2, 1, 5, 3, 1, 7, 1}, []byte{0, 2, 1, 6, 7, 0, 0, 3})
	f.Add([]byte{}, []byte{0, 3, 1, 1})
	f.Fuzz(func(t *testing.T, a, b []byte) {
		l, r := fuzzSchema(model.SourceSpec, a), fuzzSchema(model.SourceSQL, b)
		fs := Compare(l, r, Options{})
		requireRuled(t, fs)
		sorted := append([]Finding(nil), fs...)
		Sort(sorted)
		require.Equal(t, sorted, fs, "Compare returns sorted findings")
		for _, x := range fs {
			require.NotContains(t, x.Message, "\n")
		}
		require.Equal(t, fs, Compare(l, r, Options{}), "deterministic")
		require.Empty(t, Compare(l, l, Options{}), "a schema has no drift against itself")

		back := Compare(r, l, Options{})
		require.Equal(t, count(fs, TableMissing), count(back, TableExtra))
		require.Equal(t, count(fs, TableExtra), count(back, TableMissing))
		require.Equal(t, count(fs, ColumnRenamed) > 0, count(back, ColumnRenamed) > 0, "renames are found both ways")
	})
}

func FuzzParseSeverity(f *testing.F) {
	for _, s := range []string{"high", "Low", " medium", "info", "", "none", "HIGH\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sev, err := ParseSeverity(s)
		if err != nil {
			return
		}
		require.True(t, strings.EqualFold(strings.TrimSpace(s), sev.String()))
		var back Severity
		text, err := sev.MarshalText()
		require.NoError(t, err)
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, sev, back)
	})
}
