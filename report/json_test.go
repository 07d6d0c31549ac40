package report_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/report"
)

const schemaURL = "https://github.com/ariadrift/ariadrift/report/schema.json"

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource(schemaURL, bytes.NewReader(report.JSONSchema())))
	s, err := c.Compile(schemaURL)
	require.NoError(t, err)
	return s
}

func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var v map[string]any
	require.NoError(t, json.Unmarshal(b, &v))
	return v
}

func TestJSONMatchesSchema(t *testing.T) {
	sch := compileSchema(t)
	run := ariaRun(t)
	out := render(t, report.FormatJSON, run, report.Options{})
	require.NoError(t, sch.Validate(decode(t, out)))

	doc := decode(t, out)
	require.EqualValues(t, report.JSONSchemaVersion, doc["schema_version"])
	require.Len(t, doc["findings"], len(run.Findings))
	require.Equal(t, []any{"spec-sql", "sql-sql"}, doc["pairs"])

	// The gate off and a live input still fit the schema.
	run.FailNever = true
	run.Inputs.DSN, run.Inputs.Schemas = "postgres://app@db/aria", []string{"public"}
	require.NoError(t, sch.Validate(decode(t, render(t, report.FormatJSON, run, report.Options{}))))

	// A fleet with a target unread: targets and incomplete fit too.
	run.Targets = []report.TargetStatus{{Name: "eu", DSN: "postgres://app@eu/aria"}, {Name: "us", Err: "connection refused"}}
	doc = decode(t, render(t, report.FormatJSON, run, report.Options{}))
	require.NoError(t, sch.Validate(doc))
	require.Equal(t, true, doc["incomplete"])
	require.Equal(t, []any{
		map[string]any{"name": "eu", "dsn": "postgres://app@eu/aria", "status": "ok"},
		map[string]any{"name": "us", "status": "failed", "error": "connection refused"},
	}, doc["targets"])
	run.Targets = nil

	// An empty run too: findings is an empty list, never null.
	empty := &report.Run{Tool: "ariadrift", Version: "dev", FailOn: diff.High}
	out = render(t, report.FormatJSON, empty, report.Options{})
	require.NoError(t, sch.Validate(decode(t, out)))
	require.Equal(t, []any{}, decode(t, out)["findings"])
}

// TestJSONSchemaRejects proves the schema constrains the output: each
// mutation of a valid report must fail validation.
func TestJSONSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	out := render(t, report.FormatJSON, ariaRun(t), report.Options{})
	finding := func(v map[string]any) map[string]any { return v["findings"].([]any)[0].(map[string]any) }
	tests := []struct {
		name   string
		mutate func(v map[string]any)
	}{
		{"unknown top-level field", func(v map[string]any) { v["extra"] = true }},
		{"other schema version", func(v map[string]any) { v["schema_version"] = 2 }},
		{"unknown severity", func(v map[string]any) { finding(v)["severity"] = "critical" }},
		{"unknown pair", func(v map[string]any) { finding(v)["pair"] = "spec-yaml" }},
		{"finding without fingerprint", func(v map[string]any) { delete(finding(v), "fingerprint") }},
		{"unknown finding field", func(v map[string]any) { finding(v)["line"] = 3 }},
		{"negative count", func(v map[string]any) { v["summary"].(map[string]any)["total"] = -1 }},
		{"bad gate", func(v map[string]any) { v["summary"].(map[string]any)["fail_on"] = "sometimes" }},
		{"line zero", func(v map[string]any) {
			for _, f := range v["findings"].([]any) {
				if src, ok := f.(map[string]any)["source"].(map[string]any); ok {
					src["line"] = 0
					return
				}
			}
			t.Fatal("no finding has a source location")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := decode(t, out)
			tt.mutate(v)
			require.Error(t, sch.Validate(v))
		})
	}
}

func TestJSONGolden(t *testing.T) {
	golden(t, "aria.json", render(t, report.FormatJSON, ariaRun(t), report.Options{}))
}
