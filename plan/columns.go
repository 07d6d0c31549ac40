package plan

import (
	"fmt"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// colFinding resolves a column finding to its table and both columns.
func (b *builder) colFinding(f *diff.Finding) (model.QName, *model.Column, *model.Column, bool) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	lt, ok := b.lt(q)
	if !ok {
		return q, nil, nil, false
	}
	lc, ok := lt.Column(f.Object)
	if !ok {
		return q, nil, nil, false
	}
	rc, ok := b.rcol(q, f.Object)
	return q, lc, rc, ok
}

func alterColumn(q model.QName, col string, subs ...string) string {
	s := "ALTER TABLE " + qname(q)
	for i, sub := range subs {
		if i > 0 {
			s += ","
		}
		s += " ALTER COLUMN " + ident(col) + " " + sub
	}
	return s
}

func (b *builder) columnType(f *diff.Finding) {
	q, lc, rc, ok := b.colFinding(f)
	if !ok {
		return
	}
	change := "TYPE " + lc.Type.String()
	if lc.Collation != "" {
		change += " COLLATE " + ident(lc.Collation)
	}
	implicit := implicitCast(rc.Type, lc.Type)
	if !implicit {
		change += " USING " + ident(lc.Name) + "::" + lc.Type.String()
	}
	subs := []string{change}
	// A default of the old type may not cast to the new one; it is dropped
	// for the change and set again (in the new type's terms) afterwards.
	if rc.Default != "" && !implicit {
		subs = []string{"DROP DEFAULT", change}
		if lc.Default == rc.Default {
			subs = append(subs, "SET DEFAULT "+lc.Default)
		}
	}
	s := b.newStep(f, phaseColumn, q, alterColumn(q, lc.Name, subs...))
	s.lock(accessExclusive, q).need(colKey(q, lc.Name))
	if n, ok := userType(lc.Type); ok {
		s.need(typeKey(n))
	}
	if n, ok := userType(rc.Type); ok {
		s.provide(typeUseKey(n))
	}
	col := fmt.Sprintf("%s.%s from %s to %s", qname(q), ident(lc.Name), rc.Type, lc.Type)
	if rewrites(rc.Type, lc.Type) {
		b.rewrite(s, q, "changing the type rewrites the table: "+col)
	}
	if !implicit || narrows(rc.Type, lc.Type) {
		b.tableHazard(s, MayFailOnData, q, "values that do not convert fail the change: "+col)
	}
}

func (b *builder) columnNullable(f *diff.Finding) {
	q, lc, _, ok := b.colFinding(f)
	if !ok {
		return
	}
	if f.Expected != "NOT NULL" {
		s := b.newStep(f, phaseColumn, q, alterColumn(q, lc.Name, "DROP NOT NULL"))
		s.lock(accessExclusive, q).need(colKey(q, lc.Name))
		return
	}
	col := qname(q) + "." + ident(lc.Name)
	if !b.online(q) {
		s := b.newStep(f, phaseColumn, q, alterColumn(q, lc.Name, "SET NOT NULL"))
		s.lock(accessExclusive, q).need(colKey(q, lc.Name))
		b.tableHazard(s, FullScan, q, "SET NOT NULL reads every row of "+qname(q))
		b.tableHazard(s, BlocksWrites, q, "ACCESS EXCLUSIVE is held during the scan")
		b.tableHazard(s, MayFailOnData, q, "fails if "+col+" holds NULLs")
		return
	}
	// PostgreSQL 12+ skips the scan of SET NOT NULL when a valid CHECK
	// proves the column has no NULLs; the check is validated without
	// blocking writes, then dropped.
	ck := model.ObjectName(q.Name, lc.Name, true, "not_null")
	add := b.newStep(f, phaseColumn, q, alterTable(q, "ADD CONSTRAINT "+ident(ck)+" CHECK ("+ident(lc.Name)+" IS NOT NULL) NOT VALID"))
	add.lock(accessExclusive, q).need(colKey(q, lc.Name)).provide(conKey(q, ck))
	v := b.validate(f, q, ck, nil)
	b.tableHazard(v, MayFailOnData, q, "fails if "+col+" holds NULLs")
	set := b.newStep(f, phaseAfterValidate, q, alterColumn(q, lc.Name, "SET NOT NULL")+", DROP CONSTRAINT "+ident(ck))
	set.lock(accessExclusive, q).need(conKey(q, ck), "validated:"+conKey(q, ck))
	chain(add, v, set)
}

// chain ties steps that make one change together for the hazard gate.
func chain(steps ...*Step) {
	for _, s := range steps {
		s.chain = steps
	}
}

// validate plans VALIDATE CONSTRAINT, alone in its transaction: it scans
// the table under SHARE UPDATE EXCLUSIVE, which lets writes go on.
func (b *builder) validate(f *diff.Finding, q model.QName, name string, ref *model.QName) *Step {
	v := b.newStep(f, phaseValidate, q, alterTable(q, "VALIDATE CONSTRAINT "+ident(name)))
	v.alone = true
	v.lock(shareUpdateExcusive, q).need(conKey(q, name)).provide("validated:" + conKey(q, name))
	if ref != nil {
		v.lock(rowShare, *ref)
	}
	b.tableHazard(v, FullScan, q, "VALIDATE reads every row of "+qname(q)+" (writes continue)")
	return v
}

func (b *builder) columnDefault(f *diff.Finding) {
	q, lc, _, ok := b.colFinding(f)
	if !ok {
		return
	}
	sub := "DROP DEFAULT"
	if lc.Default != "" {
		sub = "SET DEFAULT " + lc.Default
	}
	s := b.newStep(f, phaseColumn+2, q, alterColumn(q, lc.Name, sub))
	s.lock(accessExclusive, q).need(colKey(q, lc.Name))
}

// columnAuto plans autoincrement and identity changes: which of a sequence
// default or an identity assigns the column's values.
func (b *builder) columnAuto(f *diff.Finding) {
	q, lc, rc, ok := b.colFinding(f)
	if !ok {
		return
	}
	var subs []string
	switch {
	case rc.Identity != "" && lc.Identity != "":
		subs = []string{"SET GENERATED " + upper(lc.Identity)}
	case rc.Identity != "":
		subs = []string{"DROP IDENTITY"}
	case rc.AutoIncrement || rc.Default != "":
		subs = []string{"DROP DEFAULT"}
	}
	if lc.Identity != "" && rc.Identity == "" {
		subs = append(subs, "ADD GENERATED "+upper(lc.Identity)+" AS IDENTITY"+identityClause(lc))
	}
	if !lc.AutoIncrement && lc.Default != "" {
		subs = append(subs, "SET DEFAULT "+lc.Default)
	}
	if lc.AutoIncrement && lc.Identity == "" {
		b.sequenceDefault(f, q, lc, subs)
		return
	}
	if len(subs) == 0 {
		return
	}
	s := b.newStep(f, phaseColumn+1, q, alterColumn(q, lc.Name, subs...))
	s.lock(accessExclusive, q).need(colKey(q, lc.Name))
	if lc.Identity != "" && rc.Identity == "" {
		b.restartSequence(f, q, lc.Name, "pg_get_serial_sequence("+literal(qname(q))+", "+literal(lc.Name)+")")
	}
}

// sequenceDefault gives a column a serial's owned sequence and default.
func (b *builder) sequenceDefault(f *diff.Finding, q model.QName, lc *model.Column, subs []string) {
	seq := model.QName{Schema: q.Schema, Name: model.ObjectName(q.Name, lc.Name, true, "seq")}
	cs := b.newStep(f, phaseColumn+1, q, "CREATE SEQUENCE IF NOT EXISTS "+qname(seq)+" AS "+lc.Type.String()+" OWNED BY "+qname(q)+"."+ident(lc.Name))
	cs.need(colKey(q, lc.Name))
	subs = append(subs, "SET DEFAULT nextval("+literal(qname(seq))+"::regclass)")
	s := b.newStep(f, phaseColumn+1, q, alterColumn(q, lc.Name, subs...))
	s.lock(accessExclusive, q).need(colKey(q, lc.Name))
	b.restartSequence(f, q, lc.Name, literal(qname(seq)))
}

// restartSequence moves a sequence past the column's largest value, so the
// next insert does not collide with an existing row.
func (b *builder) restartSequence(f *diff.Finding, q model.QName, col, seqExpr string) {
	s := b.newStep(f, phaseColumn+1, q, fmt.Sprintf("SELECT setval(%s, COALESCE((SELECT max(%s) FROM %s), 0) + 1, false)", seqExpr, ident(col), qname(q)))
	s.need(colKey(q, col))
	b.tableHazard(s, FullScan, q, "max() of "+qname(q)+"."+ident(col)+" reads the table unless an index serves it")
}

func (b *builder) columnGenerated(f *diff.Finding) {
	q, lc, rc, ok := b.colFinding(f)
	if !ok {
		return
	}
	if lc.Generated == "" {
		s := b.newStep(f, phaseColumn-1, q, alterColumn(q, lc.Name, "DROP EXPRESSION"))
		s.lock(accessExclusive, q).need(colKey(q, lc.Name))
		return
	}
	// PostgreSQL 15 cannot change a column's generation expression in
	// place: the column is dropped and added again, which rewrites the table.
	drop := b.newStep(f, phaseColumn-1, q, alterTable(q, "DROP COLUMN "+ident(rc.Name)))
	drop.lock(accessExclusive, q).provide("dropped:" + colKey(q, lc.Name))
	what := fmt.Sprintf("column %s of %s is dropped and added again as generated", ident(lc.Name), qname(q))
	if rc.Generated == "" {
		b.tableHazard(drop, DataLoss, q, what+"; its stored values are lost")
	}
	b.rewrite(drop, q, what)
	add := b.newStep(f, phaseColumn-1, q, alterTable(q, "ADD COLUMN "+columnDef(lc)))
	add.lock(accessExclusive, q).need("dropped:" + colKey(q, lc.Name)).provide(colKey(q, lc.Name))
	b.rewrite(add, q, what)
}

func (b *builder) columnCollation(f *diff.Finding) {
	q, lc, _, ok := b.colFinding(f)
	if !ok {
		return
	}
	coll := "default"
	if lc.Collation != "" {
		coll = lc.Collation
	}
	s := b.newStep(f, phaseColumn, q, alterColumn(q, lc.Name, "TYPE "+lc.Type.String()+" COLLATE "+ident(coll)))
	s.lock(accessExclusive, q).need(colKey(q, lc.Name))
	b.tableHazard(s, BlocksWrites, q, "indexes on "+qname(q)+"."+ident(lc.Name)+" are rebuilt under ACCESS EXCLUSIVE")
}
