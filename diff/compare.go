package diff

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// Options tunes a comparison.
type Options struct {
	// Override, when set, is asked about every finding after the rule table
	// has set its severity; returning true replaces the severity.
	Override func(Finding) (Severity, bool)
}

// comparer holds the state of one Compare call.
type comparer struct {
	pair        Pair
	left, right *model.Schema
	out         []Finding
	// renames maps, per matched table, a right column name to the left name
	// it was paired with, so that keys on the right can be read in the
	// left's terms (an index on from_entity_id equals one on from_entity).
	renames map[model.QName]map[string]string
}

// Compare reports every difference between left (canonical) and right, with
// severities from the rule table, sorted with Sort. A nil schema compares as
// an empty one.
func Compare(left, right *model.Schema, opts Options) []Finding {
	if left == nil {
		left = &model.Schema{}
	}
	if right == nil {
		right = &model.Schema{}
	}
	c := &comparer{
		pair:    Pair{Left: left.Source, Right: right.Source},
		left:    left,
		right:   right,
		renames: map[model.QName]map[string]string{},
	}
	c.tables()
	c.views()
	c.enums()
	c.domains()
	return finish(c.out, opts)
}

// finish applies overrides and sorts.
func finish(fs []Finding, opts Options) []Finding {
	if opts.Override != nil {
		for i := range fs {
			if sev, ok := opts.Override(fs[i]); ok {
				fs[i].Severity = sev
			}
		}
	}
	Sort(fs)
	return fs
}

func (c *comparer) add(f Finding) {
	f.Pair = c.pair
	c.out = append(c.out, f)
}

func (c *comparer) l() string { return string(c.pair.Left) }
func (c *comparer) r() string { return string(c.pair.Right) }

// tableMap indexes tables by name. A name listed twice keeps its first
// table, matching PostgreSQL, where the second CREATE would not take effect.
func tableMap(ts []*model.Table) map[model.QName]*model.Table {
	m := make(map[model.QName]*model.Table, len(ts))
	for _, t := range ts {
		if t == nil {
			continue
		}
		if _, dup := m[t.QName()]; !dup {
			m[t.QName()] = t
		}
	}
	return m
}

type tablePair struct {
	l, r *model.Table
	cols *colMatch
}

func (c *comparer) tables() {
	lm, rm := tableMap(c.left.Tables), tableMap(c.right.Tables)
	var matched []tablePair
	for _, lt := range c.left.Tables {
		if lt == nil || lm[lt.QName()] != lt {
			continue
		}
		rt, ok := rm[lt.QName()]
		if !ok {
			c.tableMissing(lt)
			continue
		}
		m := matchColumns(lt, rt)
		if len(m.toLeft) > 0 {
			c.renames[lt.QName()] = m.toLeft
		}
		matched = append(matched, tablePair{lt, rt, m})
	}
	// Renames of every table are known before any table is compared, so a
	// foreign key can be mapped through the renames of the table it references.
	for _, p := range matched {
		c.compareTable(p.l, p.r, p.cols)
	}
	for _, rt := range c.right.Tables {
		if rt == nil || rm[rt.QName()] != rt {
			continue
		}
		if _, ok := lm[rt.QName()]; !ok {
			c.tableExtra(rt)
		}
	}
}

func (c *comparer) tableMissing(t *model.Table) {
	sev := Medium
	if c.pair.Right == model.SourceDB {
		sev = High
	}
	what := fmt.Sprintf("table %q", t.QName().String())
	if t.Model != "" {
		what += fmt.Sprintf(" (model %s)", t.Model)
	}
	c.add(Finding{
		Kind: TableMissing, Severity: sev, Schema: t.Schema, Table: t.Name,
		Message: fmt.Sprintf("%s has %s that %s lacks", c.l(), what, c.r()),
		LeftPos: t.Pos,
	})
}

func (c *comparer) tableExtra(t *model.Table) {
	name := t.QName().String()
	if reason, ok := c.left.IsExpected(t.Schema, t.Name); ok {
		msg := fmt.Sprintf("%s has table %q, which %s declares as an expected gap", c.r(), name, c.l())
		if reason != "" {
			msg += ": " + reason
		}
		c.add(Finding{
			Kind: TableExpected, Severity: Info, Schema: t.Schema, Table: t.Name,
			Expected: reason, Message: msg, LeftPos: c.expectedPos(t), RightPos: t.Pos,
		})
		return
	}
	c.add(Finding{
		Kind: TableExtra, Severity: Medium, Schema: t.Schema, Table: t.Name,
		Message:  fmt.Sprintf("%s has table %q that %s lacks", c.r(), name, c.l()),
		RightPos: t.Pos,
	})
}

func (c *comparer) expectedPos(t *model.Table) model.Pos {
	for _, e := range c.left.Expected {
		if e.Name == t.Name && (e.Schema == "" || e.Schema == t.Schema) {
			return e.Pos
		}
	}
	return model.Pos{}
}

// toLeft maps a right column name of table q into the left's terms.
func (c *comparer) toLeft(q model.QName, col string) string {
	if n, ok := c.renames[q][col]; ok {
		return n
	}
	return col
}

func (c *comparer) mapCols(q model.QName, cols []string) []string {
	if len(c.renames[q]) == 0 {
		return cols
	}
	out := make([]string, len(cols))
	for i, col := range cols {
		out[i] = c.toLeft(q, col)
	}
	return out
}

// tableCmp compares one matched pair of tables.
type tableCmp struct {
	*comparer
	lt, rt *model.Table
	q      model.QName
	cols   *colMatch
	// notes collects what is folded into a missing (left name) or extra
	// (right name) column's finding instead of being reported on its own.
	missingNotes, extraNotes map[string][]string
}

func (c *comparer) compareTable(lt, rt *model.Table, m *colMatch) {
	tc := &tableCmp{comparer: c, lt: lt, rt: rt, q: lt.QName(), cols: m}
	tc.foreignKeys() // first: it folds keys into the column findings
	tc.columns()
	tc.primaryKey()
	tc.uniquesAndIndexes()
	tc.checks()
	tc.partitions()
}

func (tc *tableCmp) base(kind Kind, sev Severity, object string) Finding {
	return Finding{Kind: kind, Severity: sev, Schema: tc.lt.Schema, Table: tc.lt.Name, Object: object}
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = model.QuoteIdent(n)
	}
	return "(" + strings.Join(q, ", ") + ")"
}

func (tc *tableCmp) primaryKey() {
	lk, rk := tc.lt.PrimaryKey, tc.rt.PrimaryKey
	if lk != nil && len(lk.Columns) == 0 {
		lk = nil
	}
	if rk != nil && len(rk.Columns) == 0 {
		rk = nil
	}
	switch {
	case lk == nil && rk == nil:
	case rk == nil:
		f := tc.base(PrimaryKeyMissing, High, "")
		f.Expected = quoteList(lk.Columns)
		f.Message = fmt.Sprintf("%s has primary key %s that %s lacks", tc.l(), f.Expected, tc.r())
		f.LeftPos = lk.Pos
		tc.add(f)
	case lk == nil:
		f := tc.base(PrimaryKeyExtra, High, "")
		f.Actual = quoteList(rk.Columns)
		f.Message = fmt.Sprintf("%s has primary key %s that %s lacks", tc.r(), f.Actual, tc.l())
		f.RightPos = rk.Pos
		tc.add(f)
	default:
		if l, r := quoteList(lk.Columns), quoteList(tc.mapCols(tc.q, rk.Columns)); l != r {
			f := tc.base(PrimaryKeyDiffers, High, "")
			f.Expected, f.Actual = l, quoteList(rk.Columns)
			f.Message = fmt.Sprintf("primary key is %s in %s but %s in %s", f.Expected, tc.l(), f.Actual, tc.r())
			f.LeftPos, f.RightPos = lk.Pos, rk.Pos
			tc.add(f)
		}
	}
}

func (tc *tableCmp) checks() {
	used := make([]bool, len(tc.rt.Checks))
	byExpr := map[string][]int{}
	for i, ck := range tc.rt.Checks {
		if ck != nil {
			byExpr[ck.Expr] = append(byExpr[ck.Expr], i)
		}
	}
	// Names are ignored: PostgreSQL invents them (t_col_check) and ORMs
	// rarely set them, so only the normalized expression identifies a check.
	for _, ck := range tc.lt.Checks {
		if ck == nil {
			continue
		}
		if idx := byExpr[ck.Expr]; len(idx) > 0 {
			used[idx[0]] = true
			byExpr[ck.Expr] = idx[1:]
			continue
		}
		f := tc.base(CheckMissing, Medium, nameOr(ck.Name, ck.Expr))
		f.Expected = ck.Expr
		f.Message = fmt.Sprintf("%s has CHECK (%s) that %s lacks", tc.l(), ck.Expr, tc.r())
		f.LeftPos = ck.Pos
		tc.add(f)
	}
	for i, ck := range tc.rt.Checks {
		if ck == nil || used[i] {
			continue
		}
		f := tc.base(CheckExtra, Low, nameOr(ck.Name, ck.Expr))
		f.Actual = ck.Expr
		f.Message = fmt.Sprintf("%s has CHECK (%s) that %s lacks", tc.r(), ck.Expr, tc.l())
		f.RightPos = ck.Pos
		tc.add(f)
	}
}

func nameOr(name, alt string) string {
	if name != "" {
		return name
	}
	return alt
}

func (tc *tableCmp) partitions() {
	lt, rt := tc.lt, tc.rt
	if lt.PartitionBy != rt.PartitionBy {
		f := tc.base(PartitionKey, Low, "")
		f.Expected, f.Actual = lt.PartitionBy, rt.PartitionBy
		f.Message = fmt.Sprintf("table is partitioned by %s in %s but %s in %s",
			orNone(lt.PartitionBy, "nothing"), tc.l(), orNone(rt.PartitionBy, "nothing"), tc.r())
		f.LeftPos, f.RightPos = lt.Pos, rt.Pos
		tc.add(f)
	}
	rp := make(map[model.QName]model.Partition, len(rt.Partitions))
	for _, p := range rt.Partitions {
		rp[model.QName{Schema: p.Schema, Name: p.Name}] = p
	}
	lp := make(map[model.QName]bool, len(lt.Partitions))
	for _, p := range lt.Partitions {
		q := model.QName{Schema: p.Schema, Name: p.Name}
		lp[q] = true
		r, ok := rp[q]
		switch {
		case !ok:
			f := tc.base(PartitionMissing, Low, q.String())
			f.Expected = p.Bound
			f.Message = fmt.Sprintf("%s has partition %q %s that %s lacks", tc.l(), q.String(), p.Bound, tc.r())
			f.LeftPos = p.Pos
			tc.add(f)
		case r.Bound != p.Bound:
			f := tc.base(PartitionKey, Low, q.String())
			f.Expected, f.Actual = p.Bound, r.Bound
			f.Message = fmt.Sprintf("partition %q is %s in %s but %s in %s", q.String(), p.Bound, tc.l(), r.Bound, tc.r())
			f.LeftPos, f.RightPos = p.Pos, r.Pos
			tc.add(f)
		}
	}
	for _, p := range rt.Partitions {
		q := model.QName{Schema: p.Schema, Name: p.Name}
		if !lp[q] {
			f := tc.base(PartitionExtra, Low, q.String())
			f.Actual = p.Bound
			f.Message = fmt.Sprintf("%s has partition %q %s that %s lacks", tc.r(), q.String(), p.Bound, tc.l())
			f.RightPos = p.Pos
			tc.add(f)
		}
	}
}

func orNone(s, none string) string {
	if s == "" {
		return none
	}
	return s
}
