package sqlparse

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestDrop(t *testing.T) {
	tests := []struct {
		name string
		sql  string
		want []string
	}{
		{"drop table cascade drops referencing foreign keys",
			`CREATE TABLE p (id int PRIMARY KEY);
			 CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);
			 DROP TABLE p CASCADE;
			 DROP TABLE IF EXISTS p;`,
			[]string{"table public.c", "column public.c.id integer not null", "column public.c.p_id integer", "primary key public.c c_pkey (id)"}},
		{"drop column takes its indexes and constraints",
			`CREATE TABLE w (a int, b int, c int GENERATED ALWAYS AS (a * 2) STORED, CHECK (a > b), UNIQUE (b), UNIQUE (a, b));
			 CREATE INDEX ON w ((a + 1));
			 CREATE INDEX ON w (b) WHERE a > 0;
			 CREATE INDEX ON w (b);
			 ALTER TABLE w DROP COLUMN a CASCADE;`,
			[]string{"table public.w", "column public.w.b integer", "unique public.w w_b_key (b)", "index public.w w_b_idx1 USING btree (b)"}},
		{"drop constraint cascade drops dependent foreign keys",
			`CREATE TABLE p (id int PRIMARY KEY);
			 CREATE TABLE r (p_id int REFERENCES p);
			 ALTER TABLE p DROP CONSTRAINT p_pkey CASCADE;`,
			[]string{"table public.p", "column public.p.id integer not null", "table public.r", "column public.r.p_id integer"}},
		{"drop type cascade drops its columns",
			`CREATE TYPE mood AS ENUM ('a');
			 CREATE DOMAIN m2 AS mood;
			 CREATE TABLE t (id int, m mood, n m2, o mood[]);
			 DROP TYPE mood CASCADE;`,
			[]string{"table public.t", "column public.t.id integer"}},
		{"drop schema cascade",
			`CREATE SCHEMA s; CREATE TABLE s.t (id int PRIMARY KEY); CREATE TYPE s.e AS ENUM ('x');
			 CREATE VIEW s.v AS SELECT 1; CREATE TABLE keep (t_id int REFERENCES s.t);
			 DROP SCHEMA s CASCADE;`,
			[]string{"table public.keep", "column public.keep.t_id integer"}},
		{"drop index, view, sequence",
			`CREATE TABLE t (a int); CREATE INDEX i ON t (a); CREATE VIEW v AS SELECT 1; CREATE MATERIALIZED VIEW mv AS SELECT 1;
			 CREATE SEQUENCE s; DROP INDEX i; DROP VIEW v; DROP MATERIALIZED VIEW mv; DROP SEQUENCE s;
			 DROP INDEX IF EXISTS i; DROP VIEW IF EXISTS v; CREATE SEQUENCE s;`,
			[]string{"table public.t", "column public.t.a integer"}},
		{"dropping a partitioned table drops its partitions",
			`CREATE TABLE p (a int) PARTITION BY LIST (a); CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
			 DROP TABLE p; CREATE TABLE p1 (b int);`,
			[]string{"table public.p1", "column public.p1.b integer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := replay(t, tt.sql)
			require.Equal(t, tt.want, describe(s, false))
		})
	}
}

func TestRenames(t *testing.T) {
	tests := []struct {
		name string
		sql  string
		want []string
	}{
		{"column rename reaches checks, generated columns, partition keys and partitions",
			`CREATE TABLE p (a int CHECK (a > 0), g int GENERATED ALWAYS AS (a + 1) STORED) PARTITION BY RANGE (a);
			 CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
			 ALTER TABLE p RENAME COLUMN a TO z;
			 ALTER TABLE p DETACH PARTITION p1;`,
			[]string{
				"table public.p partition by RANGE (z)",
				"column public.p.z integer",
				"column public.p.g integer generated z + 1",
				"check public.p p_a_check z > 0",
				"table public.p1",
				"column public.p1.z integer",
				"column public.p1.g integer generated z + 1",
				"check public.p1 p_a_check z > 0",
			}},
		{"attach partition",
			`CREATE TABLE ev (id int, at date NOT NULL) PARTITION BY RANGE (at);
			 CREATE TABLE ev_old (id int, at date NOT NULL);
			 ALTER TABLE ev ATTACH PARTITION ev_old FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
			 ALTER TABLE ev_old RENAME TO ev_2023;`,
			[]string{
				"table public.ev partition by RANGE (at)",
				"column public.ev.id integer",
				"column public.ev.at date not null",
				"partition public.ev public.ev_2023 FOR VALUES FROM (MINVALUE) TO ('2024-01-01')",
			}},
		{"schema and type renames move everything",
			`CREATE SCHEMA s; CREATE TYPE s.color AS ENUM ('red');
			 CREATE TABLE s.t (id int PRIMARY KEY, c s.color);
			 CREATE TABLE u (t_id int REFERENCES s.t);
			 ALTER SCHEMA s RENAME TO s2;
			 ALTER TYPE s2.color RENAME TO colour;
			 ALTER TABLE s2.t SET SCHEMA public;
			 ALTER TABLE t RENAME TO t2;`,
			[]string{
				"table public.t2",
				"column public.t2.id integer not null",
				"column public.t2.c s2.colour",
				"primary key public.t2 t_pkey (id)",
				"table public.u",
				"column public.u.t_id integer",
				"foreign key public.u u_t_id_fkey FOREIGN KEY (t_id) REFERENCES t2(id)",
				"enum s2.colour (red)",
			}},
		{"constraint and index renames",
			`CREATE TABLE t (a int PRIMARY KEY, b int UNIQUE, CHECK (b > 0));
			 ALTER TABLE t RENAME CONSTRAINT t_pkey TO t_pk;
			 ALTER INDEX t_b_key RENAME TO t_b_uq;
			 ALTER TABLE t RENAME CONSTRAINT t_b_check TO b_positive;
			 CREATE UNIQUE INDEX t_a_b ON t (a, b);
			 ALTER TABLE t ADD CONSTRAINT t_ab_key UNIQUE USING INDEX t_a_b;
			 CREATE TABLE t_pkey (x int);`,
			[]string{
				"table public.t",
				"column public.t.a integer not null",
				"column public.t.b integer",
				"primary key public.t t_pk (a)",
				"unique public.t t_b_uq (b)",
				"unique public.t t_ab_key (a, b)",
				"check public.t b_positive b > 0",
				"table public.t_pkey",
				"column public.t_pkey.x integer",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := replay(t, tt.sql)
			require.Equal(t, tt.want, describe(s, false))
		})
	}
}

func TestSearchPath(t *testing.T) {
	tests := []struct {
		name string
		sql  string
		opts Options
		want []string
	}{
		{"SET search_path TO",
			`CREATE SCHEMA a; CREATE SCHEMA b;
			 SET search_path TO b, a;
			 CREATE TABLE t1 (id int);
			 CREATE TABLE a.t2 (id int);
			 CREATE INDEX ON t2 (id);
			 SET search_path = "$user", a;
			 CREATE TABLE t3 (id int);
			 RESET search_path;
			 CREATE TABLE t4 (id int);`,
			Options{},
			[]string{
				"table b.t1", "column b.t1.id integer",
				"table a.t2", "column a.t2.id integer", "index a.t2 t2_id_idx USING btree (id)",
				"table a.t3", "column a.t3.id integer",
				"table public.t4", "column public.t4.id integer",
			}},
		{"set_config, SET LOCAL and SET SCHEMA",
			`CREATE SCHEMA "My Schema"; CREATE SCHEMA other;
			 SELECT set_config('search_path', '"My Schema", public', false);
			 CREATE TABLE t1 (id int);
			 SELECT set_config('search_path', 'OTHER', true);
			 SET LOCAL search_path TO other;
			 CREATE TABLE t2 (id int);
			 BEGIN;
			 SELECT pg_catalog.set_config('search_path', 'OTHER', true);
			 CREATE TABLE t3 (id int);
			 COMMIT;
			 CREATE TABLE t4 (id int);
			 SET SCHEMA 'public';
			 CREATE TABLE t5 (id int);`,
			Options{},
			[]string{
				"table My Schema.t1", "column My Schema.t1.id integer",
				"table My Schema.t2", "column My Schema.t2.id integer",
				"table other.t3", "column other.t3.id integer",
				"table My Schema.t4", "column My Schema.t4.id integer",
				"table public.t5", "column public.t5.id integer",
			}},
		{"the first existing schema of the path takes new objects; lookups try each",
			`CREATE TABLE t (id int);
			 CREATE TYPE mood AS ENUM ('a');
			 CREATE SCHEMA late;
			 CREATE TABLE late.t (x int);
			 CREATE TABLE u (m mood, n unknown_type);
			 ALTER TABLE t ADD COLUMN y int;`,
			Options{SearchPath: []string{"missing", "public", "late"}},
			[]string{
				"table public.t", "column public.t.id integer", "column public.t.y integer",
				"table late.t", "column late.t.x integer",
				"table public.u", "column public.u.m public.mood", "column public.u.n public.unknown_type",
				"enum public.mood (a)",
			}},
		{"Options.Schemas exist before the scripts",
			`CREATE TABLE t (id int);`,
			Options{SearchPath: []string{"app"}, Schemas: []string{"app"}},
			[]string{"table app.t", "column app.t.id integer"}},
		{"a reconnect resets the search_path",
			"CREATE SCHEMA a;\nSET search_path TO a;\n\\connect other\nCREATE TABLE t (id int);",
			Options{},
			[]string{"table public.t", "column public.t.id integer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse([]byte(tt.sql), "test.sql", tt.opts)
			require.NoError(t, err)
			require.Equal(t, tt.want, describe(s, false))
		})
	}
}

func TestDuplicates(t *testing.T) {
	sql := `CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY, a text UNIQUE);
CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY, a varchar(10) UNIQUE, b int REFERENCES t);
CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY);
CREATE VIEW v AS SELECT 1;
CREATE TABLE IF NOT EXISTS v (x int);
`
	s, _ := replay(t, sql)
	require.Len(t, s.Tables, 1)
	require.Len(t, s.Duplicates, 2)
	first := s.Tables[0]
	for _, d := range s.Duplicates {
		require.Same(t, first, d.First)
	}
	later := s.Duplicates[0].Later
	require.Equal(t, model.Pos{File: "test.sql", Line: 2, Col: 1}, later.Pos)
	// The later definition is named as PostgreSQL would have named it on
	// its own, not against the table that already exists.
	require.Equal(t, "t_pkey", later.PrimaryKey.Name)
	require.Equal(t, "t_a_key", later.Uniques[0].Name)
	require.Equal(t, "character varying(10)", later.Columns[1].Type.String())
	require.Equal(t, "t_b_fkey", later.ForeignKeys[0].Name)
	require.Equal(t, "t", later.ForeignKeys[0].RefTable)
	// The first definition is untouched.
	require.Equal(t, "text", first.Columns[1].Type.String())
	require.Len(t, first.Columns, 2)
}

func TestTruncation(t *testing.T) {
	long := strings.Repeat("a", 70)
	longCol := strings.Repeat("b", 70)
	s, _ := replay(t, "CREATE TABLE "+long+" ("+longCol+" int UNIQUE, c int, d int REFERENCES "+long+" ("+longCol+"));\n"+
		"CREATE INDEX ON "+long+" (c);\nCREATE INDEX ON "+long+" (c);\n"+
		`CREATE TABLE "ünïcödé_täble_with_a_very_long_name_ääääääääääääääääääää" (ö int UNIQUE, id serial);`)
	require.Equal(t, []string{
		"table public." + strings.Repeat("a", 63),
		"column public." + strings.Repeat("a", 63) + "." + strings.Repeat("b", 63) + " integer",
		"column public." + strings.Repeat("a", 63) + ".c integer",
		"column public." + strings.Repeat("a", 63) + ".d integer",
		"unique public." + strings.Repeat("a", 63) + " " + strings.Repeat("a", 29) + "_" + strings.Repeat("b", 29) + "_key (" + strings.Repeat("b", 63) + ")",
		"foreign key public." + strings.Repeat("a", 63) + " " + strings.Repeat("a", 56) + "_d_fkey FOREIGN KEY (d) REFERENCES " + strings.Repeat("a", 63) + "(" + strings.Repeat("b", 63) + ")",
		"index public." + strings.Repeat("a", 63) + " " + strings.Repeat("a", 57) + "_c_idx USING btree (c)",
		"index public." + strings.Repeat("a", 63) + " " + strings.Repeat("a", 56) + "_c_idx1 USING btree (c)",
		// 63 bytes without splitting a character; the generated name
		// shortens the table name by bytes, too.
		"table public.ünïcödé_täble_with_a_very_long_name_äääääääääää",
		"column public.ünïcödé_täble_with_a_very_long_name_äääääääääää.ö integer",
		"column public.ünïcödé_täble_with_a_very_long_name_äääääääääää.id integer not null auto",
		"unique public.ünïcödé_täble_with_a_very_long_name_äääääääääää ünïcödé_täble_with_a_very_long_name_äääääää_ö_key (ö)",
	}, describe(s, false))
	for _, line := range describe(s, false) {
		for _, word := range strings.Fields(line) {
			for _, part := range strings.FieldsFunc(word, func(r rune) bool { return strings.ContainsRune(".()", r) }) {
				require.LessOrEqual(t, len(part), model.MaxIdentLen, part)
			}
		}
	}
}

func TestMakeObjectName(t *testing.T) {
	tests := []struct {
		name1, name2 string
		hasName2     bool
		label, want  string
	}{
		{"t", "", false, "pkey", "t_pkey"},
		{"t", "a_b", true, "key", "t_a_b_key"},
		{strings.Repeat("x", 40), strings.Repeat("y", 40), true, "idx", strings.Repeat("x", 29) + "_" + strings.Repeat("y", 29) + "_idx"},
		{strings.Repeat("x", 60), "c", true, "idx", strings.Repeat("x", 57) + "_c_idx"},
		{"ab", strings.Repeat("é", 40), true, "key", "ab_" + strings.Repeat("é", 28) + "_key"},
	}
	for _, tt := range tests {
		got := model.ObjectName(tt.name1, tt.name2, tt.hasName2, tt.label)
		require.Equal(t, tt.want, got)
		require.LessOrEqual(t, len(got), model.MaxIdentLen)
	}
	taken := map[string]bool{"t_a_key": true, "t_a_key1": true}
	require.Equal(t, "t_a_key2", chooseName("t", "a", true, "key", func(n string) bool { return taken[n] }))
}

func TestPositions(t *testing.T) {
	sql := "-- ünïcode comment\n" +
		"CREATE TABLE t (\n" +
		"  id int PRIMARY KEY,\n" +
		"\t\"ä\" text CHECK (\"ä\" <> '')\n" +
		");  CREATE INDEX i ON t (id);\n"
	s, _ := replay(t, sql)
	require.Equal(t, []string{
		"table public.t @test.sql:2:1",
		"column public.t.id integer not null @test.sql:3:3",
		"column public.t.ä text @test.sql:4:2",
		"primary key public.t t_pkey (id) @test.sql:3:10",
		`check public.t t_ä_check "ä" <> '' @test.sql:4:11`,
		"index public.t i USING btree (id) @test.sql:5:5",
	}, describe(s, true))
}

// DROP ... CASCADE drops the views that read what it drops, at any depth;
// without CASCADE the views are left (PostgreSQL would have refused).
func TestDropCascadeViews(t *testing.T) {
	base := `CREATE TABLE t (id int); CREATE TABLE u (id int);
		CREATE VIEW v AS SELECT id FROM t;
		CREATE MATERIALIZED VIEW mv AS SELECT * FROM v;
		CREATE VIEW w AS SELECT x.id FROM (SELECT id FROM mv) x JOIN u USING (id);
		CREATE VIEW other AS SELECT id FROM u;
		`
	for _, tc := range []struct{ drop, want string }{
		{"DROP VIEW v CASCADE;", "other"},
		{"DROP TABLE t CASCADE;", "other"},
		{"DROP MATERIALIZED VIEW mv CASCADE;", "other v"},
		{"DROP TABLE u CASCADE;", "mv v"},
		{"DROP VIEW v;", "mv other w"},
	} {
		s, _ := replay(t, base+tc.drop)
		var names []string
		for _, v := range s.Views {
			names = append(names, v.Name)
		}
		sort.Strings(names)
		require.Equal(t, tc.want, strings.Join(names, " "), tc.drop)
	}
}
