package diff

import (
	"cmp"
	"fmt"
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
		if p := d.Later.Pos.Short(); p != "" {
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

// duplicateDiffs describes how later differs from first, from later's point
// of view: "without a, b", "with c as integer instead of text".
func duplicateDiffs(first, later *model.Table) []string {
	parts := columnChanges(first, later)
	if f, l := keyText(first.PrimaryKey), keyText(later.PrimaryKey); f != l {
		if l == "" {
			parts = append(parts, "without a primary key")
		} else {
			parts = append(parts, "with primary key "+l)
		}
	}
	parts = append(parts, setDiff(uniqueTexts(first), uniqueTexts(later))...)
	parts = append(parts, setDiff(checkTexts(first), checkTexts(later))...)
	parts = append(parts, setDiff(fkTexts(first), fkTexts(later))...)

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

// columnChanges lists the columns later lacks, adds and defines otherwise.
func columnChanges(first, later *model.Table) []string {
	name := keyed(func(c *model.Column) string { return c.Name })
	var parts, changed []string
	extra, without := match(nonNil(later.Columns), nonNil(first.Columns), name, name, func(lc, fc *model.Column) {
		if how := columnChange(first, later, fc, lc); len(how) > 0 {
			changed = append(changed, fmt.Sprintf("%s %s", lc.Name, strings.Join(how, ", ")))
		}
	})
	if len(without) > 0 {
		parts = append(parts, "without "+strings.Join(columnNames(without), ", "))
	}
	if len(extra) > 0 {
		parts = append(parts, "with extra "+strings.Join(columnNames(extra), ", "))
	}
	if len(changed) > 0 {
		parts = append(parts, "with "+strings.Join(changed, "; "))
	}
	return parts
}

// columnChange says how column c of later differs from column f of first.
func columnChange(first, later *model.Table, f, c *model.Column) []string {
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
		how = append(how, "collation "+cmp.Or(c.Collation, "default"))
	}
	return how
}

func columnNames(cs []*model.Column) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Name
	}
	return out
}

func keyText(k *model.Key) string {
	if k == nil || len(k.Columns) == 0 {
		return ""
	}
	return quoteList(k.Columns)
}

func uniqueTexts(t *model.Table) []string {
	var out []string
	for _, u := range nonNil(t.Uniques) {
		out = append(out, uniqueText(u))
	}
	return out
}

func checkTexts(t *model.Table) []string {
	var out []string
	for _, e := range checkExprs(t.Checks) {
		out = append(out, "CHECK ("+e+")")
	}
	return out
}

func fkTexts(t *model.Table) []string {
	var out []string
	for _, fk := range nonNil(t.ForeignKeys) {
		out = append(out, fk.Definition())
	}
	return out
}

// setDiff lists what later lacks and adds relative to first, as multisets.
// Of a string later lists more often than first, its first occurrences are
// the ones added.
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
