package introspect

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// notProcFromExtension is notFromExtension for functions: an extension's
// functions are the extension's, never the application's drift.
const notProcFromExtension = `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
	WHERE dep.classid = 'pg_catalog.pg_proc'::regclass AND dep.objid = p.oid AND dep.deptype = 'e')`

// functionsSQL reads functions and procedures (not aggregates or window
// functions) as catalog data: argument and result types by oid, decoded by
// the client. Only what is an expression is deparsed: argument defaults,
// and a SQL-standard body (prosqlbody), which only pg_get_functiondef prints.
var functionsSQL = `SELECT p.oid, n.nspname, p.proname, p.prokind::text,
	COALESCE(p.proallargtypes, p.proargtypes::oid[]), COALESCE(p.proargmodes::text[], '{}'), COALESCE(p.proargnames, '{}'),
	p.pronargdefaults, CASE WHEN p.pronargdefaults > 0 THEN pg_catalog.pg_get_expr(p.proargdefaults, 0) END,
	p.prorettype, p.proretset, l.lanname, p.provolatile::text, p.proisstrict, p.prosecdef, p.proleakproof,
	p.proparallel::text, COALESCE(p.proconfig, '{}'), p.prosrc,
	CASE WHEN p.prosqlbody IS NOT NULL THEN pg_catalog.pg_get_functiondef(p.oid) END
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p') AND ` + userSchema("n") + ` AND ` + notProcFromExtension

// triggersSQL reads the triggers of the model tables and of views, leaving
// out internal ones (those of foreign keys) and the clones PostgreSQL puts
// on partitions (tgparentid). tgtype is decoded by the client; only a WHEN
// condition is deparsed, by pg_get_triggerdef, since pg_get_expr cannot
// print its OLD and NEW references.
var triggersSQL = `SELECT n.nspname, c.relname, t.tgname, t.tgtype, t.tgenabled::text,
	ARRAY(SELECT a.attname::text FROM unnest(t.tgattr::int2[]) WITH ORDINALITY k(num, ord)
		JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.num ORDER BY k.ord),
	t.tgnargs, t.tgargs, fn.nspname, f.proname, t.tgconstraint <> 0, t.tgdeferrable, t.tginitdeferred,
	CASE WHEN t.tgqual IS NOT NULL THEN pg_catalog.pg_get_triggerdef(t.oid) END
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND c.relkind IN ('r', 'p', 'v') AND NOT c.relispartition
	AND ` + userSchema("n") + ` AND ` + notFromExtension("c")

// funcRow is a function as read, decoded once every type is known.
type funcRow struct {
	f         *model.Function
	argTypes  []uint32
	modes     []string
	names     []string
	nDefaults int16
	defaults  *string
	retType   uint32
	retSet    bool
	src       string
	def       *string
}

func (r *reader) function(rows pgx.Rows) error {
	var (
		oid                                uint32
		kind, volatile, parallel, language string
	)
	fr := &funcRow{f: &model.Function{}}
	f := fr.f
	if err := rows.Scan(&oid, &f.Schema, &f.Name, &kind, &fr.argTypes, &fr.modes, &fr.names, &fr.nDefaults, &fr.defaults,
		&fr.retType, &fr.retSet, &language, &volatile, &f.Strict, &f.SecurityDefiner, &f.Leakproof,
		&parallel, &f.Config, &fr.src, &fr.def); err != nil {
		return fmt.Errorf("functions: %w", err)
	}
	f.Procedure = kind == "p"
	f.Language = language
	f.Volatility = map[string]string{"i": "immutable", "s": "stable", "v": "volatile"}[volatile]
	f.Parallel = map[string]string{"s": "safe", "r": "restricted", "u": "unsafe"}[parallel]
	r.funcRows = append(r.funcRows, fr)
	return nil
}

// attachFunctions decodes the functions read.
func (r *reader) attachFunctions() error {
	for _, fr := range r.funcRows {
		if err := r.decodeFunction(fr); err != nil {
			return fmt.Errorf("introspect: %s %s: %w", fr.f.Kind(), qname(fr.f.Schema, fr.f.Name), err)
		}
		r.s.Functions = append(r.s.Functions, fr.f)
	}
	sortByName(r.s.Functions, func(f *model.Function) model.QName { return model.QName{Schema: f.Schema, Name: f.Name} })
	return nil
}

var argModes = map[string]string{"i": "", "o": "OUT", "b": "INOUT", "v": "VARIADIC", "t": "TABLE"}

func (r *reader) decodeFunction(fr *funcRow) error {
	f := fr.f
	typeOf := func(oid uint32) (model.Type, error) {
		d := decodeType(r.types, typeKey{oid, -1}, nil)
		// Without a typmod format_type quotes "bit", since a bare bit
		// means bit(1); a function's argument has no typmod at all.
		if d.typ.Name == `"bit"` {
			d.typ.Name = "bit"
		}
		return d.typ, d.err
	}
	for i, oid := range fr.argTypes {
		t, err := typeOf(oid)
		if err != nil {
			return err
		}
		a := model.FuncArg{Type: t}
		if i < len(fr.modes) {
			a.Mode = argModes[fr.modes[i]]
		}
		if i < len(fr.names) {
			a.Name = fr.names[i]
		}
		f.Args = append(f.Args, a)
	}
	if err := r.argDefaults(fr); err != nil {
		return err
	}
	switch {
	case f.Procedure:
	case model.TableResult(f.Args) != "":
		f.Result = model.TableResult(f.Args)
	default:
		t, err := typeOf(fr.retType)
		if err != nil {
			return err
		}
		f.Result = t.String()
		if fr.retSet {
			f.Result = "SETOF " + f.Result
		}
	}
	f.SortConfig()
	if fr.def == nil {
		f.Source = fr.src
		f.Body = normalize.FunctionBody(f.Language, fr.src)
		return nil
	}
	tree, err := pgast.Parse(*fr.def)
	if err != nil {
		return fmt.Errorf("definition: %w", err)
	}
	var body *pg_query.Node
	if len(tree.Stmts) == 1 {
		body = tree.Stmts[0].GetStmt().GetCreateFunctionStmt().GetSqlBody()
	}
	if f.Body, err = normalize.SQLBody(body); err != nil {
		return fmt.Errorf("body: %w", err)
	}
	f.Source = f.Body
	return nil
}

// argDefaults puts the defaults (a comma-separated list as pg_get_expr
// prints proargdefaults) on the last input arguments.
func (r *reader) argDefaults(fr *funcRow) error {
	if fr.defaults == nil || fr.nDefaults == 0 {
		return nil
	}
	tree, err := pgast.Parse("SELECT " + *fr.defaults)
	if err != nil {
		return fmt.Errorf("argument defaults: %w", err)
	}
	targets := tree.Stmts[0].GetStmt().GetSelectStmt().GetTargetList()
	var inputs []int
	for i, a := range fr.f.Args {
		if a.Mode == "" || a.Mode == "INOUT" || a.Mode == "VARIADIC" {
			inputs = append(inputs, i)
		}
	}
	if len(targets) != int(fr.nDefaults) || len(targets) > len(inputs) {
		return fmt.Errorf("argument defaults: %d expressions for %d defaults", len(targets), fr.nDefaults)
	}
	inputs = inputs[len(inputs)-len(targets):]
	for k, i := range inputs {
		a := &fr.f.Args[i]
		if a.Default, _, err = normalize.DefaultNode(targets[k].GetResTarget().GetVal(), a.Type); err != nil {
			return fmt.Errorf("default of argument %s: %w", a.Name, err)
		}
	}
	return nil
}

func (r *reader) trigger(rows pgx.Rows) error {
	var (
		tgtype         int16
		nargs          int16
		args           []byte
		fnNsp, fnName  string
		constraint     bool
		triggerdef     *string
		deferrable, id bool
	)
	t := &model.Trigger{}
	if err := rows.Scan(&t.Schema, &t.Table, &t.Name, &tgtype, &t.Enabled, &t.Columns, &nargs, &args, &fnNsp, &fnName,
		&constraint, &deferrable, &id, &triggerdef); err != nil {
		return fmt.Errorf("triggers: %w", err)
	}
	t.Constraint, t.Deferrable, t.InitiallyDeferred = constraint, deferrable, id
	t.Function = model.QName{Schema: fnNsp, Name: fnName}
	t.SetType(int32(tgtype))
	if len(t.Columns) == 0 {
		t.Columns = nil
	}
	// tgargs holds each argument followed by a NUL byte.
	for _, a := range bytes.SplitAfterN(args, []byte{0}, int(nargs)) {
		if len(t.Args) < int(nargs) {
			t.Args = append(t.Args, strings.TrimSuffix(string(a), "\x00"))
		}
	}
	if triggerdef != nil {
		w, err := triggerWhen(*triggerdef)
		if err != nil {
			return fmt.Errorf("trigger %s on %s: %w", t.Name, qname(t.Schema, t.Table), err)
		}
		t.When = w
	}
	r.triggers = append(r.triggers, t)
	return nil
}

// triggerWhen reads the WHEN condition off pg_get_triggerdef's text.
func triggerWhen(def string) (string, error) {
	tree, err := pgast.Parse(def)
	if err != nil {
		return "", fmt.Errorf("definition: %w", err)
	}
	if len(tree.Stmts) != 1 || tree.Stmts[0].GetStmt().GetCreateTrigStmt() == nil {
		return "", fmt.Errorf("definition: not a CREATE TRIGGER: %q", def)
	}
	return normalize.ExprNode(tree.Stmts[0].GetStmt().GetCreateTrigStmt().GetWhenClause())
}

// attachTriggers lists the triggers read, in name order.
func (r *reader) attachTriggers() {
	r.s.Triggers = slices.Clone(r.triggers)
	slices.SortFunc(r.s.Triggers, func(a, b *model.Trigger) int {
		return strings.Compare(a.Schema+"\x00"+a.Table+"\x00"+a.Name, b.Schema+"\x00"+b.Table+"\x00"+b.Name)
	})
}

// routineQueries adapts the functions and triggers queries to a server
// older than the columns they read.
func routineQueries(major int) (string, string) {
	fn, tr := functionsSQL, triggersSQL
	if major != 0 && major < 14 {
		// prosqlbody arrived in 14.
		fn = strings.Replace(fn, "p.prosqlbody IS NOT NULL", "false", 1)
	}
	if major != 0 && major < 13 {
		// tgparentid arrived in 13; before, partitions' clones were internal.
		tr = strings.Replace(tr, "t.tgparentid = 0", "true", 1)
	}
	return fn, tr
}
