package sqlparse

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDoBlocks(t *testing.T) {
	tests := []struct {
		name  string
		sql   string
		want  []string
		notes []string
	}{
		{"migration guard",
			`CREATE TABLE schema_migrations (version int PRIMARY KEY);
CREATE TABLE t (id int PRIMARY KEY);
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 6) THEN
        CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY, note text);
        CREATE INDEX IF NOT EXISTS t_id ON t (id);
        ALTER TABLE t ADD COLUMN IF NOT EXISTS extra int;
        INSERT INTO schema_migrations VALUES (6);
    END IF;
END $$;`,
			[]string{
				"table public.schema_migrations @test.sql:1:1",
				"column public.schema_migrations.version integer not null @test.sql:1:33",
				"primary key public.schema_migrations schema_migrations_pkey (version) @test.sql:1:45",
				"table public.t @test.sql:2:1",
				"column public.t.id integer not null @test.sql:2:17",
				"column public.t.extra integer @test.sql:8:48",
				"primary key public.t t_pkey (id) @test.sql:2:24",
				"index public.t t_id USING btree (id) @test.sql:7:9",
				"duplicate public.t (id, note) @test.sql:6:9",
			},
			nil},
		{"every branch replays, in order; what fails is a note",
			`DO $body$
DECLARE n int := 0;
BEGIN
  IF n = 0 THEN
    CREATE TABLE a (id int);
  ELSIF n = 1 THEN
    CREATE TABLE a (other int);
  ELSE
    CREATE TABLE c (id int);
  END IF;
  CASE n WHEN 1 THEN CREATE TABLE d (id int); ELSE ALTER TABLE c ADD COLUMN x int; END CASE;
  FOR i IN 1..3 LOOP
    ALTER TABLE a ADD COLUMN IF NOT EXISTS looped int;
  END LOOP;
  WHILE false LOOP CREATE TABLE w (id int); END LOOP;
  BEGIN
    CREATE TABLE nested (id int);
  END;
END $body$ LANGUAGE plpgsql;`,
			[]string{
				"table public.a @test.sql:5:5",
				"column public.a.id integer @test.sql:5:21",
				"column public.a.looped integer @test.sql:13:44",
				"table public.c @test.sql:9:5",
				"column public.c.id integer @test.sql:9:21",
				"column public.c.x integer @test.sql:11:77",
				"table public.d @test.sql:11:22",
				"column public.d.id integer @test.sql:11:38",
				"table public.w @test.sql:15:20",
				"column public.w.id integer @test.sql:15:36",
				"table public.nested @test.sql:17:5",
				"column public.nested.id integer @test.sql:17:26",
			},
			[]string{`test.sql:7:18: skipped (would fail unless its condition kept it from running): relation "a" already exists`}},
		{"exception blocks swallow errors",
			`CREATE TYPE mood AS ENUM ('a');
DO $$ BEGIN
  CREATE TYPE mood AS ENUM ('a', 'b');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;`,
			[]string{"enum public.mood (a) @test.sql:1:1"},
			[]string{`test.sql:3:3: skipped (would fail unless its condition kept it from running): type "mood" already exists`}},
		{"EXECUTE of a constant string",
			"DO $$ BEGIN\n  EXECUTE 'CREATE TABLE dyn (id int)';\n  EXECUTE $q$CREATE INDEX ON dyn (id)$q$;\n  EXECUTE format('CREATE TABLE %I (id int)', 'x');\nEND $$;",
			[]string{
				"table public.dyn @test.sql:2:12",
				"column public.dyn.id integer @test.sql:2:30",
				"index public.dyn dyn_id_idx USING btree (id) @test.sql:3:14",
			},
			[]string{"test.sql:4:11: EXECUTE of a computed string not replayed"}},
		{"DO LANGUAGE first, quoted body, PERFORM set_config",
			"CREATE SCHEMA s;\nDO LANGUAGE plpgsql 'BEGIN PERFORM set_config(''search_path'', ''s'', false); END';\nCREATE TABLE t (id int);\n" +
				"DO $$ BEGIN PERFORM set_config('search_path', 'public', true); CREATE TABLE in_do (id int); END $$;\nCREATE TABLE u (id int);",
			[]string{
				"table s.t @test.sql:3:1", "column s.t.id integer @test.sql:3:17",
				"table public.in_do @test.sql:4:64", "column public.in_do.id integer @test.sql:4:84",
				"table s.u @test.sql:5:1", "column s.u.id integer @test.sql:5:17",
			},
			nil},
		{"other languages are not replayed",
			"DO LANGUAGE plpython3u $$ plpy.execute('CREATE TABLE x (a int)') $$;",
			nil,
			[]string{"test.sql:1:1: DO block in language plpython3u not replayed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, notes := replay(t, tt.sql)
			require.Equal(t, tt.want, describe(s, true))
			require.Equal(t, tt.notes, notes)
		})
	}
}
