package diff

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

func normAction(a string) string {
	if a == "" {
		return "NO ACTION"
	}
	return strings.ToUpper(a)
}

func normMatch(m string) string {
	if m == "" {
		return "SIMPLE"
	}
	return strings.ToUpper(m)
}

// acts reports whether a key changes other rows: CASCADE and SET NULL
// rewrite or delete rows, which is what makes a missing or extra key matter.
func acts(fk *model.ForeignKey) bool {
	for _, a := range []string{normAction(fk.OnDelete), normAction(fk.OnUpdate)} {
		if a == "CASCADE" || a == "SET NULL" {
			return true
		}
	}
	return false
}

// fkBrief renders a key for a column finding: "FK → goals(id) ON DELETE CASCADE".
func fkBrief(fk *model.ForeignKey) string {
	s := "FK → " + fk.Ref().String() + quoteList(fk.RefColumns)
	if a := normAction(fk.OnDelete); a != "NO ACTION" {
		s += " ON DELETE " + a
	}
	if a := normAction(fk.OnUpdate); a != "NO ACTION" {
		s += " ON UPDATE " + a
	}
	return s
}

func fkObject(fk *model.ForeignKey) string {
	return nameOr(fk.Name, quoteList(fk.Columns)+" → "+fk.Ref().String())
}

func allIn(cols []string, set map[string]bool) bool {
	if len(cols) == 0 {
		return false
	}
	for _, c := range cols {
		if !set[c] {
			return false
		}
	}
	return true
}

// foreignKeys matches keys by (columns, referenced table) with right columns
// mapped through renames, then compares the rest. A missing or extra key on
// columns that are themselves all missing or extra is folded into those
// columns' findings: the column is the drift, the key a detail of it.
func (tc *tableCmp) foreignKeys() {
	key := func(cols []string, ref model.QName) string {
		return strings.Join(cols, "\x00") + "\x01" + ref.Schema + "\x00" + ref.Name
	}
	byKey := map[string][]int{}
	for i, fk := range tc.rt.ForeignKeys {
		if fk != nil {
			k := key(tc.mapCols(tc.q, fk.Columns), fk.Ref())
			byKey[k] = append(byKey[k], i)
		}
	}
	used := make([]bool, len(tc.rt.ForeignKeys))
	for _, lf := range tc.lt.ForeignKeys {
		if lf == nil {
			continue
		}
		k := key(lf.Columns, lf.Ref())
		if idx := byKey[k]; len(idx) > 0 {
			byKey[k] = idx[1:]
			used[idx[0]] = true
			tc.compareFK(lf, tc.rt.ForeignKeys[idx[0]])
			continue
		}
		if allIn(lf.Columns, tc.cols.missingSet) {
			if tc.missingNotes == nil {
				tc.missingNotes = map[string][]string{}
			}
			for _, c := range lf.Columns {
				tc.missingNotes[c] = append(tc.missingNotes[c], fkBrief(lf))
			}
			continue
		}
		sev := Low
		if acts(lf) {
			sev = Medium
		}
		f := tc.base(FKMissing, sev, fkObject(lf))
		f.Expected = lf.Definition()
		f.Message = fmt.Sprintf("%s has %s that %s lacks", tc.l(), f.Expected, tc.r())
		f.LeftPos = lf.Pos
		tc.add(f)
	}
	for i, rf := range tc.rt.ForeignKeys {
		if rf == nil || used[i] {
			continue
		}
		if allIn(rf.Columns, tc.cols.extraSet) {
			if tc.extraNotes == nil {
				tc.extraNotes = map[string][]string{}
			}
			for _, c := range rf.Columns {
				tc.extraNotes[c] = append(tc.extraNotes[c], fkBrief(rf))
			}
			continue
		}
		sev := Low
		if acts(rf) {
			sev = Medium
		}
		f := tc.base(FKExtra, sev, fkObject(rf))
		f.Actual = rf.Definition()
		f.Message = fmt.Sprintf("%s has %s that %s lacks", tc.r(), f.Actual, tc.l())
		f.RightPos = rf.Pos
		tc.add(f)
	}
}

func (tc *tableCmp) compareFK(lf, rf *model.ForeignKey) {
	var diffs []string
	lr, rr := quoteList(lf.RefColumns), quoteList(tc.mapCols(rf.Ref(), rf.RefColumns))
	if lr != rr {
		diffs = append(diffs, fmt.Sprintf("references %s%s in %s but %s%s in %s",
			lf.Ref(), lr, tc.l(), rf.Ref(), quoteList(rf.RefColumns), tc.r()))
	}
	cmp := func(what, l, r string) {
		if l != r {
			diffs = append(diffs, fmt.Sprintf("%s %s in %s but %s in %s", what, l, tc.l(), r, tc.r()))
		}
	}
	cmp("ON DELETE", normAction(lf.OnDelete), normAction(rf.OnDelete))
	cmp("ON UPDATE", normAction(lf.OnUpdate), normAction(rf.OnUpdate))
	cmp("MATCH", normMatch(lf.Match), normMatch(rf.Match))
	cmp("is", deferText(lf), deferText(rf))
	if len(diffs) == 0 {
		return
	}
	f := tc.base(FKDiffers, Medium, fkObject(lf))
	f.Expected, f.Actual = lf.Definition(), rf.Definition()
	f.Message = fmt.Sprintf("foreign key %s %s", quoteList(lf.Columns), strings.Join(diffs, "; "))
	f.LeftPos, f.RightPos = lf.Pos, rf.Pos
	tc.add(f)
}

func deferText(fk *model.ForeignKey) string {
	switch {
	case !fk.Deferrable:
		return "NOT DEFERRABLE"
	case fk.InitiallyDeferred:
		return "DEFERRABLE INITIALLY DEFERRED"
	}
	return "DEFERRABLE"
}

// uniqueKey identifies a unique constraint by its columns in order and
// whether NULLs are distinct.
func uniqueKey(cols []string, nullsNotDistinct bool) string {
	k := strings.Join(cols, "\x00")
	if nullsNotDistinct {
		k += "\x01nnd"
	}
	return k
}

// uniqueIndexKey returns the uniqueKey an index enforces when it is a plain
// unique index on columns: such an index and a UNIQUE constraint reject the
// same rows, and one side often spells as an index what the other declares
// as a constraint.
func uniqueIndexKey(ix *model.Index, cols func([]string) []string) (string, bool) {
	if !ix.Unique || ix.Where != "" || len(ix.Include) > 0 || (ix.Method != "" && ix.Method != "btree") || len(ix.Keys) == 0 {
		return "", false
	}
	names := make([]string, len(ix.Keys))
	for i, k := range ix.Keys {
		if k.Column == "" || k.Desc || k.NullsFirst != nil || k.Opclass != "" || k.Collation != "" {
			return "", false
		}
		names[i] = k.Column
	}
	return uniqueKey(cols(names), ix.NullsNotDistinct), true
}

// mappedIndex returns the right index with its columns in the left's terms.
func (tc *tableCmp) mappedIndex(ix *model.Index) *model.Index {
	if len(tc.renames[tc.q]) == 0 {
		return ix
	}
	cp := *ix
	cp.Keys = make([]model.IndexKey, len(ix.Keys))
	for i, k := range ix.Keys {
		if k.Column != "" {
			k.Column = tc.toLeft(tc.q, k.Column)
		}
		cp.Keys[i] = k
	}
	cp.Include = tc.mapCols(tc.q, ix.Include)
	return &cp
}

func (tc *tableCmp) uniquesAndIndexes() {
	identity := func(cols []string) []string { return cols }
	rightCols := func(cols []string) []string { return tc.mapCols(tc.q, cols) }

	// Unique constraints, by column list.
	rUsed := make([]bool, len(tc.rt.Uniques))
	rByKey := map[string][]int{}
	for i, u := range tc.rt.Uniques {
		if u != nil {
			k := uniqueKey(rightCols(u.Columns), u.NullsNotDistinct)
			rByKey[k] = append(rByKey[k], i)
		}
	}
	var lUnmatched []*model.Key
	for _, u := range tc.lt.Uniques {
		if u == nil {
			continue
		}
		k := uniqueKey(u.Columns, u.NullsNotDistinct)
		if idx := rByKey[k]; len(idx) > 0 {
			rByKey[k] = idx[1:]
			rUsed[idx[0]] = true
			continue
		}
		lUnmatched = append(lUnmatched, u)
	}

	// Indexes: by name, then by definition (a rename), the definition of a
	// right index read through the column renames.
	lIx := nonNilIndexes(tc.lt.Indexes)
	rIx := nonNilIndexes(tc.rt.Indexes)
	rDef := make([]string, len(rIx))
	rByName := map[string]int{}
	for i, ix := range rIx {
		rDef[i] = tc.mappedIndex(ix).Definition()
		if _, dup := rByName[ix.Name]; !dup && ix.Name != "" {
			rByName[ix.Name] = i
		}
	}
	rIxUsed := make([]bool, len(rIx))
	var lRest []*model.Index
	for _, lx := range lIx {
		if i, ok := rByName[lx.Name]; ok && lx.Name != "" && !rIxUsed[i] {
			rIxUsed[i] = true
			if ld := lx.Definition(); ld != rDef[i] {
				f := tc.base(IndexDiffers, Low, lx.Name)
				f.Expected, f.Actual = ld, rIx[i].Definition()
				f.Message = fmt.Sprintf("index %q is %s in %s but %s in %s", lx.Name, f.Expected, tc.l(), f.Actual, tc.r())
				f.LeftPos, f.RightPos = lx.Pos, rIx[i].Pos
				tc.add(f)
			}
			continue
		}
		lRest = append(lRest, lx)
	}
	byDef := map[string][]int{}
	for i := range rIx {
		if !rIxUsed[i] {
			byDef[rDef[i]] = append(byDef[rDef[i]], i)
		}
	}
	// Pair renames in name order so that which of two identical indexes
	// pairs with which does not depend on declaration order.
	sort.SliceStable(lRest, func(a, b int) bool { return lRest[a].Name < lRest[b].Name })
	for _, k := range byDef {
		sort.SliceStable(k, func(a, b int) bool { return rIx[k[a]].Name < rIx[k[b]].Name })
	}
	var lMissing []*model.Index
	for _, lx := range lRest {
		d := lx.Definition()
		if idx := byDef[d]; len(idx) > 0 {
			byDef[d] = idx[1:]
			rx := rIx[idx[0]]
			rIxUsed[idx[0]] = true
			f := tc.base(IndexRenamed, Low, nameOr(lx.Name, d))
			f.Expected, f.Actual = lx.Name, rx.Name
			rn := "an unnamed index"
			if rx.Name != "" {
				rn = strconv.Quote(rx.Name)
			}
			f.Message = fmt.Sprintf("%s in %s is %s in %s (same definition)", ixLabel(lx.Name), tc.l(), rn, tc.r())
			f.LeftPos, f.RightPos = lx.Pos, rx.Pos
			tc.add(f)
			continue
		}
		lMissing = append(lMissing, lx)
	}

	// A UNIQUE constraint on one side and a plain unique index on the other
	// enforce the same thing.
	lxByUnique := map[string][]int{}
	for i, lx := range lMissing {
		if k, ok := uniqueIndexKey(lx, identity); ok {
			lxByUnique[k] = append(lxByUnique[k], i)
		}
	}
	lMissUsed := make([]bool, len(lMissing))
	rxByUnique := map[string][]int{}
	for i, rx := range rIx {
		if rIxUsed[i] {
			continue
		}
		if k, ok := uniqueIndexKey(rx, rightCols); ok {
			rxByUnique[k] = append(rxByUnique[k], i)
		}
	}
	for _, u := range lUnmatched {
		k := uniqueKey(u.Columns, u.NullsNotDistinct)
		if idx := rxByUnique[k]; len(idx) > 0 {
			rxByUnique[k] = idx[1:]
			rIxUsed[idx[0]] = true
			continue
		}
		f := tc.base(UniqueMissing, Medium, nameOr(u.Name, quoteList(u.Columns)))
		f.Expected = uniqueText(u)
		f.Message = fmt.Sprintf("%s has %s that %s lacks", tc.l(), f.Expected, tc.r())
		f.LeftPos = u.Pos
		tc.add(f)
	}
	for i, u := range tc.rt.Uniques {
		if u == nil || rUsed[i] {
			continue
		}
		k := uniqueKey(rightCols(u.Columns), u.NullsNotDistinct)
		if idx := lxByUnique[k]; len(idx) > 0 {
			lxByUnique[k] = idx[1:]
			lMissUsed[idx[0]] = true
			continue
		}
		f := tc.base(UniqueExtra, Low, nameOr(u.Name, quoteList(u.Columns)))
		f.Actual = uniqueText(u)
		f.Message = fmt.Sprintf("%s has %s that %s lacks", tc.r(), f.Actual, tc.l())
		f.RightPos = u.Pos
		tc.add(f)
	}

	for i, lx := range lMissing {
		if lMissUsed[i] {
			continue
		}
		sev := Low
		if lx.Unique {
			sev = Medium
		}
		d := lx.Definition()
		f := tc.base(IndexMissing, sev, nameOr(lx.Name, d))
		f.Expected = d
		f.Message = fmt.Sprintf("%s has %s %s that %s lacks", tc.l(), ixLabel(lx.Name), d, tc.r())
		f.LeftPos = lx.Pos
		tc.add(f)
	}
	for i, rx := range rIx {
		if rIxUsed[i] {
			continue
		}
		d := rx.Definition()
		f := tc.base(IndexExtra, Low, nameOr(rx.Name, d))
		f.Actual = d
		f.Message = fmt.Sprintf("%s has %s %s that %s lacks", tc.r(), ixLabel(rx.Name), d, tc.l())
		f.RightPos = rx.Pos
		tc.add(f)
	}
}

// ixLabel names an index in a message; spec indexes may be unnamed.
func ixLabel(name string) string {
	if name == "" {
		return "unnamed index"
	}
	return "index " + strconv.Quote(name)
}

func nonNilIndexes(ixs []*model.Index) []*model.Index {
	out := make([]*model.Index, 0, len(ixs))
	for _, ix := range ixs {
		if ix != nil {
			out = append(out, ix)
		}
	}
	return out
}

func uniqueText(u *model.Key) string {
	s := "UNIQUE " + quoteList(u.Columns)
	if u.NullsNotDistinct {
		s += " NULLS NOT DISTINCT"
	}
	return s
}
