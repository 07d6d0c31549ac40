package normalize

import (
	"errors"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/ariadrift/ariadrift/model"
)

// TableExpr is Expr for an expression over the columns of one table, such
// as a policy's USING or WITH CHECK. Inside a subquery pg_get_expr
// qualifies the table's own columns with its name (documents.tenant_id),
// where a script leaves them bare; a reference qualified by the table's
// name, or by its schema and name, is therefore read as the bare column.
func TableExpr(expr, schema, table string) (string, error) {
	n, err := parseExpr(expr)
	if err != nil {
		return "", err
	}
	return exprText(rewrite(unqualify(n, schema, table)))
}

// TableExprNode is TableExpr for an already parsed expression node. The
// node is not modified.
func TableExprNode(n *pg_query.Node, schema, table string) (string, error) {
	if n == nil {
		return "", errors.New("normalize: no expression")
	}
	return exprText(rewrite(unqualify(clone(n), schema, table)))
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
