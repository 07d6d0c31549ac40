package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// leaveUnread drops the findings about schemas a live database was not
// read in (--schema): the scripts or the spec may well create them, but
// the database's side of them is unknown, not empty, so each of their
// objects would be reported missing. One warning says which schemas were
// left out and how many findings, so that nothing is silently dropped.
// Tenanted comparisons already compare only the tenants read.
func (c comparison) leaveUnread(fs []diff.Finding, tenants []string) ([]diff.Finding, []model.Warning) {
	if c.left == c.right || tenants != nil || c.right.Source.Kind() != model.SourceDB || c.right.Schema == nil {
		return fs, nil
	}
	read := c.right.Schema.Namespaces
	kept := fs[:0:0]
	skipped := map[string]int{}
	for _, f := range fs {
		if f.Schema == "" || slices.Contains(read, f.Schema) {
			kept = append(kept, f)
			continue
		}
		skipped[f.Schema]++
	}
	if len(skipped) == 0 {
		return fs, nil
	}
	names := make([]string, 0, len(skipped))
	n := 0
	for s, k := range skipped {
		names = append(names, s)
		n += k
	}
	slices.Sort(names)
	findings := "findings"
	if n == 1 {
		findings = "finding"
	}
	msg := fmt.Sprintf("objects in schemas not read from the database (%s): %d %s about them left out; read them with --schema",
		strings.Join(names, ", "), n, findings)
	return kept, []model.Warning{{Source: c.left.Source.Kind(), Message: msg}}
}
