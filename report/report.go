// Package report renders drift findings for people and machines: a terminal
// table, versioned JSON and SARIF for code scanning. Run, the one input every
// renderer takes, lives here too; the models reference document is rendered
// from a Run by package refdoc, which builds on this one.
//
// report imports model and diff; it must not import the packages that produce
// schemas (sqlparse, introspect, spec), refdoc, nor the command line.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// Format is an output format.
type Format string

// The output formats.
const (
	FormatTable Format = "table"
	FormatJSON  Format = "json"
	FormatSARIF Format = "sarif"
	// FormatMarkdown is the models reference document. It is a format of the
	// command line, rendered by package refdoc rather than by Write.
	FormatMarkdown Format = "markdown"
	// FormatGitHub is GitHub Actions workflow commands: annotations on the
	// pull request's diff.
	FormatGitHub Format = "github"
	// FormatMermaid is the schema as a Mermaid erDiagram with the drift
	// drawn in, rendered by package erd rather than by Write.
	FormatMermaid Format = "mermaid"
)

// Formats lists the formats in the order help texts show them.
var Formats = []Format{FormatTable, FormatJSON, FormatSARIF, FormatGitHub, FormatMarkdown, FormatMermaid}

// ParseFormat validates a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == strings.ToLower(s) {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q (want one of %s)", s, strings.Join(names, ", "))
}

// Inputs names what a run read. DSN is always masked by the caller.
type Inputs struct {
	Spec    string
	ORM     []string
	SQL     []string
	DSN     string
	Schemas []string
}

// Run is one ariadrift run: what was read, which pairs were compared, and what
// was found. Every renderer takes a *Run.
type Run struct {
	Tool    string
	Version string
	Inputs  Inputs
	// Pairs are the comparisons made, in order.
	Pairs    []diff.Pair
	Findings []diff.Finding
	// FailOn is the threshold the run was gated with; findings at or above it
	// fail the run.
	FailOn diff.Severity
	// FailNever is set when the gate is off (--fail-on none).
	FailNever bool
	// Tenants are the tenant schemas compared, in name order, when the
	// live side was read as tenants (see diff.Finding.Tenant); nil otherwise.
	Tenants []string
	// Targets are the live databases of a fleet (several --dsn, or
	// --targets), read or not, in the order given; nil for one database.
	Targets []TargetStatus
	// Warnings are what the sources read but could not represent, source
	// by source in the order they were raised.
	Warnings []model.Warning

	// The schemas read; nil when a source was not given. The reference
	// document needs Spec.
	Spec, ORM, SQL, DB *model.Schema
}

// TargetStatus is how reading one target of a fleet went.
type TargetStatus struct {
	// Name labels the target's findings (diff.Finding.Tenant).
	Name string
	// DSN is the target's connection string, masked.
	DSN string
	// Err is why the target could not be read; empty when it was.
	Err string
}

// Incomplete reports that a target of the fleet could not be read: its
// drift is unknown, whatever the findings of the others say.
func (r *Run) Incomplete() bool {
	for _, t := range r.Targets {
		if t.Err != "" {
			return true
		}
	}
	return false
}

// Schema returns the schema read from src, or nil when it was not given.
func (r *Run) Schema(src model.Source) *model.Schema {
	switch src {
	case model.SourceSpec:
		return r.Spec
	case model.SourceORM:
		return r.ORM
	case model.SourceSQL:
		return r.SQL
	case model.SourceDB:
		return r.DB
	}
	return nil
}

// FindingsByPair groups the findings by pair: element i holds the findings
// of r.Pairs[i], in the order of r.Findings.
func (r *Run) FindingsByPair() [][]diff.Finding { return findingsByPair(r) }

// Failed reports whether any finding reaches the gate.
func (r *Run) Failed() bool {
	if r.FailNever {
		return false
	}
	for _, f := range r.Findings {
		if f.Severity >= r.FailOn {
			return true
		}
	}
	return false
}

// Counts returns the number of findings per severity.
func Counts(fs []diff.Finding) map[diff.Severity]int {
	m := map[diff.Severity]int{}
	for _, f := range fs {
		m[f.Severity]++
	}
	return m
}

// severities lists severities from the most to the least severe.
var severities = []diff.Severity{diff.High, diff.Medium, diff.Low, diff.Info}

// Summary renders a one-line count: "12 findings: 3 high, 5 medium, 3 low, 1 info".
func Summary(fs []diff.Finding) string {
	if len(fs) == 0 {
		return "no drift found"
	}
	c := Counts(fs)
	var parts []string
	for _, s := range severities {
		if c[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c[s], s))
		}
	}
	noun := "findings"
	if len(fs) == 1 {
		noun = "finding"
	}
	return fmt.Sprintf("%d %s: %s", len(fs), noun, strings.Join(parts, ", "))
}

// Options tune rendering.
type Options struct {
	// Color enables ANSI colours in the table (only on a terminal, never with NO_COLOR).
	Color bool
	// Width is the terminal width the table wraps to; 0 means 100.
	Width int
}

// Write renders run as a table, JSON, SARIF or GitHub workflow commands.
// FormatMarkdown and FormatMermaid are not among them: the caller renders
// them with refdoc.Markdown and erd.Write.
func Write(w io.Writer, f Format, run *Run, opts Options) error {
	switch f {
	case FormatTable:
		return Table(w, run, opts)
	case FormatJSON:
		return JSON(w, run)
	case FormatSARIF:
		return SARIF(w, run)
	case FormatGitHub:
		return GitHub(w, run)
	}
	return fmt.Errorf("report: format %q is not one of table, json, sarif, github", f)
}

// findingsByPair groups findings by pair in the run's pair order.
func findingsByPair(run *Run) [][]diff.Finding {
	out := make([][]diff.Finding, len(run.Pairs))
	for _, f := range run.Findings {
		for i, p := range run.Pairs {
			if p == f.Pair {
				out[i] = append(out[i], f)
				break
			}
		}
	}
	return out
}
