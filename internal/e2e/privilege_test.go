package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"go/token"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/internal/cli"
	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
)

// lockedDDL adds to the Aria schema objects in a schema only the owner may
// use, so that the catalog, not privileges, decides what a reader sees.
const lockedDDL = `
CREATE SCHEMA vault;
CREATE TYPE vault.level AS ENUM ('low', 'high');
CREATE DOMAIN vault.positive AS integer CHECK (VALUE > 0);
CREATE TABLE vault.secrets (id bigint GENERATED ALWAYS AS IDENTITY, level vault.level NOT NULL DEFAULT 'low',
	weight vault.positive, at date NOT NULL, PRIMARY KEY (id, at), CHECK (id < 1000000)) PARTITION BY RANGE (at);
CREATE TABLE vault.secrets_2024 PARTITION OF vault.secrets FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX secrets_level ON vault.secrets (level, (id + 1)) WHERE weight > 1;
CREATE VIEW vault.summary AS SELECT level, count(*) FROM vault.secrets GROUP BY level;
`

// readOpts reads the schemas the tests create.
var readOpts = introspect.Options{Schemas: []string{"public", "vault"}, StatementTimeout: time.Minute}

// readDB connects to dsn and reads it.
func readDB(t *testing.T, dsn string) *model.Schema {
	t.Helper()
	ctx := context.Background()
	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	require.NoError(t, err)
	defer conn.Close(ctx)
	s, err := introspect.Schema(ctx, conn, readOpts)
	require.NoError(t, err)
	return s
}

// requireSameSchema requires two reads of the same database to agree on
// everything but where they were read from and the server's raw spelling
// of types and defaults: pg_get_expr and format_type qualify a name with
// its schema when the reading role has no USAGE on that schema, so
// "uuid_generate_v4()" reads as "public.uuid_generate_v4()" for a role
// with CONNECT only. The normalized Type and Default compared here agree.
func requireSameSchema(t *testing.T, want, got *model.Schema) {
	t.Helper()
	require.NotEmpty(t, want.Tables)
	require.Empty(t, diff.Compare(want, got, diff.Options{}))
	require.Empty(t, cmp.Diff(want, got, ignoreUnexported,
		cmpopts.IgnoreFields(model.Schema{}, "Origin"), cmpopts.IgnoreFields(model.Column{}, "RawType", "RawDefault")))
}

// ignoreUnexported leaves out the unexported fields of every type, such as
// a schema's lookup cache, which depends on the calls made, not on content.
var ignoreUnexported = cmp.FilterPath(func(p cmp.Path) bool {
	sf, ok := p.Last().(cmp.StructField)
	return ok && !token.IsExported(sf.Name())
}, cmp.Ignore())

// asUser returns dsn with another user and password.
func asUser(t *testing.T, dsn, user, password string) string {
	t.Helper()
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		u.User = url.UserPassword(user, password)
		return u.String()
	}
	return dsn + " user=" + user + " password='" + password + "'"
}

// execOn runs statements on dsn.
func execOn(t *testing.T, dsn, sql string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	require.NoError(t, err)
}

// findingsOf runs check with --format json and returns its findings.
func findingsOf(t *testing.T, args ...string) []json.RawMessage {
	t.Helper()
	code, stdout, stderr := runCLI(append([]string{"check", "--format", "json", "--fail-on", "none"}, args...)...)
	require.Equal(t, cli.ExitOK, code, stderr)
	var rep struct {
		Findings []json.RawMessage `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &rep))
	return rep.Findings
}

// TestConnectOnlyRole: a role with nothing but CONNECT on the database (no
// USAGE on any schema, no SELECT on any table) reads exactly the schema the
// owner reads, and the command line reports exactly the same findings.
func TestConnectOnlyRole(t *testing.T) {
	ownerDSN, db := ariaDB(t)
	srv := pgtest.Current(t)
	execOn(t, ownerDSN, lockedDDL)
	ctx := context.Background()
	role := fmt.Sprintf("reader_%d_%d", os.Getpid(), time.Now().UnixNano()%1_000_000)
	const password = "reader-Passw0rd"
	require.NoError(t, srv.Exec(ctx, "CREATE ROLE "+role+" LOGIN PASSWORD '"+password+"'"))
	t.Cleanup(func() {
		// The role's privileges live in the database; they go first.
		if conn, err := pgx.Connect(ctx, srv.DSN(db)); err == nil {
			_, _ = conn.Exec(ctx, "DROP OWNED BY "+role)
			conn.Close(ctx)
		}
		require.NoError(t, srv.Exec(ctx, "DROP ROLE "+role))
	})
	execOn(t, ownerDSN, fmt.Sprintf(`REVOKE ALL ON DATABASE %[1]s FROM PUBLIC;
		GRANT CONNECT ON DATABASE %[1]s TO %[2]s;
		REVOKE ALL ON SCHEMA public FROM PUBLIC;
		REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
		REVOKE ALL ON SCHEMA vault FROM PUBLIC;
		REVOKE ALL ON TYPE vault.level FROM PUBLIC;`, pgx.Identifier{db}.Sanitize(), role))

	readerDSN := asUser(t, ownerDSN, role, password)
	reader, err := pgx.Connect(ctx, readerDSN)
	require.NoError(t, err)
	var connect, usage, anyTable bool
	require.NoError(t, reader.QueryRow(ctx, `SELECT has_database_privilege(current_database(), 'CONNECT'),
		has_schema_privilege('public', 'USAGE') OR has_schema_privilege('vault', 'USAGE'),
		EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname IN ('public', 'vault') AND has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE'))`).
		Scan(&connect, &usage, &anyTable))
	reader.Close(ctx)
	require.True(t, connect)
	require.False(t, usage, "the role must have no schema privilege")
	require.False(t, anyTable, "the role must have no table privilege")

	owner := readDB(t, ownerDSN)
	requireSameSchema(t, owner, readDB(t, readerDSN))
	_, ok := owner.Table("vault", "secrets")
	require.True(t, ok)

	args := []string{"--spec", ariaSpec, "--sql", ariaScripts[0], "--sql", ariaScripts[1]}
	require.Equal(t, findingsOf(t, append(args, "--dsn", ownerDSN)...), findingsOf(t, append(args, "--dsn", readerDSN)...))
}

// asPostgres runs a server binary as the postgres user when the tests run
// as root, as pgtest does: PostgreSQL refuses to run as root.
func asPostgres(name string, args ...string) *exec.Cmd {
	if os.Geteuid() == 0 {
		return exec.Command("runuser", append([]string{"-u", "postgres", "--", name}, args...)...)
	}
	return exec.Command(name, args...)
}

// startStandby copies the pgtest cluster with pg_basebackup -R into a new
// directory and starts it as a hot standby. It returns a DSN template for
// its unix socket (database name to append) and stops it when the test ends.
func startStandby(t *testing.T) string {
	t.Helper()
	srv := pgtest.Current(t)
	dir, err := os.MkdirTemp("", "ariadrift-standby-")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		require.NoError(t, err)
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		require.NoError(t, os.Chown(dir, uid, gid))
	}
	// BinDir may hold links to initdb and pg_ctl only; pg_basebackup
	// sits next to what they point to.
	pgCtl, err := filepath.EvalSymlinks(filepath.Join(srv.BinDir, "pg_ctl"))
	require.NoError(t, err)
	bin := filepath.Dir(pgCtl)
	data := filepath.Join(dir, "data")
	// initdb's pg_hba.conf trusts local replication connections.
	out, err := asPostgres(filepath.Join(bin, "pg_basebackup"), "-D", data, "-R", "-X", "stream", "-c", "fast",
		"--no-sync", "-h", srv.Dir, "-p", strconv.Itoa(srv.Port), "-U", "postgres").CombinedOutput()
	require.NoError(t, err, "pg_basebackup: %s", out)

	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	opts := fmt.Sprintf("-k '%s' -p %d -c listen_addresses='' -c hot_standby=on -c fsync=off", dir, port)
	out, err = asPostgres(pgCtl, "-D", data, "-l", filepath.Join(dir, "standby.log"),
		"-o", opts, "-w", "-t", "60", "start").CombinedOutput()
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "standby.log"))
		t.Fatalf("start standby: %v\n%s\n%s", err, out, log)
	}
	t.Cleanup(func() {
		out, err := asPostgres(pgCtl, "-D", data, "-m", "immediate", "-w", "stop").CombinedOutput()
		if err != nil {
			t.Errorf("stop standby: %v\n%s", err, out)
		}
	})
	return fmt.Sprintf("host=%s port=%d user=postgres sslmode=disable dbname=", dir, port)
}

// TestReadOnHotStandby reads a hot standby, where PostgreSQL refuses every
// write (even a temporary table): the read succeeds and equals the
// primary's, so it writes nothing.
func TestReadOnHotStandby(t *testing.T) {
	srv := pgtest.Current(t)
	if srv.External() {
		t.Skip("a standby is copied from the cluster pgtest starts; ARIADRIFT_TEST_DSN's server is not copied")
	}
	primaryDSN, db := ariaDB(t)
	execOn(t, primaryDSN, lockedDDL)
	standbyDSN := startStandby(t) + db

	ctx := context.Background()
	conn, err := pgx.Connect(ctx, standbyDSN)
	require.NoError(t, err)
	var inRecovery bool
	require.NoError(t, conn.QueryRow(ctx, "SELECT pg_is_in_recovery()").Scan(&inRecovery))
	require.True(t, inRecovery, "the copy runs as a standby")
	_, err = conn.Exec(ctx, "CREATE TEMPORARY TABLE probe (id integer)")
	require.ErrorContains(t, err, "read-only transaction", "the standby refuses writes")
	conn.Close(ctx)

	requireSameSchema(t, readDB(t, primaryDSN), readDB(t, standbyDSN))
	args := []string{"--spec", ariaSpec, "--sql", ariaScripts[0], "--sql", ariaScripts[1]}
	require.Equal(t, findingsOf(t, append(args, "--dsn", primaryDSN)...), findingsOf(t, append(args, "--dsn", standbyDSN)...))
}

// lockProbe is a pgx tracer that, as each catalog query of a read ends
// (the read's transaction still open), lists the locks the reading session
// holds, as another session sees them in pg_locks.
type lockProbe struct {
	watcher *pgx.Conn
	pid     uint32
	user    []string // locks on relations outside pg_catalog
	catalog int      // locks on pg_catalog relations, to show the probe sees locks
	queries int
	err     error
}

func (p *lockProbe) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	return ctx
}

func (p *lockProbe) TraceQueryEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryEndData) {
	if p.pid == 0 || p.err != nil {
		return
	}
	p.queries++
	rows, err := p.watcher.Query(ctx, `SELECT n.nspname, c.relname, l.mode
		FROM pg_catalog.pg_locks l
		JOIN pg_catalog.pg_class c ON c.oid = l.relation
		JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
		WHERE l.pid = $1 AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
		   OR l.pid = $1 AND l.database = 0`, p.pid)
	if err != nil {
		p.err = err
		return
	}
	defer rows.Close()
	for rows.Next() {
		var nsp, rel, mode string
		if p.err = rows.Scan(&nsp, &rel, &mode); p.err != nil {
			return
		}
		if nsp == "pg_catalog" {
			p.catalog++
		} else {
			p.user = append(p.user, nsp+"."+rel+" "+mode)
		}
	}
	p.err = rows.Err()
}

// TestReadLocksNoUserTable: after every statement of a read (its
// transaction still open), pg_locks shows the reading session holding
// locks on catalog tables only.
//
// PostgreSQL's pg_get_expr and pg_get_indexdef do open the table an
// expression belongs to, taking an ACCESS SHARE lock for the length of the
// call and releasing it at once. So no lock outlives a call, but a read
// waits while another session holds an ACCESS EXCLUSIVE lock on a table
// whose checks, partial or expression indexes or generated columns it
// deparses (a migration's ALTER TABLE, VACUUM FULL): --statement-timeout
// bounds that wait, and the read succeeds once the lock is gone. Defaults
// and plain indexes are read without opening their table.
func TestReadLocksNoUserTable(t *testing.T) {
	dsn, _ := ariaDB(t)
	execOn(t, dsn, lockedDDL+"CREATE MATERIALIZED VIEW vault.m AS SELECT 1 AS one;")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	watcher, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer watcher.Close(context.Background())
	probe := &lockProbe{watcher: watcher}
	cfg, err := pgx.ParseConfig(dsn)
	require.NoError(t, err)
	cfg.Tracer = probe
	conn, err := pgx.ConnectConfig(ctx, cfg)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	probe.pid = conn.PgConn().PID()

	s, err := introspect.Schema(ctx, conn, readOpts)
	require.NoError(t, err)
	require.NoError(t, probe.err)
	_, ok := s.Table("vault", "secrets")
	require.True(t, ok)
	// BEGIN, the settings, every catalog query, ROLLBACK.
	require.Equal(t, len(introspect.Queries())+3, probe.queries, "probed after every statement")
	require.Positive(t, probe.catalog, "the probe sees the read's catalog locks")
	// pg_get_viewdef cannot deparse a view without an ACCESS SHARE lock on
	// it and on what it reads (pg_dump takes the same); every other user
	// relation, vault.secrets_2024 here, stays unlocked.
	for _, l := range probe.user {
		require.Contains(t, []string{"vault.m AccessShareLock", "vault.summary AccessShareLock", "vault.secrets AccessShareLock"},
			l, "only views and the relations they read are locked")
	}

	// A migration holds an ACCESS EXCLUSIVE lock on a table with a CHECK
	// and a partial expression index: the read waits for it, up to its
	// statement timeout, and fails with a message saying so.
	probe.pid = 0
	holder, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer holder.Close(context.Background())
	tx, err := holder.Begin(ctx)
	require.NoError(t, err)
	_, err = tx.Exec(ctx, "LOCK TABLE vault.secrets IN ACCESS EXCLUSIVE MODE")
	require.NoError(t, err)
	opts := readOpts
	opts.StatementTimeout = 500 * time.Millisecond
	_, err = introspect.Schema(ctx, conn, opts)
	require.ErrorContains(t, err, "took longer than the statement timeout (500ms)")
	require.NoError(t, tx.Rollback(ctx))
	again, err := introspect.Schema(ctx, conn, opts)
	require.NoError(t, err, "the read succeeds once the lock is gone")
	requireSameSchema(t, s, again)
}

// sessionState is everything a session carries that a read could change.
func sessionState(t *testing.T, conn *pgx.Conn) map[string]string {
	t.Helper()
	ctx := context.Background()
	rows, err := conn.Query(ctx, "SELECT name, setting FROM pg_catalog.pg_settings")
	require.NoError(t, err)
	state, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) ([2]string, error) {
		var kv [2]string
		err := r.Scan(&kv[0], &kv[1])
		return kv, err
	})
	require.NoError(t, err)
	out := map[string]string{}
	for _, kv := range state {
		out[kv[0]] = kv[1]
	}
	var temp bool
	require.NoError(t, conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE relpersistence = 't')").Scan(&temp))
	out["(temporary relations)"] = strconv.FormatBool(temp)
	out["(transaction status)"] = string(conn.PgConn().TxStatus())
	return out
}

// TestSessionUntouched: a read, successful or failed, leaves the caller's
// session as it was: search_path, timeouts and every other setting, no
// temporary object, no open transaction.
func TestSessionUntouched(t *testing.T) {
	dsn, db := ariaDB(t)
	execOn(t, dsn, lockedDDL)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, `SET search_path = vault, public; SET statement_timeout = '123s'; SET lock_timeout = '7s';
		SET TimeZone = 'Asia/Tokyo'; SET application_name = 'the-caller'; SET default_transaction_isolation = 'serializable'`)
	require.NoError(t, err)
	before := sessionState(t, conn)
	require.Equal(t, "vault, public", before["search_path"])

	s, err := introspect.Schema(ctx, conn, readOpts)
	require.NoError(t, err)
	_, ok := s.Table("vault", "secrets")
	require.True(t, ok)
	require.Equal(t, before, sessionState(t, conn), "after a read")

	// A read that fails half way (its statement timeout expires while a
	// lock blocks it) leaves the session as it was too.
	srv := pgtest.Current(t)
	locker, err := pgx.Connect(ctx, srv.DSN(db))
	require.NoError(t, err)
	defer locker.Close(ctx)
	tx, err := locker.Begin(ctx)
	require.NoError(t, err)
	_, err = tx.Exec(ctx, "LOCK TABLE pg_catalog.pg_constraint IN ACCESS EXCLUSIVE MODE")
	require.NoError(t, err)
	opts := readOpts
	opts.StatementTimeout = 300 * time.Millisecond
	_, err = introspect.Schema(ctx, conn, opts)
	require.ErrorContains(t, err, "statement timeout")
	require.NoError(t, tx.Rollback(ctx))
	require.Equal(t, before, sessionState(t, conn), "after a failed read")
}

// TestSQLIsNeverExecuted: the SQL scripts are only parsed. Checking a
// script that drops, truncates and runs shell commands against a live
// database leaves the database and the file system as they were.
func TestSQLIsNeverExecuted(t *testing.T) {
	dsn, db := ariaDB(t)
	execOn(t, dsn, `CREATE TABLE x (id integer PRIMARY KEY); INSERT INTO x VALUES (1), (2), (3);`)
	dir := t.TempDir()
	marker := filepath.Join(dir, "shell-ran")
	script := filepath.Join(dir, "hostile.sql")
	require.NoError(t, os.WriteFile(script, []byte(strings.Join([]string{
		"CREATE TABLE x (id integer PRIMARY KEY);",
		"INSERT INTO x VALUES (4);",
		"DELETE FROM x;",
		"TRUNCATE x;",
		"DROP TABLE x;",
		"\\! touch " + marker,
		"\\o " + marker,
		"\\copy (SELECT 1) TO '" + marker + "'",
		"ALTER DATABASE " + db + " RENAME TO gone;",
		"CREATE TABLE after_drop (id integer);",
	}, "\n")+"\n"), 0o644))

	before := readDB(t, dsn)
	code, _, stderr := runCLI("check", "--format", "json", "--sql", script, "--dsn", dsn)
	require.Contains(t, []int{cli.ExitOK, cli.ExitDrift}, code, stderr)

	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var n int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM x").Scan(&n))
	require.Equal(t, 3, n, "x and its rows are intact")
	var name string
	require.NoError(t, conn.QueryRow(ctx, "SELECT current_database()").Scan(&name))
	require.Equal(t, db, name)
	require.NoFileExists(t, marker, "no psql meta-command ran")
	requireSameSchema(t, before, readDB(t, dsn))
}
