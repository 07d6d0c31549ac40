package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pipeline"
	"github.com/ariadrift/ariadrift/plan"
)

// sizeQuery reads the planner's estimates of table sizes: cheap, and good
// enough to tell a reviewer whether a scan takes seconds or hours.
const sizeQuery = `SELECT n.nspname, c.relname, c.reltuples::float8, c.relpages::int8
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = ANY($1)`

// tableSizes reads reltuples and relpages of the target's tables.
func (o *planOptions) tableSizes(ctx context.Context, dsn string) (map[model.QName]plan.TableSize, error) {
	conn, err := introspect.Connect(ctx, dsn, o.connectTimeout)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(ctx, sizeQuery, o.schemas)
	if err != nil {
		return nil, fmt.Errorf("table sizes of %s: %w", introspect.MaskDSN(dsn), err)
	}
	out := map[model.QName]plan.TableSize{}
	for rows.Next() {
		var q model.QName
		var sz plan.TableSize
		if err := rows.Scan(&q.Schema, &q.Name, &sz.Rows, &sz.Pages); err != nil {
			return nil, fmt.Errorf("table sizes of %s: %w", introspect.MaskDSN(dsn), err)
		}
		out[q] = sz
	}
	return out, rows.Err()
}

// verify builds a temporary database with the target's schema on the
// scratch server, applies the plan with psql as a user would, reads the
// result back and compares it with the canonical side.
func (o *planOptions) verify(cmd *cobra.Command, g *globalOptions, s streams, pl *planned) (*plan.Verify, error) {
	ctx := cmd.Context()
	admin, err := introspect.Connect(ctx, o.verifyDSN, o.connectTimeout)
	if err != nil {
		return nil, fmt.Errorf("--verify-dsn: %w", err)
	}
	defer admin.Close(context.Background())
	name := "ariadrift_verify_" + strconv.FormatInt(time.Now().UnixNano(), 36)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return nil, fmt.Errorf("--verify-dsn %s: create scratch database: %w", introspect.MaskDSN(o.verifyDSN), err)
	}
	defer admin.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") //nolint:errcheck // best effort
	scratch, err := dsnWithDatabase(o.verifyDSN, name)
	if err != nil {
		return nil, err
	}
	if err := o.loadTarget(ctx, pl, scratch); err != nil {
		return nil, err
	}
	var script bytes.Buffer
	if err := plan.WriteSQL(&script, pl.plan, nil); err != nil {
		return nil, err
	}
	v := &plan.Verify{}
	if err := psql(ctx, scratch, script.Bytes()); err != nil {
		v.Remaining = []string{"applying the plan failed: " + err.Error()}
	} else if v.Remaining, err = o.remaining(ctx, pl, scratch); err != nil {
		return nil, err
	}
	v.Converges = len(v.Remaining) == 0
	if !g.quiet {
		if v.Converges {
			fmt.Fprintln(s.Err, "verify: converges")
		} else {
			fmt.Fprintf(s.Err, "verify: does not converge, %d left:\n", len(v.Remaining))
			for _, r := range v.Remaining {
				fmt.Fprintf(s.Err, "  %s\n", r)
			}
		}
	}
	return v, nil
}

// loadTarget gives the scratch database the target's schema: the target's
// SQL files, or a schema-only pg_dump of the live target.
func (o *planOptions) loadTarget(ctx context.Context, pl *planned, scratch string) error {
	if pl.target.Source != model.SourceDB {
		files, err := sqlFiles(o.sql)
		if err != nil {
			return err
		}
		for _, f := range files {
			if err := psqlFile(ctx, scratch, f); err != nil {
				return fmt.Errorf("--verify-dsn: loading %s: %w", f, err)
			}
		}
		return nil
	}
	// The whole database's schema, not only --schema's: with --schema
	// pg_dump leaves out the extensions the tables' defaults call.
	args := []string{"--schema-only", "--no-owner", "--no-privileges"}
	dump, err := pgClient(ctx, "pg_dump", pl.targetDSN, args...)
	if err != nil {
		return fmt.Errorf("--verify-dsn: pg_dump of the target: %w", err)
	}
	if err := psql(ctx, scratch, dump); err != nil {
		return fmt.Errorf("--verify-dsn: restoring the target's schema: %w", err)
	}
	return nil
}

// remaining reads the scratch database and lists the findings left against
// the canonical side. The scratch schema stands in for the target (same
// kind of source), so the pipeline applies the config's ignore rules and
// the baseline exactly as when the plan was made.
func (o *planOptions) remaining(ctx context.Context, pl *planned, scratch string) ([]string, error) {
	schemas := append([]string(nil), o.schemas...)
	for _, n := range pl.target.Namespaces {
		if !contains(schemas, n) {
			schemas = append(schemas, n)
		}
	}
	db := pipeline.DB{DSN: scratch, From: "--verify-dsn", ConnectTimeout: o.connectTimeout,
		Options: introspect.Options{Schemas: schemas, StatementTimeout: o.statementTimeout}}
	got, err := db.Load(ctx, &pipeline.Log{})
	if err != nil {
		return nil, err
	}
	res, err := pipeline.Run(ctx, pipeline.Input{
		Sources: []pipeline.Source{readSchema{pl.canonical}, readSchema{asSource(got, pl.target.Source)}},
		Config:  o.cfg, Baseline: o.baseline, FailNever: true,
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range pairFindings(res.Run.Findings, diff.Pair{Left: pl.canonical.Source, Right: pl.target.Source}) {
		if f.Kind == diff.TableExpected {
			continue // a declared gap, which no plan is meant to close
		}
		out = append(out, fmt.Sprintf("%s %s: %s", f.Kind, (model.QName{Schema: f.Schema, Name: f.Table}).String(), f.Message))
	}
	return out, nil
}

// readSchema is a source already read: the pipeline compares it as it is.
type readSchema struct{ s *model.Schema }

func (r readSchema) Kind() model.Source { return r.s.Source }
func (r readSchema) Load(context.Context, *pipeline.Log) (*model.Schema, error) {
	return r.s, nil
}

func asSource(s *model.Schema, k model.Source) *model.Schema {
	cp := *s
	cp.Source = k
	return &cp
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// sqlFiles expands directories to their *.sql files in name order.
func sqlFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		m, err := filepath.Glob(filepath.Join(p, "*.sql"))
		if err != nil {
			return nil, err
		}
		sort.Strings(m)
		out = append(out, m...)
	}
	return out, nil
}

// dsnWithDatabase returns dsn connecting to another database, in libpq's
// key=value form so that psql and pg_dump read it as pgx does.
func dsnWithDatabase(dsn, db string) (string, error) {
	cfg, err := pgconn.ParseConfig(dsn)
	if err != nil {
		return "", fmt.Errorf("--verify-dsn: %w", err)
	}
	cfg.Database = db
	return configDSN(cfg), nil
}

func configDSN(cfg *pgconn.Config) string {
	kv := []string{"host=" + quoteDSN(cfg.Host), "port=" + strconv.Itoa(int(cfg.Port)), "dbname=" + quoteDSN(cfg.Database)}
	if cfg.User != "" {
		kv = append(kv, "user="+quoteDSN(cfg.User))
	}
	if cfg.Password != "" {
		kv = append(kv, "password="+quoteDSN(cfg.Password))
	}
	if cfg.TLSConfig == nil {
		kv = append(kv, "sslmode=disable")
	}
	return strings.Join(kv, " ")
}

func quoteDSN(v string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(v, `\`, `\\`), `'`, `\'`) + "'"
}

// psql runs a script with psql's own semantics: meta-commands work and the
// first error stops it (ON_ERROR_STOP).
func psql(ctx context.Context, dsn string, script []byte) error {
	f, err := os.CreateTemp("", "ariadrift-*.sql")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(script); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return psqlFile(ctx, dsn, f.Name())
}

// psqlFile runs one file as psql -f does, so \ir includes resolve against it.
func psqlFile(ctx context.Context, dsn, path string) error {
	_, err := pgClient(ctx, "psql", dsn, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", path)
	return err
}

// pgClient runs a PostgreSQL client program against dsn and returns its
// stdout; the password goes through the environment, never the arguments.
func pgClient(ctx context.Context, name, dsn string, args ...string) ([]byte, error) {
	bin, err := findClient(name)
	if err != nil {
		return nil, err
	}
	cfg, err := pgconn.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	pw := cfg.Password
	cfg.Password = ""
	flag := "--dbname="
	cmd := exec.CommandContext(ctx, bin, append(args, flag+configDSN(cfg))...)
	cmd.Env = append(os.Environ(), "PGPASSWORD="+pw)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errOut.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("%s: %s", name, oneLine(msg))
	}
	return out.Bytes(), nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// findClient finds a client program on PATH or, as the test harness finds
// the server, under /usr/lib/postgresql/<version>/bin, newest first.
func findClient(name string) (string, error) {
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.SliceStable(dirs, func(i, j int) bool {
		a, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(dirs[i])), 64)
		b, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(dirs[j])), 64)
		return a > b
	})
	for _, d := range dirs {
		if p := filepath.Join(d, name); fileExists(p) {
			return p, nil
		}
	}
	return "", errors.New(name + " not found on PATH or under /usr/lib/postgresql/*/bin (install the postgresql-client package)")
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
