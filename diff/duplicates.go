package diff

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// Duplicates reports, for each table s defines more than once, a later
// definition that differs from the first one. PostgreSQL skips the later
// CREATE TABLE IF NOT EXISTS, so the first definition is what exists; the
// finding says how the skipped one disagrees, because a database built by
// an older script (or the scripts run in another order) would get it.
func Duplicates(s *model.Schema, opts Options) []Finding {
	if s == nil {
		return nil
	}
	var out []Finding
	for _, d := range s.Duplicates {
		if d == nil || d.First == nil || d.Later == nil {
			continue
		}
		parts := duplicateDiffs(d.First, d.Later)
		if len(parts) == 0 {
			continue
		}
		summary := strings.Join(parts, "; ")
		where := ""
		if p := shortPos(d.Later.Pos); p != "" {
			where = " at " + p
		}
		out = append(out, Finding{
			Kind: TableDuplicate, Severity: Low, Pair: Pair{Left: s.Source, Right: s.Source},
			Schema: d.First.Schema, Table: d.First.Name,
			Actual:  summary,
			Message: fmt.Sprintf("%s is defined again%s %s", d.First.QName().String(), where, summary),
			LeftPos: d.First.Pos, RightPos: d.Later.Pos,
		})
	}
	return finish(out, opts)
}

// shortPos renders a position as file:line with the file's base name, which
// is how people refer to a line in one of a handful of scripts.
func shortPos(p model.Pos) string {
	if p.IsZero() {
		return ""
	}
	s := filepath.Base(filepath.ToSlash(p.File))
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
	}
	return s
}

// duplicateDiffs describes how later differs from first, from later's point
// of view: "without a, b", "with c as integer instead of text".
func duplicateDiffs(first, later *model.Table) []string {
	var parts []string
	fc := map[string]*model.Column{}
	for _, c := range first.Columns {
		if c != nil {
			fc[c.Name] = c
		}
	}
	lc := map[string]*model.Column{}
	for _, c := range later.Columns {
		if c != nil {
			lc[c.Name] = c
		}
	}
	var without, extra, changed []string
	for _, c := range first.Columns {
		if c != nil && lc[c.Name] == nil {
			without = append(without, c.Name)
		}
	}
	for _, c := range later.Columns {
		if c == nil {
			continue
		}
		f, ok := fc[c.Name]
		if !ok {
			extra = append(extra, c.Name)
			continue
		}
		var how []string
		if !f.Type.Equal(c.Type) {
			how = append(how, fmt.Sprintf("%s instead of %s", c.Type, f.Type))
		}
		if fn, ln := f.NotNull || inPK(first, f.Name), c.NotNull || inPK(later, c.Name); fn != ln {
			how = append(how, nullText(ln))
		}
		if f.AutoIncrement != c.AutoIncrement {
			how = append(how, autoText(c))
		} else if f.Default != c.Default {
			how = append(how, defaultText(c.Default))
		}
		if f.Identity != c.Identity {
			how = append(how, identityText(c.Identity))
		}
		if f.Generated != c.Generated {
			how = append(how, generatedText(c.Generated))
		}
		if f.Collation != c.Collation {
			how = append(how, "collation "+orNone(c.Collation, "default"))
		}
		if len(how) > 0 {
			changed = append(changed, fmt.Sprintf("%s %s", c.Name, strings.Join(how, ", ")))
		}
	}
	if len(without) > 0 {
		parts = append(parts, "without "+strings.Join(without, ", "))
	}
	if len(extra) > 0 {
		parts = append(parts, "with extra "+strings.Join(extra, ", "))
	}
	if len(changed) > 0 {
		parts = append(parts, "with "+strings.Join(changed, "; "))
	}

	keyText := func(k *model.Key) string {
		if k == nil || len(k.Columns) == 0 {
			return ""
		}
		return quoteList(k.Columns)
	}
	if f, l := keyText(first.PrimaryKey), keyText(later.PrimaryKey); f != l {
		if l == "" {
			parts = append(parts, "without a primary key")
		} else {
			parts = append(parts, "with primary key "+l)
		}
	}
	uniq := func(t *model.Table) []string {
		var out []string
		for _, u := range t.Uniques {
			if u != nil {
				out = append(out, uniqueText(u))
			}
		}
		return out
	}
	parts = append(parts, setDiff(uniq(first), uniq(later))...)
	checks := func(t *model.Table) []string {
		var out []string
		for _, e := range checkExprs(t.Checks) {
			out = append(out, "CHECK ("+e+")")
		}
		return out
	}
	parts = append(parts, setDiff(checks(first), checks(later))...)
	fks := func(t *model.Table) []string {
		var out []string
		for _, fk := range t.ForeignKeys {
			if fk != nil {
				out = append(out, fk.Definition())
			}
		}
		return out
	}
	parts = append(parts, setDiff(fks(first), fks(later))...)

	// Only the later definition's own indexes are compared: it is a snapshot
	// of one statement, while the first table has gathered every CREATE INDEX
	// that followed it, so indexes missing from the snapshot mean nothing.
	for _, ix := range later.Indexes {
		if ix == nil {
			continue
		}
		fx, ok := first.Index(ix.Name)
		switch {
		case !ok:
			parts = append(parts, fmt.Sprintf("with extra index %s", ix.Name))
		case fx.Definition() != ix.Definition():
			parts = append(parts, fmt.Sprintf("with index %s as %s instead of %s", ix.Name, ix.Definition(), fx.Definition()))
		}
	}
	return parts
}

// setDiff lists what later lacks and adds relative to first, as multisets.
func setDiff(first, later []string) []string {
	count := map[string]int{}
	for _, s := range later {
		count[s]++
	}
	var out []string
	for _, s := range first {
		if count[s] > 0 {
			count[s]--
			continue
		}
		out = append(out, "without "+s)
	}
	for _, s := range later {
		if count[s] > 0 {
			count[s]--
			out = append(out, "with "+s)
		}
	}
	return out
}
