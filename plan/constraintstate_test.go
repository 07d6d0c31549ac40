package plan

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// TestConstraintStatePlans: VALIDATE for a target's NOT VALID constraint,
// exclusion constraints added, dropped and rebuilt, the replica identity
// set, a unique index adopted by its constraint, and manual steps for what
// no ALTER changes.
func TestConstraintStatePlans(t *testing.T) {
	mk := func() *model.Table {
		tb := table("t", col("id", typ("integer")), col("p", typ("integer")), col("code", typ("text")))
		tb.PrimaryKey = &model.Key{Name: "t_pkey", Columns: []string{"id"}}
		tb.Checks = []*model.Check{{Name: "t_id_check", Expr: "id > 0"}, {Name: "t_p_check", Expr: "p > 0"}}
		tb.ForeignKeys = []*model.ForeignKey{{Name: "t_p_fkey", Columns: []string{"p"}, RefSchema: "public", RefTable: "t", RefColumns: []string{"id"}}}
		return tb
	}
	excl := func(name, op string) *model.Exclusion {
		return &model.Exclusion{Name: name, Index: model.Index{Method: "gist", Keys: []model.IndexKey{{Column: "p"}}}, Operators: []string{op}}
	}
	lt, rt := mk(), mk()
	lt.Uniques = []*model.Key{{Name: "t_code_key", Columns: []string{"code"}}}
	rt.Indexes = []*model.Index{{Name: "t_code_idx", Unique: true, Method: "btree", Keys: []model.IndexKey{{Column: "code"}}}}
	rt.Checks[0].NotValid = true
	rt.ForeignKeys[0].NotValid = true
	rt.Checks[1].NoInherit = true
	rt.PrimaryKey.Deferrable = true
	lt.Exclusions = []*model.Exclusion{excl("x_missing", "="), excl("x_differs", "=")}
	rt.Exclusions = []*model.Exclusion{excl("x_extra", "&&"), excl("x_differs", "<>")}
	lt.ReplicaIdentity = model.ReplicaFull
	p := build(schema(model.SourceSQL, lt), schema(model.SourceDB, rt), Options{AllowAll: true})
	got := sqlOf(t, p)
	for _, want := range []string{
		"ALTER TABLE public.t VALIDATE CONSTRAINT t_id_check;",
		"ALTER TABLE public.t VALIDATE CONSTRAINT t_p_fkey;",
		"ALTER TABLE public.t ADD CONSTRAINT x_missing EXCLUDE USING gist (p WITH =);",
		"ALTER TABLE public.t DROP CONSTRAINT x_extra;",
		"ALTER TABLE public.t DROP CONSTRAINT x_differs;",
		"ALTER TABLE public.t ADD CONSTRAINT x_differs EXCLUDE USING gist (p WITH =);",
		"ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_idx;",
		"ALTER TABLE public.t REPLICA IDENTITY FULL;",
		"hazard manual: NO INHERIT cannot be altered",
		"hazard manual: a key's deferrability cannot be altered",
	} {
		require.Contains(t, got, want)
	}
	require.Equal(t, []Hazard{FullScan, MayFailOnData}, codes(stepWith(t, p, "VALIDATE CONSTRAINT t_id_check")))
}

// TestCreatedTableStates: a table the plan creates gets its exclusion
// constraints and replica identity too.
func TestCreatedTableStates(t *testing.T) {
	lt := table("t", col("id", typ("integer")), col("p", typ("integer")))
	lt.Exclusions = []*model.Exclusion{{Name: "t_p_excl", Index: model.Index{Method: "gist", Keys: []model.IndexKey{{Column: "p"}}}, Operators: []string{"="}}}
	lt.ReplicaIdentity = model.ReplicaFull
	p := build(schema(model.SourceSQL, lt), schema(model.SourceDB), Options{})
	got := sqlOf(t, p)
	require.Contains(t, got, "ALTER TABLE public.t ADD CONSTRAINT t_p_excl EXCLUDE USING gist (p WITH =);")
	require.Contains(t, got, "ALTER TABLE public.t REPLICA IDENTITY FULL;")
	require.Empty(t, p.Blocked(), "a new table is empty: no hazard")
}
