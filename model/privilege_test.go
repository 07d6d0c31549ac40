package model

import (
	"reflect"
	"testing"
)

func TestParseACLItem(t *testing.T) {
	tests := []struct {
		in        string
		ok        bool
		grantee   string
		privs     []string
		grantable []string
	}{
		{"app_reader=r/postgres", true, "app_reader", []string{"SELECT"}, nil},
		{"=X/postgres", true, "", []string{"EXECUTE"}, nil},
		{"app=a*r*w/owner", true, "app", []string{"INSERT", "SELECT", "UPDATE"}, []string{"INSERT", "SELECT"}},
		{`"we""ird role"=UC*/"own er"`, true, `we"ird role`, []string{"USAGE", "CREATE"}, []string{"CREATE"}},
		{"owner=arwdDxt/owner", true, "owner", []string{"INSERT", "SELECT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"}, nil},
		{"no-equals", false, "", nil, nil},
		{"a=r", false, "", nil, nil},
		{"a=q/b", false, "", nil, nil},
		{`"unterminated=r/b`, false, "", nil, nil},
	}
	for _, tc := range tests {
		item, ok := ParseACLItem(tc.in)
		if ok != tc.ok {
			t.Fatalf("%q: ok = %v, want %v", tc.in, ok, tc.ok)
		}
		if !ok {
			continue
		}
		if item.Grantee != tc.grantee || !reflect.DeepEqual(item.Privileges, tc.privs) {
			t.Errorf("%q: got %q %v, want %q %v", tc.in, item.Grantee, item.Privileges, tc.grantee, tc.privs)
		}
		var g []string
		for _, p := range item.Privileges {
			if item.Grantable[p] {
				g = append(g, p)
			}
		}
		if !reflect.DeepEqual(g, tc.grantable) {
			t.Errorf("%q: grantable %v, want %v", tc.in, g, tc.grantable)
		}
	}
}

// What differs from acldefault is listed; the owner's own entry and
// PUBLIC's default EXECUTE on a function are not.
func TestPrivilegesFromACL(t *testing.T) {
	fn := Object{Kind: ObjFunction, Schema: "public", Name: "f(integer)"}
	tbl := Object{Kind: ObjTable, Schema: "public", Name: "t"}
	pub := Object{Kind: ObjSchema, Name: "public"}
	render := func(ps []*Privilege) []string {
		var out []string
		for _, p := range ps {
			s := p.Grantee + " " + p.Privilege
			if p.Grantable {
				s += " grantable"
			}
			if p.Revoked {
				s += " revoked"
			}
			out = append(out, s)
		}
		return out
	}
	tests := []struct {
		name string
		o    Object
		acl  []string
		want []string
	}{
		{"null acl is the defaults", fn, nil, nil},
		{"function defaults spelled out", fn, []string{"=X/o", "o=X/o"}, nil},
		{"function public revoked", fn, []string{"o=X/o"}, []string{"PUBLIC EXECUTE revoked"}},
		{"function granted to a role", fn, []string{"=X/o", "o=X/o", "app=X*/o"}, []string{"app EXECUTE grantable"}},
		{"table grants", tbl, []string{"o=arwdDxt/o", "=r/o", "app=ar/o"}, []string{"PUBLIC SELECT", "app INSERT", "app SELECT"}},
		{"public schema as initdb leaves it", pub, []string{"pg_database_owner=UC/pg_database_owner", "=U/pg_database_owner"}, nil},
		{"public schema with CREATE for PUBLIC", pub, []string{"pg_database_owner=UC/pg_database_owner", "=UC/pg_database_owner"}, []string{"PUBLIC CREATE"}},
		{"public schema usage revoked", pub, []string{"pg_database_owner=UC/pg_database_owner"}, []string{"PUBLIC USAGE revoked"}},
		{"public schema created again", pub, nil, []string{"PUBLIC USAGE revoked"}},
	}
	for _, tc := range tests {
		owner := "o"
		if tc.o.Kind == ObjSchema {
			owner = "pg_database_owner"
		}
		got := render(PrivilegesFromACL(tc.o, owner, tc.acl))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func FuzzParseACLItem(f *testing.F) {
	for _, s := range []string{"app=r/o", "=X/o", `"a""b"=a*r/"c"`, "x=", `"`, "=/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		item, ok := ParseACLItem(s)
		if ok && len(item.Grantable) > len(item.Privileges) {
			t.Fatalf("%q: more grant options than privileges", s)
		}
	})
}
