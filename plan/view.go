package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// viewDiffers plans CREATE OR REPLACE VIEW from the canonical query as the
// source spelled it (not the normalized Definition, which drops casts).
// PostgreSQL replaces a view in place only when the new columns start
// with the old ones (same names, in order); otherwise, and for a
// materialized view, which holds rows, the step is left to a person.
func (b *builder) viewDiffers(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	lv, lok := b.left.View(q.Schema, q.Name)
	rv, rok := b.right.View(q.Schema, q.Name)
	if len(b.renamed) > 0 || len(b.renamedTables) > 0 {
		// PostgreSQL carries renames into the views that use them, so
		// after the plan's renames the view may already match.
		b.notes = append(b.notes, fmt.Sprintf("%s: not replaced while the plan renames tables or columns; compare again after applying (%s)", f.Fingerprint(), f.Message))
		return
	}
	if !lok || !rok || lv.Query == "" {
		b.manual(f, q, fmt.Sprintf("view %s: the canonical definition is unknown; recreate it from the canonical source", qname(q)))
		return
	}
	if lv.Materialized {
		b.manual(f, q, fmt.Sprintf("materialized view %s: it holds rows, so it is dropped and created again (with its indexes) by hand: %s", qname(q), lv.Query))
		return
	}
	if len(lv.Columns) < len(rv.Columns) || !slices.Equal(lv.Columns[:len(rv.Columns)], rv.Columns) {
		b.manual(f, q, fmt.Sprintf("view %s: its columns change, so it must be dropped and created again (with what depends on it): %s", qname(q), lv.Query))
		return
	}
	s := b.newStep(f, phaseFK+1, model.QName{}, "CREATE OR REPLACE VIEW "+qname(q)+columnList(lv.Columns)+viewWith(lv)+" AS "+lv.Query)
	s.lock(accessExclusive, q)
}

// viewOptions plans ALTER VIEW ... SET or RESET of the options.
func (b *builder) viewOptions(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	lv, ok := b.left.View(q.Schema, q.Name)
	if !ok {
		return
	}
	var set, reset []string
	if lv.SecurityBarrier {
		set = append(set, "security_barrier = true")
	} else {
		reset = append(reset, "security_barrier")
	}
	if lv.CheckOption != "" {
		set = append(set, "check_option = "+lv.CheckOption)
	} else {
		reset = append(reset, "check_option")
	}
	var parts []string
	if len(set) > 0 {
		parts = append(parts, "SET ("+strings.Join(set, ", ")+")")
	}
	if len(reset) > 0 {
		parts = append(parts, "RESET ("+strings.Join(reset, ", ")+")")
	}
	for _, p := range parts {
		b.newStep(f, phaseFK+1, model.QName{}, "ALTER VIEW "+qname(q)+" "+p).lock(accessExclusive, q)
	}
}

// viewWith renders a view's options for CREATE VIEW.
func viewWith(v *model.View) string {
	opts := v.OptionList()
	if len(opts) == 0 {
		return ""
	}
	return " WITH (" + strings.Join(opts, ", ") + ")"
}

// notTable records an index finding on a materialized view,
// which the table planners do not handle, so that it is not dropped silently.
func (b *builder) notTable(f *diff.Finding) {
	b.manual(f, model.QName{Schema: f.Schema, Name: f.Table},
		fmt.Sprintf("%s is not a table: create or drop the index on it by hand (%s)", qname(model.QName{Schema: f.Schema, Name: f.Table}), f.Message))
}

// columnList names a view's columns, which the query alone may not (CREATE
// VIEW v (a, b) AS ...).
func columnList(cols []string) string {
	if len(cols) == 0 {
		return ""
	}
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = ident(c)
	}
	return " (" + strings.Join(q, ", ") + ")"
}
