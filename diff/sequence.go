package diff

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

func sequenceName(s *model.Sequence) model.QName { return s.QName() }

// sequences compares standalone sequences by name. A sequence that belongs
// to an auto-incremented column (a serial's, or one made OWNED BY the
// column that feeds it) is part of that column: when only one side has it,
// the column's findings say so, and it is not reported again here.
func (c *comparer) sequences() {
	if !c.left.Describes(model.AreaSequences) || !c.right.Describes(model.AreaSequences) {
		return
	}
	same := func(l, r *model.Sequence) {
		c.sequenceOptions(l, r)
		if c.ownerDiffers(l.OwnedBy, r.OwnedBy) {
			q := l.QName().String()
			c.add(Finding{
				Kind: SequenceOwner, Severity: Low, Schema: l.Schema, Table: l.Name,
				Expected: l.OwnedBy.String(), Actual: r.OwnedBy.String(),
				Message: fmt.Sprintf("sequence %q is owned by %s in %s but by %s in %s",
					q, l.OwnedBy, c.l(), r.OwnedBy, c.r()),
				LeftPos: l.Pos, RightPos: r.Pos,
			})
		}
	}
	missing, extra := match(nonNil(c.left.Sequences), nonNil(c.right.Sequences), keyed(sequenceName), keyed(sequenceName), same)
	what := func(s *model.Sequence) string {
		return fmt.Sprintf("sequence %q (%s)", s.QName().String(), s.Options)
	}
	for _, s := range missing {
		if feedsColumn(c.left, s) {
			continue
		}
		sev := Medium
		if c.pair.Right == model.SourceDB {
			sev = High
		}
		c.onlyLeft(Finding{Kind: SequenceMissing, Severity: sev, Schema: s.Schema, Table: s.Name}, what(s), s.Options.String(), s.Pos)
	}
	for _, s := range extra {
		if feedsColumn(c.right, s) {
			continue
		}
		c.onlyRight(Finding{Kind: SequenceExtra, Severity: Low, Schema: s.Schema, Table: s.Name}, what(s), s.Options.String(), s.Pos)
	}
}

// ownerDiffers compares owners in the left's terms: a renamed column
// keeps its sequence, and an owner table only one side has is reported as
// the table.
func (c *comparer) ownerDiffers(l, r model.ColumnRef) bool {
	if !r.IsZero() {
		r.Column = c.toLeft(model.QName{Schema: r.Schema, Name: r.Table}, r.Column)
	}
	if l == r {
		return false
	}
	if !l.IsZero() {
		if _, ok := c.right.Table(l.Schema, l.Table); !ok {
			return false
		}
	}
	if !r.IsZero() {
		if _, ok := c.left.Table(r.Schema, r.Table); !ok {
			return false
		}
	}
	return true
}

// feedsColumn reports whether s is owned by a column of side that the
// database auto-increments.
func feedsColumn(side *model.Schema, s *model.Sequence) bool {
	if s.OwnedBy.IsZero() {
		return false
	}
	t, ok := side.Table(s.OwnedBy.Schema, s.OwnedBy.Table)
	if !ok {
		return false
	}
	col, ok := t.Column(s.OwnedBy.Column)
	return ok && col.AutoIncrement
}

func (c *comparer) sequenceOptions(l, r *model.Sequence) {
	changes := optionChanges(l.Options, r.Options, c.l(), c.r())
	if len(changes) == 0 {
		return
	}
	c.add(Finding{
		Kind: SequenceDiffers, Severity: optionSeverity(l.Options, r.Options), Schema: l.Schema, Table: l.Name,
		Expected: l.Options.String(), Actual: r.Options.String(),
		Message: fmt.Sprintf("sequence %q differs: %s", l.QName().String(), strings.Join(changes, "; ")),
		LeftPos: l.Pos, RightPos: r.Pos,
	})
}

// optionSeverity ranks a difference of sequence options: the type, bounds,
// step and cycling change which values are handed out (or when the
// sequence runs out); START only matters to a RESTART and CACHE to gaps.
func optionSeverity(l, r model.SequenceOptions) Severity {
	if l.Type != r.Type || l.Increment != r.Increment || l.Min != r.Min || l.Max != r.Max || l.Cycle != r.Cycle {
		return Medium
	}
	return Low
}

// optionChanges says, option by option, how l and r differ.
func optionChanges(l, r model.SequenceOptions, ln, rn string) []string {
	var out []string
	num := func(name string, a, b int64) {
		if a != b {
			out = append(out, fmt.Sprintf("%s %s in %s, %s in %s", name, strconv.FormatInt(a, 10), ln, strconv.FormatInt(b, 10), rn))
		}
	}
	if l.Type != r.Type {
		out = append(out, fmt.Sprintf("AS %s in %s, %s in %s", l.Type, ln, r.Type, rn))
	}
	num("INCREMENT BY", l.Increment, r.Increment)
	num("MINVALUE", l.Min, r.Min)
	num("MAXVALUE", l.Max, r.Max)
	num("START WITH", l.Start, r.Start)
	num("CACHE", l.Cache, r.Cache)
	if l.Cycle != r.Cycle {
		word := map[bool]string{true: "CYCLE", false: "NO CYCLE"}
		out = append(out, fmt.Sprintf("%s in %s, %s in %s", word[l.Cycle], ln, word[r.Cycle], rn))
	}
	return out
}

// identityOptions compares the sequence options of identity columns that
// both sides describe.
func (tc *tableCmp) identityOptions() {
	if !tc.left.Describes(model.AreaSequences) || !tc.right.Describes(model.AreaSequences) {
		return
	}
	for _, p := range tc.cols.pairs {
		lc, rc := p.l, p.r
		if lc.IdentityOptions == nil || rc.IdentityOptions == nil || lc.Identity == "" || rc.Identity == "" {
			continue
		}
		l, r := *lc.IdentityOptions, *rc.IdentityOptions
		changes := optionChanges(l, r, tc.l(), tc.r())
		if len(changes) == 0 {
			continue
		}
		f := tc.base(ColumnIdentityOptions, optionSeverity(l, r), lc.Name)
		f.Expected, f.Actual = l.String(), r.String()
		f.Message = fmt.Sprintf("identity column %q's sequence differs: %s", lc.Name, strings.Join(changes, "; "))
		f.LeftPos, f.RightPos = lc.Pos, rc.Pos
		tc.add(f)
	}
}

// extensions compares installed extensions by name: the schema always,
// the version only when the left side pins one.
func (c *comparer) extensions() {
	if !c.left.Describes(model.AreaExtensions) || !c.right.Describes(model.AreaExtensions) {
		return
	}
	name := func(e *model.Extension) string { return e.Name }
	same := func(l, r *model.Extension) {
		f := Finding{Kind: ExtensionDiffers, Schema: l.Schema, Table: l.Name, LeftPos: l.Pos, RightPos: r.Pos}
		switch {
		case l.Schema != r.Schema:
			f.Severity, f.Object, f.Expected, f.Actual = Medium, "schema", l.Schema, r.Schema
			f.Message = fmt.Sprintf("extension %q is in schema %q in %s but %q in %s", l.Name, l.Schema, c.l(), r.Schema, c.r())
		case l.Version != "" && r.Version != "" && l.Version != r.Version:
			f.Severity, f.Object, f.Expected, f.Actual = Low, "version", l.Version, r.Version
			f.Message = fmt.Sprintf("extension %q is version %s in %s but %s in %s", l.Name, l.Version, c.l(), r.Version, c.r())
		default:
			return
		}
		c.add(f)
	}
	missing, extra := match(nonNil(c.left.Extensions), nonNil(c.right.Extensions), keyed(name), keyed(name), same)
	what := func(e *model.Extension) string {
		s := fmt.Sprintf("extension %q in schema %q", e.Name, e.Schema)
		if e.Version != "" {
			s += " version " + e.Version
		}
		return s
	}
	for _, e := range missing {
		if e.Conditional {
			continue
		}
		sev := Medium
		if c.pair.Right == model.SourceDB {
			sev = High
		}
		c.onlyLeft(Finding{Kind: ExtensionMissing, Severity: sev, Schema: e.Schema, Table: e.Name}, what(e), e.Version, e.Pos)
	}
	for _, e := range extra {
		c.onlyRight(Finding{Kind: ExtensionExtra, Severity: Low, Schema: e.Schema, Table: e.Name}, what(e), e.Version, e.Pos)
	}
}
