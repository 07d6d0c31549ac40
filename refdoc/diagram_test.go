package refdoc_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/erd"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

// mermaidBlocks returns the diagrams of a document, each with the "## "
// heading it stands under ("" before the first section).
func mermaidBlocks(doc string) (under []string, blocks []string) {
	h2 := ""
	var cur *strings.Builder
	for _, line := range strings.Split(doc, "\n") {
		switch {
		case cur != nil && line == "```":
			blocks = append(blocks, cur.String())
			cur = nil
		case cur != nil:
			cur.WriteString(line + "\n")
		case line == "```mermaid":
			under = append(under, h2)
			cur = &strings.Builder{}
		case strings.HasPrefix(line, "## "):
			h2 = line[3:]
		}
	}
	return under, blocks
}

// The Aria document draws the whole schema once, under the contents, then
// one diagram per section with that section's models, and says how to read
// them.
func TestDiagrams(t *testing.T) {
	run := ariaRun(t)
	doc := string(markdown(t, run))
	under, blocks := mermaidBlocks(doc)
	require.Equal(t, []string{"Table of Contents", "Core Domain", "Social / Community", "Scheduling / Operations",
		"Knowledge Graph", "Performance / Review", "Heartbeat", "OpenClaw Scheduling", "Security", "Schedule Tick",
		"Operations: Sessions / Usage"}, under)
	whole, err := erd.Diagram(run, erd.Options{})
	require.NoError(t, err)
	require.Equal(t, whole, blocks[0])
	require.Contains(t, doc, "**Diagram legend.** "+erd.Legend())
	// Every line of a section's diagram is a line of the whole schema's,
	// whose golden the real renderer draws (erd's TestRenderGoldens): the
	// sections' diagrams are valid Mermaid as it is.
	wholeLines := map[string]bool{}
	for _, l := range strings.Split(whole, "\n") {
		wholeLines[l] = true
	}
	for i, b := range blocks[1:] {
		require.True(t, strings.HasPrefix(b, "erDiagram\n"), "section %s", under[i+1])
		for _, l := range strings.Split(b, "\n") {
			require.True(t, wholeLines[l], "section %s: %q is not in the whole diagram", under[i+1], l)
		}
	}
	require.Contains(t, blocks[4], `knowledge_entities ||..o{ knowledge_relations : "from_entity_id (only in sql)"`)
	require.Contains(t, blocks[3], `"⚠ hourly_goals (not in sql)" {`)
}

// A schema too large for one readable diagram gets one per section only.
func TestDiagramsLargeSchema(t *testing.T) {
	spec, sql := model.NewSchema(model.SourceSpec), model.NewSchema(model.SourceSQL)
	for i := range erd.MaxTables + 1 {
		for _, s := range []*model.Schema{spec, sql} {
			s.AddTable(&model.Table{Schema: "public", Name: fmt.Sprintf("t%02d", i),
				Columns:    []*model.Column{{Name: "id", Type: model.NewType("int4", nil, false), NotNull: true}},
				PrimaryKey: &model.Key{Columns: []string{"id"}}})
		}
	}
	run := &report.Run{Spec: spec, SQL: sql, Pairs: []diff.Pair{{Left: model.SourceSpec, Right: model.SourceSQL}}, FailOn: diff.High}
	doc := string(markdown(t, run))
	under, _ := mermaidBlocks(doc)
	require.Equal(t, []string{"Models"}, under)
	require.Contains(t, doc, fmt.Sprintf("The schema has %d tables, too many for one readable diagram", erd.MaxTables+1))
}
