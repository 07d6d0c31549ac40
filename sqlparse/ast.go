package sqlparse

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

var nodeName = (&pg_query.Node{}).ProtoReflect().Descriptor().FullName()

// walk calls fn for n and every node below it, parents first. The usual
// expression nodes are walked directly; others through protobuf
// reflection, which is general but slow.
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
			walkMessage(n.ProtoReflect(), fn)
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
		walkMessage(n.ProtoReflect(), fn)
	}
}

func walkList(list []*pg_query.Node, fn func(*pg_query.Node)) {
	for _, x := range list {
		walk(x, fn)
	}
}

func walkMessage(m protoreflect.Message, fn func(*pg_query.Node)) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Kind() != protoreflect.MessageKind || fd.IsMap() {
			return true
		}
		isNode := fd.Message().FullName() == nodeName
		visit := func(em protoreflect.Message) {
			if isNode {
				walk(em.Interface().(*pg_query.Node), fn)
			} else {
				walkMessage(em, fn)
			}
		}
		if fd.IsList() {
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				visit(l.Get(i).Message())
			}
		} else {
			visit(v.Message())
		}
		return true
	})
}

// columnRefs returns the distinct column names an expression references,
// in order of appearance. A qualified reference counts by its last part.
func columnRefs(n *pg_query.Node) []string {
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
		name := ident(s.Sval)
		if !contains(out, name) {
			out = append(out, name)
		}
	})
	return out
}

// renameColumnRefs returns a copy of n with references to column old
// renamed to new, and whether anything changed.
func renameColumnRefs(n *pg_query.Node, old, new string) (*pg_query.Node, bool) {
	if n == nil || !contains(columnRefs(n), old) {
		return n, false
	}
	c := proto.Clone(n).(*pg_query.Node)
	walk(c, func(x *pg_query.Node) {
		cr := x.GetColumnRef()
		if cr == nil || len(cr.Fields) == 0 {
			return
		}
		if s := cr.Fields[len(cr.Fields)-1].GetString_(); s != nil && ident(s.Sval) == old {
			cr.Fields[len(cr.Fields)-1] = pg_query.MakeStrNode(new)
		}
	})
	return c, true
}

func cloneIndexStmt(s *pg_query.IndexStmt) *pg_query.IndexStmt {
	return proto.Clone(s).(*pg_query.IndexStmt)
}

// indexColumns returns the columns an index uses: key columns, columns in
// key expressions, INCLUDE columns and the predicate's columns.
func indexColumns(s *pg_query.IndexStmt) []string {
	var out []string
	add := func(names ...string) {
		for _, n := range names {
			if !contains(out, n) {
				out = append(out, n)
			}
		}
	}
	for _, p := range append(append([]*pg_query.Node(nil), s.IndexParams...), s.IndexIncludingParams...) {
		e := p.GetIndexElem()
		if e == nil {
			continue
		}
		if e.Name != "" {
			add(ident(e.Name))
		} else {
			add(columnRefs(e.Expr)...)
		}
	}
	add(columnRefs(s.WhereClause)...)
	return out
}

// renameIndexColumn returns a copy of s with column old renamed to new.
func renameIndexColumn(s *pg_query.IndexStmt, old, new string) *pg_query.IndexStmt {
	c := cloneIndexStmt(s)
	for _, p := range append(append([]*pg_query.Node(nil), c.IndexParams...), c.IndexIncludingParams...) {
		e := p.GetIndexElem()
		if e == nil {
			continue
		}
		if ident(e.Name) == old {
			e.Name = new
		}
		if e.Expr != nil {
			e.Expr, _ = renameColumnRefs(e.Expr, old, new)
		}
	}
	if c.WhereClause != nil {
		c.WhereClause, _ = renameColumnRefs(c.WhereClause, old, new)
	}
	return c
}
