package diff

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/internal/par"
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
	c.sequences()
	c.extensions()
	c.privileges()
	c.functions()
	c.triggers()
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

// onlyLeft completes and adds a finding about an object only the left side
// has; what names the object in the message, value (if any) is Expected.
func (c *comparer) onlyLeft(f Finding, what, value string, pos model.Pos) {
	f.Expected, f.LeftPos = value, pos
	f.Message = fmt.Sprintf("%s has %s that %s lacks", c.l(), what, c.r())
	c.add(f)
}

// onlyRight is onlyLeft for an object only the right side has.
func (c *comparer) onlyRight(f Finding, what, value string, pos model.Pos) {
	f.Actual, f.RightPos = value, pos
	f.Message = fmt.Sprintf("%s has %s that %s lacks", c.r(), what, c.l())
	c.add(f)
}

func (c *comparer) l() string { return string(c.pair.Left) }
func (c *comparer) r() string { return string(c.pair.Right) }

func tableName(t *model.Table) model.QName { return t.QName() }

type tablePair struct {
	l, r *model.Table
	cols *colMatch
}

// tables matches tables by name. A name listed twice keeps its first
// table, matching PostgreSQL, where the second CREATE would not take effect.
func (c *comparer) tables() {
	matched := make([]tablePair, 0, min(len(c.left.Tables), len(c.right.Tables)))
	missing, extra := matchFirst(nonNil(c.left.Tables), nonNil(c.right.Tables), tableName, func(lt, rt *model.Table) {
		cm := matchColumns(lt, rt)
		if len(cm.toLeft) > 0 {
			c.renames[lt.QName()] = cm.toLeft
		}
		matched = append(matched, tablePair{lt, rt, cm})
	})
	for _, lt := range missing {
		c.tableMissing(lt)
	}
	// Renames of every table are known before any table is compared, so a
	// foreign key can be mapped through the renames of the table it
	// references. The pairs are then compared side by side, each into its
	// own findings, which are kept in the pairs' order.
	outs := make([][]Finding, len(matched))
	par.Each(len(matched), 64, func(i int) {
		p := matched[i]
		own := &comparer{pair: c.pair, left: c.left, right: c.right, renames: c.renames}
		own.compareTable(p.l, p.r, p.cols)
		outs[i] = own.out
	})
	for _, o := range outs {
		c.out = append(c.out, o...)
	}
	for _, rt := range extra {
		c.tableExtra(rt)
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
	c.onlyLeft(Finding{Kind: TableMissing, Severity: sev, Schema: t.Schema, Table: t.Name}, what, "", t.Pos)
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
	c.onlyRight(Finding{Kind: TableExtra, Severity: Medium, Schema: t.Schema, Table: t.Name},
		"table "+strconv.Quote(name), "", t.Pos)
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
	tc.rowSecurity()
	tc.identityOptions()
	tc.constraintStates()
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
		cols := quoteList(lk.Columns)
		tc.onlyLeft(tc.base(PrimaryKeyMissing, High, ""), "primary key "+cols, cols, lk.Pos)
	case lk == nil:
		cols := quoteList(rk.Columns)
		tc.onlyRight(tc.base(PrimaryKeyExtra, High, ""), "primary key "+cols, cols, rk.Pos)
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

func checkExpr(ck *model.Check) string { return ck.Expr }

// checks matches checks by expression. Names are ignored: PostgreSQL
// invents them (t_col_check) and ORMs rarely set them, so only the
// normalized expression identifies a check.
func (tc *tableCmp) checks() {
	missing, extra := match(nonNil(tc.lt.Checks), nonNil(tc.rt.Checks), keyed(checkExpr), keyed(checkExpr), nil)
	for _, ck := range missing {
		tc.onlyLeft(tc.base(CheckMissing, Medium, cmp.Or(ck.Name, ck.Expr)), "CHECK ("+ck.Expr+")", ck.Expr, ck.Pos)
	}
	for _, ck := range extra {
		tc.onlyRight(tc.base(CheckExtra, Low, cmp.Or(ck.Name, ck.Expr)), "CHECK ("+ck.Expr+")", ck.Expr, ck.Pos)
	}
}

func (tc *tableCmp) partitions() {
	lt, rt := tc.lt, tc.rt
	if lt.PartitionBy != rt.PartitionBy {
		f := tc.base(PartitionKey, Low, "")
		f.Expected, f.Actual = lt.PartitionBy, rt.PartitionBy
		f.Message = fmt.Sprintf("table is partitioned by %s in %s but %s in %s",
			cmp.Or(lt.PartitionBy, "nothing"), tc.l(), cmp.Or(rt.PartitionBy, "nothing"), tc.r())
		f.LeftPos, f.RightPos = lt.Pos, rt.Pos
		tc.add(f)
	}
	same := func(l, r model.Partition) {
		if l.Bound != r.Bound {
			q := partitionName(l).String()
			f := tc.base(PartitionKey, Low, q)
			f.Expected, f.Actual = l.Bound, r.Bound
			f.Message = fmt.Sprintf("partition %q is %s in %s but %s in %s", q, l.Bound, tc.l(), r.Bound, tc.r())
			f.LeftPos, f.RightPos = l.Pos, r.Pos
			tc.add(f)
		}
		tc.partitionLocal(l, r)
	}
	missing, extra := match(lt.Partitions, rt.Partitions, keyed(partitionName), keyed(partitionName), same)
	for _, p := range missing {
		q := partitionName(p).String()
		tc.onlyLeft(tc.base(PartitionMissing, Low, q), fmt.Sprintf("partition %q %s", q, p.Bound), p.Bound, p.Pos)
	}
	for _, p := range extra {
		q := partitionName(p).String()
		tc.onlyRight(tc.base(PartitionExtra, Low, q), fmt.Sprintf("partition %q %s", q, p.Bound), p.Bound, p.Pos)
	}
}

func partitionName(p model.Partition) model.QName {
	return model.QName{Schema: p.Schema, Name: p.Name}
}
