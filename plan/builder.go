package plan

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// Phases order the steps. Sorting by phase is a valid dependency order by
// construction: types before the tables that use them, renames before
// changes to the renamed objects, drops of dependents (foreign keys, then
// indexes and constraints) before what they depend on, tables before the
// keys and foreign keys that need them, and data-losing drops last.
const (
	phaseType           = 10
	phaseEnumValue      = 15
	phaseRename         = 20
	phaseDropFK         = 30
	phaseDropConstraint = 35
	phaseCreateTable    = 40
	phaseColumn         = 50
	phaseKey            = 60
	phaseIndex          = 70
	phaseFK             = 80
	phaseValidate       = 90
	phaseAfterValidate  = 95
	phaseDropColumn     = 100
	phaseDropTable      = 110
	phaseDropType       = 200
)

// Lock modes, as PostgreSQL's documentation names them.
const (
	accessExclusive     = "ACCESS EXCLUSIVE"
	shareRowExclusive   = "SHARE ROW EXCLUSIVE"
	shareUpdateExcusive = "SHARE UPDATE EXCLUSIVE"
	shareLock           = "SHARE"
	rowShare            = "ROW SHARE"
)

type builder struct {
	left, right *model.Schema
	opts        Options
	pair        diff.Pair
	steps       []*Step
	notes       []string
	seq         int

	// renamed maps, per table, a left column name to the right name it has
	// before the plan's renames run.
	renamed map[model.QName]map[string]string
	// missingCols holds, per table, the columns the plan adds.
	missingCols map[model.QName]map[string]bool
	// created lists the tables the plan creates: they are empty, so work
	// on them carries no hazard.
	created map[model.QName]bool
	// renamedTables maps a left table name to the right table the plan renames into it.
	renamedTables map[model.QName]*model.Table
	// fksAdded dedups foreign keys planned with their columns.
	fksAdded map[*model.ForeignKey]bool
	// fksDropped marks the target's foreign keys a step drops.
	fksDropped map[*model.ForeignKey]bool
	// routines is what planning functions and triggers keeps (routines.go).
	routines routineState
}

func newBuilder(left, right *model.Schema, opts Options) *builder {
	return &builder{
		left: left, right: right, opts: opts,
		pair:          diff.Pair{Left: left.Source, Right: right.Source},
		renamed:       map[model.QName]map[string]string{},
		missingCols:   map[model.QName]map[string]bool{},
		created:       map[model.QName]bool{},
		renamedTables: map[model.QName]*model.Table{},
		fksAdded:      map[*model.ForeignKey]bool{},
		fksDropped:    map[*model.ForeignKey]bool{},
	}
}

// plan turns every finding of the builder's pair into steps.
func (b *builder) plan(findings []diff.Finding) {
	var fs []diff.Finding
	for _, f := range findings {
		if f.Pair == b.pair || b.pair.Left == "" {
			fs = append(fs, f)
		}
	}
	fs = b.tableRenames(fs)
	for _, f := range fs {
		q := model.QName{Schema: f.Schema, Name: f.Table}
		switch f.Kind {
		case diff.ColumnRenamed:
			if b.renamed[q] == nil {
				b.renamed[q] = map[string]string{}
			}
			b.renamed[q][f.Expected] = f.Actual
		case diff.ColumnMissing:
			if b.missingCols[q] == nil {
				b.missingCols[q] = map[string]bool{}
			}
			b.missingCols[q][f.Object] = true
		case diff.TableMissing:
			b.created[q] = true
		}
	}
	for i := range fs {
		b.finding(&fs[i])
	}
}

// finding dispatches one finding to the planner of its kind.
func (b *builder) finding(f *diff.Finding) {
	handlers := map[diff.Kind]func(*diff.Finding){
		diff.TableMissing: b.tableMissing, diff.TableExtra: b.tableExtra,
		diff.ColumnMissing: b.columnMissing, diff.ColumnExtra: b.columnExtra,
		diff.ColumnRenamed: b.columnRenamed, diff.ColumnType: b.columnType,
		diff.ColumnNullable: b.columnNullable, diff.ColumnDefault: b.columnDefault,
		diff.ColumnAutoIncrement: b.columnAuto, diff.ColumnIdentity: b.columnAuto,
		diff.ColumnGenerated: b.columnGenerated, diff.ColumnCollation: b.columnCollation,
		diff.PrimaryKeyMissing: b.pkMissing, diff.PrimaryKeyExtra: b.pkExtra, diff.PrimaryKeyDiffers: b.pkDiffers,
		diff.UniqueMissing: b.uniqueMissing, diff.UniqueExtra: b.uniqueExtra,
		diff.CheckMissing: b.checkMissing, diff.CheckExtra: b.checkExtra,
		diff.IndexMissing: b.indexMissing, diff.IndexExtra: b.indexExtra,
		diff.IndexRenamed: b.indexRenamed, diff.IndexDiffers: b.indexDiffers,
		diff.FKMissing: b.fkMissing, diff.FKExtra: b.fkExtra, diff.FKDiffers: b.fkDiffers,
		diff.ViewMissing: b.viewMissing, diff.ViewExtra: b.viewExtra,
		diff.EnumMissing: b.enumMissing, diff.EnumExtra: b.enumExtra, diff.EnumValues: b.enumValues,
		diff.DomainMissing: b.domainMissing, diff.DomainExtra: b.domainExtra, diff.DomainDiffers: b.domainDiffers,
		diff.PartitionMissing: b.partitionMissing, diff.PartitionExtra: b.partitionExtra,
		diff.PartitionKey:    b.partitionKey,
		diff.SequenceMissing: b.sequenceMissing, diff.SequenceExtra: b.sequenceExtra,
		diff.SequenceDiffers: b.sequenceDiffers, diff.SequenceOwner: b.sequenceOwner,
		diff.ColumnIdentityOptions: b.identityOptions,
		diff.ExtensionMissing:      b.extensionMissing, diff.ExtensionExtra: b.extensionExtra,
		diff.ExtensionDiffers: b.extensionDiffers,

		diff.PrivilegeMissing: b.privilegeStep, diff.PrivilegeExtra: b.privilegeStep,
		diff.PrivilegeGrantOption: b.privilegeStep, diff.OwnerDiffers: b.ownerStep,

		diff.FunctionMissing: b.functionMissing, diff.FunctionExtra: b.functionExtra,
		diff.FunctionDiffers: b.functionChanged, diff.FunctionBody: b.functionChanged,
		diff.TriggerMissing: b.triggerMissing, diff.TriggerExtra: b.triggerExtra,
		diff.TriggerDiffers: b.triggerDiffers, diff.TriggerEnabled: b.triggerEnabled,
		diff.ViewDiffers: b.viewDiffers, diff.ViewOptions: b.viewOptions,

		diff.ConstraintNotValid: b.constraintNotValid, diff.CheckDiffers: b.checkDiffers,
		diff.ConstraintDeferrable: b.constraintDeferrable, diff.UniqueForm: b.uniqueForm,
		diff.ExclusionMissing: b.exclusionMissing, diff.ExclusionExtra: b.exclusionExtra, diff.ExclusionDiffers: b.exclusionDiffers,
		diff.TableReplicaIdentity: b.replicaIdentity,
	}
	for k, h := range b.policyHandlers() {
		handlers[k] = h
	}
	if h, ok := handlers[f.Kind]; ok {
		h(f)
		return
	}
	b.notes = append(b.notes, fmt.Sprintf("%s: nothing to run (%s)", f.Fingerprint(), f.Message))
}

// newStep starts a step that fixes f (nil for a step that only supports others).
func (b *builder) newStep(f *diff.Finding, phase int, q model.QName, sql string) *Step {
	b.seq++
	s := &Step{SQL: sql, phase: phase, table: q, Transactional: true, seq: b.seq}
	if f != nil {
		s.Fixes = []string{f.Fingerprint()}
		s.Comment = []string{string(f.Kind) + ": " + f.Message}
	}
	if q.Name != "" {
		s.needs = append(s.needs, tableKey(q))
	}
	b.steps = append(b.steps, s)
	return s
}

// manual records what no statement can fix safely, as a step that never runs.
func (b *builder) manual(f *diff.Finding, q model.QName, why string) {
	s := b.newStep(f, phaseDropType+1, q, "-- "+why)
	s.Hazards = append(s.Hazards, HazardNote{Code: Manual, Detail: why})
	s.needs = nil
}

func (s *Step) hazard(code Hazard, detail string) *Step {
	s.Hazards = append(s.Hazards, HazardNote{Code: code, Detail: detail})
	return s
}

func (s *Step) lock(mode string, q model.QName) *Step {
	s.Locks = append(s.Locks, Lock{Mode: mode, Table: qname(q)})
	return s
}

func (s *Step) need(keys ...string) *Step    { s.needs = append(s.needs, keys...); return s }
func (s *Step) provide(keys ...string) *Step { s.provides = append(s.provides, keys...); return s }

// nonTx marks a statement PostgreSQL refuses in a transaction block.
func (s *Step) nonTx(why string) *Step {
	s.Transactional = false
	s.alone = true
	return s.hazard(NotTransactional, why)
}

// tableHazard adds a hazard naming the table and, for a live target, its size.
func (b *builder) tableHazard(s *Step, code Hazard, q model.QName, what string) {
	detail := what
	if b.opts.Size != nil {
		if sz, ok := b.opts.Size(q); ok {
			detail += " (" + qname(q) + ": " + sz.String() + ")"
		}
	}
	s.hazard(code, detail)
}

// existing reports whether the table exists before the plan runs and so may hold rows.
func (b *builder) existing(q model.QName) bool { return !b.created[q] }

// online reports whether online forms apply to the table: a live target
// and a table that already holds rows.
func (b *builder) online(q model.QName) bool { return b.opts.Online && b.existing(q) }

func (b *builder) lt(q model.QName) (*model.Table, bool) { return b.left.Table(q.Schema, q.Name) }

func (b *builder) rt(q model.QName) (*model.Table, bool) {
	if t, ok := b.renamedTables[q]; ok {
		return t, true
	}
	return b.right.Table(q.Schema, q.Name)
}

// rcol returns the right column a left column name corresponds to.
func (b *builder) rcol(q model.QName, left string) (*model.Column, bool) {
	t, ok := b.rt(q)
	if !ok {
		return nil, false
	}
	if r, ok := b.renamed[q][left]; ok {
		return t.Column(r)
	}
	return t.Column(left)
}

// Keys name what steps provide and need.
func tableKey(q model.QName) string         { return "table:" + q.Schema + "." + q.Name }
func colKey(q model.QName, c string) string { return "col:" + q.Schema + "." + q.Name + "." + c }
func typeKey(name string) string            { return "type:" + name }
func typeUseKey(name string) string         { return "typeuse:" + name }
func conKey(q model.QName, n string) string { return "con:" + q.Schema + "." + q.Name + "." + n }
func indexKey(schema, n string) string      { return "index:" + schema + "." + n }
func fkDropKey(q model.QName) string        { return "fkdrop:" + q.Schema + "." + q.Name }
func uniqueKey(q model.QName, c []string) string {
	return "key:" + q.Schema + "." + q.Name + "(" + strings.Join(c, ",") + ")"
}

func colKeys(q model.QName, cols []string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = colKey(q, c)
	}
	return out
}

// userType returns the type's name when it is user-defined (qualified).
func userType(t model.Type) (string, bool) {
	if strings.Contains(t.Name, ".") {
		return t.Name, true
	}
	return "", false
}

// qname renders a qualified name for SQL.
func qname(q model.QName) string {
	if q.Schema == "" {
		return model.QuoteIdent(q.Name)
	}
	return model.QuoteIdent(q.Schema) + "." + model.QuoteIdent(q.Name)
}

func ident(s string) string { return model.QuoteIdent(s) }

func idents(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = ident(n)
	}
	return strings.Join(q, ", ")
}

// quoteList renders columns as diff does in finding objects: ("a", "b").
func quoteList(names []string) string { return "(" + idents(names) + ")" }

func literal(s string) string { return model.QuoteLiteral(s) }

func nameOr(name, alt string) string {
	if name != "" {
		return name
	}
	return alt
}

func alterTable(q model.QName, sub string) string { return "ALTER TABLE " + qname(q) + " " + sub }
