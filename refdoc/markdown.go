package refdoc

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

// Markdown renders the models reference document: the spec's models section
// by section, each with its columns, table, indexes and one DRIFT line per
// fact the comparisons found about it, then one cross-reference section per
// compared pair. Everything is derived from run.Spec and run.Findings, so the
// document is regenerated rather than maintained by hand.
func Markdown(w io.Writer, run *report.Run) error {
	run = asModels(run)
	if run == nil || run.Spec == nil {
		return errors.New("the markdown report is built from the models: give --spec or --orm")
	}
	d := newDocument(run)
	_, err := io.WriteString(w, d.render())
	return err
}

// words names a source in the document's prose. The spec stands for the ORM
// models, which is what readers of the reference know it as.
type words struct {
	// name is the short noun: "ORM", "SQL", "DB".
	name string
	// heading is the noun in section titles: "Init SQL".
	heading string
	// where names the source after "in": "SQL init scripts".
	where string
	// absent says that a table is not in the source.
	absent string
	// missingStatus is the cross-reference status of a table the source lacks.
	missingStatus string
	// fkTerm names the construct that declares a foreign key in the source.
	fkTerm string
}

var sourceWords = map[model.Source]words{
	model.SourceSpec: {
		name: "ORM", heading: "ORM", where: "ORM", absent: "no ORM model",
		missingStatus: "**No ORM model**", fkTerm: "`ForeignKey`",
	},
	model.SourceSQL: {
		name: "SQL", heading: "Init SQL", where: "SQL init scripts", absent: "no corresponding SQL init script",
		missingStatus: "**No SQL init script**", fkTerm: "`REFERENCES` clause",
	},
	model.SourceDB: {
		name: "DB", heading: "Live Database", where: "the live database", absent: "not in the live database",
		missingStatus: "**Not in the live database**", fkTerm: "foreign key constraint",
	},
}

func wordsFor(s model.Source) words {
	if w, ok := sourceWords[s]; ok {
		return w
	}
	n := string(s)
	return words{name: n, heading: n, where: n, absent: "not in " + n, missingStatus: "**Not in " + n + "**", fkTerm: "foreign key"}
}

// document holds what rendering needs across sections.
type document struct {
	run    *report.Run
	pairs  []pairView
	groups [][]diff.Finding
	slugs  *slugger
}

// pairView is one compared pair with the schemas on each side.
type pairView struct {
	pair   diff.Pair
	l, r   words
	ls, rs *model.Schema
}

func newDocument(run *report.Run) *document {
	d := &document{run: run, groups: run.FindingsByPair(), slugs: newSlugger()}
	for _, p := range run.Pairs {
		d.pairs = append(d.pairs, pairView{
			pair: p, l: wordsFor(p.Left), r: wordsFor(p.Right),
			ls: run.Schema(p.Left), rs: run.Schema(p.Right),
		})
	}
	return d
}

// table looks a table up in a schema that may be nil.
func table(s *model.Schema, schema, name string) *model.Table {
	if s == nil {
		return nil
	}
	t, _ := s.Table(schema, name)
	return t
}

// section is one "## " section of models.
type section struct {
	title  string
	tables []*model.Table
}

// sections groups the spec's tables by section in the document's order;
// sections the Document does not list follow in order of first appearance.
func sections(s *model.Schema) []section {
	var out []section
	at := map[string]int{}
	add := func(title string) {
		if _, ok := at[title]; !ok {
			at[title] = len(out)
			out = append(out, section{title: title})
		}
	}
	if doc, ok := model.AttrOf[model.Document](s.Attrs); ok {
		for _, t := range doc.Sections {
			add(t)
		}
	}
	tables := append([]*model.Table(nil), s.Tables...)
	sort.SliceStable(tables, func(i, j int) bool {
		ni, nj := entryOf(tables[i]).Number, entryOf(tables[j]).Number
		return ni > 0 && (nj == 0 || ni < nj)
	})
	for _, t := range tables {
		if t == nil {
			continue
		}
		title := entryOf(t).Section
		if title == "" {
			title = "Models"
		}
		add(title)
		out[at[title]].tables = append(out[at[title]].tables, t)
	}
	kept := out[:0]
	for _, sec := range out {
		if len(sec.tables) > 0 {
			kept = append(kept, sec)
		}
	}
	return kept
}

func (d *document) render() string {
	var head, body strings.Builder
	spec := d.run.Spec
	title := "Models Reference"
	var notes []string
	if doc, ok := model.AttrOf[model.Document](spec.Attrs); ok {
		if doc.Title != "" {
			title = doc.Title
		}
		notes = doc.Notes
	}
	d.slugs.slug(oneLine.Replace(title))
	fmt.Fprintf(&head, "# %s\n\n", oneLine.Replace(title))
	for i, n := range notes {
		brk := "  "
		if i == len(notes)-1 {
			brk = ""
		}
		fmt.Fprintf(&head, "> %s%s\n", oneLine.Replace(n), brk)
	}
	if len(notes) > 0 {
		head.WriteString("\n")
	}
	head.WriteString("---\n\n## Table of Contents\n\n")
	d.slugs.slug("Table of Contents")

	type tocEntry struct{ title, anchor string }
	var toc []tocEntry
	n := 0
	d.overview(&body)
	body.WriteString("---\n\n")
	for _, sec := range sections(spec) {
		toc = append(toc, tocEntry{sec.title, d.slugs.slug(oneLine.Replace(sec.title))})
		fmt.Fprintf(&body, "## %s\n\n", oneLine.Replace(sec.title))
		d.sectionDiagram(&body, sec)
		for _, t := range sec.tables {
			n++
			d.model(&body, t, n)
			body.WriteString("---\n\n")
		}
	}
	for i, x := range d.crossSections() {
		if i > 0 {
			body.WriteString("---\n\n")
		}
		toc = append(toc, tocEntry{x.title, d.slugs.slug(x.title)})
		d.crossReference(&body, x)
	}
	for i, e := range toc {
		fmt.Fprintf(&head, "%d. [%s](#%s)\n", i+1, oneLine.Replace(e.title), e.anchor)
	}
	head.WriteString("\n---\n\n")
	return head.String() + strings.TrimRight(body.String(), "\n") + "\n"
}

// model writes one model block.
func (d *document) model(b *strings.Builder, t *model.Table, n int) {
	name := t.Model
	if name == "" {
		name = t.Name
	}
	if e := entryOf(t); e.Number > 0 {
		n = e.Number
	}
	heading := oneLine.Replace(fmt.Sprintf("%d. %s", n, name))
	d.slugs.slug(heading)
	fmt.Fprintf(b, "### %s\n\n", heading)
	b.WriteString("| Property | DB Column | Type | Constraints |\n")
	b.WriteString("|----------|-----------|------|-------------|\n")
	for _, c := range t.Columns {
		if c == nil {
			continue
		}
		typ := c.RawType
		if typ == "" {
			typ = c.Type.String()
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", cell(code(c.AttrName())), cell(code(c.Name)), cell(code(typ)), cell(constraints(t, c)))
	}
	lines := []string{
		"**Table:** " + code(t.QName().String()),
		"**Indexes:** " + d.indexList(t),
	}
	for _, l := range d.modelDrift(t) {
		lines = append(lines, "**⚠ DRIFT:** "+oneLine.Replace(l))
	}
	b.WriteString("\n" + strings.Join(lines, "  \n") + "\n\n")
}

// constraints describes a column the way the reference does: the key
// membership first, then nullability (implied by a primary key, so not
// repeated), then the default, then what the ORM fills in on the client
// side. A column with none of these is "nullable".
func constraints(t *model.Table, c *model.Column) string {
	var parts []string
	pk := t.PrimaryKey != nil && contains(t.PrimaryKey.Columns, c.Name)
	if pk {
		parts = append(parts, "PK")
	}
	for _, u := range t.Uniques {
		if u != nil && len(u.Columns) == 1 && u.Columns[0] == c.Name {
			parts = append(parts, "UNIQUE")
			break
		}
	}
	if c.AutoIncrement && c.Identity == "" {
		parts = append(parts, "autoincrement")
	}
	if c.Identity != "" {
		parts = append(parts, "identity "+strings.ToUpper(c.Identity))
	}
	if c.NotNull && !pk {
		parts = append(parts, "NOT NULL")
	}
	if def := firstOf(c.RawDefault, c.Default); def != "" {
		parts = append(parts, "default "+code(def))
	}
	parts = append(parts, clientDefaults(c)...)
	if c.Generated != "" {
		parts = append(parts, "generated "+code(c.Generated))
	}
	if c.Collation != "" {
		parts = append(parts, "collation "+code(c.Collation))
	}
	if len(parts) == 0 {
		return "nullable"
	}
	return strings.Join(parts, ", ")
}

// indexList names the model's indexes with their notable properties. A model
// without indexes says "none in ORM" when a compared source has indexes on
// the table, so that the line does not read as "the table has no indexes".
func (d *document) indexList(t *model.Table) string {
	var names []string
	for _, ix := range t.Indexes {
		if ix == nil {
			continue
		}
		name := code(ix.Name)
		if ix.Name == "" {
			name = "unnamed " + code(ixShape(ix.Definition()))
		}
		var marks []string
		if ix.Unique {
			marks = append(marks, "UNIQUE")
		}
		for _, k := range ix.Keys {
			if k.Desc {
				marks = append(marks, "DESC")
				break
			}
		}
		if ix.Where != "" {
			marks = append(marks, "partial")
		}
		if len(marks) > 0 {
			name += " (" + strings.Join(marks, ", ") + ")"
		}
		names = append(names, name)
	}
	if len(names) > 0 {
		return strings.Join(names, ", ")
	}
	for i, v := range d.pairs {
		if v.pair.Left != model.SourceSpec {
			continue
		}
		for _, f := range d.groups[i] {
			if f.Kind == diff.IndexExtra && f.Schema == t.Schema && f.Table == t.Name {
				return "none in " + v.l.name
			}
		}
	}
	return "none"
}

// modelDrift returns the DRIFT lines of every pair about the model's table.
func (d *document) modelDrift(t *model.Table) []string {
	var out []string
	for i, v := range d.pairs {
		var fs []diff.Finding
		for _, f := range d.groups[i] {
			if f.Schema == t.Schema && f.Table == t.Name {
				fs = append(fs, f)
			}
		}
		if len(fs) > 0 {
			out = append(out, v.driftLines(d.run, fs)...)
		}
	}
	return out
}

func writeTable(b *strings.Builder, header []string, rows [][]string) {
	if len(rows) == 0 {
		b.WriteString("None.\n\n")
		return
	}
	b.WriteString("| " + strings.Join(header, " | ") + " |\n|")
	for _, h := range header {
		b.WriteString(strings.Repeat("-", len(h)+2) + "|")
	}
	b.WriteString("\n")
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = cell(c)
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	b.WriteString("\n")
}

// severityCell bolds the severities a reader must act on.
func severityCell(s diff.Severity) string {
	u := strings.ToUpper(s.String())
	if s >= diff.Medium {
		return "**" + u + "**"
	}
	return u
}

// code renders s as an inline code span. The fence is one backtick longer
// than the longest run of backticks in s, and padded with spaces when s
// starts or ends with one, as CommonMark requires.
func code(s string) string {
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	if longest == 0 {
		return "`" + s + "`"
	}
	fence := strings.Repeat("`", longest+1)
	return fence + " " + s + " " + fence
}

// cell escapes what would end a table cell.
func cell(s string) string {
	return cellEscaper.Replace(s)
}

var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

var cellEscaper = strings.NewReplacer("|", `\|`, "\r\n", " ", "\n", " ", "\r", " ")

func qname(f diff.Finding) string {
	return model.QName{Schema: f.Schema, Name: f.Table}.String()
}

// sentence upper-cases the first letter of s.
func sentence(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// slugger computes GitHub's heading anchors: lower case, punctuation
// dropped, spaces turned into hyphens (so "Social / Community" becomes
// "social--community"), and "-1", "-2"… appended to repeats.
type slugger struct{ seen map[string]int }

func newSlugger() *slugger { return &slugger{seen: map[string]int{}} }

func (s *slugger) slug(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_':
			b.WriteRune(r)
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r > 127 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		}
	}
	base := b.String()
	n := s.seen[base]
	s.seen[base] = n + 1
	if n > 0 {
		return fmt.Sprintf("%s-%d", base, n)
	}
	return base
}
