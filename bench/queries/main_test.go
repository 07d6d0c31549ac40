package main

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/bench/gen"
	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/introspect"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// The script runs on a real database and each EXECUTE returns the rows
// introspect would read: one per table, per column, per key, per index.
func TestScriptReadsCatalog(t *testing.T) {
	const n = 12
	dsn := pgtest.DB(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer conn.Close(ctx)
	src, err := gen.Generate(n, 1)
	require.NoError(t, err)
	_, err = conn.Exec(ctx, src+"CREATE SCHEMA other; CREATE TABLE other.hidden (id int);")
	require.NoError(t, err)

	var b strings.Builder
	w := bufio.NewWriter(&b)
	write(w, []string{"public"}, 1000)
	require.NoError(t, w.Flush())
	results, err := conn.PgConn().Exec(ctx, b.String()).ReadAll()
	require.NoError(t, err)

	rows := map[string]int{}
	for _, r := range results {
		require.NoError(t, r.Err)
		if tag := r.CommandTag.String(); strings.HasPrefix(tag, "SELECT") {
			rows[queryOf(t, len(rows))] = len(r.Rows)
		}
	}
	// Every table has 19 columns, a primary key and a foreign key, and three
	// secondary indexes; other.hidden is outside the schema list.
	require.Equal(t, map[string]int{
		"relations": n, "columns": 19 * n, "constraints": 2 * n, "indexes": 3 * n, "enums": 0, "domains": 0,
	}, rows)
}

// queryOf names the i-th query that returned rows.
func queryOf(t *testing.T, i int) string {
	qs := introspect.Queries()
	require.Less(t, i, len(qs))
	return qs[i].Name
}

// A schema name is a string literal in the script, quoted as one.
func TestScriptQuotesSchemas(t *testing.T) {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	write(w, []string{"public", "it's"}, 0)
	require.NoError(t, w.Flush())
	require.Contains(t, b.String(), "(ARRAY['public', 'it''s']::text[]);")
	require.NotContains(t, b.String(), "statement_timeout")
	require.True(t, strings.HasPrefix(b.String(), "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\n"))
	require.True(t, strings.HasSuffix(b.String(), "ROLLBACK;\n"))
}
