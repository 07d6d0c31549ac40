package diff

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// colMatch is how the columns of two tables correspond.
type colMatch struct {
	pairs   []colPair
	missing []*model.Column // left columns without a partner, in left order
	extra   []*model.Column // right columns without a partner, in right order
	// toLeft maps a renamed right column to its left name.
	toLeft map[string]string
	// missingSet and extraSet hold the names of missing (left) and extra
	// (right) columns.
	missingSet, extraSet map[string]bool
}

type colPair struct {
	l, r    *model.Column
	renamed bool
}

// elemFamily is a type's family ignoring arrays, and whether it is an array:
// text[] and varchar[] differ as mildly as text and varchar do.
func elemFamily(t model.Type) (model.Family, bool) {
	e := t
	e.Array = false
	return e.Family(), t.Array
}

func sameFamily(a, b model.Type) bool {
	fa, aa := elemFamily(a)
	fb, ab := elemFamily(b)
	return fa == fb && aa == ab
}

// tokens splits a column name into its "_"-separated words.
func tokens(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return r == '_' })
}

// nameAffinity reports whether one name's words are a subset of the other's
// (type ↔ entity_type, from_entity ↔ from_entity_id) and how much of the
// larger name they cover, in (0, 1].
func nameAffinity(a, b string) (bool, float64) {
	ta, tb := tokens(a), tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false, 0
	}
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	for _, t := range ta {
		if !slices.Contains(tb, t) {
			return false, 0
		}
	}
	return true, float64(len(ta)) / float64(len(tb))
}

type renameCandidate struct {
	li, ri int // positions in missing and extra
	score  float64
}

// matchColumns pairs columns by name, then pairs leftover columns as
// renames (see pairRenames).
func matchColumns(lt, rt *model.Table) *colMatch {
	if m, ok := sameColumns(lt, rt); ok {
		return m
	}
	// A name listed twice keeps its first column, as for tables.
	m := &colMatch{pairs: make([]colPair, 0, len(lt.Columns))}
	missing, extra := matchFirst(placed(lt.Columns), placed(rt.Columns), func(c placedColumn) string { return c.Name },
		func(l, r placedColumn) { m.pairs = append(m.pairs, colPair{l: l.Column, r: r.Column}) })
	m.pairRenames(missing, extra)
	if len(m.missing) > 0 {
		m.missingSet = make(map[string]bool, len(m.missing))
		for _, c := range m.missing {
			m.missingSet[c.Name] = true
		}
	}
	if len(m.extra) > 0 {
		m.extraSet = make(map[string]bool, len(m.extra))
		for _, c := range m.extra {
			m.extraSet[c.Name] = true
		}
	}
	return m
}

// sameColumns pairs the columns of two tables that list the same columns
// in the same order, as both sides usually do, without building a map.
func sameColumns(lt, rt *model.Table) (*colMatch, bool) {
	if len(lt.Columns) != len(rt.Columns) {
		return nil, false
	}
	for i, l := range lt.Columns {
		if r := rt.Columns[i]; l == nil || r == nil || l.Name != r.Name {
			return nil, false
		}
	}
	if hasDupNames(lt.Columns) {
		return nil, false
	}
	m := &colMatch{pairs: make([]colPair, len(lt.Columns))}
	for i, l := range lt.Columns {
		m.pairs[i] = colPair{l: l, r: rt.Columns[i]}
	}
	return m, true
}

// placedColumn is a column with its position in its table.
type placedColumn struct {
	*model.Column
	pos int
}

func placed(cs []*model.Column) []placedColumn {
	out := make([]placedColumn, 0, len(cs))
	for i, c := range cs {
		if c != nil {
			out = append(out, placedColumn{c, i})
		}
	}
	return out
}

// pairRenames pairs leftover left and right columns as renames and keeps
// the rest as missing and extra. A leftover left and right column are a
// rename candidate when their types are in one family and either their
// names share words or they sit at the same position; candidates are taken
// greedily, best score first. A name match outweighs a position match, and
// an identical type breaks ties.
func (m *colMatch) pairRenames(missing, extra []placedColumn) {
	var cands []renameCandidate
	for i, lc := range missing {
		for j, rc := range extra {
			if score, ok := renameScore(lc, rc); ok {
				cands = append(cands, renameCandidate{i, j, score})
			}
		}
	}
	slices.SortFunc(cands, func(a, b renameCandidate) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.li, b.li), cmp.Compare(a.ri, b.ri))
	})
	usedL := make([]bool, len(missing))
	usedR := make([]bool, len(extra))
	for _, cd := range cands {
		if usedL[cd.li] || usedR[cd.ri] {
			continue
		}
		usedL[cd.li], usedR[cd.ri] = true, true
		lc, rc := missing[cd.li].Column, extra[cd.ri].Column
		m.pairs = append(m.pairs, colPair{l: lc, r: rc, renamed: true})
		if m.toLeft == nil {
			m.toLeft = map[string]string{}
		}
		m.toLeft[rc.Name] = lc.Name
	}
	m.missing = unused(missing, usedL)
	m.extra = unused(extra, usedR)
}

// renameScore rates a leftover left and right column as a rename, and
// reports whether they can be one at all.
func renameScore(lc, rc placedColumn) (float64, bool) {
	if !sameFamily(lc.Type, rc.Type) {
		return 0, false
	}
	named, cover := nameAffinity(lc.Name, rc.Name)
	samePos := lc.pos == rc.pos
	if !named && !samePos {
		return 0, false
	}
	score := 0.0
	if named {
		score += 2 + cover
	}
	if samePos {
		score++
	}
	if typeEqual(lc.Type, rc.Type) {
		score += 0.25
	}
	return score, true
}

// hasDupNames reports whether a column name repeats. Tables have unique
// column names; this only guards the fast path against malformed input. For
// the usual table size a quadratic scan beats allocating a map.
func hasDupNames(cs []*model.Column) bool {
	if len(cs) > 64 {
		seen := make(map[string]bool, len(cs))
		for _, c := range cs {
			if seen[c.Name] {
				return true
			}
			seen[c.Name] = true
		}
		return false
	}
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].Name == cs[j].Name {
				return true
			}
		}
	}
	return false
}

// typeEqual is model.Type.Equal without rendering both types when their
// fields already agree, which is nearly always.
func typeEqual(a, b model.Type) bool {
	if a.Name == b.Name && a.Fields == b.Fields && a.Array == b.Array && a.TextMods == b.TextMods && slices.Equal(a.Mods, b.Mods) {
		return true
	}
	return a.Equal(b)
}

func unused(cs []placedColumn, used []bool) []*model.Column {
	var out []*model.Column
	for i, c := range cs {
		if !used[i] {
			out = append(out, c.Column)
		}
	}
	return out
}

// inPK reports whether col is in t's primary key: PostgreSQL makes such
// columns NOT NULL whether or not the declaration says so, and producers
// need not repeat it.
func inPK(t *model.Table, col string) bool {
	return t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, col)
}

// suppliesValue reports whether the database fills the column when an
// insert omits it.
func suppliesValue(c *model.Column) bool {
	return c.Default != "" || c.AutoIncrement || c.Identity != "" || c.Generated != ""
}

func (tc *tableCmp) columns() {
	for _, p := range tc.cols.pairs {
		if p.renamed {
			f := tc.base(ColumnRenamed, High, p.l.Name)
			f.Expected, f.Actual = p.l.Name, p.r.Name
			f.Message = fmt.Sprintf("column %q in %s is %q in %s (renamed)", p.l.Name, tc.l(), p.r.Name, tc.r())
			f.LeftPos, f.RightPos = p.l.Pos, p.r.Pos
			tc.add(f)
		}
		tc.compareColumn(p.l, p.r, p.l.NotNull || inPK(tc.lt, p.l.Name), p.r.NotNull || inPK(tc.rt, p.r.Name))
	}
	if tc.lt.HasUnknownColumns() || tc.rt.HasUnknownColumns() {
		// A side that could not list the columns says nothing of the
		// ones it lacks.
		return
	}
	for _, c := range tc.cols.missing {
		t := c.Type.String()
		tc.onlyLeft(tc.base(ColumnMissing, High, c.Name), columnText(c.Name, t, tc.missingNotes[c.Name]), t, c.Pos)
	}
	for _, c := range tc.cols.extra {
		sev := Medium
		ns := tc.extraNotes[c.Name]
		if len(tc.rt.ForeignKeysOn(c.Name)) > 0 {
			sev = High
		}
		if (c.NotNull || inPK(tc.rt, c.Name)) && !suppliesValue(c) {
			sev = High
			ns = append(ns, "NOT NULL without a default")
		}
		t := c.Type.String()
		tc.onlyRight(tc.base(ColumnExtra, sev, c.Name), columnText(c.Name, t, ns), t, c.Pos)
	}
}

// columnText names a column only one side has, with its type and notes.
func columnText(name, typ string, notes []string) string {
	s := "column " + strconv.Quote(name) + " " + typ
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, "; ") + ")"
	}
	return s
}

// typeSeverity ranks a type difference by how far apart the families are.
func typeSeverity(a, b model.Type) Severity {
	if !sameFamily(a, b) {
		return High
	}
	if f, _ := elemFamily(a); f == model.FamilyText {
		return Low
	}
	return Medium
}

func nullText(notNull bool) string {
	if notNull {
		return "NOT NULL"
	}
	return "nullable"
}

func defaultText(d string) string {
	if d == "" {
		return "no default"
	}
	return "default " + d
}

func (tc *tableCmp) compareColumn(lc, rc *model.Column, lNotNull, rNotNull bool) {
	mk := func(kind Kind, sev Severity, exp, act, msg string) {
		f := tc.base(kind, sev, lc.Name)
		f.Expected, f.Actual, f.Message = exp, act, msg
		f.LeftPos, f.RightPos = lc.Pos, rc.Pos
		tc.add(f)
	}
	col := func() string { return "column " + strconv.Quote(lc.Name) }
	if !typeEqual(lc.Type, rc.Type) {
		e, a := lc.Type.String(), rc.Type.String()
		mk(ColumnType, typeSeverity(lc.Type, rc.Type), e, a,
			fmt.Sprintf("%s is %s in %s but %s in %s", col(), e, tc.l(), a, tc.r()))
	}
	if lNotNull != rNotNull {
		sev := Medium
		if rNotNull {
			sev = Low
			if !suppliesValue(rc) {
				sev = High
			}
		}
		e, a := nullText(lNotNull), nullText(rNotNull)
		msg := fmt.Sprintf("%s is %s in %s but %s in %s", col(), e, tc.l(), a, tc.r())
		if sev == High {
			msg += " without a default"
		}
		mk(ColumnNullable, sev, e, a, msg)
	}
	switch {
	case lc.AutoIncrement != rc.AutoIncrement:
		// The default is not compared as well: an auto-increment column's
		// nextval default is not kept, so it would repeat this finding.
		sev := Low
		if lc.AutoIncrement {
			sev = High
		}
		e, a := autoText(lc), autoText(rc)
		mk(ColumnAutoIncrement, sev, e, a, fmt.Sprintf("%s is %s in %s but %s in %s", col(), e, tc.l(), a, tc.r()))
	case lc.Default != rc.Default:
		e, a := defaultText(lc.Default), defaultText(rc.Default)
		mk(ColumnDefault, Low, lc.Default, rc.Default, fmt.Sprintf("%s has %s in %s but %s in %s", col(), e, tc.l(), a, tc.r()))
	case lc.AutoIncrement && lc.Identity != rc.Identity && !(tc.pair.Left == model.SourceSpec && lc.Identity == ""):
		// The spec's autoincrement does not say whether a sequence or an
		// identity assigns the value, so a spec column without an explicit
		// identity matches either.
		e, a := identityText(lc.Identity), identityText(rc.Identity)
		mk(ColumnIdentity, Low, lc.Identity, rc.Identity, fmt.Sprintf("%s is %s in %s but %s in %s", col(), e, tc.l(), a, tc.r()))
	}
	if lc.Generated != rc.Generated {
		e, a := generatedText(lc.Generated), generatedText(rc.Generated)
		mk(ColumnGenerated, Low, lc.Generated, rc.Generated, fmt.Sprintf("%s is %s in %s but %s in %s", col(), e, tc.l(), a, tc.r()))
	}
	if lc.Collation != rc.Collation {
		e, a := cmp.Or(lc.Collation, "the default collation"), cmp.Or(rc.Collation, "the default collation")
		mk(ColumnCollation, Low, lc.Collation, rc.Collation, fmt.Sprintf("%s uses %s in %s but %s in %s", col(), e, tc.l(), a, tc.r()))
	}
}

func autoText(c *model.Column) string {
	if c.AutoIncrement {
		return "auto-incremented"
	}
	return "not auto-incremented"
}

func identityText(id string) string {
	if id == "" {
		return "filled by a sequence default"
	}
	return "an identity column (" + id + ")"
}

func generatedText(g string) string {
	if g == "" {
		return "not generated"
	}
	return "generated as (" + g + ")"
}
