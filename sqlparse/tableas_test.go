package sqlparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCreateTableAsColumns(t *testing.T) {
	tests := []struct {
		name string
		sql  string
		cols string // name type, ...; "" for an opaque table
	}{
		{"aliased constants", "CREATE TABLE t AS SELECT 1 AS i, 3000000000 AS b, 1.5 AS n, 'x' AS s, true AS f, NULL AS z;",
			"i integer, b bigint, n numeric, s text, f boolean, z text"},
		{"casts keep their modifiers", "CREATE TABLE t AS SELECT 'a'::varchar(5) AS v, x::int AS x2, now()::timestamp(0) AS at FROM generate_series(1, 2) x;",
			"v character varying(5), x2 integer, at timestamp(0) without time zone"},
		{"a cast of a column is named by the column", "CREATE TABLE u (id int); CREATE TABLE t AS SELECT u.id::bigint FROM u;",
			"id bigint"},
		{"the column list renames", "CREATE TABLE t (a) AS SELECT 1 AS x, 2 AS y;", "a integer, y integer"},
		{"an array cast", "CREATE TABLE t AS SELECT '{}'::text[] AS tags;", "tags text[]"},
		{"a plain column is typed by its table", "CREATE TABLE u (id int); CREATE TABLE t AS SELECT id FROM u;", ""},
		{"a function call", "CREATE TABLE t AS SELECT now() AS at;", ""},
		{"an unaliased constant", "CREATE TABLE t AS SELECT 1;", ""},
		{"SELECT *", "CREATE TABLE u (id int); CREATE TABLE t AS SELECT * FROM u;", ""},
		{"UNION", "CREATE TABLE t AS SELECT 1 AS a UNION SELECT 2;", ""},
		{"VALUES", "CREATE TABLE t AS VALUES (1);", ""},
		{"more names than columns", "CREATE TABLE t (a, b) AS SELECT 1 AS x;", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, warns := replay(t, tt.sql)
			tb, ok := s.Table("public", "t")
			require.True(t, ok)
			var cols []string
			for _, c := range tb.Columns {
				require.False(t, c.NotNull, "a column created from a query is nullable")
				cols = append(cols, c.Name+" "+c.Type.String())
			}
			require.Equal(t, tt.cols, strings.Join(cols, ", "))
			warned := strings.Contains(strings.Join(warns, "\n"), "columns of public.t come from a query and are not known")
			require.Equal(t, tt.cols == "", warned, "warned only when the columns are not known: %q", warns)
		})
	}
}
