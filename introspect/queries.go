package introspect

import (
	"strings"

	"github.com/ariadrift/ariadrift/introspect/nodetree"
)

// The catalog queries. Each one reads one kind of object for every selected
// schema at once, with the schema names as its only parameter ($1 text[]),
// so the number of round trips is the same for ten tables or ten thousand.
//
// They read pg_catalog rather than information_schema: information_schema
// shows only objects the current role has privileges on, so a role with
// nothing but CONNECT would see an empty database, and it has no indexes.
//
// They return what the catalogs hold as data (type oids and typmods, index
// keys, options and operator classes, constraint column numbers), which
// the client decodes (see decode.go). The server's deparse functions are
// called only where an expression exists: defaults, generated columns,
// checks, expression and partial indexes, partition keys and bounds. Those
// functions are most of the server's work, and they read the catalog
// through its caches (the latest commit, not the read's snapshot), so
// calling them less is both faster and closer to one instant.

// Query is one catalog query Schema runs.
type Query struct {
	// Name says what the query reads: types, opclasses, relations,
	// columns, constraints, indexes, enums, domains, functions or triggers.
	Name string
	// SQL takes the schema names as $1 (text[]).
	SQL string
	// Session is the session of a parallel read that runs the query (0 is
	// the caller's connection, which exports the snapshot); a read over one
	// session runs them all there, in this order.
	Session int
}

// Queries returns the catalog queries Schema runs against PostgreSQL 15 or
// newer, in the order it runs them, inside read-only REPEATABLE READ
// transactions sharing one snapshot. They are exported so that a benchmark
// can time exactly these queries without ariadrift.
//
// The split over two sessions was chosen by timing each query on a
// 5,000-table schema: relations, columns and constraints cost about as
// much as the indexes (with the partial predicates' deparse), the
// defaults' deparse and the rest. Only the constraints query reads
// pg_constraint, the domains' checks included, and it runs after the
// relations and columns, as in a read over one session: a migration
// holding that catalog blocks the read at one known query.
func Queries() []Query { return queriesFor(0) }

// queriesFor is Queries for a server of the given major version (0: the
// newest the package knows).
func queriesFor(major int) []Query {
	ix, pc := indexesSQL, partitionConstraintsSQL
	if major != 0 && major < 15 {
		// indnullsnotdistinct arrived in 15.
		ix = strings.Replace(ix, "x.indnullsnotdistinct", "false", 1)
		pc = strings.Replace(pc, "x.indnullsnotdistinct", "false", 1)
	}
	fnSQL, trSQL := routineQueries(major)
	return []Query{
		{"relations", relationsSQL, 0},
		{"types", typesSQL, 0},
		{"collations", collationsSQL, 0},
		{"columns", columnsSQL, 0},
		{"constraints", constraintsSQL, 0},
		{"checks", checksSQL, 1},
		{"opclasses", opclassesSQL, 1},
		{"indexes", ix, 1},
		{"defaults", defaultsSQL, 1},
		{"enums", enumsSQL, 1},
		{"domains", domainsSQL, 1},
		{"policies", policiesSQL, 1},
		{"sequences", sequencesSQL, 0},
		{"extensions", extensionsSQL, 0},
		{"privileges", privilegesSQL, 1},
		{"functions", fnSQL, 1},
		{"triggers", trSQL, 1},
		{"views", viewsSQL, 1},
		{"otherindexes", otherIndexesSQL, 1},
		{"partitionconstraints", pc, 1},
	}
}

// userSchema excludes the system schemas even when asked for: names
// starting with pg_ are reserved for them (pg_toast, pg_temp_N).
func userSchema(n string) string {
	return n + `.nspname = ANY($1::text[]) AND ` + n + `.nspname NOT LIKE 'pg\_%' AND ` + n + `.nspname <> 'information_schema'`
}

// notFromExtension excludes relations an extension created: they belong to
// the extension, which the scripts install with CREATE EXTENSION, not to the
// application's schema.
func notFromExtension(c string) string {
	return `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
	WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = ` + c + `.oid AND dep.deptype = 'e')`
}

// modelTable selects the relations that become model tables: ordinary and
// partitioned tables, but not partitions (PostgreSQL clones the parent's
// columns, keys and indexes onto them; see model.Table). c and n are the
// aliases of pg_class and its pg_namespace.
func modelTable(c, n string) string {
	return c + `.relkind IN ('r', 'p') AND NOT ` + c + `.relispartition AND ` + userSchema(n) + ` AND ` + notFromExtension(c)
}

// typesSQL reads pg_type, which every column and domain names by oid: the
// client spells a type as format_type does (decode.go). quote_ident is
// PostgreSQL's own quoting, keyword list included. A type is visible when
// format_type would print it unqualified with the read's search_path
// (public): pg_catalog comes first, and a public type is hidden by a
// pg_catalog type of the same name.
const typesSQL = `SELECT t.oid, t.typname, n.nspname, pg_catalog.quote_ident(t.typname), pg_catalog.quote_ident(n.nspname),
	n.nspname = 'pg_catalog' OR (n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type p
		WHERE p.typname = t.typname AND p.typnamespace = 'pg_catalog'::regnamespace)),
	t.typelem, t.typlen, t.typstorage::text, t.typcategory::text, t.typcollation
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE $1::text[] IS NOT NULL`

// relationsSQL reads tables, partitions (with their parent and bound) and
// views. A partition is read when its parent's schema is selected, even if
// it lives in another schema, because it is listed on the parent.
var relationsSQL = `SELECT c.oid, n.nspname, c.relname, c.relkind::text,
	COALESCE(p.oid, 0), COALESCE(pn.nspname, ''), COALESCE(p.relname, ''),
	CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,
	CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
	c.relreplident::text
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_inherits inh ON c.relispartition AND inh.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class p ON p.oid = inh.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm')
	AND (` + userSchema("n") + ` OR (c.relispartition AND pn.nspname = ANY($1::text[])))
	AND ` + notFromExtension("c") + `
ORDER BY n.nspname, c.relname`

// typmodTypes are the built-in types (and their arrays) whose typmods the
// client decodes: bit, varbit, bpchar, varchar, numeric, time, timetz,
// timestamp, timestamptz and interval. Any other type with a typmod
// (an extension's vector(3), geometry(Point,4326)) is printed by the
// server's format_type, which calls the type's own typmodout function.
const typmodTypes = `1560, 1561, 1562, 1563, 1042, 1014, 1043, 1015, 1700, 1231, 1083, 1183, 1266, 1270, 1114, 1115, 1184, 1185, 1186, 1187`

// columnsSQL reads the columns of the model tables, their types by oid and
// typmod. It has no ORDER BY: sorting 100,000 rows spilled to disk and
// cost a third of the query, and the client puts each table's columns in
// attnum order itself. Only a generated column's expression is
// deparsed here, with its table; defaults come from defaultsSQL. The
// collation is read by oid; the client keeps it when it is not the type's
// own (a COLLATE clause).
var columnsSQL = `SELECT a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod,
	CASE WHEN a.atttypmod >= 0 AND a.atttypid NOT IN (` + typmodTypes + `) THEN pg_catalog.format_type(a.atttypid, a.atttypmod) END,
	a.attnotnull, a.attidentity::text, a.attgenerated::text, a.attcollation,
	a.atthasdef,
	CASE WHEN a.attgenerated <> '' THEN (SELECT pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) FROM pg_catalog.pg_attrdef ad
		WHERE ad.adrelid = a.attrelid AND ad.adnum = a.attnum) END
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ` + modelTableNoDepend + ` AND a.attnum > 0 AND NOT a.attisdropped`

// defaultsSQL reads the columns' defaults. A default is deparsed with no
// relation (it cannot refer to a column), which spares the server opening
// every table; a generation expression does refer to its columns, and is
// read with the columns. The client drops the rows of tables it did not
// read, and of generated columns (a tree with a VAR is not deparsed
// here): testing that and extensions' tables on the server cost two index
// probes per default.
var defaultsSQL = `SELECT ad.adrelid, ad.adnum,
	CASE WHEN ad.adbin::text NOT LIKE '%{VAR %' THEN pg_catalog.pg_get_expr(ad.adbin, 0) END
FROM pg_catalog.pg_attrdef ad
JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ` + userSchema("n")

// opclassesSQL reads the operator classes an index key can name. An
// opclass is visible when pg_get_indexdef would print it unqualified
// (see typesSQL); opcdefault marks the classes it omits.
const opclassesSQL = `SELECT o.oid, o.opcname, n.nspname, o.opcdefault,
	n.nspname = 'pg_catalog' OR (n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_opclass p
		WHERE p.opcname = o.opcname AND p.opcmethod = o.opcmethod AND p.opcnamespace = 'pg_catalog'::regnamespace))
FROM pg_catalog.pg_opclass o
JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace
WHERE $1::text[] IS NOT NULL`

// checksSQL deparses the tables' CHECK constraints, first thing on the
// second session. pg_get_expr needs the table for the column names, and
// opens it through the catalog caches, which follow the latest commit: for
// a table dropped since the snapshot it returns NULL, and the read starts
// again. Run right after the snapshot is shared, that window is as short
// as it can be. (The alias is not con, so that only the constraints query
// reads as "pg_catalog.pg_constraint con" in pg_stat_activity.)
var checksSQL = `SELECT k.oid, pg_catalog.pg_get_expr(k.conbin, k.conrelid)
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype = 'c' AND ` + modelTable("c", "n")

// collationsSQL reads the collations columns and index keys name by oid.
// A collation is visible when pg_get_indexdef would print it unqualified
// (see typesSQL); a collation for another encoding does not hide one.
const collationsSQL = `SELECT o.oid, o.collname, n.nspname,
	n.nspname = 'pg_catalog' OR (n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_collation p
		WHERE p.collname = o.collname AND p.collnamespace = 'pg_catalog'::regnamespace
		AND p.collencoding IN (-1, pg_catalog.pg_char_to_encoding(pg_catalog.getdatabaseencoding()))))
FROM pg_catalog.pg_collation o
JOIN pg_catalog.pg_namespace n ON n.oid = o.collnamespace
WHERE $1::text[] IS NOT NULL`

// constraintsSQL reads primary keys, unique, foreign key, check and
// exclusion constraints with their column numbers in key order; the client
// names the columns from the columns it read. A foreign key to a table
// that is not read (another schema, a partition) gets the referenced
// names from the server. conparentid <> 0 marks the constraints
// PostgreSQL derives from another one: a foreign key that references a
// partitioned table gets one per referenced partition. Exclusion
// constraints come with their operators; their keys are those of the
// index that backs them. The CHECK constraints of domains (contypid) are
// read here too.
//
// The constraints are chosen in a CTE (inlined by the planner) so that
// "FROM pg_catalog.pg_constraint con" opens the text: pg_stat_activity
// shows only its first kilobyte (track_activity_query_size), and that is
// how an operator finds the read blocked behind a migration. What only a
// foreign key or an exclusion constraint needs is computed in CASE, for
// those rows alone: as lateral joins it ran for every constraint, 40% of
// the query at 20,000 tables.
var constraintsSQL = `WITH kc AS (SELECT con.* FROM pg_catalog.pg_constraint con
	LEFT JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
	LEFT JOIN pg_catalog.pg_type t ON t.oid = con.contypid
	JOIN pg_catalog.pg_namespace n ON n.oid = COALESCE(c.relnamespace, t.typnamespace)
	WHERE (con.conrelid <> 0 AND ` + modelTableNoDepend + ` AND con.contype IN ('p', 'u', 'f', 'c', 'x'))
		OR (con.contypid <> 0 AND t.typtype = 'd' AND con.contype = 'c' AND ` + userSchema("n") + ` AND ` + notTypeFromExtension + `))
SELECT kc.conrelid, kc.contypid, kc.conname, kc.contype::text, kc.conparentid = 0, kc.conindid,
	kc.conkey, kc.confrelid, kc.confkey,
	CASE WHEN kc.contype = 'f' AND NOT (` + modelTable("rc", "rn") + `) THEN
		ARRAY(SELECT a.attname::text FROM unnest(kc.confkey) WITH ORDINALITY k(num, ord)
			JOIN pg_catalog.pg_attribute a ON a.attrelid = kc.confrelid AND a.attnum = k.num ORDER BY k.ord)
	END,
	COALESCE(rn.nspname, ''), COALESCE(rc.relname, ''),
	kc.confdeltype::text, kc.confupdtype::text, kc.confmatchtype::text,
	kc.condeferrable, kc.condeferred, kc.connoinherit,
	CASE WHEN kc.contype = 'c' AND kc.contypid <> 0 THEN pg_catalog.pg_get_expr(kc.conbin, 0) END, kc.oid,
	kc.convalidated,
	CASE WHEN kc.contype = 'x' THEN ARRAY(SELECT CASE WHEN opn.nspname IN ('pg_catalog', 'public') THEN op.oprname::text
			ELSE opn.nspname || '.' || op.oprname END
		FROM unnest(kc.conexclop) WITH ORDINALITY k(oid, ord)
		JOIN pg_catalog.pg_operator op ON op.oid = k.oid
		JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace ORDER BY k.ord) END
FROM kc
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = kc.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace`

// indexesSQL reads every index of the model tables as catalog data: keys
// by column number, options, operator classes and collations by oid. An
// index with expression keys is read whole with pg_get_indexdef, since its
// keys are expressions to deparse; a partial index only needs its
// predicate, and only when it is more than the column tests package
// nodetree prints: deparsing opens the table (a cache entry built per
// table and session), which cost 230 ms of the server's time at 5,000
// tables with one soft-delete predicate each. The client leaves out the indexes that back a primary key,
// unique or exclusion constraint: they belong to the constraint.
var indexesSQL = `SELECT x.indrelid, x.indexrelid, i.relname, am.amname, x.indisunique, x.indnullsnotdistinct,
	x.indnkeyatts, x.indkey::int2[], x.indoption::int2[], x.indclass::oid[], x.indcollation::oid[],
	CASE WHEN ` + indexNeedsDef + ` THEN pg_catalog.pg_get_indexdef(x.indexrelid) END,
	CASE WHEN NOT (` + indexNeedsDef + `) AND x.indpred::text ~ '` + nodetree.SimplePredicate + `' THEN pg_catalog.pg_get_expr(x.indpred, x.indrelid) END,
	` + indexNeedsDef + `, x.indpred IS NOT NULL,
	x.indisreplident,
	CASE WHEN NOT (` + indexNeedsDef + `) AND x.indpred::text !~ '` + nodetree.SimplePredicate + `' THEN x.indpred::text END
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = i.relam
JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ` + modelTableNoDepend

// indexNeedsDef holds for an index the client cannot decode from pg_index:
// one with expressions, or with operator class options (gist_trgm_ops
// (siglen='64')), which are kept in the index's pg_attribute rows. Only
// the access methods whose classes take options are probed, so a btree
// index costs no lookup.
const indexNeedsDef = `(x.indexprs IS NOT NULL OR (am.amname IN ('gist', 'gin', 'spgist', 'brin') AND EXISTS (
	SELECT 1 FROM pg_catalog.pg_attribute oa WHERE oa.attrelid = x.indexrelid AND oa.attoptions IS NOT NULL)))`

// modelTableNoDepend is modelTable without the extension test, which the
// client applies instead: a column, constraint or index is kept only when
// its table was read (the relations query tests extensions once per
// table, not once per row).
var modelTableNoDepend = `c.relkind IN ('r', 'p') AND NOT c.relispartition AND ` + userSchema("n")

// notTypeFromExtension is notFromExtension for types.
const notTypeFromExtension = `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
	WHERE dep.classid = 'pg_catalog.pg_type'::regclass AND dep.objid = t.oid AND dep.deptype = 'e')`

// enumsSQL reads enum types with their labels in enumsortorder, the order
// ALTER TYPE ... ADD VALUE BEFORE/AFTER maintains.
var enumsSQL = `SELECT n.nspname, t.typname,
	ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' AND ` + userSchema("n") + ` AND ` + notTypeFromExtension + `
ORDER BY n.nspname, t.typname`

// domainsSQL reads domains with their base type (and its element type, as
// for columns) and default; their CHECK constraints come with the
// constraints. Domains are few, so the server formats their types.
var domainsSQL = `SELECT t.oid, n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod),
	en.nspname, et.typname, et.oid <> b.oid,
	t.typnotnull, pg_catalog.pg_get_expr(t.typdefaultbin, 0)
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN b.typcategory = 'A' AND b.typelem <> 0 THEN b.typelem ELSE b.oid END
JOIN pg_catalog.pg_namespace en ON en.oid = et.typnamespace
WHERE t.typtype = 'd' AND ` + userSchema("n") + ` AND ` + notTypeFromExtension + `
ORDER BY n.nspname, t.typname`
