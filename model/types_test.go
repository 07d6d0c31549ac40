package model

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Each row lists spellings that must normalize to the same type.
func TestTypeSpellingsEqual(t *testing.T) {
	for _, tc := range []struct {
		want  string
		sql   []string // SQL or format_type spellings
		specs []string // spec (SQLAlchemy) spellings
	}{
		{"character varying(255)", []string{"VARCHAR(255)", "character varying(255)", "varchar (255)", "pg_catalog.varchar(255)"}, []string{"String(255)", "String(length=255)", "Unicode(255)"}},
		{"character varying", []string{"varchar", "CHARACTER VARYING"}, []string{"String"}},
		{"text", []string{"TEXT", "text"}, []string{"Text", "UnicodeText"}},
		{"integer", []string{"int", "int4", "INTEGER", "pg_catalog.int4"}, []string{"Integer"}},
		{"bigint", []string{"int8", "BIGINT"}, []string{"BigInteger"}},
		{"smallint", []string{"int2", "smallint"}, []string{"SmallInteger"}},
		{"timestamp with time zone", []string{"timestamptz", "TIMESTAMP WITH TIME ZONE", "timestamp  with time zone"}, []string{"DateTime(tz)", "DateTime(timezone=True)"}},
		{"timestamp without time zone", []string{"timestamp", "TIMESTAMP WITHOUT TIME ZONE"}, []string{"DateTime", "DateTime(timezone=False)"}},
		{"timestamp(3) with time zone", []string{"timestamptz(3)", "timestamp(3) with time zone"}, nil},
		{"time with time zone", []string{"timetz", "time with time zone"}, []string{"Time(tz)"}},
		{"numeric(10,6)", []string{"NUMERIC(10,6)", "decimal(10, 6)"}, []string{"Numeric(10,6)", "Numeric(10, 6)"}},
		{"numeric(5,0)", []string{"numeric(5)", "numeric(5,0)"}, []string{"Numeric(5)"}},
		{"numeric", []string{"numeric", "decimal"}, []string{"Numeric"}},
		{"jsonb", []string{"JSONB", "jsonb"}, []string{"JSONB"}},
		{"json", []string{"json"}, []string{"JSON"}},
		{"uuid", []string{"UUID"}, []string{"UUID"}},
		{"boolean", []string{"bool", "BOOLEAN"}, []string{"Boolean"}},
		{"double precision", []string{"float8", "double precision", "float"}, []string{"Float"}},
		{"real", []string{"float4", "real"}, []string{"Float(24)"}},
		{"character(1)", []string{"char", "character", "character(1)"}, nil},
		{"bytea", []string{"bytea"}, []string{"LargeBinary"}},
		{"text[]", []string{"text[]", "TEXT ARRAY", "text[][]", "text[3]"}, []string{"ARRAY(Text)"}},
		{"integer[]", []string{"int4[]", "integer[]"}, []string{"ARRAY(Integer)"}},
		{"interval", []string{"interval"}, []string{"Interval"}},
		{"interval day to second(3)", []string{"interval day to second(3)"}, nil},
		{"public.mood", []string{"public.mood"}, []string{"public.mood"}},
	} {
		t.Run(tc.want, func(t *testing.T) {
			for _, s := range tc.sql {
				got, _, err := ParseType(s)
				require.NoError(t, err, s)
				require.Equal(t, tc.want, got.String(), "SQL spelling %q", s)
			}
			for _, s := range tc.specs {
				got, err := ParseSpecType(s)
				require.NoError(t, err, s)
				require.Equal(t, tc.want, got.String(), "spec spelling %q", s)
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
	_, err := ParseSpecType("serial")
	require.ErrorContains(t, err, "autoincrement: true")
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

func TestTypeErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Integr", `unknown type "Integr"`},
		{"String(abc)", `type "String(abc)": argument "abc" is not understood`},
		{"Integer(tz)", `type "Integer(tz)": time zone given for a type without one`},
		{"varchar(255", `type "varchar(255": unbalanced (`},
		{"", "empty type"},
		{"ARRAY(ARRAY(Text))", `nested arrays are not supported`},
	} {
		_, err := ParseSpecType(tc.in)
		require.ErrorContains(t, err, tc.want, tc.in)
	}
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
