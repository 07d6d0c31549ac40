package sqlparse

import (
	"errors"
	"fmt"
	"go/token"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// longestLine returns the length of the longest line of s.
func longestLine(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, len(l))
	}
	return n
}

// requireShortError checks that an error message quotes at most a line or
// two of the script. PostgreSQL's "at or near" text runs to the end of the
// input for an unterminated quote, comment or dollar quote; echoed as is, a
// 50 MB script would make a 50 MB error line.
func requireShortError(t testing.TB, sql string, err error) {
	t.Helper()
	limit := 256 + 2*longestLine(sql)
	require.LessOrEqual(t, len(err.Error()), limit, "error longer than the lines it is about: %.300q", err.Error())
}

// FuzzParseStable replays a script twice. Both replays must agree (same
// error, or equal schemas): nothing may depend on timing, map order or the
// parallel parse of chunks. An error must stay short.
func FuzzParseStable(f *testing.F) {
	for _, seed := range []string{
		"CREATE TABLE t (a int PRIMARY KEY, b text DEFAULT 'x');\nCREATE INDEX i ON t (lower(b)) WHERE a > 0;",
		"CREATE TABLE t (a int);\n\nCREATE TABL u (a int);\n",
		"CREATE TABLE t (a text DEFAULT 'unterminated\n);\nCREATE TABLE u (a int);\nCREATE TABLE v (a int);\n",
		"CREATE FUNCTION f() RETURNS int AS $body$\nSELECT 1;\nCREATE TABLE u (a int);\n",
		"/* never closed\nCREATE TABLE u (a int);\nCREATE TABLE v (a int);\n",
		"DO $$\nBEGIN\n  CREATE TABLE t (a int);\nEND;\n",
		"CREATE TABLE t (a int);\nALTER TABLE t ADD COLUMN a int;\n",
		"SELECT " + strings.Repeat("(", 10000) + "1" + strings.Repeat(")", 10000) + ";",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, sql string) {
		a, errA := Parse([]byte(sql), "fuzz.sql", Options{})
		b, errB := Parse([]byte(sql), "fuzz.sql", Options{})
		if errA != nil || errB != nil {
			require.Error(t, errA)
			require.Error(t, errB)
			require.Equal(t, errA.Error(), errB.Error())
			requireShortError(t, sql, errA)
			return
		}
		require.Empty(t, cmp.Diff(a, b, ignoreUnexported), "two replays of the same script differ")
	})
}

// ignoreUnexported leaves out the unexported fields of every type, such as
// a schema's lookup cache, which depends on the calls made, not on content.
var ignoreUnexported = cmp.FilterPath(func(p cmp.Path) bool {
	sf, ok := p.Last().(cmp.StructField)
	return ok && !token.IsExported(sf.Name())
}, cmp.Ignore())

// hugeScript builds a script of at least size bytes from a generator of
// its n-th piece.
func hugeScript(size int, piece func(b *strings.Builder, n int)) []byte {
	var b strings.Builder
	b.Grow(size + 4096)
	for n := 0; b.Len() < size; n++ {
		piece(&b, n)
	}
	return []byte(b.String())
}

// measure runs f and reports how long it took and the largest heap seen
// while it ran (sampled every 10ms).
func measure(f func()) (time.Duration, uint64) {
	runtime.GC()
	var peak uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	f()
	took := time.Since(start)
	close(stop)
	<-done
	return took, peak
}

// TestHugeScripts replays 50 MB scripts of three shapes: a pg_dump with its
// data (DDL and COPY blocks), the same with an error on its last line, and
// an unterminated quote on the first line. Each must finish (or fail with
// a short, positioned error) within its time and heap budget, and never
// panic.
//
// A script of 50 MB made only of DDL statements (330,000 tables) is not
// part of the test: it replays in about 9 s, but with a peak heap of
// 2.2 GB, too much next to the other packages' tests.
func TestHugeScripts(t *testing.T) {
	const size = 50 << 20
	dump := func(b *strings.Builder, n int) {
		if n%1000 == 0 {
			fmt.Fprintf(b, "CREATE TABLE t%d (id bigint PRIMARY KEY, name text NOT NULL DEFAULT 'x', at timestamptz DEFAULT now());\n"+
				"CREATE INDEX t%d_name ON t%d (name);\nCOPY t%d (id, name, at) FROM stdin;\n", n/1000, n/1000, n/1000, n/1000)
		}
		// Data lines full of what SQL would treat specially.
		fmt.Fprintf(b, "%d\tit's; $$ -- /* not SQL %d\t2024-01-01 00:00:00+00\n", n, n)
		if n%1000 == 999 {
			b.WriteString("\\.\n")
		}
	}
	for _, tc := range []struct {
		name     string
		script   func() []byte
		wantErr  string
		lastLine bool
	}{
		{"dump with data", func() []byte {
			return append(hugeScript(size, dump), "\\.\n"...)
		}, "", false},
		{"error on the last line", func() []byte {
			return append(append(hugeScript(size, dump), "\\.\n"...), "CREATE TABL broken (id int);\n"...)
		}, `syntax error at or near "TABL"`, true},
		{"unterminated quote on the first line", func() []byte {
			return append([]byte("CREATE TABLE a (n text DEFAULT 'oops);\n"), hugeScript(size, func(b *strings.Builder, n int) {
				fmt.Fprintf(b, "CREATE TABLE t%d (id int);\n", n)
			})...)
		}, "fuzz.sql:1:32: unterminated quoted string at or near", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			script := tc.script()
			require.GreaterOrEqual(t, len(script), size)
			var s *model.Schema
			var err error
			took, peak := measure(func() { s, err = Parse(script, "fuzz.sql", Options{}) })
			t.Logf("%d MB in %s, peak heap %d MB", len(script)>>20, took.Round(time.Millisecond), peak>>20)
			if tc.wantErr == "" {
				require.NoError(t, err)
				require.Greater(t, len(s.Tables), 800)
			} else {
				require.Error(t, err)
				require.Nil(t, s)
				var pe *Error
				require.True(t, errors.As(err, &pe))
				// Checked without testify, whose message would print the
				// whole error: 50 MB when the check fails.
				msg := err.Error()
				if len(msg) > 200 || strings.Contains(msg, "\n") {
					t.Fatalf("want one short line, got %d bytes: %.200q", len(msg), msg)
				}
				require.Contains(t, msg, tc.wantErr)
				if tc.lastLine {
					require.Equal(t, strings.Count(string(script), "\n"), pe.Pos.Line)
				}
			}
			require.Less(t, took, 20*time.Second, "time budget")
			require.Less(t, peak, uint64(1<<30), "heap budget")
		})
	}
}
