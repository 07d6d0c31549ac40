package diff

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// The states of constraints beyond what they constrain: NOT VALID, NO
// INHERIT, deferrability of keys, the form of a unique rule (constraint or
// index), exclusion constraints and the replica identity.

// constraintStates compares what the matched pairs of checks, foreign keys
// and unique keys hold beyond their keys, and the table's exclusion
// constraints and replica identity. The pairs are matched again here with
// the same keys as checks(), foreignKeys() and uniquesAndIndexes(), so
// they are the same pairs.
func (tc *tableCmp) constraintStates() {
	match(nonNil(tc.lt.Checks), nonNil(tc.rt.Checks), keyed(checkExpr), keyed(checkExpr), tc.checkStates)
	tc.pairFKs(func(lf, rf *model.ForeignKey) {
		tc.notValid("foreign key "+quoteList(lf.Columns), fkObject(lf), lf.NotValid, rf.NotValid, lf.Pos, rf.Pos)
	})
	// Only a constraint can be deferrable: a side that cannot tell a
	// constraint from an index cannot say it either.
	if tc.left.Describes(model.AreaKeyForms) && tc.right.Describes(model.AreaKeyForms) {
		tc.keyDeferrals()
	}
	if tc.left.Describes(model.AreaExclusions) && tc.right.Describes(model.AreaExclusions) {
		tc.exclusions()
	}
	if tc.left.Describes(model.AreaStorage) && tc.right.Describes(model.AreaStorage) {
		tc.replicaIdentity()
	}
}

// keyDeferrals compares the deferrability of the primary keys and of the
// matched unique constraints.
func (tc *tableCmp) keyDeferrals() {
	if lk, rk := tc.lt.PrimaryKey, tc.rt.PrimaryKey; lk != nil && rk != nil && len(lk.Columns) > 0 &&
		quoteList(lk.Columns) == quoteList(tc.rightCols(rk.Columns)) {
		tc.keyDeferral("primary key", "", lk, rk)
	}
	match(nonNil(tc.lt.Uniques), nonNil(tc.rt.Uniques), keyed(uniqueOf(sameCols)), keyed(uniqueOf(tc.rightCols)),
		func(l, r *model.Key) { tc.keyDeferral("unique constraint", cmp.Or(l.Name, quoteList(l.Columns)), l, r) })
}

// checkStates compares a matched pair of checks.
func (tc *tableCmp) checkStates(l, r *model.Check) {
	what := "CHECK (" + l.Expr + ")"
	tc.notValid(what, cmp.Or(l.Name, l.Expr), l.NotValid, r.NotValid, l.Pos, r.Pos)
	if l.NoInherit != r.NoInherit {
		f := tc.base(CheckDiffers, Low, cmp.Or(l.Name, l.Expr))
		f.Expected, f.Actual = noInherit(l.NoInherit), noInherit(r.NoInherit)
		f.Message = fmt.Sprintf("%s is %s in %s but %s in %s", what, f.Expected, tc.l(), f.Actual, tc.r())
		f.LeftPos, f.RightPos = l.Pos, r.Pos
		tc.add(f)
	}
}

func noInherit(b bool) string {
	if b {
		return "NO INHERIT"
	}
	return "inherited"
}

func validity(notValid bool) string {
	if notValid {
		return "NOT VALID"
	}
	return "valid"
}

// notValid reports a constraint validated on one side only. NOT VALID on
// the right is the one that matters: rows there were never checked.
func (tc *tableCmp) notValid(what, object string, l, r bool, lpos, rpos model.Pos) {
	if l == r {
		return
	}
	sev := Medium
	if l {
		sev = Low
	}
	f := tc.base(ConstraintNotValid, sev, object)
	f.Expected, f.Actual = validity(l), validity(r)
	f.Message = fmt.Sprintf("%s is %s in %s but %s in %s", what, f.Expected, tc.l(), f.Actual, tc.r())
	if r {
		f.Message += "; its existing rows were never checked"
	}
	f.LeftPos, f.RightPos = lpos, rpos
	tc.add(f)
}

func keyDeferText(k *model.Key) string {
	return deferText(&model.ForeignKey{Deferrable: k.Deferrable, InitiallyDeferred: k.InitiallyDeferred})
}

// keyDeferral reports a primary key or unique constraint deferrable on
// one side only, or initially deferred on one side only.
func (tc *tableCmp) keyDeferral(what, object string, l, r *model.Key) {
	ld, rd := keyDeferText(l), keyDeferText(r)
	if ld == rd {
		return
	}
	f := tc.base(ConstraintDeferrable, Medium, object)
	f.Expected, f.Actual = ld, rd
	f.Message = fmt.Sprintf("%s %s is %s in %s but %s in %s", what, quoteList(l.Columns), ld, tc.l(), rd, tc.r())
	f.LeftPos, f.RightPos = l.Pos, r.Pos
	tc.add(f)
}

// uniqueForms reports, when both sides tell a UNIQUE constraint from a
// plain unique index, a rule that is one on the left and the other on the
// right. A source that cannot tell (unique=True in models) omits
// AreaKeyForms, and then the two are the same thing.
func (tc *tableCmp) uniqueForms() (constraintLeft func(*model.Key, rightIndex), indexLeft func(*model.Key, *model.Index)) {
	if !tc.left.Describes(model.AreaKeyForms) || !tc.right.Describes(model.AreaKeyForms) {
		return nil, nil
	}
	constraintLeft = func(u *model.Key, x rightIndex) {
		tc.uniqueForm(u, "a UNIQUE constraint", x.Name, u.Pos, x.Pos, true)
	}
	indexLeft = func(u *model.Key, ix *model.Index) {
		tc.uniqueForm(u, "a plain unique index", ix.Name, ix.Pos, u.Pos, false)
	}
	return constraintLeft, indexLeft
}

// uniqueForm adds one unique.form finding; u is the constraint, named the
// index's other side.
func (tc *tableCmp) uniqueForm(u *model.Key, leftForm, index string, lpos, rpos model.Pos, constraintOnLeft bool) {
	cons := strings.TrimSpace("constraint " + u.Name)
	idx := strings.TrimSpace("unique index " + index)
	f := tc.base(UniqueForm, Low, cmp.Or(u.Name, quoteList(u.Columns)))
	if constraintOnLeft {
		f.Expected, f.Actual = cons, idx
	} else {
		f.Expected, f.Actual = idx, cons
	}
	f.Message = fmt.Sprintf("UNIQUE %s is %s in %s (%s) but %s in %s (%s)", quoteList(u.Columns), leftForm, tc.l(), f.Expected,
		otherForm(leftForm), tc.r(), f.Actual)
	f.LeftPos, f.RightPos = lpos, rpos
	tc.add(f)
}

func otherForm(form string) string {
	if form == "a UNIQUE constraint" {
		return "a plain unique index"
	}
	return "a UNIQUE constraint"
}

// exclusions matches exclusion constraints by name, then what is left by
// definition (PostgreSQL names them; a name differing alone is not drift,
// as for checks).
func (tc *tableCmp) exclusions() {
	name := func(x *model.Exclusion) string { return x.Name }
	def := func(x *model.Exclusion) string { return tc.mappedExclusion(x).Definition() }
	ldef := func(x *model.Exclusion) string { return x.Definition() }
	same := func(l, r *model.Exclusion) {
		if ld, rd := ldef(l), def(r); ld != rd {
			f := tc.base(ExclusionDiffers, Medium, l.Name)
			f.Expected, f.Actual = ld, r.Definition()
			f.Message = fmt.Sprintf("exclusion constraint %q is %s in %s but %s in %s", l.Name, f.Expected, tc.l(), f.Actual, tc.r())
			f.LeftPos, f.RightPos = l.Pos, r.Pos
			tc.add(f)
		}
	}
	lRest, rRest := match(nonNil(tc.lt.Exclusions), nonNil(tc.rt.Exclusions), keyed(name), keyed(name), same)
	missing, extra := match(lRest, rRest, keyed(ldef), keyed(def), nil)
	for _, x := range missing {
		d := x.Definition()
		tc.onlyLeft(tc.base(ExclusionMissing, Medium, x.Name), fmt.Sprintf("exclusion constraint %q %s", x.Name, d), d, x.Pos)
	}
	for _, x := range extra {
		d := x.Definition()
		tc.onlyRight(tc.base(ExclusionExtra, Low, x.Name), fmt.Sprintf("exclusion constraint %q %s", x.Name, d), d, x.Pos)
	}
}

// mappedExclusion returns the right constraint with its columns in the left's terms.
func (tc *tableCmp) mappedExclusion(x *model.Exclusion) *model.Exclusion {
	if len(tc.renames[tc.q]) == 0 {
		return x
	}
	cp := *x
	cp.Index = *tc.mappedIndex(&x.Index)
	return &cp
}

// replicaRank orders identities by how much of an old row they log.
var replicaRank = map[model.ReplicaIdentity]int{
	model.ReplicaNothing: 0, model.ReplicaDefault: 1, model.ReplicaIndexed: 2, model.ReplicaFull: 3,
}

func replicaText(r model.ReplicaIdentity, index string) string {
	if r == model.ReplicaIndexed {
		return "USING INDEX " + cmp.Or(index, "(dropped)")
	}
	return r.String()
}

func (tc *tableCmp) replicaIdentity() {
	lt, rt := tc.lt, tc.rt
	l, r := replicaText(lt.ReplicaIdentity, lt.ReplicaIndex), replicaText(rt.ReplicaIdentity, rt.ReplicaIndex)
	if l == r {
		return
	}
	sev := Low
	if replicaRank[rt.ReplicaIdentity] < replicaRank[lt.ReplicaIdentity] {
		sev = Medium
	}
	f := tc.base(TableReplicaIdentity, sev, "")
	f.Expected, f.Actual = l, r
	f.Message = fmt.Sprintf("replica identity is %s in %s but %s in %s", l, tc.l(), r, tc.r())
	f.LeftPos, f.RightPos = lt.Pos, rt.Pos
	tc.add(f)
}
