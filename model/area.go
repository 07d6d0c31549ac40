package model

// Area is a part of a schema that a producer may be unable to describe at
// all. The ORM cannot say who may read a table, and a spec that never
// mentions grants says nothing about them; comparing such a side with a live
// database would report every grant as drift. A producer lists the areas it
// cannot speak for in Schema.Omits, and the comparison skips an area unless
// both sides describe it.
type Area string

// The areas a producer may omit.
const (
	// AreaSequences: standalone sequences and their options.
	AreaSequences Area = "sequences"
	// AreaPolicies: row-level security (enabled, forced) and policies.
	AreaPolicies Area = "policies"
	// AreaPrivileges: granted privileges and object owners.
	AreaPrivileges Area = "privileges"
	// AreaRoutines: functions, procedures and triggers.
	AreaRoutines Area = "routines"
	// AreaViewDefs: the definitions (SELECT text) of views, beyond their names.
	AreaViewDefs Area = "view definitions"
	// AreaExtensions: installed extensions.
	AreaExtensions Area = "extensions"
	// AreaStorage: physical properties such as replica identity.
	AreaStorage Area = "storage"
	// AreaExclusions: EXCLUDE constraints.
	AreaExclusions Area = "exclusion constraints"
	// AreaKeyForms: whether a unique rule is a UNIQUE constraint or a plain
	// unique index, and so whether a key is deferrable, which only a
	// constraint can be. Both reject the same rows; a source that writes
	// unique=True may mean either.
	AreaKeyForms Area = "unique constraint or index"
)

// Areas lists every area, for documentation.
func Areas() []Area {
	return []Area{AreaSequences, AreaPolicies, AreaPrivileges, AreaRoutines, AreaViewDefs, AreaExtensions, AreaStorage,
		AreaExclusions, AreaKeyForms}
}

// Describes reports whether the schema speaks for area a. A nil schema and
// a schema that omits nothing (SQL scripts, a live database) describe every area.
func (s *Schema) Describes(a Area) bool {
	if s == nil {
		return true
	}
	for _, o := range s.Omits {
		if o == a {
			return false
		}
	}
	return true
}

// Omit records that the schema cannot describe area a.
func (s *Schema) Omit(a Area) {
	if s.Describes(a) {
		s.Omits = append(s.Omits, a)
	}
}
