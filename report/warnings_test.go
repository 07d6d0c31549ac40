package report_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

// warned is the Aria run with a warning that has a position and one that
// has none.
func warned(t *testing.T) *report.Run {
	run := ariaRun(t)
	run.Warnings = []model.Warning{
		{Source: model.SourceSQL, Pos: model.Pos{File: "init.sql", Line: 3, Col: 5}, Message: "EXCLUDE constraint on rooms ignored"},
		{Source: model.SourceDB, Message: "something the catalog read left out"},
	}
	return run
}

func TestJSONWarnings(t *testing.T) {
	sch := compileSchema(t)
	doc := decode(t, render(t, report.FormatJSON, warned(t), report.Options{}))
	require.NoError(t, sch.Validate(doc))
	require.Equal(t, []any{
		map[string]any{"source": "sql", "message": "EXCLUDE constraint on rooms ignored",
			"location": map[string]any{"file": "init.sql", "line": 3.0, "column": 5.0}},
		map[string]any{"source": "db", "message": "something the catalog read left out"},
	}, doc["warnings"])

	// Without warnings the field is absent: the output is what it was
	// before warnings were reported.
	_, ok := decode(t, render(t, report.FormatJSON, ariaRun(t), report.Options{}))["warnings"]
	require.False(t, ok)

	// The schema constrains warnings too.
	for name, mutate := range map[string]func(w map[string]any){
		"no message":     func(w map[string]any) { delete(w, "message") },
		"empty message":  func(w map[string]any) { w["message"] = "" },
		"no source":      func(w map[string]any) { delete(w, "source") },
		"unknown field":  func(w map[string]any) { w["severity"] = "low" },
		"line zero":      func(w map[string]any) { w["location"].(map[string]any)["line"] = 0 },
		"bad source key": func(w map[string]any) { w["source"] = "SQL files" },
	} {
		t.Run(name, func(t *testing.T) {
			doc := decode(t, render(t, report.FormatJSON, warned(t), report.Options{}))
			mutate(doc["warnings"].([]any)[0].(map[string]any))
			require.Error(t, sch.Validate(doc))
		})
	}
}

func TestSARIFWarnings(t *testing.T) {
	doc := decode(t, render(t, report.FormatSARIF, warned(t), report.Options{}))
	inv := doc["runs"].([]any)[0].(map[string]any)["invocations"].([]any)[0].(map[string]any)
	require.Equal(t, true, inv["executionSuccessful"])
	require.Equal(t, []any{
		map[string]any{
			"level":   "warning",
			"message": map[string]any{"text": "EXCLUDE constraint on rooms ignored (sql)"},
			"locations": []any{map[string]any{"physicalLocation": map[string]any{
				"artifactLocation": map[string]any{"uri": "init.sql"},
				"region":           map[string]any{"startLine": 3.0, "startColumn": 5.0},
			}}},
		},
		map[string]any{
			"level":   "warning",
			"message": map[string]any{"text": "something the catalog read left out (db)"},
		},
	}, inv["toolExecutionNotifications"])

	doc = decode(t, render(t, report.FormatSARIF, ariaRun(t), report.Options{}))
	inv = doc["runs"].([]any)[0].(map[string]any)["invocations"].([]any)[0].(map[string]any)
	require.NotContains(t, inv, "toolExecutionNotifications")
}
