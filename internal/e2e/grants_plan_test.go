package e2e

import (
	"testing"

	"github.com/ariadrift/ariadrift/internal/pgtest"
)

// TestPlanPrivilegesRoundTrip: for each change to privileges or owners made
// to a database built from the privileges corpus, the plan's GRANT, REVOKE
// and OWNER TO bring it back to zero findings, and planning again is empty.
func TestPlanPrivilegesRoundTrip(t *testing.T) {
	createDetectRoles(t)
	const file = "../../testdata/corpus/18-privileges.sql"
	canonical := sqlFile(t, file)
	schemas := schemasOf(canonical)
	mutations := []struct{ name, sql string }{
		{"table privilege revoked", "REVOKE SELECT ON accounts FROM app_writer"},
		{"write privilege added", "GRANT DELETE ON accounts TO app_reader"},
		{"grant option added", "GRANT SELECT ON reports.daily TO app_reader WITH GRANT OPTION"},
		{"grant option revoked", "REVOKE GRANT OPTION FOR SELECT ON account_emails FROM app_reader"},
		{"column privilege added", "GRANT UPDATE (secret) ON accounts TO app_writer"},
		{"function default restored", "GRANT EXECUTE ON FUNCTION add_one(integer) TO PUBLIC"},
		{"function default revoked", "REVOKE EXECUTE ON FUNCTION lonely(varchar) FROM PUBLIC"},
		{"schema create for public", "GRANT CREATE ON SCHEMA app TO PUBLIC"},
		{"sequence privilege revoked", "REVOKE USAGE ON SEQUENCE app.orders_id_seq FROM app_writer"},
		// A table with a serial: OWNER TO moves its sequence too, and the
		// grants on the sequence to the role that owned it then need a
		// second plan, so the owner case here is a view's.
		{"view owner", "ALTER VIEW account_emails OWNER TO app_writer"},
		{"function owner", "ALTER FUNCTION add_one(integer) OWNER TO app_writer"},
		{"schema owner", "ALTER SCHEMA reports OWNER TO app_writer"},
	}
	for _, m := range mutations {
		t.Run(m.name, func(t *testing.T) {
			dsn := pgtest.DB(t)
			pgtest.Current(t).Psql(t, dsn, file)
			roundTrip(t, canonical, schemas, dsn, m.name, m.sql, false)
		})
	}
}
