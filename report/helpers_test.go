package report_test

import (
	"bytes"
	"flag"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/ariatest"
	"github.com/ariadrift/ariadrift/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	specPath = ariatest.SpecPath
	sqlDir   = ariatest.SQLDir
)

// ariaRun is the run of the bundled Aria example.
func ariaRun(t testing.TB) *report.Run { t.Helper(); return ariatest.Run(t) }

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
	ariatest.Golden(t, name, got, *update)
}
