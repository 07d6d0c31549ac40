package report_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

func TestTableFitsWidth(t *testing.T) {
	run := ariaRun(t)
	for _, width := range []int{100, 90, 120} {
		out := string(render(t, report.FormatTable, run, report.Options{Width: width}))
		for i, line := range strings.Split(out, "\n") {
			require.LessOrEqual(t, utf8.RuneCountInString(line), width, "line %d is wider than %d:\n%s", i+1, width, line)
		}
		// Wrapping must not lose findings: every object is still shown.
		for _, f := range run.Findings {
			require.Contains(t, out, f.Table)
		}
	}
}

func TestTableDefaultWidth(t *testing.T) {
	run := ariaRun(t)
	require.Equal(t,
		string(render(t, report.FormatTable, run, report.Options{Width: 100})),
		string(render(t, report.FormatTable, run, report.Options{})))
}

func TestTableColor(t *testing.T) {
	run := ariaRun(t)
	plain := string(render(t, report.FormatTable, run, report.Options{Width: 100}))
	require.NotContains(t, plain, "\x1b[")
	colored := string(render(t, report.FormatTable, run, report.Options{Width: 100, Color: true}))
	require.Contains(t, colored, "\x1b[1;31mHIGH\x1b[0m")
}

func TestTableGolden(t *testing.T) {
	golden(t, "aria.txt", render(t, report.FormatTable, ariaRun(t), report.Options{Width: 100}))
}

// TestTableNarrow checks that a terminal too narrow for the layout breaks
// long table names across lines instead of cutting them off.
func TestTableNarrow(t *testing.T) {
	run := ariaRun(t)
	out := string(render(t, report.FormatTable, run, report.Options{Width: 60}))
	// Read the TABLE column back: the text left of SEVERITY on each line.
	var names strings.Builder
	col := -1
	for _, line := range strings.Split(out, "\n") {
		if i := strings.Index(line, "SEVERITY"); strings.HasPrefix(line, "TABLE") && i > 0 {
			col = i
			continue
		}
		if col < 0 || len(line) < col {
			continue
		}
		names.WriteString(strings.TrimSpace(line[:col]))
	}
	for _, f := range run.Findings {
		require.Contains(t, names.String(), f.Table)
	}
}

// TestTableFleet: a fleet's table names its targets, counts the ones read
// and names the one that could not be, and its verdict is not "pass".
func TestTableFleet(t *testing.T) {
	run := &report.Run{Tool: "ariadrift", FailOn: diff.High,
		Pairs:   []diff.Pair{{Left: model.SourceSQL, Right: model.SourceDB}},
		Tenants: []string{"eu", "us"},
		Targets: []report.TargetStatus{{Name: "eu"}, {Name: "staging", Err: "connection refused"}, {Name: "us"}},
		Findings: []diff.Finding{{Kind: "index.extra", Severity: diff.Low, Pair: diff.Pair{Left: model.SourceSQL, Right: model.SourceDB},
			Schema: "public", Table: "t", Object: "t_n", Message: "db has index t_n", Tenant: "us"}},
	}
	out := string(render(t, report.FormatTable, run, report.Options{Width: 100}))
	require.Contains(t, out, "targets: 1 clean, 1 drifted: us\n")
	require.Contains(t, out, "targets: 2 read, 1 failed: staging (the report is incomplete)\n")
	require.Contains(t, out, "(1 target: us)")
	require.Contains(t, out, "(fail on high and above: INCOMPLETE)")
}
