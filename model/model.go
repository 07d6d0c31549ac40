// Package model is the schema model every ariadrift package speaks: the spec
// loader, the SQL replayer and the live introspector each produce a *Schema,
// and the diff engine compares two of them without knowing where they came
// from.
//
// model imports only the standard library. It owns type names (types.go):
// the canonical names format_type prints, every spelling PostgreSQL accepts
// for them, and the parser of type text (the catalog's format_type output,
// the spec's SQL spellings). normalize.TypeName reads the same names off the
// PostgreSQL parser's tree and resolves them here, so a type means one thing
// whichever source it came from. Expression normalization needs that parser
// and so lives in package normalize, which every producer calls so that
// "equal" means one thing everywhere.
//
// Facts that belong to one producer or one consumer rather than to the
// schema ride in Attrs (attr.go), which the comparisons never read.
package model

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Source names where a schema came from.
type Source string

// The three sources ariadrift compares.
const (
	SourceSpec Source = "spec" // the ORM models as data (spec/models.yaml)
	SourceSQL  Source = "sql"  // the init SQL scripts, replayed
	SourceDB   Source = "db"   // a live database, introspected
	SourceORM  Source = "orm"  // SQLAlchemy models read statically (package orm)
)

// Pos is a position in a source file. Line and Col are 1-based; Col counts
// characters (runes), not bytes. The zero Pos means "unknown".
type Pos struct {
	File string
	Line int
	Col  int
}

// IsZero reports whether p carries no position.
func (p Pos) IsZero() bool { return p.File == "" && p.Line == 0 }

// String renders p as file:line:col, omitting what is unknown.
func (p Pos) String() string {
	switch {
	case p.IsZero():
		return ""
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Short renders p as file:line with the file's base name, which is how
// people refer to a line in one of a handful of scripts; "" when unknown.
func (p Pos) Short() string {
	if p.IsZero() {
		return ""
	}
	s := filepath.Base(filepath.ToSlash(p.File))
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
	}
	return s
}

// QName is a schema-qualified object name. Both parts are stored as
// PostgreSQL stores them: case-folded (unless quoted) and truncated to 63 bytes.
type QName struct {
	Schema string
	Name   string
}

// String renders the name for people: the schema is shown unless it is public.
func (q QName) String() string {
	if q.Schema == "" || q.Schema == "public" {
		return q.Name
	}
	return q.Schema + "." + q.Name
}

// Schema is everything ariadrift knows about one source: tables, views and
// types across one or more PostgreSQL schemas (namespaces).
type Schema struct {
	Source Source
	// Origin describes where the schema was read from (spec path, SQL paths,
	// masked DSN), for reports.
	Origin string

	Tables  []*Table
	Views   []*View
	Enums   []*Enum
	Domains []*Domain
	// Namespaces lists the PostgreSQL schemas created or seen, in order.
	Namespaces []string

	// Duplicates records later definitions of a table that already existed
	// (CREATE TABLE IF NOT EXISTS replayed twice). The later definition is a
	// no-op for PostgreSQL, but when it differs from the first one the scripts
	// disagree with themselves, which is drift worth reporting.
	Duplicates []*Duplicate

	// Expected lists tables the canonical source knows exist outside its
	// models (e.g. schema_migrations); their absence from the spec is not drift.
	Expected []ExpectedTable

	// Attrs carries what a producer knows about the schema beyond its
	// definition, such as the spec's Document.
	Attrs []Attr

	// Omits lists the areas this source cannot describe (see Area).
	Omits []Area

	// Sequences lists standalone and serial columns' sequences (sequence.go).
	Sequences []*Sequence
	// Extensions lists the installed extensions but plpgsql, which every
	// database has.
	Extensions []*Extension
	// Privileges lists how privileges differ from PostgreSQL's defaults,
	// and Owners the owners the source states (privilege.go; AreaPrivileges).
	Privileges []*Privilege
	Owners     []*Owner
	// PrivilegeKinds, when set, are the only kinds of object whose
	// privileges the source describes (a spec speaks for its tables only).
	PrivilegeKinds []ObjectKind
	// Functions and Triggers are AreaRoutines (routine.go).
	Functions []*Function
	Triggers  []*Trigger

	tableIndex map[QName]*Table
	indexed    int // len(Tables) when tableIndex was built
}

// NewSchema returns an empty schema of the given source.
func NewSchema(src Source) *Schema {
	return &Schema{Source: src, tableIndex: map[QName]*Table{}}
}

// index returns the name → table map, rebuilding it only when Tables was
// changed behind the methods' back (producers may append directly).
func (s *Schema) index() map[QName]*Table {
	if s.tableIndex == nil || s.indexed != len(s.Tables) {
		s.tableIndex = make(map[QName]*Table, len(s.Tables))
		for _, t := range s.Tables {
			s.tableIndex[t.QName()] = t
		}
		s.indexed = len(s.Tables)
	}
	return s.tableIndex
}

// Table looks up a table by schema and name.
func (s *Schema) Table(schema, name string) (*Table, bool) {
	t, ok := s.index()[QName{schema, name}]
	return t, ok
}

// AddTable appends t. It replaces nothing: callers check for an existing
// table first, because what a duplicate means depends on the source.
func (s *Schema) AddTable(t *Table) {
	idx := s.index()
	s.Tables = append(s.Tables, t)
	idx[t.QName()] = t
	s.indexed = len(s.Tables)
}

// RemoveTable deletes the table with the given name and reports whether it existed.
func (s *Schema) RemoveTable(schema, name string) bool {
	for i, t := range s.Tables {
		if t.Schema == schema && t.Name == name {
			idx := s.index()
			s.Tables = append(s.Tables[:i], s.Tables[i+1:]...)
			delete(idx, QName{schema, name})
			s.indexed = len(s.Tables)
			return true
		}
	}
	return false
}

// RenameTable moves a table to a new schema-qualified name.
func (s *Schema) RenameTable(t *Table, schema, name string) {
	delete(s.index(), t.QName())
	t.Schema, t.Name = schema, name
	s.index()[t.QName()] = t
}

// View looks up a view by schema and name.
func (s *Schema) View(schema, name string) (*View, bool) {
	for _, v := range s.Views {
		if v.Schema == schema && v.Name == name {
			return v, true
		}
	}
	return nil, false
}

// Enum looks up an enum type by schema and name.
func (s *Schema) Enum(schema, name string) (*Enum, bool) {
	for _, e := range s.Enums {
		if e.Schema == schema && e.Name == name {
			return e, true
		}
	}
	return nil, false
}

// Domain looks up a domain by schema and name.
func (s *Schema) Domain(schema, name string) (*Domain, bool) {
	for _, d := range s.Domains {
		if d.Schema == schema && d.Name == name {
			return d, true
		}
	}
	return nil, false
}

// AddNamespace records a PostgreSQL schema once.
func (s *Schema) AddNamespace(name string) {
	for _, n := range s.Namespaces {
		if n == name {
			return
		}
	}
	s.Namespaces = append(s.Namespaces, name)
}

// IsExpected reports whether the canonical source declares the table as an
// expected gap, and why.
func (s *Schema) IsExpected(schema, name string) (string, bool) {
	for _, e := range s.Expected {
		if e.Name == name && (e.Schema == "" || e.Schema == schema) {
			return e.Reason, true
		}
	}
	return "", false
}

// SortedTables returns the tables ordered by schema then name, for
// deterministic output.
func (s *Schema) SortedTables() []*Table {
	out := append([]*Table(nil), s.Tables...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Schema != out[j].Schema {
			return out[i].Schema < out[j].Schema
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Table is a table or partitioned table. Partitions are not tables of their
// own in the model: they are listed on their parent, because PostgreSQL
// clones the parent's columns and indexes onto them and comparing the clones
// would only repeat the parent's findings.
type Table struct {
	Schema string
	Name   string

	// Model is the ORM class name (spec only), e.g. "KnowledgeEntity".
	Model string

	Columns     []*Column
	PrimaryKey  *Key
	Uniques     []*Key
	Checks      []*Check
	Indexes     []*Index
	ForeignKeys []*ForeignKey

	// PartitionBy is the normalized partition key ("RANGE (created_at)"),
	// empty for an ordinary table.
	PartitionBy string
	// Partitions lists the partitions attached to this table, sorted by name.
	Partitions []Partition

	Pos Pos
	// Attrs carries what a producer knows about the table beyond its
	// definition, such as its DocEntry.
	Attrs []Attr

	// RowSecurity is the table's row-level security state and policies
	// (AreaPolicies; see policy.go).
	RowSecurity RowSecurity
	// Exclusions lists the EXCLUDE constraints.
	Exclusions []*Exclusion
	// ReplicaIdentity is what logical decoding logs of an old row (see
	// ReplicaIdentity); ReplicaIndex names the index of ReplicaIndexed.
	ReplicaIdentity ReplicaIdentity
	ReplicaIndex    string
}

// QName returns the table's qualified name.
func (t *Table) QName() QName { return QName{t.Schema, t.Name} }

// Column looks up a column by its database name.
func (t *Table) Column(name string) (*Column, bool) {
	for _, c := range t.Columns {
		if c.Name == name {
			return c, true
		}
	}
	return nil, false
}

// ColumnIndex returns the position of the named column, or -1.
func (t *Table) ColumnIndex(name string) int {
	for i, c := range t.Columns {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// Index looks up an index by name.
func (t *Table) Index(name string) (*Index, bool) {
	for _, ix := range t.Indexes {
		if ix.Name == name {
			return ix, true
		}
	}
	return nil, false
}

// ForeignKeysOn returns the foreign keys whose columns include col.
func (t *Table) ForeignKeysOn(col string) []*ForeignKey {
	var out []*ForeignKey
	for _, fk := range t.ForeignKeys {
		for _, c := range fk.Columns {
			if c == col {
				out = append(out, fk)
				break
			}
		}
	}
	return out
}

// Column is a table column.
type Column struct {
	// Name is the database column name.
	Name string
	// Attr is the ORM attribute name when it differs from Name (spec only),
	// e.g. metadata_json for the column metadata.
	Attr string

	Type    Type
	NotNull bool
	// Default is the normalized default expression; empty means none. An
	// autoincrement column's nextval default is not kept here (see AutoIncrement).
	Default string
	// AutoIncrement is set for serial columns, nextval defaults and identity
	// columns: the spec's "autoincrement", SQL's serial and a live identity
	// column all mean the database assigns the value.
	AutoIncrement bool
	// Identity is "always" or "by default" for identity columns, else empty.
	Identity string
	// Generated is the normalized expression of a stored generated column.
	Generated string
	// Collation is a non-default collation, else empty.
	Collation string

	// RawType and RawDefault keep the spelling of the source (spec: "String(255)",
	// "NOW()") for documents; comparisons use Type and Default.
	RawType    string
	RawDefault string

	Pos Pos
	// Attrs carries what a producer knows about the column beyond its
	// definition, such as a ClientDefault.
	Attrs []Attr

	// IdentityOptions are the options of an identity column's sequence
	// (GENERATED ... AS IDENTITY (START WITH 100)); nil when the source
	// does not say them or the column is not an identity column.
	IdentityOptions *SequenceOptions
}

// AttrName returns the ORM attribute name, which defaults to the column name.
func (c *Column) AttrName() string {
	if c.Attr != "" {
		return c.Attr
	}
	return c.Name
}

// Key is a primary key or unique constraint.
type Key struct {
	Name    string
	Columns []string
	// NullsNotDistinct is PostgreSQL 15's UNIQUE NULLS NOT DISTINCT.
	NullsNotDistinct bool
	Deferrable       bool
	// InitiallyDeferred only matters when Deferrable is set.
	InitiallyDeferred bool
	Pos               Pos
}

// Check is a CHECK constraint; Expr is normalized.
type Check struct {
	Name string
	Expr string
	// NoInherit mirrors CHECK ... NO INHERIT.
	NoInherit bool
	Pos       Pos
	// NotValid is a CHECK added NOT VALID and not validated since: the
	// rows that existed then were never checked.
	NotValid bool
}

// Index is a secondary index, i.e. one that does not back a primary key or
// unique constraint (those are Keys).
type Index struct {
	Name   string
	Unique bool
	// Method is the access method, lower case; "btree" when not given.
	Method string
	Keys   []IndexKey
	// Include lists INCLUDE columns.
	Include []string
	// Where is the normalized partial-index predicate, empty when total.
	Where string
	// NullsNotDistinct is PostgreSQL 15's UNIQUE NULLS NOT DISTINCT.
	NullsNotDistinct bool
	Pos              Pos
}

// IndexKey is one key of an index: a column or a normalized expression.
type IndexKey struct {
	Column string // set for a plain column key
	Expr   string // set for an expression key
	Desc   bool
	// NullsFirst is stored only when it differs from the default for the
	// direction (ASC: NULLS LAST, DESC: NULLS FIRST), so that both spellings
	// compare equal. Nil means the default.
	NullsFirst *bool
	Opclass    string
	Collation  string
}

// String renders the key as it would appear in CREATE INDEX.
func (k IndexKey) String() string {
	var b strings.Builder
	if k.Column != "" {
		b.WriteString(QuoteIdent(k.Column))
	} else {
		b.WriteString("(" + k.Expr + ")")
	}
	if k.Collation != "" {
		b.WriteString(" COLLATE " + QuoteIdent(k.Collation))
	}
	if k.Opclass != "" {
		b.WriteString(" " + k.Opclass)
	}
	if k.Desc {
		b.WriteString(" DESC")
	}
	if k.NullsFirst != nil {
		if *k.NullsFirst {
			b.WriteString(" NULLS FIRST")
		} else {
			b.WriteString(" NULLS LAST")
		}
	}
	return b.String()
}

// Definition renders the index without its name, the form used to decide
// whether two differently named indexes are the same index.
func (ix *Index) Definition() string {
	var b strings.Builder
	if ix.Unique {
		b.WriteString("UNIQUE ")
	}
	method := ix.Method
	if method == "" {
		method = "btree"
	}
	b.WriteString("USING " + method + " (")
	for i, k := range ix.Keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k.String())
	}
	b.WriteString(")")
	if len(ix.Include) > 0 {
		b.WriteString(" INCLUDE (" + joinIdents(ix.Include) + ")")
	}
	if ix.NullsNotDistinct {
		b.WriteString(" NULLS NOT DISTINCT")
	}
	if ix.Where != "" {
		b.WriteString(" WHERE " + ix.Where)
	}
	return b.String()
}

// ForeignKey is a FOREIGN KEY constraint. Actions are normalized upper case:
// "NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT".
type ForeignKey struct {
	Name       string
	Columns    []string
	RefSchema  string
	RefTable   string
	RefColumns []string
	OnDelete   string
	OnUpdate   string
	// Match is "SIMPLE" (the default, stored as "") or "FULL".
	Match             string
	Deferrable        bool
	InitiallyDeferred bool
	Pos               Pos
	// NotValid is a key added NOT VALID and not validated since.
	NotValid bool
}

// Ref returns the referenced table's qualified name.
func (fk *ForeignKey) Ref() QName { return QName{fk.RefSchema, fk.RefTable} }

// Definition renders the constraint without its name.
func (fk *ForeignKey) Definition() string {
	var b strings.Builder
	fmt.Fprintf(&b, "FOREIGN KEY (%s) REFERENCES %s(%s)", joinIdents(fk.Columns), fk.Ref(), joinIdents(fk.RefColumns))
	if fk.Match != "" {
		b.WriteString(" MATCH " + fk.Match)
	}
	if fk.OnDelete != "" && fk.OnDelete != "NO ACTION" {
		b.WriteString(" ON DELETE " + fk.OnDelete)
	}
	if fk.OnUpdate != "" && fk.OnUpdate != "NO ACTION" {
		b.WriteString(" ON UPDATE " + fk.OnUpdate)
	}
	if fk.Deferrable {
		b.WriteString(" DEFERRABLE")
		if fk.InitiallyDeferred {
			b.WriteString(" INITIALLY DEFERRED")
		}
	}
	return b.String()
}

// Partition is one partition of a partitioned table.
type Partition struct {
	Schema string
	Name   string
	// Bound is the normalized partition bound ("FOR VALUES FROM (...) TO (...)").
	Bound string
	Pos   Pos
	// Local holds what was declared on this partition alone (see
	// PartitionLocal); nil when the source does not describe it.
	Local *PartitionLocal
}

// Enum is an enum type with its labels in order.
type Enum struct {
	Schema string
	Name   string
	Values []string
	Pos    Pos
}

// Domain is a domain type.
type Domain struct {
	Schema  string
	Name    string
	Type    Type
	NotNull bool
	Default string
	Checks  []*Check
	Pos     Pos
}

// Duplicate is a later definition of a table that already existed when it
// was replayed.
type Duplicate struct {
	// First is the definition that took effect; Later the one PostgreSQL
	// skipped. Later is a snapshot of that statement alone.
	First *Table
	Later *Table
}

// ExpectedTable is a table the canonical source knows about without modelling it.
type ExpectedTable struct {
	Schema string // empty matches any schema
	Name   string
	Reason string
	Pos    Pos
}

func joinIdents(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = QuoteIdent(n)
	}
	return strings.Join(q, ", ")
}
