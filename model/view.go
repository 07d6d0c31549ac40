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
// its parent's objects. PostgreSQL copies a partitioned table's indexes and
// foreign keys onto every partition; those copies repeat the parent's
// findings and are not kept. An index created on one partition only (and
// not attached to a parent index) or a foreign key declared on the
// partition is the partition's own, and drift when the other side lacks it,
// so it is listed here, on the partition's entry in its parent, where
// partitions live in the model.
type PartitionLocal struct {
	Indexes     []*Index
	ForeignKeys []*ForeignKey
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
