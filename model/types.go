package model

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Type is a normalized column type. Name is the canonical name as PostgreSQL's
// format_type prints it ("character varying", "timestamp with time zone",
// "integer"); user-defined types (enums, domains, extension types) are
// schema-qualified ("public.mood") so that a type is one string everywhere.
type Type struct {
	Name string
	// Mods are the type modifiers: a length, a precision and scale, or
	// fractional-second digits. Nil when none were given.
	Mods []int
	// TextMods are modifiers that are not all integers, as TextTypmod
	// renders them (geometry(Point,4326): "point,4326"); Mods is then nil.
	TextMods string
	// Fields is an interval's field restriction ("day to second"), else empty.
	Fields string
	// Array is set for array types; PostgreSQL ignores declared dimensions.
	Array bool
}

// Family groups types whose values convert without loss of meaning, which is
// what decides the severity of a type difference.
type Family string

// Type families. Types outside these families are their own family.
const (
	FamilyText      Family = "text"
	FamilyInteger   Family = "integer"
	FamilyNumeric   Family = "numeric"
	FamilyTimestamp Family = "timestamp"
	FamilyTime      Family = "time"
	FamilyJSON      Family = "json"
	FamilyBit       Family = "bit"
)

// typeAliases maps every spelling PostgreSQL accepts (and the parser's
// internal names) to format_type's canonical name.
var typeAliases = map[string]string{
	"int": "integer", "int4": "integer", "integer": "integer", "serial": "integer", "serial4": "integer",
	"int2": "smallint", "smallint": "smallint", "smallserial": "smallint", "serial2": "smallint",
	"int8": "bigint", "bigint": "bigint", "bigserial": "bigint", "serial8": "bigint",
	"varchar": "character varying", "character varying": "character varying", "char varying": "character varying",
	"national character varying": "character varying", "national char varying": "character varying", "nchar varying": "character varying",
	"char": "character", "character": "character", "bpchar": "character",
	"nchar": "character", "national character": "character", "national char": "character",
	"text": "text", "name": "name",
	"bool": "boolean", "boolean": "boolean",
	"float4": "real", "real": "real",
	"float8": "double precision", "double precision": "double precision", "float": "double precision",
	"decimal": "numeric", "numeric": "numeric", "dec": "numeric",
	"timestamptz": "timestamp with time zone", "timestamp with time zone": "timestamp with time zone",
	"timestamp": "timestamp without time zone", "timestamp without time zone": "timestamp without time zone",
	"timetz": "time with time zone", "time with time zone": "time with time zone",
	"time": "time without time zone", "time without time zone": "time without time zone",
	"date": "date", "interval": "interval",
	"json": "json", "jsonb": "jsonb", "uuid": "uuid", "bytea": "bytea",
	"inet": "inet", "cidr": "cidr", "macaddr": "macaddr", "macaddr8": "macaddr8", "money": "money",
	"oid": "oid", "xml": "xml", "tsvector": "tsvector", "tsquery": "tsquery", "regclass": "regclass",
	"bit": "bit", "varbit": "bit varying", "bit varying": "bit varying",
	"point": "point", "line": "line", "lseg": "lseg", "box": "box", "path": "path", "polygon": "polygon", "circle": "circle",
	"int4range": "int4range", "int8range": "int8range", "numrange": "numrange", "tsrange": "tsrange",
	"tstzrange": "tstzrange", "daterange": "daterange", "pg_lsn": "pg_lsn", "txid_snapshot": "txid_snapshot",
}

// otherBuiltins are pg_catalog types with no other spelling. They are
// listed so that no reader mistakes them for user-defined types (and so
// qualifies them with a schema).
var otherBuiltins = map[string]bool{
	"jsonpath": true, "regtype": true, "regproc": true, "regprocedure": true, "regoper": true,
	"regoperator": true, "regnamespace": true, "regrole": true, "regconfig": true, "regdictionary": true,
	"regcollation": true, "xid": true, "xid8": true, "cid": true, "tid": true, "pg_snapshot": true,
	"int2vector": true, "oidvector": true, "refcursor": true, "aclitem": true, "record": true,
	"int4multirange": true, "int8multirange": true, "nummultirange": true, "tsmultirange": true,
	"tstzmultirange": true, "datemultirange": true, "unknown": true, "void": true, "anyelement": true,
}

// serialTypes are the pseudo-types that mean "integer with an owned sequence".
var serialTypes = map[string]bool{
	"serial": true, "serial4": true, "bigserial": true, "serial8": true, "smallserial": true, "serial2": true,
}

// CanonicalTypeName returns format_type's name for a built-in type spelling,
// and whether the spelling is a known built-in. A serial pseudo-type maps to
// its integer type; IsSerial tells the two apart.
func CanonicalTypeName(name string) (string, bool) {
	n := strings.ToLower(strings.Join(strings.Fields(name), " "))
	n = strings.TrimPrefix(n, "pg_catalog.")
	c, ok := typeAliases[n]
	return c, ok
}

// IsSerial reports whether name is one of the serial pseudo-types. Only an
// unqualified name is, as in PostgreSQL: pg_catalog.serial is no type.
func IsSerial(name string) bool {
	return serialTypes[strings.ToLower(name)]
}

// BuiltinTypeName returns format_type's name for a type name given as its
// dotted parts, and whether it names a built-in type: an alias of one, or
// any name in pg_catalog. A name qualified with another schema is never
// built in.
func BuiltinTypeName(parts ...string) (string, bool) {
	switch {
	case len(parts) == 1:
	case len(parts) == 2 && parts[0] == "pg_catalog":
	default:
		return "", false
	}
	last := parts[len(parts)-1]
	if c, ok := CanonicalTypeName(last); ok {
		return c, true
	}
	if otherBuiltins[last] || len(parts) == 2 {
		return last, true
	}
	return "", false
}

// NewType builds a normalized type from a spelling, its modifiers and whether
// it is an array. Unknown names are kept as given: callers qualify
// user-defined types before calling.
func NewType(name string, mods []int, array bool) Type {
	t := Type{Name: name, Mods: mods, Array: array}
	if c, ok := CanonicalTypeName(name); ok {
		t.Name = c
	}
	// PostgreSQL fills in what an unmodified declaration means, and
	// format_type prints it that way; do the same so both spellings agree.
	if t.Name == "double precision" && len(t.Mods) == 1 && strings.EqualFold(name, "float") {
		// FLOAT(p) is real up to 24 bits of precision, as the grammar decides.
		if t.Mods[0] <= 24 {
			t.Name = "real"
		}
		t.Mods = nil
	}
	switch t.Name {
	case "numeric":
		if len(t.Mods) == 1 {
			t.Mods = []int{t.Mods[0], 0}
		}
	case "character", "bit":
		if len(t.Mods) == 0 && !strings.EqualFold(name, "bpchar") {
			t.Mods = []int{1}
		}
	}
	if len(t.Mods) == 0 {
		t.Mods = nil
	}
	return t
}

// String renders the type as format_type does.
func (t Type) String() string {
	var b strings.Builder
	mods := ""
	if len(t.Mods) > 0 {
		parts := make([]string, len(t.Mods))
		for i, m := range t.Mods {
			parts[i] = strconv.Itoa(m)
		}
		mods = "(" + strings.Join(parts, ",") + ")"
	} else if t.TextMods != "" {
		mods = "(" + t.TextMods + ")"
	}
	switch {
	case strings.HasSuffix(t.Name, " with time zone") || strings.HasSuffix(t.Name, " without time zone"):
		// The precision sits between the base word and the zone clause.
		i := strings.Index(t.Name, " with")
		b.WriteString(t.Name[:i] + mods + t.Name[i:])
	case t.Name == "interval" && t.Fields != "":
		b.WriteString("interval " + t.Fields + mods)
	default:
		b.WriteString(t.Name + mods)
	}
	if t.Array {
		b.WriteString("[]")
	}
	return b.String()
}

// Equal reports whether two normalized types are the same. Equal fields
// print the same, which spares building both strings in the common case.
func (t Type) Equal(o Type) bool {
	if t.Name == o.Name && t.Array == o.Array && t.TextMods == o.TextMods && t.Fields == o.Fields &&
		slices.Equal(t.Mods, o.Mods) {
		return true
	}
	return t.String() == o.String()
}

// Family returns the type's family.
func (t Type) Family() Family {
	if t.Array {
		return Family(t.Name + "[]")
	}
	// citext comes from an extension, so it is schema-qualified like any
	// user-defined type; it is still text.
	if strings.HasSuffix(t.Name, ".citext") {
		return FamilyText
	}
	switch t.Name {
	case "text", "character varying", "character", "name":
		return FamilyText
	case "smallint", "integer", "bigint":
		return FamilyInteger
	case "numeric", "real", "double precision", "money":
		return FamilyNumeric
	case "timestamp with time zone", "timestamp without time zone":
		return FamilyTimestamp
	case "time with time zone", "time without time zone":
		return FamilyTime
	case "json", "jsonb":
		return FamilyJSON
	case "bit", "bit varying":
		return FamilyBit
	}
	return Family(t.Name)
}

// ParseType parses a type as SQL or format_type spells it: "VARCHAR(255)",
// "timestamp(3) with time zone", "numeric(10,6)", "integer[]", "public.mood".
// It also reports whether the spelling was a serial pseudo-type.
func ParseType(s string) (Type, bool, error) {
	src := strings.TrimSpace(s)
	if src == "" {
		return Type{}, false, fmt.Errorf("empty type")
	}
	array := false
	for strings.HasSuffix(src, "]") {
		i := strings.LastIndex(src, "[")
		if i < 0 {
			return Type{}, false, fmt.Errorf("type %q: unbalanced [", s)
		}
		src = strings.TrimSpace(src[:i])
		array = true
	}
	if strings.HasSuffix(strings.ToLower(src), " array") {
		src = strings.TrimSpace(src[:len(src)-len(" array")])
		array = true
	}
	// Split "base(mods) suffix".
	base, suffix, modText := src, "", ""
	if i := strings.Index(src, "("); i >= 0 {
		j := strings.Index(src[i:], ")")
		if j < 0 {
			return Type{}, false, fmt.Errorf("type %q: unbalanced (", s)
		}
		base, modText, suffix = strings.TrimSpace(src[:i]), src[i+1:i+j], strings.TrimSpace(src[i+j+1:])
	}
	var mods []int
	if modText != "" {
		for _, p := range strings.Split(modText, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil {
				return Type{}, false, fmt.Errorf("type %q: modifier %q is not a number", s, strings.TrimSpace(p))
			}
			mods = append(mods, n)
		}
	}
	name := strings.Join(strings.Fields(strings.ToLower(base+" "+suffix)), " ")
	for _, r := range name {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '_' || r == '.' || r == '"' || r == '$') {
			return Type{}, false, fmt.Errorf("type %q: unexpected character %q", s, r)
		}
	}
	fields := ""
	if strings.HasPrefix(name, "interval ") {
		name, fields = "interval", strings.TrimPrefix(name, "interval ")
	}
	serial := IsSerial(name)
	t := NewType(name, mods, array)
	t.Fields = fields
	if rest, ok := strings.CutPrefix(name, "pg_catalog."); ok && t.Name == name {
		// A built-in NewType did not resolve: one without an alias,
		// qualified with pg_catalog (pg_catalog.jsonpath).
		if b, ok := BuiltinTypeName("pg_catalog", rest); ok {
			t.Name = b
		}
	}
	// Any other unknown name keeps its spelling, lower-cased like an
	// unquoted identifier. Callers that know the search_path qualify it.
	return t, serial, nil
}
