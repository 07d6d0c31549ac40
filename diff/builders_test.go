package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// tb builds a table for tests.
type tb struct{ t *model.Table }

func tbl(name string) *tb { return &tb{&model.Table{Schema: "public", Name: name}} }

type colOpt func(*model.Column)

var (
	notNull = func(c *model.Column) { c.NotNull = true }
	auto    = func(c *model.Column) { c.AutoIncrement = true }
)

func def(d string) colOpt { return func(c *model.Column) { c.Default = d } }
func identity(k string) colOpt {
	return func(c *model.Column) { c.Identity = k; c.AutoIncrement = true }
}
func generated(e string) colOpt { return func(c *model.Column) { c.Generated = e } }
func collate(n string) colOpt   { return func(c *model.Column) { c.Collation = n } }
func at(line int) colOpt {
	return func(c *model.Column) { c.Pos = model.Pos{File: "f.sql", Line: line} }
}

func mustType(t string) model.Type {
	typ, _, err := model.ParseType(t)
	if err != nil {
		panic(err)
	}
	return typ
}

func (b *tb) col(name, typ string, opts ...colOpt) *tb {
	c := &model.Column{Name: name, Type: mustType(typ)}
	for _, o := range opts {
		o(c)
	}
	b.t.Columns = append(b.t.Columns, c)
	return b
}

func (b *tb) pk(cols ...string) *tb {
	b.t.PrimaryKey = &model.Key{Name: b.t.Name + "_pkey", Columns: cols}
	return b
}

func (b *tb) uniq(name string, cols ...string) *tb {
	b.t.Uniques = append(b.t.Uniques, &model.Key{Name: name, Columns: cols})
	return b
}

func (b *tb) check(name, expr string) *tb {
	b.t.Checks = append(b.t.Checks, &model.Check{Name: name, Expr: expr})
	return b
}

// index adds an index; a key "col DESC" is descending, "(expr)" an expression.
func (b *tb) index(name string, keys ...string) *tb { return b.addIndex(name, false, keys) }

func (b *tb) uindex(name string, keys ...string) *tb { return b.addIndex(name, true, keys) }

func (b *tb) addIndex(name string, unique bool, keys []string) *tb {
	ix := &model.Index{Name: name, Unique: unique, Method: "btree"}
	for _, k := range keys {
		var key model.IndexKey
		if strings.HasSuffix(k, " DESC") {
			key.Desc, k = true, strings.TrimSuffix(k, " DESC")
		}
		if strings.HasPrefix(k, "(") {
			key.Expr = strings.TrimSuffix(strings.TrimPrefix(k, "("), ")")
		} else {
			key.Column = k
		}
		ix.Keys = append(ix.Keys, key)
	}
	b.t.Indexes = append(b.t.Indexes, ix)
	return b
}

// fk adds a foreign key "cols → ref(refCols)" with an ON DELETE action.
func (b *tb) fk(name, cols, ref, refCols, onDelete string) *tb {
	b.t.ForeignKeys = append(b.t.ForeignKeys, &model.ForeignKey{
		Name: name, Columns: strings.Split(cols, ","), RefSchema: "public", RefTable: ref,
		RefColumns: strings.Split(refCols, ","), OnDelete: onDelete, OnUpdate: "NO ACTION",
	})
	return b
}

func (b *tb) partitionBy(key string, parts ...model.Partition) *tb {
	b.t.PartitionBy, b.t.Partitions = key, parts
	return b
}

func (b *tb) at(file string, line int) *tb {
	b.t.Pos = model.Pos{File: file, Line: line}
	return b
}

func (b *tb) build() *model.Table { return b.t }

func schema(src model.Source, ts ...*tb) *model.Schema {
	s := model.NewSchema(src)
	for _, t := range ts {
		s.AddTable(t.build())
	}
	return s
}

// row is the part of a finding most tests assert on.
type row struct {
	Kind     Kind
	Severity Severity
	Table    string
	Object   string
}

func (r row) String() string {
	return fmt.Sprintf("%s %s %s %q", r.Severity, r.Kind, r.Table, r.Object)
}

func rows(fs []Finding) []row {
	out := make([]row, 0, len(fs))
	for _, f := range fs {
		out = append(out, row{f.Kind, f.Severity, f.Table, f.Object})
	}
	return out
}

// requireRows asserts the findings are exactly want, in any order.
func requireRows(t *testing.T, want []row, fs []Finding) {
	t.Helper()
	got := rows(fs)
	var msgs []string
	for _, f := range fs {
		msgs = append(msgs, f.Message)
	}
	require.ElementsMatch(t, want, got, "messages:\n%s", strings.Join(msgs, "\n"))
}

// requireRuled asserts that every finding's severity is one the rule table
// documents for its kind.
func requireRuled(t *testing.T, fs []Finding) {
	t.Helper()
	for _, f := range fs {
		ok := false
		for _, r := range rules {
			if r.Kind == f.Kind && r.Severity == f.Severity {
				ok = true
				break
			}
		}
		require.True(t, ok, "no rule gives %s a severity of %s: %s", f.Kind, f.Severity, f.Message)
	}
}
