package sqlparse

import (
	"slices"

	"google.golang.org/protobuf/proto"

	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

func cloneIndexStmt(s *pg_query.IndexStmt) *pg_query.IndexStmt {
	return proto.Clone(s).(*pg_query.IndexStmt)
}

// indexColumns returns the columns an index uses: key columns, columns in
// key expressions, INCLUDE columns and the predicate's columns.
func indexColumns(s *pg_query.IndexStmt) []string {
	var out []string
	add := func(names ...string) {
		for _, n := range names {
			if !slices.Contains(out, n) {
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
			add(normalize.ColumnRefs(e.Expr)...)
		}
	}
	add(normalize.ColumnRefs(s.WhereClause)...)
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
			e.Expr, _ = normalize.RenameColumnRefs(e.Expr, old, new)
		}
	}
	if c.WhereClause != nil {
		c.WhereClause, _ = normalize.RenameColumnRefs(c.WhereClause, old, new)
	}
	return c
}
