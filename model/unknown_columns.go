package model

// UnknownColumns is a table attribute: the producer knows the table exists
// but not all of its columns, because PostgreSQL derived them from a query
// or a type (CREATE TABLE AS SELECT *, CREATE TABLE OF type). The columns
// it does list are compared; a column only the other side has is not drift.
type UnknownColumns struct{}

// HasUnknownColumns reports whether t's producer could not list all its columns.
func (t *Table) HasUnknownColumns() bool {
	_, ok := AttrOf[UnknownColumns](t.Attrs)
	return ok
}
