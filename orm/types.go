package orm

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// colType is a column type as the reader resolved it.
type colType struct {
	t model.Type
	// raw is the ORM's own spelling, for spec import: String(255),
	// DateTime(tz), Numeric(10,6).
	raw string
	// class is SQLAlchemy's type class (BigInteger, Numeric, ...), which
	// decides SERIAL versus BIGSERIAL and autoincrement eligibility.
	class string
	enum  *model.Enum // set for a native enum
	// nativeEnum false and enum values set: a VARCHAR enum.
	ok bool
}

// simpleTypes maps SQLAlchemy's type classes, generic and PostgreSQL
// dialect, to the type the PostgreSQL dialect emits when they take no
// arguments that matter.
var simpleTypes = map[string]string{
	"Text": "text", "UnicodeText": "text", "TEXT": "text", "CLOB": "text",
	"Integer": "integer", "INTEGER": "integer", "INT": "integer",
	"BigInteger": "bigint", "BIGINT": "bigint", "SmallInteger": "smallint", "SMALLINT": "smallint",
	"Boolean": "boolean", "BOOLEAN": "boolean",
	"Date": "date", "DATE": "date",
	"LargeBinary": "bytea", "BYTEA": "bytea", "BLOB": "bytea", "BINARY": "bytea", "VARBINARY": "bytea",
	"PickleType": "bytea",
	"JSON":       "json", "JSONB": "jsonb",
	"Uuid": "uuid", "UUID": "uuid",
	"INET": "inet", "CIDR": "cidr", "MACADDR": "macaddr", "MACADDR8": "macaddr8", "MONEY": "money",
	"TSVECTOR": "tsvector", "TSQUERY": "tsquery", "OID": "oid", "REGCLASS": "regclass",
	"Double": "double precision", "DOUBLE": "double precision", "DOUBLE_PRECISION": "double precision",
	"REAL": "real", "JSONPATH": "jsonpath",
	"INT4RANGE": "int4range", "INT8RANGE": "int8range", "NUMRANGE": "numrange", "DATERANGE": "daterange",
	"TSRANGE": "tsrange", "TSTZRANGE": "tstzrange",
	"XML": "xml",
}

// extensionTypes come from PostgreSQL extensions, so they are
// schema-qualified like any user-defined type.
var extensionTypes = map[string]string{"CITEXT": "citext", "HSTORE": "hstore"}

// typeOf resolves an explicit type argument: a class (String), an instance
// (String(255)) or a dialect type (postgresql.JSONB). what names the column
// for warnings.
func (p *program) typeOf(e *expr, what string) colType {
	return p.typeDepth(e, what, 0)
}

func (p *program) typeDepth(e *expr, what string, depth int) colType {
	if e == nil || depth > 8 {
		return colType{}
	}
	switch e.kind {
	case kCond:
		// X if FLAG else Y: only import time knows; read the first.
		ct := p.typeDepth(e.args[0], what, depth+1)
		if ct.ok {
			p.warn(e.pos, fmt.Sprintf("%s: type %s is chosen at import time; assumed %s", what, e.text, ct.t))
		}
		return ct
	case kName:
		if v, ok := p.vars[e.name]; ok && v != e {
			return p.typeDepth(v, what, depth+1) // a module-level alias: MyText = Text(collation=...)
		}
	case kAttr, kCall:
	default:
		return colType{}
	}
	call := e
	if e.kind != kCall {
		call = &expr{kind: kCall, x: e, pos: e.pos, text: e.text}
	}
	if call.x != nil && call.x.kind == kAttr && call.x.name == "with_variant" {
		return p.typeDepth(call.x.x, what, depth+1) // the variant is for another dialect
	}
	name := p.canon(call.x)
	if pg, ok := p.opts.Types[name]; ok {
		return p.configuredType(name, pg, call)
	}
	if ct, ok := p.builtinType(name, call, what, depth); ok {
		return ct
	}
	return p.customType(name, call, what, depth)
}

// configuredType is a custom type the config names.
func (p *program) configuredType(name, pg string, call *expr) colType {
	t, _, err := model.ParseType(pg)
	if err != nil {
		p.warn(call.pos, fmt.Sprintf("type %s: config says %q: %v; assumed text", name, pg, err))
		return colType{t: model.NewType("text", nil, false), raw: call.text, class: name, ok: true}
	}
	if _, builtin := model.CanonicalTypeName(t.Name); !builtin && !strings.Contains(t.Name, ".") {
		t.Name = "public." + t.Name
	}
	return colType{t: t, raw: call.text, class: name, ok: true}
}

// customType reads a TypeDecorator subclass defined in the files through its
// impl, and says so: load_dialect_impl could choose otherwise at run time.
func (p *program) customType(name string, call *expr, what string, depth int) colType {
	c, ok := p.byName[name]
	if ok {
		if impl, found := c.own("impl"); found && impl.value != nil {
			ct := p.typeDepth(impl.value, what, depth+1)
			if ct.ok {
				ct.raw, ct.class = call.text, name
				p.warn(call.pos, fmt.Sprintf("%s: custom type %s read as its impl %s; set orm.types.%s in the config to say what it is", what, name, ct.t, name))
				return ct
			}
		}
	}
	guess := "public." + strings.ToLower(name)
	p.warn(call.pos, fmt.Sprintf("%s: unknown type %s; assumed %s (set orm.types.%s in the config)", what, call.text, guess, name))
	return colType{t: model.Type{Name: guess}, raw: call.text, class: name, ok: true}
}

// builtinType resolves SQLAlchemy's own types.
func (p *program) builtinType(name string, call *expr, what string, depth int) (colType, bool) {
	ct := colType{raw: spell(call), class: name, ok: true}
	if pg, ok := simpleTypes[name]; ok {
		ct.t = model.NewType(pg, nil, false)
		return ct, true
	}
	if ext, ok := extensionTypes[name]; ok {
		ct.t = model.Type{Name: "public." + ext}
		return ct, true
	}
	switch name {
	case "String", "Unicode", "VARCHAR", "NVARCHAR", "AutoString":
		ct.t = model.NewType("character varying", p.intArgs(call, "length"), false)
	case "CHAR", "NCHAR":
		ct.t = model.NewType("character", p.intArgs(call, "length"), false)
	case "Numeric", "NUMERIC", "DECIMAL":
		ct.t = model.NewType("numeric", p.intArgs(call, "precision", "scale"), false)
	case "Float", "FLOAT":
		ct.t = model.NewType("double precision", nil, false)
		if m := p.intArgs(call, "precision"); len(m) == 1 && m[0] <= 24 {
			ct.t = model.NewType("real", nil, false)
		}
	case "DateTime", "TIMESTAMP", "DATETIME":
		ct.t = p.zoned(call, "timestamp")
	case "Time", "TIME":
		ct.t = p.zoned(call, "time")
	case "Interval", "INTERVAL":
		ct.t = model.NewType("interval", nil, false)
		if v, ok := call.kw("fields"); ok && v.kind == kStr {
			ct.t.Fields = strings.ToLower(v.name)
		}
		if v, ok := call.kw("precision"); ok && v.kind == kNum {
			if n, err := strconv.Atoi(v.name); err == nil {
				ct.t.Mods = []int{n}
			}
		}
	case "BIT":
		ct.t = model.NewType("bit", p.intArgs(call, "length"), false)
		if v, ok := call.kw("varying"); ok && v.isTrue() {
			ct.t.Name = "bit varying"
		}
	case "ARRAY":
		if len(call.args) == 0 {
			p.warn(call.pos, what+": ARRAY without an item type; assumed text[]")
			ct.t = model.NewType("text", nil, true)
			return ct, true
		}
		item := p.typeDepth(call.args[0], what, depth+1)
		if !item.ok {
			return colType{}, true
		}
		ct.t, ct.enum = item.t, item.enum
		ct.t.Array = true
	case "Enum", "ENUM":
		return p.enumType(call, what), true
	default:
		return colType{}, false
	}
	return ct, true
}

// zoned builds timestamp/time with or without time zone; SQLAlchemy's
// default is without.
func (p *program) zoned(call *expr, base string) model.Type {
	zone := " without time zone"
	if v, ok := call.kw("timezone"); ok && v.isTrue() {
		zone = " with time zone"
	} else if len(call.args) > 0 && call.args[0].isTrue() {
		zone = " with time zone"
	}
	var mods []int
	if v, ok := call.kw("precision"); ok && v.kind == kNum {
		if n, err := strconv.Atoi(v.name); err == nil {
			mods = []int{n}
		}
	}
	return model.NewType(base+zone, mods, false)
}

// intArgs reads integer arguments given by position or keyword, in order;
// it stops at the first one not given. A module-level constant is followed.
func (p *program) intArgs(call *expr, names ...string) []int {
	var out []int
	for i, n := range names {
		var v *expr
		if i < len(call.args) {
			v = call.args[i]
		} else if kv, ok := call.kw(n); ok {
			v = kv
		}
		v = p.constant(v)
		if v == nil || v.kind != kNum {
			break
		}
		x, err := strconv.Atoi(v.name)
		if err != nil {
			break
		}
		out = append(out, x)
	}
	return out
}

// constant follows a module-level name to its literal value.
func (p *program) constant(e *expr) *expr {
	for i := 0; e != nil && e.kind == kName && i < 8; i++ {
		v, ok := p.vars[e.name]
		if !ok {
			return e
		}
		e = v
	}
	return e
}

// spell renders a type in the ORM's own spelling for spec import:
// String(255), DateTime(tz), Numeric(10,6).
func spell(call *expr) string {
	name := call.x.last()
	if name == "" {
		return call.text
	}
	var args []string
	for _, a := range call.args {
		args = append(args, strings.ReplaceAll(a.text, " ", ""))
	}
	for _, k := range call.kws {
		switch {
		case k.name == "timezone" && k.v.isTrue():
			args = append(args, "tz")
		case k.name == "timezone", k.name == "as_uuid", k.name == "none_as_null", k.name == "astext_type":
		default:
			args = append(args, k.name+"="+strings.ReplaceAll(k.v.text, " ", ""))
		}
	}
	if len(args) == 0 {
		return name
	}
	return name + "(" + strings.Join(args, ",") + ")"
}
