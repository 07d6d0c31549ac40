package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// ANSI colours by severity. Only severities are coloured, so the table stays
// readable for people who cannot tell colours apart.
var colors = map[diff.Severity]string{
	diff.High:   "\x1b[1;31m",
	diff.Medium: "\x1b[33m",
	diff.Low:    "\x1b[36m",
	diff.Info:   "\x1b[2m",
}

const colorReset = "\x1b[0m"

// PairTitle names a pair for people: "spec ↔ sql", or "within sql" for
// findings inside one source.
func PairTitle(p diff.Pair) string {
	if p.Left == p.Right {
		return "within " + string(p.Left)
	}
	return string(p.Left) + " ↔ " + string(p.Right)
}

// Column layout of the table. The detail (diff's message, which names the
// object) gets whatever the other columns leave, but never less than
// minDetail: below that a message wraps into a column of single words, and
// it is better to let the identifiers on the left wrap instead.
const (
	colGap     = 2
	minDetail  = 36
	minIdent   = 12
	maxTableW  = 28
	defaultWid = 100
)

var tableHeader = []string{"TABLE", "SEVERITY", "KIND", "DETAIL"}

// tableWidths decides the content width of each column for a terminal of the
// given width.
func tableWidths(rows [][]string, width int) []int {
	w := make([]int, len(tableHeader))
	for i, h := range tableHeader {
		w[i] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		for i := 0; i < len(w)-1; i++ {
			w[i] = max(w[i], utf8.RuneCountInString(r[i]))
		}
	}
	w[0] = min(w[0], maxTableW)
	gaps := colGap * (len(w) - 1)
	w[3] = width - gaps - w[0] - w[1] - w[2]
	if w[3] < minDetail {
		// Take the shortfall from the table name first: kinds and
		// severities are short codes that must stay whole.
		short := minDetail - w[3]
		take := min(short, max(w[0]-minIdent, 0))
		w[0] -= take
		w[3] += take
	}
	w[3] = max(w[3], 1)
	return w
}

// Table renders findings grouped by pair, then by table, as aligned columns
// that fit the terminal width, and ends with the counts by severity.
func Table(w io.Writer, run *Run, opts Options) error {
	width := opts.Width
	if width <= 0 {
		width = defaultWid
	}
	groups := findingsByPair(run)
	for i, p := range run.Pairs {
		fs := groups[i]
		if _, err := fmt.Fprintf(w, "%s — %s\n", PairTitle(p), Summary(fs)); err != nil {
			return err
		}
		tenanted := run.Tenants != nil && p.Right == model.SourceDB && p.Left != p.Right
		if tenanted {
			// "tenants: 1,997 clean, 3 drifted: ..." or "targets: 2 clean"
			if _, err := fmt.Fprintf(w, "%ss: %s\n", nameNoun(run), TenantSummary(run.Tenants, fs)); err != nil {
				return err
			}
		}
		if run.Targets != nil && p.Right == model.SourceDB {
			if _, err := fmt.Fprintf(w, "targets: %s\n", TargetSummary(run.Targets)); err != nil {
				return err
			}
		}
		if len(fs) == 0 {
			if _, err := fmt.Fprintln(w); err != nil {
				return err
			}
			continue
		}
		var rows [][]string
		if tenanted {
			rows, fs = tenantRows(fs, nameNoun(run))
		} else {
			for _, f := range fs {
				rows = append(rows, []string{qualified(f), strings.ToUpper(f.Severity.String()), string(f.Kind), f.Message})
			}
		}
		if err := renderTable(w, rows, fs, tableWidths(rows, width), opts.Color); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "total: %s (%s: %s)\n", Summary(run.Findings), run.Gate(), run.Verdict())
	return err
}

func renderTable(w io.Writer, rows [][]string, fs []diff.Finding, widths []int, color bool) error {
	var buf bytes.Buffer
	perCol := tw.NewMapper[int, int]()
	pads := make([]tw.Padding, len(widths))
	for i, cw := range widths {
		// tablewriter counts padding in a column's width.
		pads[i] = tw.Padding{Left: "", Right: strings.Repeat(" ", colGap), Overwrite: true}
		if i == len(widths)-1 {
			pads[i] = tw.PaddingNone
		} else {
			cw += colGap
		}
		perCol.Set(i, cw)
	}
	cells := tw.CellConfig{
		Alignment:    tw.CellAlignment{Global: tw.AlignLeft},
		Formatting:   tw.CellFormatting{AutoWrap: tw.WrapNormal, AutoFormat: tw.Off},
		Padding:      tw.CellPadding{PerColumn: pads},
		ColMaxWidths: tw.CellWidth{PerColumn: perCol},
	}
	rowCells := cells
	rowCells.Merging = tw.CellMerging{Mode: tw.MergeVertical, ByColumnIndex: tw.NewBoolMapper(0)}
	t := tablewriter.NewTable(&buf,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Borders: tw.BorderNone,
			Symbols: tw.NewSymbols(tw.StyleNone),
			Settings: tw.Settings{
				Separators: tw.Separators{BetweenColumns: tw.Off, BetweenRows: tw.Off},
				Lines:      tw.Lines{ShowHeaderLine: tw.Off},
			},
		})),
		tablewriter.WithConfig(tablewriter.Config{
			Widths: tw.CellWidth{PerColumn: perCol},
			Header: cells,
			Row:    rowCells,
		}),
	)
	t.Header(tableHeader)
	for i, r := range rows {
		r = append([]string(nil), r...)
		// Cells are wrapped here rather than by tablewriter, which cuts off
		// a word longer than its column; a long table or index name must
		// stay readable, if broken.
		r[0] = wrap(r[0], widths[0])
		r[3] = wrap(r[3], widths[3])
		if color {
			r[1] = colors[fs[i].Severity] + r[1] + colorReset
		}
		if err := t.Append(r); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	// Padding fills every line to the full width; trailing blanks only get
	// in the way when the output is pasted or diffed.
	for _, line := range strings.SplitAfter(buf.String(), "\n") {
		trimmed := strings.TrimRight(line, " \n")
		if trimmed == "" && line == "" {
			continue
		}
		if _, err := io.WriteString(w, trimmed+"\n"); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w)
	return err
}

// wrap breaks s into lines of at most width runes at spaces, splitting a
// word only when it is longer than a line.
func wrap(s string, width int) string {
	if width <= 0 || utf8.RuneCountInString(s) <= width {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var lines []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			lines = append(lines, string(cur))
			cur = cur[:0]
		}
	}
	for _, word := range strings.Fields(s) {
		w := []rune(word)
		if len(cur) > 0 && len(cur)+1+len(w) <= width {
			cur = append(cur, ' ')
			cur = append(cur, w...)
			continue
		}
		flush()
		for len(w) > width {
			lines = append(lines, string(w[:width]))
			w = w[width:]
		}
		cur = append(cur, w...)
	}
	flush()
	return strings.Join(lines, "\n")
}
