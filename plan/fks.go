package plan

import (
	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// fkObject is how diff names a foreign key in a finding's object.
func fkObject(fk *model.ForeignKey) string {
	return nameOr(fk.Name, quoteList(fk.Columns)+" → "+fk.Ref().String())
}

// findFK finds the key a finding names by its object and definition,
// preferring one not planned yet: several keys may share columns, table
// and even a definition, and each finding stands for one of them.
func findFK(fks []*model.ForeignKey, object, def string, planned map[*model.ForeignKey]bool) (*model.ForeignKey, bool) {
	var found *model.ForeignKey
	for _, fk := range fks {
		if fk == nil || fkObject(fk) != object || (def != "" && fk.Definition() != def) {
			continue
		}
		if !planned[fk] {
			return fk, true
		}
		if found == nil {
			found = fk
		}
	}
	return found, found != nil
}

func fkDef(fk *model.ForeignKey, name string) string {
	s := "CONSTRAINT " + ident(name) + " FOREIGN KEY (" + idents(fk.Columns) + ") REFERENCES " +
		qname(fk.Ref()) + " (" + idents(fk.RefColumns) + ")"
	if fk.Match != "" && fk.Match != "SIMPLE" {
		s += " MATCH " + fk.Match
	}
	if fk.OnDelete != "" && fk.OnDelete != "NO ACTION" {
		s += " ON DELETE " + fk.OnDelete
	}
	if fk.OnUpdate != "" && fk.OnUpdate != "NO ACTION" {
		s += " ON UPDATE " + fk.OnUpdate
	}
	return s + deferClause(fk.Deferrable, fk.InitiallyDeferred)
}

// addFK plans a foreign key after the tables and the unique key it needs.
// On a live table it is added NOT VALID (a brief lock, no scan) and
// validated in a transaction of its own, which lets writes continue.
func (b *builder) addFK(f *diff.Finding, t *model.Table, fk *model.ForeignKey) {
	if b.fksAdded[fk] {
		return
	}
	b.fksAdded[fk] = true
	q, ref := t.QName(), fk.Ref()
	name := fk.Name
	if name == "" {
		name = model.ObjectName(q.Name, model.NameAddition(fk.Columns), true, "fkey")
	}
	// PostgreSQL refuses NOT VALID on a partitioned table's foreign key.
	online := b.online(q) && t.PartitionBy == ""
	sql := alterTable(q, "ADD "+fkDef(fk, name))
	if online || fk.NotValid {
		sql += " NOT VALID"
	}
	s := b.newStep(f, phaseFK, q, sql)
	s.lock(shareRowExclusive, q)
	if ref != q {
		s.lock(shareRowExclusive, ref)
	}
	s.need(colKeys(q, fk.Columns)...).need(tableKey(ref), uniqueKey(ref, fk.RefColumns), conKey(q, name)).provide(conKey(q, name))
	s.need(colKeys(ref, fk.RefColumns)...)
	what := "rows of " + qname(q) + " that reference no row of " + qname(ref)
	switch {
	case fk.NotValid:
		// The canonical side leaves the key unvalidated: so does the plan.
	case online:
		v := b.validate(f, q, name, &ref)
		b.tableHazard(v, MayFailOnData, q, "VALIDATE fails on "+what)
	case b.existing(q):
		b.tableHazard(s, FullScan, q, "adding the foreign key reads every row of "+qname(q))
		b.tableHazard(s, BlocksWrites, q, "SHARE ROW EXCLUSIVE on "+qname(q)+" and "+qname(ref)+" is held during the scan")
		b.tableHazard(s, MayFailOnData, q, "fails on "+what)
	}
}

func (b *builder) dropFK(f *diff.Finding, q model.QName, fk *model.ForeignKey) {
	b.fksDropped[fk] = true
	if fk.Name == "" {
		b.manual(f, q, "the target's foreign key has no name to drop it by")
		return
	}
	s := b.newStep(f, phaseDropFK, q, alterTable(q, "DROP CONSTRAINT "+ident(fk.Name)))
	s.lock(accessExclusive, q).provide(conKey(q, fk.Name), fkDropKey(fk.Ref()))
	if fk.Ref() != q {
		s.lock(accessExclusive, fk.Ref())
	}
}

func (b *builder) fkMissing(f *diff.Finding) {
	_, lt, _, ok := b.tables(f)
	if !ok {
		return
	}
	if fk, ok := findFK(lt.ForeignKeys, f.Object, f.Expected, b.fksAdded); ok {
		b.addFK(f, lt, fk)
	}
}

func (b *builder) fkExtra(f *diff.Finding) {
	q, _, rt, ok := b.tables(f)
	if !ok {
		return
	}
	if fk, ok := findFK(rt.ForeignKeys, f.Object, f.Actual, b.fksDropped); ok {
		b.dropFK(f, q, fk)
	}
}

// fkDiffers replaces the target's key with the canonical one. The target's
// key is found as diff matched it: the same columns (after renames) and
// referenced table, and the definition the finding shows, the one of the
// canonical key's name first.
func (b *builder) fkDiffers(f *diff.Finding) {
	q, lt, rt, ok := b.tables(f)
	if !ok {
		return
	}
	lf, ok := findFK(lt.ForeignKeys, f.Object, f.Expected, b.fksAdded)
	if !ok {
		return
	}
	var pick *model.ForeignKey
	for _, rf := range rt.ForeignKeys {
		if rf == nil || b.fksDropped[rf] || rf.Ref() != lf.Ref() || rf.Definition() != f.Actual || !b.sameCols(q, lf.Columns, rf.Columns) {
			continue
		}
		if pick == nil || (rf.Name == lf.Name && pick.Name != lf.Name) {
			pick = rf
		}
	}
	if pick != nil {
		b.dropFK(f, q, pick)
		b.addFK(f, lt, lf)
	}
}

// sameCols compares left columns with right ones read through the renames.
func (b *builder) sameCols(q model.QName, left, right []string) bool {
	if len(left) != len(right) {
		return false
	}
	for i, l := range left {
		r := l
		if n, ok := b.renamed[q][l]; ok {
			r = n
		}
		if r != right[i] {
			return false
		}
	}
	return true
}
