package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "m.txt")
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"sh", "-c", "exit 0"}, 0},
		{[]string{"sh", "-c", "exit 3"}, 3},
		{[]string{"sh", "-c", "sleep 0.05"}, 0},
	} {
		code, err := run(out, tc.args)
		require.NoError(t, err)
		require.Equal(t, tc.code, code, tc.args)
	}
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	require.Len(t, lines, 3, "one line appended per run")
	for i, l := range lines {
		f := strings.Fields(l)
		require.Len(t, f, 2, l)
		secs, err := strconv.ParseFloat(f[0], 64)
		require.NoError(t, err)
		rss, err := strconv.Atoi(f[1])
		require.NoError(t, err)
		require.Positive(t, rss, "a shell has a resident set")
		if i == 2 {
			require.GreaterOrEqual(t, secs, 0.05, "the sleep is timed")
		}
	}
}

func TestRunErrors(t *testing.T) {
	_, err := run("", nil)
	require.ErrorContains(t, err, "usage")
	code, err := run("", []string{filepath.Join(t.TempDir(), "missing")})
	require.Equal(t, 2, code)
	require.ErrorContains(t, err, "run ")
}
