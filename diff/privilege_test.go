package diff

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestPrivileges(t *testing.T) {
	tbl := model.Object{Kind: model.ObjTable, Schema: "public", Name: "t"}
	fn := model.Object{Kind: model.ObjFunction, Schema: "public", Name: "f(integer)"}
	other := model.Object{Kind: model.ObjSequence, Schema: "unread", Name: "s"}
	grant := func(o model.Object, grantee, p string, grantable bool) *model.Privilege {
		return &model.Privilege{Object: o, Grantee: grantee, Privilege: p, Grantable: grantable}
	}
	revoked := &model.Privilege{Object: fn, Grantee: model.Public, Privilege: "EXECUTE", Revoked: true}
	side := func(src model.Source, ps ...*model.Privilege) *model.Schema {
		s := model.NewSchema(src)
		s.Namespaces = []string{"public"}
		s.AddTable(&model.Table{Schema: "public", Name: "t"})
		s.Privileges = ps
		return s
	}
	tests := []struct {
		name        string
		left, right []*model.Privilege
		want        []string
	}{
		{"equal", []*model.Privilege{grant(tbl, "r", "SELECT", false)}, []*model.Privilege{grant(tbl, "r", "SELECT", false)}, nil},
		{"missing", []*model.Privilege{grant(tbl, "r", "SELECT", false)}, nil, []string{"privilege.missing medium"}},
		{"extra read", nil, []*model.Privilege{grant(tbl, "r", "SELECT", false)}, []string{"privilege.extra medium"}},
		{"extra write", nil, []*model.Privilege{grant(tbl, "r", "TRUNCATE", false)}, []string{"privilege.extra high"}},
		{"extra to PUBLIC", nil, []*model.Privilege{grant(tbl, model.Public, "SELECT", false)}, []string{"privilege.extra high"}},
		{"extra with grant option", nil, []*model.Privilege{grant(tbl, "r", "SELECT", true)}, []string{"privilege.extra high"}},
		{"grant option added", []*model.Privilege{grant(tbl, "r", "SELECT", false)}, []*model.Privilege{grant(tbl, "r", "SELECT", true)}, []string{"privilege.grant_option high"}},
		{"grant option lost", []*model.Privilege{grant(tbl, "r", "SELECT", true)}, []*model.Privilege{grant(tbl, "r", "SELECT", false)}, []string{"privilege.grant_option low"}},
		{"default kept where revoked", []*model.Privilege{revoked}, nil, []string{"privilege.extra high"}},
		{"default revoked on the right", nil, []*model.Privilege{revoked}, []string{"privilege.missing medium"}},
		{"schema the database did not read", []*model.Privilege{grant(other, "r", "USAGE", false)}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := Compare(side(model.SourceSQL, tc.left...), side(model.SourceDB, tc.right...), Options{})
			requireRuled(t, fs)
			var got []string
			for _, f := range fs {
				got = append(got, string(f.Kind)+" "+f.Severity.String())
			}
			require.Equal(t, tc.want, got)
		})
	}
}

func TestPrivilegeAreas(t *testing.T) {
	tbl := model.Object{Kind: model.ObjTable, Schema: "public", Name: "t"}
	seq := model.Object{Kind: model.ObjSequence, Schema: "public", Name: "s"}
	left := model.NewSchema(model.SourceSpec)
	left.AddTable(&model.Table{Schema: "public", Name: "t"})
	left.Owners = []*model.Owner{{Object: tbl, Role: "admin"}}
	right := model.NewSchema(model.SourceDB)
	right.Namespaces = []string{"public"}
	right.AddTable(&model.Table{Schema: "public", Name: "t"})
	right.Privileges = []*model.Privilege{{Object: seq, Grantee: "r", Privilege: "USAGE"}}
	right.Owners = []*model.Owner{{Object: tbl, Role: "postgres"}}

	left.Omit(model.AreaPrivileges)
	require.Empty(t, Compare(left, right, Options{}), "a side that omits privileges is not compared")

	left.Omits = nil
	left.PrivilegeKinds = []model.ObjectKind{model.ObjTable, model.ObjColumn}
	fs := Compare(left, right, Options{})
	requireRuled(t, fs)
	require.Len(t, fs, 1, "only the owner: the left says nothing of sequences")
	require.Equal(t, OwnerDiffers, fs[0].Kind)
	require.Equal(t, High, fs[0].Severity)
	require.Equal(t, "table t is owned by admin in spec but by postgres in db", fs[0].Message)
}

// A grant to the owner is implied by ownership, whichever side says who
// the owner is; and after OWNER TO, grants to the role that loaded the
// scripts (the owner of what the scripts never give away) are not compared.
func TestPrivilegesOfOwners(t *testing.T) {
	tbl := model.Object{Kind: model.ObjTable, Schema: "public", Name: "t"}
	moved := model.Object{Kind: model.ObjTable, Schema: "public", Name: "moved"}
	left := model.NewSchema(model.SourceSQL)
	right := model.NewSchema(model.SourceDB)
	right.Namespaces = []string{"public"}
	for _, s := range []*model.Schema{left, right} {
		s.AddTable(&model.Table{Schema: "public", Name: "t"})
		s.AddTable(&model.Table{Schema: "public", Name: "moved"})
	}
	left.Privileges = []*model.Privilege{
		{Object: tbl, Grantee: "loader", Privilege: "SELECT"},
		{Object: moved, Grantee: "loader", Privilege: "SELECT"},
		{Object: moved, Grantee: "app", Privilege: "SELECT"},
	}
	left.Owners = []*model.Owner{{Object: moved, Role: "admin"}}
	right.Owners = []*model.Owner{{Object: tbl, Role: "loader"}, {Object: moved, Role: "admin"}}
	fs := Compare(left, right, Options{})
	requireRuled(t, fs)
	require.Len(t, fs, 1, "%v", fs)
	require.Equal(t, PrivilegeMissing, fs[0].Kind)
	require.Equal(t, "app SELECT", fs[0].Object)
}
