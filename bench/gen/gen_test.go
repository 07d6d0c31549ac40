package gen

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/sqlparse"
)

func TestDeterministic(t *testing.T) {
	for _, tc := range []struct {
		n    int
		seed int64
	}{{0, 1}, {1, 1}, {50, 1}, {50, 42}} {
		a, err := Generate(tc.n, tc.seed)
		require.NoError(t, err)
		b, err := Generate(tc.n, tc.seed)
		require.NoError(t, err)
		require.Equal(t, a, b, "n=%d seed=%d", tc.n, tc.seed)
	}
	a, err := Generate(50, 1)
	require.NoError(t, err)
	b, err := Generate(50, 2)
	require.NoError(t, err)
	require.NotEqual(t, a, b, "the seed must matter")
}

// A smaller schema is a prefix of a larger one with the same seed, so
// results for different N describe the same kind of tables.
func TestPrefix(t *testing.T) {
	small, err := Generate(20, 7)
	require.NoError(t, err)
	large, err := Generate(60, 7)
	require.NoError(t, err)
	_, smallBody, _ := strings.Cut(small, "\n")
	_, largeBody, _ := strings.Cut(large, "\n")
	require.True(t, strings.HasPrefix(largeBody, smallBody))
}

func TestNegative(t *testing.T) {
	require.ErrorContains(t, Write(&bytes.Buffer{}, -1, 1), "negative")
}

// The script replays into exactly the tables it promises, each with the
// shape the benchmarks are sized by.
func TestReplays(t *testing.T) {
	for _, tc := range []struct {
		n    int
		seed int64
	}{{1, 1}, {25, 1}, {120, 99}} {
		src, err := Generate(tc.n, tc.seed)
		require.NoError(t, err)
		s, err := sqlparse.Parse([]byte(src), "gen.sql", sqlparse.Options{})
		require.NoError(t, err)
		require.Len(t, s.Tables, tc.n)
		names := map[string]bool{}
		for i := 0; i < tc.n; i++ {
			names[TableName(i, tc.seed)] = true
		}
		for _, tb := range s.Tables {
			require.True(t, names[tb.Name], "unexpected table %s", tb.Name)
			require.Len(t, tb.Columns, 19, tb.Name)
			require.NotNil(t, tb.PrimaryKey, tb.Name)
			require.Equal(t, []string{"id"}, tb.PrimaryKey.Columns, tb.Name)
			id, ok := tb.Column("id")
			require.True(t, ok)
			require.True(t, id.AutoIncrement, "%s.id is bigserial", tb.Name)
			require.Equal(t, "bigint", id.Type.String())

			require.Len(t, tb.Indexes, 3, tb.Name)
			var unique, desc, partial int
			for _, ix := range tb.Indexes {
				if ix.Unique {
					unique++
				}
				if ix.Where != "" {
					partial++
				}
				for _, k := range ix.Keys {
					if k.Desc {
						desc++
					}
				}
			}
			require.Equal(t, [3]int{1, 1, 1}, [3]int{unique, desc, partial}, tb.Name)

			require.Len(t, tb.ForeignKeys, 1, tb.Name)
			fk := tb.ForeignKeys[0]
			require.Equal(t, "CASCADE", fk.OnDelete, tb.Name)
			require.True(t, names[fk.RefTable], "%s references %s", tb.Name, fk.RefTable)
		}
	}
}

// Loaders that commit Table(i) in batches load exactly the script.
func TestTableMatchesWrite(t *testing.T) {
	want, err := Generate(30, 3)
	require.NoError(t, err)
	got := "-- 30 generated tables, seed 3\n"
	for i := 0; i < 30; i++ {
		got += "\n" + Table(i, 3)
	}
	require.Equal(t, want, got)
}

// Every size and seed yields a script that replays into the tables it
// names, each referencing a table that exists.
func FuzzGenerate(f *testing.F) {
	for _, seed := range []int64{0, 1, -1, 42, 1 << 40} {
		f.Add(uint8(7), seed)
	}
	f.Add(uint8(0), int64(1))
	f.Fuzz(func(t *testing.T, n uint8, seed int64) {
		count := int(n % 40)
		src, err := Generate(count, seed)
		require.NoError(t, err)
		s, err := sqlparse.Parse([]byte(src), "gen.sql", sqlparse.Options{})
		require.NoError(t, err)
		require.Len(t, s.Tables, count)
		for i := 0; i < count; i++ {
			tb, ok := s.Table("public", TableName(i, seed))
			require.True(t, ok, "table %d", i)
			_, ok = s.Table("public", tb.ForeignKeys[0].RefTable)
			require.True(t, ok, "%s references a missing table", tb.Name)
		}
	})
}

func TestWriteTenants(t *testing.T) {
	var b strings.Builder
	require.NoError(t, WriteTenants(&b, 8, 3, 1))
	out := b.String()
	require.Equal(t, 8, strings.Count(out, "CREATE SCHEMA "))
	require.Equal(t, 24, strings.Count(out, "CREATE TABLE "))
	drift := TenantDrift(8, 3, 1)
	require.Len(t, drift, 3)
	for _, ns := range []string{"tenant_0002", "tenant_0004", "tenant_0007"} {
		require.Contains(t, drift, ns)
		require.Contains(t, out, drift[ns])
	}
	require.Len(t, TenantDrift(2, 3, 1), 2, "two tenants: the last one and tenants/2 coincide")
	require.Error(t, WriteTenants(&b, 1, 0, 1))
}
