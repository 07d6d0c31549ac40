package cli

import (
	"cmp"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pipeline"
	"github.com/ariadrift/ariadrift/plan"
)

// hazardsValue is a validated --allow-hazards flag: hazard codes, or "all".
type hazardsValue struct {
	set map[plan.Hazard]bool
	all bool
}

func (v *hazardsValue) String() string {
	if v.all {
		return "all"
	}
	return strings.Join(v.codes(), ",")
}
func (v *hazardsValue) Type() string { return "codes" }
func (v *hazardsValue) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if part == "all" {
			v.all = true
			continue
		}
		h, err := plan.ParseHazard(part)
		if err != nil {
			return err
		}
		if v.set == nil {
			v.set = map[plan.Hazard]bool{}
		}
		v.set[h] = true
	}
	return nil
}

func (v *hazardsValue) codes() []string {
	if v.all {
		var out []string
		for _, h := range plan.Hazards() {
			if h != plan.Manual {
				out = append(out, string(h))
			}
		}
		return out
	}
	var out []string
	for h := range v.set {
		out = append(out, string(h))
	}
	sort.Strings(out)
	return out
}

type planOptions struct {
	compareOptions
	format      string
	output      string
	baseline    string
	allow       hazardsValue
	offline     bool
	lockTimeout time.Duration
	stepTimeout time.Duration
	verifyDSN   string
}

func newPlanCmd(s streams, g *globalOptions) *cobra.Command {
	o := &planOptions{format: "sql"}
	cmd := &cobra.Command{
		Use:   "plan",
		Short: "Write the migration that makes the target match the canonical side",
		Long: `plan compares a canonical side (--spec or --orm, or --sql when the target is a
live database) with a target (--dsn/--db for a live database, or --sql for the state
the init scripts build, to write the next migration file) and writes the SQL
that removes every finding not ignored or baselined: ordered by dependency,
grouped into transactions, every statement tagged with its hazards and locks.

Statements with a hazard not named in --allow-hazards are written as comments,
never run; by default nothing drops a table or a column. For a live target
the online-safe forms are used (CREATE INDEX CONCURRENTLY, NOT VALID then
VALIDATE, SET NOT NULL through a validated check); --offline turns them off.

--verify-dsn applies the plan with psql to a scratch copy of the target on
that server and compares the result with the canonical side.

Exit codes: 0 the plan is complete (and converges, when verified), 2 the run
could not complete, 3 steps the plan needs are blocked by hazards not allowed,
4 the verified plan does not converge.`,
		Example: `  # the migration that brings a live database back to its init scripts
  ariadrift plan --sql testdata/aria --db -o fix.sql

  # allow what the reviewer accepted, and prove the plan converges on a scratch server
  ariadrift plan --sql testdata/aria --db --allow-hazards data-loss,full-scan,not-transactional \
      --verify-dsn postgres://postgres@localhost/postgres

  # the next migration file: from the scripts' end state to the models
  ariadrift plan --spec spec/models.yaml --sql testdata/aria --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd, g, s) },
	}
	o.addFlags(cmd)
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "sql", "output format: sql or json")
	f.StringVarP(&o.output, "output", "o", "", "write the plan to this file (replaced atomically) instead of stdout")
	f.StringVar(&o.baseline, "baseline", "", "baseline file: its findings are accepted and not planned")
	f.Var(&o.allow, "allow-hazards", "hazard codes whose statements may run (comma-separated, or all): "+hazardCodes())
	f.BoolVar(&o.offline, "offline", false, "plain forms without CONCURRENTLY or NOT VALID, for a database nobody uses yet")
	f.DurationVar(&o.lockTimeout, "lock-timeout", 5*time.Second, "lock_timeout set at the top of a plan for a live target")
	f.DurationVar(&o.stepTimeout, "step-timeout", 30*time.Minute, "statement_timeout set at the top of a plan for a live target")
	f.StringVar(&o.verifyDSN, "verify-dsn", "", "scratch server: apply the plan to a temporary copy of the target there and check that it converges")
	return cmd
}

func hazardCodes() string {
	var out []string
	for _, h := range plan.Hazards() {
		if h != plan.Manual {
			out = append(out, string(h))
		}
	}
	return strings.Join(out, ", ")
}

// planned is one planning run's result.
type planned struct {
	canonical, target *model.Schema
	findings          []diff.Finding
	plan              *plan.Plan
	targetDSN         string // unmasked, for a live target
}

// sides checks that the flags name one canonical side and one target, and
// returns their kinds. The models (--spec or --orm) are canonical over the
// scripts, and the scripts over a live database.
func (o *planOptions) sides() (canonical, target model.Source, err error) {
	if len(o.moreDSN) > 0 || o.targets != "" {
		return "", "", usagef("plan migrates one database; a fleet (--targets, a repeated --dsn) is for check and report")
	}
	live := o.db || o.dsn != ""
	var given []model.Source
	if o.spec != "" {
		given = append(given, model.SourceSpec)
	}
	if len(o.orm) > 0 {
		given = append(given, model.SourceORM)
	}
	if len(o.sql) > 0 {
		given = append(given, model.SourceSQL)
	}
	if live {
		given = append(given, model.SourceDB)
	}
	if len(given) != 2 || given[1] == model.SourceORM {
		return "", "", usagef("plan compares two sources: a canonical side (--spec, --orm, or --sql with --dsn) and a target (--sql or --dsn/--db)")
	}
	return given[0], given[1], nil
}

// pairFindings keeps the findings of one pair.
func pairFindings(fs []diff.Finding, p diff.Pair) []diff.Finding {
	var out []diff.Finding
	for _, f := range fs {
		if f.Pair == p {
			out = append(out, f)
		}
	}
	return out
}

func (o *planOptions) run(cmd *cobra.Command, g *globalOptions, s streams) error {
	if o.format != "sql" && o.format != "json" {
		return usagef("--format: want sql or json")
	}
	pl, err := o.build(cmd, g, s)
	if err != nil {
		return err
	}
	meta := plan.Meta{Tool: "ariadrift", Version: version(), Canonical: string(pl.canonical.Source),
		Target: string(pl.target.Source), AllowedHazards: o.allow.codes()}
	if o.verifyDSN != "" {
		v, err := o.verify(cmd, g, s, pl)
		if err != nil {
			return err
		}
		meta.Verify = v
	}
	write := func(w io.Writer) error {
		if o.format == "json" {
			return plan.WriteJSON(w, pl.plan, meta)
		}
		return plan.WriteSQL(w, pl.plan, planHeader(pl, meta))
	}
	if o.output == "" {
		if err := write(s.Out); err != nil {
			return err
		}
	} else if err := writeFileAtomic(o.output, func(w *bufWriter) error { return write(w) }); err != nil {
		return err
	}
	if n := len(pl.plan.Blocked()); n > 0 && !g.quiet {
		fmt.Fprintf(s.Err, "ariadrift: %d of %d steps blocked, written as comments: %s\n", n, len(pl.plan.Steps), blockedHazards(pl.plan))
	}
	switch {
	case meta.Verify != nil && !meta.Verify.Converges:
		return errNotConverged
	case len(pl.plan.Blocked()) > 0:
		return errBlocked
	}
	return nil
}

// blockedHazards names the hazards that blocked steps, for the hint on stderr.
func blockedHazards(p *plan.Plan) string {
	seen := map[string]bool{}
	var codes []string
	for _, s := range p.Blocked() {
		for _, h := range s.Hazards {
			if !seen[string(h.Code)] {
				seen[string(h.Code)] = true
				codes = append(codes, string(h.Code))
			}
		}
	}
	sort.Strings(codes)
	return "hazards " + strings.Join(codes, ", ") + " (allow with --allow-hazards)"
}

func planHeader(pl *planned, m plan.Meta) []string {
	h := []string{
		fmt.Sprintf("ariadrift plan: makes %s (%s) match %s (%s)", pl.target.Source, pl.target.Origin, pl.canonical.Source, pl.canonical.Origin),
		fmt.Sprintf("%d findings planned; hazards allowed: %s", len(pl.findings), orNone(strings.Join(m.AllowedHazards, ", "))),
	}
	if m.Verify != nil {
		if m.Verify.Converges {
			h = append(h, "verified: converges")
		} else {
			h = append(h, fmt.Sprintf("verified: does not converge, %d findings left", len(m.Verify.Remaining)))
		}
	}
	return h
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// build runs the pipeline on the two sides (so ignore rules and the
// baseline apply as in check) and plans the planned pair's findings.
func (o *planOptions) build(cmd *cobra.Command, g *globalOptions, s streams) (*planned, error) {
	var ck, tk model.Source
	res, err := o.compareOptions.run(cmd, g, s, func(in *pipeline.Input) error {
		var err error
		if ck, tk, err = o.sides(); err != nil {
			return err
		}
		o.baseline = cmp.Or(o.baseline, o.cfg.Baseline)
		in.Baseline, in.FailNever = o.baseline, true
		return nil
	})
	if err != nil {
		return nil, err
	}
	canonical, target := res.Run.Schema(ck), res.Run.Schema(tk)
	fs := pairFindings(res.Run.Findings, diff.Pair{Left: ck, Right: tk})
	pl := &planned{canonical: canonical, target: target, findings: fs}
	opts := plan.Options{Allow: o.allow.set, AllowAll: o.allow.all}
	if target.Source == model.SourceDB {
		pl.targetDSN, _ = introspect.ResolveDSN(o.dsn, lookupEnv)
		opts.Online = !o.offline
		opts.LockTimeout, opts.StatementTimeout = o.lockTimeout, o.stepTimeout
		sizes, err := o.tableSizes(cmd.Context(), pl.targetDSN)
		if err != nil {
			return nil, err
		}
		opts.Size = func(q model.QName) (plan.TableSize, bool) { sz, ok := sizes[q]; return sz, ok }
	}
	pl.plan = plan.Build(canonical, target, fs, opts)
	return pl, nil
}
