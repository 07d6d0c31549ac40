package introspect

import (
	"fmt"
	"sort"
	"sync"

	"github.com/jackc/pgx/v5"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// reader collects the rows of the queries into a schema. The queries of
// one session run in order, those of different sessions at once, so each
// field is written by the scanners of one session only (see Queries), and
// finish joins them once every session is done.
type reader struct {
	opts Options
	s    *model.Schema

	// Session 0: relations, types, collations, columns, constraints.
	types      map[uint32]*pgType
	collations map[uint32]named
	byOID      map[uint32]*model.Table
	attrs      map[uint32][]attr // by table oid, indexed by attnum
	// parents holds partitions by parent oid until every table is known.
	parents map[uint32][]model.Partition
	decoded map[typeKey]decodedType
	// defaults caches normalized defaults: a large schema repeats a handful
	// of default texts (now(), '{}', false) thousands of times, and parsing
	// each was half of the read's client-side time.
	defaults map[defaultKey]defaultVal
	colScan  columnScan // the columns query's handler only

	constraints []*constraintRow
	// sequences and extensions run last on session 0, whose queries cost
	// less than session 1's on a large schema (5,000 sequences: about 1s).
	sequences []sequenceRow

	// Session 1: checks, opclasses, indexes, defaults, enums, domains.
	checks      map[uint32]*string // by constraint oid
	defaultRows []defaultRow
	defScan     defaultScan     // the defaults query's handler only
	autoInc     map[string]bool // isNextval's memo
	opclasses   map[uint32]named
	indexes     []*indexRow
	// predicates caches normalized partial-index predicates, which repeat
	// (deleted_at IS NULL) as defaults do.
	predicates map[string]string
	enums      []*model.Enum
	domains    []*model.Domain
	domainOID  map[uint32]*model.Domain
	security   []securityRow // row-level security (policy.go)

	// Views (view.go): views and partitions by oid (session 0), the rows
	// of the views and other indexes queries (session 1).
	viewOID       map[uint32]*model.View
	partLocal     map[uint32]*model.PartitionLocal
	viewRows      []*viewRow
	otherIndexes  []*otherIndexRow
	partitionCons []partitionConstraint

	progress    sync.Mutex // serializes Options.Progress and guards done
	done, total int

	// Session 1: privileges and owners.
	privs privilegeRows
	// Session 1: functions (decoded in finish) and triggers.
	funcRows []*funcRow
	triggers []*model.Trigger
}

func newReader(opts Options) *reader {
	return &reader{
		opts:       opts,
		s:          model.NewSchema(model.SourceDB),
		types:      map[uint32]*pgType{},
		collations: map[uint32]named{},
		byOID:      map[uint32]*model.Table{},
		attrs:      map[uint32][]attr{},
		parents:    map[uint32][]model.Partition{},
		decoded:    map[typeKey]decodedType{},
		opclasses:  map[uint32]named{},
		domainOID:  map[uint32]*model.Domain{},
		predicates: map[string]string{},
		autoInc:    map[string]bool{},
		checks:     map[uint32]*string{},
		viewOID:    map[uint32]*model.View{},
		partLocal:  map[uint32]*model.PartitionLocal{},
	}
}

// scanner returns the function that takes one row of the named query.
func (r *reader) scanner(name string) func(pgx.Rows) error {
	return map[string]func(pgx.Rows) error{
		"types":                r.typ,
		"collations":           r.collation,
		"relations":            r.relation,
		"columns":              r.column,
		"checks":               r.check,
		"opclasses":            r.opclass,
		"constraints":          r.constraint,
		"indexes":              r.index,
		"defaults":             r.columnDefaultRow,
		"enums":                r.enum,
		"domains":              r.domain,
		"policies":             r.policy,
		"sequences":            r.sequence,
		"extensions":           r.extension,
		"privileges":           r.privilege,
		"functions":            r.function,
		"triggers":             r.trigger,
		"views":                r.viewDef,
		"otherindexes":         r.otherIndex,
		"partitionconstraints": r.partitionConstraint,
	}[name]
}

type defaultKey struct{ expr, typ string }

type defaultVal struct {
	norm string
	auto bool
}

// normalizeDefault is normalize.Default, memoized per read.
func (r *reader) normalizeDefault(expr string, typ model.Type) (string, bool, error) {
	k := defaultKey{expr, typ.String()}
	if v, ok := r.defaults[k]; ok {
		return v.norm, v.auto, nil
	}
	norm, auto, err := normalize.Default(expr, typ)
	if err != nil {
		return "", false, err
	}
	if r.defaults == nil {
		r.defaults = map[defaultKey]defaultVal{}
	}
	r.defaults[k] = defaultVal{norm, auto}
	return norm, auto, nil
}

func qname(schema, name string) string {
	return model.QName{Schema: schema, Name: name}.String()
}

func (r *reader) typ(rows pgx.Rows) error {
	var oid uint32
	t := &pgType{}
	if err := rows.Scan(&oid, &t.name, &t.nsp, &t.qname, &t.qnsp, &t.visible, &t.elem, &t.len, &t.storage,
		&t.category, &t.collation); err != nil {
		return fmt.Errorf("types: %w", err)
	}
	// format_type shows an array as its element type with [] only for a
	// true varlena array (not name or oidvector); the model, like the
	// queries before it, treats every array-category type with an element
	// as an array.
	t.trueArray = t.elem != 0 && t.len == -1 && t.storage != "p"
	t.arr = t.category == "A" && t.elem != 0
	r.types[oid] = t
	return nil
}

func (r *reader) collation(rows pgx.Rows) error {
	var oid uint32
	var n named
	if err := rows.Scan(&oid, &n.name, &n.nsp, &n.visible); err != nil {
		return fmt.Errorf("collations: %w", err)
	}
	r.collations[oid] = n
	return nil
}

func (r *reader) opclass(rows pgx.Rows) error {
	var oid uint32
	var n named
	if err := rows.Scan(&oid, &n.name, &n.nsp, &n.isDefault, &n.visible); err != nil {
		return fmt.Errorf("opclasses: %w", err)
	}
	r.opclasses[oid] = n
	return nil
}

func (r *reader) relation(rows pgx.Rows) error {
	var (
		oid, parentOID         uint32
		nsp, name, kind        string
		parentNsp, parentName  string
		bound, partitionKeyDef *string
		replident              string
	)
	if err := rows.Scan(&oid, &nsp, &name, &kind, &parentOID, &parentNsp, &parentName, &bound, &partitionKeyDef, &replident); err != nil {
		return fmt.Errorf("relations: %w", err)
	}
	switch {
	case kind == "v" || kind == "m":
		v := &model.View{Schema: nsp, Name: name, Materialized: kind == "m"}
		r.s.Views = append(r.s.Views, v)
		r.viewOID[oid] = v
		return nil
	case parentOID != 0:
		p := model.Partition{Schema: nsp, Name: name, Local: &model.PartitionLocal{}}
		r.partLocal[oid] = p.Local
		if bound == nil {
			return fmt.Errorf("partition %s: %w", qname(nsp, name), errCatalogChanged)
		}
		b, err := normalize.PartitionBoundDef(*bound)
		if err != nil {
			return fmt.Errorf("partition %s of %s: %w", qname(nsp, name), qname(parentNsp, parentName), err)
		}
		p.Bound = b
		r.parents[parentOID] = append(r.parents[parentOID], p)
		return nil
	}
	t := &model.Table{Schema: nsp, Name: name, ReplicaIdentity: replicaIdentity(replident)}
	if kind == "p" && partitionKeyDef == nil {
		return fmt.Errorf("partition key of %s: %w", qname(nsp, name), errCatalogChanged)
	}
	if partitionKeyDef != nil {
		k, err := normalize.PartitionKeyDef(*partitionKeyDef)
		if err != nil {
			return fmt.Errorf("partition key of %s: %w", qname(nsp, name), err)
		}
		t.PartitionBy = k
	}
	r.byOID[oid] = t
	r.s.Tables = append(r.s.Tables, t)
	return nil
}

// columnScan holds a columns row while it is scanned. Scan's targets
// declared in column itself escaped to the heap, six allocations a row and
// a quarter of a large read's; only the columns query's handler uses it.
type columnScan struct {
	rel, typOID, coll   uint32
	num                 int16
	typmod              int32
	name                string
	served, def         *string
	notNull, hasDef     bool
	identity, generated string
}

func (r *reader) column(rows pgx.Rows) error {
	v := &r.colScan
	*v = columnScan{}
	if err := rows.Scan(&v.rel, &v.num, &v.name, &v.typOID, &v.typmod, &v.served, &v.notNull, &v.identity,
		&v.generated, &v.coll, &v.hasDef, &v.def); err != nil {
		return fmt.Errorf("columns: %w", err)
	}
	rel, num, name, coll, def, identity, generated := v.rel, v.num, v.name, v.coll, v.def, v.identity, v.generated
	t := r.byOID[rel]
	if t == nil {
		return nil // created after the relations were read
	}
	where := func() string { return "column " + model.QuoteIdent(name) + " of " + qname(t.Schema, t.Name) }
	if v.hasDef && generated != "" && def == nil {
		return fmt.Errorf("%s: generation expression: %w", where(), errCatalogChanged)
	}
	k := typeKey{v.typOID, v.typmod}
	dt, ok := r.decoded[k]
	if !ok {
		dt = decodeType(r.types, k, v.served)
		r.decoded[k] = dt
	}
	if dt.err != nil {
		return fmt.Errorf("%s: %w", where(), dt.err)
	}
	c := &model.Column{Name: name, Type: dt.typ, NotNull: v.notNull, RawType: dt.raw}
	r.placeColumn(t, rel, num, attr{name: name, collation: coll, col: c})
	if coll != 0 && coll != dt.collation {
		co, ok := r.collations[coll]
		if !ok {
			return fmt.Errorf("%s: collation %d: %w", where(), coll, errCatalogChanged)
		}
		c.Collation = co.name
		if co.nsp != "pg_catalog" {
			c.Collation = co.nsp + "." + co.name
		}
	}
	switch identity {
	case "a":
		c.AutoIncrement, c.Identity = true, "always"
	case "d":
		c.AutoIncrement, c.Identity = true, "by default"
	}
	if def != nil {
		// The "default" of a generated column is its expression.
		c.RawDefault = *def
		var err error
		if c.Generated, err = normalize.Expr(*def); err != nil {
			return fmt.Errorf("%s: generation expression: %w", where(), err)
		}
	}
	return nil
}

// placeColumn records a column by attnum and adds it to its table in
// attnum order. The rows of a table arrive in that order as the server
// reads its index on pg_attribute, but the query does not promise it: a
// column out of order rebuilds the table's list.
func (r *reader) placeColumn(t *model.Table, rel uint32, num int16, a attr) {
	cols := r.attrs[rel]
	inOrder := int(num) >= len(cols)
	for len(cols) <= int(num) {
		cols = append(cols, attr{})
	}
	cols[num] = a
	r.attrs[rel] = cols
	if inOrder {
		t.Columns = append(t.Columns, a.col)
		return
	}
	t.Columns = t.Columns[:0]
	for _, c := range cols {
		if c.col != nil {
			t.Columns = append(t.Columns, c.col)
		}
	}
}

// defaultRow is one row of the defaults query, kept until its column is
// known.
// defaultScan holds a defaults row while it is scanned.
type defaultScan struct {
	row  defaultRow
	expr *string
}

type defaultRow struct {
	rel  uint32
	num  int16
	expr string
	// nextval is known as the rows arrive, whatever the column's type,
	// overlapping the server's work.
	nextval bool
	// generated marks a tree the query did not deparse.
	generated bool
}

func (r *reader) columnDefaultRow(rows pgx.Rows) error {
	// The targets live in the reader, as columnScan's do.
	v := &r.defScan
	*v = defaultScan{}
	if err := rows.Scan(&v.row.rel, &v.row.num, &v.expr); err != nil {
		return fmt.Errorf("defaults: %w", err)
	}
	d, expr := v.row, v.expr
	if expr == nil {
		d.generated = true // a generation expression: see defaultsSQL
		r.defaultRows = append(r.defaultRows, d)
		return nil
	}
	d.expr = *expr
	// A text that does not parse is reported with its column in
	// attachDefaults.
	d.nextval = normalize.IsDeparsedNextval(d.expr) || r.isNextval(d.expr)
	r.defaultRows = append(r.defaultRows, d)
	return nil
}

// isNextval is whether a default text is a sequence's, memoized: the
// other defaults repeat a few texts (now(), false) thousands of times.
func (r *reader) isNextval(expr string) bool {
	auto, ok := r.autoInc[expr]
	if !ok {
		_, auto, _ = normalize.Default(expr, model.Type{})
		r.autoInc[expr] = auto
	}
	return auto
}

// attachDefaults sets the columns' defaults.
func (r *reader) attachDefaults() error {
	for _, d := range r.defaultRows {
		cols := r.attrs[d.rel]
		if int(d.num) >= len(cols) || cols[d.num].col == nil {
			continue // a column of a table not read
		}
		c := cols[d.num].col
		if c.Generated != "" {
			continue // its expression came with the columns
		}
		if d.generated {
			// A default that names a column is no default: the column
			// was made generated since the columns were read.
			return fmt.Errorf("column %s: %w", model.QuoteIdent(c.Name), errCatalogChanged)
		}
		c.RawDefault = d.expr
		if d.nextval {
			c.AutoIncrement = true
			continue
		}
		var auto bool
		var err error
		if c.Default, auto, err = r.normalizeDefault(d.expr, c.Type); err != nil {
			t := r.byOID[d.rel]
			return fmt.Errorf("introspect: column %s of %s: default: %w", model.QuoteIdent(c.Name), qname(t.Schema, t.Name), err)
		}
		// A serial column is an integer with a nextval default.
		c.AutoIncrement = c.AutoIncrement || auto
	}
	return nil
}

func (r *reader) index(rows pgx.Rows) error {
	x := &indexRow{}
	if err := rows.Scan(&x.rel, &x.oid, &x.name, &x.method, &x.unique, &x.nnd, &x.nkeys, &x.keys, &x.options,
		&x.classes, &x.colls, &x.def, &x.pred, &x.needsDef, &x.hasPrd, &x.replident, &x.tree); err != nil {
		return fmt.Errorf("indexes: %w", err)
	}
	if x.pred != nil {
		// Normalized as the rows arrive, while the server works on the
		// next ones.
		var err error
		if x.where, err = r.normalizePredicate(*x.pred); err != nil {
			return fmt.Errorf("index %s: WHERE: %w", model.QuoteIdent(x.name), err)
		}
	}
	r.indexes = append(r.indexes, x)
	return nil
}

// normalizePredicate is normalize.Expr, memoized: partial indexes repeat
// a few predicates (deleted_at IS NULL) across many tables.
func (r *reader) normalizePredicate(text string) (string, error) {
	if w, ok := r.predicates[text]; ok {
		return w, nil
	}
	w, err := normalize.Expr(text)
	if err != nil {
		return "", err
	}
	r.predicates[text] = w
	return w, nil
}

func (r *reader) enum(rows pgx.Rows) error {
	e := &model.Enum{}
	if err := rows.Scan(&e.Schema, &e.Name, &e.Values); err != nil {
		return fmt.Errorf("enums: %w", err)
	}
	r.enums = append(r.enums, e)
	return nil
}

func (r *reader) domain(rows pgx.Rows) error {
	var (
		oid                                     uint32
		nsp, name, formatted, elemNsp, elemName string
		isArray, notNull                        bool
		def                                     *string
	)
	if err := rows.Scan(&oid, &nsp, &name, &formatted, &elemNsp, &elemName, &isArray, &notNull, &def); err != nil {
		return fmt.Errorf("domains: %w", err)
	}
	where := "domain " + qname(nsp, name)
	typ, err := columnType(formatted, elemNsp, elemName, isArray)
	if err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	d := &model.Domain{Schema: nsp, Name: name, Type: typ, NotNull: notNull}
	if def != nil {
		// Not memoized: the cache belongs to the columns' session.
		if d.Default, _, err = normalize.Default(*def, typ); err != nil {
			return fmt.Errorf("%s: default: %w", where, err)
		}
	}
	r.domains = append(r.domains, d)
	r.domainOID[oid] = d
	return nil
}

// finish joins what the sessions read: constraints and indexes onto their
// tables, partitions onto their parents, and puts everything in a
// deterministic order. The queries' ORDER BY sorts names by the
// database's collation rules for the name type; Go's byte order is the
// one every other source uses.
func (r *reader) finish() error {
	if err := r.attachDefaults(); err != nil {
		return err
	}
	r.attachSequences()
	backing, err := r.attachConstraints()
	if err != nil {
		return err
	}
	if err := r.attachIndexes(backing); err != nil {
		return err
	}
	if err := r.attachSecurity(); err != nil {
		return err
	}
	if err := r.attachViews(); err != nil {
		return err
	}
	for _, d := range r.domains {
		sort.Slice(d.Checks, func(i, j int) bool { return d.Checks[i].Name < d.Checks[j].Name })
	}
	for oid, parts := range r.parents {
		// A partition whose parent is not a model table (a sub-partition,
		// or a parent of an unselected schema) is not listed.
		if t := r.byOID[oid]; t != nil {
			t.Partitions = append(t.Partitions, parts...)
		}
	}
	r.s.Enums, r.s.Domains = r.enums, r.domains
	r.attachPrivileges()
	if err := r.attachFunctions(); err != nil {
		return err
	}
	r.attachTriggers()
	for _, ns := range r.opts.Schemas {
		r.s.AddNamespace(ns)
	}
	r.sortAll()
	return nil
}

// sortAll puts what was read in a deterministic order: the queries' ORDER
// BY follows the database's collation, Go's byte order is what every other
// source uses.
func (r *reader) sortAll() {
	sortByName(r.s.Tables, func(t *model.Table) model.QName { return t.QName() })
	sortByName(r.s.Views, func(v *model.View) model.QName { return model.QName{Schema: v.Schema, Name: v.Name} })
	sortByName(r.s.Enums, func(e *model.Enum) model.QName { return model.QName{Schema: e.Schema, Name: e.Name} })
	sortByName(r.s.Domains, func(d *model.Domain) model.QName { return model.QName{Schema: d.Schema, Name: d.Name} })
	for _, t := range r.s.Tables {
		sort.Slice(t.Uniques, func(i, j int) bool { return t.Uniques[i].Name < t.Uniques[j].Name })
		sort.Slice(t.Checks, func(i, j int) bool { return t.Checks[i].Name < t.Checks[j].Name })
		sort.Slice(t.ForeignKeys, func(i, j int) bool { return t.ForeignKeys[i].Name < t.ForeignKeys[j].Name })
		sort.Slice(t.Indexes, func(i, j int) bool { return t.Indexes[i].Name < t.Indexes[j].Name })
		sort.Slice(t.Exclusions, func(i, j int) bool { return t.Exclusions[i].Name < t.Exclusions[j].Name })
		// By name, then schema, as the SQL side lists them.
		sort.Slice(t.Partitions, func(i, j int) bool {
			a, b := t.Partitions[i], t.Partitions[j]
			if a.Name != b.Name {
				return a.Name < b.Name
			}
			return a.Schema < b.Schema
		})
	}
}

// sortByName sorts objects by schema, then name.
func sortByName[T any](s []T, key func(T) model.QName) {
	sort.Slice(s, func(i, j int) bool {
		a, b := key(s[i]), key(s[j])
		if a.Schema != b.Schema {
			return a.Schema < b.Schema
		}
		return a.Name < b.Name
	})
}

// attachIndexes decodes the indexes of the tables read, leaving out those
// that back a constraint.
func (r *reader) attachIndexes(backing map[[2]uint32]bool) error {
	for _, x := range r.indexes {
		t := r.byOID[x.rel]
		if t != nil && x.replident {
			t.ReplicaIndex = x.name
		}
		if t == nil || backing[[2]uint32{x.rel, x.oid}] {
			continue
		}
		ix, err := r.decodeIndex(x, r.attrs[x.rel])
		if err != nil {
			return fmt.Errorf("introspect: index %s of %s: %w", model.QuoteIdent(x.name), qname(t.Schema, t.Name), err)
		}
		t.Indexes = append(t.Indexes, ix)
	}
	return nil
}
