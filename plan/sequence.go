package plan

import (
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// Phases of sequences and extensions: an extension before the types and
// tables that use it, a sequence before the defaults that call it, and an
// extension's drop after everything that used it.
const (
	phaseExtension    = phaseType - 5
	phaseSequence     = phaseCreateTable - 1
	phaseOwnedBy      = phaseColumn + 5
	phaseDropSequence = phaseDropTable + 1
)

// sequenceClauses spells every option, so the result does not depend on
// the defaults of the target's type or direction.
func sequenceClauses(o model.SequenceOptions, set string) string {
	n := func(v int64) string { return strconv.FormatInt(v, 10) }
	parts := []string{
		set + "INCREMENT BY " + n(o.Increment),
		set + "MINVALUE " + n(o.Min),
		set + "MAXVALUE " + n(o.Max),
		set + "START WITH " + n(o.Start),
		set + "CACHE " + n(o.Cache),
	}
	if o.Cycle {
		parts = append(parts, set+"CYCLE")
	} else {
		parts = append(parts, set+"NO CYCLE")
	}
	return strings.Join(parts, " ")
}

// identityClause is an identity column's sequence options, spelled out
// when the column has any, for ADD GENERATED ... AS IDENTITY.
func identityClause(c *model.Column) string {
	if c.IdentityOptions == nil {
		return ""
	}
	return " (" + sequenceClauses(*c.IdentityOptions, "") + ")"
}

func ownedBy(r model.ColumnRef) string {
	if r.IsZero() {
		return "NONE"
	}
	return qname(model.QName{Schema: r.Schema, Name: r.Table}) + "." + ident(r.Column)
}

func (b *builder) sequenceMissing(f *diff.Finding) {
	s, ok := b.left.Sequence(f.Schema, f.Table)
	if !ok {
		return
	}
	q := s.QName()
	b.newStep(f, phaseSequence, model.QName{}, "CREATE SEQUENCE "+qname(q)+" AS "+s.Options.Type+" "+sequenceClauses(s.Options, ""))
	if !s.OwnedBy.IsZero() {
		t := model.QName{Schema: s.OwnedBy.Schema, Name: s.OwnedBy.Table}
		b.newStep(nil, phaseOwnedBy, t, "ALTER SEQUENCE "+qname(q)+" OWNED BY "+ownedBy(s.OwnedBy)).need(colKey(t, s.OwnedBy.Column))
	}
	b.createdSequencePrivileges(f, q)
}

func (b *builder) sequenceExtra(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	if _, ok := b.right.Sequence(q.Schema, q.Name); !ok {
		return
	}
	s := b.newStep(f, phaseDropSequence, model.QName{}, "DROP SEQUENCE "+qname(q))
	s.hazard(BackwardIncompatible, "nextval() of "+qname(q)+" fails, in the application and in any default that calls it")
	s.hazard(DataLoss, "drops the current value of "+qname(q))
}

func (b *builder) sequenceDiffers(f *diff.Finding) {
	s, ok := b.left.Sequence(f.Schema, f.Table)
	if !ok {
		return
	}
	st := b.newStep(f, phaseSequence, model.QName{}, "ALTER SEQUENCE "+qname(s.QName())+" AS "+s.Options.Type+" "+sequenceClauses(s.Options, ""))
	if r, ok := b.right.Sequence(f.Schema, f.Table); !ok || narrower(s.Options, r.Options) {
		st.hazard(MayFailOnData, "fails when the current value lies outside the new bounds")
	}
}

// narrower reports whether options l bound a sequence more tightly than r,
// so that r's current value may lie outside them.
func narrower(l, r model.SequenceOptions) bool {
	return l.Min > r.Min || l.Max < r.Max
}

func (b *builder) sequenceOwner(f *diff.Finding) {
	s, ok := b.left.Sequence(f.Schema, f.Table)
	if !ok {
		return
	}
	st := b.newStep(f, phaseOwnedBy, model.QName{}, "ALTER SEQUENCE "+qname(s.QName())+" OWNED BY "+ownedBy(s.OwnedBy))
	if !s.OwnedBy.IsZero() {
		st.need(colKey(model.QName{Schema: s.OwnedBy.Schema, Name: s.OwnedBy.Table}, s.OwnedBy.Column))
	}
}

func (b *builder) identityOptions(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	t, ok := b.lt(q)
	if !ok {
		return
	}
	c, ok := t.Column(f.Object)
	if !ok || c.IdentityOptions == nil {
		return
	}
	name := f.Object
	rc, ok := b.rcol(q, f.Object)
	if ok {
		name = rc.Name
	}
	s := b.newStep(f, phaseColumn, q, alterTable(q, "ALTER COLUMN "+ident(name)+" "+sequenceClauses(*c.IdentityOptions, "SET ")))
	if !ok || rc.IdentityOptions == nil || narrower(*c.IdentityOptions, *rc.IdentityOptions) {
		s.hazard(MayFailOnData, "fails when the current value lies outside the new bounds")
	}
}

func (b *builder) extensionMissing(f *diff.Finding) {
	e, ok := b.left.Extension(f.Table)
	if !ok {
		return
	}
	sql := "CREATE EXTENSION IF NOT EXISTS " + ident(e.Name) + " WITH SCHEMA " + ident(e.Schema)
	if e.Version != "" {
		sql += " VERSION " + literal(e.Version)
	}
	b.newStep(f, phaseExtension, model.QName{}, sql)
}

// extensionExtra is left to a person: DROP EXTENSION drops every object of
// the extension and, with CASCADE, every column and function using them.
func (b *builder) extensionExtra(f *diff.Finding) {
	b.manual(f, model.QName{}, "DROP EXTENSION "+ident(f.Table)+" drops its functions and types with everything that uses them; drop it by hand if nothing does")
}

func (b *builder) extensionDiffers(f *diff.Finding) {
	e, ok := b.left.Extension(f.Table)
	if !ok {
		return
	}
	if f.Object == "schema" {
		s := b.newStep(f, phaseExtension, model.QName{}, "ALTER EXTENSION "+ident(e.Name)+" SET SCHEMA "+ident(e.Schema))
		s.hazard(BackwardIncompatible, "references that name the extension's old schema fail")
		return
	}
	b.newStep(f, phaseExtension, model.QName{}, "ALTER EXTENSION "+ident(e.Name)+" UPDATE TO "+literal(e.Version))
}
