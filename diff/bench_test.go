package diff

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// bigSchema generates n tables of 19 columns, 3 indexes and 1 foreign key.
// With drift set, every tenth table has a renamed column, a changed type,
// an extra index and a missing key, and every hundredth table is missing.
func bigSchema(src model.Source, n int, drift bool) *model.Schema {
	s := model.NewSchema(src)
	types := []model.Type{mustType("uuid"), mustType("text"), mustType("integer"), mustType("timestamp with time zone")}
	for i := 0; i < n; i++ {
		if drift && i%100 == 99 {
			continue
		}
		t := &model.Table{Schema: "public", Name: fmt.Sprintf("table_%05d", i)}
		for j := 0; j < 19; j++ {
			c := &model.Column{Name: fmt.Sprintf("col_%02d", j), Type: types[j%len(types)], NotNull: j == 0}
			if drift && i%10 == 0 {
				switch j {
				case 3:
					c.Name = "col_03_renamed"
				case 5:
					c.Type = mustType("varchar(20)")
				}
			}
			t.Columns = append(t.Columns, c)
		}
		t.PrimaryKey = &model.Key{Name: t.Name + "_pkey", Columns: []string{"col_00"}}
		for k := 1; k <= 3; k++ {
			t.Indexes = append(t.Indexes, &model.Index{
				Name: fmt.Sprintf("%s_idx%d", t.Name, k), Method: "btree",
				Keys: []model.IndexKey{{Column: fmt.Sprintf("col_%02d", k)}},
			})
		}
		if drift && i%10 == 0 {
			t.Indexes = append(t.Indexes, &model.Index{Name: t.Name + "_extra", Method: "btree", Keys: []model.IndexKey{{Column: "col_07"}}})
		} else {
			t.ForeignKeys = append(t.ForeignKeys, &model.ForeignKey{
				Name: t.Name + "_fk", Columns: []string{"col_04"}, RefSchema: "public",
				RefTable: fmt.Sprintf("table_%05d", (i+1)%n), RefColumns: []string{"col_00"}, OnDelete: "CASCADE",
			})
		}
		// Appended directly: Schema.AddTable rebuilds its name index on
		// every call, which would dominate the setup.
		s.Tables = append(s.Tables, t)
	}
	return s
}

func BenchmarkCompare5000(b *testing.B) {
	left := bigSchema(model.SourceSpec, 5000, false)
	right := bigSchema(model.SourceSQL, 5000, true)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if fs := Compare(left, right, Options{}); len(fs) == 0 {
			b.Fatal("expected drift")
		}
	}
}

func TestBigSchemaFindings(t *testing.T) {
	// The benchmark's input, at a size a test can afford, has exactly the
	// drift it was generated with.
	fs := Compare(bigSchema(model.SourceSpec, 200, false), bigSchema(model.SourceSQL, 200, true), Options{})
	counts := map[Kind]int{}
	for _, f := range fs {
		counts[f.Kind]++
	}
	// 200 tables: 2 missing; of the other 198, 20 (i%10==0) drift.
	want := map[Kind]int{TableMissing: 2, ColumnRenamed: 20, ColumnType: 20, IndexExtra: 20, FKMissing: 20}
	require.Equal(t, want, counts)
}
