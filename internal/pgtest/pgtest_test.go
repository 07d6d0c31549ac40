package pgtest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

func TestFreshDatabases(t *testing.T) {
	ctx := context.Background()
	a, b := DB(t), DB(t)
	require.NotEqual(t, a, b)
	conn, err := pgx.Connect(ctx, a)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var name string
	require.NoError(t, conn.QueryRow(ctx, "SELECT current_database()").Scan(&name))
	require.Contains(t, name, "freshdatabases")
	var n int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace").Scan(&n))
	require.Zero(t, n, "a fresh database has no tables")
}

func TestDatabaseDroppedAtCleanup(t *testing.T) {
	var dsn string
	t.Run("inner", func(t *testing.T) { dsn = DB(t) })
	_, err := pgx.Connect(context.Background(), dsn)
	require.ErrorContains(t, err, "does not exist")
}

func TestPasswordOverTCP(t *testing.T) {
	s := Current(t)
	if s.External() {
		return // the external server's authentication is its own
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, s.TCPDSN("postgres", Password, "postgres"))
	require.NoError(t, err)
	conn.Close(ctx)
	_, err = pgx.Connect(ctx, s.TCPDSN("postgres", "wrong", "postgres"))
	require.ErrorContains(t, err, "password authentication failed")
}

func TestStopStart(t *testing.T) {
	s := Current(t)
	if s.External() {
		return // an external server is not ours to stop
	}
	ctx := context.Background()
	dsn := DB(t)
	s.Stop(t)
	_, err := pgx.Connect(ctx, dsn)
	require.Error(t, err, "a stopped server accepts no connections")
	s.Start(t)
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err, "the database survives a restart")
	conn.Close(ctx)
}

// clusterUp reports whether anything accepts connections on the port.
func clusterUp(port int) bool {
	c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// ownCluster starts a second cluster in a directory of the test's own,
// where reapStale cannot meet the clusters of other test binaries.
func ownCluster(t *testing.T) (*Server, string) {
	t.Helper()
	Current(t) // skips or fails like every other test without PostgreSQL
	if _, err := findBinDir(); err != nil {
		return nil, "" // an external server and no binaries: nothing to start
	}
	parent := t.TempDir()
	if os.Geteuid() == 0 {
		// The postgres user must be able to reach the cluster directory;
		// t.TempDir makes two levels of owner-only directories.
		require.NoError(t, os.Chmod(filepath.Dir(parent), 0o755))
		require.NoError(t, os.Chmod(parent, 0o755))
	}
	s, err := start(parent)
	require.NoError(t, err)
	t.Cleanup(func() { s.destroy() })
	require.True(t, clusterUp(s.Port))
	return s, parent
}

func TestDestroyStopsAndRemoves(t *testing.T) {
	s, _ := ownCluster(t)
	if s == nil {
		return
	}
	require.NoError(t, s.destroy())
	require.False(t, clusterUp(s.Port), "the postmaster is gone")
	require.NoDirExists(t, s.Dir)
}

func TestReapStaleClusters(t *testing.T) {
	live, parent := ownCluster(t)
	if live == nil {
		return
	}
	dead, err := start(parent)
	require.NoError(t, err)
	t.Cleanup(func() { dead.destroy() })

	// A process that has exited stands for a test binary killed mid-run.
	exited := exec.Command("true")
	require.NoError(t, exited.Run())
	owner := fmt.Sprintf("%d\n%s\n", exited.Process.Pid, dead.BinDir)
	require.NoError(t, os.WriteFile(filepath.Join(dead.Dir, ownerFile), []byte(owner), 0o644))

	reapStale(parent)
	require.NoDirExists(t, dead.Dir)
	require.False(t, clusterUp(dead.Port), "the orphaned postmaster was stopped")
	require.DirExists(t, live.Dir, "a cluster whose test binary runs is left alone")
	require.True(t, clusterUp(live.Port))
}

func TestNewestBinDir(t *testing.T) {
	root := t.TempDir()
	mk := func(version string, files ...string) string {
		bin := filepath.Join(root, version, "bin")
		require.NoError(t, os.MkdirAll(bin, 0o755))
		for _, f := range files {
			require.NoError(t, os.WriteFile(filepath.Join(bin, f), nil, 0o755))
		}
		return bin
	}
	v96 := mk("9.6", "initdb", "pg_ctl")
	v13 := mk("13", "initdb", "pg_ctl")
	v16 := mk("16", "initdb") // client-only install: no pg_ctl
	require.Equal(t, v13, newestBinDir([]string{v96, v16, v13}))
	require.Equal(t, v96, newestBinDir([]string{v96}))
	require.Equal(t, "", newestBinDir([]string{v16}))
	require.Equal(t, "", newestBinDir(nil))
}

func TestDSNForms(t *testing.T) {
	url := &Server{AdminDSN: "postgres://admin:pw@db.example:5433/postgres?sslmode=disable"}
	require.Equal(t, "postgres://admin:pw@db.example:5433/t1?sslmode=disable", url.DSN("t1"))
	kv := &Server{AdminDSN: "host=/run/pg port=5432 user=postgres dbname=postgres"}
	got := kv.DSN("it's")
	cfg, err := pgx.ParseConfig(got)
	require.NoError(t, err)
	require.Equal(t, "it's", cfg.Database, "the last dbname wins and quoting survives")
	require.Equal(t, "/run/pg", cfg.Host)
}

func TestDatabaseNames(t *testing.T) {
	for _, name := range []string{"TestX", "TestX/sub case", strings.Repeat("TestLong", 20)} {
		t.Run("", func(t *testing.T) {
			n := fmt.Sprintf("t%d_%s", 12, sanitize(name))
			require.LessOrEqual(t, len(n), 63)
			require.Regexp(t, `^[a-z0-9_]+$`, n)
		})
	}
}

func TestExternalServer(t *testing.T) {
	s, err := externalServer("postgres://admin:pw@db.example:5433/postgres")
	require.NoError(t, err)
	require.True(t, s.External())
	require.Equal(t, 5433, s.Port)
	require.Equal(t, "postgres://app:x@db.example:5433/t1?sslmode=disable", s.TCPDSN("app", "x", "t1"))
	require.NoError(t, s.destroy(), "an external server is never stopped")

	s, err = externalServer("host=/run/postgresql port=5432 user=postgres")
	require.NoError(t, err)
	require.Equal(t, "/run/postgresql", s.Dir)
	require.Equal(t, "postgres://app@127.0.0.1:5432/t1?sslmode=disable", s.TCPDSN("app", "", "t1"))

	_, err = externalServer("postgres://h:notaport/db")
	require.ErrorContains(t, err, "ARIADRIFT_TEST_DSN")
}
