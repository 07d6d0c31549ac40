package orm

import (
	"fmt"
	"strconv"

	"github.com/ariadrift/ariadrift/model"
)

// tableBuild is a table being read, with what its constraints refer to.
type tableBuild struct {
	t    *model.Table
	meta *meta
	cls  *class // nil for a Table(...) object
	cols []*col
	// args are the table's constraint and index expressions, from
	// __table_args__ or Table(...)'s positional arguments.
	args []*expr
	// explicitSchema is set when the code names the schema, which puts it
	// in column labels (ix_<schema>_<table>_<col>).
	explicitSchema bool
}

// col is a column being read.
type col struct {
	c         *model.Column
	ct        colType
	pk        bool
	nullable  *bool
	autoinc   string // auto, true, false, ignore_fk
	server    *expr
	client    *expr // default= / insert_default=
	onupdate  *expr
	sequence  bool
	identity  *expr
	computed  *expr
	unique    *expr
	index     *expr
	fks       []*expr // ForeignKey(...) calls, or the strings of SQLModel's foreign_key
	checks    []*expr
	sortOrder int
	mixin     bool // declared on a superclass or mixin (sorted after the class's own)
}

// byAttr finds a column by ORM attribute name, then by database name.
func (tb *tableBuild) byAttr(name string) (*col, bool) {
	for _, c := range tb.cols {
		if c.c.AttrName() == name {
			return c, true
		}
	}
	for _, c := range tb.cols {
		if c.c.Name == name {
			return c, true
		}
	}
	return nil, false
}

// byName finds a column by database name.
func (tb *tableBuild) byName(name string) (*col, bool) {
	for _, c := range tb.cols {
		if c.c.Name == name {
			return c, true
		}
	}
	return nil, false
}

// skipCalls are attribute values that are not columns.
var skipCalls = map[string]bool{
	"relationship": true, "relation": true, "backref": true, "association_proxy": true, "column_property": true,
	"synonym": true, "composite": true, "query_expression": true, "dynamic_loader": true, "Relationship": true,
	"hybrid_property": true, "AssociationProxy": true,
}

// columnCalls are the calls that declare a column.
var columnCalls = map[string]bool{"mapped_column": true, "Column": true, "Field": true}

// memberColumn reads a class attribute as a column. ok is false when the
// attribute is not a column at all.
func (p *program) memberColumn(m *member, base *declBase, cls string) (*col, bool) {
	if len(m.name) > 1 && m.name[0] == '_' && m.name[1] == '_' {
		return nil, false
	}
	what := fmt.Sprintf("%s.%s", cls, m.name)
	if m.declared && m.value == nil {
		if m.ann != nil && p.annotation(m.ann).mapped {
			p.warn(m.pos, what+": declared_attr is not a single return statement; its column is not read")
		}
		return nil, false
	}
	var a annInfo
	if m.ann != nil {
		a = p.annotation(m.ann)
		if a.classVar || a.relation {
			return nil, false
		}
	}
	v := m.value
	for v != nil && v.kind == kCall && p.canon(v.x) == "deferred" && len(v.args) > 0 {
		v = v.args[0] // deferred(Column(...)) is the column, loaded lazily
	}
	sqlmodel := base != nil && base.kind == bkSQLModel
	var call *expr
	switch {
	case v != nil && v.kind == kCall && skipCalls[p.canon(v.x)]:
		return nil, false
	case v != nil && v.kind == kCall && columnCalls[p.canon(v.x)]:
		call = v
	case v != nil && v.kind == kCall && p.isPartialColumn(v):
		p.warn(v.pos, fmt.Sprintf("%s: %s builds its column at import time; the column is not read", what, v.x.text))
		return nil, false
	case sqlmodel && m.ann != nil && !m.declared:
		call = &expr{kind: kCall, x: &expr{kind: kName, name: "Field"}, pos: m.pos}
	case v == nil && a.mapped:
		call = &expr{kind: kCall, x: &expr{kind: kName, name: "mapped_column"}, pos: m.pos}
	default:
		return nil, false
	}
	if p.canon(call.x) == "Field" {
		if sc, ok := call.kw("sa_column"); ok && sc.kind == kCall {
			return p.atMember(p.readColumn(m.name, sc, annInfo{}, base, what, nil), m), true
		}
		if !sqlmodel {
			return nil, false
		}
		return p.atMember(p.readColumn(m.name, call, a, base, what, call), m), true
	}
	return p.atMember(p.readColumn(m.name, call, a, base, what, nil), m), true
}

// atMember places a class column at its attribute's line, where a reader
// of the models looks for it.
func (p *program) atMember(c *col, m *member) *col {
	c.c.Pos = m.pos
	return c
}

// isPartialColumn spots partial(Column, ...) aliases: a name bound to a
// partial of a column constructor.
func (p *program) isPartialColumn(v *expr) bool {
	if v.x.kind != kName {
		return false
	}
	def, ok := p.vars[v.x.name]
	return ok && def.kind == kCall && p.canon(def.x) == "partial" && len(def.args) > 0 && columnCalls[p.canon(def.args[0])]
}

// schemaItems are positional Column arguments that are not the type.
var schemaItems = map[string]bool{
	"ForeignKey": true, "Identity": true, "Computed": true, "Sequence": true, "CheckConstraint": true,
	"FetchedValue": true, "DefaultClause": true, "UniqueConstraint": true,
}

// readColumn reads mapped_column(...), Column(...) or SQLModel's Field(...)
// (field non-nil). attr is the attribute name ("" for a Table column).
func (p *program) readColumn(attr string, call *expr, a annInfo, base *declBase, what string, field *expr) *col {
	kind := p.canon(call.x)
	// Annotated[...] carries mapped_column arguments; the column's own win.
	merged := &expr{kind: kCall, x: call.x, pos: call.pos, text: call.text}
	for i := len(a.extra) - 1; i >= 0; i-- {
		mergeCall(merged, a.extra[i])
	}
	mergeCall(merged, call)
	call = merged
	c := &col{c: &model.Column{Name: attr, Pos: call.pos}, autoinc: "auto"}
	var typeExpr *expr
	for i, arg := range call.args {
		switch name := p.canon(arg.x); {
		case i == 0 && arg.kind == kStr:
			c.c.Name = arg.name
		case arg.kind == kCall && schemaItems[name]:
			p.schemaItem(c, name, arg)
		case arg.kind == kName && schemaItems[p.canon(arg)]:
			p.schemaItem(c, p.canon(arg), &expr{kind: kCall, x: arg, pos: arg.pos, text: arg.text})
		case typeExpr == nil:
			typeExpr = arg
		}
	}
	p.columnKeywords(c, call, &typeExpr, what)
	if field != nil {
		p.fieldKeywords(c, field, &typeExpr)
	}
	if c.c.Name == "" {
		p.warn(call.pos, what+": a column without a name; it is not read")
		c.c.Name = "?"
	}
	c.c.Name = model.TruncateIdent(c.c.Name)
	if attr != "" && attr != c.c.Name {
		c.c.Attr = attr
	}
	switch {
	case typeExpr != nil:
		if typeExpr.kind == kCall {
			if v, ok := typeExpr.kw("collation"); ok && v.kind == kStr {
				c.c.Collation = v.name // String(40, collation="C") is COLLATE "C"
			}
		}
		c.ct = p.typeOf(typeExpr, what)
		if !c.ct.ok {
			p.warn(typeExpr.pos, fmt.Sprintf("%s: type %s is not understood; assumed VARCHAR", what, typeExpr.text))
			c.ct = colType{t: model.NewType("character varying", nil, false), raw: typeExpr.text, ok: true}
		}
	case a.mapped || field != nil:
		c.ct = p.annotationType(a, base, what, field)
	}
	c.c.Type, c.c.RawType = c.ct.t, c.ct.raw
	c.c.NotNull = p.notNull(c, kind, a, field != nil)
	return c
}

// mergeCall adds src's arguments to dst; later keywords replace earlier ones.
func mergeCall(dst, src *expr) {
	if len(src.args) > 0 {
		dst.args = append(append([]*expr(nil), src.args...), nonTypeArgs(dst.args)...)
	}
	for _, k := range src.kws {
		replaced := false
		for i := range dst.kws {
			if dst.kws[i].name == k.name {
				dst.kws[i], replaced = k, true
			}
		}
		if !replaced {
			dst.kws = append(dst.kws, k)
		}
	}
	if !src.pos.IsZero() {
		dst.pos, dst.text = src.pos, src.text
	}
}

// nonTypeArgs keeps an Annotated column's schema items (ForeignKey, ...)
// when the column itself gives the type.
func nonTypeArgs(args []*expr) []*expr {
	var out []*expr
	for _, a := range args {
		if a.kind == kCall && schemaItems[a.x.last()] {
			out = append(out, a)
		}
	}
	return out
}

// notNull applies SQLAlchemy's nullability rules: an explicit nullable=
// wins; a primary key is NOT NULL; a mapped_column (or SQLModel field)
// follows its annotation; a Column is nullable.
func (p *program) notNull(c *col, kind string, a annInfo, field bool) bool {
	if c.pk || c.identity != nil {
		return true
	}
	if c.nullable != nil {
		return !*c.nullable
	}
	if (kind == "mapped_column" && a.mapped) || field {
		return !a.optional
	}
	return false
}

func (p *program) schemaItem(c *col, name string, arg *expr) {
	switch name {
	case "ForeignKey":
		c.fks = append(c.fks, arg)
	case "Identity":
		c.identity = arg
	case "Computed":
		c.computed = arg
	case "Sequence":
		// A Sequence is the column's default; only an optional one leaves
		// PostgreSQL's SERIAL in place.
		if v, ok := arg.kw("optional"); !ok || !v.isTrue() {
			c.sequence = true
		}
	case "CheckConstraint":
		c.checks = append(c.checks, arg)
	case "DefaultClause", "FetchedValue":
		c.server = arg
	case "UniqueConstraint":
		c.unique = &expr{kind: kBool, name: "True", pos: arg.pos}
	}
}

func (p *program) columnKeywords(c *col, call *expr, typeExpr **expr, what string) {
	for _, k := range call.kws {
		v := k.v
		switch k.name {
		case "name":
			if v.kind == kStr {
				c.c.Name = v.name
			}
		case "type_":
			*typeExpr = v
		case "primary_key":
			c.pk = v.isTrue()
		case "nullable":
			if v.kind == kBool {
				b := v.isTrue()
				c.nullable = &b
			} else {
				p.warn(k.pos, fmt.Sprintf("%s: nullable=%s is only known at import time; assumed the default", what, v.text))
			}
		case "unique":
			if v.isTrue() {
				c.unique = &expr{kind: kBool, name: "True", pos: k.pos}
			}
		case "index":
			if v.isTrue() {
				c.index = &expr{kind: kBool, name: "True", pos: k.pos}
			}
		case "server_default":
			if v.kind != kNone {
				c.server = v
			}
		case "default", "insert_default", "default_factory":
			if v.kind != kNone {
				c.client = v
			}
		case "onupdate":
			c.onupdate = v
		case "autoincrement":
			c.autoinc = autoincValue(v)
		case "sort_order":
			if n, err := strconv.Atoi(v.name); err == nil && v.kind == kNum {
				c.sortOrder = n
			}
		}
	}
}

func autoincValue(v *expr) string {
	switch {
	case v.kind == kBool && v.isTrue():
		return "true"
	case v.kind == kBool:
		return "false"
	case v.kind == kStr:
		return v.name
	}
	return "auto"
}

// fieldKeywords reads what SQLModel's Field adds to a column.
func (p *program) fieldKeywords(c *col, field *expr, typeExpr **expr) {
	if v, ok := field.kw("sa_type"); ok {
		*typeExpr = v
	}
	if v, ok := field.kw("foreign_key"); ok && v.kind == kStr {
		fk := &expr{kind: kCall, x: &expr{kind: kName, name: "ForeignKey"}, args: []*expr{v}, pos: v.pos, text: v.text}
		if od, ok := field.kw("ondelete"); ok {
			fk.kws = append(fk.kws, kwarg{name: "ondelete", v: od, pos: od.pos})
		}
		c.fks = append(c.fks, fk)
	}
	if v, ok := field.kw("sa_column_kwargs"); ok && v.kind == kDict {
		for i, key := range v.args {
			if key.kind == kStr {
				p.columnKeywords(c, &expr{kws: []kwarg{{name: key.name, v: v.vals[i], pos: key.pos}}}, typeExpr, "")
			}
		}
	}
	// Field(...) and Field(default=...) mean "required", not a default.
	if c.client != nil && c.client.text == "..." {
		c.client = nil
	}
}
