package plan

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestCreateFunctionSQL(t *testing.T) {
	integer := model.Type{Name: "integer"}
	for _, tc := range []struct {
		name string
		f    model.Function
		want string
	}{
		{"plpgsql with options", model.Function{
			Schema: "audit", Name: "log", Result: "trigger", Language: "plpgsql", Volatility: "volatile", Parallel: "unsafe",
			SecurityDefiner: true, Config: []string{"search_path=audit, pg_temp", "work_mem=8MB"},
			Source: "BEGIN RETURN NEW; END",
		}, "CREATE OR REPLACE FUNCTION audit.log()\n    RETURNS trigger\n    LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER" +
			"\n    SET search_path = audit, pg_temp\n    SET work_mem = '8MB'\nAS $function$BEGIN RETURN NEW; END$function$"},
		{"SQL-standard body", model.Function{
			Schema: "public", Name: "add", Args: []model.FuncArg{{Name: "a", Type: integer}, {Name: "b", Type: integer, Default: "1"}},
			Result: "integer", Language: "sql", Volatility: "immutable", Strict: true, Leakproof: true, Parallel: "safe", Source: "RETURN a + b",
		}, "CREATE OR REPLACE FUNCTION public.add(a integer, b integer DEFAULT 1)\n    RETURNS integer\n    LANGUAGE sql IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE\nRETURN a + b"},
		{"procedure, a body holding the tag", model.Function{
			Schema: "public", Name: "p", Procedure: true, Args: []model.FuncArg{{Mode: "INOUT", Name: "x", Type: integer}},
			Language: "sql", Volatility: "volatile", Parallel: "unsafe", Source: "SELECT '$function$'",
		}, "CREATE OR REPLACE PROCEDURE public.p(INOUT x integer)\n    LANGUAGE sql\nAS $function_$SELECT '$function$'$function_$"},
		{"C function", model.Function{Schema: "public", Name: "c", Language: "c", Source: "sym"}, ""},
	} {
		require.Equal(t, tc.want, createFunctionSQL(&tc.f), tc.name)
	}
}

func TestCreateTriggerSQL(t *testing.T) {
	tr := &model.Trigger{
		Schema: "public", Table: "account", Name: "touch", Timing: "BEFORE", Events: []string{"INSERT", "UPDATE"},
		Columns: []string{"status"}, ForEachRow: true, When: "old.status IS DISTINCT FROM new.status",
		Function: model.QName{Schema: "public", Name: "touch"}, Args: []string{"it's"}, Enabled: "D",
	}
	require.Equal(t, "CREATE OR REPLACE TRIGGER touch BEFORE INSERT OR UPDATE OF status ON public.account\n"+
		"    FOR EACH ROW WHEN (old.status IS DISTINCT FROM new.status) EXECUTE FUNCTION public.touch('it''s')", createTriggerSQL(tr, true))
	require.Equal(t, "ALTER TABLE public.account DISABLE TRIGGER touch", enableTriggerSQL(tr))
	ct := &model.Trigger{Schema: "s", Table: "t", Name: "c", Timing: "AFTER", Events: []string{"DELETE"}, Constraint: true,
		Deferrable: true, Function: model.QName{Schema: "s", Name: "f"}}
	require.Equal(t, "CREATE CONSTRAINT TRIGGER c AFTER DELETE ON s.t DEFERRABLE INITIALLY IMMEDIATE\n    FOR EACH STATEMENT EXECUTE FUNCTION s.f()",
		createTriggerSQL(ct, false))
}
