package refdoc

import (
	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

// asModels returns the run with the ORM models standing where the spec
// stands: without a spec, the document is regenerated straight from the
// code, and the code is what the reference calls "ORM". A run with both
// keeps the spec, whose pair with the models is then one more comparison.
func asModels(run *report.Run) *report.Run {
	if run == nil || run.Spec != nil || run.ORM == nil {
		return run
	}
	out := *run
	out.Spec, out.ORM = run.ORM, nil
	swap := func(p diff.Pair) diff.Pair {
		if p.Left == model.SourceORM {
			p.Left = model.SourceSpec
		}
		if p.Right == model.SourceORM {
			p.Right = model.SourceSpec
		}
		return p
	}
	out.Pairs = make([]diff.Pair, len(run.Pairs))
	for i, p := range run.Pairs {
		out.Pairs[i] = swap(p)
	}
	out.Findings = make([]diff.Finding, len(run.Findings))
	for i, f := range run.Findings {
		f.Pair = swap(f.Pair)
		out.Findings[i] = f
	}
	return &out
}
