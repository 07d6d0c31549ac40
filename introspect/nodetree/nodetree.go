// Package nodetree reads the text form of PostgreSQL's stored expression
// trees (pg_node_tree: pg_index.indpred, pg_attrdef.adbin) and prints the
// few shapes a catalog read meets by the thousand as SQL, so that the
// server's deparser, which must open every table it names, is not called
// for them.
//
// The format is outfuncs.c's: {TAG :field value ...}, lists in
// parentheses, <> for NULL. Only what SimplePredicate admits is printed;
// the server deparses the rest.
package nodetree

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// SimplePredicate is a PostgreSQL regular expression that matches the
// text of a tree Predicate cannot print: one with a node other than
// VAR, NULLTEST, BOOLEXPR and BOOLEANTEST. A query deparses a predicate on
// the server only where it matches.
//
// It has no backslash, so that it reads the same whatever the server's
// standard_conforming_strings.
const SimplePredicate = `[{](?!(VAR|NULLTEST|BOOLEXPR|BOOLEANTEST) )`

// Node is one {TAG ...} of a tree: its fields by name, each value a
// token (string), a *Node, a list ([]any) or nil for <>. A datum's bytes
// are the list under its field's name with "[]" appended.
type Node struct {
	Tag    string
	Fields map[string]any
}

// Parse reads a tree's text.
func Parse(text string) (*Node, error) {
	p := &parser{s: text}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	n, ok := v.(*Node)
	if !ok {
		return nil, errors.New("node tree: not a node")
	}
	if p.skipSpace(); p.i != len(p.s) {
		return nil, fmt.Errorf("node tree: text after the node at offset %d", p.i)
	}
	return n, nil
}

type parser struct {
	s string
	i int
}

func (p *parser) skipSpace() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\n' || p.s[p.i] == '\t') {
		p.i++
	}
}

// value reads a node, a list or a token.
func (p *parser) value() (any, error) {
	p.skipSpace()
	if p.i >= len(p.s) {
		return nil, errors.New("node tree: unexpected end")
	}
	switch p.s[p.i] {
	case '{':
		p.i++
		return p.node()
	case '(':
		p.i++
		return p.list(')')
	}
	tok := p.token()
	switch tok {
	case "":
		return nil, fmt.Errorf("node tree: unexpected %q at offset %d", p.s[p.i], p.i)
	case "<>":
		return nil, nil
	}
	return tok, nil
}

// token reads up to whitespace or a delimiter; a backslash escapes the
// next byte, as outToken writes it. A token without one is a slice of the
// text.
func (p *parser) token() string {
	start, escaped := p.i, false
	for ; p.i < len(p.s); p.i++ {
		c := p.s[p.i]
		if c == ' ' || c == '\n' || c == '\t' || c == '{' || c == '}' || c == '(' || c == ')' || c == '[' || c == ']' {
			break
		}
		if c == '\\' && p.i+1 < len(p.s) {
			escaped = true
			p.i++
		}
	}
	if !escaped {
		return p.s[start:p.i]
	}
	var b strings.Builder
	for i := start; i < p.i; i++ {
		if p.s[i] == '\\' && i+1 < p.i {
			i++
		}
		b.WriteByte(p.s[i])
	}
	return b.String()
}

func (p *parser) node() (*Node, error) {
	p.skipSpace()
	n := &Node{Tag: p.token(), Fields: map[string]any{}}
	if n.Tag == "" {
		return nil, fmt.Errorf("node tree: a node without a tag at offset %d", p.i)
	}
	for {
		p.skipSpace()
		if p.i >= len(p.s) {
			return nil, fmt.Errorf("node tree: %s is not closed", n.Tag)
		}
		if p.s[p.i] == '}' {
			p.i++
			return n, nil
		}
		name := p.token()
		if !strings.HasPrefix(name, ":") {
			return nil, fmt.Errorf("node tree: %s: want a :field, found %q", n.Tag, name)
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		n.Fields[name[1:]] = v
		// A datum is its length and then its bytes: :constvalue 4 [ ... ].
		if p.skipSpace(); p.i < len(p.s) && p.s[p.i] == '[' {
			p.i++
			if n.Fields[name[1:]+"[]"], err = p.list(']'); err != nil {
				return nil, err
			}
		}
	}
}

func (p *parser) list(end byte) ([]any, error) {
	var out []any
	for {
		p.skipSpace()
		if p.i >= len(p.s) {
			return nil, errors.New("node tree: a list is not closed")
		}
		if p.s[p.i] == end {
			p.i++
			return out, nil
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
}

func (n *Node) int(field string) (int, bool) {
	s, ok := n.Fields[field].(string)
	if !ok {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	return v, err == nil
}

func (n *Node) node(field string) (*Node, bool) {
	c, ok := n.Fields[field].(*Node)
	return c, ok && c != nil
}

// Predicate prints a tree of column references, IS [NOT] NULL, IS [NOT]
// TRUE/FALSE/UNKNOWN, AND, OR and NOT as SQL, fully parenthesized; column
// gives a column's name by its number. ok is false for any other tree.
func Predicate(n *Node, column func(attno int) (string, bool)) (string, bool) {
	var b strings.Builder
	if !predicate(&b, n, column) {
		return "", false
	}
	return b.String(), true
}

var booleanTests = []string{"IS TRUE", "IS NOT TRUE", "IS FALSE", "IS NOT FALSE", "IS UNKNOWN", "IS NOT UNKNOWN"}

func predicate(b *strings.Builder, n *Node, column func(int) (string, bool)) bool {
	switch n.Tag {
	case "VAR":
		up, ok1 := n.int("varlevelsup")
		no, ok2 := n.int("varattno")
		name, ok3 := column(no)
		if !ok1 || !ok2 || !ok3 || up != 0 || no <= 0 {
			return false
		}
		b.WriteString(model.QuoteIdent(name))
		return true
	case "NULLTEST":
		kind, ok := n.int("nulltesttype")
		arg, ok2 := n.node("arg")
		if !ok || !ok2 || kind < 0 || kind > 1 || n.Fields["argisrow"] != "false" {
			return false
		}
		return wrap(b, arg, column, [...]string{" IS NULL", " IS NOT NULL"}[kind])
	case "BOOLEANTEST":
		kind, ok := n.int("booltesttype")
		arg, ok2 := n.node("arg")
		if !ok || !ok2 || kind < 0 || kind >= len(booleanTests) {
			return false
		}
		return wrap(b, arg, column, " "+booleanTests[kind])
	case "BOOLEXPR":
		return boolExpr(b, n, column)
	}
	return false
}

// wrap prints (arg suffix).
func wrap(b *strings.Builder, arg *Node, column func(int) (string, bool), suffix string) bool {
	b.WriteByte('(')
	if !predicate(b, arg, column) {
		return false
	}
	b.WriteString(suffix)
	b.WriteByte(')')
	return true
}

func boolExpr(b *strings.Builder, n *Node, column func(int) (string, bool)) bool {
	args, ok := n.Fields["args"].([]any)
	op, _ := n.Fields["boolop"].(string)
	if !ok || len(args) == 0 || (op == "not") != (len(args) == 1) {
		return false
	}
	sep := map[string]string{"and": " AND ", "or": " OR ", "not": ""}[op]
	if sep == "" && op != "not" {
		return false
	}
	b.WriteByte('(')
	if op == "not" {
		b.WriteString("NOT ")
	}
	for i, a := range args {
		arg, ok := a.(*Node)
		if !ok || arg == nil {
			return false
		}
		if i > 0 {
			b.WriteString(sep)
		}
		if !predicate(b, arg, column) {
			return false
		}
	}
	b.WriteByte(')')
	return true
}
