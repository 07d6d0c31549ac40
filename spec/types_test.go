package spec

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Each row lists SQLAlchemy spellings that must normalize to the type
// PostgreSQL prints (the SQL spellings of the same types are model's test).
func TestTypeSpellingsEqual(t *testing.T) {
	for _, tc := range []struct {
		want  string
		specs []string // spec (SQLAlchemy) spellings
	}{
		{"character varying(255)", []string{"String(255)", "String(length=255)", "Unicode(255)"}},
		{"character varying", []string{"String"}},
		{"text", []string{"Text", "UnicodeText"}},
		{"integer", []string{"Integer"}},
		{"bigint", []string{"BigInteger"}},
		{"smallint", []string{"SmallInteger"}},
		{"timestamp with time zone", []string{"DateTime(tz)", "DateTime(timezone=True)"}},
		{"timestamp without time zone", []string{"DateTime", "DateTime(timezone=False)"}},
		{"time with time zone", []string{"Time(tz)"}},
		{"numeric(10,6)", []string{"Numeric(10,6)", "Numeric(10, 6)"}},
		{"numeric(5,0)", []string{"Numeric(5)"}},
		{"numeric", []string{"Numeric"}},
		{"jsonb", []string{"JSONB"}},
		{"json", []string{"JSON"}},
		{"uuid", []string{"UUID"}},
		{"boolean", []string{"Boolean"}},
		{"double precision", []string{"Float"}},
		{"real", []string{"Float(24)"}},
		{"bytea", []string{"LargeBinary"}},
		{"text[]", []string{"ARRAY(Text)"}},
		{"integer[]", []string{"ARRAY(Integer)"}},
		{"interval", []string{"Interval"}},
		{"public.mood", []string{"public.mood"}},
	} {
		t.Run(tc.want, func(t *testing.T) {
			for _, s := range tc.specs {
				got, err := ParseType(s)
				require.NoError(t, err, s)
				require.Equal(t, tc.want, got.String(), "spec spelling %q", s)
			}
		})
	}
}

// A serial pseudo-type is SQL's way to say autoincrement; the spec says it
// with the flag.
func TestSerial(t *testing.T) {
	_, err := ParseType("serial")
	require.ErrorContains(t, err, "autoincrement: true")
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
		_, err := ParseType(tc.in)
		require.ErrorContains(t, err, tc.want, tc.in)
	}
}
