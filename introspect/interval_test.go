package introspect

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/sqlparse"
)

// An interval literal in the scripts compares equal to the server's
// stored value as the read prints it ('12 months' is '1 year'), typed by
// the column, by a cast or inside an expression; one the normalizer does
// not read stays as written and still compares equal when the server
// prints it the same way.
func TestIntervalDefaultsAsTheServerPrints(t *testing.T) {
	literals := []string{
		"12 months", "1 year 2 mons", "-1 year", "1 year -2 months", "-1 months 3 days",
		"90 minutes", "1 day 02:00", "2 hours ago", "1 week", "1.5 seconds", "0", "00:00:00",
		"1 decade", "3 centuries", "1 millennium", "-00:00:01.25", "@ 3 days", "1day 2hours",
		"25 hours", "36 hrs", "100 ms", "7 us", "1 year 1 day 00:00:01", "-1 days +02:00:00",
		"1 day -02:00:00", "2 weeks 1 day", "3 mons ago", "10:30:00.5",
		"1 year 2 mons 3 days 04:05:06.789", "-1 year -2 mons +3 days -04:05:06", "-0.5", "1 min 30 secs",
		"1 hour 90 minutes", "48:00:00", "1 year 12 months", "-13 months", "0 days",
	}
	var cols, casts []string
	for i, l := range literals {
		cols = append(cols, fmt.Sprintf("c%d interval DEFAULT '%s'", i, l))
		casts = append(casts, fmt.Sprintf("d%d timestamptz DEFAULT now() - (random() * (interval '%s'))", i, l))
	}
	ddl := "CREATE TABLE iv (" + strings.Join(append(cols, casts...), ",\n") + ");"
	s, err := sqlparse.Parse([]byte(ddl), "iv.sql", sqlparse.Options{})
	require.NoError(t, err)
	db := readSchema(t, newDB(t, ddl), Options{})
	want, _ := s.Table("public", "iv")
	got, ok := db.Table("public", "iv")
	require.True(t, ok)
	for i, c := range want.Columns {
		require.Equal(t, c.Default, got.Columns[i].Default, "column %s from %q", c.Name, literals[i%len(literals)])
	}
}
