package sqlparse

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// routineState is what the replay keeps about functions and triggers
// beyond the model (AreaRoutines).
type routineState struct {
	// triggers are resolved to the final names of their tables, columns
	// and functions at the end, since those may be renamed later.
	triggers []*trigState
}

// createFunction replays CREATE [OR REPLACE] FUNCTION | PROCEDURE.
func (r *replayer) createFunction(c *stmtCtx, st *pg_query.CreateFunctionStmt) error {
	schema, name := splitName(stringList(st.Funcname))
	schema, err := r.creationSchema(c, schema, -1)
	if err != nil {
		return err
	}
	f := &model.Function{
		Schema: schema, Name: name, Procedure: st.IsProcedure,
		Volatility: "volatile", Parallel: "unsafe", Pos: c.stmtPos(),
	}
	for _, p := range st.Parameters {
		fp := p.GetFunctionParameter()
		if fp == nil {
			continue
		}
		a, err := r.funcArg(c, fp)
		if err != nil {
			return err
		}
		f.Args = append(f.Args, a)
	}
	if err := r.funcResult(c, f, st.ReturnType); err != nil {
		return err
	}
	var src []string
	for _, o := range st.Options {
		d := o.GetDefElem()
		switch d.GetDefname() {
		case "language":
			f.Language = strings.ToLower(d.GetArg().GetString_().GetSval())
		case "as":
			for _, s := range d.GetArg().GetList().GetItems() {
				src = append(src, s.GetString_().GetSval())
			}
		case "window":
			// Window functions are read neither here nor from the catalog.
			return nil
		default:
			r.funcOption(c, f, d)
		}
	}
	if err := r.funcBody(c, f, st.SqlBody, src); err != nil {
		return err
	}
	f.SortConfig()
	if old, ok := r.s.Function(f.Schema, f.Name, f.IdentityArgs()); ok {
		if !st.Replace {
			return c.errorf(-1, "%s %s already exists with same argument types", f.Kind(), old.Identity())
		}
		*old = *f
		return nil
	}
	r.s.Functions = append(r.s.Functions, f)
	r.s.AddNamespace(schema)
	return nil
}

// funcArg converts one parameter. Argument types lose their modifiers, as
// in PostgreSQL's catalog.
func (r *replayer) funcArg(c *stmtCtx, fp *pg_query.FunctionParameter) (model.FuncArg, error) {
	a := model.FuncArg{Name: ident(fp.Name)}
	switch fp.Mode {
	case pg_query.FunctionParameterMode_FUNC_PARAM_OUT:
		a.Mode = "OUT"
	case pg_query.FunctionParameterMode_FUNC_PARAM_INOUT:
		a.Mode = "INOUT"
	case pg_query.FunctionParameterMode_FUNC_PARAM_VARIADIC:
		a.Mode = "VARIADIC"
	case pg_query.FunctionParameterMode_FUNC_PARAM_TABLE:
		a.Mode = "TABLE"
	}
	t, err := r.funcType(c, fp.ArgType)
	if err != nil {
		return a, err
	}
	a.Type = t
	if fp.Defexpr != nil {
		if a.Default, _, err = normalize.DefaultNode(fp.Defexpr, t); err != nil {
			return a, c.errorf(-1, "default of argument %s: %v", cmpOr(a.Name, "?"), err)
		}
	}
	return a, nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// funcType resolves an argument or result type, %TYPE references to a
// column included, without modifiers.
func (r *replayer) funcType(c *stmtCtx, tn *pg_query.TypeName) (model.Type, error) {
	if tn == nil {
		return model.Type{}, c.errorf(-1, "function argument without a type")
	}
	if tn.PctType {
		names := stringList(tn.Names)
		if len(names) < 2 {
			return model.Type{}, c.errorf(tn.Location, "improper %%TYPE reference")
		}
		schema, _ := splitName(names[:len(names)-1])
		rel, _ := r.lookupRel(schema, names[len(names)-2])
		if rel == nil || rel.kind != relTable {
			return model.Type{}, c.errorf(tn.Location, "relation %q does not exist", names[len(names)-2])
		}
		col, ok := rel.table.Column(names[len(names)-1])
		if !ok {
			return model.Type{}, c.errorf(tn.Location, "column %q of relation %q does not exist", names[len(names)-1], rel.table.Name)
		}
		t := col.Type
		t.Mods, t.Fields = nil, ""
		if len(tn.ArrayBounds) > 0 {
			t.Array = true
		}
		return t, nil
	}
	t, _, err := r.typeName(tn)
	if err != nil {
		return t, c.errorf(tn.Location, "%v", err)
	}
	t.Mods, t.Fields = nil, ""
	return t, nil
}

// funcResult sets Result as pg_get_function_result prints it.
func (r *replayer) funcResult(c *stmtCtx, f *model.Function, rt *pg_query.TypeName) error {
	if f.Procedure {
		return nil
	}
	if tr := model.TableResult(f.Args); tr != "" {
		f.Result = tr
		return nil
	}
	if rt == nil {
		// The OUT parameters decide: one names the type, several make a record.
		var outs []model.FuncArg
		for _, a := range f.Args {
			if a.Mode == "OUT" || a.Mode == "INOUT" {
				outs = append(outs, a)
			}
		}
		f.Result = "record"
		if len(outs) == 1 {
			f.Result = outs[0].Type.String()
		}
		return nil
	}
	t, err := r.funcType(c, rt)
	if err != nil {
		return err
	}
	f.Result = t.String()
	if rt.Setof {
		f.Result = "SETOF " + f.Result
	}
	return nil
}

// funcOption applies one option of CREATE or ALTER FUNCTION that is compared.
func (r *replayer) funcOption(c *stmtCtx, f *model.Function, d *pg_query.DefElem) {
	switch d.GetDefname() {
	case "volatility":
		f.Volatility = strings.ToLower(d.GetArg().GetString_().GetSval())
	case "strict":
		f.Strict = defBool(d)
	case "security":
		f.SecurityDefiner = defBool(d)
	case "leakproof":
		f.Leakproof = defBool(d)
	case "parallel":
		f.Parallel = strings.ToLower(d.GetArg().GetString_().GetSval())
	case "set":
		r.funcSet(c, f, d.GetArg().GetVariableSetStmt())
	}
}

// defBool reads a boolean option; a bare option (STRICT) is true.
func defBool(d *pg_query.DefElem) bool {
	if d.GetArg() == nil {
		return true
	}
	if b := d.GetArg().GetBoolean(); b != nil {
		return b.Boolval
	}
	return d.GetArg().GetInteger().GetIval() != 0
}

// listQuoted are the settings whose list values PostgreSQL stores with
// quote_ident applied (GUC_LIST_QUOTE).
var listQuoted = map[string]bool{
	"search_path": true, "temp_tablespaces": true, "session_preload_libraries": true,
	"shared_preload_libraries": true, "local_preload_libraries": true,
}

// funcSet applies SET name = value / RESET name / RESET ALL to a function's
// proconfig, in the form the catalog stores it.
func (r *replayer) funcSet(c *stmtCtx, f *model.Function, v *pg_query.VariableSetStmt) {
	if v == nil {
		return
	}
	name := strings.ToLower(v.Name)
	drop := func() {
		f.Config = slices.DeleteFunc(f.Config, func(s string) bool { return strings.HasPrefix(s, name+"=") })
	}
	switch v.Kind {
	case pg_query.VariableSetKind_VAR_RESET_ALL:
		f.Config = nil
	case pg_query.VariableSetKind_VAR_RESET, pg_query.VariableSetKind_VAR_SET_DEFAULT:
		drop()
	case pg_query.VariableSetKind_VAR_SET_VALUE:
		vals := make([]string, 0, len(v.Args))
		for _, a := range v.Args {
			vals = append(vals, setValue(name, a))
		}
		drop()
		f.Config = append(f.Config, name+"="+strings.Join(vals, ", "))
	case pg_query.VariableSetKind_VAR_SET_CURRENT:
		r.warn(c.stmtPos(), "%s %s: SET %s FROM CURRENT takes the session's value, which the scripts do not say; not compared",
			f.Kind(), f.Name, name)
	}
	slices.Sort(f.Config)
}

// setValue renders one value of a SET list as flatten_set_variable_args does.
func setValue(name string, n *pg_query.Node) string {
	ac := n.GetAConst()
	if ac == nil {
		if tc := n.GetTypeCast(); tc != nil {
			ac = tc.GetArg().GetAConst()
		}
	}
	switch {
	case ac == nil:
		return ""
	case ac.GetIval() != nil:
		return strconv.Itoa(int(ac.GetIval().Ival))
	case ac.GetFval() != nil:
		return ac.GetFval().Fval
	case ac.GetBoolval() != nil:
		return strconv.FormatBool(ac.GetBoolval().Boolval)
	}
	s := ac.GetSval().GetSval()
	if listQuoted[name] {
		return model.QuoteIdent(s)
	}
	return s
}

// funcBody normalizes the body: an SQL-standard body through the parser,
// a string body by its language.
func (r *replayer) funcBody(c *stmtCtx, f *model.Function, sqlBody *pg_query.Node, src []string) error {
	if sqlBody != nil {
		if f.Language == "" {
			f.Language = "sql"
		}
		b, err := normalize.SQLBody(sqlBody)
		if err != nil {
			return c.errorf(-1, "body of %s %s: %v", f.Kind(), f.Name, err)
		}
		f.Body, f.Source = b, b
		return nil
	}
	if len(src) == 0 {
		return c.errorf(-1, "no function body specified")
	}
	// AS 'library', 'symbol' (LANGUAGE c): prosrc is the symbol.
	f.Source = src[len(src)-1]
	f.Body = normalize.FunctionBody(f.Language, f.Source)
	return nil
}

// lookupFunction finds the function an ALTER, DROP or trigger names. With
// no argument list the name must be unique in the schema it resolves to.
func (r *replayer) lookupFunction(c *stmtCtx, owa *pg_query.ObjectWithArgs) *model.Function {
	if owa == nil {
		return nil
	}
	schema, name := splitName(stringList(owa.Objname))
	var args string
	if !owa.ArgsUnspecified {
		parts := make([]string, 0, len(owa.Objargs))
		for _, a := range owa.Objargs {
			t, err := r.funcType(c, a.GetTypeName())
			if err != nil {
				return nil
			}
			parts = append(parts, t.String())
		}
		args = strings.Join(parts, ", ")
	}
	path := r.searchPath
	if schema != "" {
		path = []string{schema}
	}
	for _, s := range path {
		for _, f := range r.s.Functions {
			if f.Schema == s && f.Name == name && (owa.ArgsUnspecified || f.IdentityArgs() == args) {
				return f
			}
		}
	}
	return nil
}

func functionWord(t pg_query.ObjectType) string {
	switch t {
	case pg_query.ObjectType_OBJECT_PROCEDURE:
		return "procedure"
	case pg_query.ObjectType_OBJECT_ROUTINE:
		return "routine"
	}
	return "function"
}

func owaName(owa *pg_query.ObjectWithArgs) string {
	return strings.Join(stringList(owa.GetObjname()), ".")
}

// alterFunction replays ALTER FUNCTION | PROCEDURE | ROUTINE ... actions.
func (r *replayer) alterFunction(c *stmtCtx, st *pg_query.AlterFunctionStmt) error {
	f := r.lookupFunction(c, st.Func)
	if f == nil {
		return c.errorf(-1, "%s %s does not exist", functionWord(st.Objtype), owaName(st.Func))
	}
	for _, a := range st.Actions {
		r.funcOption(c, f, a.GetDefElem())
	}
	return nil
}

// dropFunction replays DROP FUNCTION | PROCEDURE | ROUTINE for one object.
func (r *replayer) dropFunction(c *stmtCtx, typ pg_query.ObjectType, owa *pg_query.ObjectWithArgs, missingOK bool) error {
	f := r.lookupFunction(c, owa)
	if f == nil {
		if missingOK {
			return nil
		}
		return c.errorf(-1, "%s %s does not exist", functionWord(typ), owaName(owa))
	}
	r.s.Functions = slices.DeleteFunc(r.s.Functions, func(x *model.Function) bool { return x == f })
	return nil
}

// renameFunction replays ALTER FUNCTION ... RENAME TO.
func (r *replayer) renameFunction(c *stmtCtx, st *pg_query.RenameStmt) error {
	owa := st.GetObject().GetObjectWithArgs()
	f := r.lookupFunction(c, owa)
	if f == nil {
		return c.errorf(-1, "%s %s does not exist", functionWord(st.RenameType), owaName(owa))
	}
	if _, ok := r.s.Function(f.Schema, ident(st.Newname), f.IdentityArgs()); ok {
		return c.errorf(-1, "%s %s(%s) already exists in schema %q", f.Kind(), ident(st.Newname), f.IdentityArgs(), f.Schema)
	}
	f.Name = ident(st.Newname)
	return nil
}

// setFunctionSchema replays ALTER FUNCTION ... SET SCHEMA.
func (r *replayer) setFunctionSchema(c *stmtCtx, st *pg_query.AlterObjectSchemaStmt) error {
	owa := st.GetObject().GetObjectWithArgs()
	f := r.lookupFunction(c, owa)
	if f == nil {
		if st.MissingOk {
			return nil
		}
		return c.errorf(-1, "%s %s does not exist", functionWord(st.ObjectType), owaName(owa))
	}
	schema := ident(st.Newschema)
	if !r.schemas[schema] {
		return c.errorf(-1, "schema %q does not exist", schema)
	}
	f.Schema = schema
	r.s.AddNamespace(schema)
	return nil
}

// finishRoutines drops the functions of dropped schemas and resolves the
// triggers.
func (r *replayer) finishRoutines() {
	r.s.Functions = slices.DeleteFunc(r.s.Functions, func(f *model.Function) bool { return !r.schemas[f.Schema] })
	r.finishTriggers()
}
