package sqlparse

import (
	"slices"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// trigState is one trigger of the replay. The catalog holds a trigger's
// table, columns and function by oid, so renames of any of them carry the
// trigger along: the replay keeps pointers and names them at the end.
type trigState struct {
	t    *model.Trigger
	rel  *relation
	cols []*model.Column
	fn   *model.Function // nil when the function is not one of the scripts'
	// when is the WHEN condition as parsed, whenCols the columns it names
	// with the names they had then, to follow later column renames.
	when     *pg_query.Node
	whenCols map[*model.Column]string
}

// createTrigger replays CREATE [OR REPLACE] [CONSTRAINT] TRIGGER.
func (r *replayer) createTrigger(c *stmtCtx, st *pg_query.CreateTrigStmt) error {
	rel, q, err := r.lookupRange(c, st.Relation, false)
	if err != nil {
		return err
	}
	if rel.kind != relTable && rel.kind != relView {
		return c.errorf(st.Relation.Location, "%q is not a table or view", q.Name)
	}
	t := &model.Trigger{
		Name: ident(st.Trigname), Constraint: st.Isconstraint, Deferrable: st.Deferrable,
		InitiallyDeferred: st.Initdeferred, Enabled: "O", Pos: c.stmtPos(),
	}
	row := int32(0)
	if st.Row {
		row = model.TriggerRow
	}
	t.SetType(st.Timing | st.Events | row)
	for _, a := range st.Args {
		t.Args = append(t.Args, a.GetString_().GetSval())
	}
	ts := &trigState{t: t, rel: rel}
	for _, n := range st.Columns {
		if rel.kind != relTable {
			break
		}
		col, err := r.column(c, rel.table, n.GetString_().GetSval(), st.Relation.Location)
		if err != nil {
			return err
		}
		ts.cols = append(ts.cols, col)
	}
	if st.WhenClause != nil {
		if t.When, err = normalize.ExprNode(st.WhenClause); err != nil {
			return c.errorf(-1, "WHEN of trigger %s: %v", t.Name, err)
		}
		ts.when, ts.whenCols = st.WhenClause, map[*model.Column]string{}
		for _, name := range normalize.ColumnRefs(st.WhenClause) {
			if col, ok := r.whenColumn(rel, name); ok {
				ts.whenCols[col] = col.Name
			}
		}
	}
	names := stringList(st.Funcname)
	ts.fn = r.lookupFunction(c, &pg_query.ObjectWithArgs{Objname: st.Funcname})
	if ts.fn == nil {
		t.Function = r.otherTriggerFunction(c, names)
	}
	if i := r.triggerIndex(rel, t.Name); i >= 0 {
		if !st.Replace || st.Isconstraint {
			return c.errorf(-1, "trigger %q for relation %q already exists", t.Name, q.Name)
		}
		r.routines.triggers[i] = ts
		return nil
	}
	r.routines.triggers = append(r.routines.triggers, ts)
	return nil
}

func (r *replayer) triggerIndex(rel *relation, name string) int {
	return slices.IndexFunc(r.routines.triggers, func(ts *trigState) bool { return ts.rel == rel && ts.t.Name == name })
}

// dropTrigger replays DROP TRIGGER name ON table.
func (r *replayer) dropTrigger(c *stmtCtx, names []string, missingOK bool) error {
	if len(names) < 2 {
		return c.errorf(-1, "improper trigger name")
	}
	schema, table := splitName(names[:len(names)-1])
	rel, q := r.lookupRel(schema, table)
	if rel == nil {
		if missingOK {
			return nil
		}
		return c.errorf(-1, "relation %q does not exist", displayName(q))
	}
	i := r.triggerIndex(rel, ident(names[len(names)-1]))
	if i < 0 {
		if missingOK {
			return nil
		}
		return c.errorf(-1, "trigger %q for table %q does not exist", names[len(names)-1], q.Name)
	}
	r.routines.triggers = slices.Delete(r.routines.triggers, i, i+1)
	return nil
}

// renameTrigger replays ALTER TRIGGER name ON table RENAME TO new.
func (r *replayer) renameTrigger(c *stmtCtx, st *pg_query.RenameStmt) error {
	rel, q, err := r.lookupRange(c, st.Relation, false)
	if err != nil {
		return err
	}
	i := r.triggerIndex(rel, ident(st.Subname))
	if i < 0 {
		return c.errorf(-1, "trigger %q for table %q does not exist", ident(st.Subname), q.Name)
	}
	if r.triggerIndex(rel, ident(st.Newname)) >= 0 {
		return c.errorf(-1, "trigger %q for relation %q already exists", ident(st.Newname), q.Name)
	}
	r.routines.triggers[i].t.Name = ident(st.Newname)
	return nil
}

// enableTrigger replays ALTER TABLE ... ENABLE [REPLICA | ALWAYS] TRIGGER
// and DISABLE TRIGGER, for one trigger, ALL or USER (the same triggers
// here: the internal ones of foreign keys are not modelled).
func (r *replayer) enableTrigger(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd) error {
	state := map[pg_query.AlterTableType]string{
		pg_query.AlterTableType_AT_EnableTrig: "O", pg_query.AlterTableType_AT_EnableAlwaysTrig: "A",
		pg_query.AlterTableType_AT_EnableReplicaTrig: "R", pg_query.AlterTableType_AT_DisableTrig: "D",
		pg_query.AlterTableType_AT_EnableTrigAll: "O", pg_query.AlterTableType_AT_DisableTrigAll: "D",
		pg_query.AlterTableType_AT_EnableTrigUser: "O", pg_query.AlterTableType_AT_DisableTrigUser: "D",
	}[cmd.Subtype]
	one := cmd.Subtype == pg_query.AlterTableType_AT_EnableTrig || cmd.Subtype == pg_query.AlterTableType_AT_EnableAlwaysTrig ||
		cmd.Subtype == pg_query.AlterTableType_AT_EnableReplicaTrig || cmd.Subtype == pg_query.AlterTableType_AT_DisableTrig
	found := false
	for _, ts := range r.routines.triggers {
		if ts.rel.kind != relTable || ts.rel.table != t || (one && ts.t.Name != ident(cmd.Name)) {
			continue
		}
		ts.t.Enabled, found = state, true
	}
	if one && !found {
		return c.errorf(-1, "trigger %q for table %q does not exist", ident(cmd.Name), t.Name)
	}
	return nil
}

// isTriggerCmd reports an ALTER TABLE subcommand that enables or disables triggers.
func isTriggerCmd(t pg_query.AlterTableType) bool {
	return t >= pg_query.AlterTableType_AT_EnableTrig && t <= pg_query.AlterTableType_AT_DisableTrigUser
}

// finishTriggers lists the triggers of the relations and functions that
// still exist, under their final names. Triggers of partitions and
// temporary tables are left out, as those tables are.
func (r *replayer) finishTriggers() {
	live := make(map[*relation]bool, len(r.rels))
	for _, rel := range r.rels {
		live[rel] = true
	}
	for _, ts := range r.routines.triggers {
		t := ts.t
		switch {
		case !live[ts.rel]:
			continue
		case ts.rel.kind == relTable:
			if r.tables[ts.rel.table].hidden {
				continue
			}
			t.Schema, t.Table = ts.rel.table.Schema, ts.rel.table.Name
		case ts.rel.kind == relView:
			if ts.rel.view.Schema == "pg_temp" {
				continue
			}
			t.Schema, t.Table = ts.rel.view.Schema, ts.rel.view.Name
		default:
			continue
		}
		if ts.fn != nil {
			if !slices.Contains(r.s.Functions, ts.fn) {
				continue // dropped with CASCADE
			}
			t.Function = model.QName{Schema: ts.fn.Schema, Name: ts.fn.Name}
		}
		r.renameWhen(ts)
		t.Columns = nil
		for _, col := range ts.cols {
			if ts.rel.table.ColumnIndex(col.Name) >= 0 {
				t.Columns = append(t.Columns, col.Name)
			}
		}
		r.s.Triggers = append(r.s.Triggers, t)
	}
}

// renameWhen normalizes a WHEN condition again when columns it names were
// renamed after the trigger was created.
func (r *replayer) renameWhen(ts *trigState) {
	n, renamed := ts.when, false
	for col, old := range ts.whenCols {
		if col.Name != old {
			n, _ = normalize.RenameColumnRefs(n, old, col.Name)
			renamed = true
		}
	}
	if !renamed {
		return
	}
	if w, err := normalize.ExprNode(n); err == nil {
		ts.t.When = w
	}
}

// whenColumn finds a column a WHEN condition names; a view's columns are
// not modelled.
func (r *replayer) whenColumn(rel *relation, name string) (*model.Column, bool) {
	if rel.kind != relTable {
		return nil, false
	}
	return rel.table.Column(name)
}

// builtinTriggerFunctions are the trigger functions PostgreSQL itself has,
// in pg_catalog, which every search_path searches first.
var builtinTriggerFunctions = map[string]bool{
	"tsvector_update_trigger": true, "tsvector_update_trigger_column": true,
	"suppress_redundant_updates_trigger": true,
}

// otherTriggerFunction names a trigger function the scripts did not
// create: a built-in one, or one an extension installed, most likely in
// the schema new objects go to.
func (r *replayer) otherTriggerFunction(c *stmtCtx, names []string) model.QName {
	schema, name := splitName(names)
	switch {
	case schema != "":
	case builtinTriggerFunctions[name]:
		schema = "pg_catalog"
	default:
		var err error
		if schema, err = r.creationSchema(c, "", -1); err != nil {
			schema = "public"
		}
	}
	return model.QName{Schema: schema, Name: name}
}
