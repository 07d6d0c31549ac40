package diff

import "slices"

// match pairs the objects of two lists that have the same key, the way
// every kind of object is matched between two schemas: it calls pair (when
// not nil) for each pair, in left order, and returns the objects of each
// side left without a partner, in their lists' order. Each object is
// paired at most once, and a key listed several times on both sides
// pairs its occurrences in order, so matching is a multiset intersection
// that never depends on map order. An object whose key function returns
// false (an unnamed index, when matching by name) cannot pair and is left
// over. Lists must not hold nil (see nonNil); the lists returned may share
// the arrays of those given.
//
// Renames are not found here: callers match what is left over a second
// time by another key (an index by its definition), or by a score (columns).
func match[L, R any, K comparable](left []L, right []R, lkey func(L) (K, bool), rkey func(R) (K, bool), pair func(L, R)) (onlyLeft []L, onlyRight []R) {
	if len(right) == 0 || len(left) == 0 {
		return left, right
	}
	if len(right) <= fewObjects {
		return matchFew(left, right, lkey, rkey, pair)
	}
	// first holds, per key, the first right object not yet paired; next
	// chains the later ones with the same key, so a repeated key costs no
	// allocation of its own.
	first := make(map[K]int, len(right))
	next := make([]int, len(right))
	taken := make([]bool, len(right))
	for i := len(right) - 1; i >= 0; i-- {
		next[i] = -1
		k, ok := rkey(right[i])
		if !ok {
			continue
		}
		if j, dup := first[k]; dup {
			next[i] = j
		}
		first[k] = i
	}
	for _, l := range left {
		k, ok := lkey(l)
		j, found := first[k]
		if !ok || !found {
			onlyLeft = append(onlyLeft, l)
			continue
		}
		if next[j] >= 0 {
			first[k] = next[j]
		} else {
			delete(first, k)
		}
		taken[j] = true
		if pair != nil {
			pair(l, right[j])
		}
	}
	return onlyLeft, untaken(right, taken)
}

// fewObjects is the length up to which match scans the right list instead
// of building a map: most tables have a handful of keys and indexes, and
// then matching allocates nothing but what is left over.
const fewObjects = 8

func matchFew[L, R any, K comparable](left []L, right []R, lkey func(L) (K, bool), rkey func(R) (K, bool), pair func(L, R)) (onlyLeft []L, onlyRight []R) {
	var keys [fewObjects]K
	var keyed, taken [fewObjects]bool
	for i, r := range right {
		keys[i], keyed[i] = rkey(r)
	}
	for _, l := range left {
		k, ok := lkey(l)
		j := -1
		for i := 0; ok && i < len(right); i++ {
			if keyed[i] && !taken[i] && keys[i] == k {
				j = i
				break
			}
		}
		if j < 0 {
			onlyLeft = append(onlyLeft, l)
			continue
		}
		taken[j] = true
		if pair != nil {
			pair(l, right[j])
		}
	}
	return onlyLeft, untaken(right, taken[:len(right)])
}

func untaken[T any](xs []T, taken []bool) []T {
	var out []T
	for i, x := range xs {
		if !taken[i] {
			out = append(out, x)
		}
	}
	return out
}

// matchFirst is match for lists in which a key should appear once: only
// the first object with a key takes part and later ones are passed over,
// as PostgreSQL keeps the first of two tables, or columns, of one name.
func matchFirst[T any, K comparable](left, right []T, key func(T) K, pair func(T, T)) (onlyLeft, onlyRight []T) {
	const used = -1 // the key of a left object seen already
	at := make(map[K]int, len(right))
	passed := make([]bool, len(right)) // paired, or a later duplicate
	for i, r := range right {
		k := key(r)
		if _, dup := at[k]; dup {
			passed[i] = true
			continue
		}
		at[k] = i
	}
	for _, l := range left {
		k := key(l)
		j, ok := at[k]
		switch {
		case !ok:
			onlyLeft = append(onlyLeft, l)
		case j == used:
			continue
		default:
			passed[j] = true
			pair(l, right[j])
		}
		at[k] = used
	}
	return onlyLeft, untaken(right, passed)
}

// nonNil returns xs without its nil entries, and xs itself when it has none.
func nonNil[T any](xs []*T) []*T {
	if !slices.Contains(xs, nil) {
		return xs
	}
	out := make([]*T, 0, len(xs))
	for _, x := range xs {
		if x != nil {
			out = append(out, x)
		}
	}
	return out
}

// keyed wraps a key function that can always answer, for match.
func keyed[T any, K comparable](f func(T) K) func(T) (K, bool) {
	return func(x T) (K, bool) { return f(x), true }
}
