// Package introspect reads a live PostgreSQL database into a *model.Schema
// (Source model.SourceDB): tables with their columns, keys, checks, foreign
// keys, secondary indexes and partitions, views, enums and domains.
//
// The read is one REPEATABLE READ READ ONLY transaction running a fixed set of
// pg_catalog queries (see Queries), whatever the number of tables, so it sees
// one instant of the catalog, never writes, and needs no privilege beyond
// CONNECT. Defaults, checks, index definitions and partition keys go through
// package normalize, exactly as the SQL scripts' do, so that the same object
// compares equal from either side.
//
// introspect imports model, normalize and pgx. It must not import sqlparse,
// spec, diff, report or the command line: it only produces a schema.
package introspect

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// Options control a read.
type Options struct {
	// Schemas are the PostgreSQL schemas to read; default public.
	Schemas []string
	// StatementTimeout cancels a catalog query that runs longer; zero keeps
	// the session's setting.
	StatementTimeout time.Duration
	// Logf, when set, is told about each query (the -v flag).
	Logf func(format string, args ...any)
	// Warn, when set, receives notes about what the catalog holds but the
	// model leaves out (exclusion constraints). A catalog object has no
	// file position, so pos is zero.
	Warn func(pos model.Pos, msg string)
}

// minServerVersion is the oldest PostgreSQL whose catalog the queries know:
// pg_attribute.attgenerated arrived in 12.
const minServerVersion = 12

// maxAttempts bounds the reads of a catalog that keeps changing underneath.
// A read that meets a DDL transaction waits for its lock (pg_get_expr and
// pg_get_indexdef lock the table for the call) and then sees its result,
// so under a steady stream of migrations a few attempts are not enough.
const maxAttempts = 10

// Schema reads the selected schemas of the database conn is connected to.
// conn is left as it was: the transaction is rolled back and the session's
// settings are untouched.
func Schema(ctx context.Context, conn *pgx.Conn, opts Options) (*model.Schema, error) {
	if conn == nil {
		return nil, errors.New("introspect: no connection")
	}
	opts.Schemas = schemaList(opts.Schemas)
	if v := serverMajor(conn.PgConn().ParameterStatus("server_version")); v > 0 && v < minServerVersion {
		return nil, fmt.Errorf("introspect: PostgreSQL %s is not supported (ariadrift reads the catalog of PostgreSQL %d or newer)",
			conn.PgConn().ParameterStatus("server_version"), minServerVersion)
	}
	for attempt := 1; ; attempt++ {
		s, err := read(ctx, conn, opts)
		if err == nil {
			s.Origin = Target(&conn.Config().Config)
			return s, nil
		}
		if attempt == maxAttempts || !concurrentDDL(err) || ctx.Err() != nil {
			return nil, err
		}
		logf(opts, "the catalog changed during the read (%v); reading again", err)
		// Back off a little: DDL comes in bursts, and reading again at
		// once would meet the next statement of the same migration.
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(time.Duration(attempt) * 10 * time.Millisecond):
		}
	}
}

// schemaList drops empty and repeated names, keeping the order.
func schemaList(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return []string{"public"}
	}
	return out
}

// serverMajor reads the major version from server_version ("15.4 (Debian
// 15.4-1)", "16beta1"); 0 when it cannot tell.
func serverMajor(v string) int {
	end := 0
	for end < len(v) && v[end] >= '0' && v[end] <= '9' {
		end++
	}
	n, _ := strconv.Atoi(v[:end])
	return n
}

// errCatalogChanged marks a row of the snapshot whose definition the
// catalog functions no longer find: pg_get_expr and pg_get_indexdef return
// NULL for an object dropped (or rebuilt under a new oid) after the
// snapshot was taken, and keeping the row without it would describe a
// schema that never existed.
var errCatalogChanged = errors.New("the catalog changed during the read")

// concurrentDDL reports an error caused by DDL committed during the read.
// The snapshot keeps the catalog rows consistent, but pg_get_expr,
// pg_get_indexdef and format_type look objects up in the catalog caches,
// which follow the latest commit: an object dropped meanwhile fails there.
func concurrentDDL(err error) bool {
	if errors.Is(err, errCatalogChanged) {
		return true
	}
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return false
	}
	return pgErr.Code == "XX000" && (strings.Contains(pgErr.Message, "cache lookup failed") ||
		strings.HasPrefix(pgErr.Message, "could not open relation with OID"))
}

func logf(opts Options, format string, args ...any) {
	if opts.Logf != nil {
		opts.Logf(format, args...)
	}
}

// read runs the queries once, in one snapshot.
func read(ctx context.Context, conn *pgx.Conn, opts Options) (*model.Schema, error) {
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("introspect: begin read-only transaction: %w", err)
	}
	// Rolled back whatever happens: nothing was written, and the caller's
	// connection must not be left inside a transaction.
	defer tx.Rollback(context.WithoutCancel(ctx))

	// SET LOCAL ends with the transaction, so the session keeps its own
	// settings. The search_path is fixed because it decides how pg_get_expr
	// qualifies names: with PostgreSQL's default ("public"), a function or
	// type from public prints bare, as scripts usually write it.
	set := "SET LOCAL search_path = public"
	if opts.StatementTimeout > 0 {
		ms := opts.StatementTimeout.Milliseconds()
		if ms == 0 {
			ms = 1 // 0 would mean no timeout at all
		}
		set += "; SET LOCAL statement_timeout = " + strconv.FormatInt(ms, 10)
	}
	if _, err := tx.Exec(ctx, set); err != nil {
		return nil, fmt.Errorf("introspect: configure the read: %w", err)
	}

	r := &reader{
		opts:    opts,
		s:       model.NewSchema(model.SourceDB),
		byOID:   map[uint32]*model.Table{},
		parents: map[uint32][]model.Partition{},
	}
	scans := map[string]func(pgx.Rows) error{
		"relations":   r.relation,
		"columns":     r.column,
		"constraints": r.constraint,
		"indexes":     r.index,
		"enums":       r.enum,
		"domains":     r.domain,
	}
	for _, q := range Queries() {
		if err := r.run(ctx, tx, q, scans[q.Name]); err != nil {
			return nil, err
		}
	}
	r.finish()
	return r.s, nil
}

// reader collects the rows of the queries into a schema.
type reader struct {
	opts  Options
	s     *model.Schema
	byOID map[uint32]*model.Table
	// parents holds partitions by parent oid until every table is known.
	parents map[uint32][]model.Partition
	// defaults caches normalized defaults: a large schema repeats a handful
	// of default texts (now(), '{}', false) thousands of times, and parsing
	// each was half of the read's client-side time.
	defaults map[defaultKey]defaultVal
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

func (r *reader) run(ctx context.Context, tx pgx.Tx, q Query, scan func(pgx.Rows) error) error {
	start := time.Now()
	rows, err := tx.Query(ctx, q.SQL, r.opts.Schemas)
	if err != nil {
		return queryError(q.Name, err, r.opts.StatementTimeout)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		if err := scan(rows); err != nil {
			return fmt.Errorf("introspect: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return queryError(q.Name, err, r.opts.StatementTimeout)
	}
	logf(r.opts, "catalog query %s: %d rows in %s", q.Name, n, time.Since(start).Round(time.Microsecond))
	return nil
}

// queryError explains a failed catalog query.
func queryError(name string, err error, timeout time.Duration) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "57014" && timeout > 0 && strings.Contains(pgErr.Message, "statement timeout") {
		return fmt.Errorf("introspect: reading %s took longer than the statement timeout (%s): %w", name, timeout, err)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return &closedError{query: name, err: err}
	}
	return fmt.Errorf("introspect: reading %s: %w", name, err)
}

// closedError is a connection that ended in the middle of a query: the
// server was shut down (an immediate shutdown only warns the client before
// closing the socket) or the network went away.
type closedError struct {
	query string
	err   error
}

func (e *closedError) Error() string {
	return "introspect: reading " + e.query + ": server closed the connection unexpectedly"
}

func (e *closedError) Unwrap() error { return e.err }

func qname(schema, name string) string {
	return model.QName{Schema: schema, Name: name}.String()
}

func (r *reader) relation(rows pgx.Rows) error {
	var (
		oid, parentOID         uint32
		nsp, name, kind        string
		parentNsp, parentName  string
		bound, partitionKeyDef *string
	)
	if err := rows.Scan(&oid, &nsp, &name, &kind, &parentOID, &parentNsp, &parentName, &bound, &partitionKeyDef); err != nil {
		return fmt.Errorf("relations: %w", err)
	}
	switch {
	case kind == "v" || kind == "m":
		r.s.Views = append(r.s.Views, &model.View{Schema: nsp, Name: name, Materialized: kind == "m"})
		return nil
	case parentOID != 0:
		p := model.Partition{Schema: nsp, Name: name}
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
	t := &model.Table{Schema: nsp, Name: name}
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

func (r *reader) column(rows pgx.Rows) error {
	var (
		rel                                uint32
		name, formatted, elemNsp, elemName string
		isArray, notNull                   bool
		def, collation                     *string
		identity, generated                string
		hasDef                             bool
	)
	if err := rows.Scan(&rel, &name, &formatted, &elemNsp, &elemName, &isArray, &notNull, &def, &identity, &generated, &collation, &hasDef); err != nil {
		return fmt.Errorf("columns: %w", err)
	}
	t := r.byOID[rel]
	if t == nil {
		return nil // created after the relations were read
	}
	where := func() string { return "column " + model.QuoteIdent(name) + " of " + qname(t.Schema, t.Name) }
	if hasDef && def == nil {
		return fmt.Errorf("%s: default: %w", where(), errCatalogChanged)
	}
	typ, err := columnType(formatted, elemNsp, elemName, isArray)
	if err != nil {
		return fmt.Errorf("%s: %w", where(), err)
	}
	c := &model.Column{Name: name, Type: typ, NotNull: notNull, RawType: formatted}
	switch identity {
	case "a":
		c.AutoIncrement, c.Identity = true, "always"
	case "d":
		c.AutoIncrement, c.Identity = true, "by default"
	}
	if collation != nil {
		c.Collation = *collation
	}
	if def != nil {
		c.RawDefault = *def
		if generated == "s" {
			// The "default" of a generated column is its expression.
			if c.Generated, err = normalize.Expr(*def); err != nil {
				return fmt.Errorf("%s: generation expression: %w", where(), err)
			}
		} else {
			var auto bool
			if c.Default, auto, err = r.normalizeDefault(*def, typ); err != nil {
				return fmt.Errorf("%s: default: %w", where(), err)
			}
			// A serial column is an integer with a nextval default.
			c.AutoIncrement = c.AutoIncrement || auto
		}
	}
	t.Columns = append(t.Columns, c)
	return nil
}

// columnType builds the normalized type of a column or domain from
// format_type's text and the (element) type's schema and name.
func columnType(formatted, elemNsp, elemName string, isArray bool) (model.Type, error) {
	if elemNsp == "pg_catalog" {
		t, _, err := model.ParseType(formatted)
		if err != nil {
			return model.Type{}, fmt.Errorf("type %s: %w", formatted, err)
		}
		return t, nil
	}
	// A user-defined type, extension types such as citext included.
	// format_type adds the schema only when the type is not on the
	// search_path, and quotes as needed, so the name is built from the
	// catalog instead. Integer modifiers are kept (vector(3));
	// others cannot be (geometry(Point,4326)) and are dropped, as the SQL
	// side drops them.
	var mods []int
	if pt, _, err := model.ParseType(formatted); err == nil {
		mods = pt.Mods
	}
	return model.Type{Name: elemNsp + "." + elemName, Mods: mods, Array: isArray}, nil
}

func (r *reader) constraint(rows pgx.Rows) error {
	var (
		rel                                    uint32
		name, kind, refNsp, refTable           string
		cols, refCols                          []string
		onDelete, onUpdate, match              string
		deferrable, deferred, noInherit, nulls bool
		check                                  *string
	)
	if err := rows.Scan(&rel, &name, &kind, &cols, &refNsp, &refTable, &refCols, &onDelete, &onUpdate, &match,
		&deferrable, &deferred, &noInherit, &check, &nulls); err != nil {
		return fmt.Errorf("constraints: %w", err)
	}
	t := r.byOID[rel]
	if t == nil {
		return nil
	}
	switch kind {
	case "p":
		t.PrimaryKey = &model.Key{Name: name, Columns: cols, Deferrable: deferrable, InitiallyDeferred: deferred}
	case "u":
		t.Uniques = append(t.Uniques, &model.Key{Name: name, Columns: cols, NullsNotDistinct: nulls,
			Deferrable: deferrable, InitiallyDeferred: deferred})
	case "f":
		fk := &model.ForeignKey{Name: name, Columns: cols, RefSchema: refNsp, RefTable: refTable, RefColumns: refCols,
			OnDelete: normalize.FKAction(onDelete), OnUpdate: normalize.FKAction(onUpdate),
			Deferrable: deferrable, InitiallyDeferred: deferred}
		if match == "f" {
			fk.Match = "FULL"
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
	case "c":
		if check == nil {
			return fmt.Errorf("check constraint %s of %s: %w", model.QuoteIdent(name), qname(t.Schema, t.Name), errCatalogChanged)
		}
		e, err := normalize.Expr(*check)
		if err != nil {
			return fmt.Errorf("check constraint %s of %s: %w", model.QuoteIdent(name), qname(t.Schema, t.Name), err)
		}
		t.Checks = append(t.Checks, &model.Check{Name: name, Expr: e, NoInherit: noInherit})
	case "x":
		// Read only to say so: the scripts' replay ignores them too, so
		// both sides of sql↔db agree, but spec↔db must not pose as complete.
		if r.opts.Warn != nil {
			r.opts.Warn(model.Pos{}, fmt.Sprintf("EXCLUDE constraint %s on %s ignored", model.QuoteIdent(name), qname(t.Schema, t.Name)))
		}
	}
	return nil
}

func (r *reader) index(rows pgx.Rows) error {
	var (
		rel  uint32
		name string
		def  *string
	)
	if err := rows.Scan(&rel, &name, &def); err != nil {
		return fmt.Errorf("indexes: %w", err)
	}
	t := r.byOID[rel]
	if t == nil {
		return nil
	}
	if def == nil {
		return fmt.Errorf("index %s of %s: %w", model.QuoteIdent(name), qname(t.Schema, t.Name), errCatalogChanged)
	}
	ix, _, err := normalize.IndexDef(*def)
	if err != nil {
		return fmt.Errorf("index %s of %s: %w", model.QuoteIdent(name), qname(t.Schema, t.Name), err)
	}
	ix.Name = name
	t.Indexes = append(t.Indexes, ix)
	return nil
}

func (r *reader) enum(rows pgx.Rows) error {
	e := &model.Enum{}
	if err := rows.Scan(&e.Schema, &e.Name, &e.Values); err != nil {
		return fmt.Errorf("enums: %w", err)
	}
	r.s.Enums = append(r.s.Enums, e)
	return nil
}

func (r *reader) domain(rows pgx.Rows) error {
	var (
		nsp, name, formatted, elemNsp, elemName string
		isArray, notNull                        bool
		def                                     *string
		checkNames                              []string
		checkExprs                              []*string
	)
	if err := rows.Scan(&nsp, &name, &formatted, &elemNsp, &elemName, &isArray, &notNull, &def, &checkNames, &checkExprs); err != nil {
		return fmt.Errorf("domains: %w", err)
	}
	where := "domain " + qname(nsp, name)
	typ, err := columnType(formatted, elemNsp, elemName, isArray)
	if err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	d := &model.Domain{Schema: nsp, Name: name, Type: typ, NotNull: notNull}
	if def != nil {
		if d.Default, _, err = r.normalizeDefault(*def, typ); err != nil {
			return fmt.Errorf("%s: default: %w", where, err)
		}
	}
	for i, cn := range checkNames {
		if i >= len(checkExprs) || checkExprs[i] == nil {
			return fmt.Errorf("%s: check constraint %s: %w", where, model.QuoteIdent(cn), errCatalogChanged)
		}
		e, err := normalize.Expr(*checkExprs[i])
		if err != nil {
			return fmt.Errorf("%s: check constraint %s: %w", where, model.QuoteIdent(cn), err)
		}
		d.Checks = append(d.Checks, &model.Check{Name: cn, Expr: e})
	}
	r.s.Domains = append(r.s.Domains, d)
	return nil
}

// finish attaches partitions to their parents and puts everything in a
// deterministic order. The queries' ORDER BY sorts names by the database's
// collation rules for the name type; Go's byte order is the one every other
// source uses.
func (r *reader) finish() {
	for oid, parts := range r.parents {
		// A partition whose parent is not a model table (a sub-partition,
		// or a parent of an unselected schema) is not listed.
		if t := r.byOID[oid]; t != nil {
			t.Partitions = append(t.Partitions, parts...)
		}
	}
	for _, ns := range r.opts.Schemas {
		r.s.AddNamespace(ns)
	}
	sort.Slice(r.s.Tables, func(i, j int) bool { return lessQ(r.s.Tables[i].QName(), r.s.Tables[j].QName()) })
	sort.Slice(r.s.Views, func(i, j int) bool {
		return lessQ(model.QName{Schema: r.s.Views[i].Schema, Name: r.s.Views[i].Name},
			model.QName{Schema: r.s.Views[j].Schema, Name: r.s.Views[j].Name})
	})
	sort.Slice(r.s.Enums, func(i, j int) bool {
		return lessQ(model.QName{Schema: r.s.Enums[i].Schema, Name: r.s.Enums[i].Name},
			model.QName{Schema: r.s.Enums[j].Schema, Name: r.s.Enums[j].Name})
	})
	sort.Slice(r.s.Domains, func(i, j int) bool {
		return lessQ(model.QName{Schema: r.s.Domains[i].Schema, Name: r.s.Domains[i].Name},
			model.QName{Schema: r.s.Domains[j].Schema, Name: r.s.Domains[j].Name})
	})
	for _, t := range r.s.Tables {
		sort.Slice(t.Uniques, func(i, j int) bool { return t.Uniques[i].Name < t.Uniques[j].Name })
		sort.Slice(t.Checks, func(i, j int) bool { return t.Checks[i].Name < t.Checks[j].Name })
		sort.Slice(t.ForeignKeys, func(i, j int) bool { return t.ForeignKeys[i].Name < t.ForeignKeys[j].Name })
		sort.Slice(t.Indexes, func(i, j int) bool { return t.Indexes[i].Name < t.Indexes[j].Name })
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

func lessQ(a, b model.QName) bool {
	if a.Schema != b.Schema {
		return a.Schema < b.Schema
	}
	return a.Name < b.Name
}
