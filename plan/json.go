package plan

import (
	_ "embed"
	"encoding/json"
	"io"
)

// SchemaVersion is the version of the JSON document; it changes only when a
// field changes meaning or disappears.
const SchemaVersion = 1

// JSONSchema is the JSON Schema of the document WriteJSON writes.
//
//go:embed schema.json
var JSONSchema []byte

// Meta is what the caller knows about a plan's run.
type Meta struct {
	Tool, Version     string
	Canonical, Target string
	AllowedHazards    []string
	// Verify is the result of --verify-dsn, nil when not run.
	Verify *Verify
}

// Verify is the outcome of applying the plan to a scratch copy of the target.
type Verify struct {
	Converges bool     `json:"converges"`
	Remaining []string `json:"remaining"`
}

type jsonDoc struct {
	SchemaVersion  int         `json:"schema_version"`
	Tool           jsonTool    `json:"tool"`
	Canonical      string      `json:"canonical"`
	Target         string      `json:"target"`
	Online         bool        `json:"online"`
	AllowedHazards []string    `json:"allowed_hazards"`
	Preamble       []string    `json:"preamble"`
	Summary        jsonSummary `json:"summary"`
	Steps          []jsonStep  `json:"steps"`
	Notes          []string    `json:"notes"`
	Verify         *Verify     `json:"verify,omitempty"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonSummary struct {
	Steps   int            `json:"steps"`
	Blocked int            `json:"blocked"`
	Hazards map[string]int `json:"hazards"`
}

type jsonStep struct {
	ID            int          `json:"id"`
	SQL           string       `json:"sql"`
	Executable    bool         `json:"executable"`
	BlockedReason string       `json:"blocked_reason,omitempty"`
	Comment       []string     `json:"comment"`
	Fixes         []string     `json:"fixes"`
	Hazards       []jsonHazard `json:"hazards"`
	Locks         []jsonLock   `json:"locks"`
	Transaction   int          `json:"transaction"`
	Transactional bool         `json:"transactional"`
	DependsOn     []int        `json:"depends_on"`
}

type jsonHazard struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

type jsonLock struct {
	Mode  string `json:"mode"`
	Table string `json:"table"`
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteJSON writes the plan as a versioned JSON document (schema.json).
func WriteJSON(w io.Writer, p *Plan, m Meta) error {
	doc := jsonDoc{
		SchemaVersion: SchemaVersion, Tool: jsonTool{m.Tool, m.Version},
		Canonical: m.Canonical, Target: m.Target, Online: p.Online,
		AllowedHazards: orEmpty(m.AllowedHazards), Preamble: orEmpty(p.Preamble),
		Summary: jsonSummary{Steps: len(p.Steps), Blocked: len(p.Blocked()), Hazards: map[string]int{}},
		Steps:   []jsonStep{}, Notes: orEmpty(p.Notes), Verify: m.Verify,
	}
	if doc.Verify != nil {
		doc.Verify.Remaining = orEmpty(doc.Verify.Remaining)
	}
	for _, s := range p.Steps {
		js := jsonStep{
			ID: s.ID, SQL: s.SQL, Executable: !s.Blocked, BlockedReason: s.Reason,
			Comment: orEmpty(s.Comment), Fixes: orEmpty(s.Fixes), Hazards: []jsonHazard{}, Locks: []jsonLock{},
			Transaction: s.Group, Transactional: s.Transactional, DependsOn: orEmpty(s.DependsOn),
		}
		for _, h := range s.Hazards {
			js.Hazards = append(js.Hazards, jsonHazard{string(h.Code), h.Detail})
			doc.Summary.Hazards[string(h.Code)]++
		}
		for _, l := range s.Locks {
			js.Locks = append(js.Locks, jsonLock{l.Mode, l.Table})
		}
		doc.Steps = append(doc.Steps, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
