package orm

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// moduleIndex reads a module-level Index("name", Model.col, ...), whose
// table is the one its column expressions belong to. An Index of text()
// alone names no table: SQLAlchemy never creates it.
func (b *builder) moduleIndex(call *expr) {
	var tb *tableBuild
	for _, a := range call.args[min(1, len(call.args)):] {
		if t := b.exprTable(a, 0); t != nil {
			tb = t
			break
		}
	}
	if tb == nil {
		b.p.warn(call.pos, fmt.Sprintf("%s names no column of a model read, so SQLAlchemy attaches it to no table and never creates it; not read", firstLine(call.text)))
		return
	}
	b.index(tb, call)
}

// exprTable finds the table the first column reference in e belongs to.
func (b *builder) exprTable(e *expr, depth int) *tableBuild {
	if e == nil || depth > 16 {
		return nil
	}
	if e.kind == kAttr {
		if t, _, ok := b.columnRef(e, nil); ok {
			return t
		}
	}
	if t := b.exprTable(e.x, depth+1); t != nil {
		return t
	}
	for _, a := range e.args {
		if t := b.exprTable(a, depth+1); t != nil {
			return t
		}
	}
	return nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// index reads Index(name, *expressions, unique=, postgresql_using=,
// postgresql_where=, postgresql_include=, postgresql_ops=) by writing the
// CREATE INDEX SQLAlchemy emits and normalizing it like any other index.
func (b *builder) index(tb *tableBuild, call *expr) {
	if len(call.args) == 0 {
		return
	}
	var nameArg *expr
	if call.args[0].kind != kNone {
		nameArg = call.args[0]
	}
	ops := map[string]string{}
	if v, ok := call.kw("postgresql_ops"); ok && v.kind == kDict {
		for i, k := range v.args {
			if k.kind == kStr && v.vals[i].kind == kStr {
				ops[k.name] = v.vals[i].name
			}
		}
	}
	var keys, cols []string
	for _, a := range call.args[1:] {
		k, col, err := b.indexKey(tb, a, ops)
		if err != nil {
			b.p.warn(a.pos, fmt.Sprintf("table %q: index key %s: %v; the index is not read", tb.t.Name, a.text, err))
			return
		}
		keys = append(keys, k)
		if col != "" {
			cols = append(cols, col)
		}
	}
	if len(keys) == 0 {
		b.p.warn(call.pos, fmt.Sprintf("table %q: an index without keys is not read", tb.t.Name))
		return
	}
	name := b.conventionName(tb, "ix", nameArg, nameParts{cols: cols})
	if name == "" {
		b.p.warn(call.pos, fmt.Sprintf("table %q: an index without a name is refused by SQLAlchemy; not read", tb.t.Name))
		return
	}
	sql, err := b.indexSQL(tb, call, name, keys)
	if err != nil {
		b.p.warn(call.pos, fmt.Sprintf("table %q: index %q: %v; the index is not read", tb.t.Name, name, err))
		return
	}
	ix, _, err := normalize.IndexDef(sql)
	if err != nil {
		b.p.warn(call.pos, fmt.Sprintf("table %q: index %q: %v", tb.t.Name, name, err))
		return
	}
	ix.Name, ix.Pos = name, call.pos
	tb.t.Indexes = append(tb.t.Indexes, ix)
}

// indexSQL writes the CREATE INDEX statement for an Index.
func (b *builder) indexSQL(tb *tableBuild, call *expr, name string, keys []string) (string, error) {
	var s strings.Builder
	s.WriteString("CREATE ")
	if v, ok := call.kw("unique"); ok && v.isTrue() {
		s.WriteString("UNIQUE ")
	}
	fmt.Fprintf(&s, "INDEX %s ON %s.%s", model.QuoteIdent(name), model.QuoteIdent(tb.t.Schema), model.QuoteIdent(tb.t.Name))
	if v, ok := call.kw("postgresql_using"); ok && v.kind == kStr {
		s.WriteString(" USING " + model.QuoteIdent(strings.ToLower(v.name)))
	}
	s.WriteString(" (" + strings.Join(keys, ", ") + ")")
	if v, ok := call.kw("postgresql_include"); ok && (v.kind == kList || v.kind == kTuple) {
		inc, ok := b.columnList(tb, v.args, call)
		if !ok {
			return "", fmt.Errorf("postgresql_include is not understood")
		}
		for i := range inc {
			inc[i] = model.QuoteIdent(inc[i])
		}
		s.WriteString(" INCLUDE (" + strings.Join(inc, ", ") + ")")
	}
	if v, ok := call.kw("postgresql_nulls_not_distinct"); ok && v.isTrue() {
		s.WriteString(" NULLS NOT DISTINCT")
	}
	if v, ok := call.kw("postgresql_where"); ok {
		where, err := b.render(v, tb)
		if v.kind == kStr {
			where, err = v.name, nil
		}
		if err != nil {
			return "", fmt.Errorf("postgresql_where: %w", err)
		}
		s.WriteString(" WHERE " + where)
	}
	return s.String(), nil
}

// indexKey renders one index expression: a column (by string or
// reference) with its operator class, .desc()/.asc()/nulls_first(), or an
// expression in parentheses.
func (b *builder) indexKey(tb *tableBuild, a *expr, ops map[string]string) (string, string, error) {
	suffix := ""
	for i := 0; i < 4; i++ {
		name := ""
		var inner *expr
		switch {
		case a.kind == kCall && a.x.kind == kAttr && len(a.args) == 0:
			name, inner = a.x.name, a.x.x
		case a.kind == kCall && len(a.args) == 1:
			name, inner = b.p.canon(a.x), a.args[0]
		}
		mod, ok := map[string]string{"desc": " DESC", "asc": " ASC", "nulls_first": " NULLS FIRST", "nullsfirst": " NULLS FIRST",
			"nulls_last": " NULLS LAST", "nullslast": " NULLS LAST"}[name]
		if !ok {
			break
		}
		suffix = mod + suffix
		a = inner
	}
	var c *col
	var found bool
	if a.kind == kStr {
		c, found = tb.byAttr(a.name)
		if !found {
			return "", "", fmt.Errorf("no column %q", a.name)
		}
	} else if t, rc, ok := b.columnRef(a, tb); ok {
		if t != tb {
			return "", "", fmt.Errorf("a column of table %q", t.t.Name)
		}
		c, found = rc, true
	}
	if found {
		key := model.QuoteIdent(c.c.Name)
		if op, ok := ops[c.c.Name]; ok {
			key += " " + op
		} else if op, ok := ops[c.c.AttrName()]; ok {
			key += " " + op
		}
		return key + suffix, c.c.Name, nil
	}
	sql, err := b.render(a, tb)
	if err != nil {
		return "", "", err
	}
	return "(" + sql + ")" + suffix, "", nil
}
