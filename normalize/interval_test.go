package normalize

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The forms intervalLiteral reads (checked against the server by
// introspect's TestIntervalDefaultsAsTheServerPrints), and the ones it
// leaves as written.
func TestIntervalLiteral(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"12 months", "1 year"},
		{"1 year -2 months", "10 mons"},
		{"-1 months 3 days", "-1 mons +3 days"},
		{"90 minutes", "01:30:00"},
		{"2 hours ago", "-02:00:00"},
		{"1.5 seconds", "00:00:01.5"},
		{"-0.5", "-00:00:00.5"},
		{"0", "00:00:00"},
		{"1day 2hours", "1 day 02:00:00"},
		{"-1 days +02:00:00", "-1 days +02:00:00"},
	} {
		got, ok := intervalLiteral(tc.in)
		require.True(t, ok, tc.in)
		require.Equal(t, tc.want, got, tc.in)
	}
	for _, in := range []string{"P1Y2M", "1.5 months", "1 day 5", "2 fortnights", "", "1:60", "1 week ago ago", "0.0000001 s", "3 years 1:2:3:4"} {
		_, ok := intervalLiteral(in)
		require.False(t, ok, in)
	}
}

func FuzzIntervalLiteral(f *testing.F) {
	for _, s := range []string{"12 months", "-1 days +02:00:00", "1.5 seconds", "@ 3 days ago", "1day 2hours", "10:30:00.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, ok := intervalLiteral(s)
		if !ok {
			return
		}
		// The output is itself read back to the same text.
		again, ok := intervalLiteral(out)
		require.True(t, ok, "%q printed as %q, which does not read back", s, out)
		require.Equal(t, out, again)
	})
}
