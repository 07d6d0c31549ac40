package diff

import "github.com/ariadrift/ariadrift/model"

// partitionLocal compares what two matched partitions hold of their own
// (model.PartitionLocal): keys and foreign keys declared on one partition
// and indexes created on it, compared like a table's and reported on the
// partition. The parent's clones are not there, so they are never reported
// twice.
func (tc *tableCmp) partitionLocal(l, r model.Partition) {
	if l.Local == nil || r.Local == nil {
		return // a source that does not describe them (the spec)
	}
	if l.Local.Empty() && r.Local.Empty() {
		return
	}
	lt, rt := l.Local.Table(l), r.Local.Table(r)
	pc := &tableCmp{comparer: tc.comparer, lt: lt, rt: rt, q: lt.QName(), cols: &colMatch{}}
	pc.primaryKey()
	pc.foreignKeys()
	pc.uniquesAndIndexes()
	pc.keyDeferrals()
}
