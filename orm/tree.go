package orm

/*
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

// The layouts of tree-sitter's TSNode, TSTreeCursor and TSPoint (api.h),
// declared here because go-tree-sitter's headers are not on this package's
// include path. The functions are weak for the reason given in alloc.go.
typedef struct { uint32_t context[4]; const void *id; const void *tree; } orm_node;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } orm_cursor;
typedef struct { uint32_t row; uint32_t column; } orm_point;

extern orm_node ts_tree_root_node(const void *) __attribute__((weak));
extern orm_cursor ts_tree_cursor_new(orm_node) __attribute__((weak));
extern void ts_tree_cursor_delete(orm_cursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_first_child(orm_cursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_next_sibling(orm_cursor *) __attribute__((weak));
extern bool ts_tree_cursor_goto_parent(orm_cursor *) __attribute__((weak));
extern orm_node ts_tree_cursor_current_node(const orm_cursor *) __attribute__((weak));
extern uint16_t ts_tree_cursor_current_field_id(const orm_cursor *) __attribute__((weak));
extern uint16_t ts_node_symbol(orm_node) __attribute__((weak));
extern bool ts_node_is_named(orm_node) __attribute__((weak));
extern bool ts_node_is_missing(orm_node) __attribute__((weak));
extern bool ts_node_is_error(orm_node) __attribute__((weak));
extern bool ts_node_has_error(orm_node) __attribute__((weak));
extern uint32_t ts_node_start_byte(orm_node) __attribute__((weak));
extern uint32_t ts_node_end_byte(orm_node) __attribute__((weak));
extern orm_point ts_node_start_point(orm_node) __attribute__((weak));

enum { orm_named = 1, orm_missing = 2, orm_error = 4, orm_has_error = 8 };

typedef struct {
	uint32_t sb, eb, row, col;
	int32_t parent;
	uint16_t sym, field;
	uint32_t flags;
} orm_rec;

// orm_flatten copies every node of the tree, in document order, into one
// malloc'd array: one cgo call instead of one per node accessor. It returns
// the number of nodes, or -1 when memory runs out.
static long orm_flatten(const void *tree, orm_rec **out) {
	if (!ts_tree_root_node) {
		return -1;
	}
	orm_cursor c = ts_tree_cursor_new(ts_tree_root_node(tree));
	size_t cap = 1024, n = 0;
	orm_rec *a = malloc(cap * sizeof *a);
	int32_t parent = -1;
	for (;;) {
		if (n == cap) {
			cap *= 2;
			orm_rec *b = a ? realloc(a, cap * sizeof *a) : NULL;
			if (!b) {
				free(a);
				ts_tree_cursor_delete(&c);
				return -1;
			}
			a = b;
		}
		if (!a) {
			ts_tree_cursor_delete(&c);
			return -1;
		}
		orm_node nd = ts_tree_cursor_current_node(&c);
		orm_point p = ts_node_start_point(nd);
		orm_rec *r = &a[n];
		r->sb = ts_node_start_byte(nd);
		r->eb = ts_node_end_byte(nd);
		r->row = p.row;
		r->col = p.column;
		r->parent = parent;
		r->sym = ts_node_symbol(nd);
		r->field = ts_tree_cursor_current_field_id(&c);
		r->flags = (ts_node_is_named(nd) ? orm_named : 0) | (ts_node_is_missing(nd) ? orm_missing : 0) |
			(ts_node_is_error(nd) ? orm_error : 0) | (ts_node_has_error(nd) ? orm_has_error : 0);
		int32_t self = (int32_t)n++;
		if (ts_tree_cursor_goto_first_child(&c)) {
			parent = self;
			continue;
		}
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (!ts_tree_cursor_goto_parent(&c)) {
				ts_tree_cursor_delete(&c);
				*out = a;
				return (long)n;
			}
			parent = a[parent].parent;
		}
	}
}
*/
import "C"

import (
	"errors"
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// node is one syntax node, copied out of tree-sitter once; its methods
// mirror go-tree-sitter's and read only Go memory.
type node struct {
	t          *tree
	sb, eb     uint32
	row, col   uint32
	sym, field uint16
	flags      uint8
	kids, nkid uint32 // offset and count in t.kids
	named, nn  uint32 // offset and count in t.named
}

// tree holds every node of a file; kids and named list the indexes of each
// node's children and named children contiguously, leaving the collector
// no pointers to follow there.
type tree struct {
	nodes []node
	kids  []int32
	named []int32
}

const (
	flagNamed    = 1
	flagMissing  = 2
	flagError    = 4
	flagHasError = 8
)

// kindNames and fieldIDs are interned once: go-tree-sitter answers them
// with a cgo call each.
var (
	kindNames = func() []string {
		s := make([]string, pyLang.NodeKindCount())
		for i := range s {
			s[i] = pyLang.NodeKindForId(uint16(i))
		}
		return s
	}()
	fieldIDs = func() map[string]uint16 {
		m := map[string]uint16{}
		for i := uint32(1); i <= pyLang.FieldCount(); i++ {
			m[pyLang.FieldNameForId(uint16(i))] = uint16(i)
		}
		return m
	}()
)

func kindName(sym uint16) string {
	if int(sym) < len(kindNames) {
		return kindNames[sym]
	}
	return pyLang.NodeKindForId(sym) // ERROR and the other built-in symbols
}

var errFlatten = errors.New("the syntax tree could not be read")

// flatten copies st into Go memory, so that st can be closed at once.
func flatten(st *sitter.Tree) (*tree, error) {
	// go-tree-sitter's Tree is one field, the TSTree pointer.
	raw := *(*unsafe.Pointer)(unsafe.Pointer(st))
	var recs *C.orm_rec
	n := C.orm_flatten(raw, &recs)
	if n <= 0 {
		return nil, errFlatten
	}
	defer C.free(unsafe.Pointer(recs))
	rs := unsafe.Slice(recs, int(n))
	t := &tree{nodes: make([]node, len(rs))}
	var nkid, nnamed []uint32 = make([]uint32, len(rs)), make([]uint32, len(rs))
	for i := range rs {
		r := &rs[i]
		t.nodes[i] = node{t: t, sym: uint16(r.sym), sb: uint32(r.sb), eb: uint32(r.eb),
			row: uint32(r.row), col: uint32(r.col), field: uint16(r.field), flags: uint8(r.flags)}
		if p := int(r.parent); p >= 0 {
			nkid[p]++
			if r.flags&flagNamed != 0 {
				nnamed[p]++
			}
		}
	}
	t.link(rs, nkid, nnamed)
	return t, nil
}

// link lays out each node's children contiguously, in document order.
func (t *tree) link(rs []C.orm_rec, nkid, nnamed []uint32) {
	var k, m uint32
	for i := range t.nodes {
		n := &t.nodes[i]
		n.kids, n.named = k, m
		k += nkid[i]
		m += nnamed[i]
	}
	t.kids, t.named = make([]int32, k), make([]int32, m)
	for i := 1; i < len(rs); i++ {
		p := &t.nodes[rs[i].parent]
		c := &t.nodes[i]
		t.kids[p.kids+p.nkid] = int32(i)
		p.nkid++
		if c.flags&flagNamed != 0 {
			t.named[p.named+p.nn] = int32(i)
			p.nn++
		}
	}
}

func (t *tree) root() *node { return &t.nodes[0] }

// Kind is the node's type name.
func (n *node) Kind() string    { return kindName(n.sym) }
func (n *node) StartByte() uint { return uint(n.sb) }
func (n *node) EndByte() uint   { return uint(n.eb) }
func (n *node) StartPosition() sitter.Point {
	return sitter.Point{Row: uint(n.row), Column: uint(n.col)}
}
func (n *node) IsNamed() bool         { return n.flags&flagNamed != 0 }
func (n *node) IsMissing() bool       { return n.flags&flagMissing != 0 }
func (n *node) IsError() bool         { return n.flags&flagError != 0 }
func (n *node) HasError() bool        { return n.flags&flagHasError != 0 }
func (n *node) ChildCount() uint      { return uint(n.nkid) }
func (n *node) NamedChildCount() uint { return uint(n.nn) }

// Child returns the i-th child, or nil.
func (n *node) Child(i uint) *node {
	if i >= uint(n.nkid) {
		return nil
	}
	return &n.t.nodes[n.t.kids[n.kids+uint32(i)]]
}

// NamedChild returns the i-th named child, or nil.
func (n *node) NamedChild(i uint) *node {
	if i >= uint(n.nn) {
		return nil
	}
	return &n.t.nodes[n.t.named[n.named+uint32(i)]]
}

// ChildByFieldName returns the first child in the field called name, or nil.
func (n *node) ChildByFieldName(name string) *node {
	id, ok := fieldIDs[name]
	if !ok {
		return nil
	}
	for _, i := range n.t.kids[n.kids : n.kids+n.nkid] {
		if c := &n.t.nodes[i]; c.field == id {
			return c
		}
	}
	return nil
}

// ChildrenByFieldName lists the children in the field called name.
func (n *node) ChildrenByFieldName(name string) []*node {
	id, ok := fieldIDs[name]
	if !ok {
		return nil
	}
	var out []*node
	for _, i := range n.t.kids[n.kids : n.kids+n.nkid] {
		if c := &n.t.nodes[i]; c.field == id {
			out = append(out, c)
		}
	}
	return out
}
