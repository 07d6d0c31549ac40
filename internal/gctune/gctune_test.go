package gctune

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestPercent(t *testing.T) {
	for _, tc := range []struct {
		floor, live uint64
		want        int
	}{
		{256 << 20, 8 << 20, 3100},  // next collection at 256 MB
		{256 << 20, 100 << 20, 156}, // at 256 MB still
		{256 << 20, 128 << 20, 100}, // twice the live heap is the floor
		{256 << 20, 900 << 20, 100}, // a large schema: Go's default pace
		{256 << 20, 0, 100},         // no reading
		{256 << 20, 255 << 20, 100},
	} {
		require.Equal(t, tc.want, Percent(tc.floor, tc.live), "floor %d live %d", tc.floor, tc.live)
	}
}

// The pace follows the live heap after each real collection: high while
// the heap is small, Go's default once it holds more than half the floor.
func TestFloorFollowsLiveHeap(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(DefaultPercent))
	var done atomic.Bool
	defer done.Store(true)
	const floor = 64 << 20
	start(floor, &done)
	require.Equal(t, int(floor/(4<<20))*100, current(), "the first collection waits for the floor")

	runtime.GC()
	require.Eventually(t, func() bool { return current() > 1000 }, 5*time.Second, time.Millisecond,
		"a small live heap keeps a slow pace (GOGC %d)", current())

	keep := make([][]byte, 0, 48)
	for range 48 {
		keep = append(keep, make([]byte, 1<<20))
	}
	runtime.GC()
	require.Eventually(t, func() bool { return current() == DefaultPercent }, 5*time.Second, time.Millisecond,
		"48 MB live of a 64 MB floor is Go's default pace (GOGC %d)", current())
	runtime.KeepAlive(keep)
}

// The environment's GOGC is the user's choice.
func TestFloorLeavesGOGCAlone(t *testing.T) {
	t.Setenv("GOGC", "50")
	prev := debug.SetGCPercent(73)
	defer debug.SetGCPercent(prev)
	armedBefore := armed.Load()
	Floor(1 << 30)
	require.Equal(t, 73, current())
	require.Equal(t, armedBefore, armed.Load())
}

// current reads GOGC without changing it.
func current() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}
