package cli

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func fakeEnv(name string) string {
	return map[string]string{"EU": "postgres://app:pw@eu/aria", "US": "host=us password=pw"}[name]
}

// TestParseTargets: the columns of errors count characters, comments and
// blank lines are skipped, and the DSNs come from the environment.
func TestParseTargets(t *testing.T) {
	for _, tc := range []struct {
		name, in, want, err string
	}{
		{name: "two", in: "eu: EU\n  us:US # west\n", want: "eu=postgres://app:pw@eu/aria us=host=us password=pw"},
		{name: "crlf and comments", in: "# fleet\r\n\r\neu: EU\r\n", want: "eu=postgres://app:pw@eu/aria"},
		{name: "column in characters", in: "# ünïcode\n\tzoë: EU\n", err: "t.txt:2:2: bad target name"},
		{name: "variable column", in: "eu:    NOPE\n", err: `t.txt:1:8: target "eu": $NOPE is not set`},
		{name: "empty name", in: ": EU\n", err: "t.txt:1:1: bad target name"},
		{name: "only comments", in: "# none\n", err: "t.txt: no targets"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseTargets("t.txt", []byte(tc.in), fakeEnv)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			var parts []string
			for _, n := range got {
				parts = append(parts, n.name+"="+n.dsn)
			}
			require.Equal(t, tc.want, strings.Join(parts, " "))
		})
	}
}

// FuzzParseTargets: no input panics, an error is one line naming the file,
// and a value in the file is never echoed (it may be a DSN with a password).
func FuzzParseTargets(f *testing.F) {
	for _, seed := range []string{"eu: EU\nus: US\n", "# c\n\n eu : EU # x\n", "eu\n", "eu: postgres://a:secret@h/d\n", "é: EU", ":\n", "eu: EU\neu: US\n", "host=h password=secret\n", "password=secret x: EU\n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := parseTargets("t.txt", []byte(in), fakeEnv)
		if err != nil {
			msg := err.Error()
			require.True(t, strings.HasPrefix(msg, "t.txt:"), msg)
			require.NotContains(t, msg, "\n")
			if strings.Contains(in, "secret") {
				require.NotContains(t, msg, "secret")
			}
			return
		}
		require.NotEmpty(t, got)
	})
}
