package main

// The catalog queries introspect ran before it decoded the catalogs in Go
// and split the read over sessions: one transaction, six queries, the
// deparse functions (format_type, pg_get_expr, pg_get_indexdef) called for
// every column, default and index. They are kept, unchanged, as the
// benchmark's floor: the time PostgreSQL needed to answer the read that
// the current one is measured against.

// legacyQueries returns the floor's queries in the order they ran.
func legacyQueries() []query {
	return []query{
		{"relations", relationsSQL},
		{"columns", columnsSQL},
		{"constraints", constraintsSQL},
		{"indexes", indexesSQL},
		{"enums", enumsSQL},
		{"domains", domainsSQL},
	}
}

// userSchema excludes the system schemas even when asked for: names
// starting with pg_ are reserved for them (pg_toast, pg_temp_N).
const userSchema = `n.nspname = ANY($1::text[]) AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'`

// notFromExtension excludes relations an extension created: they belong to
// the extension, which the scripts install with CREATE EXTENSION, not to the
// application's schema.
const notFromExtension = `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
	WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'e')`

// modelTable selects the relations that become model tables: ordinary and
// partitioned tables, but not partitions (PostgreSQL clones the parent's
// columns, keys and indexes onto them; see model.Table).
const modelTable = `c.relkind IN ('r', 'p') AND NOT c.relispartition AND ` + userSchema + ` AND ` + notFromExtension

// relationsSQL reads tables, partitions (with their parent and bound) and
// views. A partition is read when its parent's schema is selected, even if
// it lives in another schema, because it is listed on the parent.
const relationsSQL = `SELECT c.oid, n.nspname, c.relname, c.relkind::text,
	COALESCE(p.oid, 0), COALESCE(pn.nspname, ''), COALESCE(p.relname, ''),
	CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,
	CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_inherits inh ON c.relispartition AND inh.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class p ON p.oid = inh.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm')
	AND (` + userSchema + ` OR (c.relispartition AND pn.nspname = ANY($1::text[])))
	AND ` + notFromExtension + `
ORDER BY n.nspname, c.relname`

// columnsSQL reads the columns of the model tables in attnum order. For an
// array the element type's schema and name are read too, so that an array of
// a user-defined type can be named schema.name[] like the other sources do.
// The collation is read only when it is not the type's own (a COLLATE
// clause), qualified unless it is a pg_catalog collation.
const columnsSQL = `SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
	en.nspname, et.typname, et.oid <> t.oid,
	a.attnotnull, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attidentity::text, a.attgenerated::text,
	CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN
		CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname::text ELSE cn.nspname || '.' || co.collname END
	END,
	ad.adbin IS NOT NULL
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
JOIN pg_catalog.pg_namespace en ON en.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
WHERE ` + modelTable + ` AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum`

// constraintsSQL reads primary keys, unique, foreign key and check
// constraints with their columns in key order. conparentid <> 0 marks the
// constraints PostgreSQL derives from another one: a foreign key that
// references a partitioned table gets one per referenced partition.
// NULLS NOT DISTINCT (PostgreSQL 15) lives on the backing index; the column
// is looked up through to_jsonb so the query also runs on older servers.
const constraintsSQL = `SELECT con.conrelid, con.conname, con.contype::text,
	ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
	COALESCE(rn.nspname, ''), COALESCE(rc.relname, ''),
	ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),
	con.confdeltype::text, con.confupdtype::text, con.confmatchtype::text,
	con.condeferrable, con.condeferred, con.connoinherit,
	CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END,
	COALESCE((to_jsonb(ix) ->> 'indnullsnotdistinct')::boolean, false)
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_index ix ON con.contype = 'u' AND ix.indexrelid = con.conindid
WHERE ` + modelTable + ` AND con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0
ORDER BY con.conrelid, con.conname`

// indexesSQL reads the secondary indexes. An index that backs a primary
// key, unique or exclusion constraint belongs to the constraint; the
// conrelid condition is needed because a foreign key's conindid names the
// referenced table's index.
const indexesSQL = `SELECT x.indrelid, i.relname, pg_catalog.pg_get_indexdef(x.indexrelid)
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ` + modelTable + `
	AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
		WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY x.indrelid, i.relname`

// notTypeFromExtension is notFromExtension for types.
const notTypeFromExtension = `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
	WHERE dep.classid = 'pg_catalog.pg_type'::regclass AND dep.objid = t.oid AND dep.deptype = 'e')`

// enumsSQL reads enum types with their labels in enumsortorder, the order
// ALTER TYPE ... ADD VALUE BEFORE/AFTER maintains.
const enumsSQL = `SELECT n.nspname, t.typname,
	ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' AND ` + userSchema + ` AND ` + notTypeFromExtension + `
ORDER BY n.nspname, t.typname`

// domainsSQL reads domains with their base type (and its element type, as
// for columns), default and CHECK constraints in name order.
const domainsSQL = `SELECT n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod),
	en.nspname, et.typname, et.oid <> b.oid,
	t.typnotnull, pg_catalog.pg_get_expr(t.typdefaultbin, 0),
	ARRAY(SELECT con.conname::text FROM pg_catalog.pg_constraint con
		WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname),
	ARRAY(SELECT pg_catalog.pg_get_expr(con.conbin, 0) FROM pg_catalog.pg_constraint con
		WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname)
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN b.typcategory = 'A' AND b.typelem <> 0 THEN b.typelem ELSE b.oid END
JOIN pg_catalog.pg_namespace en ON en.oid = et.typnamespace
WHERE t.typtype = 'd' AND ` + userSchema + ` AND ` + notTypeFromExtension + `
ORDER BY n.nspname, t.typname`
