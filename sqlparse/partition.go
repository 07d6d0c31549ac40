package sqlparse

import (
	"fmt"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// attachIndexes replays ALTER INDEX parent ATTACH PARTITION child: the
// child index becomes a clone of the parent's and is no longer the
// partition's own (see model.PartitionLocal).
func (r *replayer) attachIndexes(c *stmtCtx, st *pg_query.AlterTableStmt) error {
	for _, n := range st.Cmds {
		cmd := n.GetAlterTableCmd()
		if cmd == nil || cmd.Subtype != pg_query.AlterTableType_AT_AttachPartition {
			continue
		}
		rv := cmd.Def.GetPartitionCmd().GetName()
		if rv == nil {
			continue
		}
		parent, _, err := r.lookupRange(c, st.Relation, false)
		if err != nil {
			return err
		}
		child, q, err := r.lookupRange(c, rv, false)
		if err != nil {
			return err
		}
		if parent.kind != relIndex || child.kind != relIndex || (child.index == nil && child.key == nil) {
			return c.errorf(rv.Location, "%q is not an index of a partition", q.Name)
		}
		if child.index == nil {
			// The index of a partition's primary key or unique constraint,
			// as pg_dump attaches it to the parent's: a partition's keys
			// are not listed as its own, so there is nothing to mark.
			continue
		}
		if r.attached == nil {
			r.attached = map[*model.Index]bool{}
		}
		r.attached[child.index] = true
	}
	return nil
}

// finishPartitions lists on every partition what it holds of its own: the
// keys, indexes and foreign keys that are not the parent's clones. PostgreSQL
// adopts a partition's index of the same definition when the parent's is
// created or the partition attached, so an index whose definition matches
// one of the parent's is a clone whether it was copied or adopted.
func (r *replayer) finishPartitions() {
	for _, parent := range r.all {
		state := r.tables[parent]
		if state == nil || len(state.children) == 0 {
			continue
		}
		for i, p := range parent.Partitions {
			child := r.partitionTable(state, p)
			if child == nil {
				continue
			}
			local := localKeys(parent, child)
			defs := map[string]int{}
			for _, ix := range parent.Indexes {
				if !r.onlyIndexes[ix] {
					defs[ix.Definition()]++
				}
			}
			for _, ix := range child.Indexes {
				if r.attached[ix] {
					continue
				}
				if d := ix.Definition(); defs[d] > 0 {
					defs[d]--
					continue
				}
				local.Indexes = append(local.Indexes, ix)
			}
			fks := map[string]int{}
			for _, fk := range parent.ForeignKeys {
				fks[fk.Definition()]++
			}
			for _, fk := range child.ForeignKeys {
				if d := fk.Definition(); fks[d] > 0 {
					fks[d]--
					continue
				}
				local.ForeignKeys = append(local.ForeignKeys, fk)
			}
			parent.Partitions[i].Local = local
		}
	}
}

// localKeys starts a partition's own objects with its keys that are not
// the parent's: the replay copies the parent's keys onto each partition, as
// PostgreSQL does, and a key of the same definition, created on the
// partition and then attached or adopted, is a clone too.
func localKeys(parent, child *model.Table) *model.PartitionLocal {
	local := &model.PartitionLocal{}
	defs := map[string]int{}
	if parent.PrimaryKey != nil {
		defs[keyShape("PRIMARY KEY", parent.PrimaryKey)]++
	}
	for _, u := range parent.Uniques {
		defs[keyShape("UNIQUE", u)]++
	}
	own := func(kind string, k *model.Key) bool {
		if d := keyShape(kind, k); defs[d] > 0 {
			defs[d]--
			return false
		}
		return true
	}
	if child.PrimaryKey != nil && own("PRIMARY KEY", child.PrimaryKey) {
		local.PrimaryKey = child.PrimaryKey
	}
	for _, u := range child.Uniques {
		if own("UNIQUE", u) {
			local.Uniques = append(local.Uniques, u)
		}
	}
	return local
}

// keyShape is what a partition's copy of a key keeps of it: the kind, the
// columns and NULLS NOT DISTINCT.
func keyShape(kind string, k *model.Key) string {
	return fmt.Sprintf("%s %q %t", kind, k.Columns, k.NullsNotDistinct)
}

func (r *replayer) partitionTable(state *tableState, p model.Partition) *model.Table {
	for _, c := range state.children {
		if c.Schema == p.Schema && c.Name == p.Name {
			return c
		}
	}
	return nil
}

// markOnly records CREATE INDEX ON ONLY a partitioned table: that index
// adopts no partition's index until ALTER INDEX ... ATTACH PARTITION.
func (r *replayer) markOnly(t *model.Table, st *pg_query.IndexStmt) {
	if st.Relation.Inh || len(t.Indexes) == 0 || t.PartitionBy == "" {
		return
	}
	if r.onlyIndexes == nil {
		r.onlyIndexes = map[*model.Index]bool{}
	}
	r.onlyIndexes[t.Indexes[len(t.Indexes)-1]] = true
}
