package sqlparse

import (
	"slices"
	"sort"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// alterTable replays ALTER TABLE [IF EXISTS] [ONLY] with its subcommands.
func (r *replayer) alterTable(c *stmtCtx, st *pg_query.AlterTableStmt) error {
	r.alterTableOwner(c, st)
	if st.Objtype != pg_query.ObjectType_OBJECT_TABLE {
		// ALTER INDEX / VIEW / SEQUENCE / TYPE: view options and index
		// attachment are modelled (alterOther), the rest is not compared.
		return r.alterOther(c, st)
	}
	rel, _, err := r.lookupRange(c, st.Relation, st.MissingOk)
	if rel == nil || err != nil {
		return err
	}
	if rel.kind != relTable {
		// ALTER TABLE also accepts views and sequences for options and
		// owners; a view's options are modelled.
		return r.alterViewOptions(rel, st)
	}
	var cmds []*pg_query.AlterTableCmd
	for _, n := range st.Cmds {
		if cmd := n.GetAlterTableCmd(); cmd != nil {
			cmds = append(cmds, cmd)
		}
	}
	// PostgreSQL runs the subcommands in passes, not in the order written.
	sort.SliceStable(cmds, func(i, j int) bool { return alterPass(cmds[i]) < alterPass(cmds[j]) })
	for _, cmd := range cmds {
		if err := r.alterTableCmd(c, rel.table, cmd, st.Relation.Location); err != nil {
			return err
		}
	}
	return nil
}

// alterPass is the pass of ALTER TABLE execution a subcommand runs in
// (AT_PASS_* in PostgreSQL's tablecmds.c): drops first, then type
// changes, new columns, constraints, column attributes, defaults.
func alterPass(cmd *pg_query.AlterTableCmd) int {
	switch cmd.Subtype {
	case pg_query.AlterTableType_AT_DropColumn, pg_query.AlterTableType_AT_DropConstraint,
		pg_query.AlterTableType_AT_DropNotNull, pg_query.AlterTableType_AT_DropIdentity,
		pg_query.AlterTableType_AT_DropExpression:
		return 0
	case pg_query.AlterTableType_AT_ColumnDefault:
		if cmd.Def == nil {
			return 0
		}
		return 9
	case pg_query.AlterTableType_AT_AlterColumnType:
		return 1
	case pg_query.AlterTableType_AT_AddColumn:
		return 4
	case pg_query.AlterTableType_AT_AddConstraint:
		return 5
	case pg_query.AlterTableType_AT_SetNotNull:
		return 6
	case pg_query.AlterTableType_AT_AddIdentity:
		return 9
	}
	return 10
}

func (r *replayer) column(c *stmtCtx, t *model.Table, name string, loc int32) (*model.Column, error) {
	col, ok := t.Column(ident(name))
	if !ok {
		return nil, c.errorf(loc, "column %q of relation %q does not exist", ident(name), t.Name)
	}
	return col, nil
}

func (r *replayer) alterTableCmd(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	cascade := cmd.Behavior == pg_query.DropBehavior_DROP_CASCADE
	switch cmd.Subtype {
	case pg_query.AlterTableType_AT_AddColumn:
		return r.alterAddColumn(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_DropColumn:
		return r.dropColumn(c, t, ident(cmd.Name), cmd.MissingOk, cascade, loc)
	case pg_query.AlterTableType_AT_ColumnDefault:
		return r.alterColumnDefault(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_DropNotNull:
		return r.alterDropNotNull(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_SetNotNull:
		col, err := r.column(c, t, cmd.Name, loc)
		if err != nil {
			return err
		}
		col.NotNull = true
		return nil
	case pg_query.AlterTableType_AT_AlterColumnType:
		return r.alterColumnType(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_AddIdentity:
		return r.alterAddIdentity(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_SetIdentity:
		return r.alterSetIdentity(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_DropIdentity:
		return r.alterDropIdentity(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_DropExpression:
		return r.alterDropExpression(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_AddConstraint:
		return r.alterAddConstraint(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_DropConstraint:
		return r.dropConstraint(c, t, ident(cmd.Name), cmd.MissingOk, cascade, loc)
	case pg_query.AlterTableType_AT_AlterConstraint:
		return r.alterDeferrable(c, t, cmd, loc)
	case pg_query.AlterTableType_AT_AttachPartition:
		return r.attachPartition(c, t, cmd.Def.GetPartitionCmd())
	case pg_query.AlterTableType_AT_DetachPartition:
		return r.detachPartition(c, t, cmd.Def.GetPartitionCmd())
	case pg_query.AlterTableType_AT_ValidateConstraint:
		return r.validateConstraint(c, t, ident(cmd.Name), loc)
	case pg_query.AlterTableType_AT_ReplicaIdentity:
		return r.replicaIdentity(c, t, cmd.Def.GetReplicaIdentityStmt(), loc)
	}
	if rowSecurity(c, t, cmd) {
		return nil
	}
	if isTriggerCmd(cmd.Subtype) {
		return r.enableTrigger(c, t, cmd)
	}
	// Storage, statistics and the like are not compared.
	return nil
}

// alterAddColumn replays ADD COLUMN, which reaches every partition.
func (r *replayer) alterAddColumn(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	state := r.tables[t]
	cd := cmd.Def.GetColumnDef()
	if cd == nil {
		return c.errorf(loc, "ADD COLUMN without a column")
	}
	if _, ok := t.Column(ident(cd.Colname)); ok && cmd.MissingOk {
		return nil
	}
	b := r.newBuilder(c, t, state, false, false)
	if err := b.addColumn(cd); err != nil {
		return err
	}
	if err := b.finish(); err != nil {
		return err
	}
	col, _ := t.Column(ident(cd.Colname))
	r.eachPartition(t, func(p *model.Table) {
		if _, ok := p.Column(col.Name); !ok {
			cp := *col
			p.Columns = append(p.Columns, &cp)
		}
	})
	return nil
}

// alterColumnDefault replays ALTER COLUMN SET DEFAULT and DROP DEFAULT.
func (r *replayer) alterColumnDefault(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	col, err := r.column(c, t, cmd.Name, loc)
	if err != nil {
		return err
	}
	if col.Identity != "" {
		return c.errorf(loc, "column %q of relation %q is an identity column", col.Name, t.Name)
	}
	if cmd.Def == nil {
		col.Default, col.AutoIncrement = "", false
		return nil
	}
	def, autoInc, err := normalize.DefaultNode(cmd.Def, col.Type)
	if err != nil {
		return c.errorf(loc, "%v", err)
	}
	col.Default, col.AutoIncrement = def, autoInc
	return nil
}

// alterDropNotNull replays ALTER COLUMN DROP NOT NULL.
func (r *replayer) alterDropNotNull(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	col, err := r.column(c, t, cmd.Name, loc)
	if err != nil {
		return err
	}
	if t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, col.Name) {
		return c.errorf(loc, "column %q is in a primary key", col.Name)
	}
	if col.Identity != "" {
		return c.errorf(loc, "column %q of relation %q is an identity column", col.Name, t.Name)
	}
	col.NotNull = false
	return nil
}

// alterColumnType replays ALTER COLUMN TYPE, which reaches every partition.
func (r *replayer) alterColumnType(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	col, err := r.column(c, t, cmd.Name, loc)
	if err != nil {
		return err
	}
	cd := cmd.Def.GetColumnDef()
	if cd == nil || cd.TypeName == nil {
		return c.errorf(loc, "ALTER COLUMN TYPE without a type")
	}
	typ, serial, err := r.typeName(cd.TypeName)
	if err != nil {
		return c.errorf(cd.TypeName.Location, "%v", err)
	}
	if serial {
		return c.errorf(cd.TypeName.Location, "type %q does not exist", cd.TypeName.Names[len(cd.TypeName.Names)-1].GetString_().GetSval())
	}
	if col.Generated != "" && cmd.Def.GetColumnDef().RawDefault != nil {
		return c.errorf(loc, "cannot specify USING when altering type of generated column")
	}
	col.Type = typ
	retypeIdentity(col)
	if cd.CollClause != nil {
		col.Collation = collationName(cd.CollClause.Collname)
	}
	r.eachPartition(t, func(p *model.Table) {
		if pc, ok := p.Column(col.Name); ok {
			pc.Type, pc.Collation = col.Type, col.Collation
		}
	})
	return nil
}

// alterAddIdentity replays ALTER COLUMN ADD GENERATED ... AS IDENTITY.
func (r *replayer) alterAddIdentity(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	state := r.tables[t]
	col, err := r.column(c, t, cmd.Name, loc)
	if err != nil {
		return err
	}
	switch {
	case col.Identity != "":
		return c.errorf(loc, "column %q of relation %q is already an identity column", col.Name, t.Name)
	case col.Default != "" || col.AutoIncrement:
		return c.errorf(loc, "column %q of relation %q already has a default value", col.Name, t.Name)
	case !col.NotNull:
		return c.errorf(loc, "column %q of relation %q must be declared NOT NULL before identity can be added", col.Name, t.Name)
	}
	con := cmd.Def.GetConstraint()
	if con == nil {
		return c.errorf(loc, "ADD IDENTITY without a definition")
	}
	b := r.newBuilder(c, t, state, false, false)
	if err := b.setIdentity(col, con); err != nil {
		return err
	}
	return b.finish()
}

// alterSetIdentity replays ALTER COLUMN SET GENERATED.
func (r *replayer) alterSetIdentity(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	col, err := r.column(c, t, cmd.Name, loc)
	if err != nil {
		return err
	}
	if col.Identity == "" {
		return c.errorf(loc, "column %q of relation %q is not an identity column", col.Name, t.Name)
	}
	if err := r.alterIdentityOptions(c, col, cmd.Def.GetList().GetItems()); err != nil {
		return err
	}
	for _, o := range cmd.Def.GetList().GetItems() {
		if d := o.GetDefElem(); d != nil && d.Defname == "generated" {
			// ATTRIBUTE_IDENTITY_ALWAYS is 'a'.
			if d.GetArg().GetInteger().GetIval() == 'a' {
				col.Identity = "always"
			} else {
				col.Identity = "by default"
			}
		}
	}
	return nil
}

// alterDropIdentity replays ALTER COLUMN DROP IDENTITY, which drops its sequence.
func (r *replayer) alterDropIdentity(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	state := r.tables[t]
	col, err := r.column(c, t, cmd.Name, loc)
	if err != nil {
		return err
	}
	if col.Identity == "" {
		if cmd.MissingOk {
			return nil
		}
		return c.errorf(loc, "column %q of relation %q is not an identity column", col.Name, t.Name)
	}
	col.Identity, col.AutoIncrement = "", false
	if q, ok := state.seqOf[col]; ok {
		delete(r.rels, q)
		delete(state.seqOf, col)
	}
	return nil
}

// alterDropExpression replays ALTER COLUMN DROP EXPRESSION.
func (r *replayer) alterDropExpression(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	state := r.tables[t]
	col, err := r.column(c, t, cmd.Name, loc)
	if err != nil {
		return err
	}
	if col.Generated == "" {
		if cmd.MissingOk {
			return nil
		}
		return c.errorf(loc, "column %q of relation %q is not a stored generated column", col.Name, t.Name)
	}
	col.Generated = ""
	delete(state.generated, col)
	return nil
}

// alterAddConstraint replays ADD CONSTRAINT.
func (r *replayer) alterAddConstraint(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	state := r.tables[t]
	b := r.newBuilder(c, t, state, false, false)
	if err := b.tableConstraint(cmd.Def.GetConstraint()); err != nil {
		return err
	}
	return b.finish()
}

// alterDeferrable replays ALTER CONSTRAINT, which changes only deferrability.
func (r *replayer) alterDeferrable(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd, loc int32) error {
	con := cmd.Def.GetConstraint()
	if con == nil {
		return nil
	}
	for _, fk := range t.ForeignKeys {
		if fk.Name == ident(con.Conname) {
			fk.Deferrable, fk.InitiallyDeferred = con.Deferrable, con.Deferrable && con.Initdeferred
			return nil
		}
	}
	return c.errorf(loc, "constraint %q of relation %q does not exist", ident(con.Conname), t.Name)
}

// eachPartition calls fn for every partition below t, so that column
// changes reach them as PostgreSQL propagates them.
func (r *replayer) eachPartition(t *model.Table, fn func(*model.Table)) {
	state := r.tables[t]
	if state == nil {
		return
	}
	for _, child := range state.children {
		fn(child)
		r.eachPartition(child, fn)
	}
}

// attachPartition replays ALTER TABLE parent ATTACH PARTITION child.
func (r *replayer) attachPartition(c *stmtCtx, parent *model.Table, pc *pg_query.PartitionCmd) error {
	if pc == nil || pc.Name == nil {
		return c.errorf(-1, "ATTACH PARTITION without a table")
	}
	if parent.PartitionBy == "" {
		return c.errorf(pc.Name.Location, "table %q is not partitioned", parent.Name)
	}
	child, err := r.lookupTable(c, pc.Name, false)
	if err != nil {
		return err
	}
	cs := r.tables[child]
	if cs.parent != nil {
		return c.errorf(pc.Name.Location, "%q is already a partition", child.Name)
	}
	if child == parent {
		return c.errorf(pc.Name.Location, "cannot attach a table as a partition of itself")
	}
	bound, err := normalize.PartitionBound(pc.Bound)
	if err != nil {
		return c.errorf(pc.Name.Location, "%v", err)
	}
	if !cs.hidden {
		r.s.RemoveTable(child.Schema, child.Name)
	}
	r.linkPartition(parent, child, bound, c.stmtPos())
	return nil
}

// detachPartition replays ALTER TABLE parent DETACH PARTITION child: the
// partition becomes a table of its own.
func (r *replayer) detachPartition(c *stmtCtx, parent *model.Table, pc *pg_query.PartitionCmd) error {
	if pc == nil || pc.Name == nil {
		return c.errorf(-1, "DETACH PARTITION without a table")
	}
	child, err := r.lookupTable(c, pc.Name, false)
	if err != nil {
		return err
	}
	cs := r.tables[child]
	if cs.parent != parent {
		return c.errorf(pc.Name.Location, "relation %q is not a partition of relation %q", child.Name, parent.Name)
	}
	r.unlinkPartition(child)
	cs.hidden = false
	r.s.AddTable(child)
	r.s.AddNamespace(child.Schema)
	return nil
}

// unlinkPartition removes child from its parent's partition list.
func (r *replayer) unlinkPartition(child *model.Table) {
	cs := r.tables[child]
	parent := cs.parent
	if parent == nil {
		return
	}
	ps := r.tables[parent]
	for i, x := range ps.children {
		if x == child {
			ps.children = append(ps.children[:i:i], ps.children[i+1:]...)
			break
		}
	}
	for i, p := range parent.Partitions {
		if p.Schema == child.Schema && p.Name == child.Name {
			parent.Partitions = append(parent.Partitions[:i:i], parent.Partitions[i+1:]...)
			break
		}
	}
	cs.parent = nil
}
