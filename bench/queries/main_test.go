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
	qs := legacyQueries()
	write(w, qs, "", []string{"public"}, 1000)
	require.NoError(t, w.Flush())
	// Every table has 19 columns, a primary key and a foreign key, and three
	// secondary indexes; other.hidden is outside the schema list.
	require.Equal(t, map[string]int{
		"relations": n, "columns": 19 * n, "constraints": 2 * n, "indexes": 3 * n, "enums": 0, "domains": 0,
	}, rowsPerQuery(t, conn, qs, b.String()))

	// The current queries read the indexes that back keys too (one per
	// table), and the types and names they refer to by oid.
	b.Reset()
	_, err = conn.Exec(ctx, "DEALLOCATE ALL") // the script's statements have the same names
	require.NoError(t, err)
	qs = nil
	for _, q := range introspect.Queries() {
		qs = append(qs, query{q.Name, q.SQL})
	}
	write(w, qs, introspect.Settings, []string{"public"}, 1000)
	require.NoError(t, w.Flush())
	rows := rowsPerQuery(t, conn, qs, b.String())
	require.Positive(t, rows["types"])
	require.Positive(t, rows["opclasses"])
	require.Positive(t, rows["collations"])
	// Each table has at least two defaults (the key's nextval and
	// created_at's now()), and a random number of others.
	require.GreaterOrEqual(t, rows["defaults"], 2*n)
	delete(rows, "defaults")
	delete(rows, "types")
	delete(rows, "opclasses")
	delete(rows, "collations")
	// The generated schema has no functions or triggers.
	require.Zero(t, rows["functions"]+rows["triggers"])
	delete(rows, "functions")
	delete(rows, "triggers")
	// The privileges query has a row per table, per serial's sequence and
	// per schema read, whatever was granted.
	require.Equal(t, map[string]int{
		"relations": n, "columns": 19 * n, "constraints": 2 * n, "indexes": 4 * n, "checks": 0, "enums": 0, "domains": 0,
		"policies":  0,
		"sequences": n, "extensions": 0, // the keys' serial sequences
		"privileges": 2*n + 1,
		"views":      0, "otherindexes": 0, "partitionconstraints": 0,
	}, rows)
}

// rowsPerQuery runs the script and counts the rows of each query.
func rowsPerQuery(t *testing.T, conn *pgx.Conn, qs []query, script string) map[string]int {
	results, err := conn.PgConn().Exec(context.Background(), script).ReadAll()
	require.NoError(t, err)
	rows := map[string]int{}
	for _, r := range results {
		require.NoError(t, r.Err)
		if tag := r.CommandTag.String(); strings.HasPrefix(tag, "SELECT") {
			require.Less(t, len(rows), len(qs))
			rows[qs[len(rows)].name] = len(r.Rows)
		}
	}
	return rows
}

// A schema name is a string literal in the script, quoted as one.
func TestScriptQuotesSchemas(t *testing.T) {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	write(w, legacyQueries(), "", []string{"public", "it's"}, 0)
	require.NoError(t, w.Flush())
	require.Contains(t, b.String(), "(ARRAY['public', 'it''s']::text[]);")
	require.NotContains(t, b.String(), "statement_timeout")
	require.True(t, strings.HasPrefix(b.String(), "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\n"))
	require.True(t, strings.HasSuffix(b.String(), "ROLLBACK;\n"))
}
