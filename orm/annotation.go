package orm

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// annInfo is a column annotation taken apart.
type annInfo struct {
	mapped   bool // Mapped[...]
	relation bool // WriteOnlyMapped/DynamicMapped: always a relationship
	optional bool // Optional[X], X | None, Union[X, None]
	inner    *expr
	// aliases are the Annotated aliases passed through, outermost first;
	// type_annotation_map may be keyed by them.
	aliases []string
	// extra are mapped_column(...) calls carried by Annotated, outermost first.
	extra []*expr
	// classVar marks ClassVar[...]: never a column.
	classVar bool
	// pos is where the annotation starts, for warnings about it.
	pos model.Pos
}

// annotation takes an annotation apart.
func (p *program) annotation(e *expr) annInfo {
	a := annInfo{pos: e.pos}
	p.unwrap(e, &a, 0)
	return a
}

func (p *program) unwrap(e *expr, a *annInfo, depth int) {
	if e == nil || depth > 12 {
		return
	}
	switch e.kind {
	case kStr:
		p.unwrap(parseAnnotation(e.name, e.pos), a, depth+1)
		return
	case kNone:
		a.optional = true
		return
	case kBinOp:
		if e.name == "|" {
			p.union(e.args, a, depth)
			return
		}
	case kSub:
		switch p.canon(e.x) {
		case "Mapped":
			a.mapped = true
			if len(e.args) == 1 {
				p.unwrap(e.args[0], a, depth+1)
			}
			return
		case "WriteOnlyMapped", "DynamicMapped":
			a.mapped, a.relation = true, true
			return
		case "ClassVar":
			a.classVar = true
			return
		case "Optional":
			a.optional = true
			if len(e.args) == 1 {
				p.unwrap(e.args[0], a, depth+1)
			}
			return
		case "Union":
			p.union(e.args, a, depth)
			return
		case "Annotated":
			for _, x := range e.args[1:] {
				if x.kind == kCall && p.canon(x.x) == "mapped_column" {
					a.extra = append(a.extra, x)
				}
			}
			if len(e.args) > 0 {
				p.unwrap(e.args[0], a, depth+1)
			}
			return
		}
	case kName:
		if v, ok := p.vars[e.name]; ok && isTypeAlias(p, v) {
			a.aliases = append(a.aliases, e.name)
			p.unwrap(v, a, depth+1)
			return
		}
	}
	if a.inner == nil {
		a.inner = e
	}
}

// isTypeAlias reports whether a module-level value is a typing construct
// that an annotation may name: Annotated[...], Optional[...], X | None.
func isTypeAlias(p *program, v *expr) bool {
	switch v.kind {
	case kSub:
		switch p.canon(v.x) {
		case "Annotated", "Optional", "Union", "Literal":
			return true
		}
	case kBinOp:
		return v.name == "|"
	}
	return false
}

func (p *program) union(args []*expr, a *annInfo, depth int) {
	var flat []*expr
	var walk func(e *expr)
	walk = func(e *expr) {
		if e.kind == kBinOp && e.name == "|" && len(flat) < 64 {
			walk(e.args[0])
			walk(e.args[1])
			return
		}
		flat = append(flat, e)
	}
	for _, x := range args {
		walk(x)
	}
	var rest []*expr
	for _, x := range flat {
		if x.kind == kNone || (x.kind == kStr && x.name == "None") || p.canon(x) == "NoneType" {
			a.optional = true
			continue
		}
		rest = append(rest, x)
	}
	if len(rest) == 1 {
		p.unwrap(rest[0], a, depth+1)
	} else if len(rest) > 1 && a.inner == nil {
		a.inner = &expr{kind: kOther, pos: rest[0].pos, text: joinTexts(rest, " | ")}
	}
}

func joinTexts(es []*expr, sep string) string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.text
	}
	return strings.Join(s, sep)
}

// pyTypes is SQLAlchemy's default type map from Python types
// (sqltypes._type_map), keyed by the type's last name.
var pyTypes = map[string]string{
	"int": "Integer", "float": "Float", "bool": "Boolean", "UUID": "Uuid", "Decimal": "Numeric",
	"date": "Date", "datetime": "DateTime", "time": "Time", "timedelta": "Interval",
	"bytes": "LargeBinary", "str": "String",
}

// annotationType resolves the type of an annotated column: the base's
// type_annotation_map first, then SQLAlchemy's default map, then Python
// enums and Literal.
func (p *program) annotationType(a annInfo, base *declBase, what string, sqlmodel *expr) colType {
	if base != nil {
		for _, key := range append(append([]string(nil), a.aliases...), p.typeKey(a.inner)) {
			for _, te := range base.typeMap {
				if key != "" && p.typeKey(te.key) == key {
					return p.typeOf(te.val, what)
				}
			}
		}
	}
	in := a.inner
	if in == nil {
		p.warn(sqlmodelPos(sqlmodel, a), what+": the annotation names no type; assumed VARCHAR")
		return colType{t: model.NewType("character varying", nil, false), raw: "String", class: "String", ok: true}
	}
	if in.kind == kSub && p.canon(in.x) == "Literal" {
		var vals []string
		for _, v := range in.args {
			if v.kind == kStr {
				vals = append(vals, v.name)
			}
		}
		return p.varcharEnum(colType{raw: "Enum", class: "Enum", ok: true}, &expr{}, vals)
	}
	name := p.canon(in)
	if cls, ok := pyTypes[name]; ok {
		call := &expr{kind: kCall, x: &expr{kind: kName, name: cls}, pos: in.pos, text: cls}
		if sqlmodel != nil {
			call = sqlmodelType(cls, sqlmodel)
		}
		return p.typeOf(call, what)
	}
	if c, ok := p.byName[name]; ok && p.analyse(c).enum {
		return p.enumType(&expr{kind: kCall, x: &expr{kind: kName, name: "Enum"}, args: []*expr{in}, pos: in.pos, text: "Enum(" + name + ")"}, what)
	}
	p.warn(in.pos, fmt.Sprintf("%s: no SQL type is known for annotation %s; assumed VARCHAR (give the type in mapped_column or type_annotation_map)", what, in.text))
	return colType{t: model.NewType("character varying", nil, false), raw: "String", class: "String", ok: true}
}

// sqlmodelPos is where a warning about an annotation points: a SQLModel
// column's Field call, else the annotation itself.
func sqlmodelPos(field *expr, a annInfo) model.Pos {
	if field != nil {
		return field.pos
	}
	return a.pos
}

// sqlmodelType is the type SQLModel's get_sqlalchemy_type picks: str is
// AutoString with max_length, Decimal is Numeric(max_digits, decimal_places).
func sqlmodelType(cls string, field *expr) *expr {
	call := &expr{kind: kCall, x: &expr{kind: kName, name: cls}, pos: field.pos, text: cls}
	switch cls {
	case "String":
		call.x.name = "AutoString"
		if v, ok := field.kw("max_length"); ok {
			call.args = []*expr{v}
		}
	case "Numeric":
		if v, ok := field.kw("max_digits"); ok {
			call.args = append(call.args, v)
			if s, ok := field.kw("decimal_places"); ok {
				call.args = append(call.args, s)
			}
		}
	}
	return call
}

// typeKey is how a type_annotation_map key and an annotation are matched:
// the last name of a plain type, the text of a subscripted one.
func (p *program) typeKey(e *expr) string {
	if e == nil {
		return ""
	}
	if e.kind == kName || e.kind == kAttr {
		return p.canon(e)
	}
	return strings.Join(strings.Fields(e.text), "")
}
