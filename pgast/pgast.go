// Package pgast parses SQL into pg_query's tree (PostgreSQL's own parse
// tree, from libpg_query) and is the one way ariadrift does so.
//
// libpg_query hands the tree over as protobuf bytes. The decoder here is
// generated for pg_query's messages (decode_gen.go, by ./gen): it reads each
// field straight into its Go struct and allocates a Node with its message in
// one piece. The generic unmarshal it replaces found fields by reflection
// and made three allocations per node; the tree it builds is the same (the
// tests compare the two, and both with libpg_query's JSON output).
//
// pgast imports only pg_query and the protobuf wire format.
package pgast

import (
	"errors"
	"fmt"
	"math"
	"unicode/utf8"

	"google.golang.org/protobuf/encoding/protowire"

	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
	"github.com/ariadrift/ariadrift/third_party/pg_query_go/parser"
)

// Parse parses one or more SQL statements. A syntax error is libpg_query's
// (a *parser.Error with the cursor position).
func Parse(sql string) (*pg_query.ParseResult, error) {
	var tree *pg_query.ParseResult
	// The decoder copies every string it keeps, so it can read
	// libpg_query's buffer in place.
	err := parser.ParseToProtobufView(sql, func(b []byte) error {
		var err error
		tree, err = Decode(b)
		return err
	})
	return tree, err
}

// Decode builds the tree from libpg_query's protobuf bytes. The tree keeps
// no reference to b.
func Decode(b []byte) (*pg_query.ParseResult, error) {
	var d decoder
	tree := d.decParseResult(b)
	if d.err != nil {
		return nil, fmt.Errorf("decoding the parse tree: %w", d.err)
	}
	return tree, nil
}

var (
	errUTF8  = errors.New("a string is not valid UTF-8")
	errDepth = errors.New("nodes nest deeper than 10,000")
)

// maxDepth bounds the nesting of nodes, as the generic unmarshal does, so
// that bytes from anywhere but libpg_query cannot exhaust the stack.
const maxDepth = 10000

// decoder keeps the first error; after it every read returns zero values
// and the loops stop.
type decoder struct {
	err   error
	depth int
}

func (d *decoder) fail(n int) {
	if d.err == nil {
		d.err = protowire.ParseError(n)
	}
}

// tag reads a field's number and wire type off the front of *b.
func (d *decoder) tag(b *[]byte) (protowire.Number, protowire.Type) {
	num, typ, n := protowire.ConsumeTag(*b)
	if n < 0 {
		d.fail(n)
		*b = nil
		return 0, 0
	}
	*b = (*b)[n:]
	return num, typ
}

func (d *decoder) varint(b *[]byte) uint64 {
	v, n := protowire.ConsumeVarint(*b)
	if n < 0 {
		d.fail(n)
		*b = nil
		return 0
	}
	*b = (*b)[n:]
	return v
}

func (d *decoder) bytes(b *[]byte) []byte {
	v, n := protowire.ConsumeBytes(*b)
	if n < 0 {
		d.fail(n)
		*b = nil
		return nil
	}
	*b = (*b)[n:]
	return v
}

func (d *decoder) str(b *[]byte) string {
	v := d.bytes(b)
	if !utf8.Valid(v) && d.err == nil {
		d.err = errUTF8
	}
	return string(v)
}

func (d *decoder) double(b *[]byte) float64 {
	v, n := protowire.ConsumeFixed64(*b)
	if n < 0 {
		d.fail(n)
		*b = nil
		return 0
	}
	*b = (*b)[n:]
	return math.Float64frombits(v)
}

// packedUint64 appends a packed run of varints to dst.
func (d *decoder) packedUint64(b *[]byte, dst []uint64) []uint64 {
	run := d.bytes(b)
	for len(run) > 0 && d.err == nil {
		dst = append(dst, d.varint(&run))
	}
	return dst
}

// skip passes over a field this version of the tree does not have.
func (d *decoder) skip(b *[]byte, num protowire.Number, typ protowire.Type) {
	n := protowire.ConsumeFieldValue(num, typ, *b)
	if n < 0 {
		d.fail(n)
		*b = nil
		return
	}
	*b = (*b)[n:]
}

// skipAll passes over the fields of a message that has none.
func (d *decoder) skipAll(b []byte) {
	for len(b) > 0 && d.err == nil {
		num, typ := d.tag(&b)
		d.skip(&b, num, typ)
	}
}
