package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
)

// SummaryOptions tune the job summary.
type SummaryOptions struct {
	// Report is the file the full report was written to; empty when it went
	// to the step's log.
	Report string
	// MaxRows caps the findings table, so that a large drift stays within
	// GitHub's size limit for a step summary; 0 means 50.
	MaxRows int
}

// JobSummary renders the run as a GitHub Actions job summary in markdown:
// the verdict, counts by pair and severity, the HIGH and MEDIUM findings as
// a table, and where the full report is. It holds no links, so it reads the
// same wherever the summary is shown.
func JobSummary(w io.Writer, run *Run, opts SummaryOptions) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## ariadrift: schema drift — %s\n\n", run.Verdict())
	b.WriteString(gateSentence(run) + "\n\n")
	b.WriteString("| Pair | High | Medium | Low | Info | Total |\n|------|-----:|-------:|----:|-----:|------:|\n")
	groups := findingsByPair(run)
	for i, p := range run.Pairs {
		b.WriteString(countRow(PairTitle(p), groups[i], ""))
	}
	b.WriteString(countRow("Total", run.Findings, "**"))

	var serious []diff.Finding
	for _, f := range run.Findings {
		if f.Severity >= diff.Medium {
			serious = append(serious, f)
		}
	}
	// HIGH first: what fails the gate is what a reviewer reads first.
	sort.SliceStable(serious, func(i, j int) bool { return serious[i].Severity > serious[j].Severity })
	if len(serious) > 0 {
		b.WriteString("\n### High and medium findings\n\n")
		b.WriteString("| Severity | Pair | Table | Kind | Finding | Where |\n|----------|------|-------|------|---------|-------|\n")
		limit := opts.MaxRows
		if limit <= 0 {
			limit = 50
		}
		for i, f := range serious {
			if i == limit {
				more := "findings are"
				if len(serious)-limit == 1 {
					more = "finding is"
				}
				fmt.Fprintf(&b, "\n%d more high or medium %s in the full report.\n", len(serious)-limit, more)
				break
			}
			fmt.Fprintf(&b, "| %s | %s | %s | `%s` | %s | %s |\n", strings.ToUpper(f.Severity.String()),
				PairTitle(f.Pair), summaryCell(qualified(f)), f.Kind, summaryCell(f.Message),
				summaryCell(annotationPos(placeOf(run, f).primary)))
		}
	}
	if opts.Report != "" {
		fmt.Fprintf(&b, "\nThe full report, every finding included, is the file %s written by this step.\n", summaryCell(opts.Report))
	} else {
		b.WriteString("\nThe full report, every finding included, is in this step's log.\n")
	}
	_, err := io.WriteString(w, b.String()+"\n")
	return err
}

// gateSentence says how the gate judged the run.
func gateSentence(run *Run) string {
	if run.FailNever {
		return "The gate is off: no finding fails the run."
	}
	n := 0
	for _, f := range run.Findings {
		if f.Severity >= run.FailOn {
			n++
		}
	}
	if n == 0 {
		return fmt.Sprintf("**pass**: no finding reaches the gate (%s).", run.Gate())
	}
	noun := "findings reach"
	if n == 1 {
		noun = "finding reaches"
	}
	return fmt.Sprintf("**FAIL**: %d %s the gate (%s).", n, noun, run.Gate())
}

// countRow renders one pair's counts; strong wraps the cells (the total row).
func countRow(title string, fs []diff.Finding, strong string) string {
	c := Counts(fs)
	cells := []string{strong + title + strong}
	for _, s := range severities {
		cells = append(cells, fmt.Sprintf("%s%d%s", strong, c[s], strong))
	}
	cells = append(cells, fmt.Sprintf("%s%d%s", strong, len(fs), strong))
	return "| " + strings.Join(cells, " | ") + " |\n"
}

// qualified names a finding's table as the table renderer does.
func qualified(f diff.Finding) string {
	if f.Schema != "" && f.Schema != "public" {
		return f.Schema + "." + f.Table
	}
	return f.Table
}

// summaryCell keeps text inside one table cell: a pipe would end the cell
// and a line break the row.
var summaryCell = strings.NewReplacer("|", `\|`, "\r\n", " ", "\n", " ", "\r", " ").Replace
