package spec

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/model"
)

// This file reads and writes a model's owner: and grants:, the spec's part
// of model.AreaPrivileges:
//
//	owner: app_admin                 # the table's owner
//	grants:                          # privileges beyond the owner's
//	  - to: app_reader               # a role, or PUBLIC; required
//	    privileges: [SELECT, UPDATE] # required; ALL for all of them
//	    columns: [email]             # column privileges instead of the table's
//	    grant_option: true           # WITH GRANT OPTION
//
// A spec that says either for any model describes the privileges of every
// model's table (a model without grants: grants nothing), and of tables
// only: the privileges of sequences, functions and schemas are not compared.

// privilegesOf reads a model's owner: and grants:.
func (b *builder) privilegesOf(tb *table, f *fields) {
	ownerN, grantsN := f.get("owner"), f.get("grants")
	if ownerN == nil && grantsN == nil {
		return
	}
	b.describePrivileges()
	obj := model.Object{Kind: model.ObjTable, Schema: tb.t.Schema, Name: tb.t.Name}
	if ownerN != nil {
		if role, ok := b.name(ownerN, tb.ctx, "owner"); ok {
			b.s.Owners = append(b.s.Owners, &model.Owner{Object: obj, Role: role, Pos: b.pos(ownerN)})
		}
	}
	if grantsN == nil {
		return
	}
	items, ok := b.list(grantsN, tb.ctx, "grants")
	if !ok {
		return
	}
	for i, it := range items {
		b.grant(tb, obj, i+1, it)
	}
	model.SortPrivileges(b.s.Privileges)
}

// describePrivileges stops omitting AreaPrivileges, for tables.
func (b *builder) describePrivileges() {
	b.s.Omits = slices.DeleteFunc(b.s.Omits, func(a model.Area) bool { return a == model.AreaPrivileges })
	b.s.PrivilegeKinds = []model.ObjectKind{model.ObjTable, model.ObjColumn}
}

func (b *builder) grant(tb *table, obj model.Object, number int, n *yaml.Node) {
	f := b.object(n, nameLabel(tb.ctx+": ", "grant", number), "to", "to", "privileges", "columns", "grant_option")
	if f == nil {
		return
	}
	ctx := f.ctx
	toN := b.require(f, "to")
	privN := b.require(f, "privileges")
	if toN == nil || privN == nil {
		return
	}
	grantee, ok := b.name(toN, ctx, "to")
	if !ok {
		return
	}
	if strings.EqualFold(grantee, model.Public) {
		grantee = model.Public
	}
	var cols []string
	if v := f.get("columns"); v != nil {
		if cols, ok = b.columnsOf(tb, v, ctx, "columns"); !ok {
			return
		}
	}
	option := false
	if v := f.get("grant_option"); v != nil {
		if option, ok = b.boolean(v, ctx, "grant_option"); !ok {
			return
		}
	}
	if option && grantee == model.Public {
		b.errorf(toN, ctx, "grant options can only be granted to roles, not PUBLIC")
		return
	}
	kind := model.ObjTable
	if len(cols) > 0 {
		kind = model.ObjColumn
	}
	privs, ok := b.privilegeNames(privN, ctx, kind)
	if !ok {
		return
	}
	targets := []model.Object{obj}
	if len(cols) > 0 {
		targets = nil
		for _, c := range cols {
			targets = append(targets, model.Object{Kind: model.ObjColumn, Schema: obj.Schema, Name: obj.Name, Column: c})
		}
	}
	for _, o := range targets {
		for _, p := range privs {
			b.s.Privileges = append(b.s.Privileges, &model.Privilege{
				Object: o, Grantee: grantee, Privilege: p, Grantable: option, Pos: b.pos(f.node),
			})
		}
	}
}

// privilegeNames reads a privileges: list: names PostgreSQL accepts for
// the kind of object, in any case, or ALL.
func (b *builder) privilegeNames(n *yaml.Node, ctx string, kind model.ObjectKind) ([]string, bool) {
	names, ok := b.texts(n, ctx, "privileges")
	if !ok {
		return nil, false
	}
	if len(names) == 0 {
		b.errorf(n, ctx, "privileges: the list is empty")
		return nil, false
	}
	allowed := model.AllPrivileges(kind)
	var out []string
	for _, name := range names {
		p := strings.ToUpper(strings.TrimSpace(name))
		switch {
		case p == "ALL" || p == "ALL PRIVILEGES":
			out = append(out, allowed...)
		case slices.Contains(allowed, p):
			out = append(out, p)
		default:
			b.errorf(n, ctx, "privileges: %q is not a privilege of a %s; expected ALL or one of %s", name, kind, strings.Join(allowed, ", "))
			ok = false
		}
	}
	return out, ok
}

// marshalPrivileges writes a table's owner: and grants: into its model m.
// owner is "" when the owner goes unsaid (see importedOwners).
func marshalPrivileges(a *arena, m *yaml.Node, owner string, privs []*model.Privilege) {
	if owner != "" {
		add(m, "owner", a.scalar(owner))
	}
	type group struct {
		grantee string
		cols    string
		option  bool
	}
	byGroup := map[group][]string{}
	colsOf := map[group][]string{}
	var order []group
	perCol := map[[3]string][]string{} // grantee, privilege, option → columns
	for _, p := range privs {
		if p.Revoked {
			continue
		}
		if p.Object.Kind == model.ObjColumn {
			k := [3]string{p.Grantee, p.Privilege, fmt.Sprint(p.Grantable)}
			perCol[k] = append(perCol[k], p.Object.Column)
			continue
		}
		g := group{grantee: p.Grantee, option: p.Grantable}
		if _, seen := byGroup[g]; !seen {
			order = append(order, g)
		}
		byGroup[g] = append(byGroup[g], p.Privilege)
	}
	for k, cols := range perCol {
		sort.Strings(cols)
		g := group{grantee: k[0], cols: strings.Join(cols, ","), option: k[2] == "true"}
		if _, seen := byGroup[g]; !seen {
			order = append(order, g)
			colsOf[g] = cols
		}
		byGroup[g] = append(byGroup[g], k[1])
	}
	if len(order) == 0 {
		return
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.grantee != b.grantee {
			return a.grantee < b.grantee
		}
		if a.cols != b.cols {
			return a.cols < b.cols
		}
		return !a.option && b.option
	})
	list := &yaml.Node{Kind: yaml.SequenceNode}
	for _, g := range order {
		e := a.mapping()
		add(e, "to", a.scalar(g.grantee))
		ps := byGroup[g]
		sort.Strings(ps)
		add(e, "privileges", a.flowList(ps))
		if g.cols != "" {
			add(e, "columns", a.flowList(colsOf[g]))
		}
		if g.option {
			add(e, "grant_option", a.scalar("true"))
		}
		list.Content = append(list.Content, e)
	}
	add(m, "grants", list)
}

// importedPrivileges groups a schema's table and column privileges by
// table, and picks the owners worth writing: a live database knows every
// owner, but the one most tables share is whoever loaded the schema, and
// writing it would hold every script that never says OWNER TO to it.
func importedPrivileges(s *model.Schema) (map[model.QName][]*model.Privilege, map[model.QName]string) {
	privs := map[model.QName][]*model.Privilege{}
	for _, p := range s.Privileges {
		if p.Object.Kind == model.ObjTable || p.Object.Kind == model.ObjColumn {
			q := model.QName{Schema: p.Object.Schema, Name: p.Object.Name}
			privs[q] = append(privs[q], p)
		}
	}
	count := map[string]int{}
	for _, o := range s.Owners {
		if o.Object.Kind == model.ObjTable {
			count[o.Role]++
		}
	}
	common := ""
	if s.Source == model.SourceDB {
		for role, n := range count {
			if n > count[common] || (n == count[common] && role < common) {
				common = role
			}
		}
	}
	owners := map[model.QName]string{}
	for _, o := range s.Owners {
		if o.Object.Kind == model.ObjTable && o.Role != common {
			owners[model.QName{Schema: o.Object.Schema, Name: o.Object.Name}] = o.Role
		}
	}
	return privs, owners
}
