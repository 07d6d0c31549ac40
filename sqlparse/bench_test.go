package sqlparse

import (
	"fmt"
	"strings"
	"testing"
)

// benchScript returns n tables shaped like an application's, each with a
// serial key, defaults, a CHECK, a foreign key and three indexes.
func benchScript(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		ref := max(i-1, 0)
		fmt.Fprintf(&b, `CREATE TABLE IF NOT EXISTS table_%d (
    id          bigserial PRIMARY KEY,
    name        varchar(255) NOT NULL,
    status      varchar(50) DEFAULT 'pending' CHECK (status IN ('pending', 'done')),
    priority    integer DEFAULT 2,
    amount      numeric(10,2) DEFAULT 0,
    metadata    jsonb DEFAULT '{}',
    parent_id   bigint REFERENCES table_%d (id) ON DELETE CASCADE,
    created_at  timestamptz DEFAULT now(),
    updated_at  timestamptz DEFAULT now()
);
CREATE INDEX IF NOT EXISTS idx_table_%d_name ON table_%d (name);
CREATE INDEX IF NOT EXISTS idx_table_%d_created ON table_%d (created_at DESC);
CREATE INDEX ON table_%d (lower(name)) WHERE status = 'pending';
`, i, ref, i, i, i, i, i)
	}
	return b.String()
}

// BenchmarkParse measures parse and replay throughput (MB/s) on a
// 5,000-table script.
func BenchmarkParse(b *testing.B) {
	src := []byte(benchScript(5000))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		s, err := Parse(src, "bench.sql", Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(s.Tables) != 5000 {
			b.Fatalf("%d tables", len(s.Tables))
		}
	}
}
