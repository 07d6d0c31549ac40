package diff

import (
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// Pair names the two sources a finding compares. Left is canonical. A pair
// whose sides are equal holds findings inside one source (see Duplicates).
type Pair struct {
	Left, Right model.Source
}

// String renders the pair for people, e.g. "spec↔sql".
func (p Pair) String() string { return string(p.Left) + "↔" + string(p.Right) }

// Key renders the pair in ASCII for JSON, baselines and configuration, e.g. "spec-sql".
func (p Pair) Key() string { return string(p.Left) + "-" + string(p.Right) }

// Finding is one difference between two schemas.
type Finding struct {
	Kind     Kind
	Severity Severity
	Pair     Pair
	// Schema and Table name the table, view or type the finding is about.
	Schema, Table string
	// Object names the column, index or constraint; empty for table-level findings.
	Object string
	// Expected is the left side's value (a type, a default, an index
	// definition); empty when the left side has nothing.
	Expected string
	// Actual is the right side's value; empty when the right side has nothing.
	Actual string
	// Message is one readable line naming both sides by source.
	Message string
	// LeftPos and RightPos locate the object in each source, when known.
	LeftPos, RightPos model.Pos
	// Tenant is the live schema the finding was found in when tenant
	// schemas are compared with one canonical schema (Schema is then the
	// canonical name); empty otherwise.
	Tenant string
}

// valueKeyed lists kinds whose object is identified by its value rather than
// its name (check names are ignored when matching, and a duplicate table has
// no object), so the fingerprint must carry the value to tell two apart.
var valueKeyed = map[Kind]bool{
	CheckMissing: true, CheckExtra: true,
	UniqueMissing: true, UniqueExtra: true,
	TableDuplicate: true,
}

// Fingerprint identifies the finding across runs: it depends on the kind,
// the pair, the table and the object, never on positions or messages, so a
// baseline survives edits that only move lines.
func (f Finding) Fingerprint() string {
	parts := []string{string(f.Kind), f.Pair.Key(), f.Schema + "." + f.Table, f.Object}
	if valueKeyed[f.Kind] {
		parts = append(parts, f.Expected, f.Actual)
	}
	// Appended only when set, so fingerprints of runs without tenants
	// (and the baselines recording them) are unchanged.
	if f.Tenant != "" {
		parts = append(parts, "tenant="+f.Tenant)
	}
	return strings.Join(parts, "|")
}

// sourceRank orders sources as they appear in reports.
func sourceRank(s model.Source) int {
	switch s {
	case model.SourceSpec:
		return 0
	case model.SourceORM:
		return 1
	case model.SourceSQL:
		return 2
	case model.SourceDB:
		return 3
	}
	return 4
}

func less(a, b *Finding) bool {
	switch {
	case a.Tenant != b.Tenant:
		return a.Tenant < b.Tenant
	case a.Schema != b.Schema:
		return a.Schema < b.Schema
	case a.Table != b.Table:
		return a.Table < b.Table
	case a.Kind != b.Kind:
		if ra, rb := a.Kind.rank(), b.Kind.rank(); ra != rb {
			return ra < rb
		}
		return a.Kind < b.Kind
	case a.Object != b.Object:
		return a.Object < b.Object
	case a.Pair != b.Pair:
		if ra, rb := sourceRank(a.Pair.Left), sourceRank(b.Pair.Left); ra != rb {
			return ra < rb
		}
		if ra, rb := sourceRank(a.Pair.Right), sourceRank(b.Pair.Right); ra != rb {
			return ra < rb
		}
		return a.Pair.Key() < b.Pair.Key()
	case a.Expected != b.Expected:
		return a.Expected < b.Expected
	case a.Actual != b.Actual:
		return a.Actual < b.Actual
	}
	return a.Message < b.Message
}

// Sort orders findings by schema, table, kind (in the order of Kinds),
// object, and then by every remaining field, so the order never depends on
// the order the inputs were listed in.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return less(&fs[i], &fs[j]) })
}
