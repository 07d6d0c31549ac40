package sqlparse

import (
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// policyAST keeps the parsed USING and WITH CHECK of a policy, to
// normalize them again after a column of its table is renamed.
type policyAST struct {
	using, check *pg_query.Node
}

// rowSecurity replays ALTER TABLE ... ENABLE / DISABLE / FORCE / NO FORCE
// ROW LEVEL SECURITY and reports whether cmd was one of them.
func rowSecurity(c *stmtCtx, t *model.Table, cmd *pg_query.AlterTableCmd) bool {
	rs := &t.RowSecurity
	switch cmd.Subtype {
	case pg_query.AlterTableType_AT_EnableRowSecurity:
		rs.Enabled = true
	case pg_query.AlterTableType_AT_DisableRowSecurity:
		rs.Enabled = false
	case pg_query.AlterTableType_AT_ForceRowSecurity:
		rs.Forced = true
	case pg_query.AlterTableType_AT_NoForceRowSecurity:
		rs.Forced = false
	default:
		return false
	}
	rs.Pos = c.stmtPos()
	return true
}

// policyRoles turns a TO clause into role names. PUBLIC and an absent
// clause are PUBLIC; CURRENT_USER and the like name the role running the
// script, which the script does not say, so they are kept as a marker
// the comparison pairs with any one role (see model.PolicyCurrentRole).
func policyRoles(nodes []*pg_query.Node) []string {
	out, _ := roleNames(nodes, model.PolicyPublic, model.PolicyCurrentRole)
	if len(out) == 0 {
		out = []string{model.PolicyPublic}
	}
	return out
}

// policyExpr normalizes a USING or WITH CHECK expression of a policy on
// t; nil is none.
func (r *replayer) policyExpr(c *stmtCtx, t *model.Table, n *pg_query.Node, what string) (string, error) {
	if n == nil {
		return "", nil
	}
	e, err := normalize.TableExprNode(n, t.Schema, t.Name, r.columnsOf)
	if err != nil {
		return "", c.errorf(-1, "policy %s: %v", what, err)
	}
	return e, nil
}

// policyTable resolves the table of a policy statement.
func (r *replayer) policyTable(c *stmtCtx, rv *pg_query.RangeVar) (*model.Table, error) {
	t, err := r.lookupTable(c, rv, false)
	if err != nil {
		return nil, err
	}
	if t == nil {
		return nil, c.errorf(-1, "missing relation name")
	}
	return t, nil
}

// createPolicy replays CREATE POLICY.
func (r *replayer) createPolicy(c *stmtCtx, st *pg_query.CreatePolicyStmt) error {
	t, err := r.policyTable(c, st.Table)
	if err != nil {
		return err
	}
	name := ident(st.PolicyName)
	if _, ok := t.RowSecurity.Policy(name); ok {
		return c.errorf(-1, "policy %q for table %q already exists", name, t.Name)
	}
	p := &model.Policy{Name: name, Command: strings.ToUpper(st.CmdName), Restrictive: !st.Permissive, Pos: c.stmtPos()}
	if p.Command == "" {
		p.Command = "ALL"
	}
	p.SetRoles(policyRoles(st.Roles))
	if p.Using, err = r.policyExpr(c, t, st.Qual, "USING"); err != nil {
		return err
	}
	if p.Check, err = r.policyExpr(c, t, st.WithCheck, "WITH CHECK"); err != nil {
		return err
	}
	// PostgreSQL rejects the clauses a command cannot use.
	switch {
	case p.Check != "" && (p.Command == "SELECT" || p.Command == "DELETE"):
		return c.errorf(-1, "WITH CHECK cannot be applied to SELECT or DELETE")
	case p.Using != "" && p.Command == "INSERT":
		return c.errorf(-1, "only WITH CHECK expression allowed for INSERT")
	}
	t.RowSecurity.Policies = append(t.RowSecurity.Policies, p)
	r.policyASTs()[p] = policyAST{using: st.Qual, check: st.WithCheck}
	return nil
}

func (r *replayer) policyASTs() map[*model.Policy]policyAST {
	if r.policies == nil {
		r.policies = map[*model.Policy]policyAST{}
	}
	return r.policies
}

// alterPolicy replays ALTER POLICY ... [TO roles] [USING (...)] [WITH CHECK (...)].
func (r *replayer) alterPolicy(c *stmtCtx, st *pg_query.AlterPolicyStmt) error {
	t, err := r.policyTable(c, st.Table)
	if err != nil {
		return err
	}
	p, ok := t.RowSecurity.Policy(ident(st.PolicyName))
	if !ok {
		return c.errorf(-1, "policy %q for table %q does not exist", ident(st.PolicyName), t.Name)
	}
	ast := r.policyASTs()[p]
	if len(st.Roles) > 0 {
		p.SetRoles(policyRoles(st.Roles))
	}
	if st.Qual != nil {
		if p.Command == "INSERT" {
			return c.errorf(-1, "only WITH CHECK expression allowed for INSERT")
		}
		if p.Using, err = r.policyExpr(c, t, st.Qual, "USING"); err != nil {
			return err
		}
		ast.using = st.Qual
	}
	if st.WithCheck != nil {
		if p.Command == "SELECT" || p.Command == "DELETE" {
			return c.errorf(-1, "WITH CHECK cannot be applied to SELECT or DELETE")
		}
		if p.Check, err = r.policyExpr(c, t, st.WithCheck, "WITH CHECK"); err != nil {
			return err
		}
		ast.check = st.WithCheck
	}
	r.policyASTs()[p] = ast
	return nil
}

// renamePolicy replays ALTER POLICY name ON table RENAME TO new.
func (r *replayer) renamePolicy(c *stmtCtx, st *pg_query.RenameStmt) error {
	t, err := r.policyTable(c, st.Relation)
	if err != nil {
		return err
	}
	old, nw := ident(st.Subname), ident(st.Newname)
	p, ok := t.RowSecurity.Policy(old)
	if !ok {
		return c.errorf(-1, "policy %q for table %q does not exist", old, t.Name)
	}
	if _, dup := t.RowSecurity.Policy(nw); dup {
		return c.errorf(-1, "policy %q for table %q already exists", nw, t.Name)
	}
	p.Name = nw
	return nil
}

// dropPolicy replays DROP POLICY [IF EXISTS] name ON table; the object is
// the table's dotted name followed by the policy's.
func (r *replayer) dropPolicy(c *stmtCtx, names []string, missingOK bool) error {
	if len(names) < 2 {
		return c.errorf(-1, "DROP POLICY needs a policy and a table")
	}
	schema, table := splitName(names[:len(names)-1])
	name := names[len(names)-1]
	rel, q := r.lookupRel(schema, table)
	if rel == nil || rel.kind != relTable {
		if missingOK {
			return nil
		}
		return c.errorf(-1, "relation %q does not exist", displayName(q))
	}
	p, ok := rel.table.RowSecurity.Policy(name)
	if !ok {
		if missingOK {
			return nil
		}
		return c.errorf(-1, "policy %q for table %q does not exist", name, rel.table.Name)
	}
	rel.table.RowSecurity.RemovePolicy(name)
	delete(r.policies, p)
	return nil
}

// renamePolicyColumn follows a column rename into the policies of t, as
// PostgreSQL does: it stores the expressions by column number.
func (r *replayer) renamePolicyColumn(c *stmtCtx, t *model.Table, old, nw string) error {
	for _, p := range t.RowSecurity.Policies {
		ast := r.policies[p]
		for _, e := range []struct {
			n   **pg_query.Node
			out *string
		}{{&ast.using, &p.Using}, {&ast.check, &p.Check}} {
			renamed, changed := normalize.RenameColumnRefs(*e.n, old, nw)
			if !changed {
				continue
			}
			text, err := normalize.TableExprNode(renamed, t.Schema, t.Name, r.columnsOf)
			if err != nil {
				return c.errorf(-1, "%v", err)
			}
			*e.n, *e.out = renamed, text
		}
		r.policies[p] = ast
	}
	return nil
}

// columnsOf names the columns of a table as the replay knows it now, for
// resolving the column references of a policy's subqueries.
func (r *replayer) columnsOf(schema, name string) ([]string, bool) {
	rel, _ := r.lookupRel(schema, name)
	if rel == nil || rel.kind != relTable || r.tables[rel.table].opaque {
		return nil, false
	}
	return rel.table.ColumnNames(), true
}
