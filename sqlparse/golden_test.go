package sqlparse

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with testdata/golden/<test name>.txt, or rewrites
// the file when the test runs with -update.
func golden(t *testing.T, got string) {
	t.Helper()
	name := strings.NewReplacer("/", "__", " ", "_", ",", "", "'", "").Replace(t.Name())
	path := filepath.Join("testdata", "golden", name+".txt")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test -update")
	require.Equal(t, string(want), got)
}

// TestAriaGolden replays the project's example scripts (init schema,
// guarded migrations in DO blocks, and the production hotfix) and pins
// every fact and position.
func TestAriaGolden(t *testing.T) {
	var notes []string
	s, err := Files([]string{"../testdata/aria", "../testdata/aria-hotfix.sql"}, Options{
		Warn: func(p model.Pos, msg string) { notes = append(notes, p.String()+": "+msg) },
	})
	require.NoError(t, err)
	require.Empty(t, notes)
	require.Equal(t, "../testdata/aria, ../testdata/aria-hotfix.sql", s.Origin)
	golden(t, strings.Join(describe(s, true), "\n")+"\n")
}
