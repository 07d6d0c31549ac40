package sqlparse

import (
	"slices"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// createView registers the name of a view being created and returns the
// view to describe: a new one, or the one CREATE OR REPLACE replaces; nil
// when IF NOT EXISTS skips the statement.
func (r *replayer) createView(c *stmtCtx, rv *pg_query.RangeVar, materialized, replace, ifNotExists bool) (*model.View, error) {
	if rv == nil {
		return nil, c.errorf(-1, "missing view name")
	}
	q, err := r.newRelationName(c, rv)
	if err != nil {
		return nil, err
	}
	if rel := r.rels[q]; rel != nil {
		if replace && rel.kind == relView && !rel.view.Materialized {
			return rel.view, nil
		}
		if ifNotExists {
			return nil, nil
		}
		return nil, c.errorf(rv.Location, "relation %q already exists", q.Name)
	}
	v := &model.View{Schema: q.Schema, Name: q.Name, Materialized: materialized, Pos: c.stmtPos()}
	r.rels[q] = &relation{kind: relView, view: v}
	if q.Schema != "pg_temp" {
		r.s.Views = append(r.s.Views, v)
		r.s.AddNamespace(q.Schema)
	}
	return v, nil
}

// createTableAs replays CREATE TABLE AS and CREATE MATERIALIZED VIEW.
func (r *replayer) createTableAs(c *stmtCtx, st *pg_query.CreateTableAsStmt) error {
	if st.Into == nil {
		return nil
	}
	if st.Objtype == pg_query.ObjectType_OBJECT_MATVIEW {
		v, err := r.createView(c, st.Into.Rel, true, false, st.IfNotExists)
		if v == nil || err != nil {
			return err
		}
		return r.defineView(c, v, st.Query, st.Into.ColNames)
	}
	cols, _ := r.tableAsColumns(c, st)
	return r.createTableOf(c, st.Into.Rel, st.IfNotExists, cols)
}

// createOpaqueTable registers a table whose columns come from a query,
// which only the database can type.
func (r *replayer) createOpaqueTable(c *stmtCtx, rv *pg_query.RangeVar, ifNotExists bool) error {
	return r.createTableOf(c, rv, ifNotExists, nil)
}

// createTableOf registers a table created from a query with the columns
// cols, or an opaque one when they are not known (nil).
func (r *replayer) createTableOf(c *stmtCtx, rv *pg_query.RangeVar, ifNotExists bool, cols []*model.Column) error {
	if rv == nil {
		return c.errorf(-1, "missing table name")
	}
	q, err := r.newRelationName(c, rv)
	if err != nil {
		return err
	}
	if r.rels[q] != nil {
		if ifNotExists {
			return nil
		}
		return c.errorf(rv.Location, "relation %q already exists", q.Name)
	}
	t := &model.Table{Schema: q.Schema, Name: q.Name, Columns: cols, Pos: c.stmtPos()}
	state := newTableState()
	state.opaque = cols == nil
	state.hidden = q.Schema == "pg_temp"
	r.addTable(t, state)
	if state.opaque {
		r.warn(c.stmtPos(), "columns of %s come from a query and are not known", displayName(q))
	}
	return nil
}

// newTypeName resolves the name of a type being created.
func (r *replayer) newTypeName(c *stmtCtx, schema, name string, loc int32) (model.QName, error) {
	s, err := r.creationSchema(c, schema, loc)
	if err != nil {
		return model.QName{}, err
	}
	q := model.QName{Schema: s, Name: ident(name)}
	if _, ok := r.types[q]; ok {
		return q, c.errorf(loc, "type %q already exists", q.Name)
	}
	// Tables, views and sequences have row types of the same name.
	if rel := r.rels[q]; rel != nil && rel.kind != relIndex {
		return q, c.errorf(loc, "type %q already exists", q.Name)
	}
	return q, nil
}

func (r *replayer) createOtherType(c *stmtCtx, schema, name string, loc int32) error {
	q, err := r.newTypeName(c, schema, name, loc)
	if err != nil {
		return err
	}
	r.types[q] = typeOther
	return nil
}

// createEnum replays CREATE TYPE ... AS ENUM.
func (r *replayer) createEnum(c *stmtCtx, st *pg_query.CreateEnumStmt) error {
	schema, name := splitName(stringList(st.TypeName))
	q, err := r.newTypeName(c, schema, name, -1)
	if err != nil {
		return err
	}
	e := &model.Enum{Schema: q.Schema, Name: q.Name, Pos: c.stmtPos()}
	for _, v := range st.Vals {
		label := v.GetString_().GetSval()
		if slices.Contains(e.Values, label) {
			return c.errorf(-1, "enum label %q used more than once", label)
		}
		e.Values = append(e.Values, label)
	}
	r.types[q] = typeEnum
	r.s.Enums = append(r.s.Enums, e)
	r.s.AddNamespace(q.Schema)
	return nil
}

// alterEnum replays ALTER TYPE ... ADD VALUE / RENAME VALUE.
func (r *replayer) alterEnum(c *stmtCtx, st *pg_query.AlterEnumStmt) error {
	q, kind, ok := r.lookupType(stringList(st.TypeName))
	if !ok {
		return c.errorf(-1, "type %q does not exist", displayName(q))
	}
	if kind != typeEnum {
		return c.errorf(-1, "%q is not an enum", displayName(q))
	}
	e, _ := r.s.Enum(q.Schema, q.Name)
	index := func(label string) int {
		for i, v := range e.Values {
			if v == label {
				return i
			}
		}
		return -1
	}
	if st.OldVal != "" {
		i := index(st.OldVal)
		if i < 0 {
			return c.errorf(-1, "%q is not an existing enum label", st.OldVal)
		}
		if index(st.NewVal) >= 0 {
			return c.errorf(-1, "enum label %q already exists", st.NewVal)
		}
		e.Values[i] = st.NewVal
		r.renameEnumLabel(q, st.OldVal, st.NewVal)
		return nil
	}
	if index(st.NewVal) >= 0 {
		if st.SkipIfNewValExists {
			return nil
		}
		return c.errorf(-1, "enum label %q already exists", st.NewVal)
	}
	at := len(e.Values)
	if st.NewValNeighbor != "" {
		at = index(st.NewValNeighbor)
		if at < 0 {
			return c.errorf(-1, "%q is not an existing enum label", st.NewValNeighbor)
		}
		if st.NewValIsAfter {
			at++
		}
	}
	values := append([]string(nil), e.Values[:at]...)
	values = append(values, st.NewVal)
	e.Values = append(values, e.Values[at:]...)
	return nil
}

// createDomain replays CREATE DOMAIN.
func (r *replayer) createDomain(c *stmtCtx, st *pg_query.CreateDomainStmt) error {
	schema, name := splitName(stringList(st.Domainname))
	q, err := r.newTypeName(c, schema, name, -1)
	if err != nil {
		return err
	}
	if st.TypeName == nil {
		return c.errorf(-1, "domain without a type")
	}
	typ, serial, err := r.typeName(st.TypeName)
	if err != nil {
		return c.errorf(st.TypeName.Location, "%v", err)
	}
	if serial {
		return c.errorf(st.TypeName.Location, "type %q does not exist", st.TypeName.Names[len(st.TypeName.Names)-1].GetString_().GetSval())
	}
	d := &model.Domain{Schema: q.Schema, Name: q.Name, Type: typ, Pos: c.stmtPos()}
	for _, n := range st.Constraints {
		if err := r.domainConstraint(c, d, n.GetConstraint()); err != nil {
			return err
		}
	}
	r.types[q] = typeDomain
	r.s.Domains = append(r.s.Domains, d)
	r.s.AddNamespace(q.Schema)
	return nil
}

func (r *replayer) domainConstraint(c *stmtCtx, d *model.Domain, con *pg_query.Constraint) error {
	if con == nil {
		return nil
	}
	switch con.Contype {
	case pg_query.ConstrType_CONSTR_NOTNULL:
		d.NotNull = true
	case pg_query.ConstrType_CONSTR_NULL:
		d.NotNull = false
	case pg_query.ConstrType_CONSTR_DEFAULT:
		def, _, err := normalize.DefaultNode(con.RawExpr, d.Type)
		if err != nil {
			return c.errorf(con.Location, "%v", err)
		}
		d.Default = def
	case pg_query.ConstrType_CONSTR_CHECK:
		expr, err := normalize.ExprNode(con.RawExpr)
		if err != nil {
			return c.errorf(con.Location, "%v", err)
		}
		name := ident(con.Conname)
		taken := func(n string) bool {
			if r.cons[model.QName{Schema: d.Schema, Name: n}] > 0 {
				return true
			}
			for _, ch := range d.Checks {
				if ch.Name == n {
					return true
				}
			}
			return false
		}
		if name == "" {
			name = chooseName(d.Name, "", false, "check", taken)
		} else {
			for _, ch := range d.Checks {
				if ch.Name == name {
					return c.errorf(con.Location, "constraint %q for domain %q already exists", name, d.Name)
				}
			}
		}
		d.Checks = append(d.Checks, &model.Check{Name: name, Expr: expr, Pos: c.pos(con.Location)})
		r.cons[model.QName{Schema: d.Schema, Name: name}]++
	default:
		return c.errorf(con.Location, "constraint not allowed on a domain")
	}
	return nil
}

// alterDomain replays ALTER DOMAIN: defaults, NOT NULL and CHECKs.
func (r *replayer) alterDomain(c *stmtCtx, st *pg_query.AlterDomainStmt) error {
	q, kind, ok := r.lookupType(stringList(st.TypeName))
	if !ok || kind != typeDomain {
		if ok {
			return c.errorf(-1, "%q is not a domain", displayName(q))
		}
		return c.errorf(-1, "type %q does not exist", displayName(q))
	}
	d, _ := r.s.Domain(q.Schema, q.Name)
	switch st.Subtype {
	case "T":
		if st.Def == nil {
			d.Default = ""
			return nil
		}
		def, _, err := normalize.DefaultNode(st.Def, d.Type)
		if err != nil {
			return c.errorf(-1, "%v", err)
		}
		d.Default = def
	case "N":
		d.NotNull = false
	case "O":
		d.NotNull = true
	case "C":
		return r.domainConstraint(c, d, st.Def.GetConstraint())
	case "X":
		name := ident(st.Name)
		for i, ch := range d.Checks {
			if ch.Name == name {
				d.Checks = append(d.Checks[:i:i], d.Checks[i+1:]...)
				r.releaseConstraintName(d.Schema, name)
				return nil
			}
		}
		if !st.MissingOk {
			return c.errorf(-1, "constraint %q of domain %q does not exist", name, d.Name)
		}
	}
	return nil
}
