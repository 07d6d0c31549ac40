package pipeline

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// fake is a source whose Load is given by the test, for what no real
// source can be made to do on cue (block until canceled, fail late).
type fake struct {
	kind model.Source
	load func(ctx context.Context) (*model.Schema, error)
}

func (f fake) Kind() model.Source { return f.kind }
func (f fake) Load(ctx context.Context, _ *Log) (*model.Schema, error) {
	return f.load(ctx)
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	return p
}

// pairsOf plans the comparisons of sources (not loaded: plan needs only
// which are present) and names them.
func pairsOf(t *testing.T, sources []Source) []string {
	t.Helper()
	srcs, err := ranked(sources)
	require.NoError(t, err)
	loaded := make([]Loaded, len(srcs))
	for i, s := range srcs {
		loaded[i].Source = s
	}
	var got []string
	for _, c := range plan(loaded) {
		got = append(got, c.pair().Key())
	}
	return got
}

func TestPlan(t *testing.T) {
	spec, sql, db, orm := Spec{}, SQL{}, DB{}, ORM{}
	tests := []struct {
		name    string
		sources []Source
		want    []string
	}{
		{"spec and sql", []Source{sql, spec}, []string{"spec-sql", "sql-sql"}},
		{"spec and db", []Source{db, spec}, []string{"spec-db"}},
		{"sql and db", []Source{db, sql}, []string{"sql-sql", "sql-db"}},
		{"all three", []Source{db, sql, spec}, []string{"spec-sql", "sql-sql", "spec-db", "sql-db"}},
		{"orm and sql", []Source{sql, orm}, []string{"orm-sql", "sql-sql"}},
		{"all four", []Source{db, sql, orm, spec}, []string{"spec-orm", "spec-sql", "orm-sql", "sql-sql", "spec-db", "orm-db", "sql-db"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, pairsOf(t, tc.sources)); d != "" {
				t.Errorf("pairs (-want +got):\n%s", d)
			}
		})
	}
}

// A new source is one producer and its line in ranks: placed between the
// spec and the scripts, an ORM source is canonical against sql and db, and
// the spec against it, with no pair written by hand.
func TestPlanWithANewSource(t *testing.T) {
	saved := ranks
	t.Cleanup(func() { ranks = saved })
	ranks = []model.Source{model.SourceSpec, "orm", model.SourceSQL, model.SourceDB}
	orm := fake{kind: "orm"}
	tests := []struct {
		sources []Source
		want    []string
	}{
		{[]Source{orm, SQL{}}, []string{"orm-sql", "sql-sql"}},
		{[]Source{orm, DB{}}, []string{"orm-db"}},
		{[]Source{Spec{}, orm}, []string{"spec-orm"}},
		{[]Source{DB{}, SQL{}, orm, Spec{}}, []string{
			"spec-orm",
			"spec-sql", "orm-sql", "sql-sql",
			"spec-db", "orm-db", "sql-db",
		}},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, pairsOf(t, tc.sources))
	}
}

func TestRankedRejects(t *testing.T) {
	_, err := ranked([]Source{Spec{}, Spec{}})
	require.EqualError(t, err, `pipeline: source "spec" given twice`)
	_, err = ranked([]Source{Spec{}, fake{kind: "yaml2"}})
	require.EqualError(t, err, `pipeline: source "yaml2" has no rank`)
	_, err = Run(context.Background(), Input{Sources: []Source{Spec{}}})
	require.ErrorIs(t, err, errTooFew)
}

// A SQL script that does not parse stops the database read: the read is
// canceled rather than waited for, and the error reported is the script's.
func TestLoadCancelsOnFailure(t *testing.T) {
	bad := writeFile(t, "bad.sql", "CREATE TABL t (id int);\n")
	canceled := make(chan struct{})
	db := fake{kind: model.SourceDB, load: func(ctx context.Context) (*model.Schema, error) {
		select {
		case <-ctx.Done():
			close(canceled)
			return nil, ctx.Err()
		case <-time.After(time.Minute):
			return nil, errors.New("the read was not canceled")
		}
	}}
	start := time.Now()
	_, err := Load(context.Background(), []Source{db, SQL{Paths: []string{bad}}}, nil)
	require.ErrorContains(t, err, `bad.sql:1:8: syntax error at or near "TABL"`)
	require.Less(t, time.Since(start), 30*time.Second)
	select {
	case <-canceled:
	default:
		t.Fatal("the database read did not see the cancellation")
	}
}

// The same with the real database source, connecting to a server that
// accepts the connection and never answers: the read stops at once, long
// before its connect timeout.
func TestLoadCancelsTheDatabaseRead(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { conn.Close() })
		}
	}()
	db := DB{
		DSN:            "postgres://app@" + ln.Addr().String() + "/aria?sslmode=disable",
		ConnectTimeout: time.Minute,
	}
	bad := writeFile(t, "bad.sql", "CREATE TABL t (id int);\n")
	start := time.Now()
	_, err = Load(context.Background(), []Source{db, SQL{Paths: []string{bad}}}, nil)
	require.ErrorContains(t, err, `bad.sql:1:8: syntax error at or near "TABL"`)
	require.Less(t, time.Since(start), 20*time.Second, "the database read was waited for")
}

// Errors are reported in rank order whichever source finished first, so
// the message does not depend on timing.
func TestLoadErrorOrder(t *testing.T) {
	late := fake{kind: model.SourceSpec, load: func(context.Context) (*model.Schema, error) {
		time.Sleep(50 * time.Millisecond)
		return nil, errors.New("spec failed")
	}}
	early := fake{kind: model.SourceSQL, load: func(context.Context) (*model.Schema, error) {
		return nil, errors.New("sql failed")
	}}
	_, err := Load(context.Background(), []Source{early, late}, nil)
	require.EqualError(t, err, "spec failed")
}

// An interrupted run (Ctrl-C) reports the interruption.
func TestLoadParentCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	wait := fake{kind: model.SourceDB, load: func(ctx context.Context) (*model.Schema, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}}
	ok := fake{kind: model.SourceSQL, load: func(context.Context) (*model.Schema, error) {
		return model.NewSchema(model.SourceSQL), nil
	}}
	_, err := Load(ctx, []Source{wait, ok}, nil)
	require.ErrorIs(t, err, context.Canceled)
}

func TestRun(t *testing.T) {
	sql := writeFile(t, "init.sql", `CREATE TABLE t (id int PRIMARY KEY, during tstzrange);
  DO LANGUAGE plperl $$ print 1 $$;
CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY);
`)
	empty := fake{kind: model.SourceSpec, load: func(context.Context) (*model.Schema, error) {
		return model.NewSchema(model.SourceSpec), nil
	}}
	res, err := Run(context.Background(), Input{
		Sources: []Source{SQL{Paths: []string{sql}}, empty},
		FailOn:  diff.Medium,
	})
	require.NoError(t, err)
	run := res.Run
	require.Equal(t, []diff.Pair{{Left: "spec", Right: "sql"}, {Left: "sql", Right: "sql"}}, run.Pairs)
	var kinds []string
	for _, f := range run.Findings {
		kinds = append(kinds, f.Pair.Key()+" "+string(f.Kind))
	}
	require.Equal(t, []string{"spec-sql table.extra", "sql-sql table.duplicate"}, kinds)
	require.Equal(t, []model.Warning{{
		Source:  model.SourceSQL,
		Pos:     model.Pos{File: sql, Line: 2, Col: 3},
		Message: "DO block in language plperl not replayed",
	}}, run.Warnings)
	require.NotNil(t, run.Spec)
	require.NotNil(t, run.SQL)
	require.Nil(t, run.DB)
	require.Equal(t, diff.Medium, run.FailOn)
	require.True(t, run.Failed())
}
