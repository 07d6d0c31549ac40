package normalize

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Exclusion converts a parsed EXCLUDE constraint into the model's, its
// keys normalized as an index's are, so that it compares equal with the
// catalog's index behind it. Name and deferrability are left to the caller.
func Exclusion(con *pg_query.Constraint) (*model.Exclusion, error) {
	if con == nil || con.Contype != pg_query.ConstrType_CONSTR_EXCLUSION {
		return nil, errors.New("not an EXCLUDE constraint")
	}
	x := &model.Exclusion{Index: model.Index{Method: strings.ToLower(con.AccessMethod)}}
	if x.Index.Method == "" {
		x.Index.Method = "btree"
	}
	if len(con.Exclusions) == 0 {
		return nil, errors.New("EXCLUDE: no elements")
	}
	for _, el := range con.Exclusions {
		items := el.GetList().GetItems()
		if len(items) != 2 {
			return nil, errors.New("EXCLUDE: malformed element")
		}
		k, err := indexElem(items[0].GetIndexElem(), x.Index.Method)
		if err != nil {
			return nil, fmt.Errorf("EXCLUDE: %w", err)
		}
		x.Index.Keys = append(x.Index.Keys, k)
		x.Operators = append(x.Operators, OperatorName(items[1].GetList().GetItems()))
	}
	for _, n := range con.Including {
		x.Index.Include = append(x.Index.Include, model.TruncateIdent(n.GetString_().GetSval()))
	}
	if con.WhereClause != nil {
		w, err := ExprNode(con.WhereClause)
		if err != nil {
			return nil, fmt.Errorf("EXCLUDE: WHERE: %w", err)
		}
		x.Index.Where = w
	}
	return x, nil
}

// OperatorName joins an operator's qualified name, dropping a pg_catalog or
// public qualifier: both schemas are on every search_path ariadrift reads
// with, and the catalog side spells the operator the same way (see
// ExclusionOperator).
func OperatorName(parts []*pg_query.Node) string {
	s := make([]string, 0, len(parts))
	for _, p := range parts {
		s = append(s, p.GetString_().GetSval())
	}
	if len(s) == 2 {
		return ExclusionOperator(s[0], s[1])
	}
	return strings.Join(s, ".")
}

// ExclusionOperator is the model's spelling of operator name in schema nsp.
func ExclusionOperator(nsp, name string) string {
	if nsp == "" || nsp == "pg_catalog" || nsp == "public" {
		return name
	}
	return nsp + "." + name
}
