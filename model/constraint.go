package model

import "strings"

// Exclusion is an EXCLUDE constraint: no two rows may have keys that all
// compare true with their operators.
type Exclusion struct {
	Name string
	// Index holds the access method, keys, INCLUDE columns and WHERE
	// predicate of the index behind the constraint; its Name and Unique
	// are unused.
	Index Index
	// Operators has one operator per key, unqualified when it lives in
	// pg_catalog or public.
	Operators         []string
	Deferrable        bool
	InitiallyDeferred bool
	Pos               Pos
}

// Definition renders the constraint without its name, as
// pg_get_constraintdef prints it.
func (x *Exclusion) Definition() string {
	var b strings.Builder
	method := x.Index.Method
	if method == "" {
		method = "btree"
	}
	b.WriteString("EXCLUDE USING " + method + " (")
	for i, k := range x.Index.Keys {
		if i > 0 {
			b.WriteString(", ")
		}
		op := ""
		if i < len(x.Operators) {
			op = x.Operators[i]
		}
		b.WriteString(k.String() + " WITH " + op)
	}
	b.WriteString(")")
	if len(x.Index.Include) > 0 {
		b.WriteString(" INCLUDE (" + joinIdents(x.Index.Include) + ")")
	}
	if x.Index.Where != "" {
		b.WriteString(" WHERE (" + x.Index.Where + ")")
	}
	if x.Deferrable {
		b.WriteString(" DEFERRABLE")
		if x.InitiallyDeferred {
			b.WriteString(" INITIALLY DEFERRED")
		}
	}
	return b.String()
}

// ReplicaIdentity is ALTER TABLE … REPLICA IDENTITY: which columns of an
// updated or deleted row logical decoding writes to the WAL.
type ReplicaIdentity string

// The replica identities; the zero value is PostgreSQL's DEFAULT.
const (
	ReplicaDefault ReplicaIdentity = ""        // the primary key's columns
	ReplicaFull    ReplicaIdentity = "full"    // every column
	ReplicaNothing ReplicaIdentity = "nothing" // nothing
	ReplicaIndexed ReplicaIdentity = "index"   // the columns of one unique index
)

// String renders the identity as ALTER TABLE writes it.
func (r ReplicaIdentity) String() string {
	switch r {
	case ReplicaDefault:
		return "DEFAULT"
	case ReplicaIndexed:
		return "USING INDEX"
	}
	return strings.ToUpper(string(r))
}
