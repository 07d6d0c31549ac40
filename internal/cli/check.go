package cli

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/internal/baseline"
	"github.com/ariadrift/ariadrift/internal/config"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
	"github.com/ariadrift/ariadrift/spec"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// compareOptions are the inputs shared by check and report: which sources to
// read and how.
type compareOptions struct {
	spec       string
	sql        []string
	searchPath []string
	dsn        string
	db         bool
	schemas    []string

	connectTimeout   time.Duration
	statementTimeout time.Duration

	cfg *config.Config
}

func (o *compareOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.spec, "spec", "", "spec YAML of the ORM models (the canonical source)")
	f.StringSliceVar(&o.sql, "sql", nil, "init SQL file or directory (its *.sql files in name order); repeatable, read in the order given")
	f.StringSliceVar(&o.searchPath, "search-path", []string{"public"}, "search_path the SQL scripts start with")
	f.StringVar(&o.dsn, "dsn", "", "live database to read (URL or key=value); implies --db")
	f.BoolVar(&o.db, "db", false, "read the live database named by --dsn, $ARIADRIFT_DSN, $DATABASE_URL or the libpq PG* variables")
	f.StringSliceVar(&o.schemas, "schema", []string{"public"}, "PostgreSQL schema to read from the live database; repeatable")
	f.DurationVar(&o.connectTimeout, "connect-timeout", 10*time.Second, "give up connecting after this long")
	f.DurationVar(&o.statementTimeout, "statement-timeout", 30*time.Second, "cancel a catalog query that runs longer than this")
}

// sources is what a run read.
type sources struct {
	spec, sql, db *model.Schema
	dsn           string // masked
}

// load reads every source that was asked for. A source that cannot be read
// fails the whole run: a partial comparison would report the unread side's
// objects as missing.
func (o *compareOptions) load(ctx context.Context, logf func(string, ...any), getenv func(string) string) (*sources, error) {
	live := o.db || o.dsn != ""
	n := 0
	for _, given := range []bool{o.spec != "", len(o.sql) > 0, live} {
		if given {
			n++
		}
	}
	if n < 2 {
		return nil, usagef("give at least two of --spec, --sql and --dsn/--db")
	}
	return o.loadSources(ctx, logf, getenv)
}

// loadSources reads whichever sources were given.
func (o *compareOptions) loadSources(ctx context.Context, logf func(string, ...any), getenv func(string) string) (*sources, error) {
	live := o.db || o.dsn != ""
	src := &sources{}
	// The three sources are independent: read them at once, so a live check
	// costs about as much as its slowest source, not their sum.
	var wg sync.WaitGroup
	var specErr, sqlErr, dbErr error
	if o.spec != "" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			logf("reading spec %s", o.spec)
			src.spec, specErr = spec.Load(o.spec)
		}()
	}
	if len(o.sql) > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			logf("reading SQL %v", o.sql)
			src.sql, sqlErr = sqlparse.Files(o.sql, sqlparse.Options{SearchPath: o.searchPath})
		}()
	}
	if live {
		dsn, from := introspect.ResolveDSN(o.dsn, getenv)
		src.dsn = introspect.MaskDSN(dsn)
		wg.Add(1)
		go func() {
			defer wg.Done()
			logf("reading database %s (from %s)", src.dsn, from)
			src.db, dbErr = o.readDB(ctx, dsn, logf)
		}()
	}
	wg.Wait()
	// Report errors in a fixed order, whichever finished first.
	for _, err := range []error{specErr, sqlErr, dbErr} {
		if err != nil {
			return nil, err
		}
	}
	return src, nil
}

// readDB connects and reads the live schema.
func (o *compareOptions) readDB(ctx context.Context, dsn string, logf func(string, ...any)) (*model.Schema, error) {
	conn, err := introspect.Connect(ctx, dsn, o.connectTimeout)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	return introspect.Schema(ctx, conn, introspect.Options{
		Schemas:          o.schemas,
		StatementTimeout: o.statementTimeout,
		Logf:             logf,
	})
}

// compare runs every pair the sources allow: spec↔sql, spec↔db, sql↔db, plus
// the SQL scripts' disagreements with themselves.
func compare(src *sources, opts diff.Options) ([]diff.Pair, []diff.Finding) {
	var pairs []diff.Pair
	var findings []diff.Finding
	add := func(left, right *model.Schema) {
		if left == nil || right == nil {
			return
		}
		pairs = append(pairs, diff.Pair{Left: left.Source, Right: right.Source})
		findings = append(findings, diff.Compare(left, right, opts)...)
	}
	add(src.spec, src.sql)
	if src.sql != nil {
		pairs = append(pairs, diff.Pair{Left: model.SourceSQL, Right: model.SourceSQL})
		findings = append(findings, diff.Duplicates(src.sql, opts)...)
	}
	add(src.spec, src.db)
	add(src.sql, src.db)
	return pairs, findings
}

// buildRun reads the config, loads, compares and assembles the report's input.
func (o *compareOptions) buildRun(cmd *cobra.Command, g *globalOptions, s streams, getenv func(string) string) (*report.Run, error) {
	cfg, err := loadConfig(g.config)
	if err != nil {
		return nil, err
	}
	if err := o.applyConfig(cmd, cfg, getenv); err != nil {
		return nil, err
	}
	logf := g.logf(s)
	src, err := o.load(cmd.Context(), logf, getenv)
	if err != nil {
		return nil, err
	}
	pairs, findings := compare(src, o.diffOptions())
	findings, ignored := o.applyIgnores(findings)
	if ignored > 0 {
		logf("%d findings accepted by ignore rules in %s", ignored, o.cfg.File)
	}
	run := &report.Run{
		Tool:     "ariadrift",
		Version:  version(),
		Inputs:   report.Inputs{Spec: o.spec, SQL: o.sql, DSN: src.dsn},
		Pairs:    pairs,
		Findings: findings,
		Spec:     src.spec,
		SQL:      src.sql,
		DB:       src.db,
	}
	if src.db != nil {
		run.Inputs.Schemas = o.schemas
	}
	return run, nil
}

type checkOptions struct {
	compareOptions
	format   formatValue
	failOn   failOnValue
	output   string
	baseline string
}

func newCheckCmd(s streams, g *globalOptions) *cobra.Command {
	o := &checkOptions{format: formatValue{report.FormatTable}, failOn: failOnValue{sev: diff.High}}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Compare the sources and fail when drift reaches --fail-on (the CI gate)",
		Long: `check reads two or three sources — the spec, the init SQL and the live
database — compares every pair, prints the findings and exits non-zero when any
finding reaches the --fail-on severity.

Exit codes: 0 nothing at or above --fail-on, 1 drift at or above --fail-on,
2 the run could not complete (bad flags or input, database unreachable).`,
		Example: `  # spec against the init scripts
  ariadrift check --spec spec/models.yaml --sql testdata/aria

  # all three ways; the DSN comes from the environment so no password is on the command line
  ARIADRIFT_DSN=postgres://app@db.internal/aria ariadrift check --spec spec/models.yaml --sql testdata/aria --db

  # gate on MEDIUM and above, JSON for another tool
  ariadrift check --spec spec/models.yaml --sql testdata/aria --fail-on medium --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			run, err := o.buildRun(cmd, g, s, lookupEnv)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("fail-on") && o.cfg.FailOn != "" {
				if err := o.failOn.Set(o.cfg.FailOn); err != nil {
					return err
				}
			}
			run.FailOn, run.FailNever = o.failOn.sev, o.failOn.none
			if o.baseline == "" {
				o.baseline = o.cfg.Baseline
			}
			if o.baseline != "" {
				if err := applyBaseline(s, g, o.baseline, run); err != nil {
					return err
				}
			}
			if !g.quiet {
				if err := writeReport(s, o.output, o.format.f, run); err != nil {
					return err
				}
			}
			if run.Failed() {
				return errDrift
			}
			return nil
		},
	}
	o.addFlags(cmd)
	cmd.Flags().Var(&o.format, "format", "output format: table, json, sarif or markdown")
	cmd.Flags().Var(&o.failOn, "fail-on", "exit 1 when a finding is at or above this severity: high, medium, low, info or none")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write the report to this file (replaced atomically) instead of stdout")
	cmd.Flags().StringVar(&o.baseline, "baseline", "", "baseline file of accepted findings: fail only on findings not in it")
	return cmd
}

// applyBaseline keeps only the findings the baseline does not know, and tells
// which baseline entries no longer occur so the baseline can shrink.
func applyBaseline(s streams, g *globalOptions, path string, run *report.Run) error {
	b, err := baseline.Load(path)
	if err != nil {
		return err
	}
	fresh, known, stale := b.Split(run.Findings)
	run.Findings = fresh
	if g.quiet {
		return nil
	}
	if len(known) > 0 {
		fmt.Fprintf(s.Err, "baseline %s: %d known findings not shown\n", path, len(known))
	}
	if len(stale) > 0 {
		fmt.Fprintf(s.Err, "baseline %s: %d entries no longer occur (fixed; run 'ariadrift baseline write' to drop them):\n", path, len(stale))
		for _, e := range stale {
			obj := e.Table
			if e.Object != "" {
				obj += "." + e.Object
			}
			fmt.Fprintf(s.Err, "  %s %s %s\n", e.Pair, e.Kind, obj)
		}
	}
	return nil
}

type reportOptions struct {
	compareOptions
	format formatValue
	output string
}

func newReportCmd(s streams, g *globalOptions) *cobra.Command {
	o := &reportOptions{format: formatValue{report.FormatMarkdown}}
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Write a report of the drift found (markdown reference document by default)",
		Long: `report reads the sources like check and writes a report. It exits 0 whatever
drift it finds (use check to gate), and 2 when the run cannot complete.`,
		Example: `  # regenerate the models reference document
  ariadrift report --spec spec/models.yaml --sql testdata/aria -o docs/aria-models-reference.md

  # SARIF for code scanning
  ariadrift report --spec spec/models.yaml --sql testdata/aria --format sarif -o drift.sarif`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			run, err := o.buildRun(cmd, g, s, lookupEnv)
			if err != nil {
				return err
			}
			run.FailOn = diff.High
			return writeReport(s, o.output, o.format.f, run)
		},
	}
	o.addFlags(cmd)
	cmd.Flags().Var(&o.format, "format", "output format: table, json, sarif or markdown")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write the report to this file (replaced atomically) instead of stdout")
	return cmd
}

// writeReport renders run to stdout or, atomically, to a file.
func writeReport(s streams, path string, f report.Format, run *report.Run) error {
	if path == "" {
		opts := report.Options{Color: useColor(s.Out), Width: columnsFromEnv()}
		return render(s.Out, f, run, opts)
	}
	return writeFileAtomic(path, func(w *bufWriter) error {
		return render(w, f, run, report.Options{})
	})
}
