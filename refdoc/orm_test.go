package refdoc_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/orm"
	"github.com/ariadrift/ariadrift/report"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// ormRun is "ariadrift report --orm testdata/aria/models.py --sql
// testdata/aria": the models read from the code instead of the spec.
func ormRun(t *testing.T) *report.Run {
	t.Helper()
	o, err := orm.Files([]string{"../testdata/aria/models.py"}, orm.Options{})
	require.NoError(t, err)
	q, err := sqlparse.Files([]string{sqlDir}, sqlparse.Options{})
	require.NoError(t, err)
	return &report.Run{
		Pairs:    []diff.Pair{{Left: model.SourceORM, Right: model.SourceSQL}},
		Findings: diff.Compare(o, q, diff.Options{}),
		FailOn:   diff.High,
		ORM:      o,
		SQL:      q,
	}
}

// TestMarkdownFromORM: without a spec, the document is regenerated from
// the models code, and its ORM vs Init SQL cross-reference has every row of
// the hand-written reference's (the code knows more, so it may have more).
func TestMarkdownFromORM(t *testing.T) {
	ref := readReference(t)
	gen := parseDoc(t, string(markdown(t, ormRun(t))))
	require.Len(t, gen.models, len(ref.models))
	for i, rm := range ref.models {
		require.Equal(t, rm.heading, gen.models[i].heading)
		require.Equal(t, rm.tableLine, gen.models[i].tableLine)
	}
	const section = "Cross-Reference: ORM vs Init SQL"
	rx, gx := ref.cross[section], gen.cross[section]
	sub := "Tables in SQL but NOT in ORM"
	for _, want := range rx[sub] {
		findRow(t, gx[sub], cells(want)[0])
	}
	sub = "Column-Level Drift"
	for _, want := range rx[sub] {
		w := cells(want)
		ok := false
		for _, got := range gx[sub] {
			if g := cells(got); g[0] == w[0] && names(g[1], w[1]) {
				ok = true
				break
			}
		}
		require.True(t, ok, "no row for %s naming %v in:\n%s", w[0], tokens(w[1]), strings.Join(gx[sub], "\n"))
	}
	sub = "Extra SQL Indexes Not in ORM"
	require.Equal(t, rx[sub], gx[sub])
}
