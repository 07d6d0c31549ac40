package normalize

import (
	"cmp"
	"slices"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

var nodeName = (&pg_query.Node{}).ProtoReflect().Descriptor().FullName()

// eachChild calls fn for every node directly below m, looking through
// fields whose messages are not nodes themselves, and puts back the node
// fn returns when it is another one. It reaches every node type through
// protobuf reflection, which is general but slow, so that node types no
// rule names are still walked.
func eachChild(m protoreflect.Message, fn func(*pg_query.Node) *pg_query.Node) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Kind() != protoreflect.MessageKind || fd.IsMap() {
			return true
		}
		isNode := fd.Message().FullName() == nodeName
		if fd.IsList() {
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				em := l.Get(i).Message()
				if !isNode {
					eachChild(em, fn)
					continue
				}
				old := em.Interface().(*pg_query.Node)
				if nn := fn(old); nn != old {
					l.Set(i, protoreflect.ValueOfMessage(nn.ProtoReflect()))
				}
			}
			return true
		}
		if !isNode {
			eachChild(v.Message(), fn)
			return true
		}
		old := v.Message().Interface().(*pg_query.Node)
		if nn := fn(old); nn != old {
			m.Set(fd, protoreflect.ValueOfMessage(nn.ProtoReflect()))
		}
		return true
	})
}

// walk calls fn for n and every node below it, parents first. The usual
// expression nodes are walked directly, the others through eachChild.
func walk(n *pg_query.Node, fn func(*pg_query.Node)) {
	if n == nil {
		return
	}
	fn(n)
	switch v := n.Node.(type) {
	case *pg_query.Node_AConst, *pg_query.Node_ColumnRef, *pg_query.Node_SqlvalueFunction:
	case *pg_query.Node_AExpr:
		walk(v.AExpr.Lexpr, fn)
		walk(v.AExpr.Rexpr, fn)
	case *pg_query.Node_BoolExpr:
		walkList(v.BoolExpr.Args, fn)
	case *pg_query.Node_FuncCall:
		if v.FuncCall.AggFilter != nil || v.FuncCall.Over != nil || len(v.FuncCall.AggOrder) > 0 {
			walkChildren(n, fn)
			return
		}
		walkList(v.FuncCall.Args, fn)
	case *pg_query.Node_TypeCast:
		walk(v.TypeCast.Arg, fn)
	case *pg_query.Node_NullTest:
		walk(v.NullTest.Arg, fn)
	case *pg_query.Node_List:
		walkList(v.List.Items, fn)
	case *pg_query.Node_AArrayExpr:
		walkList(v.AArrayExpr.Elements, fn)
	default:
		walkChildren(n, fn)
	}
}

func walkList(list []*pg_query.Node, fn func(*pg_query.Node)) {
	for _, x := range list {
		walk(x, fn)
	}
}

func walkChildren(n *pg_query.Node, fn func(*pg_query.Node)) {
	eachChild(n.ProtoReflect(), func(c *pg_query.Node) *pg_query.Node {
		walk(c, fn)
		return c
	})
}

// ColumnRefs returns the distinct column names an expression (or any
// other parse tree) references, in order of appearance, as PostgreSQL
// reads them: truncated to 63 bytes. A qualified reference counts by its
// last part; one of more than three parts names no column.
func ColumnRefs(n *pg_query.Node) []string {
	var out []string
	walk(n, func(x *pg_query.Node) {
		cr := x.GetColumnRef()
		if cr == nil || len(cr.Fields) == 0 || len(cr.Fields) > 3 {
			return
		}
		s := cr.Fields[len(cr.Fields)-1].GetString_()
		if s == nil {
			return
		}
		if name := model.TruncateIdent(s.Sval); !slices.Contains(out, name) {
			out = append(out, name)
		}
	})
	return out
}

// Resolver says the schema in which the server finds an unqualified name
// that must be spelled out to match what it prints; "" leaves the name as
// it is. A nil function leaves every such name.
type Resolver struct {
	Function func(name string) string
	// Operator gets the operands (left is nil for a prefix operator).
	Operator func(name string, left, right *pg_query.Node) string
	// Opclass gets the index's access method.
	Opclass func(method, name string) string
}

// Qualify qualifies, in place, the unqualified function calls, operators
// and index operator classes in n with the schemas res names for them. A
// script names them through its search_path; the server stores the objects
// themselves and prints a schema whenever one is not visible to the reader,
// so the scripts' names are qualified where they were resolved.
func Qualify(n *pg_query.Node, res Resolver) {
	walk(n, func(x *pg_query.Node) {
		switch v := x.Node.(type) {
		case *pg_query.Node_FuncCall:
			if name, ok := oneName(v.FuncCall.Funcname); ok && res.Function != nil {
				v.FuncCall.Funcname = qualified(res.Function(name), v.FuncCall.Funcname)
			}
		case *pg_query.Node_AExpr:
			e := v.AExpr
			if name, ok := oneName(e.Name); ok && e.Kind == pg_query.A_Expr_Kind_AEXPR_OP && res.Operator != nil {
				e.Name = qualified(res.Operator(name, e.Lexpr, e.Rexpr), e.Name)
			}
		case *pg_query.Node_IndexStmt:
			qualifyOpclasses(v.IndexStmt, res)
		}
	})
}

func qualifyOpclasses(st *pg_query.IndexStmt, res Resolver) {
	if res.Opclass == nil {
		return
	}
	method := cmp.Or(st.AccessMethod, "btree")
	for _, p := range st.IndexParams {
		if e := p.GetIndexElem(); e != nil {
			if name, ok := oneName(e.Opclass); ok {
				e.Opclass = qualified(res.Opclass(method, name), e.Opclass)
			}
		}
	}
}

// oneName returns the name of an unqualified name list.
func oneName(names []*pg_query.Node) (string, bool) {
	if len(names) != 1 || names[0].GetString_() == nil {
		return "", false
	}
	return names[0].GetString_().GetSval(), true
}

// qualified puts schema before an unqualified name list; "" keeps it.
func qualified(schema string, names []*pg_query.Node) []*pg_query.Node {
	if schema == "" {
		return names
	}
	return []*pg_query.Node{pg_query.MakeStrNode(schema), names[0]}
}

// RenameColumnRefs returns a copy of n with its references to column old
// renamed to new, and whether it referenced old at all; n is not modified.
func RenameColumnRefs(n *pg_query.Node, old, new string) (*pg_query.Node, bool) {
	if n == nil || !slices.Contains(ColumnRefs(n), old) {
		return n, false
	}
	c := proto.Clone(n).(*pg_query.Node)
	walk(c, func(x *pg_query.Node) {
		cr := x.GetColumnRef()
		if cr == nil || len(cr.Fields) == 0 {
			return
		}
		if s := cr.Fields[len(cr.Fields)-1].GetString_(); s != nil && model.TruncateIdent(s.Sval) == old {
			cr.Fields[len(cr.Fields)-1] = pg_query.MakeStrNode(new)
		}
	})
	return c, true
}

// RenameEnumLabel returns a copy of n in which the string literal old,
// compared with or listed against a column that enumCol reports to be of
// the renamed enum type, reads new: PostgreSQL stores such a constant by
// the label's oid, so it follows ALTER TYPE ... RENAME VALUE.
func RenameEnumLabel(n *pg_query.Node, enumCol func(string) bool, old, new string) (*pg_query.Node, bool) {
	if n == nil {
		return n, false
	}
	c := proto.Clone(n).(*pg_query.Node)
	changed := false
	rename := func(x *pg_query.Node) {
		if s := x.GetAConst().GetSval(); s != nil && s.Sval == old {
			s.Sval = new
			changed = true
		}
	}
	walk(c, func(x *pg_query.Node) {
		e := x.GetAExpr()
		if e == nil {
			return
		}
		for _, pair := range [][2]*pg_query.Node{{e.Lexpr, e.Rexpr}, {e.Rexpr, e.Lexpr}} {
			col, other := pair[0], pair[1]
			if cr := col.GetColumnRef(); cr == nil || !enumCol(columnName(cr)) {
				continue
			}
			rename(other)
			for _, item := range other.GetList().GetItems() {
				rename(item)
			}
		}
	})
	return c, changed
}

// columnName is the last field of a column reference.
func columnName(cr *pg_query.ColumnRef) string {
	if len(cr.Fields) == 0 {
		return ""
	}
	return model.TruncateIdent(cr.Fields[len(cr.Fields)-1].GetString_().GetSval())
}
