package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// matched runs match on two lists of words keyed by their first letter (a
// word starting with "_" has no key) and renders what it did.
func matched(left, right []string) string {
	key := func(s string) (byte, bool) { return s[0], s[0] != '_' }
	var pairs []string
	l, r := match(left, right, key, key, func(a, b string) { pairs = append(pairs, a+"="+b) })
	return fmt.Sprintf("pairs %v, left %v, right %v", pairs, l, r)
}

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		name        string
		left, right string
		want        string
	}{
		{"empty", "", "", "pairs [], left [], right []"},
		{"one side", "a1 b1", "", "pairs [], left [a1 b1], right []"},
		{"other side", "", "a1", "pairs [], left [], right [a1]"},
		{"by key in left order", "b1 a1 c1", "a2 b2 d2", "pairs [b1=b2 a1=a2], left [c1], right [d2]"},
		{"repeated keys pair in order", "a1 a2 a3", "a4 a5", "pairs [a1=a4 a2=a5], left [a3], right []"},
		{"repeated right keys", "a1", "a2 b2 a3", "pairs [a1=a2], left [], right [b2 a3]"},
		{"no key never pairs", "_1 a1", "_2 a2", "pairs [a1=a2], left [_1], right [_2]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, matched(strings.Fields(tc.left), strings.Fields(tc.right)))
		})
	}
}

// TestMatchLongLists checks that the map used for long right lists and the
// scan used for short ones both pair as the obvious quadratic loop does.
func TestMatchLongLists(t *testing.T) {
	words := func(n, seed int) []string {
		var out []string
		for i := range n {
			out = append(out, fmt.Sprintf("%c%d", "abc_d"[(i*7+seed)%5], i))
		}
		return out
	}
	for n := 1; n <= 3*fewObjects; n++ {
		left, right := words(n, 1), words(n+2, 3)
		var pairs, onlyLeft, onlyRight []string
		taken := make([]bool, len(right))
	next:
		for _, l := range left {
			for i, r := range right {
				if !taken[i] && l[0] != '_' && r[0] == l[0] {
					taken[i] = true
					pairs = append(pairs, l+"="+r)
					continue next
				}
			}
			onlyLeft = append(onlyLeft, l)
		}
		for i, r := range right {
			if !taken[i] {
				onlyRight = append(onlyRight, r)
			}
		}
		want := fmt.Sprintf("pairs %v, left %v, right %v", pairs, onlyLeft, onlyRight)
		require.Equal(t, want, matched(left, right), "n=%d", n)
	}
}

func TestMatchFirst(t *testing.T) {
	key := func(s string) byte { return s[0] }
	var pairs []string
	l, r := matchFirst(strings.Fields("a1 b1 a2 c1 c2"), strings.Fields("b2 a3 b3 d1 d2"), key,
		func(a, b string) { pairs = append(pairs, a+"="+b) })
	// Later objects of a name take no part, on either side.
	require.Equal(t, []string{"a1=a3", "b1=b2"}, pairs)
	require.Equal(t, []string{"c1"}, l)
	require.Equal(t, []string{"d1"}, r)
}
