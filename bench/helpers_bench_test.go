package bench

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/ariadrift/ariadrift/bench/gen"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// seed is fixed so that every run measures the same schema.
const seed = 1

// benchN is the table count of the database benchmarks: 100 unless
// ARIADRIFT_BENCH_N says otherwise (1,000 and 5,000 are the sizes the
// performance targets are stated for).
func benchN(tb testing.TB) int {
	v := os.Getenv("ARIADRIFT_BENCH_N")
	if v == "" {
		return 100
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		tb.Fatalf("ARIADRIFT_BENCH_N=%q: want a positive table count", v)
	}
	return n
}

// generated caches the generated scripts by size: the 5,000-table script
// is shared by several benchmarks.
var generated sync.Map // int -> string

func genSQL(tb testing.TB, n int) string {
	if s, ok := generated.Load(n); ok {
		return s.(string)
	}
	s, err := gen.Generate(n, seed)
	if err != nil {
		tb.Fatal(err)
	}
	generated.Store(n, s)
	return s
}

// replay parses a script into a model, failing the benchmark on error.
func replay(tb testing.TB, src, name string) *model.Schema {
	s, err := sqlparse.Parse([]byte(src), name, sqlparse.Options{})
	if err != nil {
		tb.Fatalf("replay %s: %v", name, err)
	}
	return s
}

// driftScript changes the generated schema the way real drift looks: every
// tenth table gains a column, loses its time zone on created_at and gains
// an index; every fiftieth renames deleted_at, which also rewrites its
// partial index's predicate.
func driftScript(n int) string {
	var b strings.Builder
	for i := 0; i < n; i += 10 {
		t := gen.TableName(i, seed)
		fmt.Fprintf(&b, "ALTER TABLE %s ADD COLUMN extra text;\n", t)
		fmt.Fprintf(&b, "ALTER TABLE %s ALTER COLUMN created_at TYPE timestamp;\n", t)
		fmt.Fprintf(&b, "CREATE INDEX %s_extra_idx ON %s (extra);\n", t, t)
		if i%50 == 0 {
			fmt.Fprintf(&b, "ALTER TABLE %s RENAME COLUMN deleted_at TO removed_at;\n", t)
		}
	}
	return b.String()
}
