package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/bench/gen"
	"github.com/ariadrift/ariadrift/internal/cli"
	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/introspect"
)

func TestMain(m *testing.M) {
	os.Exit(pgtest.Main(sharedRunner{m}))
}

// sharedRunner drops the databases the benchmarks shared once they all ran:
// loading thousands of tables takes far longer than measuring them, so each
// size is loaded once per test binary rather than once per benchmark.
type sharedRunner struct{ m *testing.M }

func (r sharedRunner) Run() int {
	code := r.m.Run()
	shared.Range(func(_, v any) bool {
		db := v.(*sharedDB)
		if db.server != nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if err := db.server.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{db.name}.Sanitize()+" WITH (FORCE)"); err != nil {
				fmt.Fprintf(os.Stderr, "bench: drop database %s: %v\n", db.name, err)
			}
		}
		return true
	})
	return code
}

// sharedDB is a database loaded with the generated schema of one size.
type sharedDB struct {
	once   sync.Once
	server *pgtest.Server
	name   string
	dsn    string
	err    error
}

var shared sync.Map // int -> *sharedDB

// loadedDB returns the DSN of a database holding the generated schema of n
// tables, loading it on first use.
func loadedDB(tb testing.TB, n int) string {
	v, _ := shared.LoadOrStore(n, &sharedDB{})
	db := v.(*sharedDB)
	db.once.Do(func() {
		db.server = pgtest.Current(tb)
		db.name = fmt.Sprintf("bench_gen_%d", n)
		db.dsn, db.err = createGenerated(db.server, db.name, n)
	})
	if db.err != nil {
		tb.Fatalf("load %d generated tables: %v", n, db.err)
	}
	return db.dsn
}

// loadBatch is how many tables one transaction creates: a transaction that
// creates thousands runs out of PostgreSQL's lock table.
const loadBatch = 100

func createGenerated(s *pgtest.Server, name string, n int) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	for _, stmt := range []string{"DROP DATABASE IF EXISTS ", "CREATE DATABASE "} {
		if err := s.Exec(ctx, stmt+pgx.Identifier{name}.Sanitize()); err != nil {
			return "", err
		}
	}
	dsn := s.DSN(name)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return "", err
	}
	defer conn.Close(context.Background())
	for i := 0; i < n; i += loadBatch {
		var b strings.Builder
		for j := i; j < min(i+loadBatch, n); j++ {
			b.WriteString(gen.Table(j, seed))
		}
		// Without arguments Exec uses the simple protocol, which runs the
		// batch's statements in one implicit transaction.
		if _, err := conn.Exec(ctx, b.String()); err != nil {
			return "", fmt.Errorf("tables %d-%d: %w", i, min(i+loadBatch, n)-1, err)
		}
	}
	return dsn, nil
}

// pgDump returns pg_dump --schema-only of the database, written to a file.
func pgDump(tb testing.TB, dsn string) string {
	bin, err := clientBinary(pgtest.Current(tb), "pg_dump")
	if err != nil {
		tb.Fatal(err)
	}
	out := filepath.Join(tb.TempDir(), "dump.sql")
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "--schema-only", "--file", out, "--dbname", dsn)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("pg_dump: %v\n%s", err, stderr.Bytes())
	}
	return out
}

// clientBinary finds a PostgreSQL client program next to the server
// binaries, where Debian keeps the version that matches the server, then on
// PATH. The server's bin directory may be a directory of symlinks (initdb,
// pg_ctl), so the directory they point into is tried too.
func clientBinary(s *pgtest.Server, name string) (string, error) {
	if s.BinDir != "" {
		dirs := []string{s.BinDir}
		if real, err := filepath.EvalSymlinks(filepath.Join(s.BinDir, "initdb")); err == nil {
			dirs = append(dirs, filepath.Dir(real))
		}
		for _, d := range dirs {
			p := filepath.Join(d, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p, nil
			}
		}
	}
	p, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("%s not found beside the PostgreSQL server or on PATH: %w", name, err)
	}
	return p, nil
}

// BenchmarkReplayDump replays pg_dump --schema-only of a database loaded
// with the generated schema: pg_dump's spelling (ALTER TABLE ONLY, separate
// sequences, qualified names) is what a schema dump checked into a
// repository looks like.
func BenchmarkReplayDump(b *testing.B) {
	n := benchN(b)
	path := pgDump(b, loadedDB(b, n))
	src, err := os.ReadFile(path)
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		s := replay(b, string(src), "dump.sql")
		if len(s.Tables) != n {
			b.Fatalf("replayed %d tables, want %d", len(s.Tables), n)
		}
	}
}

// BenchmarkIntrospect reads the generated database over one open
// connection, as the check command does after connecting.
func BenchmarkIntrospect(b *testing.B) {
	n := benchN(b)
	dsn := loadedDB(b, n)
	ctx := context.Background()
	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	require.NoError(b, err)
	defer conn.Close(ctx)
	b.ReportAllocs()
	for b.Loop() {
		s, err := introspect.Schema(ctx, conn, introspect.Options{Schemas: []string{"public"}})
		if err != nil {
			b.Fatal(err)
		}
		if len(s.Tables) != n {
			b.Fatalf("introspected %d tables, want %d", len(s.Tables), n)
		}
	}
}

// checkArgs runs the sql↔db check of a generated schema against the
// database loaded from it.
func checkArgs(tb testing.TB, n int) []string {
	file := filepath.Join(tb.TempDir(), "gen.sql")
	require.NoError(tb, os.WriteFile(file, []byte(genSQL(tb, n)), 0o644))
	return []string{"check", "--fail-on", "info", "--sql", file, "--dsn", loadedDB(tb, n)}
}

// runCheck runs the check command in process and fails unless it found no
// drift: the database was loaded from the very script it is checked against.
func runCheck(tb testing.TB, args []string) {
	var stdout, stderr bytes.Buffer
	if code := cli.Run(args, strings.NewReader(""), &stdout, &stderr); code != 0 {
		tb.Fatalf("check exited %d:\n%s\n%s", code, stdout.Bytes(), stderr.Bytes())
	}
}

// BenchmarkCheck is the whole sql↔db check in process: replay the
// generated script, introspect the database, compare, render the report.
func BenchmarkCheck(b *testing.B) {
	args := checkArgs(b, benchN(b))
	b.ReportAllocs()
	for b.Loop() {
		runCheck(b, args)
	}
}

// TestGeneratedNoDrift proves the benchmarks' premise: a database loaded
// from the generated script has no drift from it, in either spelling of
// the script (as generated, and as pg_dump prints it back), while the same
// script with drift added fails the check.
func TestGeneratedNoDrift(t *testing.T) {
	const n = 40
	args := checkArgs(t, n)
	runCheck(t, args)
	dump := pgDump(t, loadedDB(t, n))
	runCheck(t, []string{"check", "--fail-on", "info", "--sql", dump, "--dsn", loadedDB(t, n)})

	drifted := filepath.Join(t.TempDir(), "drifted.sql")
	require.NoError(t, os.WriteFile(drifted, []byte(genSQL(t, n)+driftScript(n)), 0o644))
	var stdout, stderr bytes.Buffer
	code := cli.Run([]string{"check", "--fail-on", "info", "--sql", drifted, "--dsn", loadedDB(t, n)},
		strings.NewReader(""), &stdout, &stderr)
	require.Equal(t, 1, code, "stdout:\n%s\nstderr:\n%s", stdout.Bytes(), stderr.Bytes())
	require.Contains(t, stdout.String(), gen.TableName(10, seed))
}
