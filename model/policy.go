package model

import (
	"sort"
	"strings"
)

// RowSecurity is what ALTER TABLE ... ENABLE / FORCE ROW LEVEL SECURITY and
// CREATE POLICY say about one table (pg_class.relrowsecurity,
// relforcerowsecurity and pg_policy).
type RowSecurity struct {
	// Enabled mirrors ENABLE ROW LEVEL SECURITY: without it, policies
	// exist but are not applied.
	Enabled bool
	// Forced mirrors FORCE ROW LEVEL SECURITY: the table's owner is
	// subject to the policies too.
	Forced bool
	// Policies are the table's policies in creation order.
	Policies []*Policy
	// Pos locates the statement or spec block that last set Enabled or
	// Forced, when known.
	Pos Pos
}

// Policy is one row-level security policy. Its name is unique per table.
type Policy struct {
	Name string
	// Command is "ALL", "SELECT", "INSERT", "UPDATE" or "DELETE".
	Command string
	// Restrictive marks AS RESTRICTIVE; policies are permissive by default.
	Restrictive bool
	// Roles are the roles the policy applies to, sorted; "public" stands
	// for PUBLIC (every role), as pg_policy stores it as role 0.
	Roles []string
	// Using and Check are the normalized USING and WITH CHECK
	// expressions, empty when absent.
	Using string
	Check string
	Pos   Pos
}

// ColumnNames returns the names of the table's columns in order.
func (t *Table) ColumnNames() []string {
	out := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		out[i] = c.Name
	}
	return out
}

// PolicyPublic is the role name that stands for PUBLIC in Policy.Roles.
const PolicyPublic = "public"

// PolicyCurrentRole stands in Policy.Roles for CURRENT_USER, CURRENT_ROLE
// or SESSION_USER in a script: the role that ran it, which the script does
// not name. The catalog stores the role itself, so a comparison pairs the
// marker with any one role the other side lists.
const PolicyCurrentRole = "current_user()"

// Policy looks up a policy by name.
func (rs *RowSecurity) Policy(name string) (*Policy, bool) {
	for _, p := range rs.Policies {
		if p.Name == name {
			return p, true
		}
	}
	return nil, false
}

// RemovePolicy deletes the named policy and reports whether it existed.
func (rs *RowSecurity) RemovePolicy(name string) bool {
	for i, p := range rs.Policies {
		if p.Name == name {
			rs.Policies = append(rs.Policies[:i], rs.Policies[i+1:]...)
			return true
		}
	}
	return false
}

// SetRoles stores roles as a sorted set, so that the order a script or
// the catalog lists them in never matters. PUBLIC among other roles is
// PUBLIC alone, as PostgreSQL stores it ("ignoring specified roles other
// than PUBLIC").
func (p *Policy) SetRoles(roles []string) {
	for _, r := range roles {
		if r == PolicyPublic {
			p.Roles = []string{PolicyPublic}
			return
		}
	}
	set := map[string]bool{}
	out := []string{}
	for _, r := range roles {
		if !set[r] {
			set[r] = true
			out = append(out, r)
		}
	}
	sort.Strings(out)
	p.Roles = out
}

// Kind renders the policy's mode and command, e.g. "PERMISSIVE FOR SELECT".
func (p *Policy) Kind() string {
	mode := "PERMISSIVE"
	if p.Restrictive {
		mode = "RESTRICTIVE"
	}
	return mode + " FOR " + p.command()
}

func (p *Policy) command() string {
	if p.Command == "" {
		return "ALL"
	}
	return p.Command
}

// RoleList renders the roles as CREATE POLICY's TO clause lists them.
func (p *Policy) RoleList() string {
	if len(p.Roles) == 0 {
		return "PUBLIC"
	}
	q := make([]string, len(p.Roles))
	for i, r := range p.Roles {
		switch r {
		case PolicyPublic:
			q[i] = "PUBLIC"
		case PolicyCurrentRole:
			q[i] = "CURRENT_USER"
		default:
			q[i] = QuoteIdent(r)
		}
	}
	return strings.Join(q, ", ")
}

// Definition renders the policy without its name and table, the form
// findings show and the plan writes after CREATE POLICY name ON table.
func (p *Policy) Definition() string {
	var b strings.Builder
	b.WriteString("AS " + p.Kind() + " TO " + p.RoleList())
	if p.Using != "" {
		b.WriteString(" USING (" + p.Using + ")")
	}
	if p.Check != "" {
		b.WriteString(" WITH CHECK (" + p.Check + ")")
	}
	return b.String()
}
