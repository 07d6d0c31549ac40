package plan

import (
	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// phasePolicy runs policy changes after the columns, keys and tables their
// expressions may name exist, and before the columns they may name are
// dropped (a policy depends on the columns it uses).
const phasePolicy = 85

// policyHandlers are the planners of the row-level security kinds.
func (b *builder) policyHandlers() map[diff.Kind]func(*diff.Finding) {
	return map[diff.Kind]func(*diff.Finding){
		diff.RLSEnabled: b.rlsEnabled, diff.RLSForced: b.rlsForced,
		diff.PolicyMissing: b.policyMissing, diff.PolicyExtra: b.policyExtra,
		diff.PolicyRenamed: b.policyRenamed,
		diff.PolicyMode:    b.policyRecreate, diff.PolicyCommand: b.policyRecreate,
		diff.PolicyRoles: b.policyAlter, diff.PolicyUsing: b.policyAlter, diff.PolicyCheck: b.policyAlter,
	}
}

func (b *builder) rlsEnabled(f *diff.Finding) {
	q, lt, _, ok := b.tables(f)
	if !ok {
		return
	}
	b.rlsSwitch(f, q, lt.RowSecurity.Enabled, "ENABLE", "DISABLE",
		"with row-level security off every role with table privileges reads and writes every row")
}

func (b *builder) rlsForced(f *diff.Finding) {
	q, lt, _, ok := b.tables(f)
	if !ok {
		return
	}
	b.rlsSwitch(f, q, lt.RowSecurity.Forced, "FORCE", "NO FORCE",
		"the table owner bypasses every policy")
}

// rlsSwitch turns a row security switch on or off; off widens access.
func (b *builder) rlsSwitch(f *diff.Finding, q model.QName, on bool, onWord, offWord, offWhy string) {
	word := offWord
	if on {
		word = onWord
	}
	s := b.newStep(f, phasePolicy, q, alterTable(q, word+" ROW LEVEL SECURITY"))
	s.lock(accessExclusive, q)
	if !on {
		s.hazard(WidensAccess, offWhy+" ("+qname(q)+")")
	}
}

// createPolicy plans CREATE POLICY for a policy of the left table.
func (b *builder) createPolicy(f *diff.Finding, q model.QName, p *model.Policy) *Step {
	s := b.newStep(f, phasePolicy, q, "CREATE POLICY "+ident(p.Name)+" ON "+qname(q)+" "+policySQL(p))
	s.lock(accessExclusive, q).need("dropped:" + policyKey(q, p.Name))
	if !p.Restrictive {
		s.hazard(WidensAccess, "permissive policy "+ident(p.Name)+" lets its roles reach the rows it admits")
	}
	return s
}

func (b *builder) dropPolicy(f *diff.Finding, q model.QName, p *model.Policy) *Step {
	s := b.newStep(f, phasePolicy, q, "DROP POLICY "+ident(p.Name)+" ON "+qname(q))
	s.lock(accessExclusive, q).provide("dropped:" + policyKey(q, p.Name))
	if p.Restrictive {
		s.hazard(WidensAccess, "dropping restrictive policy "+ident(p.Name)+" stops filtering the rows it hides")
	} else {
		s.hazard(BackwardIncompatible, "roles that read through policy "+ident(p.Name)+" no longer see its rows")
	}
	return s
}

func policyKey(q model.QName, name string) string {
	return "policy:" + q.Schema + "." + q.Name + "." + name
}

// policySQL renders the part of CREATE POLICY after the table.
func policySQL(p *model.Policy) string { return p.Definition() }

// policies returns the left and right policies a finding is about.
func (b *builder) policies(f *diff.Finding) (model.QName, *model.Policy, *model.Policy) {
	q, lt, rt, ok := b.tables(f)
	if !ok {
		return q, nil, nil
	}
	l, _ := lt.RowSecurity.Policy(f.Object)
	r, _ := rt.RowSecurity.Policy(f.Object)
	return q, l, r
}

func (b *builder) policyMissing(f *diff.Finding) {
	if q, l, _ := b.policies(f); l != nil {
		b.createPolicy(f, q, l)
	}
}

func (b *builder) policyExtra(f *diff.Finding) {
	if q, _, r := b.policies(f); r != nil {
		b.dropPolicy(f, q, r)
	}
}

func (b *builder) policyRenamed(f *diff.Finding) {
	q, _, rt, ok := b.tables(f)
	if !ok {
		return
	}
	if _, ok := rt.RowSecurity.Policy(f.Actual); !ok {
		return
	}
	s := b.newStep(f, phasePolicy, q, "ALTER POLICY "+ident(f.Actual)+" ON "+qname(q)+" RENAME TO "+ident(f.Expected))
	s.lock(accessExclusive, q)
}

// policyRecreate plans a change of mode or command, which ALTER POLICY
// cannot make: the policy is dropped and created again in one
// transaction, so no moment passes without it. The new policy carries all
// of the left side's attributes, so one recreation serves every finding
// about the policy.
func (b *builder) policyRecreate(f *diff.Finding) {
	q, l, r := b.policies(f)
	if l == nil || r == nil {
		return
	}
	if f.Kind == diff.PolicyCommand && l.Restrictive != r.Restrictive {
		b.notes = append(b.notes, f.Fingerprint()+": made by recreating the policy for its mode")
		return
	}
	b.recreate(f, q, l, r)
}

// recreate drops and creates a policy once, however many findings ask.
func (b *builder) recreate(f *diff.Finding, q model.QName, l, r *model.Policy) {
	drop := "DROP POLICY " + ident(r.Name) + " ON " + qname(q)
	for _, s := range b.steps {
		if s.SQL == drop {
			s.Fixes = append(s.Fixes, f.Fingerprint())
			return
		}
	}
	d := b.dropPolicy(f, q, r)
	c := b.createPolicy(f, q, l)
	d.Hazards, c.Hazards = nil, nil
	if f.Severity == diff.High {
		c.hazard(WidensAccess, "policy "+ident(l.Name)+" becomes "+l.Kind()+" and may admit more rows")
	}
	chain(d, c)
}

// policyAlter plans ALTER POLICY for roles, USING or WITH CHECK, unless
// the policy is recreated for its mode or command anyway.
func (b *builder) policyAlter(f *diff.Finding) {
	q, l, r := b.policies(f)
	if l == nil || r == nil {
		return
	}
	if l.Restrictive != r.Restrictive || commandSet(l) != commandSet(r) {
		b.notes = append(b.notes, f.Fingerprint()+": made by recreating the policy")
		return
	}
	var sql, why string
	switch f.Kind {
	case diff.PolicyRoles:
		sql, why = "TO "+l.RoleList(), "the policy applies to other roles"
	case diff.PolicyUsing:
		sql, why = "USING ("+l.Using+")", "the text cannot show whether the new USING admits more rows"
	default:
		sql, why = "WITH CHECK ("+l.Check+")", "the text cannot show whether the new WITH CHECK accepts more rows"
	}
	if (f.Kind == diff.PolicyUsing && l.Using == "") || (f.Kind == diff.PolicyCheck && l.Check == "") {
		// ALTER POLICY cannot remove an expression.
		b.recreate(f, q, l, r)
		return
	}
	s := b.newStep(f, phasePolicy, q, "ALTER POLICY "+ident(l.Name)+" ON "+qname(q)+" "+sql)
	s.lock(accessExclusive, q)
	if f.Severity == diff.High || f.Kind != diff.PolicyRoles {
		s.hazard(WidensAccess, why)
	}
}

func commandSet(p *model.Policy) string {
	if p.Command == "" {
		return "ALL"
	}
	return p.Command
}

// tablePolicies plans the row-level security of a table the plan creates.
func (b *builder) tablePolicies(f *diff.Finding, t *model.Table) {
	q := t.QName()
	if t.RowSecurity.Enabled {
		b.newStep(f, phasePolicy, q, alterTable(q, "ENABLE ROW LEVEL SECURITY")).lock(accessExclusive, q)
	}
	if t.RowSecurity.Forced {
		b.newStep(f, phasePolicy, q, alterTable(q, "FORCE ROW LEVEL SECURITY")).lock(accessExclusive, q)
	}
	for _, p := range t.RowSecurity.Policies {
		b.createPolicy(f, q, p).Hazards = nil // a new table holds no rows to expose
	}
}
