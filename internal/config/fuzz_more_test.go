package config

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzParseErrors checks what a user sees of a broken config: one line
// that starts with the file name, the same for the same input, and never
// the value of a literal DSN.
func FuzzParseErrors(f *testing.F) {
	for _, seed := range []string{
		full,
		"version: 1\nfail_of: high\n",
		"database:\n  dsn: postgres://u:hunter2@h/db\n",
		"database:\n  dsn: \"host=h password='hunter2'\"\n",
		"ignore:\n  - kind: table.extra\n",
		"severity:\n  - {kind: 'index.*', severity: urgent}\n",
		"a: &a [*a, *a]\nb: &b [*a, *a, *a]\n",
		"sql: &s [x]\nspec: *s\n",
		"version: 1\n\tspec: x\n",
		"spec: \"\xff\"\n",
		"spec: a\x00\n",
		"\"key\nwith newline\": 1\n",
		strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
		strings.Repeat("- ", 5000) + "x\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data, "fuzz.yaml")
		again, errAgain := Parse(data, "fuzz.yaml")
		if err == nil {
			require.NoError(t, errAgain)
			require.Equal(t, c, again)
			require.Equal(t, "fuzz.yaml", c.File)
			return
		}
		require.Nil(t, c)
		require.EqualError(t, errAgain, err.Error())
		msg := err.Error()
		require.True(t, strings.HasPrefix(msg, "fuzz.yaml:") || strings.HasPrefix(msg, "fuzz.yaml "), "names the file: %q", msg)
		require.NotContains(t, msg, "\n", "one line")
		require.NotContains(t, msg, "hunter2", "a literal DSN's password")
	})
}
