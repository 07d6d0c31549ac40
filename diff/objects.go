package diff

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

func viewName(v *model.View) model.QName { return model.QName{Schema: v.Schema, Name: v.Name} }

func (c *comparer) views() {
	missing, extra := match(nonNil(c.left.Views), nonNil(c.right.Views), keyed(viewName), keyed(viewName), c.compareView)
	what := func(v *model.View) string { return viewWord(v) + " " + strconv.Quote(viewName(v).String()) }
	for _, v := range missing {
		c.onlyLeft(Finding{Kind: ViewMissing, Severity: Low, Schema: v.Schema, Table: v.Name}, what(v), "", v.Pos)
	}
	for _, v := range extra {
		c.onlyRight(Finding{Kind: ViewExtra, Severity: Low, Schema: v.Schema, Table: v.Name}, what(v), "", v.Pos)
	}
}

func viewWord(v *model.View) string {
	if v.Materialized {
		return "materialized view"
	}
	return "view"
}

func enumName(e *model.Enum) model.QName { return model.QName{Schema: e.Schema, Name: e.Name} }

func (c *comparer) enums() {
	same := func(e, r *model.Enum) {
		if l, a := labels(e.Values), labels(r.Values); l != a {
			c.add(Finding{
				Kind: EnumValues, Severity: Medium, Schema: e.Schema, Table: e.Name,
				Expected: l, Actual: a,
				Message: fmt.Sprintf("enum %q %s: (%s) in %s, (%s) in %s",
					enumName(e).String(), labelChange(e.Values, r.Values, c.l(), c.r()), l, c.l(), a, c.r()),
				LeftPos: e.Pos, RightPos: r.Pos,
			})
		}
	}
	missing, extra := match(nonNil(c.left.Enums), nonNil(c.right.Enums), keyed(enumName), keyed(enumName), same)
	what := func(e *model.Enum) string { return fmt.Sprintf("enum %q (%s)", enumName(e).String(), labels(e.Values)) }
	for _, e := range missing {
		sev := Medium
		if c.pair.Right == model.SourceDB {
			sev = High
		}
		c.onlyLeft(Finding{Kind: EnumMissing, Severity: sev, Schema: e.Schema, Table: e.Name}, what(e), labels(e.Values), e.Pos)
	}
	for _, e := range extra {
		c.onlyRight(Finding{Kind: EnumExtra, Severity: Low, Schema: e.Schema, Table: e.Name}, what(e), labels(e.Values), e.Pos)
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

func domainName(d *model.Domain) model.QName { return model.QName{Schema: d.Schema, Name: d.Name} }

func (c *comparer) domains() {
	same := func(d, r *model.Domain) {
		if l, a := domainText(d), domainText(r); l != a {
			c.add(Finding{
				Kind: DomainDiffers, Severity: Medium, Schema: d.Schema, Table: d.Name,
				Expected: l, Actual: a,
				Message: fmt.Sprintf("domain %q is %s in %s but %s in %s", domainName(d).String(), l, c.l(), a, c.r()),
				LeftPos: d.Pos, RightPos: r.Pos,
			})
		}
	}
	missing, extra := match(nonNil(c.left.Domains), nonNil(c.right.Domains), keyed(domainName), keyed(domainName), same)
	what := func(d *model.Domain) string {
		return fmt.Sprintf("domain %q %s", domainName(d).String(), domainText(d))
	}
	for _, d := range missing {
		c.onlyLeft(Finding{Kind: DomainMissing, Severity: Medium, Schema: d.Schema, Table: d.Name}, what(d), domainText(d), d.Pos)
	}
	for _, d := range extra {
		c.onlyRight(Finding{Kind: DomainExtra, Severity: Medium, Schema: d.Schema, Table: d.Name}, what(d), domainText(d), d.Pos)
	}
}
