package e2e

import (
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// funcMut is a mutation of the first function pick accepts.
func funcMut(name string, pick func(f *model.Function) bool, stmt func(f *model.Function) string) mutation {
	return mutation{name, func(m *model.Schema) (string, bool) {
		for _, f := range m.Functions {
			if pick(f) {
				return stmt(f), true
			}
		}
		return "", false
	}}
}

// trigMut is a mutation of the first table trigger pick accepts.
func trigMut(name string, pick func(m *model.Schema, t *model.Trigger) bool, stmt func(t *model.Trigger) string) mutation {
	return mutation{name, func(m *model.Schema) (string, bool) {
		for _, t := range m.Triggers {
			if _, ok := m.Table(t.Schema, t.Table); ok && pick(m, t) {
				return stmt(t), true
			}
		}
		return "", false
	}}
}

func funcIdent(f *model.Function) string {
	return id(f.Schema) + "." + id(f.Name) + "(" + f.IdentityArgs() + ")"
}

func trigTable(t *model.Trigger) string { return id(t.Schema) + "." + id(t.Table) }

// routineMutations drift functions and triggers.
func routineMutations() []mutation {
	plainFunc := func(f *model.Function) bool { return !f.Procedure && f.Language != "c" && f.Language != "internal" }
	anyTrigger := func(*model.Schema, *model.Trigger) bool { return true }
	return []mutation{
		funcMut("function-volatility", plainFunc, func(f *model.Function) string {
			if f.Volatility == "volatile" {
				return "ALTER FUNCTION " + funcIdent(f) + " STABLE"
			}
			return "ALTER FUNCTION " + funcIdent(f) + " VOLATILE"
		}),
		funcMut("function-security-definer", plainFunc, func(f *model.Function) string {
			if f.SecurityDefiner {
				return "ALTER FUNCTION " + funcIdent(f) + " SECURITY INVOKER"
			}
			return "ALTER FUNCTION " + funcIdent(f) + " SECURITY DEFINER"
		}),
		funcMut("function-set-option", plainFunc, func(f *model.Function) string {
			return "ALTER FUNCTION " + funcIdent(f) + " SET work_mem = '1MB'"
		}),
		funcMut("drop-function-cascade", func(f *model.Function) bool { return plainFunc(f) && f.Result == "trigger" },
			func(f *model.Function) string { return "DROP FUNCTION " + funcIdent(f) + " CASCADE" }),
		// Every SQL function in turn would be slow; the first of each body
		// form (RETURN, BEGIN ATOMIC, a string) is rebuilt by the plan.
		funcMut("drop-sql-return-function", sqlBody("RETURN "), dropCascade),
		funcMut("drop-sql-atomic-function", sqlBody("BEGIN ATOMIC"), dropCascade),
		funcMut("drop-sql-string-function", func(f *model.Function) bool {
			return f.Language == "sql" && !strings.HasPrefix(f.Source, "RETURN ") && !strings.HasPrefix(f.Source, "BEGIN ATOMIC")
		}, dropCascade),
		funcMut("add-function", func(*model.Function) bool { return true }, func(f *model.Function) string {
			return "CREATE FUNCTION " + id(f.Schema) + ".drift_fn(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x'"
		}),
		trigMut("drop-trigger", anyTrigger, func(t *model.Trigger) string {
			return "DROP TRIGGER " + id(t.Name) + " ON " + trigTable(t)
		}),
		trigMut("disable-trigger", func(_ *model.Schema, t *model.Trigger) bool { return t.Enabled == "O" }, func(t *model.Trigger) string {
			return "ALTER TABLE " + trigTable(t) + " DISABLE TRIGGER " + id(t.Name)
		}),
		trigMut("add-trigger", func(_ *model.Schema, t *model.Trigger) bool { return len(t.Args) == 0 }, func(t *model.Trigger) string {
			return "CREATE TRIGGER drift_trigger AFTER INSERT ON " + trigTable(t) + " FOR EACH ROW EXECUTE FUNCTION " +
				id(t.Function.Schema) + "." + id(t.Function.Name) + "()"
		}),
		trigMut("alter-trigger", func(_ *model.Schema, t *model.Trigger) bool { return !t.Constraint }, func(t *model.Trigger) string {
			return "CREATE OR REPLACE TRIGGER " + id(t.Name) + " AFTER TRUNCATE ON " + trigTable(t) + " FOR EACH STATEMENT EXECUTE FUNCTION " +
				id(t.Function.Schema) + "." + id(t.Function.Name) + "()"
		}),
	}
}

func sqlBody(prefix string) func(f *model.Function) bool {
	return func(f *model.Function) bool { return f.Language == "sql" && strings.HasPrefix(f.Source, prefix) }
}

func dropCascade(f *model.Function) string {
	return "DROP " + strings.ToUpper(f.Kind()) + " " + funcIdent(f) + " CASCADE"
}
