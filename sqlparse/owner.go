package sqlparse

import (
	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// roleName is the role an OWNER TO or AUTHORIZATION names; ok is false for
// CURRENT_USER and the like, whose name the scripts do not say.
func roleName(rs *pg_query.RoleSpec) (string, bool) {
	if rs == nil || rs.Roletype != pg_query.RoleSpecType_ROLESPEC_CSTRING {
		return "", false
	}
	return ident(rs.Rolename), true
}

func (r *replayer) setOwner(t privTarget, role string, pos model.Pos) {
	r.privileges().owners[t] = &model.Owner{Role: role, Pos: pos}
}

// alterTableOwner records ALTER TABLE / VIEW / SEQUENCE ... OWNER TO.
func (r *replayer) alterTableOwner(c *stmtCtx, st *pg_query.AlterTableStmt) {
	for _, n := range st.Cmds {
		cmd := n.GetAlterTableCmd()
		if cmd == nil || cmd.Subtype != pg_query.AlterTableType_AT_ChangeOwner {
			continue
		}
		role, ok := roleName(cmd.Newowner)
		if !ok {
			continue
		}
		// A relation the replay does not know (a foreign table, say) has
		// no privileges in the model either; ALTER TABLE itself reports a
		// missing table.
		if rel, _ := r.lookupRel(st.Relation.GetSchemaname(), st.Relation.GetRelname()); rel != nil {
			r.setOwner(privTarget{rel: rel}, role, c.stmtPos())
		}
	}
}

// alterOwner records ALTER FUNCTION / PROCEDURE / ROUTINE / SCHEMA ... OWNER TO.
func (r *replayer) alterOwner(c *stmtCtx, st *pg_query.AlterOwnerStmt) {
	role, ok := roleName(st.Newowner)
	if !ok {
		return
	}
	switch kind, _ := grantKind(st.ObjectType); kind {
	case model.ObjSchema:
		o := model.Object{Kind: model.ObjSchema, Name: ident(st.Object.GetString_().GetSval())}
		r.setOwner(privTarget{obj: o}, role, c.stmtPos())
	case model.ObjFunction:
		if o, ok := r.functionObject(st.Object.GetObjectWithArgs()); ok {
			r.setOwner(privTarget{obj: o}, role, c.stmtPos())
		}
	}
}

// schemaCreated starts a new schema's privileges afresh, since one of the
// name may have been dropped, and records CREATE SCHEMA ... AUTHORIZATION
// role. A public schema the scripts create (after dropping initdb's) has
// no USAGE for PUBLIC: that grant is initdb's, not a default.
func (r *replayer) schemaCreated(c *stmtCtx, name string, rs *pg_query.RoleSpec) {
	target := privTarget{obj: model.Object{Kind: model.ObjSchema, Name: name}}
	if r.privs != nil {
		for k := range r.privs.entries {
			if k.target == target {
				delete(r.privs.entries, k)
			}
		}
		delete(r.privs.owners, target)
	}
	if name == "public" {
		r.privileges().entries[privKey{target, model.Public, "USAGE"}] = &privEntry{revoked: true, pos: c.stmtPos()}
	}
	if role, ok := roleName(rs); ok {
		r.setOwner(target, role, c.stmtPos())
	}
}

// alterDefaultPrivileges records ALTER DEFAULT PRIVILEGES for the objects
// the loading user creates later. FOR ROLE names a role that may not be the
// one loading the scripts, so such a statement is not replayed.
func (r *replayer) alterDefaultPrivileges(c *stmtCtx, st *pg_query.AlterDefaultPrivilegesStmt) {
	pos := c.stmtPos()
	var schemas []string
	for _, o := range st.Options {
		d := o.GetDefElem()
		if d == nil {
			continue
		}
		switch d.Defname {
		case "roles":
			r.notReplayed(pos, "ALTER DEFAULT PRIVILEGES FOR ROLE", "the scripts do not say which role loads them")
			return
		case "schemas":
			for _, s := range d.GetArg().GetList().GetItems() {
				schemas = append(schemas, ident(s.GetString_().GetSval()))
			}
		}
	}
	a := st.Action
	kind, ok := grantKind(a.GetObjtype())
	if !ok || kind == model.ObjSchema {
		return
	}
	roles, ok := r.grantees(a.Grantees)
	if !ok {
		r.notReplayed(pos, "ALTER DEFAULT PRIVILEGES", sessionUser)
		return
	}
	if len(schemas) == 0 {
		schemas = []string{""}
	}
	ps := r.privileges()
	if len(ps.defaults) == 0 {
		// Objects that exist already are not affected.
		r.markSeen()
	} else {
		r.applyDefaults()
	}
	var privs []string
	for _, p := range grantPrivileges(a.Privileges, kind) {
		privs = append(privs, p.name)
	}
	for _, s := range schemas {
		ps.defaults = append(ps.defaults, defaultGrant{
			grant: a.IsGrant, schema: s, kind: kind, privs: privs, roles: roles, option: a.GrantOption, pos: pos,
		})
	}
}

// markSeen records every object that exists now as created before the
// default privileges that follow.
func (r *replayer) markSeen() {
	ps := r.privileges()
	for _, rel := range r.rels {
		ps.seenRels[rel] = true
	}
	for s, sigs := range ps.funcs {
		for _, sig := range sigs {
			ps.seenFuncs[s+"."+sig] = true
		}
	}
}

// applyDefaults gives the objects created since the last call the default
// privileges in effect. It runs before every GRANT, REVOKE and ALTER
// DEFAULT PRIVILEGES and at the end, so a later GRANT or REVOKE acts on
// what the defaults gave, as in PostgreSQL, where they apply at CREATE.
func (r *replayer) applyDefaults() {
	ps := r.privileges()
	if len(ps.defaults) == 0 {
		return
	}
	// Only the relations not seen yet are sorted: a GRANT after each of
	// thousands of tables would otherwise sort them all every time.
	fresh := map[model.QName]*relation{}
	for q, rel := range r.rels {
		if !ps.seenRels[rel] {
			fresh[q] = rel
		}
	}
	for _, q := range sortedRels(fresh) {
		rel := fresh[q]
		ps.seenRels[rel] = true
		if kind, ok := relPrivKind(rel); ok {
			t := grantTarget{target: privTarget{rel: rel}, kind: kind, name: q}
			r.applyDefaultsTo(t, q.Schema)
		}
	}
	for s, sigs := range ps.funcs {
		for _, sig := range sigs {
			if ps.seenFuncs[s+"."+sig] {
				continue
			}
			ps.seenFuncs[s+"."+sig] = true
			o := model.Object{Kind: model.ObjFunction, Schema: s, Name: sig}
			r.applyDefaultsTo(grantTarget{target: privTarget{obj: o}, kind: model.ObjFunction}, s)
		}
	}
}

func (r *replayer) applyDefaultsTo(t grantTarget, schema string) {
	ps := r.privileges()
	for _, d := range ps.defaults {
		if d.kind != t.kind || (d.schema != "" && d.schema != schema) {
			continue
		}
		for _, p := range d.privs {
			for _, g := range d.roles {
				ps.apply(t.target, t.object(""), g, p, d.grant, d.option, d.pos)
			}
		}
	}
}
