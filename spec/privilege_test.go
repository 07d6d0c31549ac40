package spec

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestParseGrants(t *testing.T) {
	src := withHead(
		"      - {name: title, type: Text}",
		"    owner: app_admin",
		"    grants:",
		"      - {to: app_reader, privileges: [select]}",
		"      - {to: public, privileges: [SELECT], columns: [title]}",
		"      - {to: app_writer, privileges: [ALL], grant_option: true}",
		"  - model: Plain",
		"    table: plain",
		"    columns:",
		"      - {name: id, type: Integer, primary_key: true}",
	)
	s, err := Parse([]byte(src), "spec.yaml")
	require.NoError(t, err)
	require.True(t, s.Describes(model.AreaPrivileges))
	require.True(t, s.DescribesPrivilegesOf(model.ObjColumn))
	require.False(t, s.DescribesPrivilegesOf(model.ObjFunction), "a spec speaks for tables only")
	require.Len(t, s.Owners, 1)
	require.Equal(t, "app_admin", s.Owners[0].Role)
	var got []string
	for _, p := range s.Privileges {
		g := p.Object.String() + " " + p.Grantee + " " + p.Privilege
		if p.Grantable {
			g += " *"
		}
		got = append(got, g)
	}
	require.Equal(t, []string{
		"table goals app_reader SELECT",
		"table goals app_writer DELETE *", "table goals app_writer INSERT *", "table goals app_writer REFERENCES *",
		"table goals app_writer SELECT *", "table goals app_writer TRIGGER *", "table goals app_writer TRUNCATE *",
		"table goals app_writer UPDATE *",
		`column goals.title PUBLIC SELECT`,
	}, got)

	plain, err := Parse([]byte(withHead()), "spec.yaml")
	require.NoError(t, err)
	require.False(t, plain.Describes(model.AreaPrivileges), "a spec that never mentions grants omits them")
}

func TestGrantErrors(t *testing.T) {
	const f = "spec/models.yaml"
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"missing to", []string{"    grants:", "      - {privileges: [SELECT]}"},
			f + `:8:9: model "Goal": grant #1: missing required key "to"`},
		{"unknown privilege", []string{"    grants:", "      - {to: r, privileges: [EXECUTE]}"},
			f + `:8:29: model "Goal": grant "r": privileges: "EXECUTE" is not a privilege of a table; expected ALL or one of SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER`},
		{"column privilege a column cannot have", []string{"    grants:", "      - {to: r, privileges: [DELETE], columns: [id]}"},
			f + `:8:29: model "Goal": grant "r": privileges: "DELETE" is not a privilege of a column; expected ALL or one of SELECT, INSERT, UPDATE, REFERENCES`},
		{"unknown column", []string{"    grants:", "      - {to: r, privileges: [SELECT], columns: [nope]}"},
			f + `:8:49: model "Goal": grant "r": unknown column "nope"`},
		{"grant option to public", []string{"    grants:", "      - {to: PUBLIC, privileges: [SELECT], grant_option: true}"},
			f + `:8:14: model "Goal": grant "PUBLIC": grant options can only be granted to roles, not PUBLIC`},
		{"empty privileges", []string{"    grants:", "      - {to: r, privileges: []}"},
			f + `:8:29: model "Goal": grant "r": privileges: the list is empty`},
		{"grants not a list", []string{"    grants: everyone"},
			f + `:7:13: model "Goal": grants: expected a list, found a string`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(withHead(tc.lines...)), f)
			require.Error(t, err)
			require.Equal(t, tc.want, strings.SplitN(err.Error(), "\n", 2)[0])
		})
	}
}
