package erd_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/erd"
	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
	"github.com/ariadrift/ariadrift/spec"
	"github.com/ariadrift/ariadrift/sqlparse"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	specPath = "../spec/models.yaml"
	sqlDir   = "../testdata/aria"
	hotfix   = "../testdata/aria-hotfix.sql"
)

// TestMain serves the live tests from one PostgreSQL for the package.
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// ariaRun compares the Aria spec with its init scripts and, when db is
// given, with that database too, pairing the sources as the command does.
func ariaRun(t *testing.T, db *model.Schema) *report.Run {
	t.Helper()
	s, err := spec.Load(specPath)
	require.NoError(t, err)
	q, err := sqlparse.Files([]string{sqlDir}, sqlparse.Options{})
	require.NoError(t, err)
	run := &report.Run{Tool: "ariadrift", Spec: s, SQL: q, DB: db, FailOn: diff.High}
	add := func(l, r *model.Schema) {
		p := diff.Pair{Left: l.Source, Right: r.Source}
		run.Pairs = append(run.Pairs, p)
		run.Findings = append(run.Findings, diff.Compare(l, r, diff.Options{})...)
	}
	add(s, q)
	if db != nil {
		add(s, db)
		add(q, db)
	}
	return run
}

// liveAria builds a database from the init scripts plus the production
// hotfixes and reads it back.
func liveAria(t *testing.T) *model.Schema {
	t.Helper()
	dsn := pgtest.DB(t)
	pgtest.Current(t).Psql(t, dsn, sqlDir+"/01-schema.sql", sqlDir+"/02-migrations.sql", hotfix)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	db, err := introspect.Schema(ctx, conn, introspect.Options{Schemas: []string{"public"}})
	require.NoError(t, err)
	return db
}

// golden compares got with testdata/name; -update rewrites the file.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./erd -update to create %s", path)
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("%s differs (-want +got); rerun with -update if the change is intended:\n%s", path, d)
	}
}

func TestAriaSpecSQL(t *testing.T) {
	got, err := erd.Diagram(ariaRun(t, nil), erd.Options{})
	require.NoError(t, err)
	golden(t, "aria.mmd", got)
}

func TestAriaLive(t *testing.T) {
	got, err := erd.Diagram(ariaRun(t, liveAria(t)), erd.Options{})
	require.NoError(t, err)
	golden(t, "aria-live.mmd", got)
}
