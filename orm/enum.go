package orm

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// enumType reads Enum(PyEnum), Enum("a", "b", name="x") and
// postgresql.ENUM(...). SQLAlchemy stores a Python enum by its member names,
// and names the PostgreSQL type after the class, lower-cased.
func (p *program) enumType(call *expr, what string) colType {
	ct := colType{raw: spell(call), class: "Enum", ok: true}
	var values []string
	name, schema := "", "public"
	var pos model.Pos
	known := false
	for _, a := range call.args {
		switch {
		case a.kind == kStr:
			values, known = append(values, a.name), true
		case a.kind == kName || a.kind == kAttr:
			c, ok := p.byName[a.last()]
			if !ok || c.enumMembers == nil {
				p.warn(a.pos, fmt.Sprintf("%s: enum %s is not defined in the files read; its labels are unknown", what, a.text))
				name = strings.ToLower(a.last())
				continue
			}
			name, pos, known = strings.ToLower(c.name), c.pos, true
			values = append(values, c.enumMembers...)
			if _, ok := call.kw("values_callable"); ok {
				values = p.enumValues(c, call)
			}
		}
	}
	if v, ok := call.kw("name"); ok && v.kind == kStr {
		name = v.name
	}
	if v, ok := call.kw("schema"); ok && v.kind == kStr {
		schema = v.name
	}
	if v, ok := call.kw("native_enum"); ok && v.kind == kBool && !v.isTrue() {
		return p.varcharEnum(ct, call, values)
	}
	if name == "" {
		p.warn(call.pos, what+": a native Enum needs a name on PostgreSQL; assumed a varchar enum")
		return p.varcharEnum(ct, call, values)
	}
	name = model.TruncateIdent(name)
	ct.t = model.Type{Name: schema + "." + name}
	if known {
		if pos.IsZero() {
			pos = call.pos
		}
		ct.enum = &model.Enum{Schema: schema, Name: name, Values: values, Pos: pos}
	}
	return ct
}

// enumValues reads the member values for values_callable, which almost
// always returns [m.value for m in cls]; other callables are only known
// when the code runs.
func (p *program) enumValues(c *class, call *expr) []string {
	var out []string
	for _, m := range c.members {
		if strings.HasPrefix(m.name, "_") || m.value == nil || m.ann != nil {
			continue
		}
		if m.value.kind != kStr {
			p.warn(call.pos, fmt.Sprintf("enum %s: values_callable with a non-string value for %s; assumed the member names", c.name, m.name))
			return c.enumMembers
		}
		out = append(out, m.value.name)
	}
	p.warn(call.kwPos("values_callable"), fmt.Sprintf("enum %s: values_callable assumed to return the member values", c.name))
	return out
}

// varcharEnum is a non-native enum: VARCHAR as long as the longest label.
// SQLAlchemy 1.4+ adds no CHECK unless create_constraint=True.
func (p *program) varcharEnum(ct colType, call *expr, values []string) colType {
	n := 0
	for _, v := range values {
		if l := len([]rune(v)); l > n {
			n = l
		}
	}
	if m := p.intArgs(&expr{kws: call.kws}, "length"); len(m) == 1 {
		n = m[0]
	}
	var mods []int
	if n > 0 {
		mods = []int{n}
	}
	ct.t = model.NewType("character varying", mods, false)
	ct.enum = nil
	return ct
}

// pyEnumMembers lists a Python Enum subclass's members: public plain
// assignments, in order.
func pyEnumMembers(c *class) []string {
	var out []string
	for _, m := range c.members {
		if strings.HasPrefix(m.name, "_") || m.ann != nil || m.declared || m.value == nil {
			continue
		}
		out = append(out, m.name)
	}
	if out == nil {
		out = []string{}
	}
	return out
}
