package diff

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// TestRoleChange: roles compare as sets, and a script's CURRENT_USER
// stands for exactly one role the other side names.
func TestRoleChange(t *testing.T) {
	cur := model.PolicyCurrentRole
	for _, tc := range []struct {
		name           string
		l, r           []string
		added, dropped bool
	}{
		{"equal", []string{"a", "b"}, []string{"a", "b"}, false, false},
		{"added", []string{"a"}, []string{"a", "b"}, true, false},
		{"dropped", []string{"a", "b"}, []string{"a"}, false, true},
		{"replaced", []string{"a"}, []string{"b"}, true, true},
		{"current user is one role", []string{"a", cur}, []string{"a", "postgres"}, false, false},
		{"current user on the right", []string{"postgres"}, []string{cur}, false, false},
		{"current user and one more", []string{cur}, []string{"x", "y"}, true, false},
		{"current user with nothing to pair", []string{"a", cur}, []string{"a"}, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			added, dropped := roleChange(tc.l, tc.r)
			require.Equal(t, tc.added, added, "added")
			require.Equal(t, tc.dropped, dropped, "dropped")
		})
	}
}

// TestPoliciesNeedBothSides: a side that omits the policies area (a spec
// that never mentions them) is never compared on them.
func TestPoliciesNeedBothSides(t *testing.T) {
	table := func(enabled bool) *model.Schema {
		s := model.NewSchema(model.SourceSQL)
		tb := &model.Table{Schema: "public", Name: "t"}
		tb.RowSecurity.Enabled = enabled
		s.AddTable(tb)
		return s
	}
	l, r := table(true), table(false)
	fs := Compare(l, r, Options{})
	require.Len(t, fs, 1)
	require.Equal(t, RLSEnabled, fs[0].Kind)
	require.Equal(t, High, fs[0].Severity)
	require.Equal(t, "row-level security is enabled in sql but disabled in sql", fs[0].Message)
	l.Omit(model.AreaPolicies)
	require.Empty(t, Compare(l, r, Options{}))
	require.Empty(t, Compare(r, l, Options{}))
}
