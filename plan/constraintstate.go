package plan

import (
	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// Plans for the states of constraints: validation, deferrability, the form
// of a unique rule, exclusion constraints and the replica identity.

// constraintNotValid validates a constraint the target left NOT VALID.
// One the canonical side leaves NOT VALID is valid on the target already:
// nothing to run.
func (b *builder) constraintNotValid(f *diff.Finding) {
	q, lt, rt, ok := b.tables(f)
	if !ok || f.Actual != "NOT VALID" {
		b.notes = append(b.notes, f.Fingerprint()+": nothing to run (the target's rows are all checked)")
		return
	}
	name := ""
	var ref *model.QName
	if lc, ok := findCheckByObject(lt.Checks, f.Object); ok {
		for _, rc := range rt.Checks {
			if rc != nil && rc.Expr == lc.Expr && rc.NotValid {
				name = rc.Name
			}
		}
	} else if lf, ok := findFK(lt.ForeignKeys, f.Object, "", nil); ok {
		for _, rf := range rt.ForeignKeys {
			if rf != nil && rf.NotValid && rf.Ref() == lf.Ref() && b.sameCols(q, lf.Columns, rf.Columns) {
				name, ref = rf.Name, &model.QName{Schema: rf.RefSchema, Name: rf.RefTable}
			}
		}
	}
	if name == "" {
		return
	}
	v := b.validate(f, q, name, ref)
	b.tableHazard(v, MayFailOnData, q, "fails if existing rows violate "+ident(name))
}

func findCheckByObject(cs []*model.Check, object string) (*model.Check, bool) {
	for _, c := range cs {
		if c != nil && nameOr(c.Name, c.Expr) == object {
			return c, true
		}
	}
	return nil, false
}

// checkDiffers is NO INHERIT, which no ALTER changes.
func (b *builder) checkDiffers(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	b.manual(f, q, "NO INHERIT cannot be altered: drop the check and add it again as the canonical side has it")
}

// constraintDeferrable: ALTER CONSTRAINT changes only foreign keys in
// PostgreSQL 15, so a key's deferrability needs the key rebuilt.
func (b *builder) constraintDeferrable(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	b.manual(f, q, "a key's deferrability cannot be altered: drop the key and add it again as "+f.Expected)
}

// uniqueForm turns the target's unique index into the canonical side's
// constraint; the other way round drops a constraint others may name.
func (b *builder) uniqueForm(f *diff.Finding) {
	q, lt, rt, ok := b.tables(f)
	if !ok {
		return
	}
	k, kok := findKey(lt.Uniques, f.Object)
	ix, iok := rt.Index(trimPrefix(f.Actual, "unique index "))
	if !kok || !iok || k.Name == "" {
		b.manual(f, q, "the unique rule is "+f.Actual+" on the target and "+f.Expected+" on the canonical side: recreate it")
		return
	}
	s := b.newStep(f, phaseKey, q, alterTable(q, "ADD CONSTRAINT "+ident(k.Name)+" UNIQUE USING INDEX "+ident(ix.Name)+
		deferClause(k.Deferrable, k.InitiallyDeferred)))
	s.lock(accessExclusive, q).need(conKey(q, k.Name)).provide(uniqueKey(q, k.Columns))
}

func trimPrefix(s, prefix string) string {
	if len(s) >= len(prefix) && s[:len(prefix)] == prefix {
		return s[len(prefix):]
	}
	return s
}

func findExclusion(xs []*model.Exclusion, name string) (*model.Exclusion, bool) {
	for _, x := range xs {
		if x != nil && x.Name == name {
			return x, true
		}
	}
	return nil, false
}

func (b *builder) addExclusion(f *diff.Finding, q model.QName, x *model.Exclusion) {
	s := b.newStep(f, phaseKey, q, alterTable(q, "ADD CONSTRAINT "+ident(x.Name)+" "+x.Definition()))
	s.lock(accessExclusive, q).need(conKey(q, x.Name))
	if b.existing(q) {
		b.tableHazard(s, FullScan, q, "building the index of exclusion constraint "+ident(x.Name)+" reads every row")
		b.tableHazard(s, BlocksWrites, q, "ACCESS EXCLUSIVE is held while the index is built")
		b.tableHazard(s, MayFailOnData, q, "fails if existing rows conflict under "+ident(x.Name))
	}
}

func (b *builder) exclusionMissing(f *diff.Finding) {
	q, lt, _, ok := b.tables(f)
	if !ok {
		return
	}
	if x, ok := findExclusion(lt.Exclusions, f.Object); ok {
		b.addExclusion(f, q, x)
	}
}

func (b *builder) exclusionExtra(f *diff.Finding) {
	q, _, rt, ok := b.tables(f)
	if !ok {
		return
	}
	if x, ok := findExclusion(rt.Exclusions, f.Object); ok {
		b.dropConstraint(f, phaseDropConstraint, q, x.Name)
	}
}

func (b *builder) exclusionDiffers(f *diff.Finding) {
	q, lt, rt, ok := b.tables(f)
	if !ok {
		return
	}
	lx, lok := findExclusion(lt.Exclusions, f.Object)
	rx, rok := findExclusion(rt.Exclusions, f.Object)
	if !lok || !rok {
		return
	}
	b.dropConstraint(f, phaseDropConstraint, q, rx.Name)
	b.addExclusion(f, q, lx)
}

// replicaIdentity sets the canonical side's identity: a catalog update.
func (b *builder) replicaIdentity(f *diff.Finding) {
	q, lt, _, ok := b.tables(f)
	if ok {
		b.setReplicaIdentity(f, q, lt)
	}
}

func (b *builder) setReplicaIdentity(f *diff.Finding, q model.QName, lt *model.Table) {
	sub := "REPLICA IDENTITY " + lt.ReplicaIdentity.String()
	if lt.ReplicaIdentity == model.ReplicaIndexed {
		if lt.ReplicaIndex == "" {
			b.manual(f, q, "the canonical side's replica identity index was dropped; choose another")
			return
		}
		sub += " " + ident(lt.ReplicaIndex)
	}
	s := b.newStep(f, phaseIndex+1, q, alterTable(q, sub))
	s.lock(accessExclusive, q)
	if lt.ReplicaIndex != "" {
		s.need(indexKey(q.Schema, lt.ReplicaIndex))
	}
}

// addNotValidCheck adds a check the canonical side leaves NOT VALID, as it
// is: no scan, and existing rows stay unchecked there too.
func (b *builder) addNotValidCheck(f *diff.Finding, q model.QName, ck *model.Check) {
	s := b.newStep(f, phaseKey, q, alterTable(q, "ADD "+checkDef(ck)+" NOT VALID"))
	s.lock(accessExclusive, q)
	if ck.Name != "" {
		s.need(conKey(q, ck.Name)).provide(conKey(q, ck.Name))
	}
}

// createdTableStates adds to a table the plan creates what CREATE TABLE
// does not carry here: exclusion constraints and the replica identity.
func (b *builder) createdTableStates(f *diff.Finding, lt *model.Table) {
	q := lt.QName()
	for _, ck := range lt.Checks {
		if ck != nil && ck.NotValid {
			b.addNotValidCheck(f, q, ck)
		}
	}
	for _, x := range lt.Exclusions {
		if x != nil {
			b.addExclusion(f, q, x)
		}
	}
	if lt.ReplicaIdentity != model.ReplicaDefault {
		b.setReplicaIdentity(f, q, lt)
	}
}
