package normalize

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTableExpr: a script's spelling of a policy expression and the
// catalog's deparse of it compare equal; references to other tables and
// to other schemas' tables of the same name keep their qualifier.
func TestTableExpr(t *testing.T) {
	for _, tc := range []struct {
		name, script, catalog string
		equal                 bool
	}{
		{"cast on a setting", "tenant_id = current_setting('app.tenant')::uuid",
			"(tenant_id = (current_setting('app.tenant'::text))::uuid)", true},
		{"outer column in a subquery", "EXISTS (SELECT 1 FROM app.tenants t WHERE t.id = tenant_id)",
			"(EXISTS ( SELECT 1 FROM app.tenants t WHERE (t.id = documents.tenant_id)))", true},
		{"schema-qualified outer column", "EXISTS (SELECT 1 FROM app.tenants t WHERE t.id = app.documents.tenant_id)",
			"(EXISTS ( SELECT 1 FROM app.tenants t WHERE (t.id = documents.tenant_id)))", true},
		{"IN list", "status IN ('a', 'b')", "(status = ANY (ARRAY['a'::text, 'b'::text]))", true},
		{"current_user", "owner = current_user", "(owner = CURRENT_USER)", true},
		{"another table's column", "EXISTS (SELECT 1 FROM app.tenants t WHERE t.id = tenant_id)",
			"(EXISTS ( SELECT 1 FROM app.tenants t WHERE (t.id = t.tenant_id)))", false},
		{"another schema's table of the same name", "other.documents.tenant_id = 1", "(tenant_id = 1)", false},
		{"a looser comparison", "level > 2", "(level >= 2)", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := TableExpr(tc.script, "app", "documents")
			require.NoError(t, err)
			b, err := TableExpr(tc.catalog, "app", "documents")
			require.NoError(t, err)
			if tc.equal {
				require.Equal(t, a, b)
			} else {
				require.NotEqual(t, a, b)
			}
		})
	}
}

func TestTableExprErrors(t *testing.T) {
	_, err := TableExpr("", "public", "t")
	require.Error(t, err)
	_, err = TableExpr("a = ", "public", "t")
	require.Error(t, err)
	_, err = TableExprNode(nil, "public", "t")
	require.Error(t, err)
}
