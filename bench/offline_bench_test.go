package bench

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/spec"
)

// BenchmarkReplayGenerated replays the generated script of
// ARIADRIFT_BENCH_N tables; MB/s is the offline parse+replay throughput.
func BenchmarkReplayGenerated(b *testing.B) {
	src := genSQL(b, benchN(b))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		replay(b, src, "gen.sql")
	}
}

// diffSize is the model size the diff target (200 ms) is stated for.
const diffSize = 5000

// BenchmarkCompare compares two 5,000-table models replayed from SQL: one
// against an identical replay (the zero-drift case every clean check pays)
// and one against a drifted replay.
func BenchmarkCompare(b *testing.B) {
	src := genSQL(b, diffSize)
	left := replay(b, src, "gen.sql")
	left.Source = model.SourceSpec
	same := replay(b, src, "gen.sql")
	drifted := replay(b, src+driftScript(diffSize), "gen.sql")
	for _, bc := range []struct {
		name  string
		right *model.Schema
		drift bool
	}{{"identical", same, false}, {"drift", drifted, true}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				fs := diff.Compare(left, bc.right, diff.Options{})
				if got := len(fs) > 0; got != bc.drift {
					b.Fatalf("%d findings, want drift=%v", len(fs), bc.drift)
				}
			}
		})
	}
}

// TestCompareInput pins the drift BenchmarkCompare measures, at a size a
// test can afford: a replay compared with itself is clean, and the drift
// script causes exactly the findings it was written to cause.
func TestCompareInput(t *testing.T) {
	src := genSQL(t, 100)
	left := replay(t, src, "gen.sql")
	left.Source = model.SourceSpec
	require.Empty(t, diff.Compare(left, replay(t, src, "gen.sql"), diff.Options{}))

	counts := map[diff.Kind]int{}
	for _, f := range diff.Compare(left, replay(t, src+driftScript(100), "gen.sql"), diff.Options{}) {
		counts[f.Kind]++
	}
	// Tables 0, 10, ..., 90 drift; 0 and 50 also rename deleted_at, which
	// their partial unique index's predicate names.
	require.Equal(t, map[diff.Kind]int{
		diff.ColumnExtra: 10, diff.ColumnType: 10, diff.IndexExtra: 10,
		diff.ColumnRenamed: 2, diff.IndexDiffers: 2,
	}, counts)
}

// BenchmarkSpecMarshal writes the spec of a 5,000-table model replayed from
// the generated SQL (spec import without the read); the allocations are
// what bounds its peak memory.
func BenchmarkSpecMarshal(b *testing.B) {
	s := replay(b, genSQL(b, diffSize), "gen.sql")
	b.ReportAllocs()
	for b.Loop() {
		data, _, err := spec.Marshal(s)
		require.NoError(b, err)
		b.SetBytes(int64(len(data)))
	}
}
