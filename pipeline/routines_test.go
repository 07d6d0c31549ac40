package pipeline

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// TestSplitRoutines: each tenant's functions and triggers move to the
// canonical schema, with the tenant's own types and trigger functions
// following them, and another schema's left as they are.
func TestSplitRoutines(t *testing.T) {
	mood := model.Type{Name: "tenant_1.mood"}
	s := &model.Schema{
		Namespaces: []string{"tenant_1", "tenant_2"},
		Functions: []*model.Function{
			{Schema: "tenant_1", Name: "f", Args: []model.FuncArg{{Type: mood}, {Type: model.Type{Name: "integer"}}}, Result: "SETOF tenant_1.mood"},
			{Schema: "other", Name: "g"},
		},
		Triggers: []*model.Trigger{
			{Schema: "tenant_2", Table: "t", Name: "tr", Function: model.QName{Schema: "tenant_2", Name: "touch"}},
			{Schema: "tenant_2", Table: "t", Name: "tr2", Function: model.QName{Schema: "shared", Name: "audit"}},
		},
	}
	ts := splitTenants(s, "public")
	require.Len(t, ts, 2)
	one, two := ts[0].schema, ts[1].schema
	require.Len(t, one.Functions, 1)
	f := one.Functions[0]
	require.Equal(t, "public", f.Schema)
	require.Equal(t, "mood", f.Args[0].Type.Name)
	require.Equal(t, "integer", f.Args[1].Type.Name)
	require.Equal(t, "SETOF mood", f.Result)
	require.Equal(t, "tenant_1.mood", s.Functions[0].Args[0].Type.Name, "the schema read is left as it was")
	require.Empty(t, two.Functions)
	require.Len(t, two.Triggers, 2)
	require.Equal(t, model.QName{Schema: "public", Name: "touch"}, two.Triggers[0].Function)
	require.Equal(t, model.QName{Schema: "shared", Name: "audit"}, two.Triggers[1].Function)
	require.Equal(t, "public", two.Triggers[1].Schema)
}
