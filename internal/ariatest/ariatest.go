// Package ariatest holds what the renderers' tests share: the run the
// bundled Aria example makes, and a golden-file comparison. It is imported
// by tests only.
//
// ariatest imports the producers (spec, sqlparse) to build a real run, so
// nothing but tests may import it.
package ariatest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
	"github.com/ariadrift/ariadrift/spec"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// Paths of the Aria example, relative to a package directory one level
// below the repository root, which is where every test runs.
const (
	SpecPath      = "../spec/models.yaml"
	SQLDir        = "../testdata/aria"
	ReferencePath = "../testdata/aria-models-reference.md"
)

// Run builds the run "ariadrift report --spec spec/models.yaml --sql
// testdata/aria" makes: spec against the init scripts, plus the scripts'
// disagreements with themselves.
func Run(t testing.TB) *report.Run {
	t.Helper()
	s, err := spec.Load(SpecPath)
	require.NoError(t, err)
	q, err := sqlparse.Files([]string{SQLDir}, sqlparse.Options{})
	require.NoError(t, err)
	findings := diff.Compare(s, q, diff.Options{})
	findings = append(findings, diff.Duplicates(q, diff.Options{})...)
	return &report.Run{
		Tool:    "ariadrift",
		Version: "v0.0.0-test",
		Inputs:  report.Inputs{Spec: SpecPath, SQL: []string{SQLDir}},
		Pairs: []diff.Pair{
			{Left: model.SourceSpec, Right: model.SourceSQL},
			{Left: model.SourceSQL, Right: model.SourceSQL},
		},
		Findings: findings,
		FailOn:   diff.High,
		Spec:     s,
		SQL:      q,
	}
}

// Golden compares got with testdata/name; update rewrites the file first.
func Golden(t *testing.T, name string, got []byte, update bool) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test with -update to create %s", path)
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs (-want +got); rerun with -update if the change is intended:\n%s", path, d)
	}
}
