package sqlparse

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzParse replays arbitrary scripts: no input may panic or hang, and
// every error must carry a position in the script.
func FuzzParse(f *testing.F) {
	for _, p := range []string{"../testdata/aria/01-schema.sql", "../testdata/aria/02-migrations.sql", "../testdata/aria-hotfix.sql"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	for _, seed := range []string{
		"CREATE TABLE t (id serial PRIMARY KEY, a text UNIQUE REFERENCES t (a), CHECK (a <> ''));",
		"CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (2);",
		"CREATE TABLE t (a int); ALTER TABLE t RENAME a TO b, ADD COLUMN c int; DROP TABLE t CASCADE;",
		"CREATE TYPE e AS ENUM ('a'); ALTER TYPE e ADD VALUE 'b' BEFORE 'a'; CREATE DOMAIN d AS e CHECK (VALUE <> 'a');",
		"DO $$ BEGIN IF x THEN CREATE TABLE t (a int); ELSE EXECUTE 'DROP TABLE t'; END IF; END $$;",
		"DO $$ BEGIN CREATE TABLE (; END $$;",
		"CREATE TABLE t (a int); ALTER TABLE t ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY; CREATE POLICY p ON t AS RESTRICTIVE FOR SELECT TO PUBLIC, CURRENT_USER USING (a IN (SELECT a FROM t s WHERE s.a = a)); ALTER POLICY p ON t RENAME TO q; ALTER POLICY q ON t TO x WITH CHECK (a > 0); ALTER TABLE t RENAME a TO b; DROP POLICY IF EXISTS q ON t; DROP POLICY q ON u;",
		"DO $$ BEGIN IF THEN",
		"DO LANGUAGE plpgsql $x$ BEGIN PERFORM set_config('search_path', 'a', true); END $x$;",
		"\\set x 1\n\\echo 'a'\n\\if :x\nSELECT 1;\n\\endif\n",
		"\\ir nope.sql\n",
		"\\i\n",
		"SELECT 'unterminated", "SELECT $$unterminated", "SELECT $a$ $b$ $a", "/* unterminated /* nested */",
		"SELECT E'\\'", "CREATE TABLE \"unterminated (a int);",
		"CREATE TABLE t (a int);\x00", "CREATE TABLE \xff\xfe (a int);", "\xef\xbb\xbfCREATE TABLE t (a int);",
		strings.Repeat("(", 1000) + "1" + strings.Repeat(")", 1000),
		"SELECT " + strings.Repeat("ARRAY[", 500) + "1" + strings.Repeat("]", 500) + ";",
		"CREATE TABLE t (a int CHECK (" + strings.Repeat("a BETWEEN SYMMETRIC 1 AND ", 30) + "2));",
		"COPY t FROM stdin;\n1\n\\.\n",
		"CREATE SCHEMA s CREATE TABLE t (a int) CREATE VIEW v AS SELECT 1; DROP SCHEMA s CASCADE;",
		"CREATE TABLE t (LIKE nope); CREATE TABLE u () INHERITS (nope);",
		"SELECT 1 \\g\nSELECT 2 \\gx\n",
		"CREATE SEQUENCE s AS smallint INCREMENT -2 MINVALUE -9223372036854775808 NO MAXVALUE CACHE 0 CYCLE; ALTER SEQUENCE s AS bigint OWNED BY t.c;",
		"CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME x START 5)); ALTER TABLE t ALTER a SET INCREMENT BY 0 RESTART;",
		"CREATE EXTENSION IF NOT EXISTS earthdistance SCHEMA s VERSION '1' CASCADE; ALTER EXTENSION x UPDATE; DROP EXTENSION IF EXISTS y;",
		"CREATE TABLE t (a int); GRANT SELECT (a), UPDATE ON t TO r WITH GRANT OPTION; REVOKE GRANT OPTION FOR ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;",
		"CREATE FUNCTION f(int, OUT b text) LANGUAGE sql AS 'x'; REVOKE ALL ON FUNCTION f FROM PUBLIC; ALTER FUNCTION f(int) OWNER TO r; GRANT EXECUTE ON ROUTINE nope() TO CURRENT_USER;",
		"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO r; CREATE SEQUENCE s; ALTER SEQUENCE s OWNER TO r; CREATE SCHEMA a AUTHORIZATION r; GRANT USAGE ON SCHEMA a TO r;",
		"CREATE TABLE t (a int); CREATE FUNCTION f(x t.a%TYPE, OUT y int) LANGUAGE sql AS 'SELECT x'; ALTER FUNCTION f RENAME TO g;",
		"CREATE FUNCTION f(int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT $1; END; DROP FUNCTION f(int), nope(text);",
		"CREATE TABLE t (a int); CREATE TRIGGER tr AFTER UPDATE OF a ON t FOR EACH ROW WHEN (OLD.a <> NEW.a) EXECUTE FUNCTION f(1); ALTER TABLE t DISABLE TRIGGER tr; DROP TRIGGER tr ON t;",
		"CREATE TABLE b (r int, d tsrange, EXCLUDE USING gist (r WITH =, d WITH OPERATOR(pg_catalog.&&)) WHERE (r > 0) DEFERRABLE);",
		"CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID; ALTER TABLE t VALIDATE CONSTRAINT c;",
		"CREATE TABLE t (a int NOT NULL UNIQUE); ALTER TABLE t REPLICA IDENTITY USING INDEX t_a_key; ALTER TABLE t REPLICA IDENTITY FULL;",
		"CREATE SCHEMA x; CREATE EXTENSION pg_trgm SCHEMA x; SET search_path = public, x; CREATE TABLE t (s text CHECK (s % 'a' AND - s IS NULL), n int DEFAULT similarity('a', 'b')); CREATE INDEX ON t USING gist (s gist_trgm_ops (siglen = 8), (s % s)); ALTER TABLE t ADD CHECK (n % 2 = 0 OR s % n::text);",
		"CREATE TABLE p (id int, k text) PARTITION BY LIST (k); CREATE TABLE p1 (id int, k text); ALTER TABLE ONLY p ATTACH PARTITION p1 FOR VALUES IN ('a'); ALTER TABLE ONLY p1 ADD PRIMARY KEY (id, k); ALTER TABLE ONLY p ADD PRIMARY KEY (id, k); ALTER INDEX p_pkey ATTACH PARTITION p1_pkey; ALTER INDEX p1_pkey ATTACH PARTITION p_pkey;",
	} {
		f.Add(seed)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, sql string) {
		s, err := Parse([]byte(sql), filepath.Join(dir, "fuzz.sql"), Options{})
		if err != nil {
			require.Nil(t, s)
			var pe *Error
			require.True(t, errors.As(err, &pe), "error without a position: %v", err)
			require.False(t, pe.Pos.IsZero(), "error without a position: %v", err)
			require.GreaterOrEqual(t, pe.Pos.Line, 1)
			require.LessOrEqual(t, pe.Pos.Line, strings.Count(sql, "\n")+1)
			require.GreaterOrEqual(t, pe.Pos.Col, 1)
			return
		}
		require.NotNil(t, s)
		for _, tb := range s.Tables {
			require.NotEmpty(t, tb.Name)
			require.LessOrEqual(t, len(tb.Name), 63)
		}
	})
}
