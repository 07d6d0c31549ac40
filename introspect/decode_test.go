package introspect

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// decodingTypes are column types whose spelling the client decodes from
// pg_type and the typmod, or leaves to the server (extension types with
// their own typmod output).
var decodingTypes = []string{
	"integer", "smallint", "bigint", "real", "double precision", "boolean", "text", "bytea", "date", "uuid",
	"json", "jsonb", "xml", "inet", "cidr", "macaddr", "money", "oid", "name", `"char"`, "tsvector",
	"varchar", "varchar(1)", "varchar(255)", "varchar(10485760)", "char", "char(1)", "char(7)", "bpchar",
	"numeric", "numeric(5)", "numeric(10,2)", "numeric(38,0)", "numeric(3,-1)", "numeric(1000,999)",
	"time", "time(0)", "time(6)", "timetz", "time(3) with time zone", "timestamp", "timestamp(0)",
	"timestamp(3)", "timestamptz", "timestamp(6) with time zone",
	"interval", "interval(2)", "interval year", "interval month", "interval day", "interval hour",
	"interval minute", "interval second", "interval second(3)", "interval year to month",
	"interval day to hour", "interval day to minute", "interval day to second", "interval day to second(0)",
	"interval hour to minute", "interval hour to second(4)", "interval minute to second",
	"bit", "bit(1)", "bit(64)", "varbit", "bit varying(12)",
	"int[]", "int[][]", "text[]", "varchar(20)[]", "char(2)[]", "numeric(8,3)[]", "timestamptz(2)[]",
	"interval day[]", "bit(3)[]", "\"char\"[]", "name[]",
	"int4range", "tstzrange", "int4multirange", "point", "box", "pg_lsn", "oidvector", "int2vector",
	"public.mood", "public.mood[]", `app."Level"`, `app."Level"[]`, "public.short", "public.short[]",
	"public.citext", "public.citext[]", `public."text"`, "app.t2",
}

const decodingDDL = `CREATE SCHEMA app;
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TYPE app."Level" AS ENUM ('low', 'high');
CREATE DOMAIN short AS varchar(10);
CREATE TYPE public."text" AS (x int);
CREATE EXTENSION citext;
CREATE TABLE app.t2 (id int);
`

// TestTypeDecodingMatchesServer spells every type of decodingTypes as the
// server's format_type does, with the client's decoding.
func TestTypeDecodingMatchesServer(t *testing.T) {
	var cols []string
	for i, typ := range decodingTypes {
		cols = append(cols, fmt.Sprintf("c%d %s", i, typ))
	}
	dsn := newDB(t, decodingDDL+"CREATE TABLE t ("+strings.Join(cols, ", ")+")")
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer conn.Close(ctx)
	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	defer tx.Rollback(ctx)
	_, err = tx.Exec(ctx, settings(Options{}))
	require.NoError(t, err)

	r := newReader(Options{Schemas: []string{"public"}})
	require.NoError(t, r.run(ctx, tx, Query{Name: "types", SQL: typesSQL}, 0))
	rows, err := tx.Query(ctx, `SELECT a.attname, a.atttypid, a.atttypmod, pg_catalog.format_type(a.atttypid, a.atttypmod)
		FROM pg_catalog.pg_attribute a WHERE a.attrelid = 'public.t'::regclass AND a.attnum > 0 ORDER BY a.attnum`)
	require.NoError(t, err)
	type col struct {
		name   string
		oid    uint32
		typmod int32
		server string
	}
	got, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (col, error) {
		var c col
		err := row.Scan(&c.name, &c.oid, &c.typmod, &c.server)
		return c, err
	})
	require.NoError(t, err)
	require.Len(t, got, len(decodingTypes))
	decoded := 0
	for i, c := range got {
		// The columns query leaves these to the server's format_type.
		if c.typmod >= 0 && !strings.Contains(typmodTypes, fmt.Sprint(c.oid)) {
			continue
		}
		decoded++
		s, err := formatType(r.types, c.oid, c.typmod)
		require.NoError(t, err, decodingTypes[i])
		require.Equal(t, c.server, s, "%s (oid %d, typmod %d)", decodingTypes[i], c.oid, c.typmod)
	}
	require.Greater(t, decoded, len(decodingTypes)-5, "most types are decoded by the client")
}

// decodingIndexes are index definitions on table x; each is decoded from
// pg_index and compared with normalize.IndexDef of pg_get_indexdef.
var decodingIndexes = []string{
	"(a)", "(a DESC)", "(a ASC NULLS FIRST)", "(a DESC NULLS LAST)", "(a DESC NULLS FIRST)", "(a NULLS LAST)",
	"(a, b DESC, c)", "(b text_pattern_ops)", "(v varchar_pattern_ops)", "(v text_ops)", "(v varchar_ops)",
	"(b text_ops DESC)", "(a int4_ops)", "(b COLLATE \"C\")", "(b COLLATE \"POSIX\" DESC NULLS LAST)",
	"(b COLLATE \"default\")", "(nm COLLATE \"default\")", "(nm)", "(v COLLATE \"C\" varchar_pattern_ops)",
	"(a) INCLUDE (b, c)", "(a, b) INCLUDE (v)", "(a) WHERE c IS NOT NULL", "(a) WHERE b IN ('x', 'y') AND a > 0",
	"(lower(b))", "((a + 1), b)", "(b) WHERE lower(b) <> ''", "USING hash (a)", "USING hash (b)",
	"USING gin (j)", "USING gin (j jsonb_path_ops)", "USING gin (arr)", "USING gist (r)", "USING brin (a)",
	"USING brin (ts)", "USING spgist (b)", "USING gin (tsv)", "(m)", "(ci)", "(ci DESC)", "(ip inet_ops)",
	"(cr)", "(cr inet_ops)", "USING gist (ip inet_ops)", "(d) WHERE d > 0",
	// Predicates package nodetree prints, and some it leaves to the server.
	"(a) WHERE ts IS NULL", "(a) WHERE bo", "(a) WHERE NOT bo", "(a) WHERE bo IS NOT TRUE",
	"(a) WHERE bo IS UNKNOWN", "(a) WHERE \"Odd Name\" IS NULL AND (c IS NOT NULL OR NOT bo)",
	"(a) WHERE NOT (a IS NULL OR b IS NULL)", "(a) WHERE (bo IS FALSE) IS NOT FALSE", "(a) WHERE bo AND a > 1",
	"(lower(b)) WHERE ts IS NULL", "(a) INCLUDE (b) WHERE NOT bo AND d IS NULL",
	"(a) WHERE \"position\" IS NULL AND \"timestamp\" IS NOT NULL OR \"user\" IS NULL",
}

const indexTableDDL = `CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE EXTENSION citext;
CREATE DOMAIN dom AS integer;
CREATE TABLE x (a integer, b text, c integer, v varchar(20), nm name, j jsonb, arr int[], r int4range,
	ts timestamptz, tsv tsvector, m mood, ci citext, ip inet, cr cidr, d dom, bo boolean, "Odd Name" integer,
	"position" integer, "timestamp" timestamptz, "user" text);
`

// TestIndexDecodingMatchesServer builds each index of decodingIndexes and
// requires the decoded model to equal what normalize makes of the server's
// own pg_get_indexdef, unique and NULLS NOT DISTINCT variants included.
func TestIndexDecodingMatchesServer(t *testing.T) {
	var ddl strings.Builder
	ddl.WriteString(indexTableDDL)
	for i, def := range decodingIndexes {
		fmt.Fprintf(&ddl, "CREATE INDEX i%d ON x %s;\n", i, def)
	}
	ddl.WriteString(`CREATE UNIQUE INDEX u1 ON x (a, c DESC);
CREATE UNIQUE INDEX u2 ON x (b) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX u3 ON x (v) INCLUDE (a) WHERE a > 1;
ALTER TABLE x ADD CONSTRAINT k1 UNIQUE NULLS NOT DISTINCT (c);
ALTER TABLE x ADD CONSTRAINT ex EXCLUDE USING gist (r WITH &&);
`)
	dsn := newDB(t, ddl.String())
	ctx := context.Background()
	conn, err := Connect(ctx, dsn, 10*time.Second)
	require.NoError(t, err)
	defer conn.Close(ctx)
	s, err := Schema(ctx, conn, Options{})
	require.NoError(t, err)
	x, ok := s.Table("public", "x")
	require.True(t, ok)
	require.Len(t, x.Indexes, len(decodingIndexes)+3, "k1 and ex belong to their constraints")
	require.Len(t, x.Uniques, 1)
	require.True(t, x.Uniques[0].NullsNotDistinct)

	want := map[string]*model.Index{}
	rows, err := conn.Query(ctx, `SELECT i.relname, pg_catalog.pg_get_indexdef(i.oid) FROM pg_catalog.pg_index x
		JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = 'public.x'::regclass`)
	require.NoError(t, err)
	defs, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) ([2]string, error) {
		var d [2]string
		err := row.Scan(&d[0], &d[1])
		return d, err
	})
	require.NoError(t, err)
	for _, d := range defs {
		ix, _, err := normalize.IndexDef(d[1])
		require.NoError(t, err, d[1])
		ix.Name = d[0]
		want[d[0]] = ix
	}
	// The read normalizes every index in its table's scope (implicit casts
	// on columns dropped); so does the expectation.
	scoped := model.NewSchema(model.SourceDB)
	scoped.Domains = s.Domains
	wt := &model.Table{Schema: "public", Name: "x", Columns: x.Columns}
	for _, ix := range want {
		wt.Indexes = append(wt.Indexes, ix)
	}
	scoped.AddTable(wt)
	normalize.Scoped(scoped)
	for _, got := range x.Indexes {
		require.Empty(t, cmp.Diff(want[got.Name], got), "%s: pg_get_indexdef says %s", got.Name, defOf(defs, got.Name))
	}
}

func defOf(defs [][2]string, name string) string {
	for _, d := range defs {
		if d[0] == name {
			return d[1]
		}
	}
	return ""
}

// TestProgressAndTimings: Progress hears of the snapshot, of every query
// with its session and rows, and of the end, one call at a time; Logf
// gets a timing line per query and per phase.
func TestProgressAndTimings(t *testing.T) {
	dsn := newDB(t, manyTables(3))
	ctx := context.Background()
	conn, err := Connect(ctx, dsn, 10*time.Second)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var (
		steps  []Step
		inside int
		logs   []string
	)
	opts := Options{
		Progress: func(s Step) {
			inside++
			require.Equal(t, 1, inside, "Progress is never called concurrently")
			steps = append(steps, s)
			inside--
		},
		Logf: func(format string, args ...any) { logs = append(logs, fmt.Sprintf(format, args...)) },
	}
	_, err = Schema(ctx, conn, opts)
	require.NoError(t, err)
	n := len(Queries())
	require.Len(t, steps, n+2)
	require.Equal(t, PhaseSnapshot, steps[0].Phase)
	last := steps[len(steps)-1]
	require.Equal(t, PhaseAssemble, last.Phase)
	require.Equal(t, 2, last.Sessions, "the second session joined")
	require.Equal(t, n, last.Done)
	seen := map[string]int{}
	for i, s := range steps[1 : n+1] {
		require.Equal(t, PhaseQuery, s.Phase)
		require.Equal(t, i+1, s.Done)
		require.Equal(t, n, s.Total)
		seen[s.Query] = s.Session
	}
	for _, q := range Queries() {
		require.Equal(t, q.Session, seen[q.Name], q.Name)
	}
	require.Equal(t, 3, rowsOf(steps, "relations"))
	var timed int
	for _, l := range logs {
		if strings.HasPrefix(l, "catalog query ") || strings.HasPrefix(l, "catalog read: ") {
			timed++
		}
	}
	require.GreaterOrEqual(t, timed, n+3, "a line per query and per phase:\n%s", strings.Join(logs, "\n"))
}

// rowsOf returns the rows the named query returned.
func rowsOf(steps []Step, query string) int {
	for _, s := range steps {
		if s.Query == query {
			return s.Rows
		}
	}
	return -1
}

// The constraints query names pg_constraint within what pg_stat_activity
// shows of it (track_activity_query_size, 1024 bytes by default).
func TestConstraintsQueryNamesItsCatalogEarly(t *testing.T) {
	i := strings.Index(constraintsSQL, "pg_catalog.pg_constraint con")
	require.GreaterOrEqual(t, i, 0)
	require.Less(t, i+len("pg_catalog.pg_constraint con"), 1024)
}

// The columns query has no ORDER BY: whatever order the rows come in, a
// table's columns are in attnum order, dropped columns (gaps) left out.
func TestPlaceColumnKeepsAttnumOrder(t *testing.T) {
	for _, order := range [][]int16{{1, 2, 4}, {4, 2, 1}, {2, 4, 1}} {
		r := newReader(Options{})
		tbl := &model.Table{Name: "t"}
		for _, num := range order {
			name := fmt.Sprintf("c%d", num)
			r.placeColumn(tbl, 7, num, attr{name: name, col: &model.Column{Name: name}})
		}
		var got []string
		for _, c := range tbl.Columns {
			got = append(got, c.Name)
		}
		require.Equal(t, []string{"c1", "c2", "c4"}, got, "rows in order %v", order)
	}
}
