package orm

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// builder turns the analysed program into a schema.
type builder struct {
	p       *program
	s       *model.Schema
	tables  []*tableBuild
	byClass map[*class]*tableBuild
	byVar   map[string]*tableBuild
	byQName map[model.QName]*tableBuild
	enums   map[model.QName]*model.Enum
	// defaults memoizes normalized server defaults by text and type.
	defaults map[string]defaultResult
}

// read parses every source and builds the schema they declare.
func read(srcs []source, opts Options) (*model.Schema, error) {
	p := &program{opts: opts, byName: map[string]*class{}, vars: map[string]*expr{}, imports: map[string]string{}}
	for _, src := range srcs {
		if len(src.data) > maxFileSize {
			return nil, fmt.Errorf("%s: the file is larger than %d bytes", src.name, maxFileSize)
		}
		f := &file{name: src.name, src: src.data, txt: string(src.data)}
		trees, err := parseModule(f)
		if err != nil {
			return nil, err
		}
		for _, t := range trees {
			p.scan(f, t.root())
		}
	}
	b := &builder{p: p, s: model.NewSchema(model.SourceORM), byClass: map[*class]*tableBuild{},
		byVar: map[string]*tableBuild{}, byQName: map[model.QName]*tableBuild{}, enums: map[model.QName]*model.Enum{}, defaults: map[string]defaultResult{}}
	s := b.build()
	normalize.Scoped(s)
	return s, nil
}

func (b *builder) build() *model.Schema {
	// Models declare tables and types; the areas beyond them are not
	// theirs to speak for, so they are never compared.
	for _, a := range model.Areas() {
		b.s.Omit(a)
	}
	for _, c := range b.p.classes {
		b.p.analyse(c)
	}
	for _, mc := range b.p.calls {
		if b.p.canon(mc.e.x) == "Table" {
			b.tableCall(mc.name, mc.e, nil)
		}
	}
	for _, c := range b.p.classes {
		b.classTable(c, 0)
	}
	for _, tb := range b.tables {
		b.constraints(tb)
	}
	for _, mc := range b.p.calls {
		if b.p.canon(mc.e.x) == "Index" {
			b.moduleIndex(mc.e)
		}
	}
	for _, tb := range b.tables {
		b.finish(tb)
	}
	b.document()
	b.s.AddNamespace("public")
	for _, tb := range b.tables {
		b.s.AddNamespace(tb.t.Schema)
		b.s.AddTable(tb.t)
	}
	keys := make([]model.QName, 0, len(b.enums))
	for k := range b.enums {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		b.s.Enums = append(b.s.Enums, b.enums[k])
	}
	return b.s
}

// addTable registers a new table; a second definition of the same name is
// reported and dropped, as SQLAlchemy refuses it without extend_existing.
func (b *builder) addTable(tb *table2) *tableBuild {
	q := model.QName{Schema: tb.schema, Name: tb.name}
	if prev, dup := b.byQName[q]; dup {
		b.p.warn(tb.pos, fmt.Sprintf("table %q is already defined at %s; this definition is not read", q, prev.t.Pos))
		return nil
	}
	t := &tableBuild{t: &model.Table{Schema: tb.schema, Name: tb.name, Model: tb.model, Pos: tb.pos}, meta: tb.meta}
	b.byQName[q] = t
	b.tables = append(b.tables, t)
	return t
}

// table2 is what a new table is made from.
type table2 struct {
	schema, name, model string
	meta                *meta
	pos                 model.Pos
}

// tableCall reads Table("name", metadata, Column(...), ..., schema=...).
func (b *builder) tableCall(varName string, call *expr, cls *class) *tableBuild {
	if len(call.args) == 0 || call.args[0].kind != kStr {
		b.p.warn(call.pos, fmt.Sprintf("%s: the table name is not a string literal; the table is not read", call.x.text))
		return nil
	}
	md := &meta{conv: defaultConvention}
	rest := call.args[1:]
	if len(rest) > 0 && (rest[0].kind == kName || rest[0].kind == kAttr) && p2meta(rest[0]) {
		md = b.p.metaOf(rest[0])
		rest = rest[1:]
	} else if call.x.kind == kAttr {
		md = b.p.flaskMeta(call.x.x) // db.Table("name", db.Column(...))
	}
	schema := md.schema
	if v, ok := call.kw("schema"); ok && v.kind == kStr {
		schema = v.name
	}
	explicit := schema != ""
	if schema == "" {
		schema = "public"
	}
	name := model.TruncateIdent(call.args[0].name)
	mdl := ""
	if cls != nil {
		mdl = cls.name
	}
	tb := b.addTable(&table2{schema: schema, name: name, model: mdl, meta: md, pos: call.pos})
	if tb == nil {
		return nil
	}
	tb.cls, tb.explicitSchema = cls, explicit
	for _, a := range rest {
		if a.kind == kCall && columnCalls[b.p.canon(a.x)] {
			c := b.p.readColumn("", a, annInfo{}, nil, fmt.Sprintf("table %s", name), nil)
			c.c.Attr = ""
			b.addColumn(tb, c)
			continue
		}
		tb.args = append(tb.args, a)
	}
	if varName != "" {
		b.byVar[varName] = tb
	}
	return tb
}

// p2meta reports whether a Table argument names a MetaData rather than a
// column: Base.metadata, metadata, metadata_obj, db.metadata.
func p2meta(e *expr) bool {
	return strings.Contains(strings.ToLower(e.last()), "metadata") || strings.HasSuffix(e.dotted(), ".metadata")
}

func (b *builder) addColumn(tb *tableBuild, c *col) {
	if _, dup := tb.byName(c.c.Name); dup {
		b.p.warn(c.c.Pos, fmt.Sprintf("table %q: column %q is declared twice; the first is kept", tb.t.Name, c.c.Name))
		return
	}
	tb.cols = append(tb.cols, c)
}

// classTable builds the table of a mapped class: its own table, or its
// mapped parent's (single-table inheritance).
func (b *builder) classTable(c *class, depth int) *tableBuild {
	info := c.info
	if !info.mapped || depth > 32 {
		return nil
	}
	if info.tb != nil {
		return info.tb
	}
	var parent *tableBuild
	if info.parent != nil {
		parent = b.classTable(info.parent, depth+1)
	}
	if m, ok := c.own("__table__"); ok && m.value != nil && m.value.kind == kCall {
		info.tb = b.tableCall("", m.value, c)
		if info.tb != nil {
			b.byClass[c] = info.tb
		}
		return info.tb
	}
	name, pos := b.tableName(c, parent != nil)
	if name == "" {
		if parent == nil {
			b.p.warn(c.pos, fmt.Sprintf("class %s has no __tablename__ and no mapped parent; it is not read", c.name))
			return nil
		}
		info.tb = parent // single-table inheritance: the columns join the parent's table
		b.byClass[c] = parent
		b.classColumns(c, parent, true)
		return parent
	}
	args, opts := b.tableArgs(c)
	md := info.base.meta
	schema := md.schema
	if v, ok := opts["schema"]; ok && v.kind == kStr {
		schema = v.name
	}
	explicit := schema != ""
	if schema == "" {
		schema = "public"
	}
	_ = pos
	tb := b.addTable(&table2{schema: schema, name: model.TruncateIdent(name), model: c.name, meta: md, pos: c.pos})
	if tb == nil {
		return nil
	}
	tb.cls, tb.args, tb.explicitSchema = c, args, explicit
	info.tb = tb
	b.byClass[c] = tb
	b.classColumns(c, tb, false)
	return tb
}

// classColumns adds the class's columns: its own, then those of its
// mixins and abstract bases, as SQLAlchemy orders them (sort_order first).
// A single-table subclass adds only what its parent's table lacks.
func (b *builder) classColumns(c *class, tb *tableBuild, sti bool) {
	seen := map[string]bool{}
	skip := map[*class]bool{}
	if c.info.parent != nil {
		skip[c.info.parent] = true
		for _, a := range c.info.parent.info.ancestor {
			skip[a] = true
		}
	}
	owners := append([]*class{c}, c.info.ancestor...)
	var cols []*col
	for i, o := range owners {
		if skip[o] || (i > 0 && o.info != nil && o.info.mapped) {
			continue
		}
		for _, m := range o.members {
			if seen[m.name] {
				continue
			}
			seen[m.name] = true
			cc, ok := b.p.memberColumn(m, c.info.base, c.name)
			if !ok {
				continue
			}
			cc.mixin = i > 0
			cols = append(cols, cc)
		}
	}
	sort.SliceStable(cols, func(i, j int) bool { return cols[i].sortOrder < cols[j].sortOrder })
	for _, cc := range cols {
		if sti {
			if _, exists := tb.byName(cc.c.Name); exists {
				continue
			}
		}
		b.addColumn(tb, cc)
	}
}

// snakeCase is Flask-SQLAlchemy 3's camel_to_snake_case.
func snakeCase(name string) string {
	var out strings.Builder
	r := []rune(name)
	for i, ch := range r {
		upper := ch >= 'A' && ch <= 'Z'
		if upper && i > 0 {
			prev := r[i-1]
			lowerPrev := (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9')
			nextLower := i+1 < len(r) && r[i+1] >= 'a' && r[i+1] <= 'z'
			if lowerPrev || nextLower {
				out.WriteByte('_')
			}
		}
		out.WriteRune(ch)
	}
	return strings.TrimLeft(strings.ToLower(out.String()), "_")
}

// tableName finds the class's table name: its own __tablename__, one
// inherited from a mixin or abstract base (declared_attr evaluated for this
// class), or the name Flask-SQLAlchemy and SQLModel generate.
func (b *builder) tableName(c *class, hasParent bool) (string, model.Pos) {
	owners := append([]*class{c}, c.info.ancestor...)
	for i, o := range owners {
		if i > 0 && o.info != nil && o.info.mapped {
			break // a mapped parent's __tablename__ is its own, not this class's
		}
		if m, ok := o.own("__tablename__"); ok {
			return b.evalTableName(c, m), m.pos
		}
	}
	switch c.info.base.kind {
	case bkSQLModel:
		return strings.ToLower(c.name), c.pos
	case bkFlask:
		if !hasParent || b.definesPK(c) {
			return snakeCase(c.name), c.pos
		}
	}
	return "", c.pos
}

// definesPK reports whether a class body declares a primary key column,
// which makes a Flask-SQLAlchemy subclass joined rather than single-table.
func (b *builder) definesPK(c *class) bool {
	for _, m := range c.members {
		if m.value != nil && m.value.kind == kCall {
			if v, ok := m.value.kw("primary_key"); ok && v.isTrue() {
				return true
			}
		}
	}
	return false
}

func (b *builder) evalTableName(c *class, m *member) string {
	v := m.value
	if v == nil {
		b.p.warn(m.pos, fmt.Sprintf("class %s: __tablename__ is not a single return; assumed %q", c.name, strings.ToLower(c.name)))
		return strings.ToLower(c.name)
	}
	if v.kind == kNone {
		return ""
	}
	if name, ok := classString(v, c, 0); ok {
		return name
	}
	b.p.warn(v.pos, fmt.Sprintf("class %s: __tablename__ %s is only known at import time; assumed %q", c.name, v.text, strings.ToLower(c.name)))
	return strings.ToLower(c.name)
}

// tableArgs reads __table_args__: a tuple of constraints and indexes with
// an optional trailing dict of options, or the dict alone.
func (b *builder) tableArgs(c *class) ([]*expr, map[string]*expr) {
	opts := map[string]*expr{}
	owners := append([]*class{c}, c.info.ancestor...)
	for i, o := range owners {
		if i > 0 && o.info != nil && o.info.mapped {
			break
		}
		m, ok := o.own("__table_args__")
		if !ok {
			continue
		}
		v := m.value
		if v == nil {
			b.p.warn(m.pos, fmt.Sprintf("class %s: __table_args__ is not a single return; not read", c.name))
			return nil, opts
		}
		var items []*expr
		switch v.kind {
		case kDict:
			return nil, dictOpts(v)
		case kTuple, kList:
			items = v.args
		default:
			b.p.warn(v.pos, fmt.Sprintf("class %s: __table_args__ %s is not a tuple or dict literal; not read", c.name, v.text))
			return nil, opts
		}
		if n := len(items); n > 0 && items[n-1].kind == kDict {
			opts = dictOpts(items[n-1])
			items = items[:n-1]
		}
		return items, opts
	}
	return nil, opts
}

func dictOpts(d *expr) map[string]*expr {
	out := map[string]*expr{}
	for i, k := range d.args {
		if k.kind == kStr {
			out[k.name] = d.vals[i]
		}
	}
	return out
}

// classString evaluates the string expressions declared_attr table names
// are written with: literals, cls.__name__, .lower()/.upper(), + and a
// snake-case helper applied to the class name.
func classString(e *expr, c *class, depth int) (string, bool) {
	if e == nil || depth > 16 {
		return "", false
	}
	switch {
	case e.kind == kStr:
		return e.name, true
	case e.dotted() == "cls.__name__":
		return c.name, true
	case e.kind == kBinOp && e.name == "+":
		l, ok1 := classString(e.args[0], c, depth+1)
		r, ok2 := classString(e.args[1], c, depth+1)
		return l + r, ok1 && ok2
	case e.kind == kCall && e.x.kind == kAttr && len(e.args) == 0 && (e.x.name == "lower" || e.x.name == "upper"):
		s, ok := classString(e.x.x, c, depth+1)
		if e.x.name == "lower" {
			return strings.ToLower(s), ok
		}
		return strings.ToUpper(s), ok
	case e.kind == kCall && len(e.args) == 1 && strings.Contains(strings.ToLower(e.x.last()), "snake"):
		s, ok := classString(e.args[0], c, depth+1)
		return snakeCase(s), ok
	}
	return "", false
}
