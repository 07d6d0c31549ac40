// Package par runs independent pieces of work on every core.
//
// par imports only the standard library.
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls fn(i) for every i in [0, n), on up to GOMAXPROCS goroutines
// that take batch consecutive indexes at a time, and returns when all
// calls have. fn must not depend on the order of the calls.
func Each(n, batch int, fn func(i int)) {
	if batch < 1 {
		batch = 1
	}
	workers := min(runtime.GOMAXPROCS(0), (n+batch-1)/batch)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for range workers {
		wg.Go(func() {
			for {
				from := int(next.Add(int64(batch))) - batch
				if from >= n {
					return
				}
				for i := from; i < min(from+batch, n); i++ {
					fn(i)
				}
			}
		})
	}
	wg.Wait()
}
