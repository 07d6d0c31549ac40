package diff

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/ariadrift/ariadrift/model"
)

// rowSecurity compares the tables' row-level security and policies, when
// both sides describe them (a spec that never mentions policies does not).
func (tc *tableCmp) rowSecurity() {
	if !tc.left.Describes(model.AreaPolicies) || !tc.right.Describes(model.AreaPolicies) {
		return
	}
	l, r := &tc.lt.RowSecurity, &tc.rt.RowSecurity
	tc.securityFlag(RLSEnabled, l.Enabled, r.Enabled, "enabled", "disabled")
	tc.securityFlag(RLSForced, l.Forced, r.Forced, "forced", "not forced")
	tc.policies(l.Policies, r.Policies)
}

// securityFlag reports a row security switch that differs. Off on the
// right where the left turns it on widens access: every row is visible to
// every role with table privileges (enabled), or the owner bypasses the
// policies (forced).
func (tc *tableCmp) securityFlag(kind Kind, l, r bool, on, off string) {
	if l == r {
		return
	}
	word := func(b bool) string {
		if b {
			return on
		}
		return off
	}
	sev := Medium
	if l {
		sev = High
	}
	f := tc.base(kind, sev, "")
	f.Expected, f.Actual = word(l), word(r)
	f.Message = fmt.Sprintf("row-level security is %s in %s but %s in %s", f.Expected, tc.l(), f.Actual, tc.r())
	f.LeftPos, f.RightPos = cmp.Or(tc.lt.RowSecurity.Pos, tc.lt.Pos), cmp.Or(tc.rt.RowSecurity.Pos, tc.rt.Pos)
	tc.add(f)
}

func policyName(p *model.Policy) string { return p.Name }

func policyDef(p *model.Policy) (string, bool) { return p.Definition(), true }

// policies matches policies by name, then what is left over by definition
// (a renamed policy).
func (tc *tableCmp) policies(left, right []*model.Policy) {
	missing, extra := match(nonNil(left), nonNil(right), keyed(policyName), keyed(policyName), tc.samePolicy)
	missing, extra = match(missing, extra, policyDef, policyDef, func(l, r *model.Policy) {
		f := tc.base(PolicyRenamed, Low, l.Name)
		f.Expected, f.Actual = l.Name, r.Name
		f.Message = fmt.Sprintf("policy %q in %s is %q in %s (renamed)", l.Name, tc.l(), r.Name, tc.r())
		f.LeftPos, f.RightPos = l.Pos, r.Pos
		tc.add(f)
	})
	what := func(p *model.Policy) string { return "policy " + strconv.Quote(p.Name) + " " + p.Definition() }
	for _, p := range missing {
		// A restriction the right side lacks lets rows through; a
		// permissive policy it lacks hides rows the application reads.
		sev := Medium
		if p.Restrictive {
			sev = High
		}
		tc.onlyLeft(tc.base(PolicyMissing, sev, p.Name), what(p), p.Definition(), p.Pos)
	}
	for _, p := range extra {
		sev := Medium
		if !p.Restrictive {
			sev = High
		}
		tc.onlyRight(tc.base(PolicyExtra, sev, p.Name), what(p), p.Definition(), p.Pos)
	}
}

// samePolicy compares two policies of one name, attribute by attribute.
func (tc *tableCmp) samePolicy(l, r *model.Policy) {
	differs := func(kind Kind, sev Severity, what, lv, rv string) {
		f := tc.base(kind, sev, l.Name)
		f.Expected, f.Actual = lv, rv
		f.Message = fmt.Sprintf("policy %q %s %s in %s but %s in %s", l.Name, what, orNone(lv), tc.l(), orNone(rv), tc.r())
		f.LeftPos, f.RightPos = l.Pos, r.Pos
		tc.add(f)
	}
	if l.Restrictive != r.Restrictive {
		// A restriction turned into a grant widens access.
		differs(PolicyMode, pick(l.Restrictive, High, Medium), "is", mode(l), mode(r))
	}
	if lc, rc := commands(l.Command), commands(r.Command); !slices.Equal(lc, rc) {
		differs(PolicyCommand, pick(widens(l.Restrictive, lc, rc), High, Medium), "applies to", "FOR "+l.Command, "FOR "+r.Command)
	}
	if added, dropped := roleChange(l.Roles, r.Roles); added || dropped {
		// A permissive policy widens with more roles, a restrictive one
		// with fewer.
		wide := (added && !l.Restrictive) || (dropped && l.Restrictive)
		differs(PolicyRoles, pick(wide, High, Medium), "applies to roles", l.RoleList(), r.RoleList())
	}
	if l.Using != r.Using {
		differs(PolicyUsing, High, "has USING", l.Using, r.Using)
	}
	if l.Check != r.Check {
		differs(PolicyCheck, High, "has WITH CHECK", l.Check, r.Check)
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func pick(b bool, yes, no Severity) Severity {
	if b {
		return yes
	}
	return no
}

func mode(p *model.Policy) string {
	if p.Restrictive {
		return "RESTRICTIVE"
	}
	return "PERMISSIVE"
}

// commands expands a policy command into the commands it covers.
func commands(c string) []string {
	if c == "" || c == "ALL" {
		return []string{"DELETE", "INSERT", "SELECT", "UPDATE"}
	}
	return []string{c}
}

// widens reports whether moving a policy from the commands l to r lets
// more through: a permissive policy that covers a command it did not, or
// a restrictive one that stops covering one.
func widens(restrictive bool, l, r []string) bool {
	from, to := l, r
	if restrictive {
		from, to = r, l
	}
	for _, c := range to {
		if !slices.Contains(from, c) {
			return true
		}
	}
	return false
}

// roleChange says whether r lists roles l does not (added) and l roles r
// does not (dropped). A script's CURRENT_USER (model.PolicyCurrentRole)
// stands for one role the other side names, since the script does not say
// which role runs it.
func roleChange(l, r []string) (added, dropped bool) {
	onlyL, onlyR := setMinus(l, r), setMinus(r, l)
	markL, markR := countMarker(onlyL), countMarker(onlyR)
	realL, realR := len(onlyL)-markL, len(onlyR)-markR
	pairedL, pairedR := min(markL, realR), min(markR, realL) // markers of each side paired
	return realR > pairedL || markR > pairedR, realL > pairedR || markL > pairedL
}

func setMinus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func countMarker(rs []string) int {
	n := 0
	for _, r := range rs {
		if r == model.PolicyCurrentRole {
			n++
		}
	}
	return n
}
