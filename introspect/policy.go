package introspect

import (
	"fmt"

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

// securityRow is one row of policiesSQL, kept until the tables are known.
type securityRow struct {
	rel             uint32
	enabled, forced bool
	policy          *model.Policy
}

// policyCommands maps pg_policy.polcmd to the command CREATE POLICY names.
var policyCommands = map[string]string{"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}

func (r *reader) policy(rows pgx.Rows) error {
	var (
		row                securityRow
		name, cmd          *string
		permissive         *bool
		roles              []string
		using, check       *string
		hasUsing, hasCheck bool
	)
	if err := rows.Scan(&row.rel, &row.enabled, &row.forced, &name, &cmd, &permissive, &roles,
		&using, &check, &hasUsing, &hasCheck); err != nil {
		return fmt.Errorf("policies: %w", err)
	}
	if name != nil {
		p := &model.Policy{Name: *name, Command: policyCommands[deref(cmd)], Restrictive: permissive != nil && !*permissive}
		p.SetRoles(roles)
		var err error
		if p.Using, err = policyExpr(*name, "USING", using, hasUsing); err != nil {
			return err
		}
		if p.Check, err = policyExpr(*name, "WITH CHECK", check, hasCheck); err != nil {
			return err
		}
		row.policy = p
	}
	r.security = append(r.security, row)
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// policyExpr normalizes a deparsed policy expression; one the catalog has
// but could not deparse belongs to a table dropped during the read.
func policyExpr(policy, what string, expr *string, has bool) (string, error) {
	if !has {
		return "", nil
	}
	if expr == nil {
		return "", fmt.Errorf("policy %s: %w", model.QuoteIdent(policy), errCatalogChanged)
	}
	e, err := normalize.Expr(*expr)
	if err != nil {
		return "", fmt.Errorf("policy %s %s: %w", model.QuoteIdent(policy), what, err)
	}
	return e, nil
}

// attachSecurity puts the row-level security rows on their tables, the
// policies in name order.
func (r *reader) attachSecurity() {
	for _, row := range r.security {
		t := r.byOID[row.rel]
		if t == nil {
			continue
		}
		t.RowSecurity.Enabled, t.RowSecurity.Forced = row.enabled, row.forced
		if row.policy != nil {
			t.RowSecurity.Policies = append(t.RowSecurity.Policies, row.policy)
		}
	}
}
