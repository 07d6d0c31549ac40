package erd

import (
	"slices"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// entityOf draws one table with its key columns. The canonical side's
// definition is drawn when it has the table, with a note on each column that
// another side lacks, names differently or keys differently; a table only
// other sides have is drawn from the first of them.
func (g *graph) entityOf(q model.QName, fks []*fkSeen) *entity {
	e := &entity{q: q, label: g.label(q)}
	t, canonical := g.canon.schema.Table(q.Schema, q.Name)
	if !canonical {
		for _, s := range g.others {
			if ot, ok := s.schema.Table(q.Schema, q.Name); ok {
				t = ot
				break
			}
		}
	}
	if t == nil {
		return e
	}
	// The foreign keys on this table, by canonical column name.
	fkOn := map[string][]*fkSeen{}
	for _, f := range fks {
		if f.key.table != q {
			continue
		}
		for _, c := range strings.Split(f.key.cols, ",") {
			fkOn[c] = append(fkOn[c], f)
		}
	}
	keys := tableKeys(t)
	for _, c := range t.Columns {
		if c == nil {
			continue
		}
		k := keys[c.Name]
		if len(fkOn[c.Name]) > 0 && !slices.Contains(k, "FK") {
			k = append(k, "FK")
		}
		if len(k) == 0 {
			continue
		}
		a := attr{typ: typeName(c.Type), name: c.Name, keys: orderKeys(k)}
		if canonical {
			a.note = g.columnNote(q, c.Name, fkOn[c.Name])
		}
		e.attrs = append(e.attrs, a)
	}
	if canonical {
		e.attrs = append(e.attrs, g.otherFKColumns(t, fkOn)...)
	}
	return e
}

// tableKeys marks the columns of the primary key, unique constraints and
// total unique indexes. Foreign keys are added from the matched set, so
// that every side's keys count.
func tableKeys(t *model.Table) map[string][]string {
	keys := map[string][]string{}
	add := func(cols []string, k string) {
		for _, c := range cols {
			if !slices.Contains(keys[c], k) {
				keys[c] = append(keys[c], k)
			}
		}
	}
	if t.PrimaryKey != nil {
		add(t.PrimaryKey.Columns, "PK")
	}
	for _, u := range t.Uniques {
		if u != nil {
			add(u.Columns, "UK")
		}
	}
	for _, cols := range uniqueIndexes(t) {
		add(cols, "UK")
	}
	return keys
}

// orderKeys puts key markers in Mermaid's conventional order.
func orderKeys(k []string) []string {
	var out []string
	for _, m := range []string{"PK", "FK", "UK"} {
		if slices.Contains(k, m) {
			out = append(out, m)
		}
	}
	return out
}

// columnSources lists the sources whose table has the canonical column.
func (g *graph) columnSources(q model.QName, col string) []model.Source {
	have := []model.Source{g.canon.src}
	for _, s := range g.others {
		if t, ok := s.schema.Table(q.Schema, q.Name); ok {
			if _, ok := t.Column(s.otherName(q, col)); ok {
				have = append(have, s.src)
			}
		}
	}
	return have
}

// columnNote says what the other sides do differently with a canonical key
// column: lack it, name it otherwise, or key it otherwise.
func (g *graph) columnNote(q model.QName, col string, fks []*fkSeen) string {
	// What the box's title already says about the whole table is not
	// repeated on each column.
	tableNote := g.drift(g.tableSources(q))
	var notes []string
	if n := g.drift(g.columnSources(q, col)); n != "" && n != tableNote {
		notes = append(notes, n)
	}
	// Sides that rename the column alike are named together: "sql and db: type_id".
	var names []string
	renamedBy := map[string][]model.Source{}
	for _, s := range g.others {
		if name := s.otherName(q, col); name != col {
			if renamedBy[name] == nil {
				names = append(names, name)
			}
			renamedBy[name] = append(renamedBy[name], s.src)
		}
	}
	for _, name := range names {
		notes = append(notes, sourceList(renamedBy[name], "and")+": "+name)
	}
	for _, f := range fks {
		if n := g.drift(f.sources); n != "" && n != tableNote {
			notes = append(notes, "FK "+n)
		}
	}
	return strings.Join(dedupe(notes), "; ")
}

// otherFKColumns draws the foreign-key columns the canonical table does not
// have at all: columns other sides added together with a foreign key.
func (g *graph) otherFKColumns(t *model.Table, fkOn map[string][]*fkSeen) []attr {
	var out []attr
	for _, name := range sortedKeys(setOf(fkOn)) {
		if _, ok := t.Column(name); ok {
			continue
		}
		f := fkOn[name][0]
		col, ok := f.table.Column(name)
		if !ok {
			continue
		}
		out = append(out, attr{
			typ: typeName(col.Type), name: name, keys: []string{"FK"},
			note: g.drift(g.otherColumnSources(t.QName(), name)),
		})
	}
	return out
}

// otherColumnSources lists the non-canonical sources whose table has the column.
func (g *graph) otherColumnSources(q model.QName, col string) []model.Source {
	var have []model.Source
	for _, s := range g.others {
		if t, ok := s.schema.Table(q.Schema, q.Name); ok {
			if _, ok := t.Column(col); ok {
				have = append(have, s.src)
			}
		}
	}
	return have
}

func setOf(m map[string][]*fkSeen) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
