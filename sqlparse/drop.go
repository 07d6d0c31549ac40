package sqlparse

import (
	"slices"
	"sort"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// drop replays DROP TABLE / VIEW / INDEX / SEQUENCE / TYPE / DOMAIN / SCHEMA.
func (r *replayer) drop(c *stmtCtx, st *pg_query.DropStmt) error {
	cascade := st.Behavior == pg_query.DropBehavior_DROP_CASCADE
	for _, obj := range st.Objects {
		var err error
		switch st.RemoveType {
		case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW,
			pg_query.ObjectType_OBJECT_INDEX, pg_query.ObjectType_OBJECT_SEQUENCE:
			err = r.dropRelation(c, st.RemoveType, stringList(obj.GetList().GetItems()), st.MissingOk, cascade)
		case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
			var names []string
			if tn := obj.GetTypeName(); tn != nil {
				names = stringList(tn.Names)
			} else {
				names = stringList(obj.GetList().GetItems())
			}
			err = r.dropType(c, st.RemoveType == pg_query.ObjectType_OBJECT_DOMAIN, names, st.MissingOk, cascade)
		case pg_query.ObjectType_OBJECT_SCHEMA:
			err = r.dropSchema(c, ident(obj.GetString_().GetSval()), st.MissingOk, cascade)
		case pg_query.ObjectType_OBJECT_POLICY:
			err = r.dropPolicy(c, stringList(obj.GetList().GetItems()), st.MissingOk)
		case pg_query.ObjectType_OBJECT_EXTENSION:
			err = r.dropExtension(c, ident(obj.GetString_().GetSval()), st.MissingOk)
		case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
			err = r.dropFunction(c, st.RemoveType, obj.GetObjectWithArgs(), st.MissingOk)
		case pg_query.ObjectType_OBJECT_TRIGGER:
			err = r.dropTrigger(c, stringList(obj.GetList().GetItems()), st.MissingOk)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func objectWord(t pg_query.ObjectType) string {
	switch t {
	case pg_query.ObjectType_OBJECT_TABLE:
		return "table"
	case pg_query.ObjectType_OBJECT_VIEW:
		return "view"
	case pg_query.ObjectType_OBJECT_MATVIEW:
		return "materialized view"
	case pg_query.ObjectType_OBJECT_INDEX:
		return "index"
	}
	return "sequence"
}

func (r *replayer) dropRelation(c *stmtCtx, typ pg_query.ObjectType, names []string, missingOK, cascade bool) error {
	schema, name := splitName(names)
	rel, q := r.lookupRel(schema, name)
	word := objectWord(typ)
	if rel == nil {
		if missingOK {
			return nil
		}
		return c.errorf(-1, "%s %q does not exist", word, displayName(q))
	}
	wrongKind := func() error { return c.errorf(-1, "%q is not a %s", q.Name, word) }
	switch typ {
	case pg_query.ObjectType_OBJECT_TABLE:
		if rel.kind != relTable {
			return wrongKind()
		}
		return r.dropTable(c, rel.table, cascade)
	case pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW:
		if rel.kind != relView || rel.view.Materialized != (typ == pg_query.ObjectType_OBJECT_MATVIEW) {
			return wrongKind()
		}
		r.removeView(rel.view)
		if cascade {
			r.dropDependentViews(q)
		}
	case pg_query.ObjectType_OBJECT_INDEX:
		if rel.kind != relIndex {
			return wrongKind()
		}
		if rel.key != nil {
			return c.errorf(-1, "cannot drop index %s because constraint %s on table %s requires it", q.Name, rel.key.Name, rel.table.Name)
		}
		if rel.view != nil {
			r.removeViewIndex(rel.view, rel.index)
			return nil
		}
		if rel.index == nil && rel.table != nil {
			return c.errorf(-1, "cannot drop index %s because constraint %s on table %s requires it", q.Name, q.Name, rel.table.Name)
		}
		if rel.index == nil { // an index on a materialized view
			delete(r.rels, q)
			return nil
		}
		r.removeIndex(rel.table, rel.index)
	default:
		if rel.kind != relSequence {
			return wrongKind()
		}
		delete(r.rels, q)
	}
	return nil
}

func (r *replayer) removeView(v *model.View) {
	found := false
	for i, x := range r.s.Views {
		if x == v {
			r.s.Views = append(r.s.Views[:i:i], r.s.Views[i+1:]...)
			found = true
			break
		}
	}
	if !found {
		return // dropped already, by a cascade
	}
	delete(r.viewDeps, v)
	delete(r.rels, model.QName{Schema: v.Schema, Name: v.Name})
	for _, ix := range v.Indexes {
		delete(r.rels, model.QName{Schema: v.Schema, Name: ix.Name})
	}
}

// foreignKeysTo lists the foreign keys of other tables that reference t,
// optionally only those using column col.
func (r *replayer) foreignKeysTo(t *model.Table, col string) []fkRef {
	var out []fkRef
	for _, owner := range r.all {
		if owner == t {
			continue
		}
		for _, fk := range owner.ForeignKeys {
			if fk.RefSchema == t.Schema && fk.RefTable == t.Name && (col == "" || slices.Contains(fk.RefColumns, col)) {
				out = append(out, fkRef{owner, fk})
			}
		}
	}
	return out
}

type fkRef struct {
	owner *model.Table
	fk    *model.ForeignKey
}

// dropTable drops t with its indexes, constraints, sequences and
// partitions. Foreign keys elsewhere that reference it need CASCADE.
func (r *replayer) dropTable(c *stmtCtx, t *model.Table, cascade bool) error {
	state := r.tables[t]
	deps := r.foreignKeysTo(t, "")
	var outside []fkRef
	for _, d := range deps {
		if !r.isPartitionOf(d.owner, t) {
			outside = append(outside, d)
		}
	}
	if len(outside) > 0 && !cascade {
		return c.errorf(-1, "cannot drop table %s because other objects depend on it (constraint %s on table %s)",
			t.Name, outside[0].fk.Name, outside[0].owner.Name)
	}
	for _, d := range outside {
		r.removeFK(d.owner, d.fk)
	}
	for _, child := range append([]*model.Table(nil), state.children...) {
		if err := r.dropTable(c, child, cascade); err != nil {
			return err
		}
	}
	r.unlinkPartition(t)
	for _, ix := range append([]*model.Index(nil), t.Indexes...) {
		r.removeIndex(t, ix)
	}
	if t.PrimaryKey != nil {
		r.removeKey(t, t.PrimaryKey)
	}
	for _, k := range append([]*model.Key(nil), t.Uniques...) {
		r.removeKey(t, k)
	}
	for _, ch := range t.Checks {
		r.releaseConstraintName(t.Schema, ch.Name)
	}
	for _, fk := range t.ForeignKeys {
		r.releaseConstraintName(t.Schema, fk.Name)
	}
	for _, q := range state.sequences {
		if rel := r.rels[q]; rel != nil && rel.owner == t {
			delete(r.rels, q)
		}
	}
	for _, name := range state.exclusions {
		delete(r.rels, model.QName{Schema: t.Schema, Name: name})
		r.releaseConstraintName(t.Schema, name)
	}
	delete(r.rels, t.QName())
	if !state.hidden {
		r.s.RemoveTable(t.Schema, t.Name)
	}
	if cascade {
		r.dropDependentViews(t.QName())
	}
	for i, x := range r.all {
		if x == t {
			r.all = append(r.all[:i:i], r.all[i+1:]...)
			break
		}
	}
	delete(r.tables, t)
	return nil
}

// isPartitionOf reports whether t is a partition (at any depth) of parent.
func (r *replayer) isPartitionOf(t, parent *model.Table) bool {
	for s := r.tables[t]; s != nil && s.parent != nil; s = r.tables[s.parent] {
		if s.parent == parent {
			return true
		}
	}
	return false
}

// dropColumn drops a column and, as PostgreSQL does, the indexes and
// constraints that use it.
func (r *replayer) dropColumn(c *stmtCtx, t *model.Table, name string, missingOK, cascade bool, loc int32) error {
	col, ok := t.Column(name)
	if !ok {
		if missingOK {
			return nil
		}
		return c.errorf(loc, "column %q of relation %q does not exist", name, t.Name)
	}
	state := r.tables[t]
	if state.partSpec != nil {
		for _, p := range state.partSpec.PartParams {
			e := p.GetPartitionElem()
			if e != nil && (ident(e.Name) == name || slices.Contains(normalize.ColumnRefs(e.Expr), name)) {
				return c.errorf(loc, "cannot drop column %s because it is part of the partition key of relation %s", name, t.Name)
			}
		}
	}
	deps := r.foreignKeysTo(t, name)
	var dependentCols []*model.Column
	for _, other := range t.Columns {
		if g := state.generated[other]; other != col && g != nil && slices.Contains(normalize.ColumnRefs(g), name) {
			dependentCols = append(dependentCols, other)
		}
	}
	if !cascade {
		if len(deps) > 0 {
			return c.errorf(loc, "cannot drop column %s of table %s because other objects depend on it (constraint %s on table %s)",
				name, t.Name, deps[0].fk.Name, deps[0].owner.Name)
		}
		if len(dependentCols) > 0 {
			return c.errorf(loc, "cannot drop column %s of table %s because other objects depend on it (column %s)",
				name, t.Name, dependentCols[0].Name)
		}
	}
	for _, d := range deps {
		r.removeFK(d.owner, d.fk)
	}
	for _, dc := range dependentCols {
		if err := r.dropColumn(c, t, dc.Name, true, cascade, loc); err != nil {
			return err
		}
	}
	for _, ix := range append([]*model.Index(nil), t.Indexes...) {
		if ast := state.indexAST[ix]; ast != nil && slices.Contains(indexColumns(ast), name) {
			r.removeIndex(t, ix)
		}
	}
	if t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, name) {
		r.removeKey(t, t.PrimaryKey)
	}
	for _, k := range append([]*model.Key(nil), t.Uniques...) {
		if slices.Contains(k.Columns, name) {
			r.removeKey(t, k)
		}
	}
	for _, ch := range append([]*model.Check(nil), t.Checks...) {
		if slices.Contains(normalize.ColumnRefs(state.checkAST[ch]), name) {
			r.removeCheck(t, ch)
		}
	}
	for _, fk := range append([]*model.ForeignKey(nil), t.ForeignKeys...) {
		if slices.Contains(fk.Columns, name) || (fk.RefSchema == t.Schema && fk.RefTable == t.Name && slices.Contains(fk.RefColumns, name)) {
			r.removeFK(t, fk)
		}
	}
	if q, ok := state.seqOf[col]; ok {
		delete(r.rels, q)
		delete(state.seqOf, col)
	}
	delete(state.generated, col)
	i := t.ColumnIndex(name)
	t.Columns = append(t.Columns[:i:i], t.Columns[i+1:]...)
	for _, child := range state.children {
		if err := r.dropColumn(c, child, name, true, cascade, loc); err != nil {
			return err
		}
	}
	return nil
}

// dropConstraint replays ALTER TABLE ... DROP CONSTRAINT.
func (r *replayer) dropConstraint(c *stmtCtx, t *model.Table, name string, missingOK, cascade bool, loc int32) error {
	var key *model.Key
	if t.PrimaryKey != nil && t.PrimaryKey.Name == name {
		key = t.PrimaryKey
	}
	for _, k := range t.Uniques {
		if k.Name == name {
			key = k
		}
	}
	if key != nil {
		// Foreign keys stand on the referenced table's unique index.
		var deps []fkRef
		for _, d := range append(r.foreignKeysTo(t, ""), r.selfReferences(t)...) {
			if sameSet(d.fk.RefColumns, key.Columns) {
				deps = append(deps, d)
			}
		}
		if len(deps) > 0 && !cascade {
			return c.errorf(loc, "cannot drop constraint %s on table %s because other objects depend on it (constraint %s on table %s)",
				name, t.Name, deps[0].fk.Name, deps[0].owner.Name)
		}
		for _, d := range deps {
			r.removeFK(d.owner, d.fk)
		}
		r.removeKey(t, key)
		return nil
	}
	for _, ch := range t.Checks {
		if ch.Name == name {
			r.removeCheck(t, ch)
			return nil
		}
	}
	for _, fk := range t.ForeignKeys {
		if fk.Name == name {
			r.removeFK(t, fk)
			return nil
		}
	}
	if r.dropExclusion(t, name) {
		return nil
	}
	if missingOK {
		return nil
	}
	return c.errorf(loc, "constraint %q of relation %q does not exist", name, t.Name)
}

// selfReferences lists t's own foreign keys that reference t.
func (r *replayer) selfReferences(t *model.Table) []fkRef {
	var out []fkRef
	for _, fk := range t.ForeignKeys {
		if fk.RefSchema == t.Schema && fk.RefTable == t.Name {
			out = append(out, fkRef{t, fk})
		}
	}
	return out
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// typeUsers lists the columns whose type is the named user-defined type.
func (r *replayer) typeUsers(q model.QName) []fkColumn {
	full := q.Schema + "." + q.Name
	var out []fkColumn
	for _, t := range r.all {
		for _, col := range t.Columns {
			if col.Type.Name == full {
				out = append(out, fkColumn{t, col})
			}
		}
	}
	return out
}

func sortQNames(qs []model.QName) {
	sort.Slice(qs, func(i, j int) bool {
		if qs[i].Schema != qs[j].Schema {
			return qs[i].Schema < qs[j].Schema
		}
		return qs[i].Name < qs[j].Name
	})
}

type fkColumn struct {
	table *model.Table
	col   *model.Column
}

// dropType replays DROP TYPE / DROP DOMAIN.
func (r *replayer) dropType(c *stmtCtx, domain bool, names []string, missingOK, cascade bool) error {
	q, kind, ok := r.lookupType(names)
	if !ok {
		if missingOK {
			return nil
		}
		return c.errorf(-1, "type %q does not exist", displayName(q))
	}
	if domain && kind != typeDomain {
		return c.errorf(-1, "%q is not a domain", displayName(q))
	}
	users := r.typeUsers(q)
	full := q.Schema + "." + q.Name
	var domains []*model.Domain
	for _, d := range r.s.Domains {
		if d.Type.Name == full {
			domains = append(domains, d)
		}
	}
	if !cascade && (len(users) > 0 || len(domains) > 0) {
		what := ""
		if len(users) > 0 {
			what = "column " + users[0].col.Name + " of table " + users[0].table.Name
		} else {
			what = "type " + domains[0].Name
		}
		return c.errorf(-1, "cannot drop type %s because other objects depend on it (%s)", q.Name, what)
	}
	for _, u := range users {
		if err := r.dropColumn(c, u.table, u.col.Name, true, true, -1); err != nil {
			return err
		}
	}
	for _, d := range domains {
		if err := r.dropType(c, true, []string{d.Schema, d.Name}, true, true); err != nil {
			return err
		}
	}
	r.removeType(q, kind)
	return nil
}

func (r *replayer) removeType(q model.QName, kind typeKind) {
	delete(r.types, q)
	switch kind {
	case typeEnum:
		for i, e := range r.s.Enums {
			if e.Schema == q.Schema && e.Name == q.Name {
				r.s.Enums = append(r.s.Enums[:i:i], r.s.Enums[i+1:]...)
				break
			}
		}
	case typeDomain:
		for i, d := range r.s.Domains {
			if d.Schema == q.Schema && d.Name == q.Name {
				for _, ch := range d.Checks {
					r.releaseConstraintName(d.Schema, ch.Name)
				}
				r.s.Domains = append(r.s.Domains[:i:i], r.s.Domains[i+1:]...)
				break
			}
		}
	}
}

// dropSchema replays DROP SCHEMA; CASCADE drops everything in it.
func (r *replayer) dropSchema(c *stmtCtx, name string, missingOK, cascade bool) error {
	if !r.schemas[name] {
		if missingOK {
			return nil
		}
		return c.errorf(-1, "schema %q does not exist", name)
	}
	var tables []*model.Table
	for _, t := range r.all {
		if t.Schema == name && r.tables[t].parent == nil {
			tables = append(tables, t)
		}
	}
	var views []*model.View
	for _, v := range r.s.Views {
		if v.Schema == name {
			views = append(views, v)
		}
	}
	var types []model.QName
	for q := range r.types {
		if q.Schema == name {
			types = append(types, q)
		}
	}
	var rels []model.QName
	for q := range r.rels {
		if q.Schema == name {
			rels = append(rels, q)
		}
	}
	if !cascade && (len(rels) > 0 || len(types) > 0) {
		return c.errorf(-1, "cannot drop schema %s because other objects depend on it", name)
	}
	for _, t := range tables {
		if _, ok := r.tables[t]; ok {
			if err := r.dropTable(c, t, true); err != nil {
				return err
			}
		}
	}
	for _, v := range views {
		r.removeView(v)
	}
	sortQNames(types)
	for _, q := range types {
		if _, ok := r.types[q]; ok {
			if err := r.dropType(c, false, []string{q.Schema, q.Name}, true, true); err != nil {
				return err
			}
		}
	}
	for q := range r.rels {
		if q.Schema == name {
			delete(r.rels, q)
		}
	}
	// Its functions go with it, even when a schema of the same name is
	// created again later.
	r.s.Functions = slices.DeleteFunc(r.s.Functions, func(f *model.Function) bool { return f.Schema == name })
	delete(r.schemas, name)
	for i, n := range r.s.Namespaces {
		if n == name {
			r.s.Namespaces = append(r.s.Namespaces[:i:i], r.s.Namespaces[i+1:]...)
			break
		}
	}
	return nil
}
