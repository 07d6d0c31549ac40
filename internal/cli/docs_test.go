package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/internal/config"
)

// The README's severity table is the code's: regenerate it with
// `ariadrift rules --markdown` when a rule changes.
func TestREADMESeverityTable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, rest, ok := strings.Cut(string(readme), "<!-- rules:begin -->\n")
	require.True(t, ok, "README lacks the rules markers")
	table, _, ok := strings.Cut(rest, "<!-- rules:end -->")
	require.True(t, ok)
	var want bytes.Buffer
	require.NoError(t, rulesMarkdown(&want))
	require.Equal(t, want.String(), table, "README severity table is stale: run ariadrift rules --markdown")
}

// exampleCommands extracts the ariadrift command lines of a workflow's run steps.
func exampleCommands(t *testing.T, node *yaml.Node) []string {
	var out []string
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				if (k.Value == "run" || k.Value == "entry") && v.Kind == yaml.ScalarNode {
					for _, line := range strings.Split(v.Value, "\n") {
						if line = strings.TrimSpace(line); strings.HasPrefix(line, "ariadrift ") {
							out = append(out, line)
						}
					}
				}
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(node)
	return out
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	require.NoError(t, filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	}))
}

// TestExamples: the example workflow, pre-commit hook and config are valid,
// and the workflow's ariadrift commands run against the bundled example,
// with the database the workflow builds from the init scripts.
func TestExamples(t *testing.T) {
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	dsn := ariaDB(t)

	work := t.TempDir()
	copyTree(t, filepath.Join(root, "spec"), filepath.Join(work, "spec"))
	copyTree(t, filepath.Join(root, "testdata", "aria"), filepath.Join(work, "testdata", "aria"))
	t.Chdir(work)
	t.Setenv("ARIADRIFT_DSN", dsn)
	summary := filepath.Join(work, "step_summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)

	for _, tc := range []struct {
		file  string
		codes map[string]int // command prefix → expected exit code
	}{
		{"github-actions.yml", map[string]int{"ariadrift report": ExitOK, "ariadrift check": ExitDrift}},
		{"pre-commit-config.yaml", map[string]int{"ariadrift check": ExitDrift}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(root, "examples", tc.file))
			require.NoError(t, err)
			var doc yaml.Node
			require.NoError(t, yaml.Unmarshal(data, &doc), "valid YAML")
			cmds := exampleCommands(t, &doc)
			require.NotEmpty(t, cmds)
			for _, line := range cmds {
				args := strings.Fields(line)[1:]
				want := -2
				for prefix, code := range tc.codes {
					if strings.HasPrefix(line, prefix) {
						want = code
					}
				}
				require.NotEqual(t, -2, want, "no expectation for %q", line)
				var out, errb bytes.Buffer
				code := Run(args, strings.NewReader(""), &out, &errb)
				require.Equal(t, want, code, "%s\nstderr: %s", line, errb.String())
				if strings.Contains(line, "--format github") {
					require.Contains(t, out.String(), "::error file=testdata/aria/", "%s annotates the diff", line)
				}
			}
		})
	}
	_, err = os.Stat(filepath.Join(work, "ariadrift.sarif"))
	require.NoError(t, err, "the workflow's SARIF step wrote its file")
	sum, err := os.ReadFile(summary)
	require.NoError(t, err, "the workflow's gate wrote the job summary")
	require.Contains(t, string(sum), "## ariadrift: schema drift — FAIL\n")

	cfg, err := config.Load(filepath.Join(root, "examples", "ariadrift.yaml"))
	require.NoError(t, err)
	require.Equal(t, "ARIADRIFT_DSN", cfg.DSNEnv)
}

// TestShardedExample runs the merge job of the sharded workflow on three
// shard reports: a clean one, one with HIGH drift in a tenant, one empty.
func TestShardedExample(t *testing.T) {
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	data, err := os.ReadFile(filepath.Join(root, "examples", "github-actions-sharded.yml"))
	require.NoError(t, err)
	var doc yaml.Node
	require.NoError(t, yaml.Unmarshal(data, &doc), "valid YAML")
	t.Chdir(t.TempDir())
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	shard := `{"schema_version":1,"tool":{"name":"ariadrift","version":"dev"},"inputs":{},"pairs":["sql-db"],
"summary":{"total":%d,"by_severity":{"high":%[1]d,"medium":0,"low":0,"info":0},"by_pair":{},"fail_on":"none","failed":false},
"tenants":["%s"],"findings":[%s]}`
	missing := `{"kind":"table.missing","severity":"high","pair":"sql-db","tenant":"tenant_7","schema":"public","table":"t","message":"table t is missing","fingerprint":"x"}`
	for i, body := range []string{fmt.Sprintf(shard, 0, "tenant_0", ""), fmt.Sprintf(shard, 1, "tenant_7", missing), fmt.Sprintf(shard, 0, "tenant_9", "")} {
		dir := filepath.Join("shards", fmt.Sprintf("shard-%d", i))
		require.NoError(t, os.MkdirAll(dir, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "shard.json"), []byte(body), 0o644))
	}
	var merges int
	for _, line := range exampleCommands(t, &doc) {
		if !strings.Contains(line, "--merge") {
			continue
		}
		merges++
		var out, errb bytes.Buffer
		code := Run(strings.Fields(line)[1:], strings.NewReader(""), &out, &errb)
		want := ExitOK
		if strings.HasPrefix(line, "ariadrift check") {
			want = ExitDrift
		}
		require.Equal(t, want, code, "%s\nstderr: %s", line, errb.String())
		if strings.HasPrefix(line, "ariadrift report") {
			require.Contains(t, out.String(), "tenants: 2 clean, 1 drifted: tenant_7\n")
		}
	}
	require.Equal(t, 2, merges, "the gate job merges twice")
}
