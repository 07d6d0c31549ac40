package sqlparse

import (
	"slices"
	"strconv"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// The functions in this file reproduce how PostgreSQL names what the
// script leaves unnamed (makeObjectName, ChooseRelationName,
// ChooseConstraintName, ChooseIndexColumnNames in PostgreSQL's sources), so
// that generated names agree with the live database byte for byte.

// chooseName tries label, label1, label2... until taken reports the name
// free, as ChooseRelationName and ChooseConstraintName do.
func chooseName(name1, name2 string, hasName2 bool, label string, taken func(string) bool) string {
	modlabel := label
	for pass := 1; ; pass++ {
		name := model.ObjectName(name1, name2, hasName2, modlabel)
		if !taken(name) {
			return name
		}
		modlabel = label + strconv.Itoa(pass)
	}
}

// indexColumnNames returns the column names PostgreSQL uses to name an
// index: the column, or a name figured from the expression, made unique
// within the index by appending digits.
func indexColumnNames(elems []*pg_query.Node) []string {
	var out []string
	for _, n := range elems {
		e := n.GetIndexElem()
		if e == nil {
			continue
		}
		var orig string
		switch {
		case e.Indexcolname != "":
			orig = e.Indexcolname
		case e.Name != "":
			orig = ident(e.Name)
		default:
			orig = figureIndexColname(e.Expr)
		}
		cur := orig
		for i := 1; slices.Contains(out, cur); i++ {
			suffix := strconv.Itoa(i)
			cur = orig[:model.ClipIdent(orig, model.MaxIdentLen-len(suffix))] + suffix
		}
		out = append(out, cur)
	}
	return out
}

// figureIndexColname names an index expression as FigureIndexColname does:
// a function's name, a column's name, or "expr".
func figureIndexColname(n *pg_query.Node) string {
	if name, _ := figureColname(n); name != "" {
		return name
	}
	return "expr"
}

// figureColname follows FigureColnameInternal; the strength says how sure
// the guess is (2: a real name, 1: a fallback like "case").
func figureColname(n *pg_query.Node) (string, int) {
	if n == nil {
		return "", 0
	}
	switch v := n.Node.(type) {
	case *pg_query.Node_ColumnRef:
		f := v.ColumnRef.Fields
		if len(f) > 0 {
			if s := f[len(f)-1].GetString_(); s != nil {
				return s.Sval, 2
			}
		}
	case *pg_query.Node_AIndirection:
		ind := v.AIndirection.Indirection
		for i := len(ind) - 1; i >= 0; i-- {
			if s := ind[i].GetString_(); s != nil {
				return s.Sval, 2
			}
		}
		return figureColname(v.AIndirection.Arg)
	case *pg_query.Node_FuncCall:
		f := v.FuncCall.Funcname
		if len(f) > 0 {
			return f[len(f)-1].GetString_().GetSval(), 2
		}
	case *pg_query.Node_AExpr:
		if v.AExpr.Kind == pg_query.A_Expr_Kind_AEXPR_NULLIF {
			return "nullif", 2
		}
	case *pg_query.Node_TypeCast:
		name, strength := figureColname(v.TypeCast.Arg)
		if strength <= 1 && v.TypeCast.TypeName != nil {
			names := v.TypeCast.TypeName.Names
			if len(names) > 0 {
				return names[len(names)-1].GetString_().GetSval(), 1
			}
		}
		return name, strength
	case *pg_query.Node_CollateClause:
		return figureColname(v.CollateClause.Arg)
	case *pg_query.Node_GroupingFunc:
		return "grouping", 2
	case *pg_query.Node_CaseExpr:
		name, strength := figureColname(v.CaseExpr.Defresult)
		if strength <= 1 {
			return "case", 1
		}
		return name, strength
	case *pg_query.Node_AArrayExpr:
		return "array", 1
	case *pg_query.Node_RowExpr:
		return "row", 1
	case *pg_query.Node_CoalesceExpr:
		return "coalesce", 2
	case *pg_query.Node_MinMaxExpr:
		if v.MinMaxExpr.Op == pg_query.MinMaxOp_IS_GREATEST {
			return "greatest", 2
		}
		return "least", 2
	case *pg_query.Node_SqlvalueFunction:
		return sqlValueFunctionName(v.SqlvalueFunction.Op), 2
	case *pg_query.Node_XmlExpr:
		return "xml", 1
	}
	return "", 0
}

func sqlValueFunctionName(op pg_query.SQLValueFunctionOp) string {
	switch op {
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_DATE:
		return "current_date"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIME, pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIME_N:
		return "current_time"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP, pg_query.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP_N:
		return "current_timestamp"
	case pg_query.SQLValueFunctionOp_SVFOP_LOCALTIME, pg_query.SQLValueFunctionOp_SVFOP_LOCALTIME_N:
		return "localtime"
	case pg_query.SQLValueFunctionOp_SVFOP_LOCALTIMESTAMP, pg_query.SQLValueFunctionOp_SVFOP_LOCALTIMESTAMP_N:
		return "localtimestamp"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_ROLE:
		return "current_role"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_USER:
		return "current_user"
	case pg_query.SQLValueFunctionOp_SVFOP_USER:
		return "user"
	case pg_query.SQLValueFunctionOp_SVFOP_SESSION_USER:
		return "session_user"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_CATALOG:
		return "current_catalog"
	case pg_query.SQLValueFunctionOp_SVFOP_CURRENT_SCHEMA:
		return "current_schema"
	}
	return ""
}
