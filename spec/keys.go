package spec

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/model"
)

// This file reads a model's constraints and indexes: unique constraints,
// indexes with their keys and predicates, and foreign keys, whose targets
// are checked once every model is known.

func (b *builder) uniques(tb *table, n *yaml.Node) {
	items, ok := b.list(n, tb.ctx, "uniques")
	if !ok {
		return
	}
	for i, it := range items {
		f := b.object(it, nameLabel(tb.ctx+": ", "unique", i+1), "name", "name", "columns")
		if f == nil {
			continue
		}
		ctx := f.ctx
		k := &model.Key{Pos: b.pos(f.node)}
		var nameN *yaml.Node
		if nameN = f.get("name"); nameN != nil {
			if k.Name, ok = b.name(nameN, ctx, "name"); !ok {
				continue
			}
		}
		v := b.require(f, "columns")
		if v == nil {
			continue
		}
		if k.Columns, ok = b.columnsOf(tb, v, ctx, "columns"); !ok {
			continue
		}
		if k.Name == "" {
			k.Name = objectName(tb.t.Name, model.NameAddition(k.Columns), "key")
		} else {
			// A named constraint's index takes the constraint's name.
			b.claimRelation(tb, nameN, ctx, k.Name, "unique constraint")
		}
		tb.t.Uniques = append(tb.t.Uniques, k)
	}
}

func (b *builder) indexes(tb *table, n *yaml.Node) {
	items, ok := b.list(n, tb.ctx, "indexes")
	if !ok {
		return
	}
	for i, it := range items {
		if ix := b.index(tb, i+1, it); ix != nil {
			tb.t.Indexes = append(tb.t.Indexes, ix)
		}
	}
}

func (b *builder) index(tb *table, number int, n *yaml.Node) *model.Index {
	f := b.object(n, nameLabel(tb.ctx+": ", "index", number), "name",
		"name", "columns", "unique", "using", "where", "include")
	if f == nil {
		return nil
	}
	ctx := f.ctx
	ix := &model.Index{Method: "btree", Pos: b.pos(f.node)}
	nameN := b.require(f, "name")
	if nameN == nil {
		return nil
	}
	var ok bool
	if ix.Name, ok = b.name(nameN, ctx, "name"); !ok {
		return nil
	}
	b.claimRelation(tb, nameN, ctx, ix.Name, fmt.Sprintf("index %q", ix.Name))
	good := true
	if v := f.get("unique"); v != nil {
		ix.Unique, ok = b.boolean(v, ctx, "unique")
		good = good && ok
	}
	if v := f.get("using"); v != nil {
		m, ok := b.text(v, ctx, "using")
		if ok {
			// An unquoted access method name folds to lower case.
			m = strings.ToLower(m)
			if !isMethodName(m) {
				b.errorf(v, ctx, "using: %q is not an access method name", v.Value)
				ok = false
			}
			ix.Method = m
		}
		good = good && ok
	}
	if v := b.require(f, "columns"); v != nil {
		good = b.indexKeys(tb, ix, v, ctx) && good
	} else {
		good = false
	}
	if v := f.get("include"); v != nil {
		ix.Include, ok = b.columnsOf(tb, v, ctx, "include")
		good = good && ok
	}
	if v := f.get("where"); v != nil {
		good = b.indexWhere(tb, ix, v, ctx) && good
	}
	if !good {
		return nil
	}
	return ix
}

func isMethodName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '_' || (i > 0 && r >= '0' && r <= '9')) {
			return false
		}
	}
	return true
}

func (b *builder) indexKeys(tb *table, ix *model.Index, n *yaml.Node, ctx string) bool {
	items, ok := b.list(n, ctx, "columns")
	if !ok {
		return false
	}
	if len(items) == 0 {
		b.errorf(n, ctx, "columns: the list is empty")
		return false
	}
	for _, it := range items {
		var item string
		switch it.Kind {
		case yaml.ScalarNode:
			if item, ok = b.text(it, ctx, "columns"); !ok {
				return false
			}
		case yaml.MappingNode:
			if item, ok = b.exprKey(it, ctx); !ok {
				return false
			}
		default:
			b.errorf(it, ctx, "columns: expected a key or {expr: ...}, found %s", kindName(it))
			return false
		}
		k, refs, err := indexKey(ix.Method, item)
		if err != nil {
			b.errorf(it, ctx, "key %q: %v", item, err)
			return false
		}
		for _, r := range refs {
			if _, found := tb.t.Column(r); !found {
				b.errorf(it, ctx, "unknown column %q", r)
				ok = false
			}
		}
		ix.Keys = append(ix.Keys, k)
	}
	return ok
}

// exprKey turns {expr: ..., desc: ..., nulls: ...} into index key text.
func (b *builder) exprKey(n *yaml.Node, ctx string) (string, bool) {
	f := b.mapping(n, ctx, "expr", "desc", "nulls")
	if f == nil {
		return "", false
	}
	v := b.require(f, "expr")
	if v == nil {
		return "", false
	}
	expr, ok := b.text(v, ctx, "expr")
	if !ok {
		return "", false
	}
	if strings.TrimSpace(expr) == "" {
		b.errorf(v, ctx, "expr: must not be empty")
		return "", false
	}
	item := "(" + expr + ")"
	if v := f.get("desc"); v != nil {
		desc, ok := b.boolean(v, ctx, "desc")
		if !ok {
			return "", false
		}
		if desc {
			item += " DESC"
		}
	}
	if v := f.get("nulls"); v != nil {
		s, ok := b.text(v, ctx, "nulls")
		if !ok {
			return "", false
		}
		switch strings.ToLower(s) {
		case "first":
			item += " NULLS FIRST"
		case "last":
			item += " NULLS LAST"
		default:
			b.errorf(v, ctx, "nulls: expected first or last, found %q", s)
			return "", false
		}
	}
	return item, true
}

func (b *builder) indexWhere(tb *table, ix *model.Index, v *yaml.Node, ctx string) bool {
	where, ok := b.text(v, ctx, "where")
	if !ok {
		return false
	}
	norm, refs, err := predicate(where)
	if err != nil {
		b.errorf(v, ctx, "where: %v", err)
		return false
	}
	for _, r := range refs {
		if _, found := tb.t.Column(r); !found {
			b.errorf(v, ctx, "where: unknown column %q", r)
			ok = false
		}
	}
	ix.Where = norm
	return ok
}

// fkActions are the referential actions PostgreSQL accepts.
var fkActions = []string{"NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT"}

func (b *builder) foreignKeys(tb *table, n *yaml.Node) {
	items, ok := b.list(n, tb.ctx, "foreign_keys")
	if !ok {
		return
	}
	for i, it := range items {
		if p := b.foreignKey(tb, i+1, it); p != nil {
			b.fks = append(b.fks, p)
			tb.t.ForeignKeys = append(tb.t.ForeignKeys, p.fk)
		}
	}
}

func (b *builder) foreignKey(tb *table, number int, n *yaml.Node) *pendingFK {
	f := b.object(n, fkLabel(tb.ctx, number), "columns",
		"name", "columns", "references", "on_delete", "on_update", "deferrable", "initially_deferred")
	if f == nil {
		return nil
	}
	ctx := f.ctx
	fk := &model.ForeignKey{RefSchema: tb.t.Schema, OnDelete: "NO ACTION", OnUpdate: "NO ACTION", Pos: b.pos(f.node)}
	p := &pendingFK{fk: fk}
	v := b.require(f, "columns")
	if v == nil {
		return nil
	}
	var ok bool
	if fk.Columns, ok = b.columnsOf(tb, v, ctx, "columns"); !ok {
		return nil
	}
	p.ctx = ctx
	good := true
	if v := f.get("name"); v != nil {
		fk.Name, ok = b.name(v, ctx, "name")
		good = good && ok
	} else {
		fk.Name = objectName(tb.t.Name, model.NameAddition(fk.Columns), "fkey")
	}
	good = b.fkActions(f, fk) && good
	good = b.fkDeferral(f, fk) && good
	ref := b.require(f, "references")
	if ref == nil {
		return nil
	}
	if !b.fkReferences(ref, p) || !good {
		return nil
	}
	return p
}

// fkActions reads on_delete and on_update.
func (b *builder) fkActions(f *fields, fk *model.ForeignKey) bool {
	good := true
	for _, a := range []struct {
		key string
		dst *string
	}{{"on_delete", &fk.OnDelete}, {"on_update", &fk.OnUpdate}} {
		key, dst := a.key, a.dst
		v := f.get(key)
		if v == nil {
			continue
		}
		s, ok := b.text(v, f.ctx, key)
		if !ok {
			good = false
			continue
		}
		a := strings.ToUpper(strings.Join(strings.Fields(s), " "))
		if !contains(fkActions, a) {
			b.errorf(v, f.ctx, "%s: %q is not one of %s", key, s, strings.Join(fkActions, ", "))
			good = false
			continue
		}
		*dst = a
	}
	return good
}

// fkDeferral reads deferrable and initially_deferred.
func (b *builder) fkDeferral(f *fields, fk *model.ForeignKey) bool {
	ctx, good, ok := f.ctx, true, false
	deferrable, initially := false, false
	if v := f.get("deferrable"); v != nil {
		deferrable, ok = b.boolean(v, ctx, "deferrable")
		good = good && ok
	}
	if v := f.get("initially_deferred"); v != nil {
		initially, ok = b.boolean(v, ctx, "initially_deferred")
		good = good && ok
		if initially && f.get("deferrable") != nil && !deferrable {
			b.errorf(v, ctx, "initially_deferred needs a deferrable constraint")
			good = false
		}
	}
	// INITIALLY DEFERRED alone implies DEFERRABLE in PostgreSQL.
	fk.Deferrable, fk.InitiallyDeferred = deferrable || initially, initially
	return good
}

// fkReferences reads the references: mapping. The target is checked once
// every model is known (resolveFKs).
func (b *builder) fkReferences(ref *yaml.Node, p *pendingFK) bool {
	ctx, fk := p.ctx, p.fk
	rf := b.mapping(ref, ctx+": references", "table", "columns", "schema")
	if rf == nil {
		return false
	}
	good, ok := true, false
	if v := rf.get("schema"); v != nil {
		fk.RefSchema, ok = b.name(v, ctx, "references.schema")
		good = good && ok
	}
	if p.tableN = b.require(rf, "table"); p.tableN != nil {
		fk.RefTable, ok = b.name(p.tableN, ctx, "references.table")
		good = good && ok
	} else {
		good = false
	}
	if v := b.require(rf, "columns"); v != nil {
		fk.RefColumns, p.refColsN, ok = b.names(v, ctx, "references.columns")
		good = good && ok
		if ok && len(fk.RefColumns) != len(fk.Columns) {
			b.errorf(v, ctx, "references.columns lists %d columns for %d", len(fk.RefColumns), len(fk.Columns))
			good = false
		}
	} else {
		good = false
	}
	return good
}

// fkLabel names a foreign key by its columns, which is how a reader finds
// it in the file.
func fkLabel(ctx string, number int) func(v *yaml.Node) string {
	return func(v *yaml.Node) string {
		var cols []string
		if v != nil && v.Kind == yaml.SequenceNode {
			for _, c := range v.Content {
				if c = resolve(c); c.Kind != yaml.ScalarNode || c.Tag != "!!str" {
					cols = nil
					break
				}
				cols = append(cols, c.Value)
			}
		}
		if len(cols) == 0 {
			return fmt.Sprintf("%s: foreign key #%d", ctx, number)
		}
		return fmt.Sprintf("%s: foreign key (%s)", ctx, strings.Join(cols, ", "))
	}
}

// resolveFKs checks every foreign key's target once all models are known.
func (b *builder) resolveFKs() {
	for _, p := range b.fks {
		fk := p.fk
		target, ok := b.tables[fk.Ref()]
		if !ok {
			if _, expected := b.s.IsExpected(fk.RefSchema, fk.RefTable); !expected {
				b.errorf(p.tableN, p.ctx, "references unknown table %q", fk.Ref())
			}
			// An expected table's columns are not described, so there is
			// nothing more to check.
			continue
		}
		good := true
		for i, c := range fk.RefColumns {
			if _, found := target.t.Column(c); !found {
				b.errorf(p.refColsN[i], p.ctx, "references unknown column %q of table %q", c, fk.Ref())
				good = false
			}
		}
		if good && !hasUniqueKey(target.t, fk.RefColumns) {
			// PostgreSQL refuses a foreign key whose target columns are not
			// covered by a primary key or unique constraint/index.
			b.errorf(p.tableN, p.ctx, "columns (%s) of table %q are not its primary key or a unique key",
				strings.Join(fk.RefColumns, ", "), fk.Ref())
		}
	}
}

// hasUniqueKey reports whether cols, in any order, are exactly the columns
// of t's primary key, a unique constraint or a total unique column index.
func hasUniqueKey(t *model.Table, cols []string) bool {
	same := func(keys []string) bool {
		if len(keys) != len(cols) {
			return false
		}
		for _, k := range keys {
			if !contains(cols, k) {
				return false
			}
		}
		return true
	}
	if t.PrimaryKey != nil && same(t.PrimaryKey.Columns) {
		return true
	}
	for _, u := range t.Uniques {
		if same(u.Columns) {
			return true
		}
	}
	for _, ix := range t.Indexes {
		if !ix.Unique || ix.Where != "" {
			continue
		}
		var keys []string
		for _, k := range ix.Keys {
			if k.Column == "" {
				keys = nil
				break
			}
			keys = append(keys, k.Column)
		}
		if keys != nil && same(keys) {
			return true
		}
	}
	return false
}
