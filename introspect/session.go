package introspect

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// A read runs its queries over one or more sessions. The first is the
// caller's connection; it opens a REPEATABLE READ READ ONLY transaction
// and, when there are others, exports its snapshot (pg_export_snapshot),
// which each other session imports (SET TRANSACTION SNAPSHOT) before its
// first query, as pg_dump's parallel mode does. Every query of the read
// therefore sees the same instant of the catalog, whatever session runs
// it, while the server's deparse work, which dominates a large read, runs
// on two backends at once.
//
// The other sessions connect while the first one reads. A session that is
// still not connected joinGrace after the first has run its own queries
// (a refused connection; a new backend waits for any lock on pg_class
// while it starts) is not waited for: the first session runs its queries
// too.

// defaultSessions is how many sessions a read uses unless told otherwise:
// the server's work splits into two halves of about equal cost (see
// Queries); more sessions would only divide the smaller queries.
const defaultSessions = 2

// joinGrace is how long the first session, done with its own queries,
// waits for another to connect. A connection normally takes milliseconds;
// waiting for it keeps the statements of a read the same from one read to
// the next.
const joinGrace = 2 * time.Second

// sessionCount decides how many sessions a read uses. A connection with a
// tracer is read over that connection alone: a tracer is set to observe
// the read, statement by statement, and it sees every statement, in
// order, from one session.
func sessionCount(conn *pgx.Conn, opts Options) int {
	switch {
	case opts.Sessions > 0:
		return opts.Sessions
	case conn.Config().Tracer != nil:
		return 1
	}
	return defaultSessions
}

// worker is a session a read opens besides the caller's.
type worker struct {
	ready chan struct{} // closed once the connection attempt ended
	conn  *pgx.Conn     // nil when it failed
	tx    pgx.Tx
}

// workers are the sessions of a read besides the caller's, connected in
// the background with the caller's settings.
type workers struct {
	list   []*worker
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func startWorkers(ctx context.Context, conn *pgx.Conn, n int, opts Options) *workers {
	ctx, cancel := context.WithCancel(ctx)
	ws := &workers{cancel: cancel}
	start := time.Now()
	for i := range n {
		w := &worker{ready: make(chan struct{})}
		ws.list = append(ws.list, w)
		ws.wg.Go(func() {
			defer close(w.ready)
			c, err := pgx.ConnectConfig(ctx, conn.Config())
			if err != nil {
				if ctx.Err() == nil {
					logf(opts, "catalog read: session %d could not connect (%v); its queries run on session 0", i+1, err)
				}
				return
			}
			w.conn = c
			logf(opts, "catalog read: session %d connected in %s", i+1, since(start))
		})
	}
	return ws
}

// close stops the connections still being made and closes the others.
func (ws *workers) close() {
	ws.cancel()
	ws.wg.Wait()
	for _, w := range ws.list {
		if w.conn != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			_ = w.conn.Close(ctx)
			cancel()
		}
	}
}

// Settings is the SET LOCAL every session of a read runs before its
// queries, exported so that a benchmark can run the queries as the read
// does; see settings.
const Settings = "SET LOCAL search_path = public; SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, MDY'; SET LOCAL IntervalStyle = 'postgres'; " +
	"SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off"

// settings is the SET LOCAL of every session: SET LOCAL ends with the
// transaction, so the session keeps its own settings. The search_path is
// fixed because it decides how the deparse functions qualify names (and
// which types and operator classes decode.go treats as visible): with
// PostgreSQL's default ("public"), a function or type from public prints
// bare, as scripts usually write it. TimeZone, DateStyle and IntervalStyle
// are fixed because they decide how the deparser prints timestamptz, date
// and interval constants (partition bounds, predicates, defaults): in UTC,
// ISO and postgres style, as package normalize prints the scripts'
// literals. Parallel workers are off: the
// read already spreads over sessions, and a worker per query is one more
// backend to start and feed, on a server that is also serving its
// applications; work_mem lets a sort or hash of 100,000 catalog rows stay
// in memory. JIT is off: at 20,000 tables the planner's costs pass
// jit_above_cost, and compiling the catalog queries' expressions took
// longer than it saved (70 ms of 1.65 s of server time).
func settings(opts Options) string {
	set := Settings
	if opts.StatementTimeout > 0 {
		ms := opts.StatementTimeout.Milliseconds()
		if ms == 0 {
			ms = 1 // 0 would mean no timeout at all
		}
		set += "; SET LOCAL statement_timeout = " + strconv.FormatInt(ms, 10)
	}
	return set
}

var readOnly = pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}

// begin opens the first session's transaction and, when other sessions
// may join, exports its snapshot. Where it cannot be exported, the read
// goes on over the first session alone (snapshot is "").
func begin(ctx context.Context, conn *pgx.Conn, share bool, opts Options) (tx pgx.Tx, snapshot string, err error) {
	if tx, err = conn.BeginTx(ctx, readOnly); err != nil {
		return nil, "", fmt.Errorf("introspect: begin read-only transaction: %w", err)
	}
	if _, err := tx.Exec(ctx, settings(opts)); err != nil {
		_ = tx.Rollback(context.WithoutCancel(ctx))
		return nil, "", fmt.Errorf("introspect: configure the read: %w", err)
	}
	if !share {
		return tx, "", nil
	}
	if err := tx.QueryRow(ctx, "SELECT pg_catalog.pg_export_snapshot()").Scan(&snapshot); err != nil {
		// The transaction is aborted: start it again, alone.
		logf(opts, "catalog read: the snapshot cannot be shared (%v); reading over one session", err)
		_ = tx.Rollback(context.WithoutCancel(ctx))
		return begin(ctx, conn, false, opts)
	}
	return tx, snapshot, nil
}

// connected waits until the worker's connection attempt ended, or until
// idle closes with the attempt still under way (false).
func (w *worker) connected(idle <-chan struct{}) bool {
	select {
	case <-w.ready:
		return true
	case <-idle:
		select {
		case <-w.ready:
			return true
		default:
			return false
		}
	}
}

// join opens a worker's transaction in the shared snapshot.
func (w *worker) join(ctx context.Context, snapshot string, opts Options) error {
	tx, err := w.conn.BeginTx(ctx, readOnly)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "SET TRANSACTION SNAPSHOT '"+snapshot+"'; "+settings(opts)); err != nil {
		_ = tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	w.tx = tx
	return nil
}

// runAll runs the queries: those of session 0 on tx, those of session
// i on worker i once it has joined the snapshot, or on tx when the worker
// is not ready by the time tx has run its own. Each session stops at its
// first error, and all stop when session 0 fails; the error reported is
// that of the earliest query in Queries' order, so that the same fault
// reads the same whichever session met it first.
func (r *reader) runAll(ctx context.Context, tx pgx.Tx, snapshot string, ws []*worker, queries []Query) (int, error) {
	jobs := make([][]int, len(ws)+1)
	for qi, q := range queries {
		s := min(q.Session, len(jobs)-1)
		jobs[s] = append(jobs[s], qi)
	}
	errs := make([]error, len(queries))
	run := func(ctx context.Context, tx pgx.Tx, job []int, session int) bool {
		for _, qi := range job {
			if errs[qi] = r.run(ctx, tx, queries[qi], session); errs[qi] != nil {
				return false
			}
		}
		return true
	}
	var mu sync.Mutex
	taken := make([]bool, len(jobs))
	claim := func(j int, ok bool) bool {
		mu.Lock()
		defer mu.Unlock()
		if taken[j] || !ok {
			return false
		}
		taken[j] = true
		return true
	}
	idle := make(chan struct{}) // session 0 has run its own queries
	// When session 0 fails, its error is the one reported and the read
	// starts again or ends: the other sessions stop.
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	var wg sync.WaitGroup
	used := 1
	for i, w := range ws {
		wg.Go(func() {
			if !w.connected(idle) {
				return
			}
			if w.conn == nil || w.conn.IsClosed() || snapshot == "" || !claim(i+1, true) {
				return
			}
			if err := w.join(wctx, snapshot, r.opts); err != nil {
				logf(r.opts, "catalog read: session %d cannot join the snapshot (%v); its queries run on session 0", i+1, err)
				mu.Lock()
				taken[i+1] = false
				mu.Unlock()
				return
			}
			mu.Lock()
			used++
			mu.Unlock()
			run(wctx, w.tx, jobs[i+1], i+1)
		})
	}
	ok := run(ctx, tx, jobs[0], 0)
	if ok {
		awaitWorkers(ws)
	} else {
		stop()
	}
	close(idle)
	wg.Wait()
	for j := 1; j < len(jobs); j++ {
		if claim(j, ok) {
			ok = run(ctx, tx, jobs[j], 0)
		}
	}
	for _, err := range errs {
		if err != nil {
			return used, err
		}
	}
	return used, nil
}

// awaitWorkers waits, up to joinGrace, for the workers' connections.
func awaitWorkers(ws []*worker) {
	grace := time.After(joinGrace)
	for _, w := range ws {
		select {
		case <-w.ready:
		case <-grace:
			return
		}
	}
}

// rollback ends the workers' transactions: nothing was written.
func rollback(ctx context.Context, ws []*worker) {
	for _, w := range ws {
		if w.tx != nil {
			_ = w.tx.Rollback(context.WithoutCancel(ctx))
			w.tx = nil
		}
	}
}
