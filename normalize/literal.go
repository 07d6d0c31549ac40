package normalize

import (
	"sort"
	"strings"
	"time"
	_ "time/tzdata" // zone names in timestamptz literals resolve without the system's zone files
)

// Date and time literals are stored by PostgreSQL as values and printed
// back in one spelling (DateStyle ISO, the read's TimeZone UTC), so
// '2024-01-01' on a timestamptz reads back as '2024-01-01 00:00:00+00'
// and 'Jan 2 2024' on a date as '2024-01-02'. A literal is brought to that
// spelling here when its type is known: from a cast, a column default, a
// comparison with a column, or a partition key.
//
// A timestamptz literal without a zone is taken at UTC: it means midnight
// of the session that created the object, and the official image, like
// most init containers, runs with TimeZone UTC. Spellings that are not
// parsed here (relative words such as 'now', abbreviations other than
// UTC/GMT/Z) are left as written, which at worst shows a difference.

// dateLayouts are the date spellings PostgreSQL accepts with DateStyle
// ISO, MDY (the server's default): ISO, compact ISO, month names in either
// order, and month/day/year with slashes.
var dateLayouts = []string{
	"2006-01-02", "20060102", "2006/01/02", "2006-Jan-02", "Jan 2 2006", "Jan 2, 2006", "2 Jan 2006",
	"January 2 2006", "January 2, 2006", "2 January 2006", "1/2/2006", "1-2-2006",
}

// timeLayouts follow the date: none, or hours and minutes with optional
// seconds (a fraction after the seconds is always accepted by time.Parse).
var timeLayouts = []string{"", " 15:04", " 15:04:05", "T15:04", "T15:04:05"}

// zoneLayouts follow the time: none, a numeric offset in any of the forms
// PostgreSQL prints or accepts, or Z.
var zoneLayouts = []string{"", "Z07", "Z07:00", "Z0700", " Z07", " Z07:00", " Z0700"}

// parseDateTime reads a date or timestamp literal. zoned reports whether
// it named a zone; a literal without one is in UTC.
func parseDateTime(s string) (t time.Time, zoned, ok bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 64 {
		return time.Time{}, false, false
	}
	if strings.EqualFold(s, "epoch") {
		return time.Unix(0, 0).UTC(), false, true
	}
	loc := time.UTC
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		name := s[i+1:]
		switch {
		case strings.EqualFold(name, "utc") || strings.EqualFold(name, "gmt"):
			s, zoned = s[:i], true
		case strings.Contains(name, "/"):
			l, err := time.LoadLocation(name)
			if err != nil {
				return time.Time{}, false, false
			}
			s, loc, zoned = s[:i], l, true
		}
	}
	for _, d := range dateLayouts {
		for _, tl := range timeLayouts {
			for _, z := range zoneLayouts {
				if zoned && z != "" {
					continue
				}
				t, err := time.ParseInLocation(d+tl+z, s, loc)
				if err == nil {
					return t, zoned || z != "", true
				}
			}
		}
	}
	return time.Time{}, false, false
}

// timeLiteral returns the catalog's spelling of s as a value of the time
// kind k, or false when s is not a literal this package reads.
func timeLiteral(s string, k constKind) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "infinity", "+infinity":
		return "infinity", true
	case "-infinity":
		return "-infinity", true
	}
	t, _, ok := parseDateTime(s)
	if !ok || t.Year() < 1 || t.Year() > 9999 {
		return "", false
	}
	switch k {
	case kindTimestamptz:
		return t.UTC().Format("2006-01-02 15:04:05.999999") + "+00", true
	case kindTimestamp:
		// A zone in a timestamp literal is ignored, not applied.
		return t.Format("2006-01-02 15:04:05.999999"), true
	case kindDate:
		return t.Format("2006-01-02"), true
	}
	return "", false
}

// tsvectorLiteral returns the output form of a tsvector literal made of
// plain words: each distinct word once, in byte order, quoted ('.' reads
// back as ”'.”'). Words with quotes, backslashes or positions are left
// as written.
func tsvectorLiteral(s string) (string, bool) {
	if strings.ContainsAny(s, `'\:`) {
		return "", false
	}
	words := strings.Fields(s)
	sort.Strings(words)
	var out []string
	for i, w := range words {
		if i == 0 || w != words[i-1] {
			out = append(out, "'"+w+"'")
		}
	}
	return strings.Join(out, " "), true
}
