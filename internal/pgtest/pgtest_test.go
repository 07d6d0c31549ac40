package pgtest

import (
	"context"
	"os"
	"testing"

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
