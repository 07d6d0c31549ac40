package orm

import (
	"fmt"
	"strings"
)

// baseKind is the flavour of a declarative hierarchy, which decides the
// nullability and table-name rules.
type baseKind uint8

const (
	bkDecl     baseKind = iota + 1 // DeclarativeBase, declarative_base()
	bkFlask                        // Flask-SQLAlchemy's db.Model
	bkSQLModel                     // SQLModel with table=True
)

// declBase is a declarative base: what every model under it shares.
type declBase struct {
	kind    baseKind
	meta    *meta
	typeMap []typeEntry
}

// typeEntry is one type_annotation_map entry.
type typeEntry struct {
	key, val *expr
}

// meta is a MetaData: the default schema and the naming convention.
type meta struct {
	schema string
	conv   map[string]string
}

// defaultConvention is SQLAlchemy's DEFAULT_NAMING_CONVENTION.
var defaultConvention = map[string]string{"ix": "ix_%(column_0_label)s"}

// classInfo is what the hierarchy analysis learnt about a class.
type classInfo struct {
	state    uint8 // 1 while being analysed (a cycle), 2 when done
	base     *declBase
	isBase   bool
	abstract bool
	enum     bool
	mapped   bool
	parent   *class   // the nearest mapped ancestor
	ancestor []*class // ancestors defined in the files, nearest first (an MRO approximation)
	tb       *tableBuild
}

// analyse places c in its hierarchy. Cycles (class A(B), class B(A)) are
// broken rather than followed.
func (p *program) analyse(c *class) *classInfo {
	if c.info != nil {
		return c.info
	}
	info := &classInfo{state: 1}
	c.info = info
	var unknown []string
	for _, b := range c.bases {
		if !p.baseExpr(c, info, b) {
			unknown = append(unknown, b.text)
		}
	}
	if m, ok := c.own("__abstract__"); ok && m.value.isTrue() {
		info.abstract = true
	}
	if info.enum {
		c.enumMembers = pyEnumMembers(c)
	}
	if info.base == nil && !info.enum && len(unknown) > 0 {
		if _, ok := c.own("__tablename__"); ok {
			p.warn(c.pos, fmt.Sprintf("class %s: base %s is not among the files read; assumed a declarative base", c.name, strings.Join(unknown, ", ")))
			info.base = &declBase{kind: bkDecl, meta: &meta{conv: defaultConvention}}
		}
	}
	info.mapped = info.base != nil && !info.isBase && !info.abstract && !info.enum
	if info.mapped && info.base.kind == bkSQLModel && !hasTableTrue(c) {
		info.mapped = false
	}
	info.state = 2
	return info
}

func hasTableTrue(c *class) bool {
	for _, k := range c.kws {
		if k.name == "table" && k.v.isTrue() {
			return true
		}
	}
	return false
}

// baseExpr reads one base class expression; false means it is unknown.
func (p *program) baseExpr(c *class, info *classInfo, b *expr) bool {
	switch name := p.canon(b); name {
	case "DeclarativeBase", "DeclarativeBaseNoMeta":
		info.isBase = true
		info.base = p.classBase(c)
		return true
	case "SQLModel":
		info.base = &declBase{kind: bkSQLModel, meta: &meta{conv: defaultConvention}}
		return true
	case "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag":
		info.enum = true
		return true
	case "object", "Generic", "ABC", "MappedAsDataclass", "AsyncAttrs", "str", "int", "Protocol", "TypedDict":
		return true
	}
	if b.kind == kSub {
		return p.baseExpr(c, info, b.x) // Generic[T], Mixin[T]
	}
	if parent, ok := p.byName[b.last()]; ok && parent != c && (parent.info == nil || parent.info.state == 2) {
		pi := p.analyse(parent)
		info.ancestor = append(info.ancestor, parent)
		info.ancestor = append(info.ancestor, pi.ancestor...)
		if info.base == nil {
			info.base = pi.base
		}
		if pi.enum {
			info.enum = true
		}
		if info.parent == nil {
			if pi.mapped {
				info.parent = parent
			} else {
				info.parent = pi.parent
			}
		}
		return true
	}
	if bb := p.varBase(b, 0); bb != nil {
		info.base = bb
		return true
	}
	return false
}

// varBase resolves a base held in a variable: Base = declarative_base(),
// Base = registry().generate_base(), Model = db.Model.
func (p *program) varBase(b *expr, depth int) *declBase {
	if depth > 4 || b == nil {
		return nil
	}
	if b.kind == kAttr && b.name == "Model" {
		return &declBase{kind: bkFlask, meta: p.flaskMeta(b.x)}
	}
	if b.kind != kName {
		return nil
	}
	v, ok := p.vars[b.name]
	if !ok {
		return nil
	}
	if v.kind == kName || v.kind == kAttr {
		return p.varBase(v, depth+1)
	}
	if v.kind != kCall {
		return nil
	}
	switch {
	case p.canon(v.x) == "declarative_base":
		db := &declBase{kind: bkDecl, meta: p.metaOf(kwOr(v, "metadata"))}
		if tm, ok := v.kw("type_annotation_map"); ok {
			db.typeMap = p.typeMapOf(tm)
		}
		return db
	case v.x.kind == kAttr && v.x.name == "generate_base":
		return &declBase{kind: bkDecl, meta: p.registryMeta(v.x.x)}
	}
	return nil
}

func kwOr(e *expr, name string) *expr {
	v, _ := e.kw(name)
	return v
}

// flaskMeta finds the MetaData of db = SQLAlchemy(metadata=...).
func (p *program) flaskMeta(db *expr) *meta {
	if db != nil && db.kind == kName {
		if v, ok := p.vars[db.name]; ok && v.kind == kCall {
			if md, ok := v.kw("metadata"); ok {
				return p.metaOf(md)
			}
			if mc, ok := v.kw("model_class"); ok {
				if c, ok := p.byName[mc.last()]; ok {
					if bi := p.analyse(c); bi.base != nil {
						return bi.base.meta
					}
				}
			}
		}
	}
	return &meta{conv: defaultConvention}
}

// registryMeta reads registry(metadata=...) held in a name or written inline.
func (p *program) registryMeta(e *expr) *meta {
	if e != nil && e.kind == kName {
		e = p.vars[e.name]
	}
	if e != nil && e.kind == kCall {
		return p.metaOf(kwOr(e, "metadata"))
	}
	return &meta{conv: defaultConvention}
}

// classBase reads a DeclarativeBase subclass's metadata and
// type_annotation_map, written directly or through registry(...).
func (p *program) classBase(c *class) *declBase {
	db := &declBase{kind: bkDecl, meta: &meta{conv: defaultConvention}}
	if m, ok := c.own("metadata"); ok {
		db.meta = p.metaOf(m.value)
	}
	if m, ok := c.own("registry"); ok && m.value != nil && m.value.kind == kCall {
		if md, ok := m.value.kw("metadata"); ok {
			db.meta = p.metaOf(md)
		}
		if tm, ok := m.value.kw("type_annotation_map"); ok {
			db.typeMap = p.typeMapOf(tm)
		}
	}
	if m, ok := c.own("type_annotation_map"); ok {
		db.typeMap = p.typeMapOf(m.value)
	}
	return db
}

func (p *program) typeMapOf(e *expr) []typeEntry {
	if e != nil && e.kind == kName {
		e = p.vars[e.name]
	}
	if e == nil || e.kind != kDict {
		if e != nil {
			p.warn(e.pos, "type_annotation_map is not a dict literal; the default type map is used")
		}
		return nil
	}
	out := make([]typeEntry, len(e.args))
	for i := range e.args {
		out[i] = typeEntry{key: e.args[i], val: e.vals[i]}
	}
	return out
}

// metaOf reads MetaData(schema=..., naming_convention=...), through a
// variable when it is one.
func (p *program) metaOf(e *expr) *meta {
	for i := 0; e != nil && e.kind == kName && i < 4; i++ {
		e = p.vars[e.name]
	}
	if e != nil && e.kind == kAttr && e.name == "metadata" {
		if c, ok := p.byName[e.x.last()]; ok {
			if ci := p.analyse(c); ci.base != nil {
				return ci.base.meta
			}
		}
	}
	m := &meta{conv: defaultConvention}
	if e == nil || e.kind != kCall || p.canon(e.x) != "MetaData" {
		return m
	}
	if v, ok := e.kw("schema"); ok && v.kind == kStr {
		m.schema = v.name
	}
	nc, ok := e.kw("naming_convention")
	for i := 0; ok && nc != nil && nc.kind == kName && i < 4; i++ {
		nc = p.vars[nc.name]
	}
	if ok && nc != nil {
		if nc.kind != kDict {
			p.warn(nc.pos, "naming_convention is not a dict literal; SQLAlchemy's default convention is assumed")
			return m
		}
		m.conv = map[string]string{}
		for i, k := range nc.args {
			key := k.name
			if k.kind != kStr {
				key = p.canon(k) // the class itself as key: Index, UniqueConstraint, ...
			}
			if v := nc.vals[i]; v.kind == kStr {
				m.conv[conventionKey(key)] = v.name
			} else {
				p.warn(v.pos, fmt.Sprintf("naming_convention[%s] is not a string; it is not applied", k.text))
			}
		}
	}
	return m
}

// conventionKey maps a convention keyed by constraint class to its short key.
func conventionKey(k string) string {
	switch k {
	case "Index":
		return "ix"
	case "UniqueConstraint":
		return "uq"
	case "CheckConstraint":
		return "ck"
	case "ForeignKeyConstraint":
		return "fk"
	case "PrimaryKeyConstraint":
		return "pk"
	}
	return k
}
