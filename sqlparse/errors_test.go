package sqlparse

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		sql  string
		want string
	}{
		// Syntax errors: pg_query's cursor counts characters, not bytes.
		{"syntax error after multi-byte text",
			"CREATE TABLE t (a int);\n-- héllo wörld\nCREATE TABLE ü (\n  näme text,\n  x int NOT NUL\n);",
			`test.sql:5:13: syntax error at or near "NUL"`},
		{"syntax error at end of input", "CREATE TABLE t (\n  a int", "test.sql:2:8: syntax error at end of input"},
		{"unterminated quoted string", "SELECT 1;\nSELECT 'ab", `test.sql:2:8: unterminated quoted string at or near "'ab"`},
		{"unterminated dollar quote", "DO $$ BEGIN", `test.sql:1:4: unterminated dollar-quoted string at or near "$$ BEGIN"`},
		{"unterminated comment", "/* x", "test.sql:1:1: unterminated /* comment at or near \"/* x\""},
		{"NUL byte", "CREATE TABLE t (a int);\x00", `test.sql:1:24: invalid byte sequence for encoding "UTF8": 0x00`},
		{"invalid UTF-8", "-- ok\nCREATE TABLE \xff (a int);", `test.sql:2:14: invalid byte sequence for encoding "UTF8": 0xff`},
		{"a psql variable the scripts do not set is named", "CREATE SCHEMA :name;",
			`test.sql:1:15: syntax error at or near ":" (psql variable :name is not set by the scripts: give its value with --psql-var name=VALUE)`},

		// Statements PostgreSQL would reject while running the scripts.
		{"table exists", "CREATE TABLE t (a int);\nCREATE TABLE t (b int);", `test.sql:2:14: relation "t" already exists`},
		{"index name taken by a table", "CREATE TABLE t (a int);\nCREATE INDEX t ON t (a);", `test.sql:2:1: relation "t" already exists`},
		{"alter missing table", "ALTER TABLE nope ADD COLUMN x int;", `test.sql:1:13: relation "nope" does not exist`},
		{"index on missing column", "CREATE TABLE t (a int);\nCREATE INDEX ON t (lower(b));", `test.sql:2:1: column "b" does not exist`},
		{"duplicate column", "CREATE TABLE t (a int, a text);", `test.sql:1:24: column "a" specified more than once`},
		{"add existing column", "CREATE TABLE t (a int);\nALTER TABLE t ADD COLUMN a int;", `test.sql:2:26: column "a" of relation "t" already exists`},
		{"two primary keys", "CREATE TABLE t (a int PRIMARY KEY, b int PRIMARY KEY);", `test.sql:1:42: multiple primary keys for table "t" are not allowed`},
		{"conflicting null", "CREATE TABLE t (a int NOT NULL NULL);", `test.sql:1:32: conflicting NULL/NOT NULL declarations for column "a" of table "t"`},
		{"two defaults", "CREATE TABLE t (a serial DEFAULT 1);", `test.sql:1:26: multiple default values specified for column "a" of table "t"`},
		{"identity on text", "CREATE TABLE t (a text GENERATED ALWAYS AS IDENTITY);", "test.sql:1:24: identity column type must be smallint, integer, or bigint"},
		{"key on missing column", "CREATE TABLE t (a int, UNIQUE (b));", `test.sql:1:24: column "b" named in key does not exist`},
		{"foreign key to missing table", "CREATE TABLE t (a int REFERENCES nope);", `test.sql:1:34: relation "nope" does not exist`},
		{"foreign key column count",
			"CREATE TABLE p (a int, b int, PRIMARY KEY (a, b));\nCREATE TABLE c (x int REFERENCES p);",
			"test.sql:2:23: number of referencing and referenced columns for foreign key disagree"},
		{"drop referenced table",
			"CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (p_id int REFERENCES p);\nDROP TABLE p;",
			"test.sql:3:1: cannot drop table p because other objects depend on it (constraint c_p_id_fkey on table c)"},
		{"drop constraint index", "CREATE TABLE t (a int PRIMARY KEY);\nDROP INDEX t_pkey;",
			"test.sql:2:1: cannot drop index t_pkey because constraint t_pkey on table t requires it"},
		{"drop missing table", "DROP TABLE nope;", `test.sql:1:1: table "nope" does not exist`},
		{"drop view as table", "CREATE VIEW v AS SELECT 1;\nDROP TABLE v;", `test.sql:2:1: "v" is not a table`},
		{"drop not null of key", "CREATE TABLE t (a int PRIMARY KEY);\nALTER TABLE t ALTER a DROP NOT NULL;", `test.sql:2:13: column "a" is in a primary key`},
		{"missing schema", "CREATE TABLE nope.t (a int);", `test.sql:1:14: schema "nope" does not exist`},
		{"no schema to create in", "SET search_path TO nope;\nCREATE TABLE t (a int);", "test.sql:2:14: no schema has been selected to create in"},
		{"schema exists", "CREATE SCHEMA s;\nCREATE SCHEMA s;", `test.sql:2:1: schema "s" already exists`},
		{"type exists", "CREATE TABLE t (a int);\nCREATE TYPE t AS ENUM ('x');", `test.sql:2:1: type "t" already exists`},
		{"enum label exists", "CREATE TYPE e AS ENUM ('x');\nALTER TYPE e ADD VALUE 'x';", `test.sql:2:1: enum label "x" already exists`},
		{"rename to existing column", "CREATE TABLE t (a int, b int);\nALTER TABLE t RENAME a TO b;", `test.sql:2:1: column "b" of relation "t" already exists`},

		// Inside DO blocks, positions map back into the file.
		{"unconditional statement in a DO block",
			"DO $$\nBEGIN\n  ALTER TABLE nope ADD COLUMN x int;\nEND $$;",
			`test.sql:3:15: relation "nope" does not exist`},
		{"syntax error inside a DO block",
			"CREATE TABLE t (a int);\nDO $$\nBEGIN\n  IF true THEN\n    ALTER TABLE t ADD COLUMN \"é\" int;\n    CREATE TABLE (x int);\n  END IF;\nEND $$;",
			`test.sql:6:18: syntax error at or near "("`},
		{"PL/pgSQL error inside a DO block",
			"DO $$\nBEGIN\n  IF true THEN\n    NULL;\nEND $$;",
			"test.sql:5:5: syntax error at end of input (in DO block)"},
		{"unknown PL/pgSQL variable",
			"DO $$\nBEGIN\n  x := 1;\nEND $$;",
			`test.sql:3:3: "x" is not a known variable (in DO block)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, replayErr(t, tt.sql))
		})
	}
}

// TestErrorOrder checks that statements before a bad one run first, as in
// psql: a replay error earlier in the file wins over a later syntax error,
// and the statements before a syntax error are applied.
func TestErrorOrder(t *testing.T) {
	require.Equal(t, `test.sql:2:14: relation "t" already exists`,
		replayErr(t, "CREATE TABLE t (a int);\nCREATE TABLE t (a int);\nCREATE TABLE (;"))

	// A script large enough to be parsed in several pieces reports the
	// same error as a small one.
	big := strings.Repeat("CREATE TABLE IF NOT EXISTS t (a int);\n", chunkSize/20) + "CREATE TABLE (;\n"
	require.Equal(t, "test.sql:"+strconv.Itoa(chunkSize/20+1)+":14: syntax error at or near \"(\"", replayErr(t, big))
	big = strings.Repeat("CREATE TABLE IF NOT EXISTS t (a int);\n", chunkSize/20) + "CREATE TABLE t (b int);\nCREATE TABLE (;\n"
	require.Equal(t, "test.sql:"+strconv.Itoa(chunkSize/20+1)+":14: relation \"t\" already exists", replayErr(t, big))
}

// TestChunkedParse checks that a script cut into pieces replays like one
// parsed whole, including when a cut falls inside a BEGIN ATOMIC function
// body, whose semicolons do not end the statement.
func TestChunkedParse(t *testing.T) {
	var b strings.Builder
	stmt := "CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY, note text DEFAULT 'a;b');\n"
	fn := "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\n"
	firstSemi := strings.Index(fn, ";") + 1
	for b.Len()+len(stmt) < chunkSize-firstSemi-10 {
		b.WriteString(stmt)
	}
	// Pad with a comment so that the function's first semicolon is the
	// first one past chunkSize.
	b.WriteString("--" + strings.Repeat(" ", chunkSize-firstSemi-b.Len()-3) + "\n")
	b.WriteString(fn)
	for b.Len() < 3*chunkSize {
		b.WriteString(stmt)
	}
	b.WriteString("CREATE TABLE last (id int);\n")
	script := b.String()

	src := newSource("test.sql", "", []byte(script))
	require.Greater(t, len(src.chunks), 2)
	<-src.chunks[0].done
	require.Error(t, src.chunks[0].err, "the first cut falls inside the function body")
	src.stopParsing()

	s, _ := replay(t, script)
	require.Len(t, s.Tables, 2)
	require.Equal(t, "last", s.Tables[1].Name)
	require.Len(t, s.Duplicates, strings.Count(script, "IF NOT EXISTS t")-1)
	require.Equal(t, strings.Count(script, "\n"), s.Tables[1].Pos.Line)
}
