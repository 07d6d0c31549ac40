package refdoc

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// This file turns the findings about one table into the rows of the
// cross-reference's drift table, and findings about views and types into
// theirs. The DRIFT lines under each model (drift.go) tell the same facts
// as sentences.

// issue is one row of the cross-reference's drift table.
type issue struct {
	text string
	sev  diff.Severity
}

// issueRows collects the drift-table rows of one table's findings.
type issueRows struct {
	tf  *tableFindings
	out []issue
}

// group adds one row for every finding of kind k not told yet, with the
// highest severity among them.
func (r *issueRows) group(k diff.Kind, text func(idx []int) string) {
	idx := r.tf.take(k)
	sev := diff.Info
	for _, i := range idx {
		if r.tf.fs[i].Severity > sev {
			sev = r.tf.fs[i].Severity
		}
	}
	r.out = append(r.out, issue{text(idx), sev})
}

// one adds the row of finding i alone.
func (r *issueRows) one(i int, text string) {
	r.tf.used[i] = true
	r.out = append(r.out, issue{text, r.tf.fs[i].Severity})
}

// issues returns the drift-table rows for one table's findings in one pair:
// related findings (the extra columns, the renames, the missing keys) share a
// row whose severity is the highest among them.
func (v pairView) issues(fs []diff.Finding) []issue {
	r := &issueRows{tf: v.tableFindings(nil, fs)}
	for i, f := range r.tf.fs {
		if r.tf.used[i] {
			continue
		}
		if !r.column(i, f) {
			r.key(i, f)
		}
	}
	return r.out
}

// column adds the row of a finding about a column, and reports false for
// any other kind.
func (r *issueRows) column(i int, f diff.Finding) bool {
	tf, v := r.tf, r.tf.v
	L, R := v.l.name, v.r.name
	switch f.Kind {
	case diff.ColumnRenamed:
		r.group(f.Kind, func(idx []int) string {
			var ls, rs []string
			for _, j := range idx {
				ls = append(ls, tf.fs[j].Expected)
				rs = append(rs, tf.fs[j].Actual)
			}
			return fmt.Sprintf("%s %s (%s) vs %s (%s) — name mismatch", plural(len(idx), "Column", "Columns"),
				strings.Join(codes(rs), "/"), R, strings.Join(codes(ls), "/"), L)
		})
	case diff.ColumnMissing:
		r.group(f.Kind, func(idx []int) string {
			var items []string
			for _, j := range idx {
				item := code(tf.fs[j].Object)
				if lc := tf.leftCol(tf.fs[j].Object); lc != nil {
					item += " (" + typeText(v.pair.Left, lc) + ")"
				}
				items = append(items, item)
			}
			return fmt.Sprintf("Missing %s in %s", joinAnd(items), R)
		})
	case diff.ColumnExtra:
		r.group(f.Kind, func(idx []int) string {
			var items []string
			for _, j := range idx {
				item := code(tf.fs[j].Object)
				if rc := tf.rightCol(tf.fs[j].Object); rc != nil {
					if len(tf.rt.ForeignKeysOn(rc.Name)) > 0 {
						item += " (FK)"
					} else {
						item += " (" + typeText(v.pair.Right, rc) + ")"
					}
				}
				items = append(items, item)
			}
			return fmt.Sprintf("Missing %s in %s", joinAnd(items), L)
		})
	case diff.ColumnType:
		rt := f.Actual
		if rc := tf.rightCol(f.Object); rc != nil {
			rt = typeText(v.pair.Right, rc)
		}
		col := code(f.Object)
		if renamed, ok := tf.renamedTo[f.Object]; ok {
			col = fmt.Sprintf("%s (%s %s)", code(renamed), L, code(f.Object))
		}
		r.one(i, fmt.Sprintf("%s (%s) vs %s (%s) for %s", code(rt), R, code(tf.leftType(f)), L, col))
	case diff.ColumnNullable, diff.ColumnAutoIncrement:
		r.one(i, fmt.Sprintf("%s: %s (%s) vs %s (%s)", code(f.Object), f.Expected, L, f.Actual, R))
	case diff.ColumnDefault, diff.ColumnIdentity, diff.ColumnGenerated, diff.ColumnCollation:
		what := map[diff.Kind]string{diff.ColumnDefault: "Default", diff.ColumnIdentity: "Identity",
			diff.ColumnGenerated: "Generation expression", diff.ColumnCollation: "Collation"}[f.Kind]
		r.one(i, fmt.Sprintf("%s of %s: %s (%s) vs %s (%s)", what, code(f.Object), codeOr(f.Expected, "none"), L, codeOr(f.Actual, "none"), R))
	default:
		return false
	}
	return true
}

// key adds the row of a finding about a key, check, index or foreign key,
// or of any kind without a sentence of its own.
func (r *issueRows) key(i int, f diff.Finding) {
	tf, v := r.tf, r.tf.v
	L, R := v.l.name, v.r.name
	switch f.Kind {
	case diff.PrimaryKeyMissing, diff.PrimaryKeyExtra, diff.PrimaryKeyDiffers:
		r.one(i, fmt.Sprintf("Primary key: %s (%s) vs %s (%s)", codeOr(f.Expected, "none"), L, codeOr(f.Actual, "none"), R))
	case diff.UniqueMissing, diff.CheckMissing:
		r.one(i, fmt.Sprintf("Missing %s in %s", code(constraintText(f.Kind, f.Expected)), R))
	case diff.UniqueExtra, diff.CheckExtra:
		r.one(i, fmt.Sprintf("Missing %s in %s", code(constraintText(f.Kind, f.Actual)), L))
	case diff.IndexMissing:
		r.group(f.Kind, func(idx []int) string {
			var items []string
			for _, j := range idx {
				items = append(items, ixItem(tf.fs[j], tf.fs[j].Expected))
			}
			return fmt.Sprintf("Missing %s %s in %s", plural(len(idx), "index", "indexes"), joinAnd(items), R)
		})
	case diff.IndexRenamed:
		r.group(f.Kind, func(idx []int) string {
			var ls, rs []string
			for _, j := range idx {
				ls = append(ls, orText(tf.fs[j].Expected, "(unnamed)"))
				rs = append(rs, orText(tf.fs[j].Actual, "(unnamed)"))
			}
			return fmt.Sprintf("%s %s (%s) vs %s (%s) — name mismatch", plural(len(idx), "Index", "Indexes"),
				strings.Join(codes(rs), "/"), R, strings.Join(codes(ls), "/"), L)
		})
	case diff.IndexDiffers:
		r.one(i, fmt.Sprintf("Index %s: %s (%s) vs %s (%s)", code(f.Object), code(ixShape(f.Expected)), L, code(ixShape(f.Actual)), R))
	case diff.FKExtra:
		r.group(f.Kind, func(idx []int) string { return tf.fkIssue(idx, tf.rt, L) })
	case diff.FKMissing:
		r.group(f.Kind, func(idx []int) string { return tf.fkIssue(idx, tf.lt, R) })
	case diff.FKDiffers:
		r.one(i, fmt.Sprintf("FK %s: %s (%s) vs %s (%s)", code(f.Object), code(f.Expected), L, code(f.Actual), R))
	default:
		r.one(i, prose(f))
	}
}

// fkIssue describes foreign keys that side lacks. Keys that reference the
// same thing are told once: "FK constraints from `a`, `b` to `t(id)`".
func (tf *tableFindings) fkIssue(idx []int, t *model.Table, lacks string) string {
	var items, cols []string
	target, actions, same := "", "", true
	for n, j := range idx {
		f := tf.fs[j]
		fk := fkNamed(t, f.Object)
		if fk == nil {
			same = false
			items = append(items, code(firstOf(f.Actual, f.Expected)))
			continue
		}
		ref := fk.Ref().String() + "(" + strings.Join(fk.RefColumns, ", ") + ")"
		item := code(strings.Join(fk.Columns, ", ") + " → " + ref)
		if a := strings.TrimSpace(fkActions(fk)); a != "" {
			item += " with " + code(a)
		}
		items = append(items, item)
		cols = append(cols, code(strings.Join(fk.Columns, ", ")))
		if n == 0 {
			target, actions = ref, strings.TrimSpace(fkActions(fk))
		} else if ref != target || strings.TrimSpace(fkActions(fk)) != actions {
			same = false
		}
	}
	if len(idx) > 1 && same {
		s := fmt.Sprintf("Missing FK constraints from %s to %s", joinAnd(cols), code(target))
		if actions != "" {
			s += " with " + code(actions)
		}
		return s + " in " + lacks
	}
	return fmt.Sprintf("Missing %s %s in %s", plural(len(idx), "FK", "FKs"), joinAnd(items), lacks)
}

// objectIssue describes a finding about a view, enum or domain.
func (v pairView) objectIssue(f diff.Finding) string {
	L, R := v.l.name, v.r.name
	what := func(value string) string {
		switch {
		case value == "":
			return strings.SplitN(string(f.Kind), ".", 2)[0]
		case strings.HasPrefix(string(f.Kind), "enum."):
			return "enum with labels " + code(value)
		}
		return "domain " + code(value)
	}
	switch f.Kind {
	case diff.ViewMissing, diff.EnumMissing, diff.DomainMissing:
		return fmt.Sprintf("%s has the %s — not in %s", L, what(f.Expected), R)
	case diff.ViewExtra, diff.EnumExtra, diff.DomainExtra:
		return fmt.Sprintf("%s has the %s — not in %s", R, what(f.Actual), L)
	case diff.EnumValues:
		return fmt.Sprintf("Enum labels: %s (%s) vs %s (%s)", code(f.Expected), L, code(f.Actual), R)
	case diff.DomainDiffers:
		return fmt.Sprintf("Domain: %s (%s) vs %s (%s)", code(f.Expected), L, code(f.Actual), R)
	}
	return prose(f)
}
