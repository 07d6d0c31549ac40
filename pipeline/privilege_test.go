package pipeline

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// Each tenant gets its own schema's privileges and owners, named as the
// canonical schema, and a tenant's grant never leaks into another's.
func TestSplitTenantsPrivileges(t *testing.T) {
	s := model.NewSchema(model.SourceDB)
	s.Namespaces = []string{"tenant_a", "tenant_b"}
	s.Privileges = []*model.Privilege{
		{Object: model.Object{Kind: model.ObjTable, Schema: "tenant_a", Name: "t"}, Grantee: "app", Privilege: "SELECT"},
		{Object: model.Object{Kind: model.ObjSchema, Name: "tenant_b"}, Grantee: "app", Privilege: "USAGE"},
		{Object: model.Object{Kind: model.ObjTable, Schema: "elsewhere", Name: "t"}, Grantee: "app", Privilege: "SELECT"},
	}
	s.Owners = []*model.Owner{{Object: model.Object{Kind: model.ObjTable, Schema: "tenant_b", Name: "t"}, Role: "admin"}}
	ts := splitTenants(s, "public")
	require.Len(t, ts, 2)
	a, b := ts[0].schema, ts[1].schema
	require.Len(t, a.Privileges, 1)
	require.Equal(t, model.Object{Kind: model.ObjTable, Schema: "public", Name: "t"}, a.Privileges[0].Object)
	require.Empty(t, a.Owners)
	require.Len(t, b.Privileges, 1)
	require.Equal(t, model.Object{Kind: model.ObjSchema, Name: "public"}, b.Privileges[0].Object)
	require.Equal(t, "admin", b.Owners[0].Role)
	require.Equal(t, "tenant_a", s.Privileges[0].Object.Schema, "the schema read is left as it was")
}
