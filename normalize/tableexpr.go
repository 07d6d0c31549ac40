package normalize

import (
	"errors"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Columns tells which columns a table has, so that the bare column
// references of a subquery can be resolved as PostgreSQL resolves them.
// schema is "" for an unqualified name; ok is false for a relation the
// caller does not know (a view, a function in FROM).
type Columns func(schema, table string) (cols []string, ok bool)

// TableExpr is Expr for an expression over the columns of one table, such
// as a policy's USING or WITH CHECK, which may hold subqueries. The catalog
// stores such an expression with every column resolved and deparses it
// with each column of a subquery qualified (documents.tenant_id,
// organization_memberships.user_id) and each unnamed output column named
// (SELECT f() AS f); a script writes neither. So the bare references of a
// subquery are qualified as the server resolves them (cols, when not nil,
// says which tables have which columns), the names the server would have
// given anyway are dropped, and a reference qualified by the table's own
// name, or by its schema and name, is read as the bare column.
func TableExpr(expr, schema, table string, cols Columns) (string, error) {
	n, err := parseExpr(expr)
	if err != nil {
		return "", err
	}
	return tableExprText(n, schema, table, cols)
}

// TableExprNode is TableExpr for an already parsed expression node. The
// node is not modified.
func TableExprNode(n *pg_query.Node, schema, table string, cols Columns) (string, error) {
	if n == nil {
		return "", errors.New("normalize: no expression")
	}
	return tableExprText(clone(n), schema, table, cols)
}

func tableExprText(n *pg_query.Node, schema, table string, cols Columns) (string, error) {
	(&scoper{cols: cols}).visit(n)
	return exprText(rewrite(unqualify(n, schema, table)))
}

// fromItem is one relation a subquery's FROM clause names: the qualifier
// PostgreSQL prints for its columns (its alias, else its name) and the
// columns, when known.
type fromItem struct {
	qual  string
	cols  []string
	known bool
}

// scoper qualifies the bare column references of subqueries, in place.
type scoper struct {
	cols   Columns
	scopes [][]fromItem // the FROM items of the enclosing subqueries, outermost first
}

func (s *scoper) visit(n *pg_query.Node) *pg_query.Node {
	if n == nil {
		return n
	}
	switch v := n.Node.(type) {
	case *pg_query.Node_SelectStmt:
		s.selectStmt(v.SelectStmt)
		return n
	case *pg_query.Node_ColumnRef:
		s.qualify(v.ColumnRef)
		return n
	}
	eachChild(n.ProtoReflect(), s.visit)
	return n
}

func (s *scoper) selectStmt(sel *pg_query.SelectStmt) {
	if sel.Op != pg_query.SetOperation_SETOP_NONE {
		if sel.Larg != nil {
			s.selectStmt(sel.Larg)
		}
		if sel.Rarg != nil {
			s.selectStmt(sel.Rarg)
		}
		return
	}
	var items []fromItem
	for _, f := range sel.FromClause {
		items = s.fromItems(items, f)
	}
	s.scopes = append(s.scopes, items)
	defer func() { s.scopes = s.scopes[:len(s.scopes)-1] }()
	eachChild(sel.ProtoReflect(), s.visit)
	for _, t := range sel.TargetList {
		if rt := t.GetResTarget(); rt != nil && rt.Name != "" && rt.Name == implicitName(rt.Val) {
			rt.Name = ""
		}
	}
}

// fromItems appends the relations of one FROM entry.
func (s *scoper) fromItems(items []fromItem, n *pg_query.Node) []fromItem {
	switch v := n.Node.(type) {
	case *pg_query.Node_RangeVar:
		rv := v.RangeVar
		it := fromItem{qual: model.TruncateIdent(rv.Relname)}
		if rv.Alias != nil && rv.Alias.Aliasname != "" {
			it.qual = model.TruncateIdent(rv.Alias.Aliasname)
		}
		if s.cols != nil && (rv.Alias == nil || len(rv.Alias.Colnames) == 0) {
			it.cols, it.known = s.cols(model.TruncateIdent(rv.Schemaname), model.TruncateIdent(rv.Relname))
		}
		return append(items, it)
	case *pg_query.Node_JoinExpr:
		items = s.fromItems(items, v.JoinExpr.Larg)
		return s.fromItems(items, v.JoinExpr.Rarg)
	}
	// A subquery or function in FROM: its columns are not known here.
	return append(items, fromItem{})
}

// qualify prefixes a bare column reference with the FROM item of the
// innermost subquery that has the column. A reference none of them is
// known to have is left alone: it is the outer table's, or unknowable.
func (s *scoper) qualify(cr *pg_query.ColumnRef) {
	if len(cr.Fields) != 1 || cr.Fields[0].GetString_() == nil {
		return
	}
	name := model.TruncateIdent(cr.Fields[0].GetString_().Sval)
	for i := len(s.scopes) - 1; i >= 0; i-- {
		found := ""
		for _, it := range s.scopes[i] {
			if !it.known {
				return // an unknown relation may have the column
			}
			for _, c := range it.cols {
				if c == name {
					if found != "" {
						return // ambiguous: PostgreSQL would have refused it
					}
					found = it.qual
				}
			}
		}
		if found != "" {
			cr.Fields = []*pg_query.Node{pg_query.MakeStrNode(found), cr.Fields[0]}
			return
		}
	}
}

// implicitName is the output column name PostgreSQL gives an unnamed
// target (FigureColname): a column's or function's own name, through casts.
func implicitName(n *pg_query.Node) string {
	switch v := n.GetNode().(type) {
	case *pg_query.Node_ColumnRef:
		if f := v.ColumnRef.Fields; len(f) > 0 && f[len(f)-1].GetString_() != nil {
			return model.TruncateIdent(f[len(f)-1].GetString_().Sval)
		}
	case *pg_query.Node_FuncCall:
		if f := v.FuncCall.Funcname; len(f) > 0 {
			return model.TruncateIdent(f[len(f)-1].GetString_().GetSval())
		}
	case *pg_query.Node_TypeCast:
		if name := implicitName(v.TypeCast.Arg); name != "" {
			return name
		}
		if tn := v.TypeCast.TypeName; tn != nil && len(tn.Names) > 0 {
			return model.TruncateIdent(tn.Names[len(tn.Names)-1].GetString_().GetSval())
		}
	}
	return ""
}

// unqualify drops the table's name from the column references of n, in place.
func unqualify(n *pg_query.Node, schema, table string) *pg_query.Node {
	walk(n, func(x *pg_query.Node) {
		cr := x.GetColumnRef()
		if cr == nil || len(cr.Fields) < 2 || len(cr.Fields) > 3 {
			return
		}
		name := func(i int) string { return model.TruncateIdent(cr.Fields[i].GetString_().GetSval()) }
		last := len(cr.Fields) - 1
		if cr.Fields[last].GetString_() == nil || name(last-1) != table {
			return
		}
		if len(cr.Fields) == 3 && name(0) != schema {
			return
		}
		cr.Fields = cr.Fields[last:]
	})
	return n
}
