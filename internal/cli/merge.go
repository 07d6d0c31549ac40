package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/internal/baseline"
	"github.com/ariadrift/ariadrift/pipeline"
	"github.com/ariadrift/ariadrift/report"
)

// runMerge is a run of --merge: the JSON reports of shards (runs over a
// part of a fleet each) read back and combined, then judged by this
// command's gate and baseline as one run would have been.
func (o *compareOptions) runMerge(cmd *cobra.Command, gate func(*pipeline.Input) error) (*pipeline.Result, error) {
	for _, f := range []string{"spec", "sql", "dsn", "db", "tenants"} {
		if cmd.Flags().Changed(f) {
			return nil, usagef("--merge reads reports, not sources: drop --%s", f)
		}
	}
	runs := make([]*report.Run, 0, len(o.merge))
	for _, path := range o.merge {
		r, err := readReport(path)
		if err != nil {
			return nil, err
		}
		runs = append(runs, r)
	}
	run := report.Merge(runs)
	res := &pipeline.Result{Run: run}
	if gate == nil {
		return res, nil
	}
	in := pipeline.Input{Config: o.cfg}
	if err := gate(&in); err != nil {
		return nil, err
	}
	run.FailOn, run.FailNever = in.FailOn, in.FailNever
	if in.Baseline != "" {
		b, err := baseline.Load(in.Baseline)
		if err != nil {
			return nil, err
		}
		run.Findings, res.Known, res.Stale = b.Split(run.Findings)
	}
	return res, nil
}

// readReport reads one JSON report of --merge.
func readReport(path string) (*report.Run, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--merge: %w", err)
	}
	defer f.Close()
	r, err := report.ReadJSON(f)
	if err != nil {
		return nil, fmt.Errorf("--merge %s: %w", path, err)
	}
	return r, nil
}
