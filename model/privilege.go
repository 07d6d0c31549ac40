package model

import (
	"slices"
	"sort"
	"strings"
)

// ObjectKind names the kind of object a privilege or an owner is about.
type ObjectKind string

// The kinds of object that carry privileges in the model.
const (
	ObjTable    ObjectKind = "table" // tables, views, materialized views and partitions
	ObjColumn   ObjectKind = "column"
	ObjSequence ObjectKind = "sequence"
	ObjFunction ObjectKind = "function" // functions and procedures
	ObjSchema   ObjectKind = "schema"
)

// Object names one object that carries privileges. A function's Name holds
// its call signature as format_type spells the argument types,
// "f(integer, text)", because overloads are different objects; a schema's
// Name is the schema and Schema is empty; a column's Schema and Name are its
// table's.
type Object struct {
	Kind   ObjectKind
	Schema string
	Name   string
	Column string
}

// String renders the object for people: `table "t"`, `column "t"."c"`.
func (o Object) String() string {
	switch o.Kind {
	case ObjSchema:
		return "schema " + QuoteIdent(o.Name)
	case ObjColumn:
		return "column " + QName{o.Schema, o.Name}.String() + "." + QuoteIdent(o.Column)
	case ObjFunction:
		q := QName{o.Schema, o.Name}.String()
		return string(o.Kind) + " " + q
	}
	return string(o.Kind) + " " + QName{o.Schema, o.Name}.String()
}

// Privilege is one way an object's privileges differ from what PostgreSQL
// gives it by default (acldefault): a privilege granted to a role other
// than the owner, or a default one revoked (functions' EXECUTE and the
// public schema's USAGE for PUBLIC). The owner's own privileges are implied
// by ownership and never listed, so a script that grants nothing and a
// database where nothing was granted have no Privileges at all.
type Privilege struct {
	Object Object
	// Grantee is the role, as PostgreSQL stores the name, or "PUBLIC".
	Grantee string
	// Privilege is upper case: SELECT, INSERT, UPDATE, DELETE, TRUNCATE,
	// REFERENCES, TRIGGER, USAGE, CREATE, EXECUTE.
	Privilege string
	// Grantable is WITH GRANT OPTION.
	Grantable bool
	// Revoked marks a default privilege that was taken away.
	Revoked bool
	Pos     Pos
}

// Public is the grantee name of the PUBLIC pseudo-role.
const Public = "PUBLIC"

// Owner is the owner of an object, listed only where the source says who it
// is: SQL scripts that never run OWNER TO say nothing about owners (the
// loading user owns everything), while a live database knows every owner.
type Owner struct {
	Object Object
	Role   string
	Pos    Pos
}

// DefaultPrivileges returns the privileges PUBLIC holds on an object that
// no GRANT or REVOKE has touched, as PostgreSQL 15's acldefault and initdb
// leave them: EXECUTE on functions and procedures, USAGE on the public
// schema (which initdb creates with that grant).
func DefaultPrivileges(o Object) []string {
	switch {
	case o.Kind == ObjFunction:
		return []string{"EXECUTE"}
	case o.Kind == ObjSchema && o.Name == "public":
		return []string{"USAGE"}
	}
	return nil
}

// AllPrivileges returns what ALL PRIVILEGES means for a kind of object, in
// the order PostgreSQL lists them.
func AllPrivileges(k ObjectKind) []string {
	switch k {
	case ObjTable:
		return []string{"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"}
	case ObjColumn:
		return []string{"SELECT", "INSERT", "UPDATE", "REFERENCES"}
	case ObjSequence:
		return []string{"USAGE", "SELECT", "UPDATE"}
	case ObjFunction:
		return []string{"EXECUTE"}
	case ObjSchema:
		return []string{"USAGE", "CREATE"}
	}
	return nil
}

// aclChars maps aclitem letters (PostgreSQL's ACL_*_CHR) to privilege names.
var aclChars = map[byte]string{
	'r': "SELECT", 'a': "INSERT", 'w': "UPDATE", 'd': "DELETE", 'D': "TRUNCATE",
	'x': "REFERENCES", 't': "TRIGGER", 'X': "EXECUTE", 'U': "USAGE", 'C': "CREATE",
	'c': "CONNECT", 'T': "TEMPORARY", 's': "SET", 'A': "ALTER SYSTEM",
}

// ACLItem is one decoded aclitem: grantee ("" for PUBLIC), privileges and
// which of them carry the grant option.
type ACLItem struct {
	Grantee    string
	Privileges []string
	Grantable  map[string]bool
}

// ParseACLItem decodes the text form of an aclitem, "grantee=privs/grantor",
// where a privilege letter followed by * carries the grant option and a
// quoted name is unquoted. ok is false for text that is not an aclitem.
func ParseACLItem(s string) (item ACLItem, ok bool) {
	grantee, rest, ok := cutACLName(s)
	if !ok || !strings.HasPrefix(rest, "=") {
		return ACLItem{}, false
	}
	rest = rest[1:]
	privs, _, found := strings.Cut(rest, "/")
	if !found {
		return ACLItem{}, false
	}
	item = ACLItem{Grantee: grantee, Grantable: map[string]bool{}}
	for i := 0; i < len(privs); i++ {
		name, known := aclChars[privs[i]]
		if !known {
			return ACLItem{}, false
		}
		item.Privileges = append(item.Privileges, name)
		if i+1 < len(privs) && privs[i+1] == '*' {
			item.Grantable[name] = true
			i++
		}
	}
	return item, true
}

// cutACLName reads the role name at the start of an aclitem, quoted as
// putid quotes it (doubling embedded quotes), and returns the rest.
func cutACLName(s string) (name, rest string, ok bool) {
	if !strings.HasPrefix(s, `"`) {
		i := strings.IndexByte(s, '=')
		if i < 0 {
			return "", "", false
		}
		return s[:i], s[i:], true
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '"' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '"' {
			b.WriteByte('"')
			i++
			continue
		}
		return b.String(), s[i+1:], true
	}
	return "", "", false
}

// PrivilegesFromACL turns an object's ACL, as the catalog holds it, into
// the Privileges that differ from PostgreSQL's defaults for an object of
// that owner. A nil acl (the column is NULL) means acldefault, under which
// PUBLIC may execute functions but has nothing on a schema: a public
// schema the scripts dropped and created again lacks initdb's USAGE.
func PrivilegesFromACL(o Object, owner string, acl []string) []*Privilege {
	if acl == nil {
		return WithDefaults(o, nil, func(string) bool { return o.Kind == ObjFunction })
	}
	var out []*Privilege
	public := map[string]bool{}
	for _, text := range acl {
		item, ok := ParseACLItem(text)
		if !ok || item.Grantee == owner {
			continue
		}
		grantee := item.Grantee
		if grantee == "" {
			grantee = Public
		}
		for _, p := range item.Privileges {
			if grantee == Public {
				public[p] = true
			}
			out = append(out, &Privilege{Object: o, Grantee: grantee, Privilege: p, Grantable: item.Grantable[p]})
		}
	}
	return WithDefaults(o, out, func(p string) bool { return public[p] })
}

// WithDefaults removes from ps the default privileges PUBLIC holds anyway
// and adds a Revoked entry for each default that has (PUBLIC holds p
// reports whether PUBLIC still holds it).
func WithDefaults(o Object, ps []*Privilege, holds func(p string) bool) []*Privilege {
	defaults := DefaultPrivileges(o)
	if len(defaults) == 0 {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if p.Grantee == Public && !p.Grantable && slices.Contains(defaults, p.Privilege) {
			continue
		}
		out = append(out, p)
	}
	for _, d := range defaults {
		if !holds(d) {
			out = append(out, &Privilege{Object: o, Grantee: Public, Privilege: d, Revoked: true})
		}
	}
	return out
}

// objectLess orders objects by schema, name, column and kind.
func objectLess(a, b Object) bool {
	if a.Schema != b.Schema {
		return a.Schema < b.Schema
	}
	if a.Name != b.Name {
		return a.Name < b.Name
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	return a.Kind < b.Kind
}

// SortPrivileges orders privileges by object, grantee and privilege, for
// deterministic output.
func SortPrivileges(ps []*Privilege) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		switch {
		case a.Object != b.Object:
			return objectLess(a.Object, b.Object)
		case a.Grantee != b.Grantee:
			return a.Grantee < b.Grantee
		}
		return a.Privilege < b.Privilege
	})
}

// SortOwners orders owners by object.
func SortOwners(os []*Owner) {
	sort.SliceStable(os, func(i, j int) bool { return objectLess(os[i].Object, os[j].Object) })
}

// DescribesPrivilegesOf reports whether the schema speaks for the
// privileges of objects of kind k (see PrivilegeKinds).
func (s *Schema) DescribesPrivilegesOf(k ObjectKind) bool {
	if s == nil || s.PrivilegeKinds == nil {
		return true
	}
	return slices.Contains(s.PrivilegeKinds, k)
}

// Place is where findings about the object are listed: a table's, a
// sequence's or a function's schema and name, or a schema's name alone.
func (o Object) Place() (schema, table string) {
	if o.Kind == ObjSchema {
		return "", o.Name
	}
	return o.Schema, o.Name
}

// PrivilegeKey names one privilege of one grantee on an object within its
// Place: the column (if any), the grantee and the privilege.
func PrivilegeKey(o Object, grantee, privilege string) string {
	return strings.TrimSpace(o.Column + " " + grantee + " " + privilege)
}
