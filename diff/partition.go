package diff

import "github.com/ariadrift/ariadrift/model"

// partitionLocal compares what two matched partitions hold of their own
// (model.PartitionLocal): indexes created on one partition and foreign keys
// declared on it, compared like a table's and reported on the partition.
// The parent's clones are not there, so they are never reported twice.
func (tc *tableCmp) partitionLocal(l, r model.Partition) {
	if l.Local == nil || r.Local == nil {
		return // a source that does not describe them (the spec)
	}
	li, lf := l.Local.Indexes, l.Local.ForeignKeys
	ri, rf := r.Local.Indexes, r.Local.ForeignKeys
	if len(li)+len(ri)+len(lf)+len(rf) == 0 {
		return
	}
	lt := &model.Table{Schema: l.Schema, Name: l.Name, Indexes: li, ForeignKeys: lf}
	rt := &model.Table{Schema: r.Schema, Name: r.Name, Indexes: ri, ForeignKeys: rf}
	pc := &tableCmp{comparer: tc.comparer, lt: lt, rt: rt, q: lt.QName(), cols: &colMatch{}}
	pc.foreignKeys()
	pc.uniquesAndIndexes()
}
