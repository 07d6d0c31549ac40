package orm

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	sitter "github.com/tree-sitter/go-tree-sitter"
	python "github.com/tree-sitter/tree-sitter-python/bindings/go"

	"github.com/ariadrift/ariadrift/model"
)

// kind is the shape of a Python expression, reduced to what model
// declarations use.
type kind uint8

const (
	kOther   kind = iota // anything not modelled (lambda, comprehension, f-string, ...)
	kName                // name
	kAttr                // x.name
	kCall                // x(args, kws)
	kSub                 // x[args]
	kStr                 // a string literal; name holds its value
	kNum                 // a number; name holds its text
	kBool                // True/False; name holds the word
	kNone                // None
	kTuple               // (args)
	kList                // [args]
	kDict                // {args: vals}
	kBinOp               // args[0] name args[1]
	kUnary               // name x
	kCompare             // args[0] name args[1]
	kBoolOp              // args joined by name (and/or)
	kNot                 // not x
	kCond                // args[0] if args[1] else args[2]
	kSplat               // *x or **x
)

// expr is a Python expression.
type expr struct {
	kind kind
	name string
	x    *expr
	args []*expr
	kws  []kwarg
	vals []*expr
	pos  model.Pos
	text string // the source text, for messages and text() bodies
}

// kwarg is a keyword argument of a call.
type kwarg struct {
	name string
	v    *expr
	pos  model.Pos
}

// kw returns the keyword argument called name.
func (e *expr) kw(name string) (*expr, bool) {
	if e == nil {
		return nil, false
	}
	for _, k := range e.kws {
		if k.name == name {
			return k.v, true
		}
	}
	return nil, false
}

// kwPos returns the position of the keyword argument called name.
func (e *expr) kwPos(name string) model.Pos {
	for _, k := range e.kws {
		if k.name == name {
			return k.pos
		}
	}
	return e.pos
}

// dotted returns the dotted name of a name or attribute chain ("sa.Column"),
// or "" for anything else.
func (e *expr) dotted() string {
	switch {
	case e == nil:
		return ""
	case e.kind == kName:
		return e.name
	case e.kind == kAttr:
		if b := e.x.dotted(); b != "" {
			return b + "." + e.name
		}
	}
	return ""
}

// last returns the last part of a dotted name: "Column" for sa.Column.
func (e *expr) last() string {
	d := e.dotted()
	return d[strings.LastIndexByte(d, '.')+1:]
}

// callee returns the last part of the called name for a call, else "".
func (e *expr) callee() string {
	if e == nil || e.kind != kCall {
		return ""
	}
	return e.x.last()
}

// isTrue reports whether e is the literal True.
func (e *expr) isTrue() bool { return e != nil && e.kind == kBool && e.name == "True" }

// file is one parsed Python file.
type file struct {
	name string
	src  []byte
	// txt is src as a string, so that node texts are substrings of it
	// rather than copies.
	txt string
}

// pos converts a tree-sitter point to a position; the column counts
// characters, as every ariadrift position does.
func (f *file) pos(n *node) model.Pos {
	return f.posAt(n.StartPosition(), int(n.StartByte()))
}

// posAt is pos for a node whose start point and byte are already known:
// each accessor is a cgo call, which large files feel.
func (f *file) posAt(p sitter.Point, sb int) model.Pos {
	start := sb - int(p.Column)
	if start < 0 || sb > len(f.src) {
		return model.Pos{File: f.name, Line: int(p.Row) + 1, Col: int(p.Column) + 1}
	}
	if ascii(f.src[start:sb]) {
		return model.Pos{File: f.name, Line: int(p.Row) + 1, Col: sb - start + 1}
	}
	return model.Pos{File: f.name, Line: int(p.Row) + 1, Col: utf8.RuneCount(f.src[start:sb]) + 1}
}

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (f *file) text(n *node) string {
	if n == nil {
		return ""
	}
	sb, eb := int(n.StartByte()), int(n.EndByte())
	if sb > eb || eb > len(f.txt) {
		return ""
	}
	return f.txt[sb:eb]
}

var pyLang = sitter.NewLanguage(python.Language())

// parseTree parses src, failing with the first syntax error.
func parseTree(f *file) (*tree, error) {
	t, err := parseRange(f, nil)
	if err != nil {
		return nil, err
	}
	if err := syntaxError(f, t.root()); err != nil {
		return nil, err
	}
	return t, nil
}

// parseRange parses the part of src that r spans, or all of it when r is
// nil, without looking for syntax errors.
func parseRange(f *file, r *sitter.Range) (*tree, error) {
	p := sitter.NewParser()
	defer p.Close()
	if err := p.SetLanguage(pyLang); err != nil {
		return nil, fmt.Errorf("%s: %w", f.name, err)
	}
	if r != nil {
		if err := p.SetIncludedRanges([]sitter.Range{*r}); err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
	}
	st := p.ParseWithOptions(f.chunk, nil, nil)
	if st == nil {
		return nil, fmt.Errorf("%s: the file could not be parsed", f.name)
	}
	tree, err := flatten(st)
	st.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.name, err)
	}
	return tree, nil
}

// syntaxError describes the first syntax error under root, if any.
func syntaxError(f *file, root *node) error {
	if !root.HasError() {
		return nil
	}
	bad := firstError(root)
	if bad == nil {
		bad = root
	}
	if bad.IsError() {
		// An ERROR node spans what the parser skipped; its last token is
		// where it gave up (the unclosed "(", the word after a missing ":").
		bad = lastLeaf(bad)
	}
	msg := "syntax error"
	if bad.IsMissing() {
		msg = fmt.Sprintf("syntax error: missing %q", bad.Kind())
	} else if t := strings.TrimSpace(f.text(bad)); t != "" {
		msg = fmt.Sprintf("syntax error at or near %s", strconv.Quote(firstToken(t)))
	}
	return fmt.Errorf("%s: %s", f.pos(bad), msg)
}

// chunkSize bounds what one read callback hands the parser. go-tree-sitter
// copies whatever the callback returns, and Parser.Parse returns the whole
// rest of the file on every read, which makes a large file quadratic.
const chunkSize = 16 << 10

// chunk is the parser's read callback: up to chunkSize bytes from offset i,
// never splitting a character.
func (f *file) chunk(i int, _ sitter.Point) []byte {
	if i < 0 || i >= len(f.src) {
		return []byte{}
	}
	end := i + chunkSize
	if end >= len(f.src) {
		return f.src[i:]
	}
	for end > i+1 && !utf8.RuneStart(f.src[end]) {
		end--
	}
	return f.src[i:end]
}

// firstError returns the first ERROR or MISSING node in document order.
func firstError(n *node) *node {
	if n.IsError() || n.IsMissing() {
		return n
	}
	if !n.HasError() {
		return nil
	}
	for i := uint(0); i < n.ChildCount(); i++ {
		if e := firstError(n.Child(i)); e != nil {
			return e
		}
	}
	return nil
}

func lastLeaf(n *node) *node {
	for n.ChildCount() > 0 {
		n = n.Child(n.ChildCount() - 1)
	}
	return n
}

// firstToken shortens an error node's text to its first word, so the
// message stays one line.
func firstToken(s string) string {
	if i := strings.IndexAny(s, " \t\r\n"); i > 0 {
		s = s[:i]
	}
	if utf8.RuneCountInString(s) > 40 {
		r := []rune(s)
		s = string(r[:40]) + "…"
	}
	return s
}

// conv turns a tree-sitter expression node into an expr.
func (f *file) conv(n *node) *expr {
	if n == nil {
		return nil
	}
	sb, eb := int(n.StartByte()), int(n.EndByte())
	e := &expr{pos: f.posAt(n.StartPosition(), sb)}
	if sb <= eb && eb <= len(f.txt) {
		e.text = f.txt[sb:eb]
	}
	switch n.Kind() {
	case "identifier":
		e.kind, e.name = kName, e.text
	case "attribute":
		e.kind, e.x = kAttr, f.conv(n.ChildByFieldName("object"))
		e.name = f.text(n.ChildByFieldName("attribute"))
	case "call", "subscript", "generic_type":
		f.compound(e, n)
	case "type", "parenthesized_expression", "expression_statement":
		if n.NamedChildCount() == 1 {
			inner := f.conv(n.NamedChild(0))
			if n.Kind() == "parenthesized_expression" {
				inner.text = e.text
			}
			return inner
		}
	case "string":
		f.str(e, n)
	case "concatenated_string":
		e.kind = kStr
		for i := uint(0); i < n.NamedChildCount(); i++ {
			part := f.conv(n.NamedChild(i))
			if part.kind != kStr {
				e.kind = kOther
				break
			}
			e.name += part.name
		}
	case "integer", "float":
		e.kind, e.name = kNum, strings.ReplaceAll(e.text, "_", "")
	case "true", "false":
		e.kind, e.name = kBool, e.text
	case "none":
		e.kind = kNone
	case "tuple", "expression_list", "pattern_list":
		e.kind = kTuple
		f.elems(e, n)
	case "list":
		e.kind = kList
		f.elems(e, n)
	case "dictionary":
		f.dict(e, n)
	case "binary_operator", "comparison_operator", "boolean_operator":
		f.binary(e, n)
	case "unary_operator":
		e.kind, e.x = kUnary, f.conv(n.ChildByFieldName("argument"))
		e.name = f.text(n.ChildByFieldName("operator"))
		if e.x != nil && e.x.kind == kNum && e.name == "-" {
			return &expr{kind: kNum, name: "-" + e.x.name, pos: e.pos, text: e.text}
		}
	case "not_operator":
		e.kind, e.x = kNot, f.conv(n.ChildByFieldName("argument"))
	case "conditional_expression":
		e.kind = kCond
		f.elems(e, n)
	case "list_splat", "dictionary_splat":
		e.kind = kSplat
		if n.NamedChildCount() > 0 {
			e.x = f.conv(n.NamedChild(0))
		}
	}
	return e
}

// compound reads calls and subscripts, including Mapped[int] in an
// annotation, which tree-sitter calls a generic type.
func (f *file) compound(e *expr, n *node) {
	switch n.Kind() {
	case "call":
		e.kind, e.x = kCall, f.conv(n.ChildByFieldName("function"))
		if a := n.ChildByFieldName("arguments"); a != nil && a.Kind() == "argument_list" {
			f.callArgs(e, a)
		}
	case "subscript":
		e.kind, e.x = kSub, f.conv(n.ChildByFieldName("value"))
		for _, c := range n.ChildrenByFieldName("subscript") {
			e.args = append(e.args, f.conv(c))
		}
	case "generic_type":
		e.kind = kSub
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			if c.Kind() == "type_parameter" {
				for j := uint(0); j < c.NamedChildCount(); j++ {
					e.args = append(e.args, f.conv(c.NamedChild(j)))
				}
			} else if e.x == nil {
				e.x = f.conv(c)
			}
		}
	}
}

func (f *file) elems(e *expr, n *node) {
	for i := uint(0); i < n.NamedChildCount(); i++ {
		c := n.NamedChild(i)
		if c.Kind() == "comment" {
			continue
		}
		e.args = append(e.args, f.conv(c))
	}
}

func (f *file) dict(e *expr, n *node) {
	e.kind = kDict
	for i := uint(0); i < n.NamedChildCount(); i++ {
		c := n.NamedChild(i)
		if c.Kind() != "pair" {
			if c.Kind() != "comment" {
				e.kind = kOther // ** unpacking: the keys are not all known
			}
			continue
		}
		e.args = append(e.args, f.conv(c.ChildByFieldName("key")))
		e.vals = append(e.vals, f.conv(c.ChildByFieldName("value")))
	}
}

func (f *file) callArgs(e *expr, a *node) {
	for i := uint(0); i < a.NamedChildCount(); i++ {
		c := a.NamedChild(i)
		switch c.Kind() {
		case "comment":
		case "keyword_argument":
			e.kws = append(e.kws, kwarg{name: f.text(c.ChildByFieldName("name")), v: f.conv(c.ChildByFieldName("value")), pos: f.pos(c)})
		default:
			e.args = append(e.args, f.conv(c))
		}
	}
}

// binary reads an operator expression. A chained comparison (a < b < c) or
// an operator that is not a single token is left as kOther.
func (f *file) binary(e *expr, n *node) {
	var ops []string
	for i := uint(0); i < n.ChildCount(); i++ {
		c := n.Child(i)
		if c.IsNamed() {
			if c.Kind() != "comment" {
				e.args = append(e.args, f.conv(c))
			}
		} else {
			ops = append(ops, f.text(c))
		}
	}
	if len(e.args) != 2 || len(ops) == 0 {
		e.args = nil
		return
	}
	e.name = strings.Join(ops, " ")
	switch n.Kind() {
	case "binary_operator":
		e.kind = kBinOp
	case "comparison_operator":
		e.kind = kCompare
	default:
		e.kind = kBoolOp
	}
}

// str reads a string literal. f-strings with interpolations are kOther:
// their value is only known at run time.
func (f *file) str(e *expr, n *node) {
	for i := uint(0); i < n.NamedChildCount(); i++ {
		if n.NamedChild(i).Kind() == "interpolation" {
			return
		}
	}
	t := e.text
	i := strings.IndexAny(t, `'"`)
	if i < 0 {
		return
	}
	prefix := strings.ToLower(t[:i])
	body := t[i:]
	q := body[:1]
	if strings.HasPrefix(body, q+q+q) && len(body) >= 6 {
		body = body[3 : len(body)-3]
	} else if len(body) >= 2 {
		body = body[1 : len(body)-1]
	}
	if strings.Contains(prefix, "b") {
		return // bytes are never names or SQL here
	}
	e.kind = kStr
	if strings.Contains(prefix, "r") {
		e.name = body
		return
	}
	e.name = unescape(body)
}

// unescape decodes Python's backslash escapes; an unknown escape is kept as
// written, as Python keeps it.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		if s[0] != '\\' || len(s) == 1 {
			r, size := utf8.DecodeRuneInString(s)
			b.WriteRune(r)
			s = s[size:]
			continue
		}
		switch c := s[1]; c {
		case '\n':
			s = s[2:]
		case '\\', '\'', '"':
			b.WriteByte(c)
			s = s[2:]
		case 'n', 't', 'r', 'a', 'b', 'f', 'v', 'x', 'u', 'U', '0', '1', '2', '3', '4', '5', '6', '7':
			v, _, tail, err := strconv.UnquoteChar(s, '"')
			if err != nil {
				b.WriteByte('\\')
				s = s[1:]
				continue
			}
			b.WriteRune(v)
			s = tail
		default:
			b.WriteByte('\\')
			s = s[1:]
		}
	}
	return b.String()
}

// parseAnnotation parses the text of a string annotation ("int | None")
// as an expression placed at pos. Anything that is not one expression is
// kOther.
func parseAnnotation(text string, pos model.Pos) *expr {
	f := &file{name: pos.File, src: []byte(text), txt: text}
	tree, err := parseTree(f)
	if err != nil {
		return &expr{pos: pos, text: text}
	}
	root := tree.root()
	if root.NamedChildCount() != 1 || root.NamedChild(0).Kind() != "expression_statement" {
		return &expr{pos: pos, text: text}
	}
	e := f.conv(root.NamedChild(0))
	setPos(e, pos)
	return e
}

// setPos moves every part of e to pos: a string annotation's parts have no
// position of their own in the file.
func setPos(e *expr, pos model.Pos) {
	if e == nil {
		return
	}
	e.pos = pos
	setPos(e.x, pos)
	for _, a := range e.args {
		setPos(a, pos)
	}
	for _, v := range e.vals {
		setPos(v, pos)
	}
	for i := range e.kws {
		e.kws[i].pos = pos
		setPos(e.kws[i].v, pos)
	}
}
