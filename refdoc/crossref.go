package refdoc

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// This file writes the Cross-Reference sections that follow the models: per
// compared pair, the tables only one side has, the drift inside matched
// tables, the extra indexes, views and types, and the tables one source
// defines twice.

// crossSection is one "## Cross-Reference" section: a pair of two sources,
// plus the findings inside either source that it also shows.
type crossSection struct {
	title string
	view  pairView
	fs    []diff.Finding
	// within holds findings inside one source (table.duplicate), shown with
	// the first pair that involves that source.
	within []diff.Finding
	// withinWords names the source of within.
	withinWords words
}

func (d *document) crossSections() []crossSection {
	var out []crossSection
	for i, v := range d.pairs {
		if v.pair.Left == v.pair.Right {
			continue
		}
		out = append(out, crossSection{
			title: "Cross-Reference: " + v.l.heading + " vs " + v.r.heading,
			view:  v, fs: d.groups[i],
		})
	}
	for i, v := range d.pairs {
		if v.pair.Left != v.pair.Right || len(d.groups[i]) == 0 {
			continue
		}
		placed := false
		for j := range out {
			p := out[j].view.pair
			if out[j].within == nil && (p.Left == v.pair.Left || p.Right == v.pair.Left) {
				out[j].within, out[j].withinWords, placed = d.groups[i], v.l, true
				break
			}
		}
		if !placed {
			out = append(out, crossSection{
				title: "Consistency: " + v.l.heading, view: v,
				within: d.groups[i], withinWords: v.l,
			})
		}
	}
	return out
}

func (d *document) crossReference(b *strings.Builder, x crossSection) {
	fmt.Fprintf(b, "## %s\n\n", x.title)
	v := x.view
	if v.pair.Left != v.pair.Right {
		d.extraTables(b, v, x.fs)
		d.missingTables(b, v, x.fs)
		d.tableDrift(b, v, x.fs)
		d.extraIndexes(b, v, x.fs)
		d.otherObjects(b, v, x.fs)
	}
	if len(x.within) > 0 {
		d.duplicates(b, x.withinWords, x.within)
	}
}

func (d *document) subsection(b *strings.Builder, title string) {
	d.slugs.slug(oneLine.Replace(title))
	fmt.Fprintf(b, "### %s\n\n", title)
}

// extraTables lists tables on the right side that the left side does not
// model, known gaps first.
func (d *document) extraTables(b *strings.Builder, v pairView, fs []diff.Finding) {
	d.subsection(b, fmt.Sprintf("Tables in %s but NOT in %s", v.r.name, v.l.name))
	var rows [][]string
	for _, kind := range []diff.Kind{diff.TableExpected, diff.TableExtra} {
		for _, f := range orderByTable(v.rs, filter(fs, kind)) {
			var status, notes string
			if kind == diff.TableExpected {
				status = "Expected gap"
				notes = sentence(f.Expected)
			} else {
				status = "**MISSING from " + v.l.name + "**"
			}
			if t := table(v.rs, f.Schema, f.Table); t != nil && notes == "" {
				var cols []string
				for _, c := range t.Columns {
					if c != nil {
						cols = append(cols, code(c.Name))
					}
				}
				if len(cols) > 0 {
					notes = "Has " + strings.Join(cols, ", ")
				}
			}
			rows = append(rows, []string{code(qname(f)), status, notes})
		}
	}
	writeTable(b, []string{v.r.name + " Table", "Status", "Notes"}, rows)
}

// missingTables lists the left side's tables that the right side lacks.
func (d *document) missingTables(b *strings.Builder, v pairView, fs []diff.Finding) {
	d.subsection(b, fmt.Sprintf("Tables in %s but NOT in %s", v.l.name, v.r.where))
	var rows [][]string
	for _, f := range orderByTable(v.ls, filter(fs, diff.TableMissing)) {
		row := []string{code(qname(f)), v.r.missingStatus}
		if v.pair.Left == model.SourceSpec {
			m := ""
			if t := table(v.ls, f.Schema, f.Table); t != nil && t.Model != "" {
				m = code(t.Model)
				if note := entryOf(t).Note; note != "" {
					row[1] += " — " + note
				}
			}
			row = append([]string{m}, row...)
		}
		rows = append(rows, row)
	}
	header := []string{"Table", "Status"}
	if v.pair.Left == model.SourceSpec {
		header = []string{v.l.name + " Model", "Table", "Status"}
	}
	writeTable(b, header, rows)
}

// tableDrift lists everything inside matched tables except extra indexes,
// which have their own list: one row per table and topic.
func (d *document) tableDrift(b *strings.Builder, v pairView, fs []diff.Finding) {
	d.subsection(b, "Column-Level Drift")
	var rows [][]string
	for _, tfs := range byTable(v.ls, v.rs, fs) {
		for _, r := range v.issues(tfs) {
			rows = append(rows, []string{code(qname(tfs[0])), r.text, severityCell(r.sev)})
		}
	}
	writeTable(b, []string{"Table", "Issue", "Severity"}, rows)
}

// extraIndexes lists the right side's indexes the left side lacks, in the
// right side's order of tables and indexes.
func (d *document) extraIndexes(b *strings.Builder, v pairView, fs []diff.Finding) {
	d.subsection(b, fmt.Sprintf("Extra %s Indexes Not in %s", v.r.name, v.l.name))
	extra := filter(fs, diff.IndexExtra)
	if len(extra) == 0 {
		b.WriteString("None.\n\n")
		return
	}
	type entry struct {
		f   diff.Finding
		pos [2]int
	}
	es := make([]entry, len(extra))
	for i, f := range extra {
		es[i] = entry{f, [2]int{1 << 30, 1 << 30}}
		if v.rs == nil {
			continue
		}
		for ti, t := range v.rs.Tables {
			if t == nil || t.Schema != f.Schema || t.Name != f.Table {
				continue
			}
			for ii, ix := range t.Indexes {
				if ix != nil && ix.Name == f.Object {
					es[i].pos = [2]int{ti, ii}
				}
			}
		}
	}
	sort.SliceStable(es, func(i, j int) bool {
		a, c := es[i].pos, es[j].pos
		return a[0] < c[0] || (a[0] == c[0] && a[1] < c[1])
	})
	for _, e := range es {
		f := e.f
		line := "- " + code(f.Object)
		if f.Object == f.Actual {
			line = "- unnamed index on " + code(qname(f)) + " " + code(ixShape(f.Actual))
		}
		if ix := rightIndex(v.rs, f); ix != nil && len(ix.Keys) > 1 {
			line += " (composite)"
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n")
}

// otherObjects lists findings about views, enums and domains.
func (d *document) otherObjects(b *strings.Builder, v pairView, fs []diff.Finding) {
	var rows [][]string
	for _, f := range fs {
		if !isTypeOrView(f.Kind) {
			continue
		}
		rows = append(rows, []string{code(qname(f)), v.objectIssue(f), severityCell(f.Severity)})
	}
	if len(rows) == 0 {
		return
	}
	d.subsection(b, "Views and Types")
	writeTable(b, []string{"Object", "Issue", "Severity"}, rows)
}

// duplicates lists tables one source defines twice, differently.
func (d *document) duplicates(b *strings.Builder, w words, fs []diff.Finding) {
	d.subsection(b, "Tables Defined More Than Once in "+w.name)
	var rows [][]string
	for _, f := range fs {
		where := []string{}
		for _, p := range []model.Pos{f.LeftPos, f.RightPos} {
			if s := p.Short(); s != "" {
				where = append(where, s)
			}
		}
		text := prose(f)
		if dup := findDuplicate(d.run.Schema(f.Pair.Left), f); dup != nil {
			text = "The later definition " + dupDiff(dup)
		}
		rows = append(rows, []string{code(qname(f)), strings.Join(where, ", "), text, severityCell(f.Severity)})
	}
	writeTable(b, []string{"Table", "Definitions", "Difference", "Severity"}, rows)
}

func isTypeOrView(k diff.Kind) bool {
	switch k {
	case diff.ViewMissing, diff.ViewExtra, diff.EnumMissing, diff.EnumExtra, diff.EnumValues,
		diff.DomainMissing, diff.DomainExtra, diff.DomainDiffers:
		return true
	}
	return false
}

func isTableLevel(k diff.Kind) bool {
	switch k {
	case diff.TableMissing, diff.TableExtra, diff.TableExpected, diff.TableDuplicate:
		return true
	}
	return false
}

// byTable groups the findings inside matched tables by table, in the left
// schema's order of tables, then the right's, then by name.
func byTable(ls, rs *model.Schema, fs []diff.Finding) [][]diff.Finding {
	rank := map[model.QName]int{}
	for _, s := range []*model.Schema{ls, rs} {
		if s == nil {
			continue
		}
		for _, t := range s.Tables {
			if t == nil {
				continue
			}
			if _, ok := rank[t.QName()]; !ok {
				rank[t.QName()] = len(rank)
			}
		}
	}
	groups := map[model.QName][]diff.Finding{}
	var order []model.QName
	for _, f := range fs {
		if isTableLevel(f.Kind) || isTypeOrView(f.Kind) || f.Kind == diff.IndexExtra {
			continue
		}
		q := model.QName{Schema: f.Schema, Name: f.Table}
		if _, ok := groups[q]; !ok {
			order = append(order, q)
		}
		groups[q] = append(groups[q], f)
	}
	sort.SliceStable(order, func(i, j int) bool {
		ri, oki := rank[order[i]]
		rj, okj := rank[order[j]]
		switch {
		case oki && okj:
			return ri < rj
		case oki != okj:
			return oki
		}
		return order[i].String() < order[j].String()
	})
	out := make([][]diff.Finding, len(order))
	for i, q := range order {
		out[i] = groups[q]
	}
	return out
}

// orderByTable orders table-level findings by the given schema's table order.
func orderByTable(s *model.Schema, fs []diff.Finding) []diff.Finding {
	rank := map[model.QName]int{}
	if s != nil {
		for i, t := range s.Tables {
			if t != nil {
				rank[t.QName()] = i + 1
			}
		}
	}
	out := append([]diff.Finding(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool {
		ri := rank[model.QName{Schema: out[i].Schema, Name: out[i].Table}]
		rj := rank[model.QName{Schema: out[j].Schema, Name: out[j].Table}]
		if ri == 0 || rj == 0 {
			return ri != 0 && rj == 0
		}
		return ri < rj
	})
	return out
}

func filter(fs []diff.Finding, k diff.Kind) []diff.Finding {
	var out []diff.Finding
	for _, f := range fs {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}
