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

// The workflow-command escaping GitHub's runner undoes: the message escapes
// %, CR and LF; a property value also : and , which would end it.
func TestWorkflowCommandEscaping(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"plain text", "plain text", "plain text"},
		{"100%", "100%25", "100%25"},
		{"%0A is not a newline", "%250A is not a newline", "%250A is not a newline"},
		{"two\nlines", "two%0Alines", "two%0Alines"},
		{"cr\r\nlf", "cr%0D%0Alf", "cr%0D%0Alf"},
		{"a:b", "a:b", "a%3Ab"},
		{"a,b", "a,b", "a%2Cb"},
		{"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
		{"C:\\dir,1%", "C:\\dir,1%25", "C%3A\\dir%2C1%25"},
		{"spec ↔ sql", "spec ↔ sql", "spec ↔ sql"},
		{"", "", ""},
	} {
		require.Equal(t, tc.data, report.EscapeData(tc.in), "data %q", tc.in)
		require.Equal(t, tc.prop, report.EscapeProperty(tc.in), "property %q", tc.in)
	}
}

func TestGitHubLevels(t *testing.T) {
	for sev, want := range map[diff.Severity]string{diff.High: "error", diff.Medium: "warning", diff.Low: "notice", diff.Info: "notice"} {
		require.Equal(t, want, report.GitHubLevel(sev), sev.String())
	}
}

// A hostile finding stays one command: nothing in it can end the command
// early or start another.
func TestGitHubHostileFinding(t *testing.T) {
	run := &report.Run{
		Pairs: []diff.Pair{{Left: model.SourceSpec, Right: model.SourceSQL}},
		Findings: []diff.Finding{{
			Kind: diff.ColumnExtra, Severity: diff.High, Pair: diff.Pair{Left: model.SourceSpec, Right: model.SourceSQL},
			Table: "t", Object: "c", Message: "50% of\n::error::forged",
			RightPos: model.Pos{File: "db/a,b:c.sql", Line: 3, Col: 7},
		}},
		FailOn:   diff.High,
		Warnings: []model.Warning{{Source: model.SourceSQL, Pos: model.Pos{File: "x.sql", Line: 2}, Message: "skipped\r\nCOPY"}},
	}
	var b bytes.Buffer
	require.NoError(t, report.GitHub(&b, run))
	want := "::warning file=x.sql,line=2,title=ariadrift%3A sql warning::skipped%0D%0ACOPY\n" +
		"::error file=db/a%2Cb%3Ac.sql,line=3,col=7,title=ariadrift HIGH column.extra (spec ↔ sql)::50%25 of%0A::error::forged\n" +
		"ariadrift: 1 finding: 1 high (fail on high and above: FAIL)\n"
	require.Equal(t, want, b.String())
}

// The Aria example as annotations: every finding is one command, located
// like its SARIF result.
func TestGitHubAria(t *testing.T) {
	run := ariaRun(t)
	out := render(t, report.FormatGitHub, run, report.Options{})
	golden(t, "aria.github", out)
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	require.Len(t, lines, len(run.Findings)+1)
	for _, l := range lines[:len(lines)-1] {
		require.Regexp(t, `^::(error|warning|notice) file=[^,:]+(,line=\d+,col=\d+)?,title=[^:]+::`, l)
	}
}
