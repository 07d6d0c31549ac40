package model

// Attr is a fact a producer attaches to a schema, table or column that is
// not part of the database's definition of it: where a model stands in the
// reference document, what the ORM fills in on the client side. The
// comparisons never read attributes, so they cannot become drift; a consumer
// that knows an attribute's type looks it up with AttrOf. Keeping such facts
// here rather than as fields keeps the core structs the schema and nothing
// else, and lets a new producer add a fact without widening them.
type Attr any

// AttrOf returns the first attribute of type T in attrs.
func AttrOf[T any](attrs []Attr) (T, bool) {
	for _, a := range attrs {
		if v, ok := a.(T); ok {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// SetAttr replaces the attribute of v's type in attrs, or appends v when
// there is none, so that an object carries one attribute of each type.
func SetAttr[T any](attrs []Attr, v T) []Attr {
	for i, a := range attrs {
		if _, ok := a.(T); ok {
			attrs[i] = v
			return attrs
		}
	}
	return append(attrs, v)
}

// Document is a schema attribute: the document a canonical source describes
// itself in, from which the reference document is regenerated.
type Document struct {
	Title    string
	Notes    []string // header lines shown as a quote block under the title
	Sections []string // section titles in document order
}

// DocEntry is a table attribute: where the table's model stands in the
// reference document and what the document says about it.
type DocEntry struct {
	// Section is the title of the section the model belongs to.
	Section string
	// Number is the model's number in the document; 0 means unnumbered.
	Number int
	// Note says how the table comes to exist outside the init scripts,
	// e.g. "created by `ensure_schema()` only".
	Note string
}

// ClientDefault is a column attribute: the values an ORM fills in itself,
// as SQLAlchemy's default= and onupdate= do. The database never sees them,
// so they are not DDL and never compared, but a document can show them.
type ClientDefault struct {
	// Default is the value or callable applied on insert, as written
	// ("datetime.utcnow").
	Default string
	// OnUpdate is the value or callable applied on update.
	OnUpdate string
}
