package introspect

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/introspect/nodetree"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// This file turns catalog data into the text the server's deparse
// functions would have printed, or straight into the model: types as
// format_type spells them, and indexes as normalize.IndexDef would read
// pg_get_indexdef's text. TestDecodingMatchesServer compares both with
// the server over a wide table of spellings.

// pgType is one row of pg_type.
type pgType struct {
	name, nsp      string
	qname, qnsp    string // quoted as PostgreSQL's quote_ident does
	visible        bool
	elem           uint32
	len            int16
	storage        string
	category       string
	collation      uint32
	trueArray, arr bool
}

// Oids of the built-in types format_type spells specially.
const (
	oidBool        = 16
	oidInt8        = 20
	oidInt2        = 21
	oidInt4        = 23
	oidFloat4      = 700
	oidFloat8      = 701
	oidBpchar      = 1042
	oidVarchar     = 1043
	oidTime        = 1083
	oidTimestamp   = 1114
	oidTimestamptz = 1184
	oidInterval    = 1186
	oidTimetz      = 1266
	oidBit         = 1560
	oidVarbit      = 1562
	oidNumeric     = 1700
)

// varhdrsz is PostgreSQL's VARHDRSZ, which character typmods include.
const varhdrsz = 4

// formatType spells a type and typmod as format_type(oid, typmod) does
// (format_type_extended with FORMAT_TYPE_TYPEMOD_GIVEN). Typmods of types
// other than the built-in ones of typmodTypes are never decoded here: the
// server formats those.
func formatType(types map[uint32]*pgType, oid uint32, typmod int32) (string, error) {
	t := types[oid]
	if t == nil {
		return "", fmt.Errorf("type %d: %w", oid, errCatalogChanged)
	}
	array := false
	if t.trueArray {
		e := types[t.elem]
		if e == nil {
			return "", fmt.Errorf("type %d: %w", t.elem, errCatalogChanged)
		}
		oid, t, array = t.elem, e, true
	}
	s := builtinTypeName(oid, typmod)
	if s == "" {
		s = t.qname
		if !t.visible {
			s = t.qnsp + "." + t.qname
		}
		if typmod >= 0 {
			// Only the builtins below reach this with a typmod.
			s += typmodText(oid, typmod)
		}
	}
	if array {
		s += "[]"
	}
	return s, nil
}

// builtinTypeName is format_type's special case for the SQL-standard type
// names, "" for a type it prints by its catalog name. bit and bpchar
// without a typmod are printed as catalog names ("bit", bpchar): BIT alone
// would mean bit(1).
func builtinTypeName(oid uint32, typmod int32) string {
	mod := typmod >= 0
	with := func(name, bare string) string {
		if mod {
			return name + typmodText(oid, typmod)
		}
		return bare
	}
	switch oid {
	case oidBit:
		if mod {
			return "bit" + typmodText(oid, typmod)
		}
	case oidBool:
		return "boolean"
	case oidBpchar:
		if mod {
			return "character" + typmodText(oid, typmod)
		}
	case oidFloat4:
		return "real"
	case oidFloat8:
		return "double precision"
	case oidInt2:
		return "smallint"
	case oidInt4:
		return "integer"
	case oidInt8:
		return "bigint"
	case oidNumeric:
		return with("numeric", "numeric")
	case oidInterval:
		return with("interval", "interval")
	case oidTime:
		return with("time", "time without time zone")
	case oidTimetz:
		return with("time", "time with time zone")
	case oidTimestamp:
		return with("timestamp", "timestamp without time zone")
	case oidTimestamptz:
		return with("timestamp", "timestamp with time zone")
	case oidVarbit:
		return with("bit varying", "bit varying")
	case oidVarchar:
		return with("character varying", "character varying")
	}
	return ""
}

// typmodText is what the typmodout function of a built-in type prints for
// typmod >= 0.
func typmodText(oid uint32, typmod int32) string {
	n := func(v int32) string { return strconv.Itoa(int(v)) }
	switch oid {
	case oidBpchar, oidVarchar:
		if typmod > varhdrsz {
			return "(" + n(typmod-varhdrsz) + ")"
		}
		return ""
	case oidNumeric:
		prec := ((typmod - varhdrsz) >> 16) & 0xffff
		scale := (((typmod - varhdrsz) & 0x7ff) ^ 1024) - 1024
		return "(" + n(prec) + "," + n(scale) + ")"
	case oidTime, oidTimestamp:
		return "(" + n(typmod) + ") without time zone"
	case oidTimetz, oidTimestamptz:
		return "(" + n(typmod) + ") with time zone"
	case oidInterval:
		return intervalTypmod(typmod)
	}
	return "(" + n(typmod) + ")"
}

// intervalTypmod is what intervaltypmodout prints: the fields, then the
// precision of the seconds when one is given.
func intervalTypmod(typmod int32) string {
	fields := normalize.IntervalFields((typmod >> 16) & 0x7fff)
	if fields != "" {
		fields = " " + fields
	}
	if prec := typmod & 0xffff; prec != 0xffff {
		return fields + "(" + strconv.Itoa(int(prec)) + ")"
	}
	return fields
}

// typeKey is a column's type as the catalog holds it.
type typeKey struct {
	oid    uint32
	typmod int32
}

// decodedType is a typeKey decoded once per read: a large schema uses a
// few dozen types across all its columns.
type decodedType struct {
	typ       model.Type
	raw       string
	collation uint32
	err       error
}

// decodeType returns the model type of a column or domain, and the text
// format_type prints for it (served, when the server printed it).
func decodeType(types map[uint32]*pgType, k typeKey, served *string) decodedType {
	t := types[k.oid]
	if t == nil {
		return decodedType{err: fmt.Errorf("type %d: %w", k.oid, errCatalogChanged)}
	}
	var raw string
	if served != nil {
		raw = *served
	} else {
		var err error
		if raw, err = formatType(types, k.oid, k.typmod); err != nil {
			return decodedType{err: err}
		}
	}
	elem := t
	if t.arr {
		if elem = types[t.elem]; elem == nil {
			return decodedType{err: fmt.Errorf("type %d: %w", t.elem, errCatalogChanged)}
		}
	}
	typ, err := columnType(raw, elem.nsp, elem.name, elem != t)
	return decodedType{typ: typ, raw: raw, collation: t.collation, err: err}
}

// columnType builds the normalized type of a column or domain from
// format_type's text and the (element) type's schema and name.
func columnType(formatted, elemNsp, elemName string, isArray bool) (model.Type, error) {
	if elemNsp == "pg_catalog" {
		t, _, err := model.ParseType(formatted)
		if err != nil {
			return model.Type{}, fmt.Errorf("type %s: %w", formatted, err)
		}
		return t, nil
	}
	// A user-defined type, extension types such as citext included.
	// format_type adds the schema only when the type is not on the
	// search_path, and quotes as needed, so the name is built from the
	// catalog instead. Integer modifiers are kept (vector(3));
	// others (geometry(Point,4326)) are kept as text, as the SQL side
	// keeps them.
	t := model.Type{Name: elemNsp + "." + elemName, Array: isArray}
	if pt, _, err := model.ParseType(formatted); err == nil {
		t.Mods = pt.Mods
	} else if text, ok := typmodArgs(formatted); ok {
		t.TextMods = model.TextTypmod(t.Name, text)
	}
	return t, nil
}

// named is an operator class or collation: its name, schema, and whether
// pg_get_indexdef prints it unqualified.
type named struct {
	name, nsp string
	visible   bool
	isDefault bool // an operator class pg_get_indexdef leaves out
}

// indexName is the name a key's opclass or collation has in the model:
// as pg_get_indexdef prints it, read back by normalize (which drops a
// pg_catalog qualifier).
func (n named) indexName() string {
	if n.visible || n.nsp == "pg_catalog" {
		return n.name
	}
	return n.nsp + "." + n.name
}

// attr is a table column as index and constraint keys refer to it.
type attr struct {
	name      string
	collation uint32
	col       *model.Column
}

// indexRow is one row of the indexes query.
type indexRow struct {
	rel, oid         uint32
	name, method     string
	unique, nnd      bool
	nkeys            int16
	keys, options    []int16
	classes, colls   []uint32
	def, pred        *string
	tree             *string // pred as a node tree, when nodetree prints it
	needsDef, hasPrd bool
	where            string // pred normalized
	replident        bool   // the table's replica identity index
}

// indoption bits (INDOPTION_DESC, INDOPTION_NULLS_FIRST).
const (
	indoptDesc       = 1
	indoptNullsFirst = 2
)

// decodeIndex builds the model index as normalize.IndexDef reads the text
// pg_get_indexdef prints for it. An index with expression keys arrives as
// that text.
func (r *reader) decodeIndex(x *indexRow, cols []attr) (*model.Index, error) {
	if x.needsDef {
		if x.def == nil {
			return nil, errCatalogChanged
		}
		ix, _, err := normalize.IndexDef(*x.def)
		if err != nil {
			return nil, err
		}
		ix.Name = x.name
		return ix, nil
	}
	ix := &model.Index{Name: x.name, Unique: x.unique, Method: x.method, NullsNotDistinct: x.nnd}
	for i, num := range x.keys {
		if num <= 0 || int(num) >= len(cols) || cols[num].name == "" {
			return nil, fmt.Errorf("key %d names column %d: %w", i+1, num, errCatalogChanged)
		}
		col := cols[num]
		if i >= int(x.nkeys) {
			ix.Include = append(ix.Include, col.name)
			continue
		}
		k := model.IndexKey{Column: col.name}
		if i < len(x.options) {
			opt := x.options[i]
			k.Desc = opt&indoptDesc != 0
			first := opt&indoptNullsFirst != 0
			// Only a departure from the direction's default is kept.
			if k.Desc && !first {
				f := false
				k.NullsFirst = &f
			} else if !k.Desc && first {
				t := true
				k.NullsFirst = &t
			}
		}
		if i < len(x.classes) {
			oc, ok := r.opclasses[x.classes[i]]
			if !ok {
				return nil, fmt.Errorf("operator class %d: %w", x.classes[i], errCatalogChanged)
			}
			if !oc.isDefault {
				k.Opclass = normalize.IndexOpclass(x.method, oc.indexName())
			}
		}
		if i < len(x.colls) && x.colls[i] != 0 && x.colls[i] != col.collation {
			co, ok := r.collations[x.colls[i]]
			if !ok {
				return nil, fmt.Errorf("collation %d: %w", x.colls[i], errCatalogChanged)
			}
			if name := co.indexName(); name != "default" {
				k.Collation = name
			}
		}
		ix.Keys = append(ix.Keys, k)
	}
	if x.hasPrd {
		w, err := r.indexWhere(x, cols)
		if err != nil {
			return nil, err
		}
		ix.Where = w
	}
	return ix, nil
}

// indexWhere is an index's normalized predicate: deparsed by the server
// and normalized as the row arrived, or printed here from its tree.
func (r *reader) indexWhere(x *indexRow, cols []attr) (string, error) {
	switch {
	case x.pred != nil:
		return x.where, nil
	case x.tree == nil:
		return "", errCatalogChanged
	}
	tree, err := nodetree.Parse(*x.tree)
	if err != nil {
		return "", fmt.Errorf("WHERE: %w", err)
	}
	text, ok := nodetree.Predicate(tree, func(num int) (string, bool) {
		if num <= 0 || num >= len(cols) || cols[num].name == "" {
			return "", false
		}
		return cols[num].name, true
	})
	if !ok {
		// The query's SimplePredicate let through a tree Predicate does
		// not print, or a column the read does not know.
		return "", fmt.Errorf("WHERE %s: %w", *x.tree, errCatalogChanged)
	}
	return r.normalizePredicate(text)
}

// typmodArgs returns the modifiers format_type printed between the
// parentheses of an extension type, split at commas.
func typmodArgs(formatted string) ([]string, bool) {
	i, j := strings.Index(formatted, "("), strings.LastIndex(formatted, ")")
	if i < 0 || j < i {
		return nil, false
	}
	return strings.Split(formatted[i+1:j], ","), true
}
