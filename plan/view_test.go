package plan

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// TestViewSteps: a view whose query differs is replaced with the canonical
// query as written; one whose columns change, or a materialized view, is
// left to a person; options are set and reset.
func TestViewSteps(t *testing.T) {
	view := func(name, def string, cols []string, mat, barrier bool) *model.View {
		return &model.View{Schema: "public", Name: name, Definition: def, Query: "SELECT " + def, Columns: cols,
			Materialized: mat, SecurityBarrier: barrier}
	}
	left := &model.Schema{Source: model.SourceSQL, Views: []*model.View{
		view("a", "a1", []string{"id", "x"}, false, true),
		view("b", "b1", []string{"id"}, false, false),
		view("m", "m1", []string{"id"}, true, false),
	}}
	right := &model.Schema{Source: model.SourceDB, Views: []*model.View{
		view("a", "a2", []string{"id"}, false, false),
		view("b", "b2", []string{"other"}, false, false),
		view("m", "m2", []string{"id"}, true, false),
	}}
	p := build(left, right, Options{})
	require.Contains(t, stepWith(t, p, "CREATE OR REPLACE VIEW public.a").SQL, "AS SELECT a1")
	require.Contains(t, stepWith(t, p, "ALTER VIEW public.a SET").SQL, "security_barrier = true")
	require.Equal(t, []Hazard{Manual}, codes(stepWith(t, p, "view public.b: its columns change")))
	require.Equal(t, []Hazard{Manual}, codes(stepWith(t, p, "materialized view public.m: it holds rows")))
}
