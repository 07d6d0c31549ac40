package orm

import (
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// program is every file read, as one namespace: models may subclass a base
// or use an alias declared in another file.
type program struct {
	opts    Options
	classes []*class
	byName  map[string]*class
	// vars holds module-level assignments by name; the last one wins, as it
	// does when Python runs the module.
	vars map[string]*expr
	// imports maps a local name to what it was imported as
	// ("sqlalchemy.String" for `from sqlalchemy import String as Str`).
	imports map[string]string
	// calls are module-level Index(...) and Table(...) calls, in order.
	calls []modCall
	// comments are module-level comment lines, for section banners.
	comments []comment
}

// modCall is a module-level call and the name it is assigned to, if any.
type modCall struct {
	name string
	e    *expr
}

// comment is a module-level comment line.
type comment struct {
	file string
	line int
	text string
}

// class is a class definition.
type class struct {
	name    string
	bases   []*expr
	kws     []kwarg
	members []*member
	pos     model.Pos
	deco    []*expr
	// fields is filled once the class is analysed (see hierarchy).
	info *classInfo
	// enumMembers lists the attribute names of a Python Enum subclass.
	enumMembers []string
}

// member is one attribute of a class body.
type member struct {
	name  string
	ann   *expr
	value *expr
	pos   model.Pos
	// declared marks a declared_attr function: value is what it returns.
	declared bool
	owner    *class
}

// own returns the class's own member called name.
func (c *class) own(name string) (*member, bool) {
	for _, m := range c.members {
		if m.name == name {
			return m, true
		}
	}
	return nil, false
}

// scan reads one file's module-level statements.
func (p *program) scan(f *file, root *node) {
	for i := uint(0); i < root.NamedChildCount(); i++ {
		p.statement(f, root.NamedChild(i), true)
	}
}

func (p *program) statement(f *file, n *node, top bool) {
	switch n.Kind() {
	case "comment":
		if top {
			p.comments = append(p.comments, comment{file: f.name, line: int(n.StartPosition().Row) + 1, text: f.text(n)})
		}
	case "import_statement", "import_from_statement":
		p.importStmt(f, n)
	case "class_definition":
		p.classDef(f, n, nil)
	case "decorated_definition":
		if d := n.ChildByFieldName("definition"); d != nil && d.Kind() == "class_definition" {
			p.classDef(f, d, decorators(f, n))
		}
	case "expression_statement":
		p.moduleExpr(f, n)
	case "try_statement":
		// try: from typing import Annotated / except ImportError: ...
		if b := n.ChildByFieldName("body"); b != nil {
			for j := uint(0); j < b.NamedChildCount(); j++ {
				if c := b.NamedChild(j); strings.HasPrefix(c.Kind(), "import") {
					p.importStmt(f, c)
				}
			}
		}
	case "if_statement":
		p.ifStmt(f, n)
	}
}

// ifStmt skips `if TYPE_CHECKING:` blocks, which hold imports only, and
// says so when a conditional block defines classes or tables: which branch
// runs is only known at import time.
func (p *program) ifStmt(f *file, n *node) {
	cond := f.conv(n.ChildByFieldName("condition"))
	if cond.last() == "TYPE_CHECKING" {
		return
	}
	if strings.Contains(f.text(n), "class ") || strings.Contains(f.text(n), "Table(") {
		p.warn(f.pos(n), "definitions under a module-level `if` are not read: which branch runs is only known at import time")
	}
}

func decorators(f *file, n *node) []*expr {
	var out []*expr
	for i := uint(0); i < n.NamedChildCount(); i++ {
		if c := n.NamedChild(i); c.Kind() == "decorator" && c.NamedChildCount() > 0 {
			out = append(out, f.conv(c.NamedChild(0)))
		}
	}
	return out
}

func (p *program) importStmt(f *file, n *node) {
	module := ""
	if m := n.ChildByFieldName("module_name"); m != nil {
		module = f.text(m)
	}
	for _, c := range n.ChildrenByFieldName("name") {
		full, local := f.text(c), ""
		if c.Kind() == "aliased_import" {
			full = f.text(c.ChildByFieldName("name"))
			local = f.text(c.ChildByFieldName("alias"))
		}
		if module != "" {
			full = module + "." + full
		}
		if local == "" {
			local = full[strings.LastIndexByte(full, '.')+1:]
			if module == "" {
				// import sqlalchemy.orm binds sqlalchemy.
				local = strings.SplitN(full, ".", 2)[0]
				full = local
			}
		}
		p.imports[local] = full
	}
}

func (p *program) moduleExpr(f *file, n *node) {
	if n.NamedChildCount() != 1 {
		return
	}
	c := n.NamedChild(0)
	if c.Kind() != "assignment" {
		if e := f.conv(c); e.kind == kCall && p.isModuleCall(e) {
			p.calls = append(p.calls, modCall{e: e})
		}
		return
	}
	left := c.ChildByFieldName("left")
	right := c.ChildByFieldName("right")
	if left == nil || right == nil || left.Kind() != "identifier" {
		return
	}
	if right.Kind() == "assignment" {
		return // a = b = ...: rare for declarations
	}
	v := f.conv(right)
	p.vars[f.text(left)] = v
	if v.kind == kCall && p.isModuleCall(v) {
		p.calls = append(p.calls, modCall{name: f.text(left), e: v})
	}
}

// isModuleCall reports whether a module-level call declares schema objects.
func (p *program) isModuleCall(e *expr) bool {
	switch p.canon(e.x) {
	case "Index", "Table":
		return true
	}
	return false
}

// canon returns the name an expression refers to, through import aliases:
// "String" for sa.String, sqlalchemy.types.String or an imported alias.
func (p *program) canon(e *expr) string {
	if e == nil {
		return ""
	}
	if e.kind == kName {
		if full, ok := p.imports[e.name]; ok {
			return full[strings.LastIndexByte(full, '.')+1:]
		}
		return e.name
	}
	return e.last()
}

func (p *program) classDef(f *file, n *node, deco []*expr) {
	c := &class{name: f.text(n.ChildByFieldName("name")), pos: f.pos(n), deco: deco}
	if sc := n.ChildByFieldName("superclasses"); sc != nil {
		tmp := &expr{}
		f.callArgs(tmp, sc)
		c.bases, c.kws = tmp.args, tmp.kws
	}
	if body := n.ChildByFieldName("body"); body != nil {
		for i := uint(0); i < body.NamedChildCount(); i++ {
			p.classStmt(f, c, body.NamedChild(i))
		}
	}
	p.classes = append(p.classes, c)
	if _, dup := p.byName[c.name]; !dup {
		p.byName[c.name] = c
	}
}

func (p *program) classStmt(f *file, c *class, n *node) {
	switch n.Kind() {
	case "expression_statement":
		if n.NamedChildCount() != 1 || n.NamedChild(0).Kind() != "assignment" {
			return
		}
		a := n.NamedChild(0)
		left := a.ChildByFieldName("left")
		if left == nil || left.Kind() != "identifier" {
			return
		}
		m := &member{name: f.text(left), pos: f.pos(a), owner: c}
		if t := a.ChildByFieldName("type"); t != nil {
			m.ann = f.conv(t)
		}
		if r := a.ChildByFieldName("right"); r != nil && r.Kind() != "assignment" {
			m.value = f.conv(r)
		}
		c.members = append(c.members, m)
	case "decorated_definition":
		d := n.ChildByFieldName("definition")
		if d == nil || d.Kind() != "function_definition" {
			return
		}
		for _, dec := range decorators(f, n) {
			name := dec.dotted()
			if dec.kind == kCall {
				name = dec.x.dotted()
			}
			if strings.Contains(name, "declared_attr") {
				c.members = append(c.members, declaredAttr(f, c, d))
				return
			}
		}
	case "if_statement":
		if strings.Contains(f.text(n), "mapped_column") || strings.Contains(f.text(n), "Column(") {
			p.warn(f.pos(n), "columns under an `if` in class "+c.name+" are not read: which branch runs is only known at import time")
		}
	}
}

// declaredAttr reads a declared_attr function. Its value is known when the
// body is one return statement (after an optional docstring); anything else
// leaves value nil, and the reader says it could not follow the function.
func declaredAttr(f *file, c *class, d *node) *member {
	m := &member{name: f.text(d.ChildByFieldName("name")), pos: f.pos(d), declared: true, owner: c}
	if rt := d.ChildByFieldName("return_type"); rt != nil {
		m.ann = f.conv(rt)
	}
	body := d.ChildByFieldName("body")
	if body == nil {
		return m
	}
	var stmts []*node
	for i := uint(0); i < body.NamedChildCount(); i++ {
		s := body.NamedChild(i)
		if s.Kind() == "comment" {
			continue
		}
		if len(stmts) == 0 && s.Kind() == "expression_statement" && s.NamedChildCount() == 1 && s.NamedChild(0).Kind() == "string" {
			continue // docstring
		}
		stmts = append(stmts, s)
	}
	if len(stmts) == 1 && stmts[0].Kind() == "return_statement" && stmts[0].NamedChildCount() == 1 {
		m.value = f.conv(stmts[0].NamedChild(0))
	}
	return m
}

// warn reports what the reader could not know.
func (p *program) warn(pos model.Pos, msg string) {
	if p.opts.Warn != nil {
		p.opts.Warn(pos, msg)
	}
}
