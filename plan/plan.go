// Package plan turns drift into a migration: from the canonical schema, the
// target schema and the findings between them it builds an ordered list of
// SQL steps that makes the target match the canonical side, each tagged with
// the hazards it carries, the locks it takes, its transaction group and the
// steps it depends on.
//
// plan imports model and diff only: it must not know how either schema was
// read, so it never imports sqlparse, introspect or anything under internal.
package plan

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// Hazard is the stable code of a risk a step carries. Codes appear in JSON
// and in --allow-hazards, so they are never renamed.
type Hazard string

// The hazards. A step whose hazards are not all allowed is written as a
// comment, never executed.
const (
	// DataLoss: the step destroys stored data (a dropped table or column).
	DataLoss Hazard = "data-loss"
	// TableRewrite: PostgreSQL rewrites every row of the table under ACCESS EXCLUSIVE.
	TableRewrite Hazard = "table-rewrite"
	// FullScan: the step reads every row of the table.
	FullScan Hazard = "full-scan"
	// BlocksWrites: writes to the table wait for as long as the step runs
	// (not only for a brief catalog update).
	BlocksWrites Hazard = "blocks-writes"
	// NotTransactional: the step cannot run in a transaction block and, if
	// it fails part way, can leave an invalid object behind.
	NotTransactional Hazard = "not-transactional"
	// BackwardIncompatible: the application deployed today may break (a
	// renamed or dropped object it still uses).
	BackwardIncompatible Hazard = "backward-incompatible"
	// MayFailOnData: the step fails when existing rows violate the new rule.
	MayFailOnData Hazard = "may-fail-on-data"
	// Manual: no statement can do this safely; a person must decide. Such a
	// step is never executed, whatever is allowed.
	Manual Hazard = "manual"
	// WidensAccess: roles may reach rows they could not before (row-level
	// security turned off, a permissive policy added, a restrictive one
	// dropped, a policy expression changed).
	WidensAccess Hazard = "widens-access"
)

// Hazards lists every hazard code in a stable order.
func Hazards() []Hazard {
	return []Hazard{DataLoss, TableRewrite, FullScan, BlocksWrites, NotTransactional, BackwardIncompatible, MayFailOnData, Manual, WidensAccess}
}

// ParseHazard checks a code given by a user.
func ParseHazard(s string) (Hazard, error) {
	for _, h := range Hazards() {
		if string(h) == s && h != Manual {
			return h, nil
		}
	}
	var codes []string
	for _, h := range Hazards() {
		if h != Manual {
			codes = append(codes, string(h))
		}
	}
	return "", fmt.Errorf("unknown hazard %q (known: %s, all)", s, strings.Join(codes, ", "))
}

// HazardNote is one hazard of a step with what makes it concrete.
type HazardNote struct {
	Code   Hazard
	Detail string
}

// Lock is a table-level lock a step takes, in PostgreSQL's lock mode names.
type Lock struct {
	Mode  string
	Table string
}

// Step is one SQL statement of a plan.
type Step struct {
	// ID numbers steps from 1 in execution order.
	ID int
	// SQL is the statement without its terminating semicolon.
	SQL string
	// Comment says why the step exists: the findings it fixes, the evidence
	// for a rename.
	Comment []string
	// Fixes lists the fingerprints of the findings the step (with the steps
	// it belongs with) fixes.
	Fixes   []string
	Hazards []HazardNote
	Locks   []Lock
	// Group is the transaction the step runs in; steps of one group run
	// between one BEGIN and COMMIT. A non-transactional step is alone in its group.
	Group int
	// Transactional is false for statements PostgreSQL refuses inside a
	// transaction block (CREATE INDEX CONCURRENTLY and the like).
	Transactional bool
	// DependsOn lists the IDs of earlier steps this one needs.
	DependsOn []int
	// Blocked is set when the step is written as a comment: a hazard is not
	// allowed, or a step it depends on is blocked. Reason says which.
	Blocked bool
	Reason  string

	phase int
	alone bool // runs in a transaction of its own
	// chain lists the steps that make one change together: when one is
	// blocked, all are, so no half-made change (a NOT VALID helper check
	// left behind) is applied.
	chain    []*Step
	table    model.QName
	provides []string
	needs    []string
	seq      int
}

// Plan is an ordered migration.
type Plan struct {
	// Preamble holds session settings run before every step.
	Preamble []string
	Steps    []*Step
	// Notes lists findings that need no statement, with why.
	Notes []string
	// Online tells whether online-safe forms were used.
	Online bool
}

// Blocked returns the steps that will not run.
func (p *Plan) Blocked() []*Step {
	var out []*Step
	for _, s := range p.Steps {
		if s.Blocked {
			out = append(out, s)
		}
	}
	return out
}

// TableSize is what the catalog estimates of a table's size.
type TableSize struct {
	Rows  float64 // pg_class.reltuples; negative when never analyzed
	Pages int64   // pg_class.relpages
}

// String renders the size for a hazard's detail.
func (s TableSize) String() string {
	if s.Rows < 0 {
		return fmt.Sprintf("never analyzed, %d pages", s.Pages)
	}
	return fmt.Sprintf("about %s rows in %d pages", groupDigits(int64(s.Rows)), s.Pages)
}

func groupDigits(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Options tune a plan.
type Options struct {
	// Online uses the forms that keep a live table writable: CONCURRENTLY,
	// NOT VALID then VALIDATE, SET NOT NULL through a validated check.
	Online bool
	// LockTimeout and StatementTimeout are set at the top of the plan when
	// non-zero.
	LockTimeout, StatementTimeout time.Duration
	// Allow lists the hazards whose steps may run; AllowAll allows every
	// hazard but Manual.
	Allow    map[Hazard]bool
	AllowAll bool
	// Size, when set, tells the size of a target table, for hazard details.
	Size func(q model.QName) (TableSize, bool)
}

func (o Options) allowed(h Hazard) bool {
	if h == Manual {
		return false
	}
	return o.AllowAll || o.Allow[h]
}

// Build plans the findings: the statements that make target match canonical.
// Findings of other pairs, and of kinds that need no statement, are skipped;
// pass only the findings that are neither ignored nor baselined.
func Build(canonical, target *model.Schema, findings []diff.Finding, opts Options) *Plan {
	if canonical == nil {
		canonical = &model.Schema{}
	}
	if target == nil {
		target = &model.Schema{}
	}
	b := newBuilder(canonical, target, opts)
	b.plan(findings)
	p := &Plan{Online: opts.Online, Notes: b.notes}
	if opts.LockTimeout > 0 {
		p.Preamble = append(p.Preamble, fmt.Sprintf("SET lock_timeout = '%dms'", opts.LockTimeout.Milliseconds()))
	}
	if opts.StatementTimeout > 0 {
		p.Preamble = append(p.Preamble, fmt.Sprintf("SET statement_timeout = '%dms'", opts.StatementTimeout.Milliseconds()))
	}
	p.Steps = order(b.steps)
	gate(p.Steps, opts)
	return p
}

// order sorts steps by phase (which is a valid dependency order by
// construction), fills in DependsOn and numbers transaction groups.
func order(steps []*Step) []*Step {
	sort.SliceStable(steps, func(i, j int) bool {
		a, b := steps[i], steps[j]
		if a.phase != b.phase {
			return a.phase < b.phase
		}
		return a.seq < b.seq
	})
	providers := map[string][]int{}
	for i, s := range steps {
		s.ID = i + 1
		seen := map[int]bool{}
		for _, n := range s.needs {
			for _, id := range providers[n] {
				if !seen[id] && id != s.ID {
					seen[id] = true
					s.DependsOn = append(s.DependsOn, id)
				}
			}
		}
		sort.Ints(s.DependsOn)
		for _, p := range s.provides {
			providers[p] = append(providers[p], s.ID)
		}
	}
	group, open := 0, false
	for _, s := range steps {
		if !s.Transactional || s.alone || !open {
			group++
		}
		s.Group = group
		open = s.Transactional && !s.alone
	}
	return steps
}

// gate blocks the steps whose hazards are not allowed, the steps of their
// chains and the steps that depend on a blocked one.
func gate(steps []*Step, opts Options) {
	for _, s := range steps {
		var refused []string
		for _, h := range s.Hazards {
			if !opts.allowed(h.Code) {
				refused = append(refused, string(h.Code))
			}
		}
		if len(refused) > 0 {
			s.Blocked = true
			s.Reason = "hazard not allowed: " + strings.Join(uniq(refused), ", ")
		}
	}
	byID := map[int]*Step{}
	for _, s := range steps {
		byID[s.ID] = s
	}
	for changed := true; changed; {
		changed = false
		for _, s := range steps {
			if s.Blocked {
				continue
			}
			for _, d := range s.DependsOn {
				if byID[d].Blocked {
					s.Blocked, changed = true, true
					s.Reason = fmt.Sprintf("depends on step %d, which is blocked", d)
					break
				}
			}
			for _, c := range s.chain {
				if c.Blocked && !s.Blocked {
					s.Blocked, changed = true, true
					s.Reason = fmt.Sprintf("makes one change with step %d, which is blocked", c.ID)
				}
			}
		}
	}
}

func uniq(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
