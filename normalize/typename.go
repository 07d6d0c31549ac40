package normalize

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// intervalFields maps the field mask the grammar stores as an interval's
// first modifier (bit positions from PostgreSQL's datetime.h) to the
// clause format_type prints.
var intervalFields = map[int32]string{
	1 << 2: "year", 1 << 1: "month", 1 << 3: "day", 1 << 10: "hour", 1 << 11: "minute", 1 << 12: "second",
	1<<2 | 1<<1:                  "year to month",
	1<<3 | 1<<10:                 "day to hour",
	1<<3 | 1<<10 | 1<<11:         "day to minute",
	1<<3 | 1<<10 | 1<<11 | 1<<12: "day to second",
	1<<10 | 1<<11:                "hour to minute",
	1<<10 | 1<<11 | 1<<12:        "hour to second",
	1<<11 | 1<<12:                "minute to second",
	intervalFullRange:            "",
}

// IntervalFields is the clause format_type prints for the field mask of
// an interval's typmod ("day to second"); "" for no restriction.
func IntervalFields(mask int32) string { return intervalFields[mask] }

// intervalFullRange is INTERVAL_FULL_RANGE: no field restriction.
const intervalFullRange = 0x7FFF

// TypeName converts a parsed type name: it reads the name's parts,
// modifiers, array bounds and interval fields off the tree, and model
// decides which type they name (model.BuiltinTypeName, model.IsSerial,
// model.NewType), as it does for type text. qualify maps a non-built-in name
// (as written, 1-3 parts) to the schema-qualified "schema.name" it resolves
// to (nil: qualify with "public"). serial reports serial pseudo-types.
func TypeName(tn *pg_query.TypeName, qualify func(names []string) string) (t model.Type, serial bool, err error) {
	if tn == nil || len(tn.Names) == 0 {
		return model.Type{}, false, errors.New("type: missing name")
	}
	if tn.PctType {
		return model.Type{}, false, fmt.Errorf("type %s%%TYPE: column-referencing types are not supported", joinNames(tn))
	}
	names := make([]string, len(tn.Names))
	for i, p := range tn.Names {
		s := p.GetString_()
		if s == nil {
			return model.Type{}, false, errors.New("type: malformed name")
		}
		names[i] = model.TruncateIdent(s.Sval)
	}
	if len(names) > 3 {
		return model.Type{}, false, fmt.Errorf("type %s: improper qualified name (too many dotted names)", strings.Join(names, "."))
	}
	array := len(tn.ArrayBounds) > 0
	last := names[len(names)-1]

	// Only an unqualified serial is the pseudo-type, as in PostgreSQL.
	if len(names) == 1 && model.IsSerial(last) {
		if array {
			return model.Type{}, false, fmt.Errorf("type %s[]: array of serial is not implemented", last)
		}
		c, _ := model.CanonicalTypeName(last)
		return model.NewType(c, nil, false), true, nil
	}

	builtin := ""
	if len(names) == 1 && last == "char" {
		// Unqualified "char" can only come from the quoted single-byte
		// type: the grammar turns CHAR into pg_catalog.bpchar.
		builtin = `"char"`
	} else if b, ok := model.BuiltinTypeName(names...); ok {
		builtin = b
	}

	mods, intMods := typmods(tn)
	if builtin == "" {
		q := ""
		if qualify != nil {
			q = qualify(names)
		}
		if q == "" {
			switch len(names) {
			case 1:
				q = "public." + last
			default:
				q = names[len(names)-2] + "." + last
			}
		}
		return extensionType(q, tn, mods, intMods, array), false, nil
	}
	if !intMods {
		return model.Type{}, false, fmt.Errorf("type %s: type modifiers must be simple constants", last)
	}
	fields := ""
	if builtin == "interval" && len(mods) > 0 {
		f, ok := intervalFields[int32(mods[0])]
		if !ok {
			return model.Type{}, false, fmt.Errorf("type interval: invalid field restriction")
		}
		fields, mods = f, mods[1:]
	}
	t = model.NewType(builtin, mods, array)
	t.Fields = fields
	if builtin == "character" && len(mods) == 0 && last == "bpchar" && len(tn.Typmods) == 0 && len(names) == 1 {
		// Bare bpchar is unbounded character, unlike CHAR (the grammar
		// gives CHAR an explicit length of 1).
		t.Mods = nil
	}
	return t, false, nil
}

// typmods returns the integer modifiers of tn and whether all were
// integers.
func typmods(tn *pg_query.TypeName) ([]int, bool) {
	if len(tn.Typmods) == 0 {
		return nil, true
	}
	mods := make([]int, 0, len(tn.Typmods))
	for _, m := range tn.Typmods {
		c := m.GetAConst()
		if c == nil || c.GetIval() == nil {
			return nil, false
		}
		mods = append(mods, int(c.GetIval().Ival))
	}
	return mods, true
}

func joinNames(tn *pg_query.TypeName) string {
	parts := make([]string, 0, len(tn.Names))
	for _, p := range tn.Names {
		parts = append(parts, p.GetString_().GetSval())
	}
	return strings.Join(parts, ".")
}

// textTypmods returns the modifiers of tn as written: numbers, names and
// strings.
func textTypmods(tn *pg_query.TypeName) []string {
	out := make([]string, 0, len(tn.Typmods))
	for _, m := range tn.Typmods {
		switch {
		case m.GetAConst().GetIval() != nil:
			out = append(out, strconv.Itoa(int(m.GetAConst().GetIval().Ival)))
		case m.GetAConst().GetSval() != nil:
			out = append(out, m.GetAConst().GetSval().Sval)
		case m.GetAConst().GetFval() != nil:
			out = append(out, m.GetAConst().GetFval().Fval)
		case m.GetColumnRef() != nil:
			out = append(out, strings.Join(stringFields(m.GetColumnRef().Fields), "."))
		}
	}
	return out
}

func stringFields(fields []*pg_query.Node) []string {
	out := make([]string, 0, len(fields))
	for _, f := range fields {
		out = append(out, f.GetString_().GetSval())
	}
	return out
}

// extensionType builds a user-defined type. Extension types take
// modifiers of any form (geometry(Point, 4326)); those that are not all
// integers are kept as text.
func extensionType(q string, tn *pg_query.TypeName, mods []int, intMods, array bool) model.Type {
	t := model.Type{Name: q, Mods: mods, Array: array}
	if !intMods {
		t.Mods, t.TextMods = nil, model.TextTypmod(q, textTypmods(tn))
	}
	return t
}
