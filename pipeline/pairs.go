package pipeline

import (
	"slices"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// ranks lists the kinds of source from the most canonical to the least.
// Every two sources present are compared, the more canonical on the left:
// the spec is what the models say the database should be, the models
// themselves are what SQLAlchemy would create (the spec is held to them:
// spec-orm), the scripts are what a fresh database gets, and the live
// database is what drifted.
// Adding a source is one producer and its line here.
var ranks = []model.Source{
	model.SourceSpec,
	model.SourceORM,
	model.SourceSQL,
	model.SourceDB,
}

// rank is k's place in ranks, or -1.
func rank(k model.Source) int { return slices.Index(ranks, k) }

// comparison is one pair to compare: two loaded sources, or one source
// with itself.
type comparison struct {
	left, right *Loaded
}

// pair names the comparison in findings and reports.
func (c comparison) pair() diff.Pair {
	return diff.Pair{Left: c.left.Source.Kind(), Right: c.right.Source.Kind()}
}

// plan derives the comparisons from the sources present (in rank order).
// They are grouped by their right side, so that each source is compared
// with everything more canonical than itself, most canonical first, and
// then with itself when it can contradict itself: with all of today's
// sources, spec↔sql, sql↔sql, spec↔db, sql↔db.
func plan(loaded []Loaded) []comparison {
	var out []comparison
	for r := range loaded {
		for l := range r {
			out = append(out, comparison{&loaded[l], &loaded[r]})
		}
		if _, ok := loaded[r].Source.(SelfComparer); ok {
			out = append(out, comparison{&loaded[r], &loaded[r]})
		}
	}
	return out
}

// compare runs one comparison. When the right side is tenanted, it is
// compared tenant by tenant, and the tenants are returned too.
func (c comparison) compare(opts diff.Options) ([]diff.Finding, []string) {
	if c.left == c.right {
		return c.left.Source.(SelfComparer).CompareSelf(c.left.Schema, opts), nil
	}
	if t, ok := c.right.Source.(Tenanted); ok {
		if canonical, ok := t.Canonical(); ok {
			return compareTenants(c.left, c.right, canonical, opts)
		}
	}
	return diff.Compare(c.left.Schema, c.right.Schema, opts), nil
}
