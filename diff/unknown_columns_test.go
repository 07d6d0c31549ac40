package diff

import (
	"testing"

	"github.com/ariadrift/ariadrift/model"
)

// TestUnknownColumns: a side that could not list a table's columns (CREATE
// TABLE AS SELECT *) reports none missing or extra, but still compares
// the columns it knows.
func TestUnknownColumns(t *testing.T) {
	sql, db := model.SourceSQL, model.SourceDB
	unknown := func(b *tb) *tb {
		b.t.Attrs = model.SetAttr(b.t.Attrs, model.UnknownColumns{})
		return b
	}
	cases := []struct {
		name        string
		left, right *model.Schema
		want        []row
	}{
		{"left lists none", schema(sql, unknown(tbl("t"))), schema(db, tbl("t").col("a", "text").col("b", "integer", notNull)), nil},
		{"right lists none", schema(sql, tbl("t").col("a", "text")), schema(db, unknown(tbl("t"))), nil},
		{"the known ones are compared", schema(sql, unknown(tbl("t").col("a", "text"))), schema(db, tbl("t").col("a", "integer").col("b", "text")),
			[]row{{ColumnType, High, "t", "a"}}},
		{"without the attribute they are drift", schema(sql, tbl("t")), schema(db, tbl("t").col("a", "text")),
			[]row{{ColumnExtra, Medium, "t", "a"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			requireRows(t, c.want, Compare(c.left, c.right, Options{}))
		})
	}
}
