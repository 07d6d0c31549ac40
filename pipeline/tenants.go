package pipeline

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// Tenanted is a Source whose schema holds many copies of the canonical
// schema, one per tenant (a SaaS with a schema per customer). Each copy is
// compared with the more canonical sources as if it were the canonical
// schema, and its findings carry the tenant.
type Tenanted interface {
	Source
	// Canonical is the schema name the canonical sources use for what each
	// tenant schema holds; ok is false when the source is not tenanted.
	Canonical() (name string, ok bool)
}

// tenantsQuery resolves a tenant pattern to schema names: one statement,
// whatever the number of tenants.
const tenantsQuery = `SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname LIKE ANY($1) ORDER BY nspname`

// Tenants returns the schemas matching any of the glob patterns
// ('tenant_*': * any run of characters, ? one character), in name order.
func Tenants(ctx context.Context, conn *pgx.Conn, patterns []string) ([]string, error) {
	like := make([]string, len(patterns))
	for i, p := range patterns {
		like[i] = likePattern(p)
	}
	rows, err := conn.Query(ctx, tenantsQuery, like)
	if err != nil {
		return nil, fmt.Errorf("pipeline: schemas matching %q: %w", patterns, err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("pipeline: schemas matching %q: %w", patterns, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("pipeline: no schema matches the tenant pattern %q", strings.Join(patterns, ","))
	}
	return names, nil
}

// likePattern turns a glob into a LIKE pattern, escaping LIKE's own
// wildcards so that 'tenant_*' matches an underscore, not any character.
func likePattern(glob string) string {
	var b strings.Builder
	for _, r := range glob {
		switch r {
		case '*':
			b.WriteByte('%')
		case '?':
			b.WriteByte('_')
		case '%', '_', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tenant is one tenant's part of a tenanted schema, renamed to the
// canonical schema.
type tenant struct {
	name   string
	schema *model.Schema
}

// splitTenants cuts s into one schema per namespace it read, every object
// moved to the canonical schema name. Tables are copied shallowly, so s
// itself is left as read.
func splitTenants(s *model.Schema, canonical string) []tenant {
	byName := map[string]*model.Schema{}
	out := make([]tenant, 0, len(s.Namespaces))
	for _, ns := range s.Namespaces {
		t := &model.Schema{Source: s.Source, Origin: s.Origin, Namespaces: []string{canonical}}
		byName[ns] = t
		out = append(out, tenant{name: ns, schema: t})
	}
	for _, t := range s.Tables {
		if ts := byName[t.Schema]; ts != nil {
			ts.Tables = append(ts.Tables, renameTable(t, canonical))
		}
	}
	for _, v := range s.Views {
		if ts := byName[v.Schema]; ts != nil {
			nv := *v
			nv.Schema = canonical
			ts.Views = append(ts.Views, &nv)
		}
	}
	for _, e := range s.Enums {
		if ts := byName[e.Schema]; ts != nil {
			ne := *e
			ne.Schema = canonical
			ts.Enums = append(ts.Enums, &ne)
		}
	}
	for _, d := range s.Domains {
		if ts := byName[d.Schema]; ts != nil {
			nd := *d
			nd.Schema = canonical
			nd.Type.Name = renameType(d.Type.Name, d.Schema, canonical)
			ts.Domains = append(ts.Domains, &nd)
		}
	}
	splitSequences(s, byName, canonical)
	return out
}

// renameTable copies t into the canonical schema, with its foreign keys to
// its own tenant and its columns of the tenant's own types following it.
func renameTable(t *model.Table, canonical string) *model.Table {
	nt := *t
	nt.Schema = canonical
	nt.ForeignKeys = make([]*model.ForeignKey, len(t.ForeignKeys))
	for i, fk := range t.ForeignKeys {
		nfk := *fk
		if fk.RefSchema == t.Schema {
			nfk.RefSchema = canonical
		}
		nt.ForeignKeys[i] = &nfk
	}
	nt.Columns = make([]*model.Column, len(t.Columns))
	for i, c := range t.Columns {
		nc := *c
		nc.Type.Name = renameType(c.Type.Name, t.Schema, canonical)
		nt.Columns[i] = &nc
	}
	nt.Partitions = make([]model.Partition, len(t.Partitions))
	for i, p := range t.Partitions {
		if p.Schema == t.Schema {
			p.Schema = canonical
		}
		nt.Partitions[i] = p
	}
	return &nt
}

// renameType moves a type qualified with the tenant's schema ("tenant_7.mood")
// to the canonical one, which public leaves unqualified.
func renameType(name, from, canonical string) string {
	rest, ok := strings.CutPrefix(name, from+".")
	if !ok {
		return name
	}
	if canonical == "public" {
		return rest
	}
	return canonical + "." + rest
}

// compareTenants compares left with every tenant of right, in tenant order,
// and names the tenant on each finding.
func compareTenants(left, right *Loaded, canonical string, opts diff.Options) (fs []diff.Finding, tenants []string) {
	for _, t := range splitTenants(right.Schema, canonical) {
		tenants = append(tenants, t.name)
		for _, f := range diff.Compare(left.Schema, t.schema, opts) {
			f.Tenant = t.name
			fs = append(fs, f)
		}
	}
	return fs, tenants
}
