package refdoc_test

import (
	"bytes"
	"flag"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/ariatest"
	"github.com/ariadrift/ariadrift/refdoc"
	"github.com/ariadrift/ariadrift/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	sqlDir = ariatest.SQLDir
	// referencePath is the hand-written models reference the document
	// must reproduce (a copy kept in the repository's testdata).
	referencePath = ariatest.ReferencePath
)

// ariaRun is the run of the bundled Aria example.
func ariaRun(t testing.TB) *report.Run { t.Helper(); return ariatest.Run(t) }

// markdown renders the reference document and fails the test on error.
func markdown(t testing.TB, run *report.Run) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, refdoc.Markdown(&b, run))
	return b.Bytes()
}

// golden compares got with testdata/name; -update rewrites the file.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	ariatest.Golden(t, name, got, *update)
}
