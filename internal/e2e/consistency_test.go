// Package e2e holds tests that cross package boundaries against a real
// PostgreSQL: the SQL replay must agree with what PostgreSQL itself builds
// from the same SQL.
package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/sqlparse"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// schemasOf lists the namespaces a replayed schema uses, public first.
func schemasOf(s *model.Schema) []string {
	seen := map[string]bool{"public": true}
	out := []string{"public"}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, n := range s.Namespaces {
		add(n)
	}
	for _, t := range s.Tables {
		add(t.Schema)
	}
	return out
}

// loadAndRead loads files into a fresh database with psql and reads it back.
func loadAndRead(t *testing.T, schemas []string, files ...string) *model.Schema {
	t.Helper()
	dsn := pgtest.DB(t)
	pgtest.Current(t).Psql(t, dsn, files...)
	ctx := context.Background()
	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	require.NoError(t, err)
	defer conn.Close(ctx)
	db, err := introspect.Schema(ctx, conn, introspect.Options{Schemas: schemas, StatementTimeout: time.Minute})
	require.NoError(t, err)
	return db
}

func describe(fs []diff.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\n  %s %s %s %s.%s %s: %s (expected %q, actual %q)", f.Pair, f.Severity, f.Kind, f.Schema, f.Table, f.Object, f.Message, f.Expected, f.Actual)
	}
	return b.String()
}

// TestCorpusConsistency is the consistency guarantee: for every corpus file,
// PostgreSQL's own result, read back from the catalog, equals sqlparse's
// replay of the same SQL — zero findings of any severity.
func TestCorpusConsistency(t *testing.T) {
	files, err := filepath.Glob("../../testdata/corpus/*.sql")
	require.NoError(t, err)
	sort.Strings(files)
	require.GreaterOrEqual(t, len(files), 12, "the corpus has at least 12 files")
	createDetectRoles(t) // policies name roles, which are cluster-wide
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			sql, _ := replayMatchesDB(t, nil, file)
			require.NotEmpty(t, sql.Tables, "the file creates tables")
		})
	}
}

// replayMatchesDB asserts that sqlparse's replay of file, loaded into a
// fresh database after the setup files (extensions the file assumes),
// equals what PostgreSQL builds, and returns the replay and the database.
func replayMatchesDB(t *testing.T, setup []string, file string) (sql, db *model.Schema) {
	t.Helper()
	sql, err := sqlparse.Files([]string{file}, sqlparse.Options{})
	require.NoError(t, err)
	db = loadAndRead(t, schemasOf(sql), append(setup, file)...)
	fs := diff.Compare(sql, db, diff.Options{})
	require.Empty(t, fs, "%s: replay and database differ:%s", filepath.Base(file), describe(fs))
	return sql, db
}

// TestAriaScriptsConsistency: the bundled init scripts, including their DO
// blocks, replay to exactly what PostgreSQL builds from them.
func TestAriaScriptsConsistency(t *testing.T) {
	files := []string{"../../testdata/aria/01-schema.sql", "../../testdata/aria/02-migrations.sql"}
	sql, err := sqlparse.Files(files, sqlparse.Options{})
	require.NoError(t, err)
	db := loadAndRead(t, []string{"public"}, files...)
	fs := diff.Compare(sql, db, diff.Options{})
	require.Empty(t, fs, "replay and database differ:%s", describe(fs))
}
