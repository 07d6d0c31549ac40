package diff

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

func (c *comparer) views() {
	rm := make(map[model.QName]*model.View, len(c.right.Views))
	for _, v := range c.right.Views {
		if v != nil {
			rm[model.QName{Schema: v.Schema, Name: v.Name}] = v
		}
	}
	lm := make(map[model.QName]bool, len(c.left.Views))
	for _, v := range c.left.Views {
		if v == nil {
			continue
		}
		q := model.QName{Schema: v.Schema, Name: v.Name}
		lm[q] = true
		if _, ok := rm[q]; !ok {
			c.add(Finding{
				Kind: ViewMissing, Severity: Low, Schema: v.Schema, Table: v.Name,
				Message: fmt.Sprintf("%s has %s %q that %s lacks", c.l(), viewWord(v), q.String(), c.r()),
				LeftPos: v.Pos,
			})
		}
	}
	for _, v := range c.right.Views {
		if v == nil {
			continue
		}
		q := model.QName{Schema: v.Schema, Name: v.Name}
		if !lm[q] {
			c.add(Finding{
				Kind: ViewExtra, Severity: Low, Schema: v.Schema, Table: v.Name,
				Message:  fmt.Sprintf("%s has %s %q that %s lacks", c.r(), viewWord(v), q.String(), c.l()),
				RightPos: v.Pos,
			})
		}
	}
}

func viewWord(v *model.View) string {
	if v.Materialized {
		return "materialized view"
	}
	return "view"
}

func (c *comparer) enums() {
	rm := make(map[model.QName]*model.Enum, len(c.right.Enums))
	for _, e := range c.right.Enums {
		if e != nil {
			rm[model.QName{Schema: e.Schema, Name: e.Name}] = e
		}
	}
	lm := make(map[model.QName]bool, len(c.left.Enums))
	for _, e := range c.left.Enums {
		if e == nil {
			continue
		}
		q := model.QName{Schema: e.Schema, Name: e.Name}
		lm[q] = true
		r, ok := rm[q]
		if !ok {
			sev := Medium
			if c.pair.Right == model.SourceDB {
				sev = High
			}
			c.add(Finding{
				Kind: EnumMissing, Severity: sev, Schema: e.Schema, Table: e.Name,
				Expected: labels(e.Values),
				Message:  fmt.Sprintf("%s has enum %q (%s) that %s lacks", c.l(), q.String(), labels(e.Values), c.r()),
				LeftPos:  e.Pos,
			})
			continue
		}
		if l, a := labels(e.Values), labels(r.Values); l != a {
			c.add(Finding{
				Kind: EnumValues, Severity: Medium, Schema: e.Schema, Table: e.Name,
				Expected: l, Actual: a,
				Message: fmt.Sprintf("enum %q %s: (%s) in %s, (%s) in %s",
					q.String(), labelChange(e.Values, r.Values, c.l(), c.r()), l, c.l(), a, c.r()),
				LeftPos: e.Pos, RightPos: r.Pos,
			})
		}
	}
	for _, e := range c.right.Enums {
		if e == nil {
			continue
		}
		q := model.QName{Schema: e.Schema, Name: e.Name}
		if !lm[q] {
			c.add(Finding{
				Kind: EnumExtra, Severity: Low, Schema: e.Schema, Table: e.Name,
				Actual:   labels(e.Values),
				Message:  fmt.Sprintf("%s has enum %q (%s) that %s lacks", c.r(), q.String(), labels(e.Values), c.l()),
				RightPos: e.Pos,
			})
		}
	}
}

func labels(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = "'" + strings.ReplaceAll(v, "'", "''") + "'"
	}
	return strings.Join(q, ", ")
}

// labelChange says what differs between two label lists: labels only one
// side has, or only their order (which matters: enums sort by it).
func labelChange(l, r []string, ln, rn string) string {
	in := func(vs []string) map[string]bool {
		m := make(map[string]bool, len(vs))
		for _, v := range vs {
			m[v] = true
		}
		return m
	}
	lset, rset := in(l), in(r)
	var parts []string
	var onlyL, onlyR []string
	for _, v := range l {
		if !rset[v] {
			onlyL = append(onlyL, v)
		}
	}
	for _, v := range r {
		if !lset[v] {
			onlyR = append(onlyR, v)
		}
	}
	if len(onlyL) > 0 {
		parts = append(parts, fmt.Sprintf("%s lacks %s", rn, labels(onlyL)))
	}
	if len(onlyR) > 0 {
		parts = append(parts, fmt.Sprintf("%s adds %s", rn, labels(onlyR)))
	}
	if len(parts) == 0 {
		return "lists its labels in another order in " + rn
	}
	return strings.Join(parts, " and ")
}

// domainText renders a domain's definition for Expected/Actual.
func domainText(d *model.Domain) string {
	s := d.Type.String()
	if d.NotNull {
		s += " NOT NULL"
	}
	if d.Default != "" {
		s += " DEFAULT " + d.Default
	}
	for _, ck := range checkExprs(d.Checks) {
		s += " CHECK (" + ck + ")"
	}
	return s
}

// checkExprs returns the check expressions sorted, since neither names nor
// order of a domain's checks change what it accepts.
func checkExprs(cs []*model.Check) []string {
	var out []string
	for _, c := range cs {
		if c != nil {
			out = append(out, c.Expr)
		}
	}
	sort.Strings(out)
	return out
}

func (c *comparer) domains() {
	rm := make(map[model.QName]*model.Domain, len(c.right.Domains))
	for _, d := range c.right.Domains {
		if d != nil {
			rm[model.QName{Schema: d.Schema, Name: d.Name}] = d
		}
	}
	lm := make(map[model.QName]bool, len(c.left.Domains))
	for _, d := range c.left.Domains {
		if d == nil {
			continue
		}
		q := model.QName{Schema: d.Schema, Name: d.Name}
		lm[q] = true
		r, ok := rm[q]
		if !ok {
			c.add(Finding{
				Kind: DomainMissing, Severity: Medium, Schema: d.Schema, Table: d.Name,
				Expected: domainText(d),
				Message:  fmt.Sprintf("%s has domain %q %s that %s lacks", c.l(), q.String(), domainText(d), c.r()),
				LeftPos:  d.Pos,
			})
			continue
		}
		if l, a := domainText(d), domainText(r); l != a {
			c.add(Finding{
				Kind: DomainDiffers, Severity: Medium, Schema: d.Schema, Table: d.Name,
				Expected: l, Actual: a,
				Message: fmt.Sprintf("domain %q is %s in %s but %s in %s", q.String(), l, c.l(), a, c.r()),
				LeftPos: d.Pos, RightPos: r.Pos,
			})
		}
	}
	for _, d := range c.right.Domains {
		if d == nil {
			continue
		}
		q := model.QName{Schema: d.Schema, Name: d.Name}
		if !lm[q] {
			c.add(Finding{
				Kind: DomainExtra, Severity: Medium, Schema: d.Schema, Table: d.Name,
				Actual:   domainText(d),
				Message:  fmt.Sprintf("%s has domain %q %s that %s lacks", c.r(), q.String(), domainText(d), c.l()),
				RightPos: d.Pos,
			})
		}
	}
}
