package normalize

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// TestTypeNameAgreesWithModel reads every spelling twice — off pg_query's
// parse tree with TypeName, and as text with model.ParseType, which is how
// the catalog's format_type output and the spec's SQL spellings arrive —
// and requires one type, so that a column cannot drift from itself only
// because its sources were read differently.
func TestTypeNameAgreesWithModel(t *testing.T) {
	for _, s := range []string{
		"integer", "INT", "int4", "int2", "int8", "smallint", "bigint", "pg_catalog.int4",
		"serial", "BIGSERIAL", "smallserial", "pg_catalog.serial",
		"VARCHAR(255)", "varchar", "character varying(5)", "char varying(3)", "pg_catalog.varchar(3)",
		"national character varying(4)", "nchar varying(2)", "character varying[]",
		"char", "char(3)", "character(1)", "nchar(2)", "national char", "bpchar", "bpchar(4)", `"char"`,
		"interval", "interval(2)", "interval year", "interval day to second(3)",
		"interval hour to minute", "interval minute to second(2)",
		"timestamp(3)", "TIMESTAMP WITH TIME ZONE", "timestamptz", "timestamp with time zone[]",
		"time", "timetz", "time(2) with time zone", "date",
		"float", "float(10)", "float(24)", "float(25)", "float8", "double precision", "real",
		"decimal(10)", "dec(5,2)", "numeric(10,6)", "money",
		"text[]", "integer[]", "int[3]", "text array",
		"bool", "bytea", "jsonb", "json", "uuid", "xml", "name", "oid", "inet", "tsvector",
		"bit", "bit(3)", "bit varying(5)", "varbit", "box", "int4range", "txid_snapshot", "pg_lsn",
		"jsonpath", "pg_catalog.jsonpath", "regtype", "record", "pg_catalog.foo", "public.mood", "public.citext",
	} {
		text, textSerial, err := model.ParseType(s)
		require.NoError(t, err, s)
		tree, treeSerial, err := TypeName(columnType(t, s), nil)
		require.NoError(t, err, s)
		require.Equal(t, tree.String(), text.String(), "type %q", s)
		require.Equal(t, treeSerial, textSerial, "serial %q", s)
	}
	// An unqualified user-defined name is the one difference, by design:
	// the text keeps it bare for a caller that knows the search_path.
	text, _, err := model.ParseType("mood")
	require.NoError(t, err)
	require.Equal(t, "mood", text.String())
	tree, _, err := TypeName(columnType(t, "mood"), nil)
	require.NoError(t, err)
	require.Equal(t, "public.mood", tree.String())
}
