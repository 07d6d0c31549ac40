package introspect

import (
	"fmt"
	"sort"

	"github.com/jackc/pgx/v5"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// policiesSQL reads the row-level security of the model tables: one row
// per table that enables or forces it or has a policy, with one row per
// policy. Roles are read by name from pg_roles (pg_authid is for
// superusers only); role 0 is PUBLIC. The expressions are deparsed only
// where a policy has them, with their table, for the column names.
var policiesSQL = `SELECT c.oid, c.relrowsecurity, c.relforcerowsecurity, p.polname, p.polcmd::text, p.polpermissive,
	ARRAY(SELECT CASE WHEN r.oid = 0 THEN '` + model.PolicyPublic + `' ELSE COALESCE(ro.rolname::text, r.oid::text) END
		FROM unnest(p.polroles) r(oid) LEFT JOIN pg_catalog.pg_roles ro ON ro.oid = r.oid),
	CASE WHEN p.polqual IS NOT NULL THEN pg_catalog.pg_get_expr(p.polqual, p.polrelid) END,
	CASE WHEN p.polwithcheck IS NOT NULL THEN pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) END,
	p.polqual IS NOT NULL, p.polwithcheck IS NOT NULL
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_policy p ON p.polrelid = c.oid
WHERE ` + modelTable("c", "n") + ` AND (c.relrowsecurity OR c.relforcerowsecurity OR p.oid IS NOT NULL)
ORDER BY c.oid, p.polname`

// securityRow is one row of policiesSQL, kept until the tables are known:
// the expressions are normalized with their table's name (see
// normalize.TableExpr).
type securityRow struct {
	rel             uint32
	enabled, forced bool
	policy          *model.Policy
	using, check    *string
}

// policyCommands maps pg_policy.polcmd to the command CREATE POLICY names.
var policyCommands = map[string]string{"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}

func (r *reader) policy(rows pgx.Rows) error {
	var (
		row                securityRow
		name, cmd          *string
		permissive         *bool
		roles              []string
		hasUsing, hasCheck bool
	)
	if err := rows.Scan(&row.rel, &row.enabled, &row.forced, &name, &cmd, &permissive, &roles,
		&row.using, &row.check, &hasUsing, &hasCheck); err != nil {
		return fmt.Errorf("policies: %w", err)
	}
	if name != nil {
		// An expression the catalog has but could not deparse belongs
		// to a table dropped during the read.
		if (hasUsing && row.using == nil) || (hasCheck && row.check == nil) {
			return fmt.Errorf("policy %s: %w", model.QuoteIdent(*name), errCatalogChanged)
		}
		cmdName := ""
		if cmd != nil {
			cmdName = policyCommands[*cmd]
		}
		row.policy = &model.Policy{Name: *name, Command: cmdName, Restrictive: permissive != nil && !*permissive}
		row.policy.SetRoles(roles)
	}
	r.security = append(r.security, row)
	return nil
}

// attachSecurity puts the row-level security rows on their tables, the
// policies in name order.
func (r *reader) attachSecurity() error {
	for _, row := range r.security {
		t := r.byOID[row.rel]
		if t == nil {
			continue
		}
		t.RowSecurity.Enabled, t.RowSecurity.Forced = row.enabled, row.forced
		p := row.policy
		if p == nil {
			continue
		}
		for _, e := range []struct {
			what string
			in   *string
			out  *string
		}{{"USING", row.using, &p.Using}, {"WITH CHECK", row.check, &p.Check}} {
			if e.in == nil {
				continue
			}
			norm, err := normalize.TableExpr(*e.in, t.Schema, t.Name, r.columnsOf)
			if err != nil {
				return fmt.Errorf("introspect: policy %s on %s %s: %w", model.QuoteIdent(p.Name), qname(t.Schema, t.Name), e.what, err)
			}
			*e.out = norm
		}
		t.RowSecurity.Policies = append(t.RowSecurity.Policies, p)
	}
	// In Go's byte order, as every other source lists names, not the
	// database collation's.
	for _, t := range r.byOID {
		ps := t.RowSecurity.Policies
		sort.Slice(ps, func(i, j int) bool { return ps[i].Name < ps[j].Name })
	}
	return nil
}

// columnsOf names the columns of a table read, for resolving the column
// references of a policy's subqueries. An unqualified name is one the
// read's search_path (public) shows unqualified.
func (r *reader) columnsOf(schema, name string) ([]string, bool) {
	if schema == "" {
		schema = "public"
	}
	t, ok := r.s.Table(schema, name)
	if !ok {
		return nil, false
	}
	return t.ColumnNames(), true
}
