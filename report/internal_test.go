package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
)

func TestRuleNamesAndTitles(t *testing.T) {
	require.Equal(t, "PrimaryKeyMissing", ruleName(diff.PrimaryKeyMissing))
	require.Equal(t, "ColumnAutoincrement", ruleName(diff.ColumnAutoIncrement))
	for _, k := range diff.Kinds() {
		require.NotEmpty(t, kindTitles[k], "kind %s has no SARIF title", k)
	}
}

func TestArtifactURI(t *testing.T) {
	require.Equal(t, "testdata/aria/01-schema.sql", artifactURI("testdata/aria/01-schema.sql"))
	require.Equal(t, "testdata/aria/01-schema.sql", artifactURI("./testdata//aria/01-schema.sql"))
	require.Equal(t, "file:///srv/app/init.sql", artifactURI("/srv/app/init.sql"))
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"short", 10, "short"},
		{"sql has index idx_a that spec lacks", 16, "sql has index\nidx_a that spec\nlacks"},
		{"pending_complex_tasks", 8, "pending_\ncomplex_\ntasks"},
		{"a  b", 0, "a  b"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, wrap(tt.in, tt.width), tt.in)
	}
}

// FuzzWrap checks that wrapping fits the width and loses no text.
func FuzzWrap(f *testing.F) {
	f.Add("sql has index \"idx_thoughts_created_category\" USING btree", 12)
	f.Add("knowledge_relations", 5)
	f.Add("", 3)
	f.Fuzz(func(t *testing.T, s string, width int) {
		if width < 1 || width > 200 {
			return
		}
		got := wrap(s, width)
		if utf8.RuneCountInString(s) <= width {
			require.Equal(t, s, got)
			return
		}
		for _, line := range strings.Split(got, "\n") {
			require.LessOrEqual(t, utf8.RuneCountInString(line), width)
		}
		// Invalid UTF-8 comes back as replacement characters, as a
		// terminal would show it.
		valid := strings.ToValidUTF8(s, "\uFFFD")
		require.Equal(t, strings.Join(strings.Fields(valid), ""), strings.Join(strings.Fields(got), ""))
	})
}
