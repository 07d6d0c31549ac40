package sqlparse

import (
	"slices"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	"github.com/ariadrift/ariadrift/sqlparse/pgnames"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// qualifyNames qualifies, in the expressions of a table, index, domain,
// view, policy or trigger, the names the scripts reach through their
// search_path in a schema the reader would not see: the scripts' own
// functions, and the functions, operators and operator classes of the
// extensions they installed there (see normalize.Qualify; the table's own
// schema is dropped again when the expressions are normalized in its
// scope).
func (r *replayer) qualifyNames(n *pg_query.Node) {
	if len(r.s.Functions) == 0 && !r.extensionsOffPath() {
		return
	}
	switch n.Node.(type) {
	case *pg_query.Node_CreateStmt, *pg_query.Node_AlterTableStmt, *pg_query.Node_IndexStmt,
		*pg_query.Node_CreateDomainStmt, *pg_query.Node_AlterDomainStmt, *pg_query.Node_ViewStmt,
		*pg_query.Node_CreateTableAsStmt, *pg_query.Node_CreatePolicyStmt, *pg_query.Node_AlterPolicyStmt,
		*pg_query.Node_CreateTrigStmt:
	default:
		return
	}
	var cols map[string]string // built at the first operator
	normalize.Qualify(n, normalize.Resolver{
		Function: r.callSchema,
		Operator: func(name string, left, right *pg_query.Node) string {
			if cols == nil {
				cols = r.operandColumns(n)
			}
			return r.operatorSchema(name, r.operandType(left, cols), r.operandType(right, cols), left == nil)
		},
		Opclass: r.opclassSchema,
	})
}

// extensionsOffPath reports whether an extension went to a schema other
// than public, the only one the reader sees.
func (r *replayer) extensionsOffPath() bool {
	return slices.ContainsFunc(r.s.Extensions, func(e *model.Extension) bool { return e.Schema != "public" })
}

// lookupPath is the search_path as the server searches it for functions,
// operators and operator classes: pg_catalog first unless it is listed.
func (r *replayer) lookupPath() []string {
	if slices.Contains(r.searchPath, "pg_catalog") {
		return r.searchPath
	}
	return append([]string{"pg_catalog"}, r.searchPath...)
}

// spelled is the schema a resolved name is printed with by a reader whose
// search_path is public.
func spelled(schema string) string {
	if schema == "public" || schema == "pg_catalog" {
		return ""
	}
	return schema
}

// callSchema is the schema in which a call of an unqualified function
// finds one the scripts created or an extension's, when that schema must
// be spelled out; "" otherwise. A function the scripts created is taken
// for the one called even where a built-in of its name exists (argument
// types are not resolved); an extension's is taken only where none does.
func (r *replayer) callSchema(name string) string {
	for _, s := range r.searchPath {
		for _, f := range r.s.Functions {
			if f.Schema == s && f.Name == name && !f.Procedure {
				return spelled(s)
			}
		}
	}
	return r.extensionSchema(func(owner string) bool { return pgnames.Function(owner, name) })
}

// opclassSchema is the schema in which an index's unqualified operator
// class is found, when it must be spelled out.
func (r *replayer) opclassSchema(method, name string) string {
	return r.extensionSchema(func(owner string) bool { return pgnames.Opclass(owner, method, name) })
}

// extensionSchema walks the lookup path: a built-in that has returns ""
// at pg_catalog; otherwise the first schema with an installed extension
// that has.
func (r *replayer) extensionSchema(has func(owner string) bool) string {
	for _, s := range r.lookupPath() {
		if s == "pg_catalog" && has(pgnames.Catalog) {
			return ""
		}
		for _, e := range r.s.Extensions {
			if e.Schema == s && has(e.Name) {
				return spelled(s)
			}
		}
	}
	return ""
}

// operatorSchema is the schema of an extension's operator that the
// operands select, when it must be spelled out. Operand types are known
// only for columns, literals and casts ("" is an untyped literal, "?" an
// operand of unknown type, which fits any parameter); when a built-in
// operator of the name could take the operands, or no operand's type is
// known, the operator is left as it is.
func (r *replayer) operatorSchema(name, left, right string, prefix bool) string {
	known := func(t string) bool { return t != "" && t != "?" }
	if !known(right) && (prefix || !known(left)) {
		return ""
	}
	takes := func(owner string) bool {
		for _, op := range pgnames.Operators(owner, name) {
			if (op.Left == "") == prefix && (prefix || operandFits(left, op.Left)) && operandFits(right, op.Right) {
				return true
			}
		}
		return false
	}
	if takes(pgnames.Catalog) {
		return ""
	}
	return r.extensionSchema(takes)
}

// operandFits reports whether an operand of type have fits a parameter of
// type want: the same type, an untyped literal or an operand of unknown
// type, text-like types for text, an integer for the types it casts to
// implicitly, or a polymorphic parameter that takes it.
func operandFits(have, want string) bool {
	array := strings.HasSuffix(have, "[]")
	switch {
	case have == "" || have == "?" || have == want:
		return true
	case want == "any", want == "anyelement", want == "anycompatible":
		return true
	case want == "anyarray", want == "anycompatiblearray":
		return array
	case want == "anynonarray", want == "anycompatiblenonarray":
		return !array
	case want == "text":
		return have == "character varying" || have == "character" || have == "name"
	case have == "integer":
		return want == "bigint" || want == "numeric" || want == "real" || want == "double precision"
	}
	return false
}

// operandColumns maps the columns of the table a statement defines or
// changes to their types as format_type spells them without modifiers.
func (r *replayer) operandColumns(n *pg_query.Node) map[string]string {
	cols := map[string]string{}
	var rv *pg_query.RangeVar
	switch v := n.Node.(type) {
	case *pg_query.Node_CreateStmt:
		for _, e := range v.CreateStmt.TableElts {
			if cd := e.GetColumnDef(); cd != nil && cd.TypeName != nil {
				if t, _, err := r.typeName(cd.TypeName); err == nil {
					cols[cd.Colname] = operandTypeName(t)
				}
			}
		}
	case *pg_query.Node_AlterTableStmt:
		rv = v.AlterTableStmt.Relation
	case *pg_query.Node_IndexStmt:
		rv = v.IndexStmt.Relation
	}
	if rv != nil {
		if rel, _ := r.lookupRel(rv.Schemaname, rv.Relname); rel != nil && rel.table != nil {
			for _, c := range rel.table.Columns {
				cols[c.Name] = operandTypeName(c.Type)
			}
		}
	}
	return cols
}

// operandTypeName spells a model type as the names file does: unqualified,
// without modifiers.
func operandTypeName(t model.Type) string {
	name := t.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if t.Array {
		name += "[]"
	}
	return name
}

// operandType is the type of an operator's operand where the statement
// alone tells it: a column of cols, a literal or a cast; "?" otherwise.
func (r *replayer) operandType(n *pg_query.Node, cols map[string]string) string {
	switch v := n.GetNode().(type) {
	case *pg_query.Node_ColumnRef:
		if f := v.ColumnRef.Fields; len(f) > 0 && f[len(f)-1].GetString_() != nil {
			s := f[len(f)-1].GetString_()
			if t, ok := cols[s.Sval]; ok {
				return t
			}
		}
	case *pg_query.Node_AConst:
		switch {
		case v.AConst.GetIval() != nil:
			return "integer"
		case v.AConst.GetFval() != nil:
			return "numeric"
		case v.AConst.GetBoolval() != nil:
			return "boolean"
		}
		return ""
	case *pg_query.Node_TypeCast:
		if t, _, err := r.typeName(v.TypeCast.TypeName); err == nil {
			return operandTypeName(t)
		}
	}
	return "?"
}
