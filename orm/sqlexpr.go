package orm

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// noParen are the SQL functions SQLAlchemy renders without parentheses
// (func.current_timestamp() is CURRENT_TIMESTAMP).
var noParen = map[string]bool{
	"current_date": true, "current_time": true, "current_timestamp": true, "current_user": true,
	"localtime": true, "localtimestamp": true, "session_user": true, "user": true,
}

// sqlOps maps Python operators on column expressions to SQL.
var sqlOps = map[string]string{
	"==": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">=", "+": "+", "-": "-", "*": "*",
	"/": "/", "%": "%", "&": "AND", "|": "OR",
}

// render turns a SQLAlchemy expression into the SQL it compiles to on
// PostgreSQL, resolving column references against tb (which may be nil).
func (b *builder) render(e *expr, tb *tableBuild) (string, error) {
	return b.renderDepth(e, tb, 0)
}

func (b *builder) renderDepth(e *expr, tb *tableBuild, depth int) (string, error) {
	if e == nil || depth > 64 {
		return "", fmt.Errorf("expression too deep")
	}
	r := func(x *expr) (string, error) { return b.renderDepth(x, tb, depth+1) }
	switch e.kind {
	case kStr:
		return quoteLiteral(e.name), nil
	case kNum:
		return e.name, nil
	case kBool:
		return strings.ToLower(e.name), nil
	case kNone:
		return "NULL", nil
	case kName, kAttr:
		if v := b.p.constant(e); v != e && v != nil && (v.kind == kStr || v.kind == kNum) {
			return r(v)
		}
		if name, ok := b.columnName(e, tb); ok {
			return model.QuoteIdent(name), nil
		}
	case kCall:
		return b.renderCall(e, tb, depth)
	case kCompare, kBinOp:
		op, ok := sqlOps[e.name]
		if !ok {
			break
		}
		if (e.name == "==" || e.name == "!=") && e.args[1].kind == kNone {
			l, err := r(e.args[0])
			if e.name == "==" {
				return l + " IS NULL", err
			}
			return l + " IS NOT NULL", err
		}
		return b.join(tb, depth, " "+op+" ", e.args...)
	case kBoolOp:
		return b.join(tb, depth, " "+strings.ToUpper(e.name)+" ", e.args...)
	case kNot:
		s, err := r(e.x)
		return "NOT (" + s + ")", err
	case kUnary:
		if e.name == "~" {
			s, err := r(e.x)
			return "NOT (" + s + ")", err
		}
	}
	return "", fmt.Errorf("%s is not an expression the reader can render", e.text)
}

func (b *builder) join(tb *tableBuild, depth int, sep string, args ...*expr) (string, error) {
	parts := make([]string, len(args))
	for i, a := range args {
		s, err := b.renderDepth(a, tb, depth+1)
		if err != nil {
			return "", err
		}
		parts[i] = "(" + s + ")"
	}
	return strings.Join(parts, sep), nil
}

func (b *builder) renderCall(e *expr, tb *tableBuild, depth int) (string, error) {
	r := func(x *expr) (string, error) { return b.renderDepth(x, tb, depth+1) }
	f := e.x
	switch name := b.p.canon(f); {
	case name == "text" || name == "literal_column":
		if len(e.args) == 1 && b.p.constant(e.args[0]).kind == kStr {
			return b.p.constant(e.args[0]).name, nil
		}
	case name == "column" && len(e.args) == 1 && e.args[0].kind == kStr:
		return model.QuoteIdent(e.args[0].name), nil
	case name == "true" || name == "false" || name == "null":
		return strings.ToUpper(name), nil
	case name == "literal" && len(e.args) >= 1:
		return r(e.args[0])
	case name == "and_" || name == "or_":
		return b.join(tb, depth, " "+strings.ToUpper(strings.TrimSuffix(name, "_"))+" ", e.args...)
	case name == "not_" && len(e.args) == 1:
		s, err := r(e.args[0])
		return "NOT (" + s + ")", err
	case name == "cast" && len(e.args) == 2:
		s, err := r(e.args[0])
		if err != nil {
			return "", err
		}
		ct := b.p.typeOf(e.args[1], "cast")
		return "CAST(" + s + " AS " + ct.t.String() + ")", nil
	case f.kind == kAttr && isFunc(f):
		fn := f.name
		if noParen[strings.ToLower(fn)] && len(e.args) == 0 {
			return strings.ToUpper(fn), nil
		}
		s, err := b.join(tb, depth, ", ", e.args...)
		return fn + "(" + s + ")", err
	case f.kind == kAttr && f.name == "next_value" && len(e.args) == 0:
		// seq.next_value() on a Sequence("name") held in a variable.
		if seq := b.p.constant(f.x); seq != nil && seq.kind == kCall && b.p.canon(seq.x) == "Sequence" && len(seq.args) > 0 && seq.args[0].kind == kStr {
			name := seq.args[0].name
			if sc, ok := seq.kw("schema"); ok && sc.kind == kStr {
				name = sc.name + "." + name
			}
			return "nextval(" + quoteLiteral(name) + ")", nil
		}
	case f.kind == kAttr:
		return b.renderMethod(e, tb, depth)
	}
	return "", fmt.Errorf("%s is not an expression the reader can render", e.text)
}

// isFunc reports whether an attribute is func.name or sa.func.name.
func isFunc(f *expr) bool {
	return f.x != nil && f.x.last() == "func"
}

// renderMethod renders the column methods predicates use.
func (b *builder) renderMethod(e *expr, tb *tableBuild, depth int) (string, error) {
	recv, err := b.renderDepth(e.x.x, tb, depth+1)
	if err != nil {
		return "", err
	}
	arg := func() (string, error) {
		if len(e.args) != 1 {
			return "", fmt.Errorf("%s: expected one argument", e.text)
		}
		return b.renderDepth(e.args[0], tb, depth+1)
	}
	switch e.x.name {
	case "is_", "is_not", "isnot":
		a, err := arg()
		op := " IS "
		if e.x.name != "is_" {
			op = " IS NOT "
		}
		return recv + op + a, err
	case "in_", "not_in", "notin_":
		if len(e.args) != 1 || (e.args[0].kind != kList && e.args[0].kind != kTuple) {
			break
		}
		s, err := b.join(tb, depth, ", ", e.args[0].args...)
		op := " IN ("
		if e.x.name != "in_" {
			op = " NOT IN ("
		}
		return recv + op + s + ")", err
	case "like", "ilike", "notlike", "notilike", "not_like", "not_ilike":
		a, err := arg()
		op := strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(e.x.name, "not_", "not "), "notl", "not l"))
		op = strings.ReplaceAll(op, "NOTI", "NOT I")
		return recv + " " + op + " " + a, err
	case "between":
		if len(e.args) == 2 {
			l, err1 := b.renderDepth(e.args[0], tb, depth+1)
			h, err2 := b.renderDepth(e.args[1], tb, depth+1)
			if err1 == nil && err2 == nil {
				return recv + " BETWEEN " + l + " AND " + h, nil
			}
		}
	}
	return "", fmt.Errorf("%s is not an expression the reader can render", e.text)
}

// quoteLiteral renders a string as a SQL literal.
func quoteLiteral(s string) string { return model.QuoteLiteral(s) }

// columnName resolves a column reference: Model.attr, cls.attr,
// table.c.name, Model.__table__.c.name, or a bare name inside tb.
func (b *builder) columnName(e *expr, tb *tableBuild) (string, bool) {
	t, c, ok := b.columnRef(e, tb)
	_ = t
	if !ok {
		return "", false
	}
	return c.c.Name, true
}

// columnRef resolves a column reference to its table and column.
func (b *builder) columnRef(e *expr, tb *tableBuild) (*tableBuild, *col, bool) {
	switch e.kind {
	case kName:
		if tb != nil {
			if c, ok := tb.byAttr(e.name); ok {
				return tb, c, true
			}
		}
	case kAttr:
		owner := e.x
		if owner.kind == kAttr && (owner.name == "c" || owner.name == "columns") {
			t := b.tableOf(owner.x, tb)
			if t != nil {
				if c, ok := t.byAttr(e.name); ok {
					return t, c, true
				}
			}
			return nil, nil, false
		}
		t := b.tableOf(owner, tb)
		if t != nil {
			if c, ok := t.byAttr(e.name); ok {
				return t, c, true
			}
		}
	}
	return nil, nil, false
}

// tableOf resolves what names a table: a mapped class, cls inside the
// class, X.__table__, or a Table(...) variable.
func (b *builder) tableOf(e *expr, tb *tableBuild) *tableBuild {
	if e == nil {
		return nil
	}
	if e.kind == kAttr && e.name == "__table__" {
		e = e.x
	}
	if e.kind != kName {
		return nil
	}
	if e.name == "cls" && tb != nil {
		return tb
	}
	if t, ok := b.byVar[e.name]; ok {
		return t
	}
	if c, ok := b.p.byName[e.name]; ok && c.info != nil && c.info.tb != nil {
		return c.info.tb
	}
	return nil
}
