package par

import (
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// Every index is called exactly once, for any n and batch.
func TestEach(t *testing.T) {
	for _, tc := range []struct{ n, batch int }{{0, 4}, {1, 4}, {5, 1}, {1000, 7}, {1000, 256}, {3, 0}} {
		calls := make([]atomic.Int32, tc.n)
		Each(tc.n, tc.batch, func(i int) { calls[i].Add(1) })
		for i := range calls {
			require.Equal(t, int32(1), calls[i].Load(), "n %d batch %d index %d", tc.n, tc.batch, i)
		}
	}
}
