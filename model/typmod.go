package model

import (
	"strconv"
	"strings"
)

// TextTypmod returns the canonical text of type modifiers that are not all
// integers, as Type.TextMods keeps them: what the type's typmod output
// function prints between the parentheses, for the modifiers as written
// (geometry(POINT, 4326) → "point,4326"). name is the type's qualified
// name. PostGIS is the common case and its typmod output is known: type
// names in any case, SRID 0 left out, geography's SRID 4326 filled in, and
// geometry(Geometry) printed as no modifier at all. Other types' modifiers
// are kept as written, lower-cased like unquoted identifiers.
func TextTypmod(name string, mods []string) string {
	parts := make([]string, 0, len(mods))
	for _, m := range mods {
		parts = append(parts, strings.ToLower(strings.TrimSpace(m)))
	}
	base := name[strings.LastIndex(name, ".")+1:]
	if (base != "geometry" && base != "geography") || len(parts) == 0 || len(parts) > 2 {
		return strings.Join(parts, ",")
	}
	srid := 0
	if len(parts) == 2 {
		n, err := strconv.Atoi(parts[1])
		if err != nil {
			return strings.Join(parts, ",")
		}
		srid = n
	}
	if base == "geography" && srid == 0 {
		srid = 4326
	}
	if srid == 0 {
		if parts[0] == "geometry" {
			return ""
		}
		return parts[0]
	}
	return parts[0] + "," + strconv.Itoa(srid)
}
