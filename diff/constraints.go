package diff

import (
	"cmp"
	"fmt"
	"slices"
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
	return cmp.Or(fk.Name, quoteList(fk.Columns)+" → "+fk.Ref().String())
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
	missing, extra := tc.pairFKs(tc.compareFK)
	for _, lf := range missing {
		if allIn(lf.Columns, tc.cols.missingSet) {
			tc.missingNotes = addNote(tc.missingNotes, lf.Columns, fkBrief(lf))
			continue
		}
		tc.onlyLeft(tc.base(FKMissing, fkSeverity(lf), fkObject(lf)), lf.Definition(), lf.Definition(), lf.Pos)
	}
	for _, rf := range extra {
		if allIn(rf.Columns, tc.cols.extraSet) {
			tc.extraNotes = addNote(tc.extraNotes, rf.Columns, fkBrief(rf))
			continue
		}
		tc.onlyRight(tc.base(FKExtra, fkSeverity(rf), fkObject(rf)), rf.Definition(), rf.Definition(), rf.Pos)
	}
}

// pairFKs pairs the foreign keys of the two tables by (columns, referenced
// table), calling pair for each pair, and returns those left over. Where a
// table has several keys on the same columns and table, a key pairs first
// with the one of its name, then with one of its definition, and only then
// with the next one left: so two keys that differ only in their actions
// pair with their like whatever order each side declares them in, and a
// plan never adds a key under a name the target still uses.
func (tc *tableCmp) pairFKs(pair func(lf, rf *model.ForeignKey)) (missing, extra []*model.ForeignKey) {
	key := func(cols []string, ref model.QName) string {
		return strings.Join(cols, "\x00") + "\x01" + ref.Schema + "\x00" + ref.Name
	}
	lkey := func(fk *model.ForeignKey) string { return key(fk.Columns, fk.Ref()) }
	rkey := func(fk *model.ForeignKey) string { return key(tc.rightCols(fk.Columns), fk.Ref()) }
	missing, extra = nonNil(tc.lt.ForeignKeys), nonNil(tc.rt.ForeignKeys)
	if repeatsKey(missing, lkey) || repeatsKey(extra, rkey) {
		named := func(k func(*model.ForeignKey) string) func(*model.ForeignKey) (string, bool) {
			return func(fk *model.ForeignKey) (string, bool) { return k(fk) + "\x02" + fk.Name, fk.Name != "" }
		}
		missing, extra = match(missing, extra, named(lkey), named(rkey), pair)
		missing, extra = match(missing, extra,
			keyed(func(fk *model.ForeignKey) string { return lkey(fk) + "\x02" + tc.fkRule(fk, fk.RefColumns) }),
			keyed(func(fk *model.ForeignKey) string {
				return rkey(fk) + "\x02" + tc.fkRule(fk, tc.mapCols(fk.Ref(), fk.RefColumns))
			}), pair)
	}
	return match(missing, extra, keyed(lkey), keyed(rkey), pair)
}

// fkRule is what compareFK compares of a key beyond its columns and table.
func (tc *tableCmp) fkRule(fk *model.ForeignKey, refCols []string) string {
	return strings.Join([]string{quoteList(refCols), normAction(fk.OnDelete), normAction(fk.OnUpdate),
		normMatch(fk.Match), deferText(fk)}, "\x00")
}

// repeatsKey reports whether two objects of xs have the same key. Most
// tables have a key or two, which are compared without a map.
func repeatsKey[T any](xs []T, key func(T) string) bool {
	if len(xs) <= fewObjects {
		for i := range xs {
			for j := i + 1; j < len(xs); j++ {
				if key(xs[i]) == key(xs[j]) {
					return true
				}
			}
		}
		return false
	}
	seen := make(map[string]bool, len(xs))
	for _, x := range xs {
		k := key(x)
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	return false
}

// fkSeverity ranks a missing or extra key: one that acts on other rows matters more.
func fkSeverity(fk *model.ForeignKey) Severity {
	if acts(fk) {
		return Medium
	}
	return Low
}

// addNote appends note to the notes of each column, creating the map on first use.
func addNote(notes map[string][]string, cols []string, note string) map[string][]string {
	if notes == nil {
		notes = map[string][]string{}
	}
	for _, c := range cols {
		notes[c] = append(notes[c], note)
	}
	return notes
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

// uniquesAndIndexes matches unique constraints by their columns, indexes by
// name and then by definition (a rename), and what is still unmatched as a
// UNIQUE constraint on one side against a plain unique index on the other:
// they enforce the same thing. Right columns are read through the renames.
func (tc *tableCmp) uniquesAndIndexes() {
	lUniques, rUniques := match(nonNil(tc.lt.Uniques), nonNil(tc.rt.Uniques), keyed(uniqueOf(sameCols)), keyed(uniqueOf(tc.rightCols)), nil)
	lIndexes, rIndexes := tc.indexesByDefinition(tc.indexesByName())

	// Left indexes enforce a right UNIQUE, right indexes a left one.
	rUnique := func(x rightIndex) (string, bool) { return uniqueIndexKey(x.Index, tc.rightCols) }
	lUnique := func(ix *model.Index) (string, bool) { return uniqueIndexKey(ix, sameCols) }
	constraintLeft, indexLeft := tc.uniqueForms()
	lUniques, rIndexes = match(lUniques, rIndexes, keyed(uniqueOf(sameCols)), rUnique, constraintLeft)
	rUniques, lIndexes = match(rUniques, lIndexes, keyed(uniqueOf(tc.rightCols)), lUnique, indexLeft)
	for _, u := range lUniques {
		tc.onlyLeft(tc.base(UniqueMissing, Medium, cmp.Or(u.Name, quoteList(u.Columns))), uniqueText(u), uniqueText(u), u.Pos)
	}
	for _, u := range rUniques {
		tc.onlyRight(tc.base(UniqueExtra, Low, cmp.Or(u.Name, quoteList(u.Columns))), uniqueText(u), uniqueText(u), u.Pos)
	}
	for _, lx := range lIndexes {
		sev := Low
		if lx.Unique {
			sev = Medium
		}
		d := lx.Definition()
		tc.onlyLeft(tc.base(IndexMissing, sev, cmp.Or(lx.Name, d)), ixLabel(lx.Name)+" "+d, d, lx.Pos)
	}
	for _, x := range rIndexes {
		d := x.Definition()
		tc.onlyRight(tc.base(IndexExtra, Low, cmp.Or(x.Name, d)), ixLabel(x.Name)+" "+d, d, x.Pos)
	}
}

func sameCols(cols []string) []string { return cols }

// rightCols maps right column names of the table into the left's terms.
func (tc *tableCmp) rightCols(cols []string) []string { return tc.mapCols(tc.q, cols) }

// uniqueOf keys a unique constraint by its columns, read through cols.
func uniqueOf(cols func([]string) []string) func(*model.Key) string {
	return func(u *model.Key) string { return uniqueKey(cols(u.Columns), u.NullsNotDistinct) }
}

// rightIndex is an index of the right table with its definition read
// through the column renames, and its place in the table's list.
type rightIndex struct {
	*model.Index
	def string
	pos int
}

// indexesByName pairs named indexes and reports those whose definitions
// differ; it returns what is left of each side.
func (tc *tableCmp) indexesByName() ([]*model.Index, []rightIndex) {
	rx := make([]rightIndex, 0, len(tc.rt.Indexes))
	for _, ix := range nonNil(tc.rt.Indexes) {
		rx = append(rx, rightIndex{ix, tc.mappedIndex(ix).Definition(), len(rx)})
	}
	named := func(ix *model.Index) (string, bool) { return ix.Name, ix.Name != "" }
	same := func(lx *model.Index, x rightIndex) {
		if ld := lx.Definition(); ld != x.def {
			f := tc.base(IndexDiffers, Low, lx.Name)
			f.Expected, f.Actual = ld, x.Definition()
			f.Message = fmt.Sprintf("index %q is %s in %s but %s in %s", lx.Name, f.Expected, tc.l(), f.Actual, tc.r())
			f.LeftPos, f.RightPos = lx.Pos, x.Pos
			tc.add(f)
		}
	}
	return match(nonNil(tc.lt.Indexes), rx, named, func(x rightIndex) (string, bool) { return named(x.Index) }, same)
}

// indexesByDefinition pairs the indexes left over by name that have one
// definition, and reports them as renamed. It returns the left indexes
// still unpaired, in name order, and the right ones, in declaration order.
func (tc *tableCmp) indexesByDefinition(lRest []*model.Index, rRest []rightIndex) ([]*model.Index, []rightIndex) {
	// Pair renames in name order so that which of two identical indexes
	// pairs with which does not depend on declaration order.
	lRest = slices.Clone(lRest)
	slices.SortStableFunc(lRest, func(a, b *model.Index) int { return strings.Compare(a.Name, b.Name) })
	slices.SortStableFunc(rRest, func(a, b rightIndex) int { return strings.Compare(a.Name, b.Name) })
	renamed := func(lx *model.Index, x rightIndex) {
		f := tc.base(IndexRenamed, Low, cmp.Or(lx.Name, x.def))
		f.Expected, f.Actual = lx.Name, x.Name
		rn := "an unnamed index"
		if x.Name != "" {
			rn = strconv.Quote(x.Name)
		}
		f.Message = fmt.Sprintf("%s in %s is %s in %s (same definition)", ixLabel(lx.Name), tc.l(), rn, tc.r())
		f.LeftPos, f.RightPos = lx.Pos, x.Pos
		tc.add(f)
	}
	lMissing, rExtra := match(lRest, rRest, keyed((*model.Index).Definition), keyed(func(x rightIndex) string { return x.def }), renamed)
	slices.SortFunc(rExtra, func(a, b rightIndex) int { return cmp.Compare(a.pos, b.pos) })
	return lMissing, rExtra
}

// ixLabel names an index in a message; spec indexes may be unnamed.
func ixLabel(name string) string {
	if name == "" {
		return "unnamed index"
	}
	return "index " + strconv.Quote(name)
}

func uniqueText(u *model.Key) string {
	s := "UNIQUE " + quoteList(u.Columns)
	if u.NullsNotDistinct {
		s += " NULLS NOT DISTINCT"
	}
	return s
}
