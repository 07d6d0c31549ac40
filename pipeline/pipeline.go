// Package pipeline is one ariadrift run below the command line: it loads
// the sources given (each a Source producing a *model.Schema and its
// warnings) concurrently, derives the pairs to compare from which sources
// are present, compares them, applies the config's severity overrides and
// ignore rules and the baseline, and returns one report.Run that every
// renderer and the exit code read.
//
// Adding a source is one producer (a type implementing Source, beside
// Spec, ORM, SQL and DB) and its line in ranks, which places it among the
// others by canonicality; the command line then adds a flag that builds it.
//
// pipeline imports the producers (spec, orm, sqlparse, introspect), diff,
// report, internal/config and internal/baseline; it must not import the
// command line. Nothing below it imports it.
package pipeline

import (
	"cmp"
	"context"
	"errors"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/internal/baseline"
	"github.com/ariadrift/ariadrift/internal/config"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

// Input is what one run reads and how it judges the findings.
type Input struct {
	// Sources are the descriptions to compare, in any order; at least two.
	Sources []Source
	// Config holds the severity overrides and ignore rules; nil for none.
	Config *config.Config
	// Baseline is a baseline file whose findings are set aside; empty for none.
	Baseline string
	// FailOn is the gate's threshold; FailNever turns the gate off.
	FailOn    diff.Severity
	FailNever bool
	// Fleet, when set, are live databases each compared with the Sources
	// as its own db pair (Sources then hold no DB). A target that cannot be
	// read is recorded in the run's Targets and the others still compared.
	Fleet []Target
	// Parallel bounds how many targets are read at once; 0 is DefaultParallel.
	Parallel int
	// Logf, when set, receives progress (the -v flag). Sources call it
	// concurrently.
	Logf func(format string, args ...any)
}

// Result is what a run found.
type Result struct {
	// Run is what every renderer and the exit code read; the caller names
	// the tool and the inputs.
	Run *report.Run
	// Ignored counts the findings the config's ignore rules accepted.
	Ignored int
	// Known are the findings the baseline records, left out of Run; Stale
	// are the baseline's entries that no longer occur.
	Known []diff.Finding
	Stale []baseline.Entry
}

// errTooFew is returned for fewer than two sources: nothing to compare.
var errTooFew = errors.New("pipeline: a comparison needs at least two sources")

// Run loads, compares and judges. A source that cannot be read, or a
// baseline that cannot be, fails the run.
func Run(ctx context.Context, in Input) (*Result, error) {
	if len(in.Sources)+min(len(in.Fleet), 1) < 2 {
		return nil, errTooFew
	}
	loaded, fleet, err := loadAll(ctx, in)
	if err != nil {
		return nil, err
	}
	run := &report.Run{FailOn: in.FailOn, FailNever: in.FailNever}
	opts := diffOptions(in.Config)
	for _, c := range plan(loaded) {
		run.Pairs = append(run.Pairs, c.pair())
		fs, tenants := c.compare(opts)
		fs, unread := c.leaveUnread(fs, tenants)
		run.Warnings = append(run.Warnings, unread...)
		run.Findings = append(run.Findings, fs...)
		if tenants != nil {
			run.Tenants = tenants
		}
	}
	for _, l := range loaded {
		run.Warnings = append(run.Warnings, l.Warnings...)
		setSchema(run, l.Source.Kind(), l.Schema)
	}
	if len(fleet) > 0 {
		compareFleet(run, loaded, fleet, opts)
	}
	res := &Result{Run: run}
	run.Findings, res.Ignored = ignore(in.Config, run.Findings)
	if res.Ignored > 0 && in.Logf != nil {
		in.Logf("%d findings accepted by ignore rules in %s", res.Ignored, in.Config.File)
	}
	if in.Baseline != "" {
		b, err := baseline.Load(in.Baseline)
		if err != nil {
			return nil, err
		}
		run.Findings, res.Known, res.Stale = b.Split(run.Findings)
	}
	return res, nil
}

// loadAll reads the sources and the fleet at the same time. A source that
// cannot be read fails the run and stops the fleet's reads; a target that
// cannot be read is only recorded.
func loadAll(ctx context.Context, in Input) ([]Loaded, []loadedTarget, error) {
	for _, s := range in.Sources {
		if len(in.Fleet) > 0 && s.Kind() == model.SourceDB {
			return nil, nil, errors.New("pipeline: a fleet and a single database in one run")
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan []loadedTarget, 1)
	go func() { done <- loadFleet(ctx, in.Fleet, cmp.Or(in.Parallel, DefaultParallel), in.Logf) }()
	loaded, err := Load(ctx, in.Sources, in.Logf)
	if err != nil {
		cancel()
		<-done
		return nil, nil, err
	}
	return loaded, <-done, nil
}

// setSchema hands the renderers the schema read from each source.
func setSchema(run *report.Run, k model.Source, s *model.Schema) {
	switch k {
	case model.SourceSpec:
		run.Spec = s
	case model.SourceORM:
		run.ORM = s
	case model.SourceSQL:
		run.SQL = s
	case model.SourceDB:
		run.DB = s
	}
}

// diffOptions turns the config's severity overrides into the diff engine's hook.
func diffOptions(c *config.Config) diff.Options {
	if c == nil || len(c.Severity) == 0 {
		return diff.Options{}
	}
	return diff.Options{Override: c.Override}
}

// ignore drops the findings the config accepts, returning how many.
func ignore(c *config.Config, fs []diff.Finding) ([]diff.Finding, int) {
	if c == nil || len(c.Ignore) == 0 {
		return fs, 0
	}
	kept := fs[:0:0]
	for _, f := range fs {
		if _, ok := c.Ignored(f); !ok {
			kept = append(kept, f)
		}
	}
	return kept, len(fs) - len(kept)
}
