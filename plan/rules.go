package plan

import (
	"regexp"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// implicitCast reports whether PostgreSQL converts from to to by an
// assignment cast, so ALTER COLUMN TYPE needs no USING: within the text,
// integer, numeric, timestamp, time and bit families pg_cast has one.
// Anything else gets an explicit USING col::type.
func implicitCast(from, to model.Type) bool {
	if from.Array != to.Array {
		return false
	}
	ff, tf := from.Family(), to.Family()
	if ff != tf {
		return false
	}
	switch ff {
	case model.FamilyText, model.FamilyInteger, model.FamilyNumeric, model.FamilyTimestamp, model.FamilyTime, model.FamilyBit:
		return true
	}
	return from.Equal(to)
}

// rewrites reports whether ALTER COLUMN TYPE from → to rewrites the table.
// PostgreSQL skips the rewrite only when the new type is binary coercible
// from the old and accepts every old value: varchar(n) to a wider varchar
// or to text, text to unbounded varchar, numeric(p,s) to a wider precision
// with the same scale or to unconstrained numeric, and timestamp precision
// raised (ATColumnChangeRequiresRewrite in tablecmds.c).
func rewrites(from, to model.Type) bool {
	if from.Array != to.Array {
		return true
	}
	textLike := func(t model.Type) bool { return t.Name == "text" || t.Name == "character varying" }
	switch {
	case textLike(from) && textLike(to):
		if to.Name == "text" || len(to.Mods) == 0 {
			return false
		}
		return from.Name == "text" || len(from.Mods) == 0 || to.Mods[0] < from.Mods[0]
	case from.Name == "numeric" && to.Name == "numeric":
		if len(to.Mods) == 0 {
			return false
		}
		if len(from.Mods) < 2 || len(to.Mods) < 2 {
			return true
		}
		return to.Mods[1] != from.Mods[1] || to.Mods[0] < from.Mods[0]
	case from.Name == to.Name && from.Family() == model.FamilyTimestamp:
		return len(to.Mods) > 0 && (len(from.Mods) == 0 || to.Mods[0] < from.Mods[0])
	case from.Name == "bit varying" && to.Name == "bit varying":
		return len(to.Mods) > 0 && (len(from.Mods) == 0 || to.Mods[0] < from.Mods[0])
	}
	return !from.Equal(to)
}

// narrows reports whether a change within a family can reject existing
// values: a shorter length, a smaller integer or numeric.
func narrows(from, to model.Type) bool {
	if from.Family() != to.Family() {
		return true
	}
	ints := map[string]int{"smallint": 2, "integer": 4, "bigint": 8}
	if a, ok := ints[from.Name]; ok {
		return ints[to.Name] < a
	}
	switch {
	case to.Name == "text" || len(to.Mods) == 0:
		return false
	case len(from.Mods) == 0:
		return true
	}
	return to.Mods[0] < from.Mods[0] || (len(to.Mods) > 1 && len(from.Mods) > 1 && to.Mods[1] < from.Mods[1])
}

// volatileFuncs are the volatile functions defaults commonly call. A
// volatile default on ADD COLUMN is evaluated per row, which rewrites the
// table; now() and CURRENT_TIMESTAMP are stable and do not.
var volatileFuncs = regexp.MustCompile(`(?i)\b(random|gen_random_uuid|uuid_generate_v[14]|uuid_generate_v1mc|clock_timestamp|timeofday|nextval|setval|txid_current|gen_random_bytes)\s*\(`)

// volatile reports whether a default expression calls a volatile function.
func volatile(expr string) bool { return volatileFuncs.MatchString(expr) }

func upper(s string) string { return strings.ToUpper(s) }
