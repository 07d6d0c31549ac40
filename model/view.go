package model

// View is a view or materialized view. Definition and the options are
// compared only when both sides describe AreaViewDefs: the spec and the ORM
// know a view's name, never its query.
type View struct {
	Schema       string
	Name         string
	Materialized bool
	// Definition is the view's SELECT through normalize.ViewQuery: column
	// references qualified and * expanded as the server stores them, so
	// that a script's text and pg_get_viewdef compare equal. Empty when
	// the source does not know it.
	Definition string
	// Query is the query as the source spells it (the script's SELECT
	// deparsed, or pg_get_viewdef's text): what a migration runs, since
	// Definition drops the casts it does not need to compare.
	Query string
	// Columns are the view's output column names in order.
	Columns []string
	// CheckOption is WITH [LOCAL|CASCADED] CHECK OPTION: "local",
	// "cascaded" or empty.
	CheckOption string
	// SecurityBarrier mirrors WITH (security_barrier).
	SecurityBarrier bool
	// Indexes are a materialized view's indexes, compared like a table's.
	Indexes []*Index
	Pos     Pos
}

// QName returns the view's qualified name.
func (v *View) QName() QName { return QName{v.Schema, v.Name} }

// PartitionLocal is what a partition holds of its own, beside the clones of
// its parent's objects. PostgreSQL copies a partitioned table's keys,
// indexes and foreign keys onto every partition; those copies repeat the
// parent's findings and are not kept. A key or foreign key declared on the
// partition, or an index created on it, and not the clone of (or attached
// to) one of the parent's, is the partition's own, and drift when the other
// side lacks it, so it is listed here, on the partition's entry in its
// parent, where partitions live in the model.
type PartitionLocal struct {
	// PrimaryKey is the partition's own primary key, which only a
	// partition of a parent without one can have.
	PrimaryKey  *Key
	Uniques     []*Key
	Indexes     []*Index
	ForeignKeys []*ForeignKey
}

// Table is the partition's own objects as a table of its name, the shape
// the comparison and the plan work on.
func (l *PartitionLocal) Table(p Partition) *Table {
	return &Table{Schema: p.Schema, Name: p.Name, PrimaryKey: l.PrimaryKey, Uniques: l.Uniques,
		Indexes: l.Indexes, ForeignKeys: l.ForeignKeys}
}

// Empty reports a partition with nothing of its own.
func (l *PartitionLocal) Empty() bool {
	return l.PrimaryKey == nil && len(l.Uniques)+len(l.Indexes)+len(l.ForeignKeys) == 0
}

// OptionList lists the view's options as WITH (...) spells them, in a
// fixed order: security_barrier, check_option=local|cascaded.
func (v *View) OptionList() []string {
	var opts []string
	if v.SecurityBarrier {
		opts = append(opts, "security_barrier")
	}
	if v.CheckOption != "" {
		opts = append(opts, "check_option="+v.CheckOption)
	}
	return opts
}
