package plan

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// The phases of routines: functions after the tables their SQL bodies
// read (PostgreSQL checks a LANGUAGE sql body when it is created) and before
// the columns whose defaults call them; triggers once their tables and
// columns exist; drops of triggers before the tables, of functions before
// the types they use.
const (
	phaseFunction     = phaseCreateTable + 5
	phaseTrigger      = phaseFK + 5
	phaseDropTrigger  = phaseDropFK - 2
	phaseDropFunction = phaseDropType - 5
)

// routineState follows triggers through the plan's table renames: a
// trigger moves with its table, so the renamed table's triggers are
// compared with the canonical ones again, under the canonical name.
type routineState struct {
	// renamed holds both names of every table the plan renames.
	renamed map[model.QName]bool
	// moved are the target's triggers under their table's new name.
	moved []*model.Trigger
}

// renameTriggers puts the triggers of the table renamed from "from" to
// "to" on l and r, to be compared with the renamed table.
func (b *builder) renameTriggers(l, r *model.Schema, from, to model.QName) {
	if b.routines.renamed == nil {
		b.routines.renamed = map[model.QName]bool{}
	}
	b.routines.renamed[from], b.routines.renamed[to] = true, true
	if b.left == nil || b.right == nil {
		return
	}
	for _, t := range b.left.Triggers {
		if t != nil && triggerTable(t) == to {
			l.Triggers = append(l.Triggers, t)
		}
	}
	for _, t := range b.right.Triggers {
		if t != nil && triggerTable(t) == from {
			cp := *t
			cp.Schema, cp.Table = to.Schema, to.Name
			r.Triggers = append(r.Triggers, &cp)
			b.routines.moved = append(b.routines.moved, &cp)
		}
	}
}

// renamedTrigger reports a trigger finding about a table the plan renames,
// which the comparison of the renamed table replaces.
func (b *builder) renamedTrigger(f *diff.Finding) bool {
	switch f.Kind {
	case diff.TriggerMissing, diff.TriggerExtra, diff.TriggerDiffers, diff.TriggerEnabled:
		return b.routines.renamed[model.QName{Schema: f.Schema, Name: f.Table}]
	}
	return false
}

// rightTrigger finds a target's trigger, under its table's name after the
// plan's renames.
func (b *builder) rightTrigger(schema, table, name string) (*model.Trigger, bool) {
	if t, ok := findTrigger(&model.Schema{Triggers: b.routines.moved}, schema, table, name); ok {
		return t, true
	}
	return findTrigger(b.right, schema, table, name)
}

// findFunction finds the function a finding names (Table is its label).
func findFunction(s *model.Schema, schema, label string) (*model.Function, bool) {
	if s == nil {
		return nil, false
	}
	for _, f := range s.Functions {
		if f != nil && f.Schema == schema && f.Label() == label {
			return f, true
		}
	}
	return nil, false
}

func findTrigger(s *model.Schema, schema, table, name string) (*model.Trigger, bool) {
	if s == nil {
		return nil, false
	}
	for _, t := range s.Triggers {
		if t != nil && t.Schema == schema && t.Table == table && t.Name == name {
			return t, true
		}
	}
	return nil, false
}

// funcIdentity renders a function as DROP and ALTER name it.
func funcIdentity(f *model.Function) string {
	return qname(model.QName{Schema: f.Schema, Name: f.Name}) + "(" + f.IdentityArgs() + ")"
}

// quotedSettings are the settings whose stored values are lists of
// identifiers (see sqlparse's SET replay), written back as they are.
var quotedSettings = map[string]bool{
	"search_path": true, "temp_tablespaces": true, "session_preload_libraries": true,
	"shared_preload_libraries": true, "local_preload_libraries": true,
}

// createFunctionSQL renders CREATE OR REPLACE FUNCTION | PROCEDURE from a
// function of the model, or "" when its definition cannot be rebuilt (a C
// function's library is not kept).
func createFunctionSQL(f *model.Function) string {
	if f.Language == "c" || f.Source == "" {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE OR REPLACE %s %s(%s)", strings.ToUpper(f.Kind()), qname(model.QName{Schema: f.Schema, Name: f.Name}), f.ArgList())
	if f.Result != "" {
		b.WriteString("\n    RETURNS " + f.Result)
	}
	b.WriteString("\n    LANGUAGE " + ident(f.Language))
	if !f.Procedure {
		b.WriteString(" " + strings.ToUpper(f.Volatility))
		if f.Strict {
			b.WriteString(" STRICT")
		}
		if f.Leakproof {
			b.WriteString(" LEAKPROOF")
		}
		b.WriteString(" PARALLEL " + strings.ToUpper(f.Parallel))
	}
	if f.SecurityDefiner {
		b.WriteString(" SECURITY DEFINER")
	}
	for _, c := range f.Config {
		name, value, _ := strings.Cut(c, "=")
		if !quotedSettings[name] {
			value = literal(value)
		}
		b.WriteString("\n    SET " + name + " = " + value)
	}
	if strings.HasPrefix(f.Source, "RETURN ") || strings.HasPrefix(f.Source, "BEGIN ATOMIC") {
		b.WriteString("\n" + f.Source)
		return b.String()
	}
	tag := "$function$"
	for strings.Contains(f.Source, tag) {
		tag = "$" + strings.Trim(tag, "$") + "_$"
	}
	b.WriteString("\nAS " + tag + f.Source + tag)
	return b.String()
}

// functionMissing creates the canonical side's function.
func (b *builder) functionMissing(f *diff.Finding) {
	lf, ok := findFunction(b.left, f.Schema, f.Table)
	if !ok {
		return
	}
	b.createFunction(f, lf)
}

func (b *builder) createFunction(f *diff.Finding, lf *model.Function) {
	sql := createFunctionSQL(lf)
	if sql == "" {
		b.manual(f, model.QName{}, fmt.Sprintf("%s %s: its definition cannot be rebuilt here (language %s); create it from the canonical source",
			lf.Kind(), funcIdentity(lf), lf.Language))
		return
	}
	b.newStep(f, phaseFunction, model.QName{}, sql).provide("function:" + funcIdentity(lf))
}

// functionExtra drops a function only the target has.
func (b *builder) functionExtra(f *diff.Finding) {
	rf, ok := findFunction(b.right, f.Schema, f.Table)
	if !ok {
		return
	}
	s := b.newStep(f, phaseDropFunction, model.QName{}, "DROP "+strings.ToUpper(rf.Kind())+" "+funcIdentity(rf))
	s.hazard(BackwardIncompatible, "calls of "+funcIdentity(rf)+" fail, and the drop fails while triggers, defaults or views use it")
}

// functionChanged replaces the target's function with the canonical one:
// CREATE OR REPLACE sets every attribute and the body at once, so all the
// findings of one function share one step. A changed kind, result or
// argument list cannot be replaced in place; that is left to a person,
// since dropping the function drops or breaks what uses it.
func (b *builder) functionChanged(f *diff.Finding) {
	lf, lok := findFunction(b.left, f.Schema, f.Table)
	rf, rok := findFunction(b.right, f.Schema, f.Table)
	if !lok || !rok {
		return
	}
	key := "function:" + funcIdentity(lf)
	for _, s := range b.steps {
		if len(s.provides) == 1 && s.provides[0] == key {
			s.Fixes = append(s.Fixes, f.Fingerprint())
			s.Comment = append(s.Comment, string(f.Kind)+": "+f.Message)
			return
		}
	}
	switch f.Object {
	case "kind", "returns", "arguments":
		b.manual(f, model.QName{}, fmt.Sprintf("%s %s: its %s differs, which CREATE OR REPLACE cannot change; drop it (and what depends on it) and create it from the canonical source",
			rf.Kind(), funcIdentity(rf), f.Object))
		return
	}
	b.createFunction(f, lf)
}

// createTriggerSQL renders CREATE [OR REPLACE] [CONSTRAINT] TRIGGER.
func createTriggerSQL(t *model.Trigger, replace bool) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if replace {
		b.WriteString("OR REPLACE ")
	}
	if t.Constraint {
		b.WriteString("CONSTRAINT ")
	}
	b.WriteString("TRIGGER " + ident(t.Name) + " " + t.Timing + " " + t.EventList())
	b.WriteString(" ON " + qname(model.QName{Schema: t.Schema, Name: t.Table}))
	if t.Deferrable {
		b.WriteString(" DEFERRABLE INITIALLY " + map[bool]string{true: "DEFERRED", false: "IMMEDIATE"}[t.InitiallyDeferred])
	}
	if t.ForEachRow {
		b.WriteString("\n    FOR EACH ROW")
	} else {
		b.WriteString("\n    FOR EACH STATEMENT")
	}
	if t.When != "" {
		b.WriteString(" WHEN (" + t.When + ")")
	}
	args := make([]string, len(t.Args))
	for i, a := range t.Args {
		args[i] = literal(a)
	}
	b.WriteString(" EXECUTE FUNCTION " + qname(t.Function) + "(" + strings.Join(args, ", ") + ")")
	return b.String()
}

// enableTriggerSQL sets a trigger's enabled state, or "" for the default
// state a new trigger has.
func enableTriggerSQL(t *model.Trigger) string {
	clause := map[string]string{"D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS", "O": "ENABLE"}[t.Enabled]
	if clause == "" {
		return ""
	}
	return "ALTER TABLE " + qname(model.QName{Schema: t.Schema, Name: t.Table}) + " " + clause + " TRIGGER " + ident(t.Name)
}

func triggerTable(t *model.Trigger) model.QName { return model.QName{Schema: t.Schema, Name: t.Table} }

// triggerMissing creates the canonical trigger, then gives it its state.
func (b *builder) triggerMissing(f *diff.Finding) {
	lt, ok := findTrigger(b.left, f.Schema, f.Table, f.Object)
	if !ok {
		return
	}
	q := triggerTable(lt)
	s := b.newStep(f, phaseTrigger, q, createTriggerSQL(lt, false)).lock(shareRowExclusive, q)
	if lt.Function.Schema != "" {
		s.need("function:" + qname(lt.Function) + "()")
	}
	if lt.Enabled != "" && lt.Enabled != "O" {
		b.newStep(nil, phaseTrigger+1, q, enableTriggerSQL(lt)).lock(shareRowExclusive, q)
	}
}

// triggerExtra drops a trigger only the target has.
func (b *builder) triggerExtra(f *diff.Finding) {
	rt, ok := b.rightTrigger(f.Schema, f.Table, f.Object)
	if !ok {
		return
	}
	q := triggerTable(rt)
	s := b.newStep(f, phaseDropTrigger, q, "DROP TRIGGER "+ident(rt.Name)+" ON "+qname(q)).lock(accessExclusive, q)
	s.hazard(BackwardIncompatible, "what the trigger did on writes to "+qname(q)+" stops")
}

// triggerDiffers replaces the target's trigger with the canonical one. A
// constraint trigger cannot be replaced in place: it is dropped first.
func (b *builder) triggerDiffers(f *diff.Finding) {
	lt, lok := findTrigger(b.left, f.Schema, f.Table, f.Object)
	rt, rok := b.rightTrigger(f.Schema, f.Table, f.Object)
	if !lok || !rok {
		return
	}
	q := triggerTable(lt)
	if lt.Constraint || rt.Constraint {
		b.newStep(f, phaseDropTrigger, q, "DROP TRIGGER "+ident(rt.Name)+" ON "+qname(q)).lock(accessExclusive, q)
		b.newStep(nil, phaseTrigger, q, createTriggerSQL(lt, false)).lock(shareRowExclusive, q)
		return
	}
	b.newStep(f, phaseTrigger, q, createTriggerSQL(lt, true)).lock(shareRowExclusive, q)
}

// triggerEnabled gives the target's trigger the canonical state.
func (b *builder) triggerEnabled(f *diff.Finding) {
	lt, ok := findTrigger(b.left, f.Schema, f.Table, f.Object)
	if !ok || enableTriggerSQL(lt) == "" {
		return
	}
	q := triggerTable(lt)
	b.newStep(f, phaseTrigger+1, q, enableTriggerSQL(lt)).lock(shareRowExclusive, q)
}
