package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// check appends its job summary to the file $GITHUB_STEP_SUMMARY names,
// after what earlier steps wrote, run after run; report writes none.
func TestJobSummaryAppended(t *testing.T) {
	path := filepath.Join(t.TempDir(), "step_summary.md")
	const earlier = "## Tests\n\nall green\n"
	require.NoError(t, os.WriteFile(path, []byte(earlier), 0o644))
	t.Setenv("GITHUB_STEP_SUMMARY", path)
	args := []string{"--spec", "../../spec/models.yaml", "--sql", "../../testdata/aria"}

	run := func(args ...string) (string, int) {
		var out, errb bytes.Buffer
		code := Run(args, strings.NewReader(""), &out, &errb)
		return out.String() + errb.String(), code
	}
	out, code := run(append([]string{"check", "-q"}, args...)...)
	require.Equal(t, ExitDrift, code, out)
	require.Empty(t, out, "-q prints nothing, but the summary is still written")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	got := string(data)
	require.True(t, strings.HasPrefix(got, earlier), "the earlier steps' summary is kept:\n%s", got)
	one := got[len(earlier):]
	require.True(t, strings.HasPrefix(one, "## ariadrift: schema drift — FAIL\n"), one)
	require.Contains(t, one, "| spec ↔ sql | 4 | 11 | 18 | 1 | 34 |\n")
	require.Contains(t, one, "| HIGH | spec ↔ sql | knowledge_entities | `column.renamed` |")
	require.Contains(t, one, "in this step's log")

	// A second check appends another summary, naming its report file.
	out, code = run(append([]string{"check", "--fail-on", "none", "-o", filepath.Join(t.TempDir(), "drift.txt")}, args...)...)
	require.Equal(t, ExitOK, code, out)
	out, code = run(append([]string{"report", "--format", "json"}, args...)...)
	require.Equal(t, ExitOK, code, out)
	data, err = os.ReadFile(path)
	require.NoError(t, err)
	second := string(data)[len(got):]
	require.True(t, strings.HasPrefix(second, "## ariadrift: schema drift — pass\n"), second)
	require.Contains(t, second, "The gate is off")
	require.Contains(t, second, "drift.txt written by this step")
	require.Equal(t, 2, strings.Count(string(data), "## ariadrift:"), "report adds no summary")
}

// A summary that cannot be written fails the run, like a report file.
func TestJobSummaryUnwritable(t *testing.T) {
	t.Setenv("GITHUB_STEP_SUMMARY", filepath.Join(t.TempDir(), "missing", "summary.md"))
	var out, errb bytes.Buffer
	code := Run([]string{"check", "--spec", "../../spec/models.yaml", "--sql", "../../testdata/aria"}, strings.NewReader(""), &out, &errb)
	require.Equal(t, ExitError, code)
	require.Contains(t, errb.String(), "ariadrift: job summary (GITHUB_STEP_SUMMARY): open ")
}

// --format github and --format mermaid through the command line.
func TestGitHubAndMermaidFormats(t *testing.T) {
	t.Chdir("../..")
	args := []string{"--spec", "spec/models.yaml", "--sql", "testdata/aria"}
	var out, errb bytes.Buffer
	code := Run(append([]string{"check", "--format", "github"}, args...), strings.NewReader(""), &out, &errb)
	require.Equal(t, ExitDrift, code, errb.String())
	require.Contains(t, out.String(), "::error file=testdata/aria/01-schema.sql,line=92,col=5,title=ariadrift HIGH column.renamed (spec ↔ sql)::column \"type\" in spec is \"entity_type\" in sql (renamed)")
	require.True(t, strings.HasSuffix(out.String(), "ariadrift: 35 findings: 4 high, 11 medium, 19 low, 1 info (fail on high and above: FAIL)\n"))

	out.Reset()
	code = Run(append([]string{"report", "--format", "mermaid"}, args...), strings.NewReader(""), &out, &errb)
	require.Equal(t, ExitOK, code, errb.String())
	want, err := os.ReadFile("erd/testdata/aria.mmd")
	require.NoError(t, err)
	require.Equal(t, string(want), out.String(), "report --format mermaid prints the golden diagram")
}
