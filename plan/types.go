package plan

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

func typeName(schema, name string) string { return schema + "." + name }

func (b *builder) enumMissing(f *diff.Finding) {
	e, ok := b.left.Enum(f.Schema, f.Table)
	if !ok {
		return
	}
	vals := make([]string, len(e.Values))
	for i, v := range e.Values {
		vals[i] = literal(v)
	}
	q := model.QName{Schema: e.Schema, Name: e.Name}
	s := b.newStep(f, phaseType, model.QName{}, "CREATE TYPE "+qname(q)+" AS ENUM ("+strings.Join(vals, ", ")+")")
	s.provide(typeKey(typeName(e.Schema, e.Name)))
}

func (b *builder) enumExtra(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	if _, ok := b.right.Enum(q.Schema, q.Name); !ok {
		return
	}
	s := b.newStep(f, phaseDropType, model.QName{}, "DROP TYPE "+qname(q))
	s.need(typeUseKey(typeName(q.Schema, q.Name)))
}

// enumValues adds the canonical labels the target lacks, each BEFORE or
// AFTER its neighbour so the order matches. A label the target has and the
// canonical side lacks, or labels in another order, cannot be fixed by
// ALTER TYPE: PostgreSQL cannot drop or move an enum label, and recreating
// the type would rewrite every column of it. That is left to a person.
func (b *builder) enumValues(f *diff.Finding) {
	le, lok := b.left.Enum(f.Schema, f.Table)
	re, rok := b.right.Enum(f.Schema, f.Table)
	if !lok || !rok {
		return
	}
	q := model.QName{Schema: le.Schema, Name: le.Name}
	have := map[string]bool{}
	for _, v := range re.Values {
		have[v] = true
	}
	var kept []string
	for _, v := range le.Values {
		if have[v] {
			kept = append(kept, v)
		}
	}
	var removed []string
	for _, v := range re.Values {
		if !contains(le.Values, v) {
			removed = append(removed, v)
		}
	}
	var extraOrder []string
	for _, v := range re.Values {
		if contains(le.Values, v) {
			extraOrder = append(extraOrder, v)
		}
	}
	if strings.Join(kept, "\x00") != strings.Join(extraOrder, "\x00") {
		b.manual(f, q, fmt.Sprintf("the labels of %s are in another order; PostgreSQL cannot reorder enum labels", qname(q)))
		return
	}
	for i, v := range le.Values {
		if have[v] {
			continue
		}
		pos := ""
		if i > 0 {
			pos = " AFTER " + literal(le.Values[i-1])
		} else if next, ok := firstHeld(le.Values[1:], have); ok {
			pos = " BEFORE " + literal(next)
		}
		s := b.newStep(f, phaseEnumValue, model.QName{}, "ALTER TYPE "+qname(q)+" ADD VALUE "+literal(v)+pos)
		// A new label cannot be used in the transaction that adds it, so
		// each runs on its own and commits before anything that uses it.
		s.alone = true
		s.provide(typeKey(typeName(q.Schema, q.Name))).need("enumvalue:" + typeName(q.Schema, q.Name))
		s.provide("enumvalue:" + typeName(q.Schema, q.Name))
		have[v] = true
	}
	if len(removed) > 0 {
		b.manual(f, q, fmt.Sprintf("%s has labels %s that the canonical side lacks; PostgreSQL cannot drop an enum label, and recreating the type "+
			"rewrites every column of it: change the rows that use them, then recreate the type by hand", qname(q), strings.Join(quoted(removed), ", ")))
	}
}

// firstHeld returns the first label the type already has.
func firstHeld(vals []string, have map[string]bool) (string, bool) {
	for _, v := range vals {
		if have[v] {
			return v, true
		}
	}
	return "", false
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func quoted(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = literal(s)
	}
	return out
}

func (b *builder) domainMissing(f *diff.Finding) {
	d, ok := b.left.Domain(f.Schema, f.Table)
	if !ok {
		return
	}
	q := model.QName{Schema: d.Schema, Name: d.Name}
	sql := "CREATE DOMAIN " + qname(q) + " AS " + d.Type.String()
	if d.Default != "" {
		sql += " DEFAULT " + d.Default
	}
	if d.NotNull {
		sql += " NOT NULL"
	}
	for _, ck := range d.Checks {
		sql += " " + checkDef(ck)
	}
	s := b.newStep(f, phaseType, model.QName{}, sql)
	s.provide(typeKey(typeName(q.Schema, q.Name)))
	if n, ok := userType(d.Type); ok {
		s.need(typeKey(n))
	}
}

func (b *builder) domainExtra(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	if _, ok := b.right.Domain(q.Schema, q.Name); !ok {
		return
	}
	s := b.newStep(f, phaseDropType, model.QName{}, "DROP DOMAIN "+qname(q))
	s.need(typeUseKey(typeName(q.Schema, q.Name)))
}

// domainDiffers alters the domain's default, NOT NULL and checks in place;
// a different base type would need every column of the domain rewritten,
// which is left to a person.
func (b *builder) domainDiffers(f *diff.Finding) {
	ld, lok := b.left.Domain(f.Schema, f.Table)
	rd, rok := b.right.Domain(f.Schema, f.Table)
	if !lok || !rok {
		return
	}
	q := model.QName{Schema: ld.Schema, Name: ld.Name}
	if !ld.Type.Equal(rd.Type) {
		b.manual(f, q, fmt.Sprintf("domain %s is %s on the canonical side but %s on the target; ALTER DOMAIN cannot change the base type", qname(q), ld.Type, rd.Type))
		return
	}
	alter := func(sub string) *Step {
		s := b.newStep(f, phaseColumn, model.QName{}, "ALTER DOMAIN "+qname(q)+" "+sub)
		s.provide(typeKey(typeName(q.Schema, q.Name)))
		return s
	}
	scan := func(s *Step, what string) {
		s.hazard(FullScan, "checks every column of domain "+qname(q))
		s.hazard(MayFailOnData, "fails if stored values violate "+what)
	}
	if ld.Default != rd.Default {
		if ld.Default == "" {
			alter("DROP DEFAULT")
		} else {
			alter("SET DEFAULT " + ld.Default)
		}
	}
	if ld.NotNull != rd.NotNull {
		if ld.NotNull {
			scan(alter("SET NOT NULL"), "NOT NULL")
		} else {
			alter("DROP NOT NULL")
		}
	}
	for _, rc := range rd.Checks {
		if !hasCheck(ld.Checks, rc.Expr) && rc.Name != "" {
			alter("DROP CONSTRAINT " + ident(rc.Name))
		}
	}
	for _, lc := range ld.Checks {
		if !hasCheck(rd.Checks, lc.Expr) {
			scan(alter("ADD "+checkDef(lc)), "CHECK ("+lc.Expr+")")
		}
	}
}

func hasCheck(cs []*model.Check, expr string) bool {
	for _, c := range cs {
		if c.Expr == expr {
			return true
		}
	}
	return false
}

func (b *builder) viewMissing(f *diff.Finding) {
	b.manual(f, model.QName{Schema: f.Schema, Name: f.Table},
		fmt.Sprintf("view %s: only the existence of views is compared, so its definition is unknown here; create it from the canonical source", qname(model.QName{Schema: f.Schema, Name: f.Table})))
}

func (b *builder) viewExtra(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	v, ok := b.right.View(q.Schema, q.Name)
	if !ok {
		return
	}
	kind := "VIEW"
	if v.Materialized {
		kind = "MATERIALIZED VIEW"
	}
	s := b.newStep(f, phaseDropFK-1, model.QName{}, "DROP "+kind+" "+qname(q))
	s.hazard(BackwardIncompatible, "queries of "+qname(q)+" fail")
	if v.Materialized {
		s.hazard(DataLoss, "drops the rows of materialized view "+qname(q))
	}
}

func findPartition(ps []model.Partition, object string) (model.Partition, bool) {
	for _, p := range ps {
		if (model.QName{Schema: p.Schema, Name: p.Name}).String() == object {
			return p, true
		}
	}
	return model.Partition{}, false
}

func (b *builder) createPartition(f *diff.Finding, parent *model.Table, p model.Partition) {
	pq := model.QName{Schema: p.Schema, Name: p.Name}
	s := b.newStep(f, phaseCreateTable+1, parent.QName(), "CREATE TABLE "+qname(pq)+" PARTITION OF "+qname(parent.QName())+" "+p.Bound)
	s.lock(accessExclusive, parent.QName()).provide(tableKey(pq))
	b.partitionOwn(f, p)
}

// partitionOwn plans what a partition it creates holds of its own (see
// model.PartitionLocal); the parent's clones come with CREATE TABLE. The
// new partition is empty, so nothing needs an online form.
func (b *builder) partitionOwn(f *diff.Finding, p model.Partition) {
	if p.Local == nil || p.Local.Empty() {
		return
	}
	t := p.Local.Table(p)
	q := t.QName()
	b.created[q] = true
	if t.PrimaryKey != nil {
		b.addKey(f, q, "PRIMARY KEY", t.PrimaryKey, nil)
	}
	for _, u := range t.Uniques {
		b.addKey(f, q, "UNIQUE", u, nil)
	}
	for _, ix := range t.Indexes {
		b.createIndex(f, t, ix, ix.Name)
	}
	for _, fk := range t.ForeignKeys {
		b.addFK(f, t, fk)
	}
}

func (b *builder) partitionMissing(f *diff.Finding) {
	_, lt, _, ok := b.tables(f)
	if !ok {
		return
	}
	if p, ok := findPartition(lt.Partitions, f.Object); ok {
		b.createPartition(f, lt, p)
	}
}

func (b *builder) partitionExtra(f *diff.Finding) {
	q, _, rt, ok := b.tables(f)
	if !ok {
		return
	}
	p, ok := findPartition(rt.Partitions, f.Object)
	if !ok {
		return
	}
	pq := model.QName{Schema: p.Schema, Name: p.Name}
	s := b.newStep(f, phaseDropTable, q, "DROP TABLE "+qname(pq))
	s.lock(accessExclusive, q).lock(accessExclusive, pq)
	b.tableHazard(s, DataLoss, pq, "drops partition "+qname(pq)+" and its rows")
}

func (b *builder) partitionKey(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	b.manual(f, q, fmt.Sprintf("%s: a partition key or bound cannot be altered; the rows must be moved into a new partitioning by hand", qname(q)))
}
