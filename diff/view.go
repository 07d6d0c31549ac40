package diff

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// compareView compares a view present on both sides: its query, columns,
// options and (for a materialized view) indexes. The spec and the ORM know
// only views' names (they omit model.AreaViewDefs), so names are all that
// is compared with them.
func (c *comparer) compareView(l, r *model.View) {
	if !c.left.Describes(model.AreaViewDefs) || !c.right.Describes(model.AreaViewDefs) {
		return
	}
	base := func(kind Kind, sev Severity) Finding {
		return Finding{Kind: kind, Severity: sev, Schema: l.Schema, Table: l.Name, LeftPos: l.Pos, RightPos: r.Pos}
	}
	what := viewWord(l) + " " + fmt.Sprintf("%q", l.QName().String())
	lc, rc := strings.Join(l.Columns, ", "), strings.Join(r.Columns, ", ")
	switch {
	case l.Definition == "" || r.Definition == "":
		// A side that could not read the query says so in a warning.
	case lc != rc:
		f := base(ViewDiffers, Medium)
		f.Object = "columns"
		f.Expected, f.Actual = "("+lc+")", "("+rc+")"
		f.Message = fmt.Sprintf("%s has columns %s in %s but %s in %s", what, f.Expected, c.l(), f.Actual, c.r())
		c.add(f)
	case l.Definition != r.Definition:
		f := base(ViewDiffers, Medium)
		f.Expected, f.Actual = l.Definition, r.Definition
		f.Message = fmt.Sprintf("%s is defined differently in %s and %s: %s", what, c.l(), c.r(), firstDifference(l.Definition, r.Definition))
		c.add(f)
	}
	if lo, ro := viewOptions(l), viewOptions(r); lo != ro {
		sev := Medium
		if l.SecurityBarrier && !r.SecurityBarrier {
			sev = High
		}
		f := base(ViewOptions, sev)
		f.Expected, f.Actual = lo, ro
		f.Message = fmt.Sprintf("%s has %s in %s but %s in %s", what, cmp.Or(lo, "no options"), c.l(), cmp.Or(ro, "no options"), c.r())
		c.add(f)
	}
	if l.Materialized || r.Materialized {
		lt := &model.Table{Schema: l.Schema, Name: l.Name, Indexes: l.Indexes}
		rt := &model.Table{Schema: r.Schema, Name: r.Name, Indexes: r.Indexes}
		tc := &tableCmp{comparer: c, lt: lt, rt: rt, q: lt.QName(), cols: &colMatch{}}
		tc.uniquesAndIndexes()
	}
}

// viewOptions renders a view's options as WITH (...) would.
func viewOptions(v *model.View) string {
	opts := v.OptionList()
	if len(opts) == 0 {
		return ""
	}
	return "WITH (" + strings.Join(opts, ", ") + ")"
}

// firstDifference shows where two normalized queries part, with a little
// context, so that a long SELECT's finding reads in one line.
func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	start := max(0, i-20)
	clip := func(s string) string {
		end := min(len(s), i+40)
		out := s[start:end]
		if start > 0 {
			out = "…" + out
		}
		if end < len(s) {
			out += "…"
		}
		return fmt.Sprintf("%q", out)
	}
	return clip(a) + " vs " + clip(b)
}
