package pipeline

import (
	"testing"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// TestSplitTenantsViews: a tenant's view selects from the tenant's own
// tables, which the catalog prints with the tenant's schema; moved to the
// canonical schema, its definition must read as the canonical view's.
func TestSplitTenantsViews(t *testing.T) {
	rels := func(schema, name string) (model.QName, []string, bool) {
		if schema == "" {
			schema = "public"
		}
		return model.QName{Schema: schema, Name: name}, []string{"id"}, true
	}
	def := func(sql string) string {
		d, _, err := normalize.ViewDef(sql, rels)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	s := &model.Schema{Source: model.SourceDB, Namespaces: []string{"tenant_a"},
		Views: []*model.View{{Schema: "tenant_a", Name: "v", Definition: def("SELECT t.id FROM tenant_a.t JOIN other.u ON u.id = t.id")}}}
	ts := splitTenants(s, "public")
	if len(ts) != 1 || len(ts[0].schema.Views) != 1 {
		t.Fatalf("tenants: %+v", ts)
	}
	want := def("SELECT t.id FROM t JOIN other.u ON u.id = t.id")
	if got := ts[0].schema.Views[0].Definition; got != want {
		t.Errorf("tenant view:\n got %s\nwant %s", got, want)
	}
	if s.Views[0].Definition == want {
		t.Error("the read schema was changed")
	}
}
