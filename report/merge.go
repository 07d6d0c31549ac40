package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// ReadJSON reads a report written by JSON back into a Run, so that the
// reports of many runs (shards of a fleet) can be merged and rendered in
// any format. The schemas read are not in a JSON report: formats that draw
// them (markdown, mermaid) get none.
func ReadJSON(r io.Reader) (*Run, error) {
	var in jsonReport
	dec := json.NewDecoder(r)
	if err := dec.Decode(&in); err != nil {
		return nil, fmt.Errorf("not an ariadrift JSON report: %w", err)
	}
	if in.SchemaVersion != JSONSchemaVersion {
		return nil, fmt.Errorf("JSON report has schema_version %d, want %d", in.SchemaVersion, JSONSchemaVersion)
	}
	run := &Run{
		Tool: in.Tool.Name, Version: in.Tool.Version, Tenants: in.Tenants,
		Inputs: Inputs{Spec: in.Inputs.Spec, SQL: in.Inputs.SQL, DSN: in.Inputs.DSN, Schemas: in.Inputs.Schemas},
	}
	if err := run.setGate(in.Summary.FailOn); err != nil {
		return nil, err
	}
	for _, p := range in.Pairs {
		pair, err := parsePair(p)
		if err != nil {
			return nil, err
		}
		run.Pairs = append(run.Pairs, pair)
	}
	for i, f := range in.Findings {
		df, err := f.finding()
		if err != nil {
			return nil, fmt.Errorf("finding %d: %w", i+1, err)
		}
		run.Findings = append(run.Findings, df)
	}
	for _, w := range in.Warnings {
		run.Warnings = append(run.Warnings, model.Warning{Source: model.Source(w.Source), Message: w.Message, Pos: w.Location.pos()})
	}
	run.Targets = readTargets(in.Targets, in.Incomplete)
	return run, nil
}

// readTargets turns a report's fleet back into target statuses. A report
// that says it is incomplete stays incomplete even if its target list was
// cut: a merged verdict must never vouch for a database nobody read.
func readTargets(ts []jsonTarget, incomplete bool) []TargetStatus {
	var out []TargetStatus
	failed := false
	for _, t := range ts {
		st := TargetStatus{Name: t.Name, DSN: t.DSN, Err: t.Error}
		if t.Status != "ok" && st.Err == "" {
			st.Err = "not read (status " + strconv.Quote(t.Status) + ")"
		}
		failed = failed || st.Err != ""
		out = append(out, st)
	}
	if incomplete && !failed {
		out = append(out, TargetStatus{Name: "(unnamed)", Err: "the report says a target was not read"})
	}
	return out
}

// setGate reads the summary's fail_on.
func (r *Run) setGate(failOn string) error {
	if failOn == "none" {
		r.FailNever = true
		return nil
	}
	sev, err := diff.ParseSeverity(failOn)
	if err != nil {
		return fmt.Errorf("summary.fail_on: %w", err)
	}
	r.FailOn = sev
	return nil
}

func parsePair(s string) (diff.Pair, error) {
	l, r, ok := strings.Cut(s, "-")
	if !ok || l == "" || r == "" {
		return diff.Pair{}, fmt.Errorf("pair %q: want left-right, e.g. spec-db", s)
	}
	return diff.Pair{Left: model.Source(l), Right: model.Source(r)}, nil
}

func (f jsonFinding) finding() (diff.Finding, error) {
	sev, err := diff.ParseSeverity(f.Severity)
	if err != nil {
		return diff.Finding{}, err
	}
	pair, err := parsePair(f.Pair)
	if err != nil {
		return diff.Finding{}, err
	}
	return diff.Finding{
		Kind: diff.Kind(f.Kind), Severity: sev, Pair: pair, Tenant: f.Tenant,
		Schema: f.Schema, Table: f.Table, Object: f.Object, Expected: f.Expected, Actual: f.Actual,
		Message: f.Message, LeftPos: f.Canonical.pos(), RightPos: f.Source.pos(),
	}, nil
}

func (l *jsonLocation) pos() model.Pos {
	if l == nil {
		return model.Pos{}
	}
	return model.Pos{File: l.File, Line: l.Line, Col: l.Column}
}

// Merge combines the runs of shards into one: the pairs of all of them in
// the order first seen, every finding (in diff.Sort's order), every
// warning once, and the tenants and fleet targets of all. The gate is the first run's; the
// caller may set another.
func Merge(runs []*Run) *Run {
	if len(runs) == 0 {
		return &Run{}
	}
	out := &Run{Tool: runs[0].Tool, Version: runs[0].Version, Inputs: runs[0].Inputs,
		FailOn: runs[0].FailOn, FailNever: runs[0].FailNever}
	seenWarn := map[model.Warning]bool{}
	for _, r := range runs {
		for _, p := range r.Pairs {
			if !slices.Contains(out.Pairs, p) {
				out.Pairs = append(out.Pairs, p)
			}
		}
		out.Findings = append(out.Findings, r.Findings...)
		for _, w := range r.Warnings {
			if !seenWarn[w] {
				seenWarn[w] = true
				out.Warnings = append(out.Warnings, w)
			}
		}
		if r.Inputs.DSN != out.Inputs.DSN {
			out.Inputs.DSN = ""
		}
		out.Tenants = append(out.Tenants, r.Tenants...)
		out.Targets = append(out.Targets, r.Targets...)
	}
	diff.Sort(out.Findings)
	if out.Tenants != nil {
		slices.Sort(out.Tenants)
		out.Tenants = slices.Compact(out.Tenants)
	}
	return out
}
