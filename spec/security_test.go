package spec

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// TestRowSecurity: the row_security block reads into the table's model,
// with defaults filled in and expressions normalized as the catalog's are.
func TestRowSecurity(t *testing.T) {
	s, err := Parse([]byte(withHead(
		"    row_security:",
		"      enabled: true",
		"      forced: true",
		"      policies:",
		"        - name: by_tenant",
		"          using: \"tenant_id = current_setting('app.tenant')::uuid\"",
		"        - name: readers",
		"          as: RESTRICTIVE",
		"          command: select",
		"          roles: [app_writer, app_reader, current_user]",
		"          using: status IN ('a', 'b')",
		"        - name: writes",
		"          command: insert",
		"          roles: [PUBLIC]",
		"          with_check: \"true\"",
	)), "spec.yaml")
	require.NoError(t, err)
	require.True(t, s.Describes(model.AreaPolicies))
	require.False(t, s.Describes(model.AreaPrivileges), "other areas stay omitted")
	g, ok := s.Table("public", "goals")
	require.True(t, ok)
	rs := g.RowSecurity
	require.True(t, rs.Enabled)
	require.True(t, rs.Forced)
	require.Len(t, rs.Policies, 3)
	require.Equal(t, "AS PERMISSIVE FOR ALL TO PUBLIC USING (tenant_id = current_setting('app.tenant')::uuid)", rs.Policies[0].Definition())
	require.Equal(t, []string{"app_reader", "app_writer", model.PolicyCurrentRole}, rs.Policies[1].Roles)
	require.Equal(t, "AS RESTRICTIVE FOR SELECT TO app_reader, app_writer, CURRENT_USER USING (status = ANY(ARRAY['a', 'b']))", rs.Policies[1].Definition())
	require.Equal(t, "INSERT", rs.Policies[2].Command)
	require.Equal(t, "true", rs.Policies[2].Check)
}

// TestRowSecurityOmitted: a spec that never says row_security does not
// describe policies, so a live database's policies are not drift against it.
func TestRowSecurityOmitted(t *testing.T) {
	s, err := Parse([]byte(withHead()), "spec.yaml")
	require.NoError(t, err)
	require.False(t, s.Describes(model.AreaPolicies))
}

func TestRowSecurityErrors(t *testing.T) {
	const f = "spec/models.yaml"
	for _, tc := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"not a mapping", []string{"    row_security: true"},
			f + ":7:19: model \"Goal\": row_security: expected a mapping, found a boolean"},
		{"unknown key", []string{"    row_security: {enable: true}"},
			f + ":7:20: model \"Goal\": row_security: unknown key \"enable\"; expected one of enabled, forced, policies"},
		{"enabled not a bool", []string{"    row_security: {enabled: yes please}"},
			f + ":7:29: model \"Goal\": row_security: enabled: expected true or false, found a string"},
		{"policy without a name", []string{"    row_security: {policies: [{using: 'true'}]}"},
			f + ":7:31: model \"Goal\": row_security: policy #1: missing required key \"name\""},
		{"policy twice", []string{"    row_security: {policies: [{name: p}, {name: p}]}"},
			f + ":7:49: model \"Goal\": row_security: policy \"p\": policy \"p\" is listed twice for table \"goals\""},
		{"bad mode", []string{"    row_security: {policies: [{name: p, as: lenient}]}"},
			f + ":7:45: model \"Goal\": row_security: policy \"p\": as: \"lenient\" is not permissive or restrictive"},
		{"bad command", []string{"    row_security: {policies: [{name: p, command: upsert}]}"},
			f + ":7:50: model \"Goal\": row_security: policy \"p\": command: \"upsert\" is not all, select, insert, update or delete"},
		{"bad expression", []string{"    row_security: {policies: [{name: p, using: 'a ='}]}"},
			f + ":7:48: model \"Goal\": row_security: policy \"p\": using: expression \"a =\": syntax error at end of input"},
		{"check on select", []string{"    row_security: {policies: [{name: p, command: select, with_check: 'true'}]}"},
			f + ":7:70: model \"Goal\": row_security: policy \"p\": with_check: a select policy cannot have one (PostgreSQL rejects it)"},
		{"using on insert", []string{"    row_security: {policies: [{name: p, command: insert, using: 'true'}]}"},
			f + ":7:65: model \"Goal\": row_security: policy \"p\": using: an insert policy cannot have one, only with_check (PostgreSQL rejects it)"},
		{"roles empty", []string{"    row_security: {policies: [{name: p, roles: []}]}"},
			f + ":7:48: model \"Goal\": row_security: policy \"p\": roles: the list is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(withHead(tc.lines...)), f)
			require.Error(t, err)
			require.Equal(t, tc.want, err.Error())
		})
	}
}

// TestRowSecurityMarshal: an imported schema's row security is written
// with only what differs from the defaults, and reads back the same.
func TestRowSecurityMarshal(t *testing.T) {
	s := model.NewSchema(model.SourceDB)
	tb := &model.Table{Schema: "public", Name: "doc", Columns: []*model.Column{{Name: "id", Type: model.Type{Name: "integer"}}}}
	tb.RowSecurity.Enabled = true
	p := &model.Policy{Name: "p", Command: "SELECT", Restrictive: true, Using: "id > 0"}
	p.SetRoles([]string{"app_reader"})
	tb.RowSecurity.Policies = []*model.Policy{p, {Name: "q", Command: "ALL", Roles: []string{model.PolicyPublic}}}
	s.AddTable(tb)
	data, _, err := Marshal(s)
	require.NoError(t, err)
	require.Contains(t, string(data), `
    row_security:
      enabled: true
      policies:
        - name: p
          as: restrictive
          command: select
          roles: [app_reader]
          using: id > 0
        - name: q
`)
	back, err := Parse(data, "spec.yaml")
	require.NoError(t, err)
	bt, ok := back.Table("public", "doc")
	require.True(t, ok)
	require.Equal(t, p.Definition(), bt.RowSecurity.Policies[0].Definition())
	require.Equal(t, "AS PERMISSIVE FOR ALL TO PUBLIC", bt.RowSecurity.Policies[1].Definition())
}
