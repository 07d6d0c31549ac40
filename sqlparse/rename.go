package sqlparse

import (
	"slices"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// rename replays the ALTER ... RENAME statements.
func (r *replayer) rename(c *stmtCtx, st *pg_query.RenameStmt) error {
	switch st.RenameType {
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW,
		pg_query.ObjectType_OBJECT_INDEX, pg_query.ObjectType_OBJECT_SEQUENCE:
		return r.renameRelation(c, st)
	case pg_query.ObjectType_OBJECT_COLUMN:
		return r.renameColumn(c, st)
	case pg_query.ObjectType_OBJECT_TABCONSTRAINT:
		return r.renameConstraint(c, st)
	case pg_query.ObjectType_OBJECT_DOMCONSTRAINT:
		return r.renameDomainConstraint(c, st)
	case pg_query.ObjectType_OBJECT_SCHEMA:
		return r.renameSchema(c, ident(st.Subname), ident(st.Newname))
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		return r.renameType(c, st)
	case pg_query.ObjectType_OBJECT_POLICY:
		return r.renamePolicy(c, st)
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
		return r.renameFunction(c, st)
	case pg_query.ObjectType_OBJECT_TRIGGER:
		return r.renameTrigger(c, st)
	}
	return nil
}

func (r *replayer) renameRelation(c *stmtCtx, st *pg_query.RenameStmt) error {
	rel, q, err := r.lookupRange(c, st.Relation, st.MissingOk)
	if rel == nil || err != nil {
		return err
	}
	nq := model.QName{Schema: q.Schema, Name: ident(st.Newname)}
	if r.rels[nq] != nil {
		return c.errorf(-1, "relation %q already exists", nq.Name)
	}
	switch rel.kind {
	case relTable:
		if _, ok := r.types[nq]; ok {
			return c.errorf(-1, "type %q already exists", nq.Name)
		}
		r.moveTable(rel.table, nq)
		return nil
	case relIndex:
		switch {
		case rel.key != nil:
			// Renaming a constraint's index renames the constraint.
			r.releaseConstraintName(q.Schema, rel.key.Name)
			rel.key.Name = nq.Name
			r.cons[nq]++
		case rel.index != nil:
			rel.index.Name = nq.Name
		default:
			r.renameExclusionIndex(rel.table, q.Name, nq.Name)
		}
		if rel.table != nil {
			r.renameReplicaIndex(rel.table, q.Name, nq.Name)
		}
	case relView:
		rel.view.Name = nq.Name
	}
	delete(r.rels, q)
	r.rels[nq] = rel
	return nil
}

// moveTable gives a table a new schema-qualified name and updates what
// refers to it by name: foreign keys and its parent's partition list. With
// a new schema, its indexes, constraints and owned sequences move along.
func (r *replayer) moveTable(t *model.Table, nq model.QName) {
	old := t.QName()
	state := r.tables[t]
	delete(r.rels, old)
	r.rels[nq] = state.rel
	if state.hidden {
		t.Schema, t.Name = nq.Schema, nq.Name
	} else {
		r.s.RenameTable(t, nq.Schema, nq.Name)
		r.s.AddNamespace(nq.Schema)
	}
	for _, o := range r.all {
		for _, fk := range o.ForeignKeys {
			if fk.RefSchema == old.Schema && fk.RefTable == old.Name {
				fk.RefSchema, fk.RefTable = nq.Schema, nq.Name
			}
		}
	}
	if state.parent != nil {
		for i, p := range state.parent.Partitions {
			if p.Schema == old.Schema && p.Name == old.Name {
				state.parent.Partitions[i].Schema, state.parent.Partitions[i].Name = nq.Schema, nq.Name
			}
		}
		sortPartitions(state.parent)
	}
	if old.Schema == nq.Schema {
		return
	}
	for _, ch := range t.Checks {
		r.moveConstraintName(old.Schema, nq.Schema, ch.Name)
	}
	for _, fk := range t.ForeignKeys {
		r.moveConstraintName(old.Schema, nq.Schema, fk.Name)
	}
	keys := append([]*model.Key(nil), t.Uniques...)
	if t.PrimaryKey != nil {
		keys = append(keys, t.PrimaryKey)
	}
	for _, k := range keys {
		r.moveConstraintName(old.Schema, nq.Schema, k.Name)
		r.moveRel(old.Schema, nq.Schema, k.Name)
	}
	for _, ix := range t.Indexes {
		r.moveRel(old.Schema, nq.Schema, ix.Name)
	}
	for _, name := range state.exclusions {
		r.moveRel(old.Schema, nq.Schema, name)
		r.moveConstraintName(old.Schema, nq.Schema, name)
	}
	for i, q := range state.sequences {
		if r.rels[q] != nil {
			r.moveRel(q.Schema, nq.Schema, q.Name)
		}
		state.sequences[i].Schema = nq.Schema
	}
	for col, q := range state.seqOf {
		state.seqOf[col] = model.QName{Schema: nq.Schema, Name: q.Name}
	}
}

func (r *replayer) moveRel(from, to, name string) {
	if rel := r.rels[model.QName{Schema: from, Name: name}]; rel != nil {
		delete(r.rels, model.QName{Schema: from, Name: name})
		r.rels[model.QName{Schema: to, Name: name}] = rel
	}
}

func (r *replayer) moveConstraintName(from, to, name string) {
	r.releaseConstraintName(from, name)
	r.cons[model.QName{Schema: to, Name: name}]++
}

func (r *replayer) renameColumn(c *stmtCtx, st *pg_query.RenameStmt) error {
	if st.RelationType != pg_query.ObjectType_OBJECT_TABLE {
		return nil // view or composite type columns are not modelled
	}
	rel, _, err := r.lookupRange(c, st.Relation, st.MissingOk)
	if rel == nil || err != nil {
		return err
	}
	if rel.kind != relTable {
		return nil
	}
	t := rel.table
	old, nw := ident(st.Subname), ident(st.Newname)
	if _, ok := t.Column(old); !ok {
		if r.tables[t].opaque {
			return nil
		}
		return c.errorf(-1, "column %q does not exist", old)
	}
	if _, ok := t.Column(nw); ok {
		return c.errorf(-1, "column %q of relation %q already exists", nw, t.Name)
	}
	return r.applyColumnRename(c, t, old, nw)
}

// applyColumnRename renames a column everywhere it is used: keys, foreign
// keys (also in other tables), CHECKs, indexes, generated columns, the
// partition key and the partitions.
func (r *replayer) applyColumnRename(c *stmtCtx, t *model.Table, old, nw string) error {
	state := r.tables[t]
	col, ok := t.Column(old)
	if !ok {
		return nil
	}
	col.Name = nw
	r.renameKeyColumn(t, old, nw)
	if err := r.renameViewColumn(c, t, old, nw); err != nil {
		return err
	}
	if err := r.renamePolicyColumn(c, t, old, nw); err != nil {
		return err
	}
	for _, ch := range t.Checks {
		if ast, changed := normalize.RenameColumnRefs(state.checkAST[ch], old, nw); changed {
			expr, err := normalize.ExprNode(ast)
			if err != nil {
				return c.errorf(-1, "%v", err)
			}
			ch.Expr, state.checkAST[ch] = expr, ast
		}
	}
	for _, ix := range t.Indexes {
		if ast := state.indexAST[ix]; ast != nil && slices.Contains(indexColumns(ast), old) {
			if err := r.reindex(t, ix, renameIndexColumn(ast, old, nw)); err != nil {
				return c.errorf(-1, "%v", err)
			}
		}
	}
	for _, gc := range t.Columns {
		if ast, changed := normalize.RenameColumnRefs(state.generated[gc], old, nw); changed {
			expr, err := normalize.ExprNode(ast)
			if err != nil {
				return c.errorf(-1, "%v", err)
			}
			gc.Generated, state.generated[gc] = expr, ast
		}
	}
	if err := renamePartitionKey(t, state, old, nw); err != nil {
		return c.errorf(-1, "%v", err)
	}
	if err := r.renameExclusionColumn(t, old, nw); err != nil {
		return c.errorf(-1, "%v", err)
	}
	for _, child := range state.children {
		if err := r.applyColumnRename(c, child, old, nw); err != nil {
			return err
		}
	}
	return nil
}

// renameKeyColumn renames a column in t's keys and in the foreign keys,
// of any table, that reference it.
func (r *replayer) renameKeyColumn(t *model.Table, old, nw string) {
	replace := func(list []string) {
		for i, x := range list {
			if x == old {
				list[i] = nw
			}
		}
	}
	if t.PrimaryKey != nil {
		replace(t.PrimaryKey.Columns)
	}
	for _, k := range t.Uniques {
		replace(k.Columns)
	}
	for _, fk := range t.ForeignKeys {
		replace(fk.Columns)
		if fk.RefSchema == t.Schema && fk.RefTable == t.Name {
			replace(fk.RefColumns)
		}
	}
	for _, d := range r.foreignKeysTo(t, "") {
		replace(d.fk.RefColumns)
	}
}

// renamePartitionKey renames a column in t's partition key, if it has one.
func renamePartitionKey(t *model.Table, state *tableState, old, nw string) error {
	if state.partSpec == nil {
		return nil
	}
	spec := &pg_query.PartitionSpec{Strategy: state.partSpec.Strategy, Location: state.partSpec.Location}
	for _, p := range state.partSpec.PartParams {
		e := p.GetPartitionElem()
		if e == nil {
			continue
		}
		ne := &pg_query.PartitionElem{Name: e.Name, Expr: e.Expr, Collation: e.Collation, Opclass: e.Opclass, Location: e.Location}
		if ident(ne.Name) == old {
			ne.Name = nw
		}
		ne.Expr, _ = normalize.RenameColumnRefs(ne.Expr, old, nw)
		spec.PartParams = append(spec.PartParams, &pg_query.Node{Node: &pg_query.Node_PartitionElem{PartitionElem: ne}})
	}
	pb, err := normalize.PartitionSpec(spec)
	if err != nil {
		return err
	}
	t.PartitionBy, state.partSpec = pb, spec
	return nil
}

func (r *replayer) renameConstraint(c *stmtCtx, st *pg_query.RenameStmt) error {
	t, err := r.lookupTable(c, st.Relation, st.MissingOk)
	if err != nil || t == nil {
		return err
	}
	old, nw := ident(st.Subname), ident(st.Newname)
	if tableHasConstraint(t, nw) {
		return c.errorf(-1, "constraint %q for relation %q already exists", nw, t.Name)
	}
	keys := append([]*model.Key(nil), t.Uniques...)
	if t.PrimaryKey != nil {
		keys = append(keys, t.PrimaryKey)
	}
	for _, k := range keys {
		if k.Name == old {
			oq, nq := model.QName{Schema: t.Schema, Name: old}, model.QName{Schema: t.Schema, Name: nw}
			if r.rels[nq] != nil {
				return c.errorf(-1, "relation %q already exists", nw)
			}
			// The constraint's index is renamed with it.
			r.rels[nq] = r.rels[oq]
			delete(r.rels, oq)
			k.Name = nw
			r.moveConstraintNameTo(t.Schema, old, nw)
			r.renameReplicaIndex(t, old, nw)
			return nil
		}
	}
	for _, ch := range t.Checks {
		if ch.Name == old {
			ch.Name = nw
			r.moveConstraintNameTo(t.Schema, old, nw)
			return nil
		}
	}
	if ok, err := r.renameExclusion(c, t, old, nw); ok {
		return err
	}
	for _, fk := range t.ForeignKeys {
		if fk.Name == old {
			fk.Name = nw
			r.moveConstraintNameTo(t.Schema, old, nw)
			return nil
		}
	}
	return c.errorf(-1, "constraint %q for table %q does not exist", old, t.Name)
}

func (r *replayer) moveConstraintNameTo(schema, old, nw string) {
	r.releaseConstraintName(schema, old)
	r.cons[model.QName{Schema: schema, Name: nw}]++
}

func (r *replayer) renameDomainConstraint(c *stmtCtx, st *pg_query.RenameStmt) error {
	q, kind, ok := r.lookupType(stringList(st.Object.GetList().GetItems()))
	if !ok || kind != typeDomain {
		return c.errorf(-1, "domain %q does not exist", displayName(q))
	}
	d, _ := r.s.Domain(q.Schema, q.Name)
	old, nw := ident(st.Subname), ident(st.Newname)
	for _, ch := range d.Checks {
		if ch.Name == nw {
			return c.errorf(-1, "constraint %q for domain %q already exists", nw, d.Name)
		}
	}
	for _, ch := range d.Checks {
		if ch.Name == old {
			ch.Name = nw
			r.moveConstraintNameTo(d.Schema, old, nw)
			return nil
		}
	}
	return c.errorf(-1, "constraint %q for domain %q does not exist", old, d.Name)
}

// retype points columns and domains of type from at type to.
func (r *replayer) retype(from, to model.QName) {
	f, t := from.Schema+"."+from.Name, to.Schema+"."+to.Name
	for _, tab := range r.all {
		for _, col := range tab.Columns {
			if col.Type.Name == f {
				col.Type.Name = t
			}
		}
	}
	for _, d := range r.s.Domains {
		if d.Type.Name == f {
			d.Type.Name = t
		}
	}
}

func (r *replayer) renameType(c *stmtCtx, st *pg_query.RenameStmt) error {
	q, kind, ok := r.lookupType(stringList(st.Object.GetList().GetItems()))
	if !ok {
		if st.MissingOk {
			return nil
		}
		return c.errorf(-1, "type %q does not exist", displayName(q))
	}
	nq := model.QName{Schema: q.Schema, Name: ident(st.Newname)}
	return r.moveType(c, q, nq, kind)
}

// moveType renames a type or moves it to another schema.
func (r *replayer) moveType(c *stmtCtx, q, nq model.QName, kind typeKind) error {
	if _, exists := r.types[nq]; exists {
		return c.errorf(-1, "type %q already exists", nq.Name)
	}
	if rel := r.rels[nq]; rel != nil && rel.kind != relIndex {
		return c.errorf(-1, "type %q already exists", nq.Name)
	}
	delete(r.types, q)
	r.types[nq] = kind
	switch kind {
	case typeEnum:
		if e, ok := r.s.Enum(q.Schema, q.Name); ok {
			e.Schema, e.Name = nq.Schema, nq.Name
		}
	case typeDomain:
		if d, ok := r.s.Domain(q.Schema, q.Name); ok {
			d.Schema, d.Name = nq.Schema, nq.Name
			if q.Schema != nq.Schema {
				for _, ch := range d.Checks {
					r.moveConstraintName(q.Schema, nq.Schema, ch.Name)
				}
			}
		}
	}
	r.retype(q, nq)
	r.s.AddNamespace(nq.Schema)
	return nil
}

// renameSchema replays ALTER SCHEMA ... RENAME TO: everything in it moves.
func (r *replayer) renameSchema(c *stmtCtx, old, nw string) error {
	if !r.schemas[old] {
		return c.errorf(-1, "schema %q does not exist", old)
	}
	if r.schemas[nw] {
		return c.errorf(-1, "schema %q already exists", nw)
	}
	if strings.HasPrefix(nw, "pg_") {
		return c.errorf(-1, "unacceptable schema name %q", nw)
	}
	delete(r.schemas, old)
	r.schemas[nw] = true
	for i, n := range r.s.Namespaces {
		if n == old {
			r.s.Namespaces[i] = nw
		}
	}
	var types []model.QName
	for q := range r.types {
		if q.Schema == old {
			types = append(types, q)
		}
	}
	sortQNames(types)
	for _, q := range types {
		if err := r.moveType(c, q, model.QName{Schema: nw, Name: q.Name}, r.types[q]); err != nil {
			return err
		}
	}
	for _, t := range append([]*model.Table(nil), r.all...) {
		if t.Schema == old {
			r.moveTable(t, model.QName{Schema: nw, Name: t.Name})
		}
	}
	for _, v := range r.s.Views {
		if v.Schema == old {
			r.moveRel(old, nw, v.Name)
			v.Schema = nw
		}
	}
	var rest []model.QName
	for q := range r.rels {
		if q.Schema == old {
			rest = append(rest, q)
		}
	}
	for _, q := range rest {
		r.moveRel(old, nw, q.Name)
	}
	var cons []model.QName
	for q := range r.cons {
		if q.Schema == old {
			cons = append(cons, q)
		}
	}
	for _, q := range cons {
		r.cons[model.QName{Schema: nw, Name: q.Name}] += r.cons[q]
		delete(r.cons, q)
	}
	return nil
}

// setSchema replays ALTER TABLE / VIEW / SEQUENCE / TYPE / DOMAIN ... SET SCHEMA.
func (r *replayer) setSchema(c *stmtCtx, st *pg_query.AlterObjectSchemaStmt) error {
	schema := ident(st.Newschema)
	switch st.ObjectType {
	case pg_query.ObjectType_OBJECT_TABLE, pg_query.ObjectType_OBJECT_VIEW, pg_query.ObjectType_OBJECT_MATVIEW,
		pg_query.ObjectType_OBJECT_SEQUENCE:
		rel, q, err := r.lookupRange(c, st.Relation, st.MissingOk)
		if rel == nil || err != nil {
			return err
		}
		if !r.schemas[schema] {
			return c.errorf(-1, "schema %q does not exist", schema)
		}
		if q.Schema == schema {
			return nil
		}
		nq := model.QName{Schema: schema, Name: q.Name}
		if r.rels[nq] != nil {
			return c.errorf(-1, "relation %q already exists in schema %q", q.Name, schema)
		}
		switch rel.kind {
		case relTable:
			t := rel.table
			for _, name := range r.dependentRelNames(t) {
				if r.rels[model.QName{Schema: schema, Name: name}] != nil {
					return c.errorf(-1, "relation %q already exists in schema %q", name, schema)
				}
			}
			r.moveTable(t, nq)
			return nil
		case relView:
			rel.view.Schema = schema
			r.s.AddNamespace(schema)
		}
		r.moveRel(q.Schema, schema, q.Name)
		return nil
	case pg_query.ObjectType_OBJECT_TYPE, pg_query.ObjectType_OBJECT_DOMAIN:
		q, kind, ok := r.lookupType(stringList(st.Object.GetList().GetItems()))
		if !ok {
			if st.MissingOk {
				return nil
			}
			return c.errorf(-1, "type %q does not exist", displayName(q))
		}
		if !r.schemas[schema] {
			return c.errorf(-1, "schema %q does not exist", schema)
		}
		if q.Schema == schema {
			return nil
		}
		return r.moveType(c, q, model.QName{Schema: schema, Name: q.Name}, kind)
	case pg_query.ObjectType_OBJECT_EXTENSION:
		return r.setExtensionSchema(c, ident(st.Object.GetString_().GetSval()), schema)
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
		return r.setFunctionSchema(c, st)
	}
	return nil
}

// dependentRelNames lists the relations that move with a table: its
// indexes and its owned sequences.
func (r *replayer) dependentRelNames(t *model.Table) []string {
	var out []string
	if t.PrimaryKey != nil {
		out = append(out, t.PrimaryKey.Name)
	}
	for _, k := range t.Uniques {
		out = append(out, k.Name)
	}
	for _, ix := range t.Indexes {
		out = append(out, ix.Name)
	}
	out = append(out, r.tables[t].exclusions...)
	for _, q := range r.tables[t].sequences {
		out = append(out, q.Name)
	}
	return out
}
