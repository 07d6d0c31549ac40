package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

var pair = diff.Pair{Left: model.SourceSpec, Right: model.SourceSQL}

func finding(table, object string) diff.Finding {
	return diff.Finding{Kind: "index.extra", Severity: diff.Low, Pair: pair, Schema: "public", Table: table, Object: object, Message: "m"}
}

func TestRoundTripAndSplit(t *testing.T) {
	a, b, c := finding("t", "a"), finding("t", "b"), finding("u", "c")
	base := New([]diff.Finding{b, a, a}) // duplicates collapse, order is by fingerprint
	require.Len(t, base.Findings, 2)
	require.Less(t, base.Findings[0].Fingerprint, base.Findings[1].Fingerprint)

	path := filepath.Join(t.TempDir(), "baseline.json")
	var buf bytes.Buffer
	require.NoError(t, base.Write(&buf))
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	loaded, err := Load(path)
	require.NoError(t, err)
	require.Equal(t, base, loaded)

	// b was fixed, c is new.
	fresh, known, stale := loaded.Split([]diff.Finding{a, c})
	require.Equal(t, []diff.Finding{c}, fresh)
	require.Equal(t, []diff.Finding{a}, known)
	require.Len(t, stale, 1)
	require.Equal(t, b.Fingerprint(), stale[0].Fingerprint)
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, body, want string }{
		{"syntax", "{\n  \"version\": 1,\n  \"findings\": [,]\n}", "line 3, column 16: invalid character ','"},
		{"version", `{"version": 9, "findings": []}`, "unsupported version 9 (want 1)"},
		{"unknown field", `{"version": 1, "findingz": []}`, `unknown field "findingz"`},
		{"no fingerprint", `{"version": 1, "findings": [{"kind": "x"}]}`, "entry 1 has no fingerprint"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name+".json")
			require.NoError(t, os.WriteFile(p, []byte(tc.body), 0o644))
			_, err := Load(p)
			require.ErrorContains(t, err, tc.want)
			require.ErrorContains(t, err, p)
		})
	}
	_, err := Load(filepath.Join(dir, "missing.json"))
	require.ErrorContains(t, err, "missing.json")
}
