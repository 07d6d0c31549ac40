// Package pgtest gives tests a real PostgreSQL: the server named by
// $ARIADRIFT_TEST_DSN, or a throwaway cluster it starts with initdb/pg_ctl in
// a temporary directory and stops when the tests end. Each test gets a fresh
// database. Nothing is mocked.
//
// With CI=true a missing PostgreSQL fails the test; elsewhere it skips, so a
// developer without the server binaries can still run the offline tests.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Password is the superuser's password for TCP connections to a cluster this
// package started; unix-socket connections are trusted.
const Password = "pgtest-secret-4b1d"

// Server is the PostgreSQL the tests use.
type Server struct {
	// AdminDSN connects as a superuser to the maintenance database.
	AdminDSN string
	// The fields below are set only for a cluster this package started.
	BinDir  string
	Dir     string // temporary directory; also the unix socket directory
	DataDir string
	Port    int

	external bool
	mu       sync.Mutex
	running  bool
}

var (
	current  *Server
	startErr error
	dbSeq    atomic.Int64
)

// Main starts the server (when $ARIADRIFT_TEST_DSN is not set), runs the
// tests and stops it. Use it from TestMain: os.Exit(pgtest.Main(m)).
func Main(m interface{ Run() int }) int {
	if dsn := os.Getenv("ARIADRIFT_TEST_DSN"); dsn != "" {
		current = &Server{AdminDSN: dsn, external: true, running: true}
		return m.Run()
	}
	s, err := start()
	if err != nil {
		startErr = err
	} else {
		current = s
	}
	code := m.Run()
	if current != nil {
		current.stopCluster()
		os.RemoveAll(current.Dir)
	}
	return code
}

// Current returns the server, failing the test (CI=true) or skipping it when
// there is none.
func Current(t testing.TB) *Server {
	t.Helper()
	if current != nil {
		return current
	}
	err := startErr
	if err == nil {
		err = errors.New("pgtest.Main was not called from TestMain")
	}
	msg := fmt.Sprintf("no PostgreSQL for tests: %v (set ARIADRIFT_TEST_DSN, or install the Debian postgresql package)", err)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return nil
}

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

// TCPDSN returns a URL DSN over 127.0.0.1 (password authentication) for a
// cluster this package started.
func (s *Server) TCPDSN(user, password, db string) string {
	u := url.URL{Scheme: "postgres", Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(s.Port)), Path: "/" + db,
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
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	for _, d := range dirs {
		if fileExists(filepath.Join(d, "initdb")) && fileExists(filepath.Join(d, "pg_ctl")) {
			return d, nil
		}
	}
	return "", errors.New("initdb and pg_ctl not found on PATH or under /usr/lib/postgresql/*/bin")
}

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

func start() (*Server, error) {
	bin, err := findBinDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "ariadrift-pgtest-")
	if err != nil {
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
	if err := s.startCluster(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s.AdminDSN = fmt.Sprintf("host=%s port=%d user=postgres dbname=postgres sslmode=disable", dir, port)
	return s, nil
}

func (s *Server) startCluster() error {
	opts := fmt.Sprintf("-k %s -p %d -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "+
		"-c full_page_writes=off -c max_connections=100 -c wal_level=replica -c max_wal_senders=4", s.Dir, s.Port)
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
