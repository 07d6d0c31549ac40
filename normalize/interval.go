package normalize

import (
	"fmt"
	"strconv"
	"strings"
)

// An interval literal reads back as the server prints the value with
// IntervalStyle postgres, the read's setting: '12 months' is '1 year',
// '90 minutes' is '01:30:00'. Only the verbose input form is read (signed
// whole numbers with units, an [-]hh:mm[:ss[.ffffff]] part, 'ago', a
// number of seconds alone);
// fractions of units other than seconds, ISO 8601 and SQL-standard forms
// are left as written.

// interval is a value as PostgreSQL keeps it.
type interval struct {
	months, days int64
	micros       int64
}

// intervalUnits maps a unit to where one of it goes: months, days or
// microseconds, and how many.
var intervalUnits = map[string]struct {
	field int // 0 months, 1 days, 2 microseconds
	n     int64
}{
	"microsecond": {2, 1}, "microseconds": {2, 1}, "usec": {2, 1}, "usecs": {2, 1}, "us": {2, 1},
	"millisecond": {2, 1000}, "milliseconds": {2, 1000}, "msec": {2, 1000}, "msecs": {2, 1000}, "ms": {2, 1000},
	"second": {2, 1e6}, "seconds": {2, 1e6}, "sec": {2, 1e6}, "secs": {2, 1e6}, "s": {2, 1e6},
	"minute": {2, 60e6}, "minutes": {2, 60e6}, "min": {2, 60e6}, "mins": {2, 60e6}, "m": {2, 60e6},
	"hour": {2, 3600e6}, "hours": {2, 3600e6}, "hr": {2, 3600e6}, "hrs": {2, 3600e6}, "h": {2, 3600e6},
	"day": {1, 1}, "days": {1, 1}, "d": {1, 1},
	"week": {1, 7}, "weeks": {1, 7}, "w": {1, 7},
	"month": {0, 1}, "months": {0, 1}, "mon": {0, 1}, "mons": {0, 1},
	"year": {0, 12}, "years": {0, 12}, "yr": {0, 12}, "yrs": {0, 12}, "y": {0, 12},
	"decade": {0, 120}, "decades": {0, 120}, "century": {0, 1200}, "centuries": {0, 1200},
	"millennium": {0, 12000}, "millennia": {0, 12000},
}

// intervalLiteral returns the server's spelling of an interval literal,
// or false when s is not in the form this package reads.
func intervalLiteral(s string) (string, bool) {
	v, ok := parseInterval(s)
	if !ok {
		return "", false
	}
	return v.String(), true
}

func parseInterval(s string) (interval, bool) {
	var v interval
	words := intervalWords(strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "@")))
	if len(words) == 0 {
		return v, false
	}
	if len(words) == 1 {
		// A number alone counts seconds.
		if us, ok := fractionalSeconds(words[0], 1e6); ok {
			return interval{micros: us}, true
		}
	}
	ago := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "ago" && i == len(words)-1:
			ago = true
		case strings.Contains(w, ":"):
			t, ok := parseClock(w)
			if !ok {
				return v, false
			}
			v.micros += t
		case i+1 < len(words):
			n, err := strconv.ParseInt(strings.TrimPrefix(w, "+"), 10, 64)
			u, known := intervalUnits[words[i+1]]
			if err != nil || !known {
				if u.field == 2 && known {
					if us, ok := fractionalSeconds(w, u.n); ok {
						v.micros += us
						i++
						continue
					}
				}
				return v, false
			}
			if n > 1<<31 || n < -(1<<31) {
				return v, false // out of the range this package prints exactly
			}
			v.add(u.field, n*u.n)
			i++
		default:
			return v, false
		}
	}
	if ago {
		v = interval{-v.months, -v.days, -v.micros}
	}
	return v, true
}

func (v *interval) add(field int, n int64) {
	switch field {
	case 0:
		v.months += n
	case 1:
		v.days += n
	default:
		v.micros += n
	}
}

// intervalWords splits "1day 2 hours" into numbers, units and clock parts.
func intervalWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		i := 0
		for i < len(f) && (f[i] == '-' || f[i] == '+' || f[i] == '.' || f[i] == ':' || (f[i] >= '0' && f[i] <= '9')) {
			i++
		}
		if i > 0 && i < len(f) {
			out = append(out, f[:i], f[i:])
			continue
		}
		out = append(out, f)
	}
	return out
}

// parseClock reads [-]hh:mm[:ss[.ffffff]] as microseconds.
func parseClock(w string) (int64, bool) {
	neg := strings.HasPrefix(w, "-")
	parts := strings.Split(strings.TrimLeft(w, "+-"), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	h, err1 := strconv.ParseInt(parts[0], 10, 64)
	m, err2 := strconv.ParseInt(parts[1], 10, 64)
	if err1 != nil || err2 != nil || h > 1<<31 || m > 59 {
		return 0, false
	}
	us := (h*60 + m) * 60e6
	if len(parts) == 3 {
		sec, ok := fractionalSeconds(parts[2], 1e6)
		if !ok || sec >= 60e6 {
			return 0, false
		}
		us += sec
	}
	if neg {
		us = -us
	}
	return us, true
}

// fractionalSeconds reads a decimal number of units of unit microseconds,
// to the microsecond.
func fractionalSeconds(w string, unit int64) (int64, bool) {
	whole, frac, _ := strings.Cut(strings.TrimPrefix(w, "+"), ".")
	neg := strings.HasPrefix(whole, "-")
	n, err := strconv.ParseInt(strings.TrimPrefix(whole, "-"), 10, 64)
	if err != nil || n > 1<<31 || len(frac) > 6 || strings.Trim(frac, "0123456789") != "" {
		return 0, false
	}
	f, _ := strconv.ParseInt(frac+strings.Repeat("0", 6-len(frac)), 10, 64)
	us := n*unit + f*unit/1e6
	if f*unit%1e6 != 0 {
		return 0, false // finer than a microsecond
	}
	if neg {
		us = -us
	}
	return us, true
}

// String prints v as PostgreSQL's interval_out does with IntervalStyle
// postgres.
func (v interval) String() string {
	var b strings.Builder
	zero, before := true, false
	part := func(n int64, unit string) {
		if n == 0 {
			return
		}
		if !zero {
			b.WriteByte(' ')
		}
		if before && n > 0 {
			b.WriteByte('+')
		}
		fmt.Fprintf(&b, "%d %s", n, unit)
		if n != 1 {
			b.WriteByte('s')
		}
		before, zero = n < 0, false
	}
	part(v.months/12, "year")
	part(v.months%12, "mon")
	part(v.days, "day")
	if zero || v.micros != 0 {
		if !zero {
			b.WriteByte(' ')
		}
		us := v.micros
		switch {
		case us < 0:
			b.WriteByte('-')
			us = -us
		case before:
			b.WriteByte('+')
		}
		fmt.Fprintf(&b, "%02d:%02d:%02d", us/3600e6, us/60e6%60, us/1e6%60)
		if f := us % 1e6; f != 0 {
			b.WriteString(strings.TrimRight(fmt.Sprintf(".%06d", f), "0"))
		}
	}
	return b.String()
}
