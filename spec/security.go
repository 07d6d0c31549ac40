package spec

import (
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// The row_security block of a model (model.AreaPolicies):
//
//	row_security:
//	  enabled: true               # ENABLE ROW LEVEL SECURITY (default false)
//	  forced: true                # FORCE ROW LEVEL SECURITY (default false)
//	  policies:
//	    - name: tenant_isolation  # required, unique per table
//	      as: restrictive         # permissive (default) or restrictive
//	      command: select         # all (default), select, insert, update, delete
//	      roles: [app_reader]     # default [PUBLIC]; CURRENT_USER is the role running the scripts
//	      using: "tenant_id = current_setting('app.tenant')::uuid"
//	      with_check: "..."
//
// A spec in which any model has the block describes row-level security
// for every model: a model without it has RLS off and no policies.

// policyCommandNames are the commands a policy can be for.
var policyCommandNames = []string{"ALL", "SELECT", "INSERT", "UPDATE", "DELETE"}

// rowSecurity reads a model's row_security block onto its table and marks
// the spec as describing policies.
func (b *builder) rowSecurity(tb *table, n *yaml.Node) {
	describe(b.s, model.AreaPolicies)
	ctx := tb.ctx + ": row_security"
	f := b.mapping(n, ctx, "enabled", "forced", "policies")
	if f == nil {
		return
	}
	rs := &tb.t.RowSecurity
	rs.Pos = b.pos(f.node)
	if v := f.get("enabled"); v != nil {
		rs.Enabled, _ = b.boolean(v, ctx, "enabled")
	}
	if v := f.get("forced"); v != nil {
		rs.Forced, _ = b.boolean(v, ctx, "forced")
	}
	v := f.get("policies")
	if v == nil {
		return
	}
	items, ok := b.list(v, ctx, "policies")
	if !ok {
		return
	}
	for i, it := range items {
		if p := b.policy(tb, ctx, i+1, it); p != nil {
			rs.Policies = append(rs.Policies, p)
		}
	}
}

// policy reads one policy; nil when it cannot be used.
func (b *builder) policy(tb *table, parent string, number int, n *yaml.Node) *model.Policy {
	f := b.object(n, nameLabel(parent+": ", "policy", number), "name",
		"name", "as", "command", "roles", "using", "with_check")
	if f == nil {
		return nil
	}
	ctx := f.ctx
	nameN := b.require(f, "name")
	if nameN == nil {
		return nil
	}
	name, ok := b.name(nameN, ctx, "name")
	if !ok {
		return nil
	}
	if _, dup := tb.t.RowSecurity.Policy(name); dup {
		b.errorf(nameN, ctx, "policy %q is listed twice for table %q", name, tb.t.QName())
		return nil
	}
	p := &model.Policy{Name: name, Command: "ALL", Pos: b.pos(f.node)}
	if v := f.get("as"); v != nil {
		if s, ok := b.text(v, ctx, "as"); ok {
			switch strings.ToLower(s) {
			case "permissive":
			case "restrictive":
				p.Restrictive = true
			default:
				b.errorf(v, ctx, "as: %q is not permissive or restrictive", s)
			}
		}
	}
	if v := f.get("command"); v != nil {
		if s, ok := b.text(v, ctx, "command"); ok {
			if c := strings.ToUpper(s); slices.Contains(policyCommandNames, c) {
				p.Command = c
			} else {
				b.errorf(v, ctx, "command: %q is not all, select, insert, update or delete", s)
			}
		}
	}
	p.SetRoles([]string{model.PolicyPublic})
	if v := f.get("roles"); v != nil {
		if roles, _, ok := b.names(v, ctx, "roles"); ok {
			p.SetRoles(specRoles(roles))
		}
	}
	p.Using = b.policyExpr(tb, f, ctx, "using", &p.Using)
	p.Check = b.policyExpr(tb, f, ctx, "with_check", &p.Check)
	switch {
	case p.Check != "" && (p.Command == "SELECT" || p.Command == "DELETE"):
		b.errorf(f.get("with_check"), ctx, "with_check: a %s policy cannot have one (PostgreSQL rejects it)", strings.ToLower(p.Command))
	case p.Using != "" && p.Command == "INSERT":
		b.errorf(f.get("using"), ctx, "using: an insert policy cannot have one, only with_check (PostgreSQL rejects it)")
	}
	return p
}

// specRoles maps the spec's role names to the model's: PUBLIC and
// CURRENT_USER (any case) are the keywords, everything else a role.
func specRoles(roles []string) []string {
	out := make([]string, len(roles))
	for i, r := range roles {
		switch strings.ToUpper(r) {
		case "PUBLIC":
			out[i] = model.PolicyPublic
		case "CURRENT_USER", "CURRENT_ROLE", "SESSION_USER":
			out[i] = model.PolicyCurrentRole
		default:
			out[i] = r
		}
	}
	return out
}

// policyExpr reads and normalizes the expression under key, "" when absent.
func (b *builder) policyExpr(tb *table, f *fields, ctx, key string, out *string) string {
	v := f.get(key)
	if v == nil {
		return ""
	}
	s, ok := b.text(v, ctx, key)
	if !ok {
		return ""
	}
	e, err := normalize.TableExpr(s, tb.t.Schema, tb.t.Name, nil)
	if err != nil {
		b.errorf(v, ctx, "%s: %v", key, err)
		return ""
	}
	b.policyExprs = append(b.policyExprs, pendingExpr{tb: tb, raw: s, node: v, ctx: ctx, key: key, out: out})
	return e
}

// pendingExpr is a policy expression normalized again once every model is
// known, since its subqueries may name tables further down the file.
type pendingExpr struct {
	tb       *table
	raw      string
	node     *yaml.Node
	ctx, key string
	out      *string
}

// finishPolicies resolves the subqueries of the policy expressions
// against the models, as the server resolves them against the tables.
func (b *builder) finishPolicies() {
	cols := func(schema, name string) ([]string, bool) {
		for _, s := range []string{schema, b.schema, "public"} {
			if tb, ok := b.tables[model.QName{Schema: s, Name: name}]; ok && s != "" {
				return tb.t.ColumnNames(), true
			}
		}
		return nil, false
	}
	for _, pe := range b.policyExprs {
		e, err := normalize.TableExpr(pe.raw, pe.tb.t.Schema, pe.tb.t.Name, cols)
		if err != nil {
			b.errorf(pe.node, pe.ctx, "%s: %v", pe.key, err)
			continue
		}
		*pe.out = e
	}
}

// describe removes area from the schema's Omits.
func describe(s *model.Schema, a model.Area) {
	s.Omits = slices.DeleteFunc(s.Omits, func(o model.Area) bool { return o == a })
}

// marshalRowSecurity writes a table's row_security block, nil when the
// table has RLS off and no policies.
func marshalRowSecurity(a *arena, t *model.Table) *yaml.Node {
	rs := t.RowSecurity
	if !rs.Enabled && !rs.Forced && len(rs.Policies) == 0 {
		return nil
	}
	m := a.mapping()
	if rs.Enabled {
		add(m, "enabled", a.scalar("true"))
	}
	if rs.Forced {
		add(m, "forced", a.scalar("true"))
	}
	if len(rs.Policies) == 0 {
		return m
	}
	list := a.node(yaml.SequenceNode)
	for _, p := range rs.Policies {
		pm := a.mapping()
		add(pm, "name", a.scalar(p.Name))
		if p.Restrictive {
			add(pm, "as", a.scalar("restrictive"))
		}
		if p.Command != "" && p.Command != "ALL" {
			add(pm, "command", a.scalar(strings.ToLower(p.Command)))
		}
		if !slices.Equal(p.Roles, []string{model.PolicyPublic}) {
			add(pm, "roles", a.flowList(exportRoles(p.Roles)))
		}
		if p.Using != "" {
			add(pm, "using", a.scalar(p.Using))
		}
		if p.Check != "" {
			add(pm, "with_check", a.scalar(p.Check))
		}
		list.Content = append(list.Content, pm)
	}
	add(m, "policies", list)
	return m
}

func exportRoles(roles []string) []string {
	out := make([]string, len(roles))
	for i, r := range roles {
		switch r {
		case model.PolicyPublic:
			out[i] = "PUBLIC"
		case model.PolicyCurrentRole:
			out[i] = "CURRENT_USER"
		default:
			out[i] = r
		}
	}
	return out
}
