package pgnames

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		owner, name string
		want        bool
	}{
		{Catalog, "now", true},
		{Catalog, "gen_random_uuid", true},
		{Catalog, "uuid_generate_v4", false},
		{"uuid-ossp", "uuid_generate_v4", true},
		{"pg_trgm", "similarity", true},
		{"postgis", "st_intersects", true},
		{"pgcrypto", "gen_random_bytes", true},
		{"pgcrypto", "now", false},
	} {
		require.Equal(t, tc.want, Function(tc.owner, tc.name), "%s.%s", tc.owner, tc.name)
	}
	require.True(t, Opclass(Catalog, "btree", "text_pattern_ops"))
	require.True(t, Opclass("pg_trgm", "gin", "gin_trgm_ops"))
	require.False(t, Opclass("pg_trgm", "btree", "gin_trgm_ops"))
	require.Contains(t, Operators("pg_trgm", "%"), Operator{"text", "text"})
	require.Contains(t, Operators(Catalog, "%"), Operator{"integer", "integer"})
	require.Contains(t, Operators(Catalog, "-"), Operator{"", "integer"}, "prefix minus")
	require.Contains(t, Operators("postgis", "&&"), Operator{"geometry", "geometry"})
	require.Contains(t, Operators(Catalog, "+"), Operator{"timestamp without time zone", "interval"}, "spaces in type names")
}
