package cli

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/introspect"
)

// TestProgressLine: nothing for the first second, then one line rewritten
// in place, cleared when the read is assembled.
func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	hook := newProgressLine(&buf, func() time.Time { return clock })
	hook(introspect.Step{Phase: introspect.PhaseQuery, Done: 1, Total: 9})
	require.Empty(t, buf.String(), "a read under a second shows nothing")
	clock = clock.Add(1500 * time.Millisecond)
	hook(introspect.Step{Phase: introspect.PhaseQuery, Done: 5, Total: 9})
	hook(introspect.Step{Phase: introspect.PhaseAssemble})
	require.Equal(t, "\r\x1b[Kreading the catalog: 5/9 queries (1.5s)\r\x1b[K", buf.String())
}

// TestProgressOff: never when stderr is not a terminal, in CI or with -q.
func TestProgressOff(t *testing.T) {
	s := streams{Err: &bytes.Buffer{}}
	env := func(string) string { return "" }
	require.Nil(t, (&globalOptions{}).progress(s, env), "not a terminal")
	require.Nil(t, (&globalOptions{quiet: true}).progress(s, env))
	require.Nil(t, (&globalOptions{}).progress(s, func(string) string { return "true" }), "CI")
}
