package normalize

import (
	"strings"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Scope is what the stored form of an expression depends on beyond its own
// text: the table it belongs to. PostgreSQL resolves an expression against
// the table's columns when it stores it, and its deparser then prints what
// it resolved:
//
//   - the implicit casts it inserted on column references
//     (id < buzz on an integer and a double precision column is stored as
//     (id)::double precision < buzz);
//   - literals as values of the column's type (ts > '2024-01-01' reads back
//     as ts > '2024-01-01 00:00:00+00', id = '5' as id = 5);
//   - functions, types, collations and operators qualified with their
//     schema when it is not on the reading session's search_path, which a
//     table's own schema usually is not, while the script that created the
//     table ran with it on its search_path (CHECK (is_valid(x)) under SET
//     search_path = app reads back as app.is_valid(x)).
//
// Scoped normalization brings both spellings to one form: an implicit cast
// on a column reference is dropped (an explicit cast that is not implicit,
// such as bigint to integer, is kept), a literal compared with a column is
// printed as a value of the column's type, and a name qualified with the
// table's own schema is printed bare.
type Scope struct {
	// Schema is the schema of the table or domain.
	Schema string
	// Columns maps the names an expression may reference to their types,
	// domains resolved to their base types.
	Columns map[string]model.Type
}

// TableScope returns the scope of table t of schema s: its schema and its
// columns' types, with domains of s resolved to their base types.
func TableScope(s *model.Schema, t *model.Table) Scope {
	sc := Scope{Schema: t.Schema, Columns: make(map[string]model.Type, len(t.Columns))}
	for _, c := range t.Columns {
		sc.Columns[c.Name] = baseType(s, c.Type)
	}
	return sc
}

// baseType resolves a domain type to the type it is over; other types are
// returned as they are. A domain may be over another domain.
func baseType(s *model.Schema, t model.Type) model.Type {
	for range 8 { // domains over domains are rare; a cycle is impossible but cheap to bound
		schema, name, ok := strings.Cut(t.Name, ".")
		if !ok || t.Array {
			return t
		}
		d, found := s.Domain(schema, name)
		if !found {
			return t
		}
		t = d.Type
	}
	return t
}

// ExprIn normalizes an expression as it belongs to scope sc. The text may
// already be canonical (the output of Expr); ExprIn(ExprIn(x)) ==
// ExprIn(x).
func ExprIn(expr string, sc Scope) (string, error) {
	n, err := parseExpr(expr)
	if err != nil {
		return "", err
	}
	return exprText(sc.apply(rewrite(n), true))
}

// apply rewrites n in place, children first, and returns the node that
// replaces it. root is set for the top of a stored expression, where a cast
// on a column is what the user wrote: the server inserts implicit casts
// only on the operands of an operator or function.
func (sc Scope) apply(n *pg_query.Node, root bool) *pg_query.Node {
	if n == nil {
		return nil
	}
	eachChild(n.ProtoReflect(), func(c *pg_query.Node) *pg_query.Node { return sc.apply(c, false) })
	switch v := n.Node.(type) {
	case *pg_query.Node_TypeCast:
		c := v.TypeCast
		if c.TypeName != nil {
			c.TypeName.Names = sc.unqualify(c.TypeName.Names)
		}
		if from, ok := sc.columnType(c.Arg); ok && !root && implicitCast(from, c.TypeName) {
			return c.Arg
		}
	case *pg_query.Node_FuncCall:
		if v.FuncCall.Funcformat == pg_query.CoercionForm_COERCE_EXPLICIT_CALL {
			v.FuncCall.Funcname = sc.unqualify(v.FuncCall.Funcname)
		}
	case *pg_query.Node_CollateClause:
		v.CollateClause.Collname = sc.unqualify(v.CollateClause.Collname)
	case *pg_query.Node_AExpr:
		e := v.AExpr
		e.Name = sc.unqualify(e.Name)
		switch e.Kind {
		case pg_query.A_Expr_Kind_AEXPR_OP, pg_query.A_Expr_Kind_AEXPR_OP_ANY, pg_query.A_Expr_Kind_AEXPR_OP_ALL:
			e.Lexpr, e.Rexpr = sc.typedLiteral(e.Lexpr, e.Rexpr), sc.typedLiteral(e.Rexpr, e.Lexpr)
		}
	}
	return n
}

// unqualify drops the table's own schema, and public, from a dotted name.
func (sc Scope) unqualify(parts []*pg_query.Node) []*pg_query.Node {
	if len(parts) != 2 {
		return parts
	}
	// The catalog is read with search_path = public, so it prints the names
	// of public bare however the script spelled them.
	if q := parts[0].GetString_().GetSval(); q == "public" || sc.Schema != "" && q == sc.Schema {
		return parts[1:]
	}
	return parts
}

// columnType returns the type of the column n references, when n is a
// reference to a column of the scope.
func (sc Scope) columnType(n *pg_query.Node) (model.Type, bool) {
	cr := n.GetColumnRef()
	if cr == nil || len(cr.Fields) == 0 || len(cr.Fields) > 3 {
		return model.Type{}, false
	}
	s := cr.Fields[len(cr.Fields)-1].GetString_()
	if s == nil {
		return model.Type{}, false
	}
	t, ok := sc.Columns[model.TruncateIdent(s.Sval)]
	return t, ok
}

// typedLiteral converts lit, an operand of an operator whose other operand
// is other, to the spelling of a value of other's column type: the server
// resolves an untyped literal to the type of what it is compared with.
// ARRAY[...] of literals (the stored form of IN) is converted element by
// element.
func (sc Scope) typedLiteral(lit, other *pg_query.Node) *pg_query.Node {
	t, ok := sc.columnType(other)
	if !ok || t.Array || lit == nil {
		return lit
	}
	k := typeKind(t.Name)
	if k == kindOther {
		return lit
	}
	if a := lit.GetAArrayExpr(); a != nil {
		for i, el := range a.Elements {
			if c := el.GetAConst(); c != nil {
				if conv := convertConst(c, k); conv != nil {
					a.Elements[i] = conv
				}
			}
		}
		return lit
	}
	if c := lit.GetAConst(); c != nil {
		if conv := convertConst(c, k); conv != nil {
			return conv
		}
	}
	return lit
}

// implicitCasts lists, for each built-in type, the types PostgreSQL 15
// casts it to implicitly (pg_cast.castcontext = 'i'), by format_type name.
// Text types are handled by family (see implicitCast).
var implicitCasts = map[string]map[string]bool{
	"smallint":                    set("integer bigint real numeric"),
	"integer":                     set("bigint real numeric"),
	"bigint":                      set("real numeric"),
	"numeric":                     set("real"),
	"date":                        {"timestamp without time zone": true, "timestamp with time zone": true},
	"timestamp without time zone": {"timestamp with time zone": true},
	"time without time zone":      {"time with time zone": true, "interval": true},
	"cidr":                        set("inet"),
	"bit":                         {"bit varying": true},
	"bit varying":                 set("bit"),
	"macaddr":                     set("macaddr8"),
	"macaddr8":                    set("macaddr"),
}

// doublePrecisionFrom are the types cast implicitly to double precision;
// the name has a space, so it cannot sit in a set() word list.
var doublePrecisionFrom = set("smallint integer bigint real numeric")

// implicitCast reports whether PostgreSQL casts a value of type from to
// the type tn names implicitly: the same type (a length coercion or a
// domain read as its base type), a cast in pg_cast's implicit context, or
// one text type to another.
func implicitCast(from model.Type, tn *pg_query.TypeName) bool {
	to := builtinName(tn)
	if to == "" || from.Array || len(tn.ArrayBounds) > 0 {
		return false
	}
	if from.Name == to {
		return true
	}
	if to == "double precision" {
		return doublePrecisionFrom[from.Name]
	}
	if from.Family() == model.FamilyText && (model.Type{Name: to}).Family() == model.FamilyText {
		return true
	}
	return implicitCasts[from.Name][to]
}
