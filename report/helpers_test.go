package report_test

import (
	"bytes"
	"flag"
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

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	specPath      = "../spec/models.yaml"
	sqlDir        = "../testdata/aria"
	referencePath = "../../shared/reference/aria-models-reference.md"
)

// ariaRun builds the run "ariadrift report --spec spec/models.yaml --sql
// testdata/aria" makes: spec against the init scripts, plus the scripts'
// disagreements with themselves.
func ariaRun(t testing.TB) *report.Run {
	t.Helper()
	s, err := spec.Load(specPath)
	require.NoError(t, err)
	q, err := sqlparse.Files([]string{sqlDir}, sqlparse.Options{})
	require.NoError(t, err)
	findings := diff.Compare(s, q, diff.Options{})
	findings = append(findings, diff.Duplicates(q, diff.Options{})...)
	return &report.Run{
		Tool:    "ariadrift",
		Version: "v0.0.0-test",
		Inputs:  report.Inputs{Spec: specPath, SQL: []string{sqlDir}},
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

// render runs a format and fails the test on error.
func render(t testing.TB, f report.Format, run *report.Run, opts report.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, report.Write(&b, f, run, opts))
	return b.Bytes()
}

// golden compares got with testdata/name; -update rewrites the file.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./report -update to create %s", path)
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs (-want +got); rerun with -update if the change is intended:\n%s", path, d)
	}
}
