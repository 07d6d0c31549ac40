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
	// Logf, when set, is told about each query and phase, with timings
	// (the -v flag).
	Logf func(format string, args ...any)
	// Warn, when set, receives notes about what the catalog holds but the
	// model leaves out (exclusion constraints). A catalog object has no
	// file position, so pos is zero.
	Warn func(pos model.Pos, msg string)
	// Sessions is how many database sessions the read uses, sharing one
	// snapshot: the connection given to Schema plus Sessions-1 it opens
	// with the same settings. Zero means two, or one when the connection
	// has a pgx tracer (see sessionCount).
	Sessions int
	// Progress, when set, is called as each query and phase of a read
	// ends, never concurrently. A command can use it to show progress
	// for a read that takes longer than a second.
	Progress func(Step)
}

// Step is a finished part of a read, as Options.Progress is told of it.
type Step struct {
	// Phase is what finished: PhaseSnapshot, PhaseQuery or PhaseAssemble.
	Phase string
	// Query is the catalog query (see Queries) of PhaseQuery.
	Query string
	// Session is the session that ran the query, 0 for the caller's.
	Session int
	// Sessions is how many sessions the read used (PhaseAssemble).
	Sessions int
	// Rows is how many rows the query returned.
	Rows int
	// Done and Total count the queries of the read: Done have finished.
	Done, Total int
	// Took is how long the step took.
	Took time.Duration
}

// The phases of a read, in the order they end.
const (
	PhaseSnapshot = "snapshot" // every session is in the shared snapshot
	PhaseQuery    = "query"    // one catalog query has been read
	PhaseAssemble = "assemble" // constraints and indexes are joined onto tables
)

// minServerVersion is the oldest PostgreSQL whose catalog the queries know:
// pg_attribute.attgenerated arrived in 12.
const minServerVersion = 12

// maxAttempts bounds the reads of a catalog that keeps changing underneath.
// The deparse functions still called (checks, partial-index predicates,
// partition bounds) open the table for the call: a read that meets a DDL
// transaction waits for its lock and then sees its result, so under a
// steady stream of migrations a few attempts are not enough.
const maxAttempts = 10

// Schema reads the selected schemas of the database conn is connected to.
// conn is left as it was: the transaction is rolled back and the session's
// settings are untouched. The sessions the read opens besides conn are
// closed before it returns.
func Schema(ctx context.Context, conn *pgx.Conn, opts Options) (*model.Schema, error) {
	if conn == nil {
		return nil, errors.New("introspect: no connection")
	}
	opts.Schemas = schemaList(opts.Schemas)
	version := conn.PgConn().ParameterStatus("server_version")
	major := serverMajor(version)
	if major > 0 && major < minServerVersion {
		return nil, fmt.Errorf("introspect: PostgreSQL %s is not supported (ariadrift reads the catalog of PostgreSQL %d or newer)",
			version, minServerVersion)
	}
	var ws []*worker
	if n := sessionCount(conn, opts); n > 1 {
		w := startWorkers(ctx, conn, n-1, opts)
		defer w.close()
		ws = w.list
	}
	for attempt := 1; ; attempt++ {
		s, err := read(ctx, conn, ws, opts, major)
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

// read runs the queries once, in one snapshot shared by its sessions.
func read(ctx context.Context, conn *pgx.Conn, ws []*worker, opts Options, major int) (*model.Schema, error) {
	start := time.Now()
	tx, snapshot, err := begin(ctx, conn, len(ws) > 0, opts)
	if err != nil {
		return nil, err
	}
	// Rolled back whatever happens: nothing was written, and the caller's
	// connection must not be left inside a transaction.
	defer tx.Rollback(context.WithoutCancel(ctx))
	defer rollback(ctx, ws)
	logf(opts, "catalog read: snapshot taken in %s", since(start))
	queries := queriesFor(major)
	r := newReader(opts)
	r.total = len(queries)
	r.step(Step{Phase: PhaseSnapshot, Took: time.Since(start)})
	qstart := time.Now()
	used, err := r.runAll(ctx, tx, snapshot, ws, queries)
	if err != nil {
		return nil, err
	}
	logf(opts, "catalog read: %d queries over %d session(s) in %s", len(queries), used, since(qstart))
	fstart := time.Now()
	if err := r.finish(); err != nil {
		return nil, err
	}
	normalize.Scoped(r.s)
	logf(opts, "catalog read: constraints and indexes joined in %s; whole read %s", since(fstart), since(start))
	r.step(Step{Phase: PhaseAssemble, Sessions: used, Took: time.Since(fstart)})
	return r.s, nil
}

func since(t time.Time) time.Duration { return time.Since(t).Round(time.Microsecond) }

// step tells Options.Progress about a finished part of the read.
func (r *reader) step(s Step) {
	if r.opts.Progress == nil {
		return
	}
	r.progress.Lock()
	defer r.progress.Unlock()
	if s.Phase == PhaseQuery {
		r.done++
	}
	s.Done, s.Total = r.done, r.total
	r.opts.Progress(s)
}

// run runs one query on its session, handing each row to its scanner as
// it arrives: decoding overlaps the server's work on the next rows.
func (r *reader) run(ctx context.Context, tx pgx.Tx, q Query, session int) error {
	start := time.Now()
	scan := r.scanner(q.Name)
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
	logf(r.opts, "catalog query %s: %d rows in %s (session %d)", q.Name, n, since(start), session)
	r.step(Step{Phase: PhaseQuery, Query: q.Name, Session: session, Rows: n, Took: time.Since(start)})
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
