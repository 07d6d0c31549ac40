package model

import (
	"sort"
	"strings"
)

// Function is a function or procedure (AreaRoutines). Overloads are
// different objects: a function is identified by its schema, name and
// input argument types (see Identity), as PostgreSQL identifies it.
type Function struct {
	Schema string
	Name   string
	// Procedure is set for CREATE PROCEDURE.
	Procedure bool
	Args      []FuncArg
	// Result is the return type as pg_get_function_result prints it:
	// "integer", "SETOF text", "TABLE(p integer, q text)", "trigger";
	// empty for a procedure.
	Result string
	// Language is lower case: sql, plpgsql, c, internal.
	Language string
	// Volatility is "immutable", "stable" or "volatile".
	Volatility      string
	Strict          bool
	SecurityDefiner bool
	Leakproof       bool
	// Parallel is "safe", "restricted" or "unsafe".
	Parallel string
	// Config holds the SET options as proconfig stores them ("name=value"),
	// sorted: their order changes nothing.
	Config []string
	// Body is the normalized body: SQL bodies printed by the parser, other
	// languages' text with whitespace and comments normalized.
	Body string
	// Source is the body as written (the script's text, prosrc, or the
	// parsed SQL-standard body printed back), for a plan that creates the
	// function again; comparisons use Body.
	Source string
	Pos    Pos
}

// FuncArg is one argument of a function.
type FuncArg struct {
	// Mode is "" (IN), "OUT", "INOUT", "VARIADIC" or "TABLE" (a column of
	// RETURNS TABLE, which is part of the result, not of the identity).
	Mode string
	Name string
	// Type has no modifiers: PostgreSQL drops them from argument types.
	Type Type
	// Default is the normalized DEFAULT expression, empty when none.
	Default string
}

// inputArg reports whether the argument is part of the function's identity.
func (a FuncArg) inputArg() bool { return a.Mode == "" || a.Mode == "INOUT" || a.Mode == "VARIADIC" }

// Kind returns "function" or "procedure", for messages.
func (f *Function) Kind() string {
	if f.Procedure {
		return "procedure"
	}
	return "function"
}

// Identity renders the function as PostgreSQL identifies it: the qualified
// name and the input argument types, "public.add(integer, integer)".
func (f *Function) Identity() string {
	return QName{f.Schema, f.Name}.String() + "(" + f.IdentityArgs() + ")"
}

// Label names the function within its schema: "add(integer, integer)".
func (f *Function) Label() string { return f.Name + "(" + f.IdentityArgs() + ")" }

// IdentityArgs renders the input argument types, comma separated.
func (f *Function) IdentityArgs() string {
	var parts []string
	for _, a := range f.Args {
		if a.inputArg() {
			parts = append(parts, a.Type.String())
		}
	}
	return strings.Join(parts, ", ")
}

// ArgList renders every argument as pg_get_function_arguments does, with
// modes, names and defaults (the columns of RETURNS TABLE left out).
func (f *Function) ArgList() string {
	var parts []string
	for _, a := range f.Args {
		if a.Mode == "TABLE" {
			continue
		}
		var b strings.Builder
		if a.Mode != "" {
			b.WriteString(a.Mode + " ")
		}
		if a.Name != "" {
			b.WriteString(QuoteIdent(a.Name) + " ")
		}
		b.WriteString(a.Type.String())
		if a.Default != "" {
			b.WriteString(" DEFAULT " + a.Default)
		}
		parts = append(parts, b.String())
	}
	return strings.Join(parts, ", ")
}

// TableResult renders the columns of RETURNS TABLE as "TABLE(a integer)",
// or "" when the function has none.
func TableResult(args []FuncArg) string {
	var parts []string
	for _, a := range args {
		if a.Mode == "TABLE" {
			parts = append(parts, QuoteIdent(a.Name)+" "+a.Type.String())
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "TABLE(" + strings.Join(parts, ", ") + ")"
}

// SortConfig sorts the SET options in place.
func (f *Function) SortConfig() { sort.Strings(f.Config) }

// Function looks up a function by schema, name and input argument types
// as IdentityArgs renders them.
func (s *Schema) Function(schema, name, args string) (*Function, bool) {
	for _, f := range s.Functions {
		if f.Schema == schema && f.Name == name && f.IdentityArgs() == args {
			return f, true
		}
	}
	return nil, false
}

// Trigger is a trigger on a table or view (AreaRoutines). Triggers are
// listed on the schema rather than on tables, since views have them too.
type Trigger struct {
	Schema string
	// Table is the table or view the trigger is on.
	Table string
	Name  string
	// Timing is "BEFORE", "AFTER" or "INSTEAD OF".
	Timing string
	// Events are "INSERT", "DELETE", "UPDATE", "TRUNCATE", in that order.
	Events []string
	// Columns are the UPDATE OF columns, in the order given.
	Columns []string
	// ForEachRow is set for FOR EACH ROW; otherwise FOR EACH STATEMENT.
	ForEachRow bool
	// When is the normalized WHEN condition, empty when none.
	When string
	// Function is the trigger function, Args its literal arguments.
	Function QName
	Args     []string
	// Constraint is set for CREATE CONSTRAINT TRIGGER.
	Constraint        bool
	Deferrable        bool
	InitiallyDeferred bool
	// Enabled is pg_trigger.tgenabled: "O" (enabled, the default),
	// "D" (disabled), "R" (replica only) or "A" (always).
	Enabled string
	Pos     Pos
}

// Definition renders the trigger without its name, its table and its
// enabled state, the form in which two triggers are compared.
func (t *Trigger) Definition() string {
	var b strings.Builder
	if t.Constraint {
		b.WriteString("CONSTRAINT ")
	}
	b.WriteString(t.Timing + " " + t.EventList())
	if t.Deferrable {
		b.WriteString(" DEFERRABLE")
		if t.InitiallyDeferred {
			b.WriteString(" INITIALLY DEFERRED")
		}
	}
	if t.ForEachRow {
		b.WriteString(" FOR EACH ROW")
	} else {
		b.WriteString(" FOR EACH STATEMENT")
	}
	if t.When != "" {
		b.WriteString(" WHEN (" + t.When + ")")
	}
	args := make([]string, len(t.Args))
	for i, a := range t.Args {
		args[i] = QuoteLiteral(a)
	}
	b.WriteString(" EXECUTE FUNCTION " + t.Function.String() + "(" + strings.Join(args, ", ") + ")")
	return b.String()
}

// EventList renders the events as CREATE TRIGGER takes them:
// "INSERT OR UPDATE OF a, b".
func (t *Trigger) EventList() string {
	var b strings.Builder
	for i, e := range t.Events {
		if i > 0 {
			b.WriteString(" OR ")
		}
		b.WriteString(e)
		if e == "UPDATE" && len(t.Columns) > 0 {
			b.WriteString(" OF " + joinIdents(t.Columns))
		}
	}
	return b.String()
}

// EnabledWord says what Enabled means, for messages.
func EnabledWord(state string) string {
	switch state {
	case "D":
		return "disabled"
	case "R":
		return "enabled on replicas only"
	case "A":
		return "enabled always"
	}
	return "enabled"
}

// The bits of pg_trigger.tgtype (TRIGGER_TYPE_* in PostgreSQL's trigger.h);
// the parser's CreateTrigStmt uses the same values for timing and events.
const (
	TriggerRow      = 1 << 0
	TriggerBefore   = 1 << 1
	TriggerInsert   = 1 << 2
	TriggerDelete   = 1 << 3
	TriggerUpdate   = 1 << 4
	TriggerTruncate = 1 << 5
	TriggerInstead  = 1 << 6
)

// SetType sets the timing, events and level of t from a tgtype mask,
// listing the events in the order pg_get_triggerdef prints them.
func (t *Trigger) SetType(mask int32) {
	t.ForEachRow = mask&TriggerRow != 0
	switch {
	case mask&TriggerBefore != 0:
		t.Timing = "BEFORE"
	case mask&TriggerInstead != 0:
		t.Timing = "INSTEAD OF"
	default:
		t.Timing = "AFTER"
	}
	t.Events = nil
	for _, e := range []struct {
		bit  int32
		name string
	}{{TriggerInsert, "INSERT"}, {TriggerDelete, "DELETE"}, {TriggerUpdate, "UPDATE"}, {TriggerTruncate, "TRUNCATE"}} {
		if mask&e.bit != 0 {
			t.Events = append(t.Events, e.name)
		}
	}
}

// pseudoTypes are the pg_catalog pseudo-types functions take and return,
// listed with the other built-ins so that no reader qualifies them.
var pseudoTypes = []string{
	"trigger", "event_trigger", "internal", "cstring", "any", "anyarray", "anynonarray", "anyenum",
	"anyrange", "anymultirange", "anycompatible", "anycompatiblearray", "anycompatiblenonarray",
	"anycompatiblerange", "anycompatiblemultirange", "language_handler", "fdw_handler",
	"table_am_handler", "index_am_handler", "tsm_handler", "pg_ddl_command",
}

func init() {
	for _, n := range pseudoTypes {
		otherBuiltins[n] = true
	}
}
