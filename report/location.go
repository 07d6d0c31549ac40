package report

import (
	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// place is where a finding is shown: on the object in the compared
// source when it is there (the line to fix), else at its definition in the
// canonical source, else at the spec as a whole. SARIF and GitHub's
// annotations locate findings alike.
type place struct {
	// primary is the place to show; its Line is 0 when only the file is known,
	// and it is the zero Pos when nothing is.
	primary model.Pos
	// related is the definition on the other side, when primary is on the
	// compared side and the other side's position is known.
	related    model.Pos
	relatedSrc model.Source
}

func placeOf(run *Run, f diff.Finding) place {
	// A position without a file cannot be shown, so it counts as unknown.
	l := place{primary: f.RightPos, related: f.LeftPos, relatedSrc: f.Pair.Left}
	if l.primary.File == "" {
		l = place{primary: f.LeftPos}
	}
	if l.related.File == "" {
		l.related, l.relatedSrc = model.Pos{}, ""
	}
	if l.primary.File == "" {
		// Code scanning drops results without a place, and an annotation
		// without a file is not shown on the diff; the spec is where drift is
		// resolved when nothing more precise is known.
		l.primary = model.Pos{File: run.Inputs.Spec}
	}
	return l
}
