package sqlparse

import (
	"google.golang.org/protobuf/proto"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Constraint states the replay follows beyond the constraints themselves:
// VALIDATE CONSTRAINT, exclusion constraints' renames and drops, and the
// replica identity.

// validateConstraint replays VALIDATE CONSTRAINT, which only checks and
// foreign keys accept.
func (r *replayer) validateConstraint(c *stmtCtx, t *model.Table, name string, loc int32) error {
	for _, ch := range t.Checks {
		if ch.Name == name {
			ch.NotValid = false
			return nil
		}
	}
	for _, fk := range t.ForeignKeys {
		if fk.Name == name {
			fk.NotValid = false
			return nil
		}
	}
	if tableHasConstraint(t, name) {
		return c.errorf(loc, "constraint %q of relation %q is not a foreign key or check constraint", name, t.Name)
	}
	return c.errorf(loc, "constraint %q of relation %q does not exist", name, t.Name)
}

// replicaIdentity replays REPLICA IDENTITY. PostgreSQL takes any unique,
// non-partial, immediate index on NOT NULL columns; the replay only checks
// that the index is the table's.
func (r *replayer) replicaIdentity(c *stmtCtx, t *model.Table, st *pg_query.ReplicaIdentityStmt, loc int32) error {
	if st == nil {
		return c.errorf(loc, "REPLICA IDENTITY without a kind")
	}
	switch st.IdentityType {
	case "d":
		t.ReplicaIdentity, t.ReplicaIndex = model.ReplicaDefault, ""
	case "f":
		t.ReplicaIdentity, t.ReplicaIndex = model.ReplicaFull, ""
	case "n":
		t.ReplicaIdentity, t.ReplicaIndex = model.ReplicaNothing, ""
	case "i":
		name := ident(st.Name)
		rel := r.rels[model.QName{Schema: t.Schema, Name: name}]
		if rel == nil || rel.kind != relIndex || rel.table != t {
			return c.errorf(loc, "index %q for table %q does not exist", name, t.Name)
		}
		if (rel.index != nil && !rel.index.Unique) || (rel.index == nil && rel.key == nil) {
			return c.errorf(loc, "cannot use non-unique index %q as replica identity", name)
		}
		t.ReplicaIdentity, t.ReplicaIndex = model.ReplicaIndexed, name
	default:
		return c.errorf(loc, "unknown REPLICA IDENTITY %q", st.IdentityType)
	}
	return nil
}

// dropExclusion removes the named exclusion constraint and its index.
func (r *replayer) dropExclusion(t *model.Table, name string) bool {
	state := r.tables[t]
	for i, x := range t.Exclusions {
		if x.Name != name {
			continue
		}
		t.Exclusions = append(t.Exclusions[:i:i], t.Exclusions[i+1:]...)
		delete(state.exclusionAST, x)
		delete(state.exclusionNames, x)
		for j, n := range state.exclusions {
			if n == name {
				state.exclusions = append(state.exclusions[:j:j], state.exclusions[j+1:]...)
				break
			}
		}
		delete(r.rels, model.QName{Schema: t.Schema, Name: name})
		r.releaseConstraintName(t.Schema, name)
		r.forgetReplicaIndex(t, name)
		return true
	}
	return false
}

// renameExclusion renames an exclusion constraint and its index.
func (r *replayer) renameExclusion(c *stmtCtx, t *model.Table, old, nw string) (bool, error) {
	state := r.tables[t]
	for _, x := range t.Exclusions {
		if x.Name != old {
			continue
		}
		oq, nq := model.QName{Schema: t.Schema, Name: old}, model.QName{Schema: t.Schema, Name: nw}
		if r.rels[nq] != nil {
			return true, c.errorf(-1, "relation %q already exists", nw)
		}
		r.rels[nq] = r.rels[oq]
		delete(r.rels, oq)
		x.Name = nw
		for j, n := range state.exclusions {
			if n == old {
				state.exclusions[j] = nw
			}
		}
		r.moveConstraintNameTo(t.Schema, old, nw)
		r.renameReplicaIndex(t, old, nw)
		return true, nil
	}
	return false, nil
}

// renameExclusionColumn normalizes t's exclusion constraints again after
// column old became nw.
func (r *replayer) renameExclusionColumn(t *model.Table, old, nw string) error {
	state := r.tables[t]
	for _, x := range t.Exclusions {
		con := state.exclusionAST[x]
		if con == nil {
			continue
		}
		cp := renameExclusionAST(con, old, nw)
		nx, err := normalize.Exclusion(cp)
		if err != nil {
			return err
		}
		x.Index, x.Operators = nx.Index, nx.Operators
		state.exclusionAST[x] = cp
	}
	return nil
}

// renameExclusionAST returns a copy of con with column old renamed to nw
// in its keys, INCLUDE list and predicate.
func renameExclusionAST(con *pg_query.Constraint, old, nw string) *pg_query.Constraint {
	cp := &pg_query.Constraint{Contype: con.Contype, AccessMethod: con.AccessMethod, Location: con.Location,
		Deferrable: con.Deferrable, Initdeferred: con.Initdeferred, Conname: con.Conname}
	for _, el := range con.Exclusions {
		items := el.GetList().GetItems()
		if len(items) != 2 {
			cp.Exclusions = append(cp.Exclusions, el)
			continue
		}
		e := items[0].GetIndexElem()
		if e == nil {
			cp.Exclusions = append(cp.Exclusions, el)
			continue
		}
		ne := &pg_query.IndexElem{Name: e.Name, Expr: e.Expr, Indexcolname: e.Indexcolname, Collation: e.Collation,
			Opclass: e.Opclass, Opclassopts: e.Opclassopts, Ordering: e.Ordering, NullsOrdering: e.NullsOrdering}
		if ident(ne.Name) == old {
			ne.Name = nw
		}
		ne.Expr, _ = normalize.RenameColumnRefs(ne.Expr, old, nw)
		elem := &pg_query.Node{Node: &pg_query.Node_IndexElem{IndexElem: ne}}
		cp.Exclusions = append(cp.Exclusions, &pg_query.Node{Node: &pg_query.Node_List{List: &pg_query.List{Items: []*pg_query.Node{elem, items[1]}}}})
	}
	for _, n := range con.Including {
		if ident(n.GetString_().GetSval()) == old {
			n = pg_query.MakeStrNode(nw)
		}
		cp.Including = append(cp.Including, n)
	}
	cp.WhereClause, _ = normalize.RenameColumnRefs(con.WhereClause, old, nw)
	return cp
}

// forgetReplicaIndex follows the drop of t's replica identity index:
// PostgreSQL keeps the identity USING INDEX, now with no index, which
// logs as little as NOTHING.
func (r *replayer) forgetReplicaIndex(t *model.Table, name string) {
	if t.ReplicaIdentity == model.ReplicaIndexed && t.ReplicaIndex == name {
		t.ReplicaIndex = ""
	}
}

// renameReplicaIndex follows the rename of t's replica identity index.
func (r *replayer) renameReplicaIndex(t *model.Table, old, nw string) {
	if t.ReplicaIdentity == model.ReplicaIndexed && t.ReplicaIndex == old {
		t.ReplicaIndex = nw
	}
}

// renameExclusionIndex follows ALTER INDEX … RENAME of the index behind an
// exclusion constraint, which renames the constraint too.
func (r *replayer) renameExclusionIndex(t *model.Table, old, nw string) {
	if t == nil {
		return
	}
	state := r.tables[t]
	for _, x := range t.Exclusions {
		if x.Name == old {
			x.Name = nw
			r.moveConstraintNameTo(t.Schema, old, nw)
		}
	}
	for j, n := range state.exclusions {
		if n == old {
			state.exclusions[j] = nw
		}
	}
}

// copyExclusions queues copies of src's exclusion constraints, named anew.
func (b *builder) copyExclusions(src *model.Table, ss *tableState) {
	for _, x := range src.Exclusions {
		con := ss.exclusionAST[x]
		if con == nil {
			continue
		}
		cp := proto.Clone(con).(*pg_query.Constraint)
		cp.Conname = ""
		b.exclusions = append(b.exclusions, &pendingExcl{colNames: ss.exclusionNames[x], con: cp})
	}
}
