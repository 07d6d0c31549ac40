package sqlparse

import (
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// tableAsColumns derives the columns of CREATE TABLE AS from its select
// list when every column's name and type are written out: an aliased
// constant, or a cast (aliased, or of a plain column reference, which names
// it). Anything else (a column of another table, a function call, SELECT *,
// UNION, VALUES) only the database can type: ok is false and the table is
// opaque. Such columns are always nullable and have no default.
func (r *replayer) tableAsColumns(c *stmtCtx, st *pg_query.CreateTableAsStmt) (cols []*model.Column, ok bool) {
	sel := st.Query.GetSelectStmt()
	if sel == nil || sel.Op != pg_query.SetOperation_SETOP_NONE || len(sel.ValuesLists) > 0 || len(sel.TargetList) == 0 {
		return nil, false
	}
	names := st.Into.ColNames
	if len(names) > len(sel.TargetList) {
		return nil, false
	}
	for i, n := range sel.TargetList {
		rt := n.GetResTarget()
		if rt == nil {
			return nil, false
		}
		name, typ, ok := r.targetColumn(rt)
		if !ok {
			return nil, false
		}
		if i < len(names) {
			name = ident(names[i].GetString_().GetSval())
		}
		for _, prev := range cols {
			if prev.Name == name {
				return nil, false // PostgreSQL rejects it; say nothing more here
			}
		}
		cols = append(cols, &model.Column{Name: name, Type: typ, Pos: c.pos(rt.Location)})
	}
	return cols, true
}

// targetColumn is the name and type of one select-list entry, when both
// are written out.
func (r *replayer) targetColumn(rt *pg_query.ResTarget) (string, model.Type, bool) {
	name := rt.Name
	if tc := rt.Val.GetTypeCast(); tc != nil {
		if name == "" {
			cr := tc.Arg.GetColumnRef()
			if cr == nil || len(cr.Fields) == 0 || cr.Fields[len(cr.Fields)-1].GetString_() == nil {
				return "", model.Type{}, false
			}
			name = cr.Fields[len(cr.Fields)-1].GetString_().GetSval()
		}
		typ, serial, err := r.typeName(tc.TypeName)
		if err != nil || serial {
			return "", model.Type{}, false
		}
		return name, typ, true
	}
	k := rt.Val.GetAConst()
	if k == nil || name == "" {
		return "", model.Type{}, false
	}
	typ, ok := constType(k)
	return name, typ, ok
}

// constType is the type PostgreSQL gives a bare constant in a select list
// that creates a table: an unknown-typed string or NULL becomes text.
func constType(k *pg_query.A_Const) (model.Type, bool) {
	switch v := k.Val.(type) {
	case nil:
		return model.Type{Name: "text"}, k.Isnull
	case *pg_query.A_Const_Ival:
		return model.Type{Name: "integer"}, true
	case *pg_query.A_Const_Fval:
		// The parser keeps integers too large for int4 as a float
		// string; PostgreSQL types them bigint when they fit.
		if !strings.ContainsAny(v.Fval.Fval, ".eE") {
			if _, err := strconv.ParseInt(v.Fval.Fval, 10, 64); err == nil {
				return model.Type{Name: "bigint"}, true
			}
		}
		return model.Type{Name: "numeric"}, true
	case *pg_query.A_Const_Sval:
		return model.Type{Name: "text"}, true
	case *pg_query.A_Const_Boolval:
		return model.Type{Name: "boolean"}, true
	}
	return model.Type{}, false
}

// markUnknownColumns tells the comparison which tables' columns the replay
// could not list.
func (r *replayer) markUnknownColumns() {
	for t, st := range r.tables {
		if st.opaque {
			t.Attrs = model.SetAttr(t.Attrs, model.UnknownColumns{})
		}
	}
}
