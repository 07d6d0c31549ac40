package introspect

import (
	"github.com/jackc/pgx/v5"

	"github.com/ariadrift/ariadrift/model"
)

// privilegesSQL reads the owner and ACL of every object that carries
// privileges in the model, in one pass: relations (tables, views,
// materialized views, partitions, sequences), columns with
// an ACL of their own, functions and procedures, and the selected schemas.
// Foreign tables are left out, as the model has none.
// ACLs are read as text and decoded in the client (model.ParseACLItem); a
// NULL ACL means the owner's defaults. A function is named by its call
// signature, whose types oidvectortypes spells as format_type does; the
// first branch's columns are text, since UNION would otherwise give the
// signature the name type and cut it at 63 bytes.
var privilegesSQL = `SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'table' END, n.nspname::text, c.relname::text, ''::text,
	pg_catalog.pg_get_userbyid(c.relowner), c.relacl::text[]
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND ` + userSchema("n") + ` AND ` + notFromExtensionPriv + `
UNION ALL
SELECT 'column', n.nspname, c.relname, a.attname, pg_catalog.pg_get_userbyid(c.relowner), a.attacl::text[]
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
	AND c.relkind IN ('r', 'p', 'v', 'm') AND ` + userSchema("n") + ` AND ` + notFromExtensionPriv + `
UNION ALL
SELECT 'function', n.nspname, p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')', '',
	pg_catalog.pg_get_userbyid(p.proowner), p.proacl::text[]
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p') AND ` + userSchema("n") + `
	AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
		WHERE dep.classid = 'pg_catalog.pg_proc'::regclass AND dep.objid = p.oid AND dep.deptype = 'e')
UNION ALL
SELECT 'schema', '', n.nspname, '', pg_catalog.pg_get_userbyid(n.nspowner), n.nspacl::text[]
FROM pg_catalog.pg_namespace n
WHERE ` + userSchema("n") + `
	AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
		WHERE dep.classid = 'pg_catalog.pg_namespace'::regclass AND dep.objid = n.oid AND dep.deptype = 'e')`

// notFromExtensionPriv is notFromExtension for the relation alias c.
var notFromExtensionPriv = notFromExtension("c")

// privilegeRows collects the privileges query's rows (session 1).
type privilegeRows struct {
	privileges []*model.Privilege
	owners     []*model.Owner
}

// privilege takes one row of the privileges query.
func (r *reader) privilege(rows pgx.Rows) error {
	var kind, schema, name, column, owner string
	var acl []string
	if err := rows.Scan(&kind, &schema, &name, &column, &owner, &acl); err != nil {
		return err
	}
	o := model.Object{Kind: model.ObjectKind(kind), Schema: schema, Name: name, Column: column}
	// A column's owner is its table's, which the table's row reports.
	if o.Kind != model.ObjColumn {
		r.privs.owners = append(r.privs.owners, &model.Owner{Object: o, Role: owner})
	}
	r.privs.privileges = append(r.privs.privileges, model.PrivilegesFromACL(o, owner, acl)...)
	return nil
}

// attachPrivileges moves the privileges and owners into the schema, sorted.
func (r *reader) attachPrivileges() {
	model.SortPrivileges(r.privs.privileges)
	model.SortOwners(r.privs.owners)
	r.s.Privileges, r.s.Owners = r.privs.privileges, r.privs.owners
}
