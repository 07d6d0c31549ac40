// Package gctune paces the garbage collector for one run of the command.
//
// A run builds two schemas and throws away the parse trees and catalog rows
// it built them from. With Go's default pace (collect when the heap doubles
// from 4 MB) a small project is collected a dozen times while its heap is
// still growing, and each collection marks the live schema again for
// nothing. Floor lets the heap grow to a floor before the first collection;
// after each collection the pace is set so that the next one comes when the
// heap reaches the floor or twice the live heap, whichever is larger. Large
// schemas therefore run at the default pace, and the peak heap is never
// above max(floor, twice the live heap) — what it is today for any schema
// larger than the floor.
//
// gctune imports only the standard library.
package gctune

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// DefaultFloor is the floor the command runs with: a project of a thousand
// tables is read without a collection, and at five thousand the peak heap
// is what Go's default pace gives.
const DefaultFloor = 128 << 20

// DefaultPercent is Go's default GOGC, the pace once the live heap is half
// the floor.
const DefaultPercent = 100

// liveMetric is the heap the last collection found live.
const liveMetric = "/gc/heap/live:bytes"

var armed atomic.Bool

// Floor sets the pace for a heap floor of floor bytes, unless GOGC or
// GOMEMLIMIT is set in the environment (the user's choice stands). It is
// set once per process; later calls do nothing.
func Floor(floor uint64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" || floor == 0 || !armed.CompareAndSwap(false, true) {
		return
	}
	start(floor, nil)
}

// start sets the first pace and then follows the live heap, until done
// is set (nil: for the life of the process).
func start(floor uint64, done *atomic.Bool) {
	// Go's smallest heap goal is 4 MB scaled by GOGC/100: this puts the
	// first collection at the floor.
	debug.SetGCPercent(max(DefaultPercent, int(floor/(4<<20))*100))
	sample := []metrics.Sample{{Name: liveMetric}}
	arm(func() bool {
		if done != nil && done.Load() {
			return false
		}
		debug.SetGCPercent(Percent(floor, live(sample)))
		return true
	})
}

// Percent is the GOGC that puts the next collection at the floor, or at
// twice the live heap when that is larger.
func Percent(floor, live uint64) int {
	if live == 0 || live >= floor/2 {
		return DefaultPercent
	}
	return max(DefaultPercent, int(floor*100/live)-100)
}

func live(sample []metrics.Sample) uint64 {
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// arm runs after at the end of every collection until it returns false:
// a finalizer runs once the object it is set on is found unreachable, that
// is after a collection, and each run sets itself on a new object.
func arm(after func() bool) {
	type sentinel struct{ _ [16]byte }
	var rearm func(*sentinel)
	rearm = func(*sentinel) {
		if after() {
			runtime.SetFinalizer(new(sentinel), rearm)
		}
	}
	runtime.SetFinalizer(new(sentinel), rearm)
}
