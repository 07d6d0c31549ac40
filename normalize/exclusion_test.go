package normalize

import (
	"testing"

	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// exclusionOf parses ALTER TABLE t ADD <con> and returns the constraint.
func exclusionOf(t *testing.T, con string) *pg_query.Constraint {
	t.Helper()
	tree, err := pgast.Parse("ALTER TABLE t ADD " + con)
	if err != nil {
		t.Fatalf("parse %q: %v", con, err)
	}
	cmd := tree.Stmts[0].GetStmt().GetAlterTableStmt().GetCmds()[0].GetAlterTableCmd()
	return cmd.GetDef().GetConstraint()
}

func TestExclusion(t *testing.T) {
	tests := []struct {
		con, want string
	}{
		{"EXCLUDE USING gist (room WITH =, during WITH &&)", "EXCLUDE USING gist (room WITH =, during WITH &&)"},
		{"EXCLUDE USING GIST (room WITH OPERATOR(pg_catalog.=), during WITH &&)", "EXCLUDE USING gist (room WITH =, during WITH &&)"},
		{"EXCLUDE (room WITH =)", "EXCLUDE USING btree (room WITH =)"},
		{"EXCLUDE USING gist ((room) WITH =)", "EXCLUDE USING gist (room WITH =)"},
		{"EXCLUDE USING gist (lower(name) WITH =) INCLUDE (id)", "EXCLUDE USING gist ((lower(name)) WITH =) INCLUDE (id)"},
		{"EXCLUDE USING gist (room WITH =) WHERE (NOT cancelled)", "EXCLUDE USING gist (room WITH =) WHERE (NOT cancelled)"},
		{"EXCLUDE USING gist (room WITH public.=)", "EXCLUDE USING gist (room WITH =)"},
		{"EXCLUDE USING gist (room WITH ext.===)", "EXCLUDE USING gist (room WITH ext.===)"},
		{"EXCLUDE USING gist (room DESC WITH =)", "EXCLUDE USING gist (room DESC WITH =)"},
	}
	for _, tt := range tests {
		t.Run(tt.con, func(t *testing.T) {
			x, err := Exclusion(exclusionOf(t, tt.con))
			if err != nil {
				t.Fatal(err)
			}
			if got := x.Definition(); got != tt.want {
				t.Errorf("Definition() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExclusionErrors(t *testing.T) {
	for _, con := range []*pg_query.Constraint{nil, {Contype: pg_query.ConstrType_CONSTR_CHECK}, {Contype: pg_query.ConstrType_CONSTR_EXCLUSION}} {
		if _, err := Exclusion(con); err == nil {
			t.Errorf("Exclusion(%v): no error", con)
		}
	}
}
