package plan

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

func (b *builder) tables(f *diff.Finding) (model.QName, *model.Table, *model.Table, bool) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	lt, lok := b.lt(q)
	rt, rok := b.rt(q)
	if !lok && !rok {
		// A finding on a partition's own key, index or foreign key.
		lt, lok = partitionLocal(b.left, q)
		rt, rok = partitionLocal(b.right, q)
	}
	return q, lt, rt, lok && rok
}

// partitionLocal is a partition's own objects as a table (see
// model.PartitionLocal), which the statements for a table's keys, indexes
// and foreign keys apply to as they stand.
func partitionLocal(s *model.Schema, q model.QName) (*model.Table, bool) {
	for _, t := range s.Tables {
		for _, p := range t.Partitions {
			if p.Schema == q.Schema && p.Name == q.Name && p.Local != nil {
				return p.Local.Table(p), true
			}
		}
	}
	return nil, false
}

func (b *builder) dropConstraint(f *diff.Finding, phase int, q model.QName, name string) *Step {
	s := b.newStep(f, phase, q, alterTable(q, "DROP CONSTRAINT "+ident(name)))
	s.lock(accessExclusive, q).provide(conKey(q, name))
	return s
}

// addKey plans a primary key or unique constraint. On a live table the
// index is built CONCURRENTLY first and the constraint adopts it, so writes
// are blocked only for the catalog update.
func (b *builder) addKey(f *diff.Finding, q model.QName, kind string, k *model.Key, rt *model.Table) {
	name := k.Name
	if name == "" {
		label := "key"
		if kind == "PRIMARY KEY" {
			name = model.ObjectName(q.Name, "", false, "pkey")
		} else {
			name = model.ObjectName(q.Name, model.NameAddition(k.Columns), true, label)
		}
	}
	what := fmt.Sprintf("%s %s of %s", kind, quoteList(k.Columns), qname(q))
	if !b.online(q) {
		kk := *k
		kk.Name = name
		s := b.newStep(f, phaseKey, q, alterTable(q, "ADD "+keyDef(kind, &kk)))
		s.lock(accessExclusive, q).need(colKeys(q, k.Columns)...).need(conKey(q, name)).provide(uniqueKey(q, k.Columns))
		if b.existing(q) {
			b.tableHazard(s, FullScan, q, "building the index of "+what+" reads every row")
			b.tableHazard(s, BlocksWrites, q, "ACCESS EXCLUSIVE is held while the index of "+what+" is built")
			b.tableHazard(s, MayFailOnData, q, "fails if existing rows violate "+what)
		}
		return
	}
	nnd := ""
	if k.NullsNotDistinct {
		nnd = " NULLS NOT DISTINCT"
	}
	ix := b.newStep(f, phaseKey, q, fmt.Sprintf("CREATE UNIQUE INDEX CONCURRENTLY %s ON %s (%s)%s", ident(name), qname(q), idents(k.Columns), nnd))
	ix.nonTx("CREATE INDEX CONCURRENTLY cannot run in a transaction; a failure leaves an INVALID index to drop")
	ix.lock(shareUpdateExcusive, q).need(colKeys(q, k.Columns)...).need(conKey(q, name), indexKey(q.Schema, name)).provide("ix:" + conKey(q, name))
	b.tableHazard(ix, FullScan, q, "building the index of "+what+" reads every row (writes continue)")
	b.tableHazard(ix, MayFailOnData, q, "fails if existing rows violate "+what)
	add := b.newStep(f, phaseKey+1, q, alterTable(q, "ADD CONSTRAINT "+ident(name)+" "+kind+" USING INDEX "+ident(name)+deferClause(k.Deferrable, k.InitiallyDeferred)))
	add.lock(accessExclusive, q).need("ix:" + conKey(q, name)).provide(uniqueKey(q, k.Columns))
	if kind == "PRIMARY KEY" && rt != nil {
		for _, c := range k.Columns {
			if rc, ok := b.rcol(q, c); ok && !rc.NotNull && !inPK(rt, rc.Name) {
				b.tableHazard(add, FullScan, q, "the primary key sets "+ident(c)+" NOT NULL, which reads every row")
				b.tableHazard(add, BlocksWrites, q, "ACCESS EXCLUSIVE is held during that scan")
				b.tableHazard(add, MayFailOnData, q, "fails if "+ident(c)+" holds NULLs")
				break
			}
		}
	}
}

func inPK(t *model.Table, col string) bool {
	if t.PrimaryKey == nil {
		return false
	}
	for _, c := range t.PrimaryKey.Columns {
		if c == col {
			return true
		}
	}
	return false
}

func (b *builder) pkMissing(f *diff.Finding) {
	q, lt, rt, ok := b.tables(f)
	if ok && lt.PrimaryKey != nil {
		b.addKey(f, q, "PRIMARY KEY", lt.PrimaryKey, rt)
	}
}

func (b *builder) pkExtra(f *diff.Finding) {
	q, _, rt, ok := b.tables(f)
	if !ok || rt.PrimaryKey == nil {
		return
	}
	s := b.dropConstraint(f, phaseDropConstraint, q, rt.PrimaryKey.Name)
	s.hazard(BackwardIncompatible, "rows of "+qname(q)+" lose their identity; foreign keys that reference the key must go first")
}

func (b *builder) pkDiffers(f *diff.Finding) {
	q, lt, rt, ok := b.tables(f)
	if !ok || lt.PrimaryKey == nil || rt.PrimaryKey == nil {
		return
	}
	b.dropConstraint(f, phaseDropConstraint, q, rt.PrimaryKey.Name)
	b.addKey(f, q, "PRIMARY KEY", lt.PrimaryKey, rt)
}

func findKey(ks []*model.Key, object string) (*model.Key, bool) {
	for _, k := range ks {
		if k != nil && nameOr(k.Name, quoteList(k.Columns)) == object {
			return k, true
		}
	}
	return nil, false
}

func (b *builder) uniqueMissing(f *diff.Finding) {
	q, lt, rt, ok := b.tables(f)
	if !ok {
		return
	}
	if k, ok := findKey(lt.Uniques, f.Object); ok {
		b.addKey(f, q, "UNIQUE", k, rt)
	}
}

func (b *builder) uniqueExtra(f *diff.Finding) {
	q, _, rt, ok := b.tables(f)
	if !ok {
		return
	}
	if k, ok := findKey(rt.Uniques, f.Object); ok && k.Name != "" {
		b.dropConstraint(f, phaseDropConstraint, q, k.Name)
	}
}

func findCheck(cs []*model.Check, object, expr string) (*model.Check, bool) {
	for _, c := range cs {
		if c != nil && c.Expr == expr && nameOr(c.Name, c.Expr) == object {
			return c, true
		}
	}
	return nil, false
}

func (b *builder) checkMissing(f *diff.Finding) {
	q, lt, _, ok := b.tables(f)
	if !ok {
		return
	}
	ck, ok := findCheck(lt.Checks, f.Object, f.Expected)
	if !ok {
		return
	}
	if ck.NotValid {
		b.addNotValidCheck(f, q, ck)
		return
	}
	if !b.online(q) {
		s := b.newStep(f, phaseKey, q, alterTable(q, "ADD "+checkDef(ck)))
		s.lock(accessExclusive, q)
		if ck.Name != "" {
			s.need(conKey(q, ck.Name))
		}
		if b.existing(q) {
			b.tableHazard(s, FullScan, q, "adding CHECK ("+ck.Expr+") reads every row of "+qname(q))
			b.tableHazard(s, BlocksWrites, q, "ACCESS EXCLUSIVE is held during the scan")
			b.tableHazard(s, MayFailOnData, q, "fails if existing rows violate CHECK ("+ck.Expr+")")
		}
		return
	}
	named := *ck
	if named.Name == "" {
		b.seq++
		named.Name = model.ObjectName(q.Name, fmt.Sprint(b.seq), true, "check")
	}
	s := b.newStep(f, phaseKey, q, alterTable(q, "ADD "+checkDef(&named)+" NOT VALID"))
	s.lock(accessExclusive, q).need(conKey(q, named.Name)).provide(conKey(q, named.Name))
	v := b.validate(f, q, named.Name, nil)
	b.tableHazard(v, MayFailOnData, q, "fails if existing rows violate CHECK ("+ck.Expr+")")
}

func (b *builder) checkExtra(f *diff.Finding) {
	q, _, rt, ok := b.tables(f)
	if !ok {
		return
	}
	if ck, ok := findCheck(rt.Checks, f.Object, f.Actual); ok && ck.Name != "" {
		b.dropConstraint(f, phaseDropConstraint, q, ck.Name)
	}
}

// indexSQL renders CREATE INDEX from the index's definition, which is
// written in CREATE INDEX's own order (USING, keys, INCLUDE, NULLS, WHERE).
func indexSQL(t *model.Table, ix *model.Index, name string, concurrently bool) string {
	var s strings.Builder
	s.WriteString("CREATE ")
	if ix.Unique {
		s.WriteString("UNIQUE ")
	}
	s.WriteString("INDEX ")
	if concurrently {
		s.WriteString("CONCURRENTLY ")
	}
	if name != "" {
		s.WriteString(ident(name) + " ")
	}
	s.WriteString("ON " + qname(t.QName()) + " " + strings.TrimPrefix(ix.Definition(), "UNIQUE "))
	return s.String()
}

func indexCols(ix *model.Index) []string {
	var cols []string
	for _, k := range ix.Keys {
		if k.Column != "" {
			cols = append(cols, k.Column)
		}
	}
	return append(cols, ix.Include...)
}

// createIndex plans CREATE INDEX, CONCURRENTLY on a live table that holds
// rows (partitioned tables cannot build their index concurrently).
func (b *builder) createIndex(f *diff.Finding, t *model.Table, ix *model.Index, name string) *Step {
	q := t.QName()
	conc := b.online(q) && t.PartitionBy == ""
	s := b.newStep(f, phaseIndex, q, indexSQL(t, ix, name, conc))
	s.need(colKeys(q, indexCols(ix))...).provide(indexKey(q.Schema, name))
	if name != "" {
		s.need("dropped:" + indexKey(q.Schema, name))
	}
	if ix.Unique && ix.Where == "" {
		var cols []string
		for _, k := range ix.Keys {
			cols = append(cols, k.Column)
		}
		s.provide(uniqueKey(q, cols))
	}
	what := "building index " + nameOr(name, ix.Definition()) + " reads every row of " + qname(q)
	switch {
	case conc:
		s.nonTx("CREATE INDEX CONCURRENTLY cannot run in a transaction; a failure leaves an INVALID index to drop")
		s.lock(shareUpdateExcusive, q)
		b.tableHazard(s, FullScan, q, what+" (writes continue)")
	case b.existing(q):
		s.lock(shareLock, q)
		b.tableHazard(s, FullScan, q, what)
		b.tableHazard(s, BlocksWrites, q, "SHARE is held while the index is built: writes wait")
	default:
		s.lock(shareLock, q)
	}
	if ix.Unique && b.existing(q) {
		b.tableHazard(s, MayFailOnData, q, "fails if existing rows are not unique")
	}
	return s
}

func findIndex(ixs []*model.Index, object string) (*model.Index, bool) {
	for _, ix := range ixs {
		if ix != nil && nameOr(ix.Name, ix.Definition()) == object {
			return ix, true
		}
	}
	return nil, false
}

func (b *builder) dropIndex(f *diff.Finding, q model.QName, name string, phase int) *Step {
	conc := b.online(q)
	if rt, ok := b.rt(q); ok && rt.PartitionBy != "" {
		conc = false
	}
	sql := "DROP INDEX " + qname(model.QName{Schema: q.Schema, Name: name})
	if conc {
		sql = "DROP INDEX CONCURRENTLY " + qname(model.QName{Schema: q.Schema, Name: name})
	}
	s := b.newStep(f, phase, q, sql).provide("dropped:" + indexKey(q.Schema, name))
	if conc {
		s.nonTx("DROP INDEX CONCURRENTLY cannot run in a transaction")
		s.lock(shareUpdateExcusive, q)
	} else {
		s.lock(accessExclusive, q)
	}
	return s
}

func (b *builder) indexMissing(f *diff.Finding) {
	_, lt, _, ok := b.tables(f)
	if !ok {
		b.notTable(f)
		return
	}
	if ix, ok := findIndex(lt.Indexes, f.Object); ok {
		b.createIndex(f, lt, ix, ix.Name)
	}
}

func (b *builder) indexExtra(f *diff.Finding) {
	q, _, rt, ok := b.tables(f)
	if !ok {
		b.notTable(f)
		return
	}
	if ix, ok := findIndex(rt.Indexes, f.Object); ok && ix.Name != "" {
		b.dropIndex(f, q, ix.Name, phaseDropConstraint)
	}
}

func (b *builder) indexRenamed(f *diff.Finding) {
	q, _, rt, ok := b.tables(f)
	if !ok || !hasIndex(rt, f.Actual) {
		return
	}
	if f.Expected == "" || f.Actual == "" {
		b.notes = append(b.notes, fmt.Sprintf("%s: nothing to run (one side does not name the index)", f.Fingerprint()))
		return
	}
	s := b.newStep(f, phaseRename, q, "ALTER INDEX "+qname(model.QName{Schema: q.Schema, Name: f.Actual})+" RENAME TO "+ident(f.Expected))
	s.Comment = append(s.Comment, "rename: the two indexes have the same definition, so this is a RENAME, not DROP + CREATE")
	s.lock(shareUpdateExcusive, q).provide(indexKey(q.Schema, f.Expected), "dropped:"+indexKey(q.Schema, f.Actual))
}

// indexDiffers replaces an index of the same name. On a live table the new
// index is built under a temporary name, the old one dropped and the new
// one renamed, so the table is never without an index.
func (b *builder) indexDiffers(f *diff.Finding) {
	q, lt, _, ok := b.tables(f)
	if !ok {
		return
	}
	ix, ok := findIndex(lt.Indexes, f.Object)
	if !ok {
		return
	}
	if !b.online(q) || lt.PartitionBy != "" {
		b.dropIndex(f, q, ix.Name, phaseDropConstraint)
		b.createIndex(f, lt, ix, ix.Name)
		return
	}
	tmp := model.ObjectName(ix.Name, "", false, "new")
	b.createIndex(f, lt, ix, tmp)
	d := b.dropIndex(f, q, ix.Name, phaseIndex)
	d.need(indexKey(q.Schema, tmp))
	r := b.newStep(f, phaseIndex, q, "ALTER INDEX "+qname(model.QName{Schema: q.Schema, Name: tmp})+" RENAME TO "+ident(ix.Name))
	r.lock(shareUpdateExcusive, q).need("dropped:"+indexKey(q.Schema, ix.Name), indexKey(q.Schema, tmp))
}

func hasIndex(t *model.Table, name string) bool {
	_, ok := t.Index(name)
	return ok && name != ""
}
