package sqlparse

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// privTarget is what a GRANT names, held so that it follows the object
// through renames and disappears with it: a relation by its entry in the
// relation namespace, a table column by its model column, and functions,
// schemas and a view's columns by name.
type privTarget struct {
	rel *relation
	col *model.Column
	// colName is a column of a relation whose columns the model does not hold.
	colName string
	// obj names a function or schema; for relations it is left empty.
	obj model.Object
}

type privKey struct {
	target         privTarget
	grantee, privi string
}

type privEntry struct {
	grantable, revoked bool
	pos                model.Pos
}

// defaultGrant is an ALTER DEFAULT PRIVILEGES GRANT or REVOKE, waiting for
// the objects created after it.
type defaultGrant struct {
	grant  bool
	schema string // "" for every schema
	kind   model.ObjectKind
	privs  []string
	roles  []string
	option bool
	pos    model.Pos
}

// privState is the replay's record of GRANT, REVOKE and OWNER TO.
type privState struct {
	entries map[privKey]*privEntry
	owners  map[privTarget]*model.Owner
	// funcs lists the functions and procedures created, by schema, as
	// their call signatures, for ALL FUNCTIONS IN SCHEMA and for a GRANT
	// naming a function without its arguments.
	funcs map[string][]string
	// defaults are the ALTER DEFAULT PRIVILEGES in effect, and seen the
	// objects that existed when they were last applied (see applyDefaults).
	defaults  []defaultGrant
	seenRels  map[*relation]bool
	seenFuncs map[string]bool
}

func (r *replayer) privileges() *privState {
	if r.privs == nil {
		r.privs = &privState{
			entries: map[privKey]*privEntry{}, owners: map[privTarget]*model.Owner{},
			funcs: map[string][]string{}, seenRels: map[*relation]bool{}, seenFuncs: map[string]bool{},
		}
	}
	return r.privs
}

// grant replays GRANT and REVOKE on tables, columns, sequences, functions
// and schemas. Privileges on other objects (databases, types, languages)
// are outside the model and pass silently, as COMMENT does.
func (r *replayer) grant(c *stmtCtx, st *pg_query.GrantStmt) error {
	kind, ok := grantKind(st.Objtype)
	if !ok {
		return nil
	}
	ps := r.privileges()
	pos := c.stmtPos()
	if st.Targtype == pg_query.GrantTargetType_ACL_TARGET_DEFAULTS {
		return nil // inside ALTER DEFAULT PRIVILEGES, handled there
	}
	r.applyDefaults()
	grantees, ok := r.grantees(st.Grantees)
	if !ok {
		r.notReplayed(pos, grantWord(st.IsGrant), sessionUser)
		return nil
	}
	targets, err := r.grantTargets(c, st, kind)
	if err != nil || len(targets) == 0 {
		return err
	}
	for _, t := range targets {
		for _, priv := range grantPrivileges(st.Privileges, t.kind) {
			for _, col := range priv.cols {
				tg := t.target
				if col != "" {
					tg = r.columnTarget(t.target, col)
				}
				for _, g := range grantees {
					ps.apply(tg, t.object(col), g, priv.name, st.IsGrant, st.GrantOption, pos)
				}
			}
		}
	}
	return nil
}

// sessionUser is why a statement naming CURRENT_USER is not replayed.
const sessionUser = "a role is CURRENT_USER or SESSION_USER, whose name the scripts do not say"

// notReplayed warns that a privilege statement was passed over, and why.
func (r *replayer) notReplayed(pos model.Pos, stmt, why string) {
	r.warn(pos, "%s not replayed: %s", stmt, why)
}

func grantWord(isGrant bool) string {
	if isGrant {
		return "GRANT"
	}
	return "REVOKE"
}

// apply records one GRANT (or REVOKE) of privilege p on target to grantee.
// o is the object's current name, to recognise PostgreSQL's defaults.
func (ps *privState) apply(target privTarget, o model.Object, grantee, p string, isGrant, option bool, pos model.Pos) {
	k := privKey{target, grantee, p}
	def := grantee == model.Public && slices.Contains(model.DefaultPrivileges(o), p)
	e := ps.entries[k]
	switch {
	case isGrant && def:
		// PUBLIC's default privilege is back; granting it again changes nothing.
		if e != nil && e.revoked {
			delete(ps.entries, k)
		}
	case isGrant && e != nil:
		e.grantable = e.grantable || option
	case isGrant:
		ps.entries[k] = &privEntry{grantable: option, pos: pos}
	case option:
		// REVOKE GRANT OPTION FOR keeps the privilege.
		if e != nil {
			e.grantable = false
		}
	case def:
		ps.entries[k] = &privEntry{revoked: true, pos: pos}
	default:
		delete(ps.entries, k)
		if target.rel != nil && target.col == nil && target.colName == "" {
			// Revoking a table privilege revokes it on every column too.
			for ck := range ps.entries {
				if ck.target.rel == target.rel && (ck.target.col != nil || ck.target.colName != "") &&
					ck.grantee == grantee && ck.privi == p {
					delete(ps.entries, ck)
				}
			}
		}
	}
}

// grantKind maps a GRANT's object type to the model's.
func grantKind(t pg_query.ObjectType) (model.ObjectKind, bool) {
	switch t {
	case pg_query.ObjectType_OBJECT_TABLE:
		return model.ObjTable, true
	case pg_query.ObjectType_OBJECT_SEQUENCE:
		return model.ObjSequence, true
	case pg_query.ObjectType_OBJECT_FUNCTION, pg_query.ObjectType_OBJECT_PROCEDURE, pg_query.ObjectType_OBJECT_ROUTINE:
		return model.ObjFunction, true
	case pg_query.ObjectType_OBJECT_SCHEMA:
		return model.ObjSchema, true
	}
	return "", false
}

// grantees resolves the roles of a GRANT; ok is false when one is named
// by a keyword standing for the session's user, which the scripts never name.
func (r *replayer) grantees(nodes []*pg_query.Node) ([]string, bool) {
	return roleNames(nodes, model.Public, "")
}

// roleNames turns role specs into names: public for PUBLIC, session for
// CURRENT_USER and the like (the scripts never say who runs them); an
// empty session makes such a role fail the whole list (ok false).
func roleNames(nodes []*pg_query.Node, public, session string) (out []string, ok bool) {
	for _, n := range nodes {
		rs := n.GetRoleSpec()
		if rs == nil {
			continue
		}
		switch rs.Roletype {
		case pg_query.RoleSpecType_ROLESPEC_PUBLIC:
			out = append(out, public)
		case pg_query.RoleSpecType_ROLESPEC_CSTRING:
			out = append(out, ident(rs.Rolename))
		default:
			if session == "" {
				return nil, false
			}
			out = append(out, session)
		}
	}
	return out, true
}

// grantTarget is one object a GRANT names, with its kind.
type grantTarget struct {
	target privTarget
	kind   model.ObjectKind
	name   model.QName // a relation's name when the statement ran
}

// object names the target (or its column col) as the model does, for
// recognising defaults; only the kind and a schema's or function's name matter.
func (t grantTarget) object(col string) model.Object {
	if t.target.rel == nil {
		return t.target.obj
	}
	o := model.Object{Kind: t.kind, Schema: t.name.Schema, Name: t.name.Name}
	if col != "" {
		o.Kind, o.Column = model.ObjColumn, col
	}
	return o
}

// grantTargets resolves the objects of a GRANT, ALL ... IN SCHEMA included.
func (r *replayer) grantTargets(c *stmtCtx, st *pg_query.GrantStmt, kind model.ObjectKind) ([]grantTarget, error) {
	if st.Targtype == pg_query.GrantTargetType_ACL_TARGET_ALL_IN_SCHEMA {
		var out []grantTarget
		for _, n := range st.Objects {
			out = append(out, r.allInSchema(ident(n.GetString_().GetSval()), kind)...)
		}
		return out, nil
	}
	var out []grantTarget
	for _, n := range st.Objects {
		switch kind {
		case model.ObjSchema:
			o := model.Object{Kind: model.ObjSchema, Name: ident(n.GetString_().GetSval())}
			out = append(out, grantTarget{target: privTarget{obj: o}, kind: kind})
		case model.ObjFunction:
			o, ok := r.functionObject(n.GetObjectWithArgs())
			if !ok {
				r.notReplayed(c.stmtPos(), grantWord(st.IsGrant), fmt.Sprintf("function %s is not one the scripts created, so its arguments are not known",
					strings.Join(stringList(n.GetObjectWithArgs().GetObjname()), ".")))
				continue
			}
			out = append(out, grantTarget{target: privTarget{obj: o}, kind: kind})
		default:
			rv := n.GetRangeVar()
			rel, q := r.lookupRel(rv.GetSchemaname(), rv.GetRelname())
			if rel == nil {
				// Not fatal, unlike in PostgreSQL: the relation may come from
				// what the replay does not follow (a foreign table, an EXECUTE).
				r.notReplayed(c.pos(rv.GetLocation()), grantWord(st.IsGrant),
					fmt.Sprintf("relation %q is not one the scripts created", displayName(q)))
				continue
			}
			k := kind
			if rel.kind == relSequence {
				k = model.ObjSequence
			}
			out = append(out, grantTarget{target: privTarget{rel: rel}, kind: k, name: q})
		}
	}
	return out, nil
}

// allInSchema lists the objects of ALL TABLES / SEQUENCES / FUNCTIONS IN
// SCHEMA as they exist when the statement runs. ALL TABLES takes views
// and partitions as well, as PostgreSQL does.
func (r *replayer) allInSchema(schema string, kind model.ObjectKind) []grantTarget {
	var out []grantTarget
	if kind == model.ObjFunction {
		for _, sig := range r.privileges().funcs[schema] {
			o := model.Object{Kind: model.ObjFunction, Schema: schema, Name: sig}
			out = append(out, grantTarget{target: privTarget{obj: o}, kind: kind})
		}
		return out
	}
	for q, rel := range r.rels {
		if q.Schema != schema {
			continue
		}
		if k, ok := relPrivKind(rel); ok && k == kind {
			out = append(out, grantTarget{target: privTarget{rel: rel}, kind: k, name: q})
		}
	}
	return out
}

// relPrivKind is the kind of object a relation is for privileges; indexes
// carry none.
func relPrivKind(rel *relation) (model.ObjectKind, bool) {
	switch rel.kind {
	case relTable, relView:
		return model.ObjTable, true
	case relSequence:
		return model.ObjSequence, true
	}
	return "", false
}

// columnTarget is the target of a column privilege on relation t.
func (r *replayer) columnTarget(t privTarget, col string) privTarget {
	if t.rel != nil && t.rel.kind == relTable && t.rel.table != nil {
		if mc, ok := t.rel.table.Column(col); ok {
			return privTarget{rel: t.rel, col: mc}
		}
	}
	return privTarget{rel: t.rel, colName: col}
}

// privName is one privilege of a GRANT, on the whole object (cols holds
// "") or on the columns listed.
type privName struct {
	name string
	cols []string
}

// grantPrivileges expands a GRANT's privilege list; an empty list is ALL.
func grantPrivileges(nodes []*pg_query.Node, kind model.ObjectKind) []privName {
	if len(nodes) == 0 {
		return expandAll(kind, []string{""})
	}
	var out []privName
	for _, n := range nodes {
		ap := n.GetAccessPriv()
		if ap == nil {
			continue
		}
		cols := []string{""}
		if len(ap.Cols) > 0 {
			cols = stringList(ap.Cols)
		}
		if ap.PrivName == "" {
			k := kind
			if len(ap.Cols) > 0 {
				k = model.ObjColumn
			}
			out = append(out, expandAll(k, cols)...)
			continue
		}
		name := strings.ToUpper(ap.PrivName)
		if name == "TEMP" {
			name = "TEMPORARY"
		}
		out = append(out, privName{name: name, cols: cols})
	}
	return out
}

func expandAll(kind model.ObjectKind, cols []string) []privName {
	var out []privName
	for _, p := range model.AllPrivileges(kind) {
		out = append(out, privName{name: p, cols: cols})
	}
	return out
}

// functionObject names the function an ObjectWithArgs denotes by its call
// signature; without an argument list, it must be the only function of
// that name the scripts created.
func (r *replayer) functionObject(ow *pg_query.ObjectWithArgs) (model.Object, bool) {
	if ow == nil {
		return model.Object{}, false
	}
	schema, name := splitName(stringList(ow.Objname))
	if !ow.ArgsUnspecified {
		var args []string
		for _, a := range ow.Objargs {
			args = append(args, r.argType(a.GetTypeName()))
		}
		if schema == "" {
			schema = r.functionSchema(name, args)
		}
		return model.Object{Kind: model.ObjFunction, Schema: schema, Name: signature(name, args)}, true
	}
	for _, s := range r.candidateSchemas(schema) {
		var found []string
		for _, sig := range r.privileges().funcs[s] {
			if strings.HasPrefix(sig, name+"(") {
				found = append(found, sig)
			}
		}
		if len(found) == 1 {
			return model.Object{Kind: model.ObjFunction, Schema: s, Name: found[0]}, true
		}
		if len(found) > 1 {
			return model.Object{}, false
		}
	}
	return model.Object{}, false
}

func (r *replayer) candidateSchemas(schema string) []string {
	if schema != "" {
		return []string{schema}
	}
	return r.searchPath
}

// functionSchema is the schema of the first function of the search_path
// with this signature, else the first schema objects are created in.
func (r *replayer) functionSchema(name string, args []string) string {
	sig := signature(name, args)
	for _, s := range r.searchPath {
		if slices.Contains(r.privileges().funcs[s], sig) {
			return s
		}
	}
	for _, s := range r.searchPath {
		if r.schemas[s] && s != "pg_catalog" && s != "pg_temp" {
			return s
		}
	}
	return "public"
}

func signature(name string, args []string) string {
	return name + "(" + strings.Join(args, ", ") + ")"
}

// argType spells an argument type as oidvectortypes does for the live
// read (search_path public): without modifiers, public types unqualified.
func (r *replayer) argType(tn *pg_query.TypeName) string {
	if tn == nil {
		return ""
	}
	t, _, err := r.typeName(tn)
	if err != nil {
		return ""
	}
	t.Mods, t.Fields = nil, ""
	return strings.TrimPrefix(t.String(), "public.")
}

// noteFunction records a created function's call signature: its IN,
// INOUT and VARIADIC arguments, and a procedure's OUT arguments as well.
func (r *replayer) noteFunction(c *stmtCtx, st *pg_query.CreateFunctionStmt) {
	schema, name := splitName(stringList(st.Funcname))
	var args []string
	for _, p := range st.Parameters {
		fp := p.GetFunctionParameter()
		if fp == nil || fp.Mode == pg_query.FunctionParameterMode_FUNC_PARAM_TABLE ||
			(fp.Mode == pg_query.FunctionParameterMode_FUNC_PARAM_OUT && !st.IsProcedure) {
			continue
		}
		args = append(args, r.argType(fp.ArgType))
	}
	s, err := r.creationSchema(c, schema, -1)
	if err != nil {
		return
	}
	ps := r.privileges()
	sig := signature(name, args)
	if !slices.Contains(ps.funcs[s], sig) {
		ps.funcs[s] = append(ps.funcs[s], sig)
	}
}

// finishPrivileges puts the privileges and owners into the schema under
// the objects' final names, leaving out objects dropped since and the
// owner's own privileges, which ownership implies.
func (r *replayer) finishPrivileges() {
	if r.privs == nil {
		return
	}
	r.applyDefaults()
	names := map[*relation]model.QName{}
	for q, rel := range r.rels {
		names[rel] = q
	}
	owners := map[model.Object]string{}
	for t, o := range r.privs.owners {
		obj, ok := r.resolve(t, names)
		if !ok {
			continue
		}
		owner := &model.Owner{Object: obj, Role: o.Role, Pos: o.Pos}
		owners[obj] = o.Role
		r.s.Owners = append(r.s.Owners, owner)
	}
	for k, e := range r.privs.entries {
		obj, ok := r.resolve(k.target, names)
		if !ok {
			continue
		}
		ownerOf := obj
		if ownerOf.Kind == model.ObjColumn {
			ownerOf = model.Object{Kind: model.ObjTable, Schema: obj.Schema, Name: obj.Name}
		}
		if k.grantee == owners[ownerOf] {
			continue
		}
		r.s.Privileges = append(r.s.Privileges, &model.Privilege{
			Object: obj, Grantee: k.grantee, Privilege: k.privi, Grantable: e.grantable, Revoked: e.revoked, Pos: e.pos,
		})
	}
	model.SortPrivileges(r.s.Privileges)
	model.SortOwners(r.s.Owners)
}

// resolve names a target as it is at the end of the replay; ok is false
// when it was dropped.
func (r *replayer) resolve(t privTarget, names map[*relation]model.QName) (model.Object, bool) {
	if t.rel == nil {
		return t.obj, true
	}
	q, ok := names[t.rel]
	if !ok {
		return model.Object{}, false
	}
	kind, ok := relPrivKind(t.rel)
	if !ok {
		return model.Object{}, false
	}
	o := model.Object{Kind: kind, Schema: q.Schema, Name: q.Name}
	switch {
	case t.col != nil:
		if t.rel.table == nil || t.rel.table.ColumnIndex(t.col.Name) < 0 {
			return model.Object{}, false
		}
		if mc, _ := t.rel.table.Column(t.col.Name); mc != t.col {
			return model.Object{}, false
		}
		o.Kind, o.Column = model.ObjColumn, t.col.Name
	case t.colName != "":
		o.Kind, o.Column = model.ObjColumn, t.colName
	}
	return o, true
}

// sortedRels lists relations by name, for a deterministic replay.
func sortedRels(rels map[model.QName]*relation) []model.QName {
	qs := make([]model.QName, 0, len(rels))
	for q := range rels {
		qs = append(qs, q)
	}
	sort.Slice(qs, func(i, j int) bool {
		if qs[i].Schema != qs[j].Schema {
			return qs[i].Schema < qs[j].Schema
		}
		return qs[i].Name < qs[j].Name
	})
	return qs
}
