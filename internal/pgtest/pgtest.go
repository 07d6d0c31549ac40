// Package pgtest gives tests a real PostgreSQL: the server named by
// $ARIADRIFT_TEST_DSN, or a throwaway cluster it starts with initdb/pg_ctl in
// a temporary directory and stops when the tests end. Each test gets a fresh
// database. Nothing is mocked.
//
// With CI=true a missing PostgreSQL fails the test; elsewhere it skips, so a
// developer without the server binaries can still run the offline tests. A
// cluster that cannot start is always a failure, with initdb's or pg_ctl's
// output in the message.
//
// pgtest is test support: only _test.go files may import it, and it imports
// nothing from ariadrift.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"os/user"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Password is the superuser's password for TCP connections to a cluster this
// package started; unix-socket connections are trusted.
const Password = "pgtest-secret-4b1d"

// Server is the PostgreSQL the tests use.
type Server struct {
	// AdminDSN connects as a superuser to the maintenance database.
	AdminDSN string
	// The fields below are set for a cluster this package started; for the
	// server of $ARIADRIFT_TEST_DSN only Port, and Dir when it names a
	// unix socket directory.
	BinDir  string
	Dir     string // temporary directory; also the unix socket directory
	DataDir string
	Port    int

	tcpHost  string // "" means 127.0.0.1
	external bool
	mu       sync.Mutex
	running  bool
}

var (
	// mu guards the lazily started server.
	mu       sync.Mutex
	inMain   bool
	started  bool
	current  *Server
	startErr error
	dbSeq    atomic.Int64
)

// Main runs the tests, then stops and removes the cluster if one was
// started. Use it from TestMain: os.Exit(pgtest.Main(m)). The cluster is
// started by the first Current or DB call, so a run that needs no database
// (a fuzzing worker, -run of an offline test) starts none.
func Main(m interface{ Run() int }) int {
	mu.Lock()
	inMain = true
	mu.Unlock()
	// pg_ctl puts the postmaster in a session of its own, so an
	// interrupted test binary would leave it running: stop it on the way out.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case got := <-sig:
			if shutdown() {
				fmt.Fprintf(os.Stderr, "pgtest: %v: stopped the test cluster\n", got)
			}
			os.Exit(1)
		case <-done:
		}
	}()
	code := m.Run()
	signal.Stop(sig)
	close(done)
	shutdown()
	return code
}

// shutdown stops and removes the cluster Main's tests started, and
// reports whether there was one.
func shutdown() bool {
	mu.Lock()
	defer mu.Unlock()
	s := current
	current, started, startErr = nil, false, nil
	if s == nil || s.external {
		return false
	}
	if err := s.destroy(); err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
	}
	return true
}

// server returns the server, starting a cluster on first use.
func server() (*Server, error) {
	mu.Lock()
	defer mu.Unlock()
	if !inMain {
		return nil, errors.New("call os.Exit(pgtest.Main(m)) from TestMain, so that the test cluster is stopped")
	}
	if started {
		return current, startErr
	}
	started = true
	if dsn := os.Getenv("ARIADRIFT_TEST_DSN"); dsn != "" {
		current, startErr = externalServer(dsn)
		return current, startErr
	}
	// Clusters of test binaries that died (a panic, a -timeout) are still
	// running; stop them before adding one more.
	reapStale("")
	current, startErr = start("")
	if startErr != nil {
		current = nil
	}
	return current, startErr
}

// externalServer describes the server of $ARIADRIFT_TEST_DSN.
func externalServer(dsn string) (*Server, error) {
	cfg, err := pgconn.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("ARIADRIFT_TEST_DSN: %w", err)
	}
	s := &Server{AdminDSN: dsn, Port: int(cfg.Port), external: true, running: true}
	if strings.HasPrefix(cfg.Host, "/") {
		s.Dir = cfg.Host
	} else {
		s.tcpHost = cfg.Host
	}
	return s, nil
}

// Current returns the server, starting it if needed. Without PostgreSQL it
// skips the test, or fails it when CI=true; a server that is installed but
// will not start fails it.
func Current(t testing.TB) *Server {
	t.Helper()
	s, err := server()
	if err == nil {
		return s
	}
	if !errors.Is(err, errNoPostgres) {
		// PostgreSQL is installed but would not start: that is a broken
		// test environment, never a reason to skip.
		t.Fatalf("pgtest: %v", err)
	}
	msg := fmt.Sprintf("no PostgreSQL for tests: %v (set ARIADRIFT_TEST_DSN, or install the Debian postgresql package)", err)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return nil
}

// errNoPostgres means the server binaries are not installed.
var errNoPostgres = errors.New("initdb and pg_ctl not found on PATH or under /usr/lib/postgresql/*/bin")

// DB creates a fresh database for the test and returns its DSN; the database
// is dropped when the test ends.
func DB(t testing.TB) string {
	t.Helper()
	s := Current(t)
	name := fmt.Sprintf("t%d_%s", dbSeq.Add(1), sanitize(t.Name()))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if !s.isRunning() {
			return
		}
		if err := s.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
			t.Errorf("pgtest: drop database %s: %v", name, err)
		}
	})
	return s.DSN(name)
}

var unsafe = regexp.MustCompile(`[^a-z0-9_]+`)

func sanitize(s string) string {
	s = unsafe.ReplaceAllString(strings.ToLower(s), "_")
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}

// DSN returns a DSN for the named database on the server.
func (s *Server) DSN(db string) string {
	if u, err := url.Parse(s.AdminDSN); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		u.Path = "/" + db
		return u.String()
	}
	return s.AdminDSN + " dbname=" + quoteValue(db)
}

// TCPDSN returns a URL DSN over TCP, where the cluster this package
// started asks for a password: 127.0.0.1, or the host of $ARIADRIFT_TEST_DSN.
func (s *Server) TCPDSN(user, password, db string) string {
	host := s.tcpHost
	if host == "" {
		host = "127.0.0.1"
	}
	u := url.URL{Scheme: "postgres", Host: net.JoinHostPort(host, strconv.Itoa(s.Port)), Path: "/" + db,
		RawQuery: "sslmode=disable"}
	if password != "" {
		u.User = url.UserPassword(user, password)
	} else {
		u.User = url.User(user)
	}
	return u.String()
}

func quoteValue(v string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'"
}

// Exec runs statements on the maintenance database as the superuser.
func (s *Server) Exec(ctx context.Context, sql string) error {
	conn, err := pgx.Connect(ctx, s.AdminDSN)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(ctx, sql)
	return err
}

// External reports whether the server was given by $ARIADRIFT_TEST_DSN, in
// which case it cannot be stopped and started by tests.
func (s *Server) External() bool { return s.external }

func (s *Server) isRunning() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.running
}

// Psql runs psql files against dsn with ON_ERROR_STOP, as init scripts are
// run in a container entrypoint: meta-commands work, the first error stops.
func (s *Server) Psql(t testing.TB, dsn string, files ...string) {
	t.Helper()
	psql := "psql"
	if s.BinDir != "" {
		if p := filepath.Join(s.BinDir, "psql"); fileExists(p) {
			psql = p
		}
	}
	args := []string{"-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dsn}
	for _, f := range files {
		args = append(args, "-f", f)
	}
	out, err := exec.Command(psql, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("pgtest: psql %s: %v\n%s", strings.Join(files, " "), err, out)
	}
}

// Stop stops a cluster this package started (for tests of a server going
// away); Start starts it again. Both fail the test on an external server.
func (s *Server) Stop(t testing.TB) {
	t.Helper()
	if s.external {
		t.Fatal("pgtest: cannot stop the server of ARIADRIFT_TEST_DSN")
	}
	if err := s.stopCluster(); err != nil {
		t.Fatalf("pgtest: stop: %v", err)
	}
}

// Start starts a cluster stopped by Stop.
func (s *Server) Start(t testing.TB) {
	t.Helper()
	if s.external {
		t.Fatal("pgtest: cannot start the server of ARIADRIFT_TEST_DSN")
	}
	if err := s.startCluster(); err != nil {
		t.Fatalf("pgtest: start: %v", err)
	}
}

// findBinDir finds initdb and pg_ctl on PATH or under /usr/lib/postgresql/*/bin,
// newest version first.
func findBinDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		dir := filepath.Dir(p)
		if fileExists(filepath.Join(dir, "pg_ctl")) {
			return dir, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	if d := newestBinDir(dirs); d != "" {
		return d, nil
	}
	return "", errNoPostgres
}

// newestBinDir returns the directory of the highest major version (Debian's
// .../postgresql/<version>/bin layout) that holds both initdb and pg_ctl.
func newestBinDir(dirs []string) string {
	dirs = append([]string(nil), dirs...)
	sort.SliceStable(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	for _, d := range dirs {
		if fileExists(filepath.Join(d, "initdb")) && fileExists(filepath.Join(d, "pg_ctl")) {
			return d
		}
	}
	return ""
}

// versionOf reads the version directory above bin; "9.6" sorts below "10".
func versionOf(binDir string) float64 {
	v, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(binDir)), 64)
	return v
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// asPostgres returns the command, run as the postgres user when we are root:
// initdb refuses to run as root.
func asPostgres(name string, args ...string) *exec.Cmd {
	if os.Geteuid() == 0 {
		return exec.Command("runuser", append([]string{"-u", "postgres", "--", name}, args...)...)
	}
	return exec.Command(name, args...)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// clusterPrefix names the temporary directories of the clusters pgtest
// starts, which is how reapStale recognizes them.
const clusterPrefix = "ariadrift-pgtest-"

// ownerFile records the test binary's process id and the bin directory in
// a cluster directory, for reapStale.
const ownerFile = "owner"

// start creates and starts a cluster in a new directory under parent ("":
// the system temporary directory).
func start(parent string) (*Server, error) {
	bin, err := findBinDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(parent, clusterPrefix)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(fmt.Sprintf("%d\n%s\n", os.Getpid(), bin)), 0o644); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("running as root needs a postgres user to run initdb: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s := &Server{BinDir: bin, Dir: dir, DataDir: filepath.Join(dir, "data"), Port: port}
	pwfile := filepath.Join(dir, "pwfile")
	if err := os.WriteFile(pwfile, []byte(Password+"\n"), 0o644); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	out, err := asPostgres(filepath.Join(bin, "initdb"), "-D", s.DataDir, "-U", "postgres",
		"--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile="+pwfile, "--no-sync", "-E", "UTF8", "--locale=C").CombinedOutput()
	os.Remove(pwfile)
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	// Another process may take the free port before the postmaster binds
	// it; a second port almost never meets the same fate.
	for attempt := 1; ; attempt++ {
		err = s.startCluster()
		if err == nil || attempt == 3 || !strings.Contains(err.Error(), "could not bind") {
			break
		}
		if s.Port, err = freePort(); err != nil {
			break
		}
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s.AdminDSN = fmt.Sprintf("host=%s port=%d user=postgres dbname=postgres sslmode=disable", quoteValue(dir), s.Port)
	return s, nil
}

// destroy stops the cluster and removes its directory.
func (s *Server) destroy() error {
	if s.external {
		return nil
	}
	err := s.stopCluster()
	if rmErr := os.RemoveAll(s.Dir); err == nil && rmErr != nil {
		err = fmt.Errorf("remove test cluster: %w", rmErr)
	}
	return err
}

// reapStale stops and removes the clusters under parent ("": the system
// temporary directory) whose test binary is no longer running. A binary
// killed by a panic or by go test's -timeout never reaches the end of Main.
func reapStale(parent string) {
	if parent == "" {
		parent = os.TempDir()
	}
	dirs, _ := filepath.Glob(filepath.Join(parent, clusterPrefix+"*"))
	for _, dir := range dirs {
		owner, err := os.ReadFile(filepath.Join(dir, ownerFile))
		if err != nil {
			// Not ours, or still being created.
			continue
		}
		lines := strings.Split(strings.TrimSpace(string(owner)), "\n")
		pid, err := strconv.Atoi(lines[0])
		if err != nil || len(lines) != 2 || processAlive(pid) {
			continue
		}
		data := filepath.Join(dir, "data")
		if fileExists(filepath.Join(data, "postmaster.pid")) {
			asPostgres(filepath.Join(lines[1], "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop").Run()
		}
		os.RemoveAll(dir)
	}
}

// processAlive reports whether a process with the id exists; EPERM means
// it exists under another user.
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

func (s *Server) startCluster() error {
	// pg_ctl hands -o to a shell, so the socket directory is quoted for
	// it; durability is traded for speed because the cluster is thrown away.
	opts := fmt.Sprintf("-k %s -p %d -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "+
		"-c full_page_writes=off -c max_connections=100 -c wal_level=replica -c max_wal_senders=4", shellQuote(s.Dir), s.Port)
	out, err := asPostgres(filepath.Join(s.BinDir, "pg_ctl"), "-D", s.DataDir, "-l", filepath.Join(s.Dir, "server.log"),
		"-o", opts, "-w", "-t", "60", "start").CombinedOutput()
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(s.Dir, "server.log"))
		return fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	s.mu.Lock()
	s.running = true
	s.mu.Unlock()
	return nil
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func (s *Server) stopCluster() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.running || s.external {
		return nil
	}
	out, err := asPostgres(filepath.Join(s.BinDir, "pg_ctl"), "-D", s.DataDir, "-m", "immediate", "-w", "stop").CombinedOutput()
	if err != nil {
		return fmt.Errorf("pg_ctl stop: %v\n%s", err, out)
	}
	s.running = false
	return nil
}
