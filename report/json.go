package report

import (
	_ "embed"
	"encoding/json"
	"io"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// JSONSchemaVersion is the version of the JSON output's shape. It changes only
// when a field is removed or changes meaning; new fields may be added.
const JSONSchemaVersion = 1

//go:embed schema.json
var jsonSchema []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of the JSON output, for
// consumers that validate reports.
func JSONSchema() []byte { return append([]byte(nil), jsonSchema...) }

// The JSON output has its own structs with stable snake_case names so that the
// internal model can change without breaking consumers.
type jsonReport struct {
	SchemaVersion int           `json:"schema_version"`
	Tool          jsonTool      `json:"tool"`
	Inputs        jsonInputs    `json:"inputs"`
	Pairs         []string      `json:"pairs"`
	Summary       jsonSummary   `json:"summary"`
	Findings      []jsonFinding `json:"findings"`
	// Tenants lists the tenant schemas compared, clean ones included, so
	// that merged reports can count them; absent without tenants.
	Tenants []string `json:"tenants,omitempty"`
	// Targets are the databases of a fleet with how reading each went;
	// Incomplete is set when one could not be read. Both are absent for a
	// run of one database.
	Targets    []jsonTarget `json:"targets,omitempty"`
	Incomplete bool         `json:"incomplete,omitempty"`
	// Warnings is left out when there are none, so reports of runs
	// without warnings are as they were before the field existed.
	Warnings []jsonWarning `json:"warnings,omitempty"`
}

type jsonTarget struct {
	Name   string `json:"name"`
	DSN    string `json:"dsn,omitempty"`
	Status string `json:"status"`
	Error  string `json:"error,omitempty"`
}

// jsonTargets lists the fleet's targets: status "ok", or "failed" with the error.
func jsonTargets(ts []TargetStatus) []jsonTarget {
	var out []jsonTarget
	for _, t := range ts {
		j := jsonTarget{Name: t.Name, DSN: t.DSN, Status: "ok", Error: t.Err}
		if t.Err != "" {
			j.Status = "failed"
		}
		out = append(out, j)
	}
	return out
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonInputs struct {
	Spec    string   `json:"spec,omitempty"`
	ORM     []string `json:"orm,omitempty"`
	SQL     []string `json:"sql,omitempty"`
	DSN     string   `json:"dsn,omitempty"`
	Schemas []string `json:"schemas,omitempty"`
}

type jsonSummary struct {
	Total      int                   `json:"total"`
	BySeverity jsonCounts            `json:"by_severity"`
	ByPair     map[string]jsonCounts `json:"by_pair"`
	FailOn     string                `json:"fail_on"`
	Failed     bool                  `json:"failed"`
}

type jsonCounts struct {
	High   int `json:"high"`
	Medium int `json:"medium"`
	Low    int `json:"low"`
	Info   int `json:"info"`
}

type jsonLocation struct {
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

type jsonFinding struct {
	Kind        string        `json:"kind"`
	Severity    string        `json:"severity"`
	Pair        string        `json:"pair"`
	Tenant      string        `json:"tenant,omitempty"`
	Schema      string        `json:"schema"`
	Table       string        `json:"table"`
	Object      string        `json:"object,omitempty"`
	Expected    string        `json:"expected,omitempty"`
	Actual      string        `json:"actual,omitempty"`
	Message     string        `json:"message"`
	Fingerprint string        `json:"fingerprint"`
	Source      *jsonLocation `json:"source,omitempty"`
	Canonical   *jsonLocation `json:"canonical_source,omitempty"`
}

type jsonWarning struct {
	Source   string        `json:"source"`
	Message  string        `json:"message"`
	Location *jsonLocation `json:"location,omitempty"`
}

func countsOf(fs []diff.Finding) jsonCounts {
	c := Counts(fs)
	return jsonCounts{High: c[diff.High], Medium: c[diff.Medium], Low: c[diff.Low], Info: c[diff.Info]}
}

func location(p model.Pos) *jsonLocation {
	if p.IsZero() {
		return nil
	}
	return &jsonLocation{File: p.File, Line: p.Line, Column: p.Col}
}

// JSON renders the run as one JSON object (schema: report/schema.json).
func JSON(w io.Writer, run *Run) error {
	out := jsonReport{
		SchemaVersion: JSONSchemaVersion,
		Tool:          jsonTool{Name: run.Tool, Version: run.Version},
		Inputs:        jsonInputs{Spec: run.Inputs.Spec, ORM: run.Inputs.ORM, SQL: run.Inputs.SQL, DSN: run.Inputs.DSN, Schemas: run.Inputs.Schemas},
		Pairs:         []string{},
		Findings:      []jsonFinding{},
		Tenants:       run.Tenants,
		Targets:       jsonTargets(run.Targets),
		Incomplete:    run.Incomplete(),
	}
	groups := findingsByPair(run)
	out.Summary = jsonSummary{
		Total:      len(run.Findings),
		BySeverity: countsOf(run.Findings),
		ByPair:     map[string]jsonCounts{},
		FailOn:     run.FailOn.String(),
		Failed:     run.Failed(),
	}
	if run.FailNever {
		out.Summary.FailOn = "none"
	}
	for i, p := range run.Pairs {
		out.Pairs = append(out.Pairs, p.Key())
		out.Summary.ByPair[p.Key()] = countsOf(groups[i])
	}
	for _, f := range run.Findings {
		out.Findings = append(out.Findings, jsonFinding{
			Kind:        string(f.Kind),
			Severity:    f.Severity.String(),
			Pair:        f.Pair.Key(),
			Tenant:      f.Tenant,
			Schema:      f.Schema,
			Table:       f.Table,
			Object:      f.Object,
			Expected:    f.Expected,
			Actual:      f.Actual,
			Message:     f.Message,
			Fingerprint: f.Fingerprint(),
			Source:      location(f.RightPos),
			Canonical:   location(f.LeftPos),
		})
	}
	for _, wr := range run.Warnings {
		out.Warnings = append(out.Warnings, jsonWarning{Source: string(wr.Source), Message: wr.Message, Location: location(wr.Pos)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
