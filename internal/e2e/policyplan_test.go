package e2e

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/plan"
)

// TestPlanPolicyRoundTrip: for each change to row-level security made on a
// live database, the plan (hazards allowed) brings it back to the corpus
// file's schema, and planning again finds nothing to do.
func TestPlanPolicyRoundTrip(t *testing.T) {
	createDetectRoles(t)
	const file = "../../testdata/corpus/17-rls-policies.sql"
	canonical := sqlFile(t, file)
	schemas := schemasOf(canonical)
	orig := pgtest.DB(t)
	pgtest.Current(t).Psql(t, orig, file)
	require.Empty(t, diff.Compare(canonical, readLive(t, orig, schemas), diff.Options{}))
	for _, mu := range []struct{ name, sql string }{
		{"rls-disabled", "ALTER TABLE app.documents DISABLE ROW LEVEL SECURITY"},
		{"rls-not-forced", "ALTER TABLE app.documents NO FORCE ROW LEVEL SECURITY"},
		{"rls-enabled-extra", "ALTER TABLE audit ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY"},
		{"restrictive-dropped", "DROP POLICY only_published ON app.documents"},
		{"permissive-dropped", "DROP POLICY tenant_isolation ON app.documents"},
		{"permissive-added", "CREATE POLICY everyone ON notes USING (true)"},
		{"restrictive-added", "CREATE POLICY few ON notes AS RESTRICTIVE FOR SELECT TO app_admin USING (id < 10)"},
		{"renamed", "ALTER POLICY drafts ON app.documents RENAME TO draft_rows"},
		{"roles", "ALTER POLICY drafts ON app.documents TO PUBLIC"},
		{"using", "ALTER POLICY drafts ON app.documents USING (true)"},
		{"check", "ALTER POLICY notes_all ON notes WITH CHECK (true)"},
		{"check-added", "ALTER POLICY tenant_isolation ON app.documents WITH CHECK (true)"},
		{"mode", "DROP POLICY only_published ON app.documents; CREATE POLICY only_published ON app.documents FOR SELECT USING (status = 'published')"},
		{"command-and-roles", "DROP POLICY drafts ON app.documents; CREATE POLICY drafts ON app.documents TO app_reader USING (true)"},
		{"table-dropped", "DROP TABLE notes"},
	} {
		t.Run(mu.name, func(t *testing.T) {
			live := liveCopy(t, dbName(t, orig))
			require.True(t, roundTrip(t, canonical, schemas, live, mu.name, mu.sql, false))
		})
	}
}

// TestPlanPolicyHazards: turning row-level security off or dropping a
// restrictive policy is gated as widening access.
func TestPlanPolicyHazards(t *testing.T) {
	createDetectRoles(t)
	const file = "../../testdata/corpus/17-rls-policies.sql"
	canonical := sqlFile(t, file)
	schemas := schemasOf(canonical)
	dsn := pgtest.DB(t)
	pgtest.Current(t).Psql(t, dsn, file)
	require.NoError(t, execSQL(dsn, "CREATE POLICY stop ON notes AS RESTRICTIVE USING (false); ALTER TABLE audit ENABLE ROW LEVEL SECURITY"))
	target := readLive(t, dsn, schemas)
	p := plan.Build(canonical, target, diff.Compare(canonical, target, diff.Options{}), plan.Options{})
	require.Len(t, p.Steps, 2)
	for _, s := range p.Steps {
		require.True(t, s.Blocked, s.SQL)
		require.Equal(t, plan.WidensAccess, s.Hazards[0].Code, s.SQL)
	}
	require.Equal(t, `ALTER TABLE public.audit DISABLE ROW LEVEL SECURITY`, p.Steps[0].SQL)
	require.Equal(t, `DROP POLICY stop ON public.notes`, p.Steps[1].SQL)
}
