package introspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// constraintRow is one row of the constraints query, kept until the
// columns it names by number are known.
type constraintRow struct {
	rel, domain, index, refRel    uint32
	oid                           uint32
	name, kind                    string
	own                           bool // not derived from a parent's constraint
	keys, refKeys                 []int16
	refNames                      []string // from the server, for a table not read
	refNsp, refTable              string
	onDelete, onUpdate, match     string
	deferrable, deferred, noInher bool
	check                         *string
	validated                     bool
	operators                     []string // of an exclusion constraint, in key order
}

func (r *reader) constraint(rows pgx.Rows) error {
	c := &constraintRow{}
	if err := rows.Scan(&c.rel, &c.domain, &c.name, &c.kind, &c.own, &c.index, &c.keys, &c.refRel, &c.refKeys, &c.refNames,
		&c.refNsp, &c.refTable, &c.onDelete, &c.onUpdate, &c.match, &c.deferrable, &c.deferred, &c.noInher,
		&c.check, &c.oid, &c.validated, &c.operators); err != nil {
		return fmt.Errorf("constraints: %w", err)
	}
	r.constraints = append(r.constraints, c)
	return nil
}

// attachConstraints puts the constraints on their tables and returns the
// indexes that back a primary key, unique or exclusion constraint, by
// table and index oid.
func (r *reader) attachConstraints() (map[[2]uint32]bool, error) {
	backing := map[[2]uint32]bool{}
	nnd := map[uint32]bool{}
	byOID := map[uint32]*indexRow{}
	for _, x := range r.indexes {
		if x.nnd {
			nnd[x.oid] = true
		}
		byOID[x.oid] = x
	}
	for _, c := range r.constraints {
		if c.domain != 0 {
			if err := r.attachDomainCheck(c); err != nil {
				return nil, fmt.Errorf("introspect: %w", err)
			}
			continue
		}
		if c.kind == "p" || c.kind == "u" || c.kind == "x" {
			backing[[2]uint32{c.rel, c.index}] = true
		}
		t := r.byOID[c.rel]
		if t != nil && c.own && c.kind == "x" {
			if err := r.attachExclusion(t, c, byOID[c.index]); err != nil {
				return nil, fmt.Errorf("introspect: %w", err)
			}
			continue
		}
		if t == nil || !c.own {
			continue
		}
		if err := r.attachConstraint(t, c, nnd[c.index]); err != nil {
			return nil, fmt.Errorf("introspect: %w", err)
		}
	}
	return backing, nil
}

// attachConstraint adds one constraint to its table.
func (r *reader) attachConstraint(t *model.Table, c *constraintRow, nullsNotDistinct bool) error {
	where := func() string { return "constraint " + model.QuoteIdent(c.name) + " of " + qname(t.Schema, t.Name) }
	cols, err := attrNames(r.attrs[c.rel], c.keys)
	if err != nil {
		return fmt.Errorf("%s: %w", where(), err)
	}
	switch c.kind {
	case "p":
		t.PrimaryKey = &model.Key{Name: c.name, Columns: cols, Deferrable: c.deferrable, InitiallyDeferred: c.deferred}
	case "u":
		t.Uniques = append(t.Uniques, &model.Key{Name: c.name, Columns: cols, NullsNotDistinct: nullsNotDistinct,
			Deferrable: c.deferrable, InitiallyDeferred: c.deferred})
	case "f":
		refCols := c.refNames
		if refCols == nil {
			if refCols, err = attrNames(r.attrs[c.refRel], c.refKeys); err != nil {
				return fmt.Errorf("%s: referenced %w", where(), err)
			}
		}
		fk := &model.ForeignKey{Name: c.name, Columns: cols, RefSchema: c.refNsp, RefTable: c.refTable, RefColumns: refCols,
			OnDelete: normalize.FKAction(c.onDelete), OnUpdate: normalize.FKAction(c.onUpdate),
			Deferrable: c.deferrable, InitiallyDeferred: c.deferred, NotValid: !c.validated}
		if c.match == "f" {
			fk.Match = "FULL"
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
	case "c":
		where := "check constraint " + model.QuoteIdent(c.name) + " of " + qname(t.Schema, t.Name)
		c.check = r.checks[c.oid]
		if c.check == nil {
			return fmt.Errorf("%s: %w", where, errCatalogChanged)
		}
		e, err := normalize.Expr(*c.check)
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		t.Checks = append(t.Checks, &model.Check{Name: c.name, Expr: e, NoInherit: c.noInher, NotValid: !c.validated})
	}
	return nil
}

// check takes one row of the checks query.
func (r *reader) check(rows pgx.Rows) error {
	var oid uint32
	var expr *string
	if err := rows.Scan(&oid, &expr); err != nil {
		return fmt.Errorf("checks: %w", err)
	}
	r.checks[oid] = expr
	return nil
}

// attachDomainCheck adds a CHECK constraint to its domain.
func (r *reader) attachDomainCheck(c *constraintRow) error {
	d := r.domainOID[c.domain]
	if d == nil {
		return nil // a domain of another schema, or created after the domains were read
	}
	where := "domain " + qname(d.Schema, d.Name) + ": check constraint " + model.QuoteIdent(c.name)
	if c.check == nil {
		return fmt.Errorf("%s: %w", where, errCatalogChanged)
	}
	e, err := normalize.Expr(*c.check)
	if err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	d.Checks = append(d.Checks, &model.Check{Name: c.name, Expr: e})
	return nil
}

// attrNames names the columns of a key by their numbers.
func attrNames(cols []attr, nums []int16) ([]string, error) {
	names := make([]string, 0, len(nums))
	for _, n := range nums {
		if n <= 0 || int(n) >= len(cols) || cols[n].name == "" {
			return nil, fmt.Errorf("column %d: %w", n, errCatalogChanged)
		}
		names = append(names, cols[n].name)
	}
	return names, nil
}

// attachExclusion adds an exclusion constraint to its table: its keys are
// those of the index behind it, decoded as any index is, paired with the
// constraint's operators.
func (r *reader) attachExclusion(t *model.Table, c *constraintRow, x *indexRow) error {
	where := "exclusion constraint " + model.QuoteIdent(c.name) + " of " + qname(t.Schema, t.Name)
	if x == nil {
		return fmt.Errorf("%s: index: %w", where, errCatalogChanged)
	}
	ix, err := r.decodeIndex(x, r.attrs[c.rel])
	if err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	if len(c.operators) != len(ix.Keys) {
		return fmt.Errorf("%s: operators: %w", where, errCatalogChanged)
	}
	ix.Name, ix.Unique = "", false
	t.Exclusions = append(t.Exclusions, &model.Exclusion{Name: c.name, Index: *ix, Operators: c.operators,
		Deferrable: c.deferrable, InitiallyDeferred: c.deferred})
	return nil
}

// replicaIdentity decodes pg_class.relreplident.
func replicaIdentity(c string) model.ReplicaIdentity {
	switch c {
	case "f":
		return model.ReplicaFull
	case "n":
		return model.ReplicaNothing
	case "i":
		return model.ReplicaIndexed
	}
	return model.ReplicaDefault
}
