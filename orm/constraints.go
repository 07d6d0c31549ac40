package orm

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// constraints reads the table's column-level keys, foreign keys and
// indexes, then its table-level constraints.
func (b *builder) constraints(tb *tableBuild) {
	t := tb.t
	for _, c := range tb.cols {
		for _, fk := range c.fks {
			b.foreignKey(tb, []string{c.c.Name}, fk, fkTargets(fk), c)
		}
		for _, ck := range c.checks {
			b.check(tb, ck)
		}
		cols := []string{c.c.Name}
		switch {
		case c.index != nil:
			// index=True, with unique=True as well: a unique index named by
			// the convention, and no constraint.
			ix := &model.Index{Name: b.conventionName(tb, "ix", nil, nameParts{cols: cols}), Unique: c.unique != nil,
				Method: "btree", Keys: []model.IndexKey{{Column: c.c.Name}}, Pos: c.index.pos}
			if ix.Name == "" {
				ix.Name = model.ObjectName(t.Name, c.c.Name, true, "idx")
			}
			t.Indexes = append(t.Indexes, ix)
		case c.unique != nil:
			t.Uniques = append(t.Uniques, b.key(tb, "uq", nil, cols, c.unique.pos))
		}
	}
	for _, a := range tb.args {
		b.tableArg(tb, a)
	}
}

// key builds a unique constraint named by the convention or, failing that,
// as PostgreSQL names it.
func (b *builder) key(tb *tableBuild, conv string, name *expr, cols []string, pos model.Pos) *model.Key {
	k := &model.Key{Name: b.conventionName(tb, conv, name, nameParts{cols: cols}), Columns: cols, Pos: pos}
	if k.Name == "" {
		if conv == "pk" {
			k.Name = model.ObjectName(tb.t.Name, "", false, "pkey")
		} else {
			k.Name = model.ObjectName(tb.t.Name, model.NameAddition(cols), true, "key")
		}
	}
	return k
}

func fkTargets(fk *expr) []*expr {
	if len(fk.args) > 0 {
		return fk.args[:1]
	}
	if v, ok := fk.kw("column"); ok {
		return []*expr{v}
	}
	return nil
}

func (b *builder) tableArg(tb *tableBuild, a *expr) {
	if a.kind != kCall {
		b.p.warn(a.pos, fmt.Sprintf("table %q: %s in the table arguments is not read", tb.t.Name, a.text))
		return
	}
	switch b.p.canon(a.x) {
	case "Index":
		b.index(tb, a)
	case "UniqueConstraint":
		cols, ok := b.columnList(tb, a.args, a)
		if !ok {
			return
		}
		name, _ := a.kw("name")
		k := b.key(tb, "uq", name, cols, a.pos)
		if v, ok := a.kw("postgresql_nulls_not_distinct"); ok && v.isTrue() {
			k.NullsNotDistinct = true
		}
		k.Deferrable, k.InitiallyDeferred = deferral(a)
		tb.t.Uniques = append(tb.t.Uniques, k)
	case "PrimaryKeyConstraint":
		cols, ok := b.columnList(tb, a.args, a)
		if !ok {
			return
		}
		for _, c := range tb.cols {
			c.pk = c.pk || contains(cols, c.c.Name)
		}
		name, _ := a.kw("name")
		tb.t.PrimaryKey = b.key(tb, "pk", name, cols, a.pos)
	case "CheckConstraint":
		b.check(tb, a)
	case "ForeignKeyConstraint":
		if len(a.args) < 2 || (a.args[0].kind != kList && a.args[0].kind != kTuple) || (a.args[1].kind != kList && a.args[1].kind != kTuple) {
			b.p.warn(a.pos, "ForeignKeyConstraint needs two lists of columns; not read")
			return
		}
		cols, ok := b.columnList(tb, a.args[0].args, a)
		if ok {
			b.foreignKey(tb, cols, a, a.args[1].args, nil)
		}
	default:
		b.p.warn(a.pos, fmt.Sprintf("table %q: %s in the table arguments is not read", tb.t.Name, a.text))
	}
}

func deferral(a *expr) (bool, bool) {
	d, _ := a.kw("deferrable")
	in, _ := a.kw("initially")
	initially := in != nil && in.kind == kStr && strings.EqualFold(in.name, "DEFERRED")
	return d.isTrue() || initially, initially
}

// columnList resolves constraint columns given as strings (attribute keys
// or column names) or attribute references.
func (b *builder) columnList(tb *tableBuild, args []*expr, at *expr) ([]string, bool) {
	var cols []string
	for _, x := range args {
		var c *col
		var ok bool
		if x.kind == kStr {
			c, ok = tb.byAttr(x.name)
		} else {
			var t *tableBuild
			t, c, ok = b.columnRef(x, tb)
			ok = ok && t == tb
		}
		if !ok {
			b.p.warn(x.pos, fmt.Sprintf("table %q: %s in %s is not a column of the table; the constraint is not read", tb.t.Name, x.text, at.x.last()))
			return nil, false
		}
		cols = append(cols, c.c.Name)
	}
	if len(cols) == 0 {
		b.p.warn(at.pos, fmt.Sprintf("table %q: %s names no columns; not read", tb.t.Name, at.x.last()))
		return nil, false
	}
	return cols, true
}

func (b *builder) check(tb *tableBuild, a *expr) {
	if len(a.args) == 0 {
		return
	}
	sql, err := b.render(a.args[0], tb)
	if a.args[0].kind == kStr {
		sql, err = a.args[0].name, nil // a string is SQL text here
	}
	if err != nil {
		b.p.warn(a.pos, fmt.Sprintf("table %q: CHECK %v; not read", tb.t.Name, err))
		return
	}
	norm, err := normalize.Expr(sql)
	if err != nil {
		b.p.warn(a.pos, fmt.Sprintf("table %q: CHECK (%s): %v; not read", tb.t.Name, sql, err))
		return
	}
	name, _ := a.kw("name")
	tb.t.Checks = append(tb.t.Checks, &model.Check{Name: b.conventionName(tb, "ck", name, nameParts{}), Expr: norm, Pos: a.pos})
}

// foreignKey reads ForeignKey("t.c") on a column (c set) or a
// ForeignKeyConstraint's targets.
func (b *builder) foreignKey(tb *tableBuild, cols []string, call *expr, targets []*expr, c *col) {
	fk := &model.ForeignKey{Columns: cols, OnDelete: "NO ACTION", OnUpdate: "NO ACTION", Pos: call.pos}
	var refCol *col
	for _, tg := range targets {
		schema, table, column, rc, ok := b.fkTarget(tb, tg)
		if !ok {
			b.p.warn(tg.pos, fmt.Sprintf("table %q: foreign key target %s is not understood; the key is not read", tb.t.Name, tg.text))
			return
		}
		if fk.RefTable != "" && (fk.RefTable != table || fk.RefSchema != schema) {
			b.p.warn(tg.pos, "a foreign key's columns must reference one table; the key is not read")
			return
		}
		fk.RefSchema, fk.RefTable = schema, table
		fk.RefColumns = append(fk.RefColumns, column)
		refCol = rc
	}
	if len(fk.RefColumns) != len(cols) {
		b.p.warn(call.pos, "a foreign key must list as many target columns as columns; the key is not read")
		return
	}
	for _, kw := range []struct {
		key string
		dst *string
	}{{"ondelete", &fk.OnDelete}, {"onupdate", &fk.OnUpdate}} {
		if v, ok := call.kw(kw.key); ok && v.kind == kStr {
			*kw.dst = strings.ToUpper(strings.Join(strings.Fields(v.name), " "))
		}
	}
	if v, ok := call.kw("match"); ok && v.kind == kStr && strings.EqualFold(v.name, "FULL") {
		fk.Match = "FULL"
	}
	fk.Deferrable, fk.InitiallyDeferred = deferral(call)
	name, _ := call.kw("name")
	fk.Name = b.conventionName(tb, "fk", name, nameParts{cols: cols, refTable: fk.RefTable, refCols: fk.RefColumns})
	if fk.Name == "" {
		fk.Name = model.ObjectName(tb.t.Name, model.NameAddition(cols), true, "fkey")
	}
	if c != nil && refCol != nil && !c.ct.ok {
		c.ct = refCol.ct // Column(ForeignKey(...)) without a type takes the target's
		if refCol.ct.t.Name == "" {
			c.ct.ok = false
		}
	}
	tb.t.ForeignKeys = append(tb.t.ForeignKeys, fk)
}

// fkTarget resolves "table.col", "schema.table.col", Model.attr or
// table.c.col. The target column is returned when it is in the files.
func (b *builder) fkTarget(tb *tableBuild, tg *expr) (schema, table, column string, c *col, ok bool) {
	if tg.kind == kStr {
		parts := strings.Split(tg.name, ".")
		if len(parts) < 2 {
			return "", "", "", nil, false
		}
		column = parts[len(parts)-1]
		table = parts[len(parts)-2]
		schema = strings.Join(parts[:len(parts)-2], ".")
		if schema == "" {
			schema = tb.meta.schema
		}
		if schema == "" {
			schema = "public"
		}
		if t, found := b.byQName[model.QName{Schema: schema, Name: table}]; found {
			if rc, found := t.byName(column); found {
				c = rc
			} else if rc, found := t.byAttr(column); found {
				c = rc
			}
		}
		return schema, model.TruncateIdent(table), model.TruncateIdent(column), c, true
	}
	t, rc, found := b.columnRef(tg, tb)
	if !found {
		return "", "", "", nil, false
	}
	return t.t.Schema, t.t.Name, rc.c.Name, rc, true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
