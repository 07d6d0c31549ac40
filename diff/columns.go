package diff

import (
	"fmt"
	"sort"
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
	var out []string
	for _, t := range strings.Split(name, "_") {
		if t != "" {
			out = append(out, t)
		}
	}
	return out
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
	set := make(map[string]bool, len(tb))
	for _, t := range tb {
		set[t] = true
	}
	for _, t := range ta {
		if !set[t] {
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
// renames. A leftover left and right column are a rename candidate when
// their types are in one family and either their names share words or they
// sit at the same position; candidates are taken greedily, best score first.
// A name match outweighs a position match, and an identical type breaks ties.
func matchColumns(lt, rt *model.Table) *colMatch {
	m := &colMatch{}
	// Both sides usually list the same columns in the same order; pair that
	// common prefix without building a map.
	prefix := 0
	for prefix < len(lt.Columns) && prefix < len(rt.Columns) {
		l, r := lt.Columns[prefix], rt.Columns[prefix]
		if l == nil || r == nil || l.Name != r.Name {
			break
		}
		prefix++
	}
	m.pairs = make([]colPair, prefix, len(lt.Columns))
	for i := range prefix {
		m.pairs[i] = colPair{l: lt.Columns[i], r: rt.Columns[i]}
	}
	if prefix == len(lt.Columns) && prefix == len(rt.Columns) && !hasDupNames(lt.Columns) {
		return m
	}
	m.pairs = m.pairs[:0]
	rByName := make(map[string]int, len(rt.Columns))
	for i, c := range rt.Columns {
		if c == nil {
			continue
		}
		if _, dup := rByName[c.Name]; !dup {
			rByName[c.Name] = i
		}
	}
	rTaken := make([]bool, len(rt.Columns))
	var missPos []int
	for i, c := range lt.Columns {
		if c == nil {
			continue
		}
		j, ok := rByName[c.Name]
		if ok && rTaken[j] {
			continue // a left column listed twice
		}
		if ok {
			rTaken[j] = true
			m.pairs = append(m.pairs, colPair{l: c, r: rt.Columns[j]})
			continue
		}
		if lt.ColumnIndex(c.Name) != i {
			continue // a left column listed twice
		}
		m.missing = append(m.missing, c)
		missPos = append(missPos, i)
	}
	var extraPos []int
	for i, c := range rt.Columns {
		if c == nil || rTaken[i] || rByName[c.Name] != i {
			continue
		}
		m.extra = append(m.extra, c)
		extraPos = append(extraPos, i)
	}
	if len(m.missing) == 0 && len(m.extra) == 0 {
		return m
	}

	var cands []renameCandidate
	for i, lc := range m.missing {
		for j, rc := range m.extra {
			if !sameFamily(lc.Type, rc.Type) {
				continue
			}
			named, cover := nameAffinity(lc.Name, rc.Name)
			samePos := missPos[i] == extraPos[j]
			if !named && !samePos {
				continue
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
			cands = append(cands, renameCandidate{i, j, score})
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		ca, cb := cands[a], cands[b]
		if ca.score != cb.score {
			return ca.score > cb.score
		}
		if ca.li != cb.li {
			return ca.li < cb.li
		}
		return ca.ri < cb.ri
	})
	usedL := make([]bool, len(m.missing))
	usedR := make([]bool, len(m.extra))
	for _, cd := range cands {
		if usedL[cd.li] || usedR[cd.ri] {
			continue
		}
		usedL[cd.li], usedR[cd.ri] = true, true
		lc, rc := m.missing[cd.li], m.extra[cd.ri]
		m.pairs = append(m.pairs, colPair{l: lc, r: rc, renamed: true})
		if m.toLeft == nil {
			m.toLeft = map[string]string{}
		}
		m.toLeft[rc.Name] = lc.Name
	}
	if len(cands) > 0 {
		m.missing = keep(m.missing, usedL)
		m.extra = keep(m.extra, usedR)
	}
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
	if a.Name == b.Name && a.Fields == b.Fields && a.Array == b.Array && len(a.Mods) == len(b.Mods) {
		same := true
		for i := range a.Mods {
			if a.Mods[i] != b.Mods[i] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return a.Equal(b)
}

func keep(cs []*model.Column, used []bool) []*model.Column {
	var out []*model.Column
	for i, c := range cs {
		if !used[i] {
			out = append(out, c)
		}
	}
	return out
}

// inPK reports whether col is in t's primary key: PostgreSQL makes such
// columns NOT NULL whether or not the declaration says so, and producers
// need not repeat it.
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
	for _, c := range tc.cols.missing {
		f := tc.base(ColumnMissing, High, c.Name)
		f.Expected = c.Type.String()
		f.Message = fmt.Sprintf("%s has column %q %s%s that %s lacks", tc.l(), c.Name, f.Expected,
			notes(tc.missingNotes[c.Name]), tc.r())
		f.LeftPos = c.Pos
		tc.add(f)
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
		f := tc.base(ColumnExtra, sev, c.Name)
		f.Actual = c.Type.String()
		f.Message = fmt.Sprintf("%s has column %q %s%s that %s lacks", tc.r(), c.Name, f.Actual, notes(ns), tc.l())
		f.RightPos = c.Pos
		tc.add(f)
	}
}

func notes(ns []string) string {
	if len(ns) == 0 {
		return ""
	}
	return " (" + strings.Join(ns, "; ") + ")"
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
		e, a := orNone(lc.Collation, "the default collation"), orNone(rc.Collation, "the default collation")
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
