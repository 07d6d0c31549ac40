package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

func summary(t *testing.T, run *report.Run, opts report.SummaryOptions) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, report.JobSummary(&b, run, opts))
	return b.String()
}

func TestJobSummaryAria(t *testing.T) {
	got := summary(t, ariaRun(t), report.SummaryOptions{})
	golden(t, "aria.summary.md", []byte(got))
	require.Contains(t, got, "## ariadrift: schema drift — FAIL\n")
	require.Contains(t, got, "| spec ↔ sql | 4 | 11 | 18 | 1 | 34 |\n")
	require.Contains(t, got, "| **Total** | **4** | **11** | **19** | **1** | **35** |\n")
	require.NotContains(t, got, "http", "the summary holds no links")
	// 4 high and 11 medium findings, one row each.
	require.Equal(t, 15, strings.Count(got, "| HIGH |")+strings.Count(got, "| MEDIUM |"))
}

// Pipes and line breaks in a finding stay inside their cell; the cap on
// rows says how many were left out; the pointer names the report file.
func TestJobSummaryCells(t *testing.T) {
	p := diff.Pair{Left: model.SourceSQL, Right: model.SourceDB}
	f := diff.Finding{Kind: diff.CheckExtra, Severity: diff.Medium, Pair: p, Schema: "audit", Table: "t",
		Message: "db has check (a | b)\nthat sql lacks", RightPos: model.Pos{File: "x|y.sql", Line: 1, Col: 2}}
	run := &report.Run{Pairs: []diff.Pair{p}, Findings: []diff.Finding{f, f, f}, FailOn: diff.High}
	got := summary(t, run, report.SummaryOptions{Report: "drift|report.txt", MaxRows: 2})
	want := "## ariadrift: schema drift — pass\n\n" +
		"**pass**: no finding reaches the gate (fail on high and above).\n\n" +
		"| Pair | High | Medium | Low | Info | Total |\n|------|-----:|-------:|----:|-----:|------:|\n" +
		"| sql ↔ db | 0 | 3 | 0 | 0 | 3 |\n" +
		"| **Total** | **0** | **3** | **0** | **0** | **3** |\n\n" +
		"### High and medium findings\n\n" +
		"| Severity | Pair | Table | Kind | Finding | Where |\n|----------|------|-------|------|---------|-------|\n" +
		strings.Repeat("| MEDIUM | sql ↔ db | audit.t | `check.extra` | db has check (a \\| b) that sql lacks | x\\|y.sql:1:2 |\n", 2) +
		"\n1 more high or medium finding is in the full report.\n" +
		"\nThe full report, every finding included, is the file drift\\|report.txt written by this step.\n\n"
	require.Equal(t, want, got)

	run.FailNever = true
	require.Contains(t, summary(t, run, report.SummaryOptions{}), "The gate is off: no finding fails the run.\n")
	run.FailNever, run.FailOn = false, diff.Medium
	require.Contains(t, summary(t, run, report.SummaryOptions{}), "**FAIL**: 3 findings reach the gate (fail on medium and above).\n")
}
