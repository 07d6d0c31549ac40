package diff

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// funcKey identifies a function as PostgreSQL does: schema, name and input
// argument types, so overloads are different objects.
type funcKey struct{ schema, name, args string }

func functionKey(f *model.Function) funcKey { return funcKey{f.Schema, f.Name, f.IdentityArgs()} }

// funcLabel names a function in findings: its name and input argument
// types, unqualified (Schema carries the schema).
func funcLabel(f *model.Function) string { return f.Label() }

// funcSummary is a function's signature line, the value of a missing or
// extra function's finding.
func funcSummary(f *model.Function) string {
	s := model.QName{Schema: f.Schema, Name: f.Name}.String() + "(" + f.ArgList() + ")"
	if f.Result != "" {
		s += " RETURNS " + f.Result
	}
	s += " LANGUAGE " + f.Language
	if f.SecurityDefiner {
		s += " SECURITY DEFINER"
	}
	return s
}

// functions compares functions and procedures (AreaRoutines).
func (c *comparer) functions() {
	if !c.left.Describes(model.AreaRoutines) || !c.right.Describes(model.AreaRoutines) {
		return
	}
	missing, extra := match(nonNil(c.left.Functions), nonNil(c.right.Functions), keyed(functionKey), keyed(functionKey), c.compareFunction)
	for _, f := range missing {
		sev := Medium
		if c.pair.Right == model.SourceDB {
			sev = High
		}
		c.onlyLeft(Finding{Kind: FunctionMissing, Severity: sev, Schema: f.Schema, Table: funcLabel(f)},
			f.Kind()+" "+strconv.Quote(funcLabel(f)), funcSummary(f), f.Pos)
	}
	for _, f := range extra {
		sev := Low
		if f.SecurityDefiner {
			sev = High
		}
		c.onlyRight(Finding{Kind: FunctionExtra, Severity: sev, Schema: f.Schema, Table: funcLabel(f)},
			f.Kind()+" "+strconv.Quote(funcLabel(f)), funcSummary(f), f.Pos)
	}
}

// funcAttr is one compared attribute of a function, rendered for people.
type funcAttr struct {
	name string
	text func(*model.Function) string
}

func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

var funcAttrs = []funcAttr{
	{"kind", (*model.Function).Kind},
	{"arguments", func(f *model.Function) string { return "(" + f.ArgList() + ")" }},
	{"returns", func(f *model.Function) string { return f.Result }},
	{"language", func(f *model.Function) string { return f.Language }},
	{"volatility", func(f *model.Function) string { return strings.ToUpper(f.Volatility) }},
	{"strict", func(f *model.Function) string { return yesNo(f.Strict, "STRICT", "CALLED ON NULL INPUT") }},
	{"security", func(f *model.Function) string {
		return yesNo(f.SecurityDefiner, "SECURITY DEFINER", "SECURITY INVOKER")
	}},
	{"leakproof", func(f *model.Function) string { return yesNo(f.Leakproof, "LEAKPROOF", "NOT LEAKPROOF") }},
	{"parallel", func(f *model.Function) string { return "PARALLEL " + strings.ToUpper(f.Parallel) }},
	{"config", func(f *model.Function) string {
		if len(f.Config) == 0 {
			return "no SET options"
		}
		return "SET " + strings.Join(f.Config, ", SET ")
	}},
}

func (c *comparer) compareFunction(l, r *model.Function) {
	label := funcLabel(l)
	for _, a := range funcAttrs {
		lv, rv := a.text(l), a.text(r)
		if lv == rv {
			continue
		}
		sev := Medium
		if a.name == "security" && r.SecurityDefiner {
			sev = High
		}
		c.add(Finding{
			Kind: FunctionDiffers, Severity: sev, Schema: l.Schema, Table: label, Object: a.name,
			Expected: lv, Actual: rv,
			Message: fmt.Sprintf("%s %q %s is %s in %s but %s in %s", l.Kind(), label, a.name, lv, c.l(), rv, c.r()),
			LeftPos: l.Pos, RightPos: r.Pos,
		})
	}
	if l.Body != r.Body {
		c.add(Finding{
			Kind: FunctionBody, Severity: Medium, Schema: l.Schema, Table: label, Object: "body",
			Expected: l.Body, Actual: r.Body,
			Message: fmt.Sprintf("%s %q has another body in %s than in %s", l.Kind(), label, c.r(), c.l()),
			LeftPos: l.Pos, RightPos: r.Pos,
		})
	}
}

// triggerKey identifies a trigger: its name is unique per table.
type triggerKey struct{ schema, table, name string }

func trigKey(t *model.Trigger) triggerKey { return triggerKey{t.Schema, t.Table, t.Name} }

// triggers compares triggers (AreaRoutines).
func (c *comparer) triggers() {
	if !c.left.Describes(model.AreaRoutines) || !c.right.Describes(model.AreaRoutines) {
		return
	}
	same := func(l, r *model.Trigger) {
		if ld, rd := l.Definition(), r.Definition(); ld != rd {
			c.add(Finding{
				Kind: TriggerDiffers, Severity: Medium, Schema: l.Schema, Table: l.Table, Object: l.Name,
				Expected: ld, Actual: rd,
				Message: fmt.Sprintf("trigger %q is %s in %s but %s in %s", l.Name, ld, c.l(), rd, c.r()),
				LeftPos: l.Pos, RightPos: r.Pos,
			})
		}
		if l.Enabled != r.Enabled {
			sev := Medium
			if r.Enabled == "D" {
				sev = High
			}
			lw, rw := model.EnabledWord(l.Enabled), model.EnabledWord(r.Enabled)
			c.add(Finding{
				Kind: TriggerEnabled, Severity: sev, Schema: l.Schema, Table: l.Table, Object: l.Name,
				Expected: lw, Actual: rw,
				Message: fmt.Sprintf("trigger %q is %s in %s but %s in %s", l.Name, lw, c.l(), rw, c.r()),
				LeftPos: l.Pos, RightPos: r.Pos,
			})
		}
	}
	missing, extra := match(nonNil(c.left.Triggers), nonNil(c.right.Triggers), keyed(trigKey), keyed(trigKey), same)
	for _, t := range missing {
		c.onlyLeft(Finding{Kind: TriggerMissing, Severity: High, Schema: t.Schema, Table: t.Table, Object: t.Name},
			"trigger "+strconv.Quote(t.Name), t.Definition(), t.Pos)
	}
	for _, t := range extra {
		c.onlyRight(Finding{Kind: TriggerExtra, Severity: Medium, Schema: t.Schema, Table: t.Table, Object: t.Name},
			"trigger "+strconv.Quote(t.Name), t.Definition(), t.Pos)
	}
}
