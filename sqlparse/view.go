package sqlparse

import (
	"errors"
	"slices"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// createViewStmt replays CREATE [OR REPLACE] VIEW: the name, the query
// through normalize.ViewQuery, and the options. CREATE OR REPLACE
// replaces the query and the options, as PostgreSQL does.
func (r *replayer) createViewStmt(c *stmtCtx, st *pg_query.ViewStmt) error {
	v, err := r.createView(c, st.View, false, st.Replace, false)
	if v == nil || err != nil {
		return err
	}
	v.CheckOption, v.SecurityBarrier = "", false
	switch st.WithCheckOption {
	case pg_query.ViewCheckOption_LOCAL_CHECK_OPTION:
		v.CheckOption = "local"
	case pg_query.ViewCheckOption_CASCADED_CHECK_OPTION:
		v.CheckOption = "cascaded"
	}
	setViewOptions(v, st.Options, false)
	return r.defineView(c, v, st.Query, st.Aliases)
}

// defineView stores the normalized query and output columns of v.
func (r *replayer) defineView(c *stmtCtx, v *model.View, query *pg_query.Node, aliases []*pg_query.Node) error {
	names := make([]string, 0, len(aliases))
	for _, a := range aliases {
		names = append(names, ident(a.GetString_().GetSval()))
	}
	var deps []model.QName
	resolve := func(schema, name string) (model.QName, []string, bool) {
		q, cols, ok := r.viewRelations(schema, name)
		if q.Name != "" {
			deps = append(deps, q)
		}
		return q, cols, ok
	}
	def, cols, err := normalize.ViewQuery(query, names, resolve)
	r.setViewDeps(v, deps)
	if errors.Is(err, normalize.ErrUnknownColumns) {
		r.warn(c.stmtPos(), "query of view %s not compared: it %v", displayName(v.QName()), normalize.ErrUnknownColumns)
		v.Definition, v.Columns, v.Query = "", nil, ""
		return nil
	}
	if err != nil {
		// The parser produced the tree, so only a deparser gap can fail here.
		return c.errorf(-1, "view %s: %v", displayName(v.QName()), err)
	}
	v.Definition, v.Columns = def, cols
	v.Query = ""
	if out, err := pg_query.Deparse(&pg_query.ParseResult{Stmts: []*pg_query.RawStmt{{Stmt: query}}}); err == nil {
		v.Query = out
	}
	return nil
}

// setViewDeps records the relations v reads.
func (r *replayer) setViewDeps(v *model.View, deps []model.QName) {
	if r.viewDeps == nil {
		r.viewDeps = map[*model.View][]model.QName{}
	}
	r.viewDeps[v] = deps
}

// dropDependentViews drops, as DROP ... CASCADE does, every view that
// reads q, and the views that read those.
func (r *replayer) dropDependentViews(q model.QName) {
	for _, v := range append([]*model.View(nil), r.s.Views...) {
		if deps, live := r.viewDeps[v]; live && slices.Contains(deps, q) {
			r.removeView(v)
			r.dropDependentViews(v.QName())
		}
	}
}

// viewRelations resolves a relation a view selects from with the replay's
// search_path, for normalize.ViewQuery.
func (r *replayer) viewRelations(schema, name string) (model.QName, []string, bool) {
	rel, q := r.lookupRel(schema, name)
	if rel == nil {
		return model.QName{}, nil, false
	}
	switch rel.kind {
	case relTable:
		if st := r.tables[rel.table]; st != nil && st.opaque || rel.table.HasUnknownColumns() {
			return q, nil, false // where it is, but not all its columns
		}
		cols := make([]string, len(rel.table.Columns))
		for i, col := range rel.table.Columns {
			cols[i] = col.Name
		}
		return q, cols, true
	case relView:
		return q, rel.view.Columns, rel.view.Definition != ""
	}
	return q, nil, false
}

// setViewOptions applies WITH (...) or ALTER VIEW SET/RESET options.
func setViewOptions(v *model.View, opts []*pg_query.Node, reset bool) {
	for _, o := range opts {
		d := o.GetDefElem()
		if d == nil {
			continue
		}
		val := defElemText(d)
		switch strings.ToLower(d.Defname) {
		case "security_barrier":
			v.SecurityBarrier = !reset && (val == "" || truthy(val))
		case "check_option":
			v.CheckOption = ""
			if !reset {
				v.CheckOption = strings.ToLower(val)
			}
		}
	}
}

// defElemText is an option's value as text; "" when none was given.
func defElemText(d *pg_query.DefElem) string {
	switch {
	case d.Arg == nil:
		return ""
	case d.Arg.GetString_() != nil:
		return d.Arg.GetString_().Sval
	case d.Arg.GetBoolean() != nil:
		if d.Arg.GetBoolean().Boolval {
			return "true"
		}
		return "false"
	case d.Arg.GetInteger() != nil:
		if d.Arg.GetInteger().Ival != 0 {
			return "true"
		}
		return "false"
	case d.Arg.GetTypeName() != nil:
		return strings.Join(stringList(d.Arg.GetTypeName().Names), ".")
	}
	return ""
}

// truthy follows PostgreSQL's boolean option parsing.
func truthy(s string) bool {
	switch strings.ToLower(s) {
	case "true", "on", "yes", "1", "t", "y":
		return true
	}
	return false
}

// alterOther replays the ALTER VIEW and ALTER INDEX forms the model keeps:
// a view's options, and ALTER INDEX ... ATTACH PARTITION.
func (r *replayer) alterOther(c *stmtCtx, st *pg_query.AlterTableStmt) error {
	switch st.Objtype {
	case pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
		rel, _, err := r.lookupRange(c, st.Relation, st.MissingOk)
		if rel == nil || err != nil {
			return err
		}
		return r.alterViewOptions(rel, st)
	case pg_query.ObjectType_OBJECT_INDEX:
		return r.attachIndexes(c, st)
	}
	return nil
}

// alterViewOptions applies SET (...) and RESET (...) to a view.
func (r *replayer) alterViewOptions(rel *relation, st *pg_query.AlterTableStmt) error {
	if rel.kind != relView {
		return nil
	}
	for _, n := range st.Cmds {
		cmd := n.GetAlterTableCmd()
		if cmd == nil {
			continue
		}
		switch cmd.Subtype {
		case pg_query.AlterTableType_AT_SetRelOptions:
			setViewOptions(rel.view, cmd.Def.GetList().GetItems(), false)
		case pg_query.AlterTableType_AT_ResetRelOptions:
			setViewOptions(rel.view, cmd.Def.GetList().GetItems(), true)
		}
	}
	return nil
}

// createViewIndex replays CREATE INDEX on a materialized view; its indexes
// are compared like a table's.
func (r *replayer) createViewIndex(c *stmtCtx, v *model.View, st *pg_query.IndexStmt) error {
	ix, _, err := normalize.IndexStmt(st)
	if err != nil {
		return c.errorf(-1, "%v", err)
	}
	if ix.Name == "" {
		cols := indexColumnNames(append(append([]*pg_query.Node(nil), st.IndexParams...), st.IndexIncludingParams...))
		taken := func(name string) bool { return r.rels[model.QName{Schema: v.Schema, Name: name}] != nil }
		ix.Name = chooseName(v.Name, model.NameAddition(cols), true, "idx", taken)
	}
	iq := model.QName{Schema: v.Schema, Name: ix.Name}
	if r.rels[iq] != nil {
		if st.IfNotExists {
			return nil
		}
		return c.errorf(-1, "relation %q already exists", iq.Name)
	}
	ix.Pos = c.stmtPos()
	r.rels[iq] = &relation{kind: relIndex, index: ix, view: v}
	v.Indexes = append(v.Indexes, ix)
	return nil
}

// removeViewIndex drops an index of a materialized view.
func (r *replayer) removeViewIndex(v *model.View, ix *model.Index) {
	for i, x := range v.Indexes {
		if x == ix {
			v.Indexes = append(v.Indexes[:i:i], v.Indexes[i+1:]...)
			break
		}
	}
	delete(r.rels, model.QName{Schema: v.Schema, Name: ix.Name})
}

// renameViewColumn follows a column rename into the definitions of the
// views that use the column, as the server does; the source text a plan
// runs becomes the renamed definition.
func (r *replayer) renameViewColumn(c *stmtCtx, t *model.Table, old, nw string) error {
	for _, v := range r.s.Views {
		def, err := normalize.RenameQueryColumn(v.Definition, t.Schema, t.Name, old, nw)
		if err != nil {
			return c.errorf(-1, "view %s: %v", v.Name, err)
		}
		if def != v.Definition {
			v.Definition, v.Query = def, def
		}
	}
	return nil
}
