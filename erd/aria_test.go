package erd_test

import (
	"context"
	"flag"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/erd"
	"github.com/ariadrift/ariadrift/internal/ariatest"
	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const hotfix = "../testdata/aria-hotfix.sql"

// TestMain serves the live tests from one PostgreSQL for the package.
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// ariaRun is the Aria example's run, spec against the init scripts, and,
// when db is given, against that database too, paired as the command pairs
// three sources.
func ariaRun(t *testing.T, db *model.Schema) *report.Run {
	t.Helper()
	run := ariatest.Run(t)
	if db != nil {
		run.DB = db
		for _, left := range []*model.Schema{run.Spec, run.SQL} {
			run.Pairs = append(run.Pairs, diff.Pair{Left: left.Source, Right: db.Source})
			run.Findings = append(run.Findings, diff.Compare(left, db, diff.Options{})...)
		}
	}
	return run
}

// liveAria builds a database from the init scripts plus the production
// hotfixes and reads it back.
func liveAria(t *testing.T) *model.Schema {
	t.Helper()
	dsn := pgtest.DB(t)
	pgtest.Current(t).Psql(t, dsn, ariatest.SQLDir+"/01-schema.sql", ariatest.SQLDir+"/02-migrations.sql", hotfix)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	db, err := introspect.Schema(ctx, conn, introspect.Options{Schemas: []string{"public"}})
	require.NoError(t, err)
	return db
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	ariatest.Golden(t, name, []byte(got), *update)
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
