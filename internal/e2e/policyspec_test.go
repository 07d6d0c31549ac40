package e2e

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/spec"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// TestPolicySpecRoundTrip: a spec imported from a live database with
// row-level security describes its policies, and compares equal with the
// database it came from and with the scripts that built it; changing a
// policy in the spec is then drift.
func TestPolicySpecRoundTrip(t *testing.T) {
	createDetectRoles(t)
	const file = "../../testdata/corpus/17-rls-policies.sql"
	sql, err := sqlparse.Files([]string{file}, sqlparse.Options{})
	require.NoError(t, err)
	db := loadAndRead(t, schemasOf(sql), file)

	data, _, err := spec.Marshal(db)
	require.NoError(t, err)
	require.Contains(t, string(data), "row_security:")
	s, err := spec.Parse(data, "imported.yaml")
	require.NoError(t, err)
	require.True(t, s.Describes(model.AreaPolicies), "a spec with row_security describes policies")
	docs, ok := s.Table("app", "documents")
	require.True(t, ok)
	require.Len(t, docs.RowSecurity.Policies, 6)

	fs := diff.Compare(s, db, diff.Options{})
	require.Empty(t, fs, "spec ↔ db:%s", describe(fs))

	// The scripts name CURRENT_USER where the database names the role
	// that ran them: the comparison pairs the two.
	fs = diff.Compare(s, sql, diff.Options{})
	require.Empty(t, fs, "spec ↔ sql:%s", describe(fs))

	// A spec that loosens a restrictive policy is drift, HIGH against the database.
	docs.RowSecurity.Policies[0].Restrictive = !docs.RowSecurity.Policies[0].Restrictive
	fs = diff.Compare(s, db, diff.Options{})
	require.Len(t, fs, 1, describe(fs))
	require.Equal(t, diff.PolicyMode, fs[0].Kind)
}
