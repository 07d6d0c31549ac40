package pipeline

import (
	"context"

	"golang.org/x/sync/errgroup"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/report"
)

// DefaultParallel is how many targets of a fleet are read at once when
// Input.Parallel is not set: enough to hide network latency, few enough not
// to open a connection to every server of a large fleet at once.
const DefaultParallel = 4

// Target is one named live database of a fleet. Its findings carry the name
// as their tenant (a tenanted target's as "name/tenant"), so the name
// reaches the table, JSON, SARIF and baseline fingerprints.
type Target struct {
	Name string
	DB   DB
}

// loadedTarget is a target after reading: its schema, or why it could not
// be read.
type loadedTarget struct {
	target Target
	loaded Loaded
	err    error
}

// loadFleet reads the targets, at most parallel at once. A target that
// cannot be read is recorded, not returned: the others are still compared,
// and the run is marked incomplete.
func loadFleet(ctx context.Context, targets []Target, parallel int, logf func(string, ...any)) []loadedTarget {
	out := make([]loadedTarget, len(targets))
	var g errgroup.Group
	g.SetLimit(max(parallel, 1))
	for i, t := range targets {
		g.Go(func() error {
			log := &Log{kind: t.DB.Kind(), logf: logf}
			s, err := t.DB.Load(ctx, log)
			out[i] = loadedTarget{target: t, loaded: Loaded{Source: t.DB, Schema: s, Warnings: log.warnings}, err: err}
			return nil
		})
	}
	_ = g.Wait() // every goroutine returns nil: failures are in out
	return out
}

// compareFleet compares every loaded source with every target read, the
// source on the left, and names the target on each finding.
func compareFleet(run *report.Run, loaded []Loaded, fleet []loadedTarget, opts diff.Options) {
	for i := range loaded {
		left := &loaded[i]
		run.Pairs = append(run.Pairs, diff.Pair{Left: left.Source.Kind(), Right: fleet[0].target.DB.Kind()})
		for j := range fleet {
			t := &fleet[j]
			if t.err != nil {
				continue
			}
			c := comparison{left, &t.loaded}
			fs, tenants := c.compare(opts)
			fs, unread := c.leaveUnread(fs, tenants)
			run.Warnings = append(run.Warnings, unread...)
			for _, f := range fs {
				f.Tenant = label(t.target.Name, f.Tenant)
				run.Findings = append(run.Findings, f)
			}
			if i == 0 {
				run.Tenants = append(run.Tenants, targetTenants(t.target.Name, tenants)...)
			}
		}
	}
	for _, t := range fleet {
		st := report.TargetStatus{Name: t.target.Name, DSN: introspect.MaskDSN(t.target.DB.DSN)}
		if t.err != nil {
			st.Err = t.err.Error()
		} else {
			run.Warnings = append(run.Warnings, t.loaded.Warnings...)
		}
		run.Targets = append(run.Targets, st)
	}
}

// targetTenants names what a target contributes to the run's tenants: the
// target itself, or each of its tenant schemas under it.
func targetTenants(name string, tenants []string) []string {
	if tenants == nil {
		return []string{name}
	}
	out := make([]string, len(tenants))
	for i, t := range tenants {
		out[i] = label(name, t)
	}
	return out
}

// label is a finding's tenant within a target.
func label(target, tenant string) string {
	if tenant == "" {
		return target
	}
	return target + "/" + tenant
}
