package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzLoad feeds arbitrary bytes to Load. A broken file gives one line
// that names it; a file that loads is a valid baseline and survives a
// write and a second load unchanged.
func FuzzLoad(f *testing.F) {
	for _, seed := range []string{
		`{"version": 1, "findings": [{"fingerprint": "ab12", "kind": "index.extra", "severity": "low", "pair": "spec-sql", "table": "t", "message": "m"}]}`,
		`{"version": 1, "findings": []}`,
		`{"version": 2, "findings": []}`,
		`{"version": 1, "findings": [{"kind": "x"}]}`,
		`{"version": 1, "findingz": []}`,
		`{"version": 1, "findings": [,]}`,
		`{"version": 1, "findings": []} trailing`,
		`{"version": 1, "a\nb": 1}`,
		`{"version": "1"}`,
		"{\"version\": 1, \"findings\": [{\"fingerprint\": \"\xff\"}]}",
		"\x00",
		strings.Repeat("[", 10000),
		strings.Repeat(`{"a":`, 5000),
		"",
	} {
		f.Add([]byte(seed))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "baseline.json")
		require.NoError(t, os.WriteFile(path, data, 0o644))
		b, err := Load(path)
		if err != nil {
			require.Nil(t, b)
			msg := err.Error()
			require.True(t, strings.HasPrefix(msg, "baseline "+path+": "), "names the file: %q", msg)
			require.NotContains(t, msg, "\n", "one line")
			return
		}
		require.Equal(t, Version, b.Version)
		for _, e := range b.Findings {
			require.NotEmpty(t, e.Fingerprint)
		}
		var buf bytes.Buffer
		require.NoError(t, b.Write(&buf))
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		again, err := Load(path)
		require.NoError(t, err, "a written baseline loads:\n%s", buf.String())
		if len(b.Findings) == 0 {
			// null and [] both mean no findings.
			require.Empty(t, again.Findings)
			return
		}
		require.Equal(t, b, again)
	})
}
