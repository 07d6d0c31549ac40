// Package gen generates large synthetic PostgreSQL schemas for ariadrift's
// benchmarks: N tables shaped like an application's (about 19 typed columns,
// a bigserial key, three secondary indexes and a cascading foreign key), as
// one SQL script that psql can load and sqlparse can replay.
//
// The output depends only on N and the seed, so a benchmark run can be
// reproduced byte for byte. gen imports only the standard library: it must
// not import ariadrift's own packages, because it is the input they are
// measured on.
package gen

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// column is one candidate column: its name and the SQL after the name.
// Every default is one ariadrift must read back from the catalog unchanged
// (now(), '{}', false, gen_random_uuid()), because a zero-drift database is
// the point of the benchmark.
type column struct {
	name string
	def  string
	// indexable columns get plain and composite btree indexes; jsonb and
	// arrays have no btree opclass worth indexing.
	indexable bool
}

// words name the tables; a table's number keeps the names unique.
var words = []string{
	"account", "invoice", "order", "shipment", "customer", "product", "payment", "ticket",
	"session", "event", "report", "campaign", "message", "asset", "contract", "review",
}

// pool returns the optional columns, with lengths and defaults drawn from r.
func pool(r *rand.Rand) []column {
	vc := func() int { return []int{32, 64, 100, 255}[r.IntN(4)] }
	return []column{
		{"name", fmt.Sprintf("varchar(%d) NOT NULL", vc()), true},
		{"code", fmt.Sprintf("varchar(%d)", vc()), true},
		{"title", fmt.Sprintf("varchar(%d)", vc()), true},
		{"status", "varchar(20) NOT NULL DEFAULT 'new'", true},
		{"description", "text", false},
		{"notes", "text", false},
		{"quantity", "integer NOT NULL DEFAULT 0", true},
		{"position", "integer", true},
		{"counter", "bigint", true},
		{"owner_id", "bigint", true},
		{"amount", "numeric(12,2)", true},
		{"balance", "numeric(12,2) NOT NULL DEFAULT 0", true},
		{"priority", "smallint", true},
		{"score", "double precision", true},
		{"updated_at", "timestamptz DEFAULT now()", true},
		{"published_at", "timestamptz", true},
		{"metadata", "jsonb DEFAULT '{}'", false},
		{"settings", "jsonb NOT NULL DEFAULT '{}'", false},
		{"is_active", "boolean DEFAULT false", true},
		{"is_archived", "boolean NOT NULL DEFAULT false", true},
		{"external_id", "uuid DEFAULT gen_random_uuid()", true},
		{"due_date", "date", true},
		{"tags", "text[]", false},
		{"email", fmt.Sprintf("varchar(%d)", vc()), true},
	}
}

// optional is how many pool columns each table gets; with id, parent_id,
// created_at and deleted_at that makes 19 columns.
const optional = 15

// TableName returns the name of the i-th table (0-based) that Write emits
// for seed; callers use it to check or alter the generated schema.
func TableName(i int, seed int64) string {
	r := tableRand(i, seed)
	return fmt.Sprintf("%s_%05d", words[r.IntN(len(words))], i)
}

// tableRand gives every table its own stream, so table i is the same
// whatever N is: a 200-table schema is a prefix of the 5,000-table one.
func tableRand(i int, seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), uint64(i)))
}

// Write writes n CREATE TABLE statements, each followed by its three
// CREATE INDEX statements, to w. Table i references an earlier table (table
// 0 references itself), so the script runs in order on an empty database.
func Write(w io.Writer, n int, seed int64) error {
	if n < 0 {
		return fmt.Errorf("gen: table count %d is negative", n)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(bw, "-- %d generated tables, seed %d\n", n, seed)
	for i := 0; i < n; i++ {
		bw.WriteString("\n")
		writeTable(bw, i, seed)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gen: write: %w", err)
	}
	return nil
}

// Table returns the statements Write emits for table i: its CREATE TABLE
// and three CREATE INDEX statements. Loaders use it to commit a large
// schema in batches, because one transaction creating thousands of tables
// runs out of PostgreSQL's lock table (max_locks_per_transaction).
func Table(i int, seed int64) string {
	var b strings.Builder
	writeTable(&b, i, seed)
	return b.String()
}

// stringWriter is what writeTable needs from bufio.Writer and strings.Builder.
type stringWriter interface {
	io.Writer
	io.StringWriter
}

func writeTable(w stringWriter, i int, seed int64) {
	name := TableName(i, seed)
	r := tableRand(i, seed)
	r.IntN(len(words)) // the draw TableName made
	ref := name
	if i > 0 {
		ref = TableName(r.IntN(i), seed)
	}
	cols := pool(r)
	r.Shuffle(len(cols), func(a, b int) { cols[a], cols[b] = cols[b], cols[a] })
	cols = cols[:optional]

	fmt.Fprintf(w, "CREATE TABLE %s (\n", name)
	w.WriteString("    id bigserial PRIMARY KEY,\n")
	w.WriteString("    parent_id bigint,\n")
	for _, c := range cols {
		fmt.Fprintf(w, "    %s %s,\n", c.name, c.def)
	}
	w.WriteString("    created_at timestamptz NOT NULL DEFAULT now(),\n")
	w.WriteString("    deleted_at timestamptz,\n")
	fmt.Fprintf(w, "    CONSTRAINT %s_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES %s (id) ON DELETE CASCADE\n", name, ref)
	w.WriteString(");\n")

	var keys []string
	for _, c := range cols {
		if c.indexable {
			keys = append(keys, c.name)
		}
	}
	// At most five pool columns are not indexable, so keys has at least
	// ten entries and the three picks below are distinct.
	p := r.Perm(len(keys))
	plain, lead, uniq := keys[p[0]], keys[p[1]], keys[p[2]]
	fmt.Fprintf(w, "CREATE INDEX %s_%s_idx ON %s (%s);\n", name, plain, name, plain)
	fmt.Fprintf(w, "CREATE INDEX %s_%s_created_idx ON %s (%s, created_at DESC);\n", name, lead, name, lead)
	fmt.Fprintf(w, "CREATE UNIQUE INDEX %s_%s_live_key ON %s (%s) WHERE deleted_at IS NULL;\n", name, uniq, name, uniq)
}

// Generate returns Write's output as a string.
func Generate(n int, seed int64) (string, error) {
	var b strings.Builder
	if err := Write(&b, n, seed); err != nil {
		return "", err
	}
	return b.String(), nil
}

// WriteTenants writes tenants copies of the n-table schema, one PostgreSQL
// schema each (tenant_0000, tenant_0001, ...), the shape of a SaaS with a
// schema per tenant. Three tenants spread over the range drift: a column
// added, one dropped, an index added. Tenant schemas are committed one by
// one, for the same lock-table reason as Table.
func WriteTenants(w io.Writer, tenants, n int, seed int64) error {
	if tenants < 0 || n < 1 {
		return fmt.Errorf("gen: %d tenants of %d tables: want tenants >= 0 and tables >= 1", tenants, n)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(bw, "-- %d tenant schemas of %d generated tables, seed %d\n", tenants, n, seed)
	drift := TenantDrift(tenants, n, seed)
	for i := range tenants {
		ns := TenantName(i)
		fmt.Fprintf(bw, "\nBEGIN;\nCREATE SCHEMA %s;\nSET LOCAL search_path = %s;\n", ns, ns)
		for t := range n {
			writeTable(bw, t, seed)
		}
		bw.WriteString(drift[ns])
		bw.WriteString("COMMIT;\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gen: write: %w", err)
	}
	return nil
}

// TenantName is the schema of tenant i.
func TenantName(i int) string { return fmt.Sprintf("tenant_%04d", i) }

// TenantDrift maps the drifted tenants' schemas to the statement that
// drifted each: tenants/4, tenants/2 and the last one (fewer when there
// are fewer than three tenants).
func TenantDrift(tenants, n int, seed int64) map[string]string {
	out := map[string]string{}
	if tenants == 0 {
		return out
	}
	last := TableName(n-1, seed)
	stmts := []string{
		"ALTER TABLE " + last + " ADD COLUMN drift_extra integer;\n",
		"ALTER TABLE " + last + " DROP COLUMN deleted_at CASCADE;\n",
		"CREATE INDEX drift_idx ON " + last + " (created_at);\n",
	}
	for k, i := range []int{tenants / 4, tenants / 2, tenants - 1} {
		if _, dup := out[TenantName(i)]; !dup {
			out[TenantName(i)] = stmts[k]
		}
	}
	return out
}
