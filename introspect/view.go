package introspect

import (
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// viewsSQL reads the views' definitions, options and column names. The
// definition is the server's deparse of the stored query; the client
// brings it to the form a script's SELECT normalizes to (normalize.ViewDef).
var viewsSQL = `SELECT c.oid, pg_catalog.pg_get_viewdef(c.oid), COALESCE(c.reloptions::text[], '{}'),
	ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
		WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND ` + userSchema("n") + ` AND ` + notFromExtension("c")

// otherIndexesSQL reads the indexes of materialized views and the indexes
// of partitions that are their own: not attached to an index of the parent
// (those are the parent's clones) and not behind a constraint. The columns
// of the relation come along (name and collation by attnum), since neither
// kind of relation has its columns read.
var otherIndexesSQL = `SELECT x.indrelid, x.indexrelid, i.relname, am.amname, x.indisunique, x.indnullsnotdistinct,
	x.indnkeyatts, x.indkey::int2[], x.indoption::int2[], x.indclass::oid[], x.indcollation::oid[],
	CASE WHEN ` + indexNeedsDef + ` THEN pg_catalog.pg_get_indexdef(x.indexrelid) END,
	CASE WHEN NOT (` + indexNeedsDef + `) AND x.indpred IS NOT NULL THEN pg_catalog.pg_get_expr(x.indpred, x.indrelid) END,
	` + indexNeedsDef + `, x.indpred IS NOT NULL,
	ARRAY(SELECT a.attnum FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
	ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
	ARRAY(SELECT a.attcollation FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = i.relam
JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE (c.relkind = 'm' AND ` + userSchema("n") + `)
	OR (c.relispartition AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = x.indexrelid)
		AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = x.indexrelid AND k.conrelid = c.oid))`

// viewRow is one row of the views query, kept until the views are known.
type viewRow struct {
	oid     uint32
	def     *string
	options []string
	cols    []string
}

func (r *reader) viewDef(rows pgx.Rows) error {
	v := &viewRow{}
	if err := rows.Scan(&v.oid, &v.def, &v.options, &v.cols); err != nil {
		return fmt.Errorf("views: %w", err)
	}
	r.viewRows = append(r.viewRows, v)
	return nil
}

// otherIndexRow is an index of a materialized view or a partition with
// its relation's columns.
type otherIndexRow struct {
	indexRow
	attrs []attr
}

func (r *reader) otherIndex(rows pgx.Rows) error {
	x := &otherIndexRow{}
	var nums []int16
	var names []string
	var colls []uint32
	if err := rows.Scan(&x.rel, &x.oid, &x.name, &x.method, &x.unique, &x.nnd, &x.nkeys, &x.keys, &x.options,
		&x.classes, &x.colls, &x.def, &x.pred, &x.needsDef, &x.hasPrd, &nums, &names, &colls); err != nil {
		return fmt.Errorf("other indexes: %w", err)
	}
	for i, num := range nums {
		for len(x.attrs) <= int(num) {
			x.attrs = append(x.attrs, attr{})
		}
		if i < len(names) && i < len(colls) {
			x.attrs[num] = attr{name: names[i], collation: colls[i]}
		}
	}
	if x.pred != nil {
		w, err := normalize.Expr(*x.pred)
		if err != nil {
			return fmt.Errorf("index %s: WHERE: %w", model.QuoteIdent(x.name), err)
		}
		x.where = w
	}
	r.otherIndexes = append(r.otherIndexes, x)
	return nil
}

// attachViews gives the views their definitions and options, then the
// objects of views and partitions (attachOwn).
func (r *reader) attachViews() error {
	cols := map[model.QName][]string{}
	for _, t := range r.s.Tables {
		names := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			names[i] = c.Name
		}
		cols[t.QName()] = names
	}
	for _, row := range r.viewRows {
		if v := r.viewOID[row.oid]; v != nil {
			cols[v.QName()] = row.cols
		}
	}
	// The read's search_path is public (see session.go): the catalog
	// prints the other schemas' names qualified.
	rels := func(schema, name string) (model.QName, []string, bool) {
		q := model.QName{Schema: schema, Name: name}
		if schema == "" {
			q.Schema = "public"
		}
		c, ok := cols[q]
		return q, c, ok
	}
	for _, row := range r.viewRows {
		v := r.viewOID[row.oid]
		if v == nil {
			continue
		}
		if row.def == nil {
			return fmt.Errorf("introspect: view %s: %w", qname(v.Schema, v.Name), errCatalogChanged)
		}
		def, _, err := normalize.ViewDef(*row.def, rels)
		if err != nil {
			return fmt.Errorf("introspect: view %s: %w", qname(v.Schema, v.Name), err)
		}
		v.Definition, v.Columns = def, row.cols
		v.Query = strings.TrimSuffix(strings.TrimSpace(*row.def), ";")
		for _, o := range row.options {
			k, val, _ := strings.Cut(o, "=")
			switch k {
			case "security_barrier":
				v.SecurityBarrier = val == "true" || val == "on"
			case "check_option":
				v.CheckOption = val
			}
		}
	}
	return r.attachOwn()
}

// attachOwn gives the views their indexes and the partitions what they
// hold of their own: indexes, keys and foreign keys.
func (r *reader) attachOwn() error {
	for _, x := range r.otherIndexes {
		v, l := r.viewOID[x.rel], r.partLocal[x.rel]
		if v == nil && l == nil {
			continue // a partition of a table not read
		}
		ix, err := r.decodeIndex(&x.indexRow, x.attrs)
		if err != nil {
			return fmt.Errorf("introspect: index %s: %w", model.QuoteIdent(x.name), err)
		}
		if v != nil {
			v.Indexes = append(v.Indexes, ix)
		} else {
			l.Indexes = append(l.Indexes, ix)
		}
	}
	for _, p := range r.partitionCons {
		l := r.partLocal[p.rel]
		switch {
		case l == nil:
		case p.fk != nil:
			l.ForeignKeys = append(l.ForeignKeys, p.fk)
		case p.primary:
			l.PrimaryKey = p.key
		default:
			l.Uniques = append(l.Uniques, p.key)
		}
	}
	for _, l := range r.partLocal {
		sortByName(l.ForeignKeys, func(fk *model.ForeignKey) model.QName { return model.QName{Name: fk.Name} })
		sortByName(l.Uniques, func(k *model.Key) model.QName { return model.QName{Name: k.Name} })
	}
	for _, v := range r.viewOID {
		sortIndexes(v.Indexes)
	}
	for _, l := range r.partLocal {
		sortIndexes(l.Indexes)
	}
	return nil
}

func sortIndexes(ixs []*model.Index) {
	sortByName(ixs, func(ix *model.Index) model.QName { return model.QName{Name: ix.Name} })
}

// partitionConstraintsSQL reads the keys and foreign keys declared on a
// partition itself (conparentid = 0: not cloned from, or attached to, the
// parent's), with their column names.
var partitionConstraintsSQL = `SELECT k.conrelid, k.contype::text, k.conname,
	ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(num, ord)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num ORDER BY u.ord),
	COALESCE(rn.nspname, ''), COALESCE(rc.relname, ''),
	ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(num, ord)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num ORDER BY u.ord),
	k.confdeltype::text, k.confupdtype::text, k.confmatchtype::text, k.condeferrable, k.condeferred,
	COALESCE(x.indnullsnotdistinct, false)
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_index x ON k.contype <> 'f' AND x.indexrelid = k.conindid
WHERE k.contype IN ('f', 'p', 'u') AND k.conparentid = 0 AND c.relispartition AND $1::text[] IS NOT NULL`

// partitionConstraint is a key or foreign key of a partition, kept until
// the partitions are known.
type partitionConstraint struct {
	rel     uint32
	primary bool
	key     *model.Key
	fk      *model.ForeignKey
}

func (r *reader) partitionConstraint(rows pgx.Rows) error {
	var (
		rel                             uint32
		kind, name, refSchema, refTable string
		cols, refCols                   []string
		onDelete, onUpdate, match       string
		deferrable, deferred, nnd       bool
	)
	if err := rows.Scan(&rel, &kind, &name, &cols, &refSchema, &refTable, &refCols,
		&onDelete, &onUpdate, &match, &deferrable, &deferred, &nnd); err != nil {
		return fmt.Errorf("partition constraints: %w", err)
	}
	pc := partitionConstraint{rel: rel, primary: kind == "p"}
	if kind != "f" {
		pc.key = &model.Key{Name: name, Columns: cols, NullsNotDistinct: nnd, Deferrable: deferrable, InitiallyDeferred: deferred}
		r.partitionCons = append(r.partitionCons, pc)
		return nil
	}
	fk := &model.ForeignKey{Name: name, Columns: cols, RefSchema: refSchema, RefTable: refTable, RefColumns: refCols,
		OnDelete: normalize.FKAction(onDelete), OnUpdate: normalize.FKAction(onUpdate),
		Deferrable: deferrable, InitiallyDeferred: deferred}
	if match == "f" {
		fk.Match = "FULL"
	}
	pc.fk = fk
	r.partitionCons = append(r.partitionCons, pc)
	return nil
}
