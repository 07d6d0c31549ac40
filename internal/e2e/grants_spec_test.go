package e2e

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/spec"
)

// TestSpecImportPrivilegesRoundTrip: a spec imported from a database with
// grants and owners says them (owner:, grants:, column grants, the grant
// option), describes privileges, and compares equal to the database and to
// the scripts that built it.
func TestSpecImportPrivilegesRoundTrip(t *testing.T) {
	createDetectRoles(t)
	const file = "../../testdata/corpus/18-privileges.sql"
	sql, db := replayMatchesDB(t, nil, file)
	data, _, err := spec.Marshal(db)
	require.NoError(t, err)
	text := string(data)
	for _, want := range []string{"owner: app_admin", "to: app_reader", "columns: [email, id]", "grant_option: true"} {
		require.Contains(t, text, want)
	}
	sp, err := spec.Parse(data, "imported.yaml")
	require.NoError(t, err, text)
	require.True(t, sp.Describes(model.AreaPrivileges), "a spec with grants describes privileges")
	require.NotEmpty(t, sp.Privileges)
	for _, other := range []*model.Schema{db, sql} {
		fs := diff.Compare(sp, other, diff.Options{})
		var priv []diff.Finding
		for _, f := range fs {
			if strings.HasPrefix(string(f.Kind), "privilege.") || f.Kind == diff.OwnerDiffers {
				priv = append(priv, f)
			}
		}
		require.Empty(t, priv, "spec ↔ %s:%s\n%s", other.Source, describe(priv), text)
	}
	// The same spec, with one grant widened, is drift.
	widened := strings.Replace(text, "to: app_reader", "to: PUBLIC", 1)
	sp2, err := spec.Parse([]byte(widened), "widened.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, diff.Compare(sp2, db, diff.Options{}))
}
