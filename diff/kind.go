package diff

// Kind is the stable code of a finding. Kinds appear in JSON reports, SARIF
// rule ids, baselines and configuration files, so they are never renamed;
// new kinds may be added.
type Kind string

// The kinds, in the order findings about one table are listed.
const (
	TableMissing  Kind = "table.missing"
	TableExtra    Kind = "table.extra"
	TableExpected Kind = "table.expected"
	// TableDuplicate is a table defined twice inside one source with
	// different definitions (see Duplicates).
	TableDuplicate Kind = "table.duplicate"

	ColumnMissing       Kind = "column.missing"
	ColumnExtra         Kind = "column.extra"
	ColumnRenamed       Kind = "column.renamed"
	ColumnType          Kind = "column.type"
	ColumnNullable      Kind = "column.nullable"
	ColumnDefault       Kind = "column.default"
	ColumnAutoIncrement Kind = "column.autoincrement"
	ColumnIdentity      Kind = "column.identity"
	ColumnGenerated     Kind = "column.generated"
	ColumnCollation     Kind = "column.collation"

	PrimaryKeyMissing Kind = "primary_key.missing"
	PrimaryKeyExtra   Kind = "primary_key.extra"
	PrimaryKeyDiffers Kind = "primary_key.differs"

	UniqueMissing Kind = "unique.missing"
	UniqueExtra   Kind = "unique.extra"

	CheckMissing Kind = "check.missing"
	CheckExtra   Kind = "check.extra"

	IndexMissing Kind = "index.missing"
	IndexExtra   Kind = "index.extra"
	IndexRenamed Kind = "index.renamed"
	IndexDiffers Kind = "index.differs"

	FKMissing Kind = "fk.missing"
	FKExtra   Kind = "fk.extra"
	FKDiffers Kind = "fk.differs"

	ViewMissing Kind = "view.missing"
	ViewExtra   Kind = "view.extra"

	EnumMissing Kind = "enum.missing"
	EnumExtra   Kind = "enum.extra"
	EnumValues  Kind = "enum.values"

	DomainMissing Kind = "domain.missing"
	DomainExtra   Kind = "domain.extra"
	DomainDiffers Kind = "domain.differs"

	PartitionMissing Kind = "partition.missing"
	PartitionExtra   Kind = "partition.extra"
	PartitionKey     Kind = "partition.key"

	// Row-level security and policies (model.AreaPolicies).
	RLSEnabled    Kind = "rls.enabled"
	RLSForced     Kind = "rls.forced"
	PolicyMissing Kind = "policy.missing"
	PolicyExtra   Kind = "policy.extra"
	PolicyRenamed Kind = "policy.renamed"
	PolicyMode    Kind = "policy.mode"
	PolicyCommand Kind = "policy.command"
	PolicyRoles   Kind = "policy.roles"
	PolicyUsing   Kind = "policy.using"
	PolicyCheck   Kind = "policy.check"

	SequenceMissing Kind = "sequence.missing"
	SequenceExtra   Kind = "sequence.extra"
	SequenceDiffers Kind = "sequence.differs"
	SequenceOwner   Kind = "sequence.owner"
	// ColumnIdentityOptions is an identity column whose sequence options
	// (START, INCREMENT, bounds, CACHE, CYCLE) differ.
	ColumnIdentityOptions Kind = "column.identity_options"

	ExtensionMissing Kind = "extension.missing"
	ExtensionExtra   Kind = "extension.extra"
	ExtensionDiffers Kind = "extension.differs"
	// Privileges and owners (privilege.go; model.AreaPrivileges).
	PrivilegeMissing     Kind = "privilege.missing"
	PrivilegeExtra       Kind = "privilege.extra"
	PrivilegeGrantOption Kind = "privilege.grant_option"
	OwnerDiffers         Kind = "owner.differs"
	FunctionMissing      Kind = "function.missing"
	FunctionExtra        Kind = "function.extra"
	FunctionDiffers      Kind = "function.differs"
	FunctionBody         Kind = "function.body"
	TriggerMissing       Kind = "trigger.missing"
	TriggerExtra         Kind = "trigger.extra"
	TriggerDiffers       Kind = "trigger.differs"
	TriggerEnabled       Kind = "trigger.enabled"
	// ViewDiffers is a view whose query or columns differ (view.go).
	ViewDiffers Kind = "view.differs"
	// ViewOptions is a view whose security_barrier or check option differs.
	ViewOptions Kind = "view.options"
	// ConstraintNotValid is a check or foreign key NOT VALID on one side only.
	ConstraintNotValid Kind = "constraint.not_valid"
	// CheckDiffers is a check whose NO INHERIT differs.
	CheckDiffers Kind = "check.differs"
	// ConstraintDeferrable is a primary key or unique constraint whose
	// DEFERRABLE / INITIALLY DEFERRED differs (a foreign key's is fk.differs).
	ConstraintDeferrable Kind = "constraint.deferrable"
	// UniqueForm is a UNIQUE constraint on one side and a plain unique
	// index on the other.
	UniqueForm       Kind = "unique.form"
	ExclusionMissing Kind = "exclusion.missing"
	ExclusionExtra   Kind = "exclusion.extra"
	ExclusionDiffers Kind = "exclusion.differs"
	// TableReplicaIdentity is a table whose REPLICA IDENTITY differs.
	TableReplicaIdentity Kind = "table.replica_identity"
)

// kindOrder lists every kind; its order is the order of findings within a table.
var kindOrder = []Kind{
	TableMissing, TableExtra, TableExpected, TableDuplicate,
	ColumnMissing, ColumnExtra, ColumnRenamed, ColumnType, ColumnNullable, ColumnDefault,
	ColumnAutoIncrement, ColumnIdentity, ColumnGenerated, ColumnCollation,
	PrimaryKeyMissing, PrimaryKeyExtra, PrimaryKeyDiffers,
	UniqueMissing, UniqueExtra,
	CheckMissing, CheckExtra,
	IndexMissing, IndexExtra, IndexRenamed, IndexDiffers,
	FKMissing, FKExtra, FKDiffers,
	ViewMissing, ViewExtra,
	EnumMissing, EnumExtra, EnumValues,
	DomainMissing, DomainExtra, DomainDiffers,
	PartitionMissing, PartitionExtra, PartitionKey,
	RLSEnabled, RLSForced, PolicyMissing, PolicyExtra, PolicyRenamed,
	PolicyMode, PolicyCommand, PolicyRoles, PolicyUsing, PolicyCheck,
	SequenceMissing, SequenceExtra, SequenceDiffers, SequenceOwner, ColumnIdentityOptions,
	ExtensionMissing, ExtensionExtra, ExtensionDiffers,
	PrivilegeMissing, PrivilegeExtra, PrivilegeGrantOption, OwnerDiffers,
	FunctionMissing, FunctionExtra, FunctionDiffers, FunctionBody,
	TriggerMissing, TriggerExtra, TriggerDiffers, TriggerEnabled,
	ViewDiffers, ViewOptions,
	ConstraintNotValid, CheckDiffers, ConstraintDeferrable, UniqueForm,
	ExclusionMissing, ExclusionExtra, ExclusionDiffers, TableReplicaIdentity,
}

var kindRank = func() map[Kind]int {
	m := make(map[Kind]int, len(kindOrder))
	for i, k := range kindOrder {
		m[k] = i
	}
	return m
}()

// Kinds returns every kind in listing order.
func Kinds() []Kind { return append([]Kind(nil), kindOrder...) }

// rank orders kinds; an unknown kind sorts after every known one.
func (k Kind) rank() int {
	if r, ok := kindRank[k]; ok {
		return r
	}
	return len(kindOrder)
}
