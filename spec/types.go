package spec

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// The spec spells types as SQLAlchemy does. That vocabulary is the spec's
// own, so it lives here; model knows only PostgreSQL's spellings.

// specTypes maps SQLAlchemy's generic type names (case-insensitive) to
// PostgreSQL names, as SQLAlchemy's PostgreSQL dialect emits them in DDL.
var specTypes = map[string]string{
	"string": "character varying", "unicode": "character varying", "varchar": "character varying",
	"text": "text", "unicodetext": "text",
	"integer": "integer", "biginteger": "bigint", "smallinteger": "smallint",
	"boolean":  "boolean",
	"datetime": "timestamp without time zone", "date": "date", "time": "time without time zone",
	"interval": "interval",
	"numeric":  "numeric", "float": "double precision", "double": "double precision", "real": "real",
	"jsonb": "jsonb", "json": "json", "uuid": "uuid",
	"largebinary": "bytea", "binary": "bytea",
	"inet": "inet", "cidr": "cidr", "tsvector": "tsvector",
}

// ParseType parses a spec type: SQLAlchemy's spelling ("String(255)",
// "DateTime(tz)", "DateTime(timezone=True)", "Numeric(10,6)", "ARRAY(Text)")
// or, failing that, any SQL spelling model.ParseType accepts. Unknown names
// are an error, because a typo in the spec must not silently compare as a new
// type.
func ParseType(s string) (model.Type, error) {
	src := strings.TrimSpace(s)
	if u := strings.ToUpper(src); strings.HasPrefix(u, "ARRAY(") && strings.HasSuffix(u, ")") {
		el, err := ParseType(src[6 : len(src)-1])
		if err != nil {
			return model.Type{}, err
		}
		if el.Array {
			return model.Type{}, fmt.Errorf("type %q: nested arrays are not supported", s)
		}
		el.Array = true
		return el, nil
	}
	base, args := src, ""
	if i := strings.Index(src, "("); i >= 0 && strings.HasSuffix(src, ")") {
		base, args = strings.TrimSpace(src[:i]), src[i+1:len(src)-1]
	}
	if pg, ok := specTypes[strings.ToLower(base)]; ok && base != "" && !strings.ContainsAny(base, " ") {
		var mods []int
		tz := false
		for _, a := range strings.Split(args, ",") {
			a = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(a), " ", ""))
			switch {
			case a == "":
			case a == "tz" || a == "timezone=true":
				tz = true
			case a == "timezone=false":
			default:
				n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimPrefix(a, "length="), "precision="))
				if err != nil {
					return model.Type{}, fmt.Errorf("type %q: argument %q is not understood", s, a)
				}
				mods = append(mods, n)
			}
		}
		if tz {
			switch pg {
			case "timestamp without time zone":
				pg = "timestamp with time zone"
			case "time without time zone":
				pg = "time with time zone"
			default:
				return model.Type{}, fmt.Errorf("type %q: time zone given for a type without one", s)
			}
		}
		if pg == "double precision" && len(mods) == 1 {
			// Float(p): PostgreSQL picks real for p <= 24.
			if mods[0] <= 24 {
				pg = "real"
			}
			mods = nil
		}
		return model.NewType(pg, mods, false), nil
	}
	t, serial, err := model.ParseType(src)
	if err != nil {
		return model.Type{}, err
	}
	if serial {
		return model.Type{}, fmt.Errorf("type %q: write the integer type with autoincrement: true", s)
	}
	if _, ok := model.CanonicalTypeName(t.Name); !ok && !strings.Contains(t.Name, ".") {
		return model.Type{}, fmt.Errorf("unknown type %q", s)
	}
	return t, nil
}
