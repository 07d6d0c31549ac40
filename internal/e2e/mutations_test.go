package e2e

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// mutation is one kind of drift applied to a live copy of a corpus file's
// database. sql returns the statements that introduce it, or false when the
// schema has nothing it applies to.
type mutation struct {
	name string
	sql  func(m *model.Schema) (string, bool)
}

func qn(t *model.Table) string { return model.QuoteIdent(t.Schema) + "." + model.QuoteIdent(t.Name) }
func id(s string) string       { return model.QuoteIdent(s) }

// used reports whether a column takes part in a key, index, check, FK (either
// end) or generated expression: dropping or retyping it has wider effects.
func used(m *model.Schema, t *model.Table, col string) bool {
	if t.PrimaryKey != nil && containsStr(t.PrimaryKey.Columns, col) {
		return true
	}
	for _, u := range t.Uniques {
		if containsStr(u.Columns, col) {
			return true
		}
	}
	for _, ix := range t.Indexes {
		for _, k := range ix.Keys {
			if k.Column == col || strings.Contains(k.Expr, col) {
				return true
			}
		}
		if containsStr(ix.Include, col) || strings.Contains(ix.Where, col) {
			return true
		}
	}
	for _, ck := range t.Checks {
		if strings.Contains(ck.Expr, col) {
			return true
		}
	}
	for _, c := range t.Columns {
		if strings.Contains(c.Generated, col) {
			return true
		}
	}
	if len(t.ForeignKeysOn(col)) > 0 {
		return true
	}
	for _, o := range m.Tables {
		for _, fk := range o.ForeignKeys {
			if fk.Ref() == t.QName() && containsStr(fk.RefColumns, col) {
				return true
			}
		}
	}
	return t.PartitionBy != "" && strings.Contains(t.PartitionBy, col)
}

func containsStr(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// referenced reports whether another table's FK points at t.
func referenced(m *model.Schema, t *model.Table) bool {
	for _, o := range m.Tables {
		for _, fk := range o.ForeignKeys {
			if fk.Ref() == t.QName() && o != t {
				return true
			}
		}
	}
	return false
}

// findCol returns the first table and column, in name order, that ok accepts.
func findCol(m *model.Schema, ok func(t *model.Table, c *model.Column) bool) (*model.Table, *model.Column, bool) {
	for _, t := range m.SortedTables() {
		for _, c := range t.Columns {
			if ok(t, c) {
				return t, c, true
			}
		}
	}
	return nil, nil, false
}

func findTable(m *model.Schema, ok func(t *model.Table) bool) (*model.Table, bool) {
	for _, t := range m.SortedTables() {
		if ok(t) {
			return t, true
		}
	}
	return nil, false
}

// plain is a column nothing else depends on.
func plain(m *model.Schema) func(t *model.Table, c *model.Column) bool {
	return func(t *model.Table, c *model.Column) bool {
		return !used(m, t, c.Name) && c.Generated == "" && !c.AutoIncrement && t.PartitionBy == "" && !t.HasUnknownColumns()
	}
}

func colMut(name string, pick func(m *model.Schema, t *model.Table, c *model.Column) bool, stmt func(t *model.Table, c *model.Column) string) mutation {
	return mutation{name, func(m *model.Schema) (string, bool) {
		t, c, ok := findCol(m, func(t *model.Table, c *model.Column) bool { return pick(m, t, c) })
		if !ok {
			return "", false
		}
		return stmt(t, c), true
	}}
}

func tableMut(name string, pick func(m *model.Schema, t *model.Table) bool, stmt func(t *model.Table) string) mutation {
	return mutation{name, func(m *model.Schema) (string, bool) {
		t, ok := findTable(m, func(t *model.Table) bool { return pick(m, t) })
		if !ok {
			return "", false
		}
		return stmt(t), true
	}}
}

func family(c *model.Column, f model.Family) bool { return !c.Type.Array && c.Type.Family() == f }

func isPlain(m *model.Schema, t *model.Table, c *model.Column) bool { return plain(m)(t, c) }

func ordinary(_ *model.Schema, t *model.Table) bool { return t.PartitionBy == "" }

func singlePK(t *model.Table) bool { return t.PrimaryKey != nil && len(t.PrimaryKey.Columns) == 1 }

func alter(t *model.Table, sub string) string { return "ALTER TABLE " + qn(t) + " " + sub }

func alterCol(t *model.Table, c *model.Column, sub string) string {
	return alter(t, "ALTER COLUMN "+id(c.Name)+" "+sub)
}

// indexMut picks a table's first secondary index that ok accepts.
func indexMut(name string, ok func(ix *model.Index) bool, stmt func(t *model.Table, ix *model.Index) string) mutation {
	return mutation{name, func(m *model.Schema) (string, bool) {
		for _, t := range m.SortedTables() {
			for _, ix := range t.Indexes {
				if ok(ix) && t.PartitionBy == "" {
					return stmt(t, ix), true
				}
			}
		}
		return "", false
	}}
}

func fkMut(name string, stmt func(t *model.Table, fk *model.ForeignKey) string) mutation {
	return mutation{name, func(m *model.Schema) (string, bool) {
		for _, t := range m.SortedTables() {
			for _, fk := range t.ForeignKeys {
				if fk.Name != "" {
					return stmt(t, fk), true
				}
			}
		}
		return "", false
	}}
}

func checkMut(name string, stmt func(t *model.Table, ck *model.Check) string) mutation {
	return mutation{name, func(m *model.Schema) (string, bool) {
		for _, t := range m.SortedTables() {
			for _, ck := range t.Checks {
				if ck.Name != "" && !ck.NoInherit {
					return stmt(t, ck), true
				}
			}
		}
		return "", false
	}}
}

func fkSQL(fk *model.ForeignKey, onDelete string) string {
	cols := make([]string, len(fk.Columns))
	for i, c := range fk.Columns {
		cols[i] = id(c)
	}
	refs := make([]string, len(fk.RefColumns))
	for i, c := range fk.RefColumns {
		refs[i] = id(c)
	}
	return fmt.Sprintf("ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s.%s (%s) ON DELETE %s", id(fk.Name),
		strings.Join(cols, ", "), id(fk.RefSchema), id(fk.RefTable), strings.Join(refs, ", "), onDelete)
}

func quoteLits(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = "'" + strings.ReplaceAll(v, "'", "''") + "'"
	}
	return strings.Join(q, ", ")
}

// enumWithout recreates an enum without one label and moves every column of
// it to the new type: the target lacks a label the canonical side has.
func enumWithout(m *model.Schema, pick func(e *model.Enum) (int, bool)) (string, bool) {
	for _, e := range m.Enums {
		i, ok := pick(e)
		if !ok {
			continue
		}
		vals := append(append([]string(nil), e.Values[:i]...), e.Values[i+1:]...)
		name := id(e.Schema) + "." + id(e.Name)
		var b strings.Builder
		fmt.Fprintf(&b, "ALTER TYPE %s RENAME TO %s;\nCREATE TYPE %s AS ENUM (%s);\n", name, id(e.Name+"_old"), name, quoteLits(vals))
		for _, t := range m.Tables {
			for _, c := range t.Columns {
				if c.Type.Name != e.Schema+"."+e.Name {
					continue
				}
				if strings.Contains(c.Default, "'"+e.Values[i]+"'") {
					return "", false
				}
				typ := name
				if c.Type.Array {
					typ += "[]"
				}
				if c.Default != "" {
					b.WriteString(alterCol(t, c, "DROP DEFAULT") + ";\n")
				}
				fmt.Fprintf(&b, "%s;\n", alterCol(t, c, fmt.Sprintf("TYPE %s USING %s::text::%s", typ, id(c.Name), typ)))
				if c.Default != "" {
					b.WriteString(alterCol(t, c, "SET DEFAULT "+c.Default) + ";\n")
				}
			}
		}
		fmt.Fprintf(&b, "DROP TYPE %s.%s", id(e.Schema), id(e.Name+"_old"))
		return b.String(), true
	}
	return "", false
}
