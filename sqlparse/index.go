package sqlparse

import (
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// createIndex replays CREATE INDEX.
func (r *replayer) createIndex(c *stmtCtx, st *pg_query.IndexStmt) error {
	rel, q, err := r.lookupRange(c, st.Relation, false)
	if err != nil {
		return err
	}
	if rel.kind == relView && rel.view.Materialized {
		return r.createViewIndex(c, rel.view, st)
	}
	if rel.kind != relTable {
		return c.errorf(st.Relation.Location, "%q is not a table or materialized view", q.Name)
	}
	t := rel.table
	if st.Idxname != "" {
		// An index always lives in its table's schema.
		iq := model.QName{Schema: t.Schema, Name: ident(st.Idxname)}
		if r.rels[iq] != nil {
			if st.IfNotExists {
				return nil
			}
			return c.errorf(-1, "relation %q already exists", iq.Name)
		}
	}
	if err := r.addIndex(c, t, st, nil); err != nil {
		return err
	}
	r.markOnly(t, st)
	return nil
}

// addIndex adds an index to t, choosing PostgreSQL's name when it has
// none. b is the builder of the CREATE TABLE that implies the index, if
// any; a snapshot builder keeps the index out of the registry.
func (r *replayer) addIndex(c *stmtCtx, t *model.Table, st *pg_query.IndexStmt, b *builder) error {
	ix, _, err := normalize.IndexStmt(st)
	if err != nil {
		return c.errorf(-1, "%v", err)
	}
	state := r.tables[t]
	if b != nil {
		state = b.state
	}
	if !state.opaque {
		for _, col := range indexColumns(st) {
			if _, ok := t.Column(col); !ok {
				return c.errorf(-1, "column %q does not exist", col)
			}
		}
	}
	snapshot := b != nil && b.snapshot
	taken := func(name string) bool {
		if b != nil && b.takenRel[name] {
			return true
		}
		return !snapshot && r.rels[model.QName{Schema: t.Schema, Name: name}] != nil
	}
	all := append(append([]*pg_query.Node(nil), st.IndexParams...), st.IndexIncludingParams...)
	colNames := indexColumnNames(all)
	if ix.Name == "" {
		ix.Name = chooseName(t.Name, model.NameAddition(colNames), true, "idx", taken)
	}
	state.indexNames[ix] = colNames
	ix.Pos = c.stmtPos()
	t.Indexes = append(t.Indexes, ix)
	state.indexAST[ix] = st
	if b != nil {
		b.takenRel[ix.Name] = true
	}
	if !snapshot {
		r.rels[model.QName{Schema: t.Schema, Name: ix.Name}] = &relation{kind: relIndex, table: t, index: ix}
	}
	return nil
}

// removeIndex drops a CREATE INDEX index from its table.
func (r *replayer) removeIndex(t *model.Table, ix *model.Index) {
	for i, x := range t.Indexes {
		if x == ix {
			t.Indexes = append(t.Indexes[:i:i], t.Indexes[i+1:]...)
			break
		}
	}
	if state := r.tables[t]; state != nil {
		delete(state.indexAST, ix)
		delete(state.indexNames, ix)
	}
	q := model.QName{Schema: t.Schema, Name: ix.Name}
	if rel := r.rels[q]; rel != nil && rel.index == ix {
		delete(r.rels, q)
	}
	r.forgetReplicaIndex(t, ix.Name)
}

// removeKey drops a primary key or unique constraint and its index.
func (r *replayer) removeKey(t *model.Table, k *model.Key) {
	if t.PrimaryKey == k {
		t.PrimaryKey = nil
	}
	for i, x := range t.Uniques {
		if x == k {
			t.Uniques = append(t.Uniques[:i:i], t.Uniques[i+1:]...)
			break
		}
	}
	q := model.QName{Schema: t.Schema, Name: k.Name}
	if rel := r.rels[q]; rel != nil && rel.key == k {
		delete(r.rels, q)
	}
	r.forgetReplicaIndex(t, k.Name)
	if state := r.tables[t]; state != nil {
		delete(state.keyNames, k)
	}
	r.releaseConstraintName(t.Schema, k.Name)
}

func (r *replayer) removeCheck(t *model.Table, ch *model.Check) {
	for i, x := range t.Checks {
		if x == ch {
			t.Checks = append(t.Checks[:i:i], t.Checks[i+1:]...)
			break
		}
	}
	if state := r.tables[t]; state != nil {
		delete(state.checkAST, ch)
	}
	r.releaseConstraintName(t.Schema, ch.Name)
}

func (r *replayer) removeFK(t *model.Table, fk *model.ForeignKey) {
	for i, x := range t.ForeignKeys {
		if x == fk {
			t.ForeignKeys = append(t.ForeignKeys[:i:i], t.ForeignKeys[i+1:]...)
			break
		}
	}
	r.releaseConstraintName(t.Schema, fk.Name)
}

func (r *replayer) releaseConstraintName(schema, name string) {
	q := model.QName{Schema: schema, Name: name}
	if r.cons[q] <= 1 {
		delete(r.cons, q)
	} else {
		r.cons[q]--
	}
}

// reindex normalizes an index again from its (renamed) statement.
func (r *replayer) reindex(t *model.Table, ix *model.Index, st *pg_query.IndexStmt) error {
	fresh, _, err := normalize.IndexStmt(st)
	if err != nil {
		return err
	}
	fresh.Name, fresh.Pos = ix.Name, ix.Pos
	*ix = *fresh
	r.tables[t].indexAST[ix] = st
	return nil
}
