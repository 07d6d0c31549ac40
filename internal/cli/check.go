package cli

import (
	"cmp"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/internal/config"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pipeline"
	"github.com/ariadrift/ariadrift/report"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// compareOptions are the inputs shared by check and report: which sources to
// read and how.
type compareOptions struct {
	spec       string
	orm        []string
	ormTypes   map[string]string
	ormExpect  []model.ExpectedTable
	sql        []string
	searchPath []string
	dsn        string
	moreDSN    []string
	targets    string
	parallel   int
	db         bool
	schemas    []string
	tenants    []string
	merge      []string

	connectTimeout   time.Duration
	statementTimeout time.Duration

	cfg *config.Config

	psqlVars psqlVars
}

func (o *compareOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.spec, "spec", "", "spec YAML of the ORM models (the canonical source)")
	f.StringSliceVar(&o.orm, "orm", nil, "SQLAlchemy models: a .py file or a package directory (its *.py files); repeatable. Read statically, never imported")
	f.StringSliceVar(&o.sql, "sql", nil, "init SQL file or directory (its *.sql files in name order); repeatable, read in the order given")
	f.StringSliceVar(&o.searchPath, "search-path", []string{"public"}, "search_path the SQL scripts start with")
	f.Var(&dsnValue{first: &o.dsn, more: &o.moreDSN}, "dsn", "live database to read (URL or key=value); implies --db. Repeatable: each is a target of a fleet, compared on its own")
	f.StringVar(&o.targets, "targets", "", "file of live databases, one 'name: ENV_VAR' a line (the variable holds the DSN); each target is compared on its own, a failure to read one exits 2 after reporting the others")
	f.IntVar(&o.parallel, "parallel", pipeline.DefaultParallel, "read at most this many targets of --targets or a repeated --dsn at once")
	f.BoolVar(&o.db, "db", false, "read the live database named by --dsn, $ARIADRIFT_DSN, $DATABASE_URL or the libpq PG* variables")
	f.StringSliceVar(&o.schemas, "schema", []string{"public"}, "PostgreSQL schema to read from the live database; repeatable, or comma-separated (a name with a comma or a double quote written as SQL quotes it: '\"a,b\"')")
	f.StringSliceVar(&o.tenants, "tenants", nil, "compare every live schema matching this glob ('tenant_*'; repeatable) with the canonical schema (the first --schema), in one read")
	f.StringSliceVar(&o.merge, "merge", nil, "instead of reading sources, merge these JSON reports of shards into one report and verdict; repeatable")
	f.DurationVar(&o.connectTimeout, "connect-timeout", 10*time.Second, "give up connecting after this long")
	f.DurationVar(&o.statementTimeout, "statement-timeout", 30*time.Second, "cancel a catalog query that runs longer than this")
	f.Var(&o.psqlVars, "psql-var", "psql variable the SQL scripts use without setting it, as psql -v NAME=VALUE; repeatable")
}

// sources turns the flags into the pipeline's sources, and names them for
// the report (the DSN masked).
func (o *compareOptions) sources(getenv func(string) string) ([]pipeline.Source, report.Inputs) {
	var srcs []pipeline.Source
	inputs := report.Inputs{Spec: o.spec, ORM: o.orm, SQL: o.sql}
	if o.spec != "" {
		srcs = append(srcs, pipeline.Spec{Path: o.spec})
	}
	if len(o.orm) > 0 {
		srcs = append(srcs, pipeline.ORM{Paths: o.orm, Types: o.ormTypes, Expected: o.ormExpect})
	}
	if len(o.sql) > 0 {
		// The schemas named by --schema and --search-path exist for the
		// replay: an installer may have created them before the scripts ran.
		assume := append(append([]string(nil), o.schemas...), o.searchPath...)
		srcs = append(srcs, pipeline.SQL{Paths: o.sql, Options: sqlparse.Options{SearchPath: o.searchPath, Assume: assume, Vars: o.psqlVars}})
	}
	if (o.db || o.dsn != "") && len(o.moreDSN) == 0 {
		dsn, from := introspect.ResolveDSN(o.dsn, getenv)
		inputs.DSN, inputs.Schemas = introspect.MaskDSN(dsn), o.schemas
		srcs = append(srcs, o.database(dsn, from))
	}
	return srcs, inputs
}

// database is the live database at dsn, read as the flags say.
func (o *compareOptions) database(dsn, from string) pipeline.DB {
	return pipeline.DB{
		DSN: dsn, From: from,
		ConnectTimeout: o.connectTimeout,
		Options:        introspect.Options{Schemas: o.schemas, StatementTimeout: o.statementTimeout},
		Tenants:        o.tenants,
	}
}

// run reads the config, turns flags and config into the pipeline's input,
// lets gate set how the findings are judged, runs the pipeline and prints
// the sources' warnings.
func (o *compareOptions) run(cmd *cobra.Command, g *globalOptions, s streams, gate func(*pipeline.Input) error) (*pipeline.Result, error) {
	cfg, err := loadConfig(g.config)
	if err != nil {
		return nil, err
	}
	if err := o.applyConfig(cmd, cfg, lookupEnv); err != nil {
		return nil, err
	}
	if len(o.merge) > 0 {
		return o.runMerge(cmd, gate)
	}
	srcs, inputs := o.sources(lookupEnv)
	for i, src := range srcs {
		if db, ok := src.(pipeline.DB); ok {
			db.Options.Progress = g.progress(s, lookupEnv)
			srcs[i] = db
		}
	}
	fleet, err := o.fleet(lookupEnv)
	if err != nil {
		return nil, err
	}
	if len(srcs)+min(len(fleet), 1) < 2 {
		return nil, usagef("give at least two of --spec, --orm, --sql and --dsn/--db/--targets")
	}
	if o.parallel < 1 {
		return nil, usagef("--parallel %d: read at least one target at a time", o.parallel)
	}
	in := pipeline.Input{Sources: srcs, Fleet: fleet, Parallel: o.parallel, Config: o.cfg, FailOn: diff.High, Logf: g.logf(s)}
	if gate != nil {
		if err := gate(&in); err != nil {
			return nil, err
		}
	}
	res, err := pipeline.Run(cmd.Context(), in)
	if err != nil {
		return nil, err
	}
	res.Run.Tool, res.Run.Version, res.Run.Inputs = "ariadrift", version(), inputs
	if len(fleet) > 0 {
		res.Run.Inputs.Schemas = o.schemas
	}
	g.warn(s, res.Run.Warnings)
	for _, t := range res.Run.Targets {
		if t.Err != "" {
			fmt.Fprintf(s.Err, "ariadrift: target %s (%s): %s\n", t.Name, t.DSN, t.Err)
		}
	}
	return res, nil
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

In GitHub Actions (when $GITHUB_STEP_SUMMARY is set) it also appends a
markdown summary of the run to the job's summary; --format github prints the
findings as annotations on the pull request's diff.

Several live databases (--dsn given more than once, or --targets FILE) are a
fleet: each target is compared with the other sources on its own, its
findings labelled with its name; one that cannot be read is an error line on
stderr, the others are still reported, and the run exits 2.

Exit codes: 0 nothing at or above --fail-on, 1 drift at or above --fail-on,
2 the run could not complete (bad flags or input, database unreachable, a
target of the fleet unreadable).`,
		Example: `  # spec against the init scripts
  ariadrift check --spec spec/models.yaml --sql testdata/aria

  # all three ways; the DSN comes from the environment so no password is on the command line
  ARIADRIFT_DSN=postgres://app@db.internal/aria ariadrift check --spec spec/models.yaml --sql testdata/aria --db

  # gate on MEDIUM and above, JSON for another tool
  ariadrift check --spec spec/models.yaml --sql testdata/aria --fail-on medium --format json

  # a fleet: targets.txt holds lines like 'eu: EU_DSN', the DSNs stay in the environment
  ariadrift check --spec spec/models.yaml --targets targets.txt --parallel 8

  # in GitHub Actions: annotations on the pull request, and the job summary
  ariadrift check --spec spec/models.yaml --sql testdata/aria --format github`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := o.run(cmd, g, s, func(in *pipeline.Input) error {
				if !cmd.Flags().Changed("fail-on") && o.cfg.FailOn != "" {
					if err := o.failOn.Set(o.cfg.FailOn); err != nil {
						return err
					}
				}
				in.FailOn, in.FailNever = o.failOn.sev, o.failOn.none
				o.baseline = cmp.Or(o.baseline, o.cfg.Baseline)
				in.Baseline = o.baseline
				return nil
			})
			if err != nil {
				return err
			}
			if !g.quiet {
				reportBaseline(s, o.baseline, res)
				if err := writeReport(s, o.output, o.format.f, res.Run); err != nil {
					return err
				}
			}
			// The job summary is a file of the CI job, not terminal output,
			// so -q does not silence it.
			if err := appendJobSummary(lookupEnv, res.Run, o.output); err != nil {
				return err
			}
			if res.Run.Incomplete() {
				return errIncomplete
			}
			if res.Run.Failed() {
				return errDrift
			}
			return nil
		},
	}
	o.addFlags(cmd)
	cmd.Flags().Var(&o.format, "format", formatHelp())
	cmd.Flags().Var(&o.failOn, "fail-on", "exit 1 when a finding is at or above this severity: high, medium, low, info or none")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write the report to this file (replaced atomically) instead of stdout")
	cmd.Flags().StringVar(&o.baseline, "baseline", "", "baseline file of accepted findings: fail only on findings not in it")
	return cmd
}

// reportBaseline tells how many findings the baseline set aside, and which
// of its entries no longer occur so the baseline can shrink.
func reportBaseline(s streams, path string, res *pipeline.Result) {
	if len(res.Known) > 0 {
		fmt.Fprintf(s.Err, "baseline %s: %d known findings not shown\n", path, len(res.Known))
	}
	if len(res.Stale) > 0 {
		fmt.Fprintf(s.Err, "baseline %s: %d entries no longer occur (fixed; run 'ariadrift baseline write' to drop them):\n", path, len(res.Stale))
		for _, e := range res.Stale {
			obj := e.Table
			if e.Object != "" {
				obj += "." + e.Object
			}
			fmt.Fprintf(s.Err, "  %s %s %s\n", e.Pair, e.Kind, obj)
		}
	}
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
  ariadrift report --spec spec/models.yaml --sql testdata/aria --format sarif -o drift.sarif

  # the schema as a Mermaid ER diagram, drift drawn in
  ariadrift report --spec spec/models.yaml --sql testdata/aria --format mermaid -o schema.mmd`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := o.run(cmd, g, s, nil)
			if err != nil {
				return err
			}
			if err := writeReport(s, o.output, o.format.f, res.Run); err != nil {
				return err
			}
			if res.Run.Incomplete() {
				return errIncomplete
			}
			return nil
		},
	}
	o.addFlags(cmd)
	cmd.Flags().Var(&o.format, "format", formatHelp())
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
