package spec

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// errShape means the emitter met a node shape it does not write (a
// multi-line scalar, a nested flow mapping); the caller falls back to
// yaml.v3 for that model.
var errShape = errors.New("spec import: node shape not handled by the direct emitter")

// emitter writes the block-style YAML that yaml.v3 writes with an indent of
// 2, for the node shapes Marshal builds, without yaml.v3's per-document
// setup, which costs more than the text of a small model. Scalars yaml.v3
// would quote are spelled by yaml.v3 itself, once per distinct value, so
// the output is byte-identical; a test holds the two together.
type emitter struct {
	w       *bytes.Buffer
	scratch bytes.Buffer      // one model's text, reused
	block   map[string]string // value → spelling in block context
	flow    map[string]string // value → spelling inside a flow sequence
}

func newEmitter(w *bytes.Buffer) *emitter {
	return &emitter{w: w, block: map[string]string{}, flow: map[string]string{}}
}

// model appends the text one model m has as an item of the "models:"
// sequence, with the "models:" line before the first. A shape the emitter
// does not write is left to yaml.v3.
func (e *emitter) model(w *bytes.Buffer, m *yaml.Node, first bool) error {
	if first {
		w.WriteString("models:\n")
	}
	e.scratch.Reset()
	e.w = &e.scratch
	err := e.blockSeq(&yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{m}}, 2)
	if err == nil {
		w.Write(e.scratch.Bytes())
		return nil
	}
	if !errors.Is(err, errShape) {
		return err
	}
	one := (*arena)(nil).mapping()
	add(one, "models", &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{m}})
	return encodeModel(w, one, false)
}

// mapping writes the pairs of m at indent; inItem means the first key
// follows a "- " already written.
func (e *emitter) mapping(m *yaml.Node, indent int, inItem bool) error {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if i > 0 || !inItem {
			e.pad(indent)
		}
		k, err := e.scalar(m.Content[i], false)
		if err != nil {
			return err
		}
		e.w.WriteString(k)
		e.w.WriteByte(':')
		if err := e.value(m.Content[i+1], indent); err != nil {
			return err
		}
	}
	return nil
}

// value writes the node after "key:" of a pair at indent.
func (e *emitter) value(v *yaml.Node, indent int) error {
	switch {
	case v.Kind == yaml.ScalarNode:
		s, err := e.scalar(v, false)
		if err != nil {
			return err
		}
		e.w.WriteByte(' ')
		e.w.WriteString(s)
		e.w.WriteByte('\n')
		return nil
	case v.Kind == yaml.SequenceNode && (v.Style == yaml.FlowStyle || len(v.Content) == 0):
		e.w.WriteByte(' ')
		if err := e.flowSeq(v); err != nil {
			return err
		}
		e.w.WriteByte('\n')
		return nil
	case v.Kind == yaml.SequenceNode:
		e.w.WriteByte('\n')
		return e.blockSeq(v, indent+2)
	case v.Kind == yaml.MappingNode && len(v.Content) > 0 && v.Style == 0:
		e.w.WriteByte('\n')
		return e.mapping(v, indent+2, false)
	}
	return errShape
}

// blockSeq writes the items of s at indent.
func (e *emitter) blockSeq(s *yaml.Node, indent int) error {
	for _, it := range s.Content {
		e.pad(indent)
		e.w.WriteString("- ")
		switch {
		case it.Kind == yaml.MappingNode && len(it.Content) > 0 && it.Style == 0:
			if err := e.mapping(it, indent+2, true); err != nil {
				return err
			}
		case it.Kind == yaml.ScalarNode:
			v, err := e.scalar(it, false)
			if err != nil {
				return err
			}
			e.w.WriteString(v)
			e.w.WriteByte('\n')
		default:
			return errShape
		}
	}
	return nil
}

// flowSeq writes a sequence of scalars as "[a, b]".
func (e *emitter) flowSeq(s *yaml.Node) error {
	e.w.WriteByte('[')
	for i, it := range s.Content {
		if it.Kind != yaml.ScalarNode {
			return errShape
		}
		if i > 0 {
			e.w.WriteString(", ")
		}
		v, err := e.scalar(it, true)
		if err != nil {
			return err
		}
		e.w.WriteString(v)
	}
	e.w.WriteByte(']')
	return nil
}

func (e *emitter) pad(n int) {
	for range n {
		e.w.WriteByte(' ')
	}
}

// scalar returns how yaml.v3 spells n in block or flow context.
func (e *emitter) scalar(n *yaml.Node, flow bool) (string, error) {
	if n.Style == 0 && plainAsIs(n.Value, n.Tag) {
		return n.Value, nil
	}
	memo := e.block
	if flow {
		memo = e.flow
	}
	key := n.Tag + "\x00" + n.Value
	if s, ok := memo[key]; ok {
		return s, nil
	}
	s, err := yamlScalar(n, flow)
	if err != nil {
		return "", err
	}
	memo[key] = s
	return s, nil
}

// yamlScalar asks yaml.v3 for the spelling of one scalar: as a document of
// its own in block context, as the item of a one-item flow sequence in flow
// context (where ',' and brackets need quoting).
func yamlScalar(n *yaml.Node, flow bool) (string, error) {
	doc := n
	if flow {
		doc = &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Content: []*yaml.Node{n}}
	}
	var buf bytes.Buffer
	if err := encodeYAML(&buf, doc); err != nil {
		return "", err
	}
	s := strings.TrimSuffix(buf.String(), "\n")
	if flow {
		inner, ok := strings.CutPrefix(s, "[")
		if inner, ok2 := strings.CutSuffix(inner, "]"); ok && ok2 {
			s = inner
		} else {
			return "", errShape
		}
	}
	if strings.ContainsAny(s, "\n") {
		return "", errShape
	}
	return s, nil
}

// plainAsIs reports whether yaml.v3 writes v unquoted in any context: a
// name of letters, digits and underscores that no YAML reader takes for
// anything but a string, or an untagged true/false or decimal integer.
func plainAsIs(v, tag string) bool {
	if tag == "" {
		return v == "true" || v == "false" || plainInt(v)
	}
	if tag != "!!str" || v == "" || !isNameStart(v[0]) {
		return false
	}
	for i := 1; i < len(v); i++ {
		if c := v[i]; !isNameStart(c) && (c < '0' || c > '9') {
			return false
		}
	}
	switch strings.ToLower(v) {
	case "null", "true", "false", "y", "yes", "n", "no", "on", "off":
		return false
	}
	return true
}

func isNameStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// plainInt reports whether v is a decimal integer with no sign or leading zero.
func plainInt(v string) bool {
	if v == "" || len(v) > 1 && v[0] == '0' {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// arena hands out the nodes of one model at a time. Marshal writes each
// model's text as soon as its nodes are built and then reuses them, Content
// capacity included, for the next model: a large import allocates the
// nodes of its largest model, not of every model. A nil arena allocates
// each node on the heap.
type arena struct {
	chunks [][]yaml.Node
	used   int // nodes handed out since reset
}

const arenaChunk = 256

func (a *arena) node(kind yaml.Kind) *yaml.Node {
	if a == nil {
		return &yaml.Node{Kind: kind}
	}
	c, i := a.used/arenaChunk, a.used%arenaChunk
	if c == len(a.chunks) {
		a.chunks = append(a.chunks, make([]yaml.Node, arenaChunk))
	}
	a.used++
	n := &a.chunks[c][i]
	*n = yaml.Node{Kind: kind, Content: n.Content[:0]}
	return n
}

// reset makes every node handed out so far free for reuse.
func (a *arena) reset() { a.used = 0 }

// isInt reports whether strconv.Atoi accepts v, without the error value
// Atoi allocates for every name that is not a number.
func isInt(v string) bool {
	s := v
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" || len(s) > 18 {
		if len(s) > 18 {
			_, err := strconv.Atoi(v)
			return err == nil
		}
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
