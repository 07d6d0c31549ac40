package erd

import (
	"slices"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// drawing is a diagram before it is written out.
type drawing struct {
	entities []*entity
	rels     []*rel
}

// entity is one table box.
type entity struct {
	q     model.QName
	label string
	attrs []attr
}

// attr is one key column of a box.
type attr struct {
	typ, name string
	keys      []string
	note      string
}

// rel is one foreign key, drawn from the referenced table to the
// referencing one.
type rel struct {
	parent, child model.QName
	// parentCard and childCard are Mermaid's markers: "|o" or "||" next to
	// the parent, "o{" or "o|" next to the child.
	parentCard, childCard string
	dashed                bool
	label                 string
}

// fkKey identifies a foreign key across sources: the referencing table, its
// columns under the canonical side's names, and the referenced table.
type fkKey struct {
	table model.QName
	cols  string
	ref   model.QName
}

// fkSeen is one foreign key and the sources that have it.
type fkSeen struct {
	key fkKey
	// fk and table are the first definition found, the canonical one when
	// the canonical side has it.
	fk      *model.ForeignKey
	table   *model.Table
	sources []model.Source
}

// foreignKeys collects every side's foreign keys, matched across sides.
func (g *graph) foreignKeys() []*fkSeen {
	seen := map[fkKey]*fkSeen{}
	var order []*fkSeen
	for _, s := range append([]side{g.canon}, g.others...) {
		for _, t := range s.schema.SortedTables() {
			for _, fk := range t.ForeignKeys {
				if fk == nil {
					continue
				}
				cols := make([]string, len(fk.Columns))
				for i, c := range fk.Columns {
					cols[i] = s.canonName(t.QName(), c)
				}
				k := fkKey{table: t.QName(), cols: strings.Join(cols, ","), ref: fk.Ref()}
				f := seen[k]
				if f == nil {
					f = &fkSeen{key: k, fk: fk, table: t}
					seen[k] = f
					order = append(order, f)
				}
				if !slices.Contains(f.sources, s.src) {
					f.sources = append(f.sources, s.src)
				}
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i].key, order[j].key
		if a.table != b.table {
			return qless(a.table, b.table)
		}
		if a.cols != b.cols {
			return a.cols < b.cols
		}
		return qless(a.ref, b.ref)
	})
	return order
}

// allSources lists the canonical side, then the others, in order.
func (g *graph) allSources() []model.Source {
	out := []model.Source{g.canon.src}
	for _, s := range g.others {
		out = append(out, s.src)
	}
	return out
}

// drift names what sources lack or alone have something, "" when all have it.
func (g *graph) drift(have []model.Source) string {
	switch len(have) {
	case len(g.others) + 1:
		return ""
	case 0:
		// A foreign key's target that no source read has.
		return "in no source"
	}
	if slices.Contains(have, g.canon.src) {
		var lack []model.Source
		for _, s := range g.others {
			if !slices.Contains(have, s.src) {
				lack = append(lack, s.src)
			}
		}
		return "not in " + sourceList(lack, "or")
	}
	return "only in " + sourceList(have, "and")
}

// tableSources lists the sources that have the table.
func (g *graph) tableSources(q model.QName) []model.Source {
	var have []model.Source
	for _, s := range append([]side{g.canon}, g.others...) {
		if _, ok := s.schema.Table(q.Schema, q.Name); ok {
			have = append(have, s.src)
		}
	}
	return have
}

// build decides the boxes and lines of a diagram.
func (g *graph) build(opts Options) *drawing {
	d := &drawing{}
	want := map[model.QName]bool{}
	var full []model.QName
	if opts.Tables == nil {
		for _, t := range g.canon.schema.SortedTables() {
			full = append(full, t.QName())
		}
		var extra []model.QName
		for _, s := range g.others {
			for _, t := range s.schema.SortedTables() {
				if _, ok := g.canon.schema.Table(t.Schema, t.Name); !ok && !slices.Contains(extra, t.QName()) {
					extra = append(extra, t.QName())
				}
			}
		}
		sortQNames(extra)
		full = append(full, extra...)
	} else {
		full = append(full, opts.Tables...)
		sortQNames(full)
	}
	for _, q := range full {
		want[q] = true
	}
	fks := g.foreignKeys()
	var bare []model.QName
	for _, f := range fks {
		if !want[f.key.table] && !want[f.key.ref] {
			continue
		}
		d.rels = append(d.rels, g.relOf(f))
		for _, q := range []model.QName{f.key.table, f.key.ref} {
			if !want[q] && !slices.Contains(bare, q) {
				bare = append(bare, q)
			}
		}
	}
	for _, q := range full {
		d.entities = append(d.entities, g.entityOf(q, fks))
	}
	sortQNames(bare)
	for _, q := range bare {
		d.entities = append(d.entities, &entity{q: q, label: g.label(q)})
	}
	return d
}

// label is the box's title: the table's name, with the sources that lack it
// or alone have it.
func (g *graph) label(q model.QName) string {
	name := q.String()
	note := g.drift(g.tableSources(q))
	if note == "" {
		return name
	}
	if _, expected := g.canon.schema.IsExpected(q.Schema, q.Name); expected {
		// A declared gap (migration bookkeeping): still drawn, but said to be known.
		note = "expected, " + note
	}
	// The sign makes a table that is drift stand out among the boxes
	// without reading their columns.
	return "⚠ " + name + " (" + note + ")"
}

// relOf draws one foreign key. The cardinality comes from the definition:
// a nullable key lets a row reference nothing, and a key that is also the
// table's primary or a unique key makes the relationship one to one.
func (g *graph) relOf(f *fkSeen) *rel {
	r := &rel{parent: f.key.ref, child: f.key.table, parentCard: "||", childCard: "o{"}
	for _, c := range f.fk.Columns {
		if col, ok := f.table.Column(c); !ok || !col.NotNull {
			r.parentCard = "|o"
		}
	}
	if isUnique(f.table, f.fk.Columns) {
		r.childCard = "o|"
	}
	r.label = strings.Join(f.fk.Columns, ", ")
	if note := g.drift(f.sources); note != "" {
		r.dashed = true
		r.label += " (" + note + ")"
	}
	return r
}

// isUnique reports whether cols are, as a set, the table's primary key, a
// unique constraint or a total unique index.
func isUnique(t *model.Table, cols []string) bool {
	same := func(other []string) bool {
		if len(other) != len(cols) {
			return false
		}
		for _, c := range other {
			if !slices.Contains(cols, c) {
				return false
			}
		}
		return true
	}
	if t.PrimaryKey != nil && same(t.PrimaryKey.Columns) {
		return true
	}
	for _, u := range t.Uniques {
		if u != nil && same(u.Columns) {
			return true
		}
	}
	for _, ix := range uniqueIndexes(t) {
		if same(ix) {
			return true
		}
	}
	return false
}

// uniqueIndexes lists the column sets of the table's total unique indexes
// on plain columns.
func uniqueIndexes(t *model.Table) [][]string {
	var out [][]string
	for _, ix := range t.Indexes {
		if ix == nil || !ix.Unique || ix.Where != "" {
			continue
		}
		var cols []string
		for _, k := range ix.Keys {
			if k.Column == "" {
				cols = nil
				break
			}
			cols = append(cols, k.Column)
		}
		if len(cols) > 0 {
			out = append(out, cols)
		}
	}
	return out
}

func qless(a, b model.QName) bool {
	if a.Schema != b.Schema {
		return a.Schema < b.Schema
	}
	return a.Name < b.Name
}

func sortQNames(qs []model.QName) {
	sort.Slice(qs, func(i, j int) bool { return qless(qs[i], qs[j]) })
}
