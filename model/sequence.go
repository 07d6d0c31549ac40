package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Sequence is a standalone sequence (CREATE SEQUENCE), or the sequence of a
// serial column, which PostgreSQL records as a sequence OWNED BY the column.
// The sequence behind an identity column is not listed here: its options
// are the column's (Column.IdentityOptions).
type Sequence struct {
	Schema  string
	Name    string
	Options SequenceOptions
	// OwnedBy is the column the sequence belongs to (OWNED BY), dropped with
	// it; the zero value means OWNED BY NONE.
	OwnedBy ColumnRef
	Pos     Pos
}

// QName returns the sequence's qualified name.
func (s *Sequence) QName() QName { return QName{s.Schema, s.Name} }

// ColumnRef names a column of a table.
type ColumnRef struct {
	Schema, Table, Column string
}

// IsZero reports whether r names no column.
func (r ColumnRef) IsZero() bool { return r.Table == "" }

// String renders the reference as table.column, the schema shown unless public.
func (r ColumnRef) String() string {
	if r.IsZero() {
		return "NONE"
	}
	return QName{r.Schema, r.Table}.String() + "." + QuoteIdent(r.Column)
}

// SequenceOptions are a sequence's parameters with every default resolved,
// as pg_sequence stores them, so that an option written out and the same
// option left to its default compare equal. The current value (START is
// the value a RESTART returns to, not the current one) is data and is not
// kept.
type SequenceOptions struct {
	// Type is smallint, integer or bigint.
	Type      string
	Start     int64
	Increment int64
	Min, Max  int64
	Cache     int64
	Cycle     bool
}

// TypeBounds returns the range of a sequence type, and false for a type a
// sequence cannot have.
func TypeBounds(typ string) (lo, hi int64, ok bool) {
	switch typ {
	case "smallint":
		return math.MinInt16, math.MaxInt16, true
	case "integer":
		return math.MinInt32, math.MaxInt32, true
	case "bigint":
		return math.MinInt64, math.MaxInt64, true
	}
	return 0, 0, false
}

// DefaultSequenceOptions returns the options CREATE SEQUENCE gives a
// sequence of type typ when nothing else is said.
func DefaultSequenceOptions(typ string) SequenceOptions {
	_, hi, ok := TypeBounds(typ)
	if !ok {
		typ, hi = "bigint", math.MaxInt64
	}
	return SequenceOptions{Type: typ, Start: 1, Increment: 1, Min: 1, Max: hi, Cache: 1}
}

// String renders the options as CREATE SEQUENCE would spell them, leaving
// out those at their defaults for the type and direction, so that a
// finding shows what was chosen.
func (o SequenceOptions) String() string {
	lo, hi, _ := TypeBounds(o.Type)
	var parts []string
	if o.Type != "bigint" {
		parts = append(parts, "AS "+o.Type)
	}
	if o.Increment != 1 {
		parts = append(parts, "INCREMENT BY "+strconv.FormatInt(o.Increment, 10))
	}
	defMin, defMax := int64(1), hi
	if o.Increment < 0 {
		defMin, defMax = lo, -1
	}
	if o.Min != defMin {
		parts = append(parts, "MINVALUE "+strconv.FormatInt(o.Min, 10))
	}
	if o.Max != defMax {
		parts = append(parts, "MAXVALUE "+strconv.FormatInt(o.Max, 10))
	}
	defStart := o.Min
	if o.Increment < 0 {
		defStart = o.Max
	}
	if o.Start != defStart {
		parts = append(parts, "START WITH "+strconv.FormatInt(o.Start, 10))
	}
	if o.Cache != 1 {
		parts = append(parts, "CACHE "+strconv.FormatInt(o.Cache, 10))
	}
	if o.Cycle {
		parts = append(parts, "CYCLE")
	}
	if len(parts) == 0 {
		return "defaults"
	}
	return strings.Join(parts, " ")
}

// Validate reports options PostgreSQL would reject, in its words.
func (o SequenceOptions) Validate() error {
	lo, hi, ok := TypeBounds(o.Type)
	switch {
	case !ok:
		return fmt.Errorf("sequence type must be smallint, integer, or bigint")
	case o.Increment == 0:
		return fmt.Errorf("INCREMENT must not be zero")
	case o.Max < lo || o.Max > hi:
		return fmt.Errorf("MAXVALUE (%d) is out of range for sequence data type %s", o.Max, o.Type)
	case o.Min < lo || o.Min > hi:
		return fmt.Errorf("MINVALUE (%d) is out of range for sequence data type %s", o.Min, o.Type)
	case o.Min >= o.Max:
		return fmt.Errorf("MINVALUE (%d) must be less than MAXVALUE (%d)", o.Min, o.Max)
	case o.Start < o.Min:
		return fmt.Errorf("START value (%d) cannot be less than MINVALUE (%d)", o.Start, o.Min)
	case o.Start > o.Max:
		return fmt.Errorf("START value (%d) cannot be greater than MAXVALUE (%d)", o.Start, o.Max)
	case o.Cache < 1:
		return fmt.Errorf("CACHE (%d) must be greater than zero", o.Cache)
	}
	return nil
}

// Sequence looks up a sequence by schema and name.
func (s *Schema) Sequence(schema, name string) (*Sequence, bool) {
	for _, q := range s.Sequences {
		if q.Schema == schema && q.Name == name {
			return q, true
		}
	}
	return nil, false
}

// Extension is an installed extension.
type Extension struct {
	Name string
	// Schema is where the extension's objects are (WITH SCHEMA).
	Schema string
	// Version is the installed version; a script that does not pin one
	// (CREATE EXTENSION without VERSION) leaves it empty, and then any
	// version compares equal.
	Version string
	// Conditional marks an extension the scripts create only under a
	// condition they test at run time (a psql \if, an IF in a DO block),
	// typically whether the server has it at all: a side without it is
	// not drift.
	Conditional bool
	Pos         Pos
}

// Extension looks up an extension by name.
func (s *Schema) Extension(name string) (*Extension, bool) {
	for _, e := range s.Extensions {
		if e.Name == name {
			return e, true
		}
	}
	return nil, false
}
