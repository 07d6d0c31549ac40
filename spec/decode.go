package spec

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/model"
)

// maxExpandedNodes bounds the document as the loader sees it, with every
// alias expanded. A few nested anchors can otherwise stand for billions of
// nodes (the "billion laughs" attack). A spec imported from a 5,000-table
// database has about 700,000 nodes; the 4 MiB file limit allows about two
// million without aliases, so the bound sits above that and far below a bomb.
const maxExpandedNodes = 5_000_000

// decoder walks a parsed YAML document and collects every problem it finds,
// so that one run reports them all.
type decoder struct {
	file string
	errs ErrorList
}

func (d *decoder) pos(n *yaml.Node) model.Pos {
	return model.Pos{File: d.file, Line: n.Line, Col: n.Column}
}

// errorf records a problem at n. ctx names the object the problem belongs
// to (`model "Goal": column "priority"`) and may be empty.
func (d *decoder) errorf(n *yaml.Node, ctx, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if ctx != "" {
		msg = ctx + ": " + msg
	}
	d.errs = append(d.errs, &Error{Pos: d.pos(n), Msg: msg})
}

// yamlError turns a yaml.v3 syntax error ("yaml: line 3: did not find
// expected key") into an Error at that line.
func yamlError(file string, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	pos := model.Pos{File: file}
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.Index(rest, ": "); i > 0 {
			if line, err := strconv.Atoi(rest[:i]); err == nil {
				pos.Line, msg = line, rest[i+2:]
			}
		}
	}
	return &Error{Pos: pos, Msg: "invalid YAML: " + msg}
}

// checkAliases refuses documents whose aliases expand past
// maxExpandedNodes or refer to a node that contains them (yaml.v3 accepts
// "a: &a [*a]"), either of which would make the walk below endless. Sizes
// are memoized, so the check is linear in the text, not in the expansion.
func (d *decoder) checkAliases(root *yaml.Node) bool {
	const over = maxExpandedNodes + 1
	size := map[*yaml.Node]int{}
	open := map[*yaml.Node]bool{}
	failed := false
	var walk func(n *yaml.Node) int
	walk = func(n *yaml.Node) int {
		if s, ok := size[n]; ok {
			return s
		}
		open[n] = true
		defer delete(open, n)
		total := 1
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			if open[n.Alias] {
				failed = true
				d.errorf(n, "", "alias *%s refers to a node that contains it", n.Value)
				return over
			}
			total += walk(n.Alias)
		}
		for _, c := range n.Content {
			total += walk(c)
			if failed {
				return over
			}
			if total > maxExpandedNodes {
				// Blame the element that crossed the limit: for a bomb,
				// that is the alias that multiplies the document.
				failed = true
				if c.Kind == yaml.AliasNode {
					d.errorf(c, "", "aliases expand the document past %d nodes", maxExpandedNodes)
				} else {
					d.errorf(c, "", "the document has more than %d nodes", maxExpandedNodes)
				}
				return over
			}
		}
		size[n] = total
		return total
	}
	walk(root)
	return !failed
}

// resolve follows aliases to the node they stand for. checkAliases has
// ruled out cycles.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// kindName describes what a node is, for "expected X, found Y" messages.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!str":
			return "a string"
		case "!!int", "!!float":
			return "a number"
		case "!!bool":
			return "a boolean"
		case "!!null":
			return "nothing"
		}
		return "a value tagged " + n.Tag
	}
	return "something else"
}

// fields is one YAML mapping, decoded: the value and key node of each key.
type fields struct {
	node *yaml.Node
	ctx  string
	vals map[string]*yaml.Node
	keys map[string]*yaml.Node
}

// object is mapping for a mapping that names what it describes: the value
// of nameKey, when label accepts it, sets the context of every message
// about the mapping, unknown keys included.
func (d *decoder) object(n *yaml.Node, label func(v *yaml.Node) string, nameKey string, known ...string) *fields {
	n = resolve(n)
	ctx := label(nil)
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := resolve(n.Content[i]); k.Kind == yaml.ScalarNode && k.Tag == "!!str" && k.Value == nameKey {
				ctx = label(resolve(n.Content[i+1]))
				break
			}
		}
	}
	return d.mapping(n, ctx, known...)
}

// nameLabel returns a label function for object: `what "name"` when the
// value is a usable name, else `what #number`.
func nameLabel(prefix, what string, number int) func(v *yaml.Node) string {
	return func(v *yaml.Node) string {
		if v != nil && v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value != "" &&
			len(v.Value) <= model.MaxIdentLen && strings.IndexByte(v.Value, 0) < 0 {
			return fmt.Sprintf("%s%s %q", prefix, what, v.Value)
		}
		return fmt.Sprintf("%s%s #%d", prefix, what, number)
	}
}

// mapping decodes n as a mapping whose keys must all be among known. It
// returns nil, after recording the problem, when n is not a mapping; unknown
// and repeated keys are recorded and skipped.
func (d *decoder) mapping(n *yaml.Node, ctx string, known ...string) *fields {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, ctx, "expected a mapping, found %s", kindName(n))
		return nil
	}
	f := &fields{node: n, ctx: ctx, vals: map[string]*yaml.Node{}, keys: map[string]*yaml.Node{}}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), n.Content[i+1]
		switch {
		case k.Tag == "!!merge":
			d.errorf(k, ctx, "merge keys (<<) are not supported")
			continue
		case k.Kind != yaml.ScalarNode || k.Tag != "!!str":
			d.errorf(k, ctx, "a key must be a plain name, found %s", kindName(k))
			continue
		}
		if prev, ok := f.keys[k.Value]; ok {
			d.errorf(k, ctx, "key %q is given twice (first on line %d)", k.Value, prev.Line)
			continue
		}
		if !contains(known, k.Value) {
			d.errorf(k, ctx, "unknown key %q; expected one of %s", k.Value, strings.Join(known, ", "))
			continue
		}
		f.keys[k.Value], f.vals[k.Value] = k, resolve(v)
	}
	return f
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// get returns the value of key, or nil when it is absent.
func (f *fields) get(key string) *yaml.Node { return f.vals[key] }

// require returns the value of key, recording a problem when it is absent.
func (d *decoder) require(f *fields, key string) *yaml.Node {
	v := f.vals[key]
	if v == nil {
		d.errorf(f.node, f.ctx, "missing required key %q", key)
	}
	return v
}

// text decodes a string scalar. what names the value in messages (usually
// its key).
func (d *decoder) text(n *yaml.Node, ctx, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		d.errorf(n, ctx, "%s: expected a string, found %s", what, kindName(n))
		return "", false
	}
	if strings.IndexByte(n.Value, 0) >= 0 {
		d.errorf(n, ctx, "%s: contains a NUL byte", what)
		return "", false
	}
	return n.Value, true
}

// name decodes a PostgreSQL identifier, used exactly as written.
func (d *decoder) name(n *yaml.Node, ctx, what string) (string, bool) {
	s, ok := d.text(n, ctx, what)
	switch {
	case !ok:
		return "", false
	case s == "":
		d.errorf(n, ctx, "%s: must not be empty", what)
		return "", false
	case len(s) > model.MaxIdentLen:
		// PostgreSQL would silently truncate it, and the truncated name is
		// what every other source would then show.
		d.errorf(n, ctx, "%s: %q is longer than %d bytes", what, s, model.MaxIdentLen)
		return "", false
	}
	return s, true
}

// boolean decodes true or false.
func (d *decoder) boolean(n *yaml.Node, ctx, what string) (bool, bool) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		if b, err := strconv.ParseBool(strings.ToLower(n.Value)); err == nil {
			return b, true
		}
	}
	d.errorf(n, ctx, "%s: expected true or false, found %s", what, kindName(n))
	return false, false
}

// list decodes a sequence; each element is resolved.
func (d *decoder) list(n *yaml.Node, ctx, what string) ([]*yaml.Node, bool) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, ctx, "%s: expected a list, found %s", what, kindName(n))
		return nil, false
	}
	out := make([]*yaml.Node, len(n.Content))
	for i, c := range n.Content {
		out[i] = resolve(c)
	}
	return out, true
}

// names decodes a non-empty list of distinct identifiers. The nodes are
// returned alongside so that later checks can point at one element.
func (d *decoder) names(n *yaml.Node, ctx, what string) ([]string, []*yaml.Node, bool) {
	items, ok := d.list(n, ctx, what)
	if !ok {
		return nil, nil, false
	}
	if len(items) == 0 {
		d.errorf(n, ctx, "%s: the list is empty", what)
		return nil, nil, false
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := d.name(it, ctx, what)
		if !ok {
			return nil, nil, false
		}
		if contains(out, s) {
			d.errorf(it, ctx, "%s: %q is listed twice", what, s)
			return nil, nil, false
		}
		out = append(out, s)
	}
	return out, items, true
}

// texts decodes a list of strings.
func (d *decoder) texts(n *yaml.Node, ctx, what string) ([]string, bool) {
	items, ok := d.list(n, ctx, what)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := d.text(it, ctx, what)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}
