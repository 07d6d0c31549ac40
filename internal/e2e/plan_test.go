package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/plan"
	"github.com/ariadrift/ariadrift/sqlparse"
)

func readLive(t *testing.T, dsn string, schemas []string) *model.Schema {
	t.Helper()
	ctx := context.Background()
	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	require.NoError(t, err)
	defer conn.Close(ctx)
	db, err := introspect.Schema(ctx, conn, introspect.Options{Schemas: schemas, StatementTimeout: time.Minute})
	require.NoError(t, err)
	return db
}

func render(t *testing.T, p *plan.Plan) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, plan.WriteSQL(&b, p, []string{"test plan"}))
	return b.String()
}

// scanPlan holds every plan of the suite to the safety rules: without
// allowed hazards, no executable statement drops a table or a column or
// rewrites a table; CONCURRENTLY and VALIDATE never share a transaction,
// and CONCURRENTLY never runs inside one.
func scanPlan(t *testing.T, p *plan.Plan, hazardsAllowed bool) {
	t.Helper()
	groupSize := map[int]int{}
	for _, s := range p.Steps {
		groupSize[s.Group]++
	}
	for _, s := range p.Steps {
		up := strings.ToUpper(s.SQL)
		if strings.Contains(up, "CONCURRENTLY") || strings.Contains(up, "VALIDATE CONSTRAINT") {
			require.Equal(t, 1, groupSize[s.Group], "step %d shares its transaction: %s", s.ID, s.SQL)
		}
		if strings.Contains(up, "CONCURRENTLY") {
			require.False(t, s.Transactional, "step %d: %s", s.ID, s.SQL)
		}
		if hazardsAllowed || s.Blocked {
			continue
		}
		for _, h := range s.Hazards {
			require.NotContains(t, []plan.Hazard{plan.TableRewrite, plan.DataLoss}, h.Code, "step %d runs: %s", s.ID, s.SQL)
		}
	}
	if hazardsAllowed {
		return
	}
	inTx := false
	for _, line := range strings.Split(render(t, p), "\n") {
		if strings.HasPrefix(line, "--") {
			continue
		}
		up := strings.ToUpper(line)
		require.NotContains(t, up, "DROP TABLE", "executable without --allow-hazards")
		require.NotContains(t, up, "DROP COLUMN", "executable without --allow-hazards")
		switch {
		case up == "BEGIN;":
			inTx = true
		case up == "COMMIT;":
			inTx = false
		case strings.Contains(up, "CONCURRENTLY"):
			require.False(t, inTx, "CONCURRENTLY inside a transaction: %s", line)
		}
	}
}

func dbName(t *testing.T, dsn string) string {
	cfg, err := pgconn.ParseConfig(dsn)
	require.NoError(t, err)
	return cfg.Database
}

var copies atomic.Int64

// liveCopy clones a database from it as a template: much faster than
// replaying the file for every mutation.
func liveCopy(t *testing.T, template string) string {
	t.Helper()
	srv := pgtest.Current(t)
	name := fmt.Sprintf("mut_%d_%d", os.Getpid(), copies.Add(1))
	ctx := context.Background()
	require.NoError(t, srv.Exec(ctx, fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", name, model.QuoteIdent(template))))
	t.Cleanup(func() { _ = srv.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") })
	t.Logf("fresh copy %s of %s", name, template)
	return srv.DSN(name)
}

func execSQL(dsn, sql string) error {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// TestPlanMutationRoundTrip applies each kind of drift to a live copy of
// every corpus file's database, plans back to the file's replay, applies
// the plan with psql and asserts zero findings; planning again must be
// empty (convergence). Every plan is scanned for the safety rules.
func TestPlanMutationRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("the mutation suite takes minutes")
	}
	files, err := filepath.Glob("../../testdata/corpus/*.sql")
	require.NoError(t, err)
	sort.Strings(files)
	createDetectRoles(t) // 18-privileges.sql grants to them
	applied := map[string]int{}
	for fi, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			canonical := sqlFile(t, file)
			schemas := schemasOf(canonical)
			orig := pgtest.DB(t)
			pgtest.Current(t).Psql(t, orig, file)
			base := readLive(t, orig, schemas)
			require.Empty(t, diff.Compare(canonical, base, diff.Options{}))
			markUnknownColumns(canonical, base)
			// A converged round trip leaves the database as the file built
			// it, so the next mutation runs on the same database; after a
			// failure it gets a fresh copy.
			live := ""
			for mi, mu := range mutations() {
				// Every kind is planned with the online forms for some
				// files and the plain ones for the others.
				online := (fi+mi)%2 == 0
				stmt, ok := mu.sql(base)
				if !ok {
					continue
				}
				if live == "" {
					live = liveCopy(t, dbName(t, orig))
				}
				ok = t.Run(mu.name, func(t *testing.T) {
					if roundTrip(t, canonical, schemas, live, mu.name, stmt, online) {
						applied[mu.name]++
					}
				})
				if !ok {
					live = ""
				}
			}
		})
	}
	var kinds []string
	for k := range applied {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	t.Logf("%d kinds of drift applied: %v", len(kinds), kinds)
	require.GreaterOrEqual(t, len(kinds), 40, "kinds of drift applied")
}

// roundTrip runs one mutation; it reports false when PostgreSQL refused
// the mutation itself (a dependency the picker could not see).
func roundTrip(t *testing.T, canonical *model.Schema, schemas []string, dsn, name, stmt string, online bool) bool {
	if err := execSQL(dsn, stmt); err != nil {
		t.Logf("mutation %s not applicable here: %v", name, err)
		return false
	}
	target := readLive(t, dsn, schemas)
	fs := diff.Compare(canonical, target, diff.Options{})
	require.NotEmpty(t, fs, "mutation %s made no drift:\n%s", name, stmt)
	name = fmt.Sprintf("%s (online forms: %v)", name, online)
	scanPlan(t, plan.Build(canonical, target, fs, plan.Options{Online: true}), false)
	scanPlan(t, plan.Build(canonical, target, fs, plan.Options{}), false)
	opts := plan.Options{Online: online, AllowAll: true, LockTimeout: 5 * time.Second}
	p := plan.Build(canonical, target, fs, opts)
	scanPlan(t, p, true)
	script := render(t, p)
	require.Empty(t, p.Blocked(), "mutation %s: blocked steps\n%s", name, script)
	file := filepath.Join(t.TempDir(), "plan.sql")
	require.NoError(t, os.WriteFile(file, []byte(script), 0o644))
	pgtest.Current(t).Psql(t, dsn, file)
	after := readLive(t, dsn, schemas)
	left := diff.Compare(canonical, after, diff.Options{})
	require.Empty(t, left, "mutation %s:\n%s\nplan:\n%s\nleft:%s", name, stmt, script, describe(left))
	again := plan.Build(canonical, after, left, opts)
	require.Empty(t, again.Steps, "mutation %s: planning again is not empty", name)
	return true
}

func sqlFile(t *testing.T, file string) *model.Schema {
	t.Helper()
	s, err := sqlparse.Files([]string{file}, sqlparse.Options{})
	require.NoError(t, err)
	return s
}

// TestPlanEnumExtraLabelIsManual: a label the canonical side lacks is never
// fixed by recreating the type; the plan says so and is blocked.
func TestPlanEnumExtraLabelIsManual(t *testing.T) {
	file := "../../testdata/corpus/09-enums-domains.sql"
	canonical := sqlFile(t, file)
	dsn := pgtest.DB(t)
	pgtest.Current(t).Psql(t, dsn, file)
	require.NoError(t, execSQL(dsn, "ALTER TYPE mood ADD VALUE 'drift'"))
	target := readLive(t, dsn, schemasOf(canonical))
	p := plan.Build(canonical, target, diff.Compare(canonical, target, diff.Options{}), plan.Options{Online: true, AllowAll: true})
	require.Len(t, p.Steps, 1)
	require.True(t, p.Steps[0].Blocked)
	require.Equal(t, plan.Manual, p.Steps[0].Hazards[0].Code)
	require.Contains(t, p.Steps[0].SQL, "cannot drop an enum label")
	scanPlan(t, p, true)
}

// TestPlanFKsOnTheSameColumns: keys that share columns and a referenced
// table are replaced by the one of their name, so the plan converges
// whatever order the database lists them in.
func TestPlanFKsOnTheSameColumns(t *testing.T) {
	file := filepath.Join(t.TempDir(), "fks.sql")
	require.NoError(t, os.WriteFile(file, []byte(`CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (
	pid int,
	CONSTRAINT c_a FOREIGN KEY (pid) REFERENCES p ON DELETE CASCADE,
	CONSTRAINT c_b FOREIGN KEY (pid) REFERENCES p ON DELETE RESTRICT,
	CONSTRAINT c_c FOREIGN KEY (pid) REFERENCES p ON DELETE SET NULL
);
`), 0o644))
	canonical := sqlFile(t, file)
	for i, mu := range []string{
		// Each name now holds another key's rule.
		`ALTER TABLE c DROP CONSTRAINT c_a, DROP CONSTRAINT c_b,
			ADD CONSTRAINT c_b FOREIGN KEY (pid) REFERENCES p ON DELETE CASCADE,
			ADD CONSTRAINT c_a FOREIGN KEY (pid) REFERENCES p ON DELETE RESTRICT`,
		// One key renamed, one changed, and an extra one like the first.
		`ALTER TABLE c RENAME CONSTRAINT c_a TO c_z;
		ALTER TABLE c DROP CONSTRAINT c_c, ADD CONSTRAINT c_c FOREIGN KEY (pid) REFERENCES p,
			ADD CONSTRAINT c_d FOREIGN KEY (pid) REFERENCES p ON DELETE CASCADE`,
	} {
		dsn := pgtest.DB(t)
		pgtest.Current(t).Psql(t, dsn, file)
		require.True(t, roundTrip(t, canonical, []string{"public"}, dsn, fmt.Sprint("mutation ", i), mu, i%2 == 0))
	}
}

// markUnknownColumns marks the tables of db whose columns the replay could
// not list (CREATE TABLE AS SELECT *): a mutation of such a column is not
// drift the comparison can see, so the suite leaves them alone.
func markUnknownColumns(replay, db *model.Schema) {
	for _, t := range replay.Tables {
		if d, ok := db.Table(t.Schema, t.Name); ok && t.HasUnknownColumns() {
			d.Attrs = model.SetAttr(d.Attrs, model.UnknownColumns{})
		}
	}
}

// TestPlanPartitionLocal: what one partition holds of its own (keys,
// indexes, foreign keys) is planned on the partition, or with a partition
// the plan creates, applied, and leaves no drift; the parent's clones are
// never touched.
func TestPlanPartitionLocal(t *testing.T) {
	file := filepath.Join(t.TempDir(), "parts.sql")
	require.NoError(t, os.WriteFile(file, []byte(`CREATE TABLE shop (id int PRIMARY KEY);
CREATE TABLE reading (shop_id int NOT NULL, taken_on date NOT NULL, value numeric, note text)
	PARTITION BY RANGE (taken_on);
CREATE TABLE reading_2025 PARTITION OF reading FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE reading_2026 PARTITION OF reading FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX reading_taken_idx ON reading (taken_on);
ALTER TABLE reading_2025 ADD CONSTRAINT reading_2025_key UNIQUE (shop_id, taken_on);
ALTER TABLE reading_2026 ADD PRIMARY KEY (shop_id, taken_on);
CREATE INDEX reading_2025_value_idx ON reading_2025 (value);
ALTER TABLE reading_2026 ADD CONSTRAINT reading_2026_shop_fk FOREIGN KEY (shop_id) REFERENCES shop (id);
`), 0o644))
	canonical := sqlFile(t, file)
	for i, mu := range []string{
		`ALTER TABLE reading_2025 DROP CONSTRAINT reading_2025_key;
		ALTER TABLE reading_2026 DROP CONSTRAINT reading_2026_pkey;
		DROP INDEX reading_2025_value_idx;
		ALTER TABLE reading_2026 DROP CONSTRAINT reading_2026_shop_fk`,
		`ALTER TABLE reading_2026 ADD CONSTRAINT reading_2026_note_key UNIQUE (note);
		CREATE INDEX reading_2026_note_idx ON reading_2026 (note);
		ALTER TABLE reading_2025 ADD CONSTRAINT reading_2025_shop_fk FOREIGN KEY (shop_id) REFERENCES shop (id)`,
		`ALTER TABLE reading_2026 DROP CONSTRAINT reading_2026_pkey, ADD PRIMARY KEY (taken_on, shop_id);
		ALTER INDEX reading_2025_value_idx RENAME TO reading_2025_v_idx`,
		// Partitions the plan creates get their own objects too.
		`DROP TABLE reading_2025; DROP TABLE reading_2026`,
	} {
		dsn := pgtest.DB(t)
		pgtest.Current(t).Psql(t, dsn, file)
		require.True(t, roundTrip(t, canonical, []string{"public"}, dsn, fmt.Sprint("mutation ", i), mu, i%2 == 0))
	}
}
