package model

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Each row lists spellings that must normalize to the same type.
func TestTypeSpellingsEqual(t *testing.T) {
	for _, tc := range []struct {
		want string
		sql  []string // SQL or format_type spellings
	}{
		{"character varying(255)", []string{"VARCHAR(255)", "character varying(255)", "varchar (255)", "pg_catalog.varchar(255)"}},
		{"character varying", []string{"varchar", "CHARACTER VARYING"}},
		{"text", []string{"TEXT", "text"}},
		{"integer", []string{"int", "int4", "INTEGER", "pg_catalog.int4"}},
		{"bigint", []string{"int8", "BIGINT"}},
		{"smallint", []string{"int2", "smallint"}},
		{"timestamp with time zone", []string{"timestamptz", "TIMESTAMP WITH TIME ZONE", "timestamp  with time zone"}},
		{"timestamp without time zone", []string{"timestamp", "TIMESTAMP WITHOUT TIME ZONE"}},
		{"timestamp(3) with time zone", []string{"timestamptz(3)", "timestamp(3) with time zone"}},
		{"time with time zone", []string{"timetz", "time with time zone"}},
		{"numeric(10,6)", []string{"NUMERIC(10,6)", "decimal(10, 6)"}},
		{"numeric(5,0)", []string{"numeric(5)", "numeric(5,0)"}},
		{"numeric", []string{"numeric", "decimal"}},
		{"jsonb", []string{"JSONB", "jsonb"}},
		{"json", []string{"json"}},
		{"uuid", []string{"UUID"}},
		{"boolean", []string{"bool", "BOOLEAN"}},
		{"double precision", []string{"float8", "double precision", "float", "float(25)"}},
		{"real", []string{"float4", "real", "float(24)"}},
		{"character(1)", []string{"char", "character", "character(1)", "nchar", "national character"}},
		{"character varying(4)", []string{"national character varying(4)", "nchar varying(4)"}},
		{"jsonpath", []string{"jsonpath", "pg_catalog.jsonpath"}},
		{"bytea", []string{"bytea"}},
		{"text[]", []string{"text[]", "TEXT ARRAY", "text[][]", "text[3]"}},
		{"integer[]", []string{"int4[]", "integer[]"}},
		{"interval", []string{"interval"}},
		{"interval day to second(3)", []string{"interval day to second(3)"}},
		{"public.mood", []string{"public.mood"}},
	} {
		t.Run(tc.want, func(t *testing.T) {
			for _, s := range tc.sql {
				got, _, err := ParseType(s)
				require.NoError(t, err, s)
				require.Equal(t, tc.want, got.String(), "SQL spelling %q", s)
			}
		})
	}
}

// Spellings that must NOT compare equal.
func TestTypeSpellingsDiffer(t *testing.T) {
	for _, tc := range [][2]string{
		{"varchar(255)", "text"},
		{"varchar(100)", "varchar(255)"},
		{"timestamp", "timestamptz"},
		{"numeric(10,6)", "numeric(10,2)"},
		{"int", "bigint"},
		{"json", "jsonb"},
		{"text", "text[]"},
	} {
		a, _, err := ParseType(tc[0])
		require.NoError(t, err)
		b, _, err := ParseType(tc[1])
		require.NoError(t, err)
		require.False(t, a.Equal(b), "%s vs %s", tc[0], tc[1])
	}
}

func TestSerial(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{{"serial", "integer"}, {"SERIAL4", "integer"}, {"bigserial", "bigint"}, {"smallserial", "smallint"}} {
		got, serial, err := ParseType(tc.in)
		require.NoError(t, err)
		require.True(t, serial, tc.in)
		require.Equal(t, tc.want, got.String())
	}
	// Only an unqualified name is the pseudo-type.
	got, serial, err := ParseType("pg_catalog.serial")
	require.NoError(t, err)
	require.False(t, serial)
	require.Equal(t, "integer", got.String())
}

func TestFamilies(t *testing.T) {
	fam := func(s string) Family {
		ty, _, err := ParseType(s)
		require.NoError(t, err)
		return ty.Family()
	}
	require.Equal(t, FamilyText, fam("varchar(100)"))
	require.Equal(t, FamilyText, fam("text"))
	require.Equal(t, FamilyInteger, fam("bigint"))
	require.Equal(t, FamilyTimestamp, fam("timestamptz"))
	require.Equal(t, Family("uuid"), fam("uuid"))
	require.NotEqual(t, fam("text"), fam("text[]"))
}

func TestIdentifiers(t *testing.T) {
	long := "a_very_long_identifier_that_goes_on_and_on_past_the_limit_of_sixty_three_bytes"
	require.Len(t, TruncateIdent(long), 63)
	// A multi-byte character straddling byte 63 is dropped whole.
	mb := string(make([]byte, 62)) + "é"
	require.Len(t, TruncateIdent(mb), 62)
	require.Equal(t, "name", QuoteIdent("name"))
	require.Equal(t, `"Name"`, QuoteIdent("Name"))
	require.Equal(t, `"user"`, QuoteIdent("user"))
	require.Equal(t, `"a""b"`, QuoteIdent(`a"b`))
	require.Equal(t, `"1a"`, QuoteIdent("1a"))
}
