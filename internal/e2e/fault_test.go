package e2e

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/cli"
	"github.com/ariadrift/ariadrift/internal/pgtest"
)

// The spec and scripts a live run is checked against; both are valid, so a
// failure can only come from the database side.
var (
	ariaSpec    = filepath.Join("..", "..", "spec", "models.yaml")
	ariaScripts = []string{filepath.Join("..", "..", "testdata", "aria", "01-schema.sql"), filepath.Join("..", "..", "testdata", "aria", "02-migrations.sql")}
)

// runCLI runs ariadrift in-process and returns its exit code, stdout and stderr.
func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := cli.Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// ariaDB creates a database built by the Aria init scripts and returns its
// DSN, over TCP with the password when the cluster is pgtest's own, so that
// every run also proves the password stays out of the output.
func ariaDB(t *testing.T) (dsn, name string) {
	t.Helper()
	srv := pgtest.Current(t)
	dsn = pgtest.DB(t)
	srv.Psql(t, dsn, ariaScripts...)
	cfg, err := pgx.ParseConfig(dsn)
	require.NoError(t, err)
	if !srv.External() {
		dsn = srv.TCPDSN("postgres", pgtest.Password, cfg.Database)
	}
	return dsn, cfg.Database
}

// result is what one run printed and returned.
type result struct {
	code           int
	stdout, stderr string
}

// checkRun runs check with the report on stdout.
func checkRun(args ...string) result {
	var r result
	r.code, r.stdout, r.stderr = runCLI(append([]string{"check", "--format", "json"}, args...)...)
	return r
}

// requireFailed checks what every failed live run must look like: exit
// code 2, nothing on stdout (a partial report would read as a result), and
// exactly one line on stderr that is want, never mentions drift and never
// shows the password.
func requireFailed(t *testing.T, r result, want string) {
	t.Helper()
	require.Equal(t, cli.ExitError, r.code, "stderr: %s", r.stderr)
	require.Empty(t, r.stdout, "no partial report")
	require.Equal(t, 1, strings.Count(r.stderr, "\n"), "one error line:\n%s", r.stderr)
	require.Equal(t, "ariadrift: "+want+"\n", r.stderr)
	require.NotContains(t, r.stderr, pgtest.Password)
	require.NotContains(t, strings.ReplaceAll(strings.ToLower(r.stderr), "ariadrift", ""), "drift")
}

// failedRun runs check and requires it to fail with want.
func failedRun(t *testing.T, want string, args ...string) {
	t.Helper()
	requireFailed(t, checkRun(args...), want)
}

// blockedRun runs check against database db while another session holds a
// lock that blocks the read at its "constraints" catalog query, after the
// relations and columns were read. Once the read waits on the lock, fault
// is called with its backend's process id; fault (or the statement
// timeout) must end the run, whose result is returned. The lock is held
// until then.
func blockedRun(t *testing.T, db string, fault func(pid int), args ...string) result {
	t.Helper()
	srv := pgtest.Current(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	locker, err := pgx.Connect(ctx, srv.DSN(db))
	require.NoError(t, err)
	defer locker.Close(context.Background())
	tx, err := locker.Begin(ctx)
	require.NoError(t, err)
	// pg_constraint is read by the third query only, so the read stops
	// halfway, with its snapshot taken and rows already collected.
	_, err = tx.Exec(ctx, "LOCK TABLE pg_catalog.pg_constraint IN ACCESS EXCLUSIVE MODE")
	require.NoError(t, err)

	done := make(chan result, 1)
	go func() { done <- checkRun(args...) }()

	watcher, err := pgx.Connect(ctx, srv.AdminDSN)
	require.NoError(t, err)
	defer watcher.Close(context.Background())
	for {
		var pid int
		err := watcher.QueryRow(ctx, `SELECT pid FROM pg_catalog.pg_stat_activity
			WHERE datname = $1 AND application_name = 'ariadrift' AND wait_event_type = 'Lock'
			AND query LIKE '%pg_catalog.pg_constraint con%'`, db).Scan(&pid)
		if err == nil {
			fault(pid)
			break
		}
		require.ErrorIs(t, err, pgx.ErrNoRows)
		select {
		case r := <-done:
			t.Fatalf("the run ended before its read blocked: %+v", r)
		case <-time.After(5 * time.Millisecond):
		}
	}
	defer func() {
		if !locker.IsClosed() {
			_ = tx.Rollback(context.Background())
		}
	}()
	select {
	case r := <-done:
		return r
	case <-ctx.Done():
		t.Fatal("the run did not end")
	}
	return result{}
}

// TestBackendTerminatedMidRead: the DBA (or a failover) kills the session
// while the catalog is being read. The run fails; nothing read before the
// termination is reported.
func TestBackendTerminatedMidRead(t *testing.T) {
	dsn, db := ariaDB(t)
	srv := pgtest.Current(t)
	r := blockedRun(t, db, func(pid int) {
		require.NoError(t, srv.Exec(context.Background(), "SELECT pg_terminate_backend("+strconv.Itoa(pid)+")"))
	}, "--spec", ariaSpec, "--sql", ariaScripts[0], "--sql", ariaScripts[1], "--dsn", dsn)
	requireFailed(t, r, "introspect: reading constraints: FATAL: terminating connection due to administrator command (SQLSTATE 57P01)")
}

// TestStatementTimeoutMidRead: a catalog query that waits longer than
// --statement-timeout is cancelled by the server and the run fails with a
// message that names the timeout.
func TestStatementTimeoutMidRead(t *testing.T) {
	dsn, db := ariaDB(t)
	r := blockedRun(t, db, func(int) {}, "--spec", ariaSpec, "--sql", ariaScripts[0], "--dsn", dsn, "--statement-timeout", "1s")
	requireFailed(t, r, "introspect: reading constraints took longer than the statement timeout (1s): "+
		"ERROR: canceling statement due to statement timeout (SQLSTATE 57014)")
}

// restartAfter stops the cluster and makes sure it runs again when the
// test ends, whatever happens in between.
func restartAfter(t *testing.T) func() {
	t.Helper()
	srv := pgtest.Current(t)
	stopped := false
	t.Cleanup(func() {
		if stopped {
			srv.Start(t)
		}
	})
	return func() {
		srv.Stop(t)
		stopped = true
	}
}

// TestServerStoppedMidRead: the server shuts down (immediate mode, as in a
// crash or a container kill) while the catalog is being read.
func TestServerStoppedMidRead(t *testing.T) {
	srv := pgtest.Current(t)
	if srv.External() {
		t.Skip("the server of ARIADRIFT_TEST_DSN cannot be stopped by a test")
	}
	dsn, db := ariaDB(t)
	stop := restartAfter(t)
	r := blockedRun(t, db, func(int) { stop() }, "--spec", ariaSpec, "--dsn", dsn)
	// An immediate shutdown only warns the client before closing the
	// socket, so the driver sees the connection end mid-query.
	requireFailed(t, r, "introspect: reading constraints: server closed the connection unexpectedly")
}

// TestConnectFaults: every way of not getting a session at all.
func TestConnectFaults(t *testing.T) {
	srv := pgtest.Current(t)
	if srv.External() {
		t.Skip("needs the password and TLS setup of the cluster pgtest starts")
	}
	_, db := ariaDB(t)
	port := strconv.Itoa(srv.Port)
	target := func(db string) string { return "connect to postgres://postgres@127.0.0.1:" + port + "/" + db + ": " }
	for _, tc := range []struct{ name, dsn, want string }{
		{"wrong password", srv.TCPDSN("postgres", "not-"+pgtest.Password, db),
			target(db) + `password authentication failed for user "postgres"`},
		{"missing database", srv.TCPDSN("postgres", pgtest.Password, "no_such_db"),
			target("no_such_db") + `database "no_such_db" does not exist`},
		{"TLS required, server without TLS", strings.Replace(srv.TCPDSN("postgres", pgtest.Password, db), "sslmode=disable", "sslmode=require", 1),
			target(db) + "127.0.0.1:" + port + " (127.0.0.1): tls error: server refused TLS connection"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			failedRun(t, tc.want, "--spec", ariaSpec, "--dsn", tc.dsn)
		})
	}

	// A stopped server refuses the connection.
	t.Run("server stopped", func(t *testing.T) {
		stop := restartAfter(t)
		stop()
		failedRun(t, target(db)+"connection refused (is the server running and accepting connections there?)",
			"--spec", ariaSpec, "--dsn", srv.TCPDSN("postgres", pgtest.Password, db))
		// The DSN may also come from the environment, password and all.
		t.Setenv("PGPASSWORD", pgtest.Password)
		t.Setenv("ARIADRIFT_DSN", srv.TCPDSN("postgres", "", db))
		failedRun(t, target(db)+"connection refused (is the server running and accepting connections there?)",
			"--spec", ariaSpec, "--db")
	})
}

// TestFaultLeavesOutputFile: a live run that fails keeps the report file of
// the previous run as it was.
func TestFaultLeavesOutputFile(t *testing.T) {
	srv := pgtest.Current(t)
	dsn, _ := ariaDB(t)
	out := filepath.Join(t.TempDir(), "drift.sarif")
	code, _, stderr := runCLI("report", "--format", "sarif", "-o", out, "--spec", ariaSpec, "--dsn", dsn)
	require.Equal(t, cli.ExitOK, code, stderr)
	before, err := os.ReadFile(out)
	require.NoError(t, err)
	// The same server, a database that is not there: works against any
	// server, including the one of ARIADRIFT_TEST_DSN.
	code, stdout, stderr := runCLI("report", "--format", "sarif", "-o", out, "--spec", ariaSpec,
		"--dsn", srv.DSN("ariadrift_no_such_database"))
	require.Equal(t, cli.ExitError, code)
	require.Empty(t, stdout)
	require.Contains(t, stderr, `database "ariadrift_no_such_database" does not exist`)
	after, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Equal(t, before, after)
	entries, err := os.ReadDir(filepath.Dir(out))
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary file left")
}
