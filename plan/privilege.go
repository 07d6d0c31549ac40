package plan

import (
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// phaseOwner and phasePrivilege run OWNER TO, then GRANT and REVOKE, once
// every object the plan creates exists and before anything is dropped. The
// owner comes first: OWNER TO hands the old owner's ACL entry to the new
// one, and a grant to a role that is still the owner would be lost.
const (
	phaseOwner     = phaseAfterValidate + 1
	phasePrivilege = phaseAfterValidate + 2
)

// privilegeOf finds the privilege a finding is about on either side: the
// left's for what it grants, the right's for what only the target grants
// or revoked.
func (b *builder) privilegeOf(f *diff.Finding) (*model.Privilege, bool) {
	for _, s := range []*model.Schema{b.left, b.right} {
		for _, p := range s.Privileges {
			schema, table := p.Object.Place()
			if schema == f.Schema && table == f.Table && model.PrivilegeKey(p.Object, p.Grantee, p.Privilege) == f.Object {
				return p, true
			}
		}
	}
	return nil, false
}

// privilegeSQL renders "PRIV ON object" and the grantee of a GRANT or REVOKE.
func privilegeSQL(p *model.Privilege) (on, grantee string) {
	o := p.Object
	q := model.QName{Schema: o.Schema, Name: o.Name}
	switch o.Kind {
	case model.ObjColumn:
		on = p.Privilege + " (" + ident(o.Column) + ") ON TABLE " + qname(q)
	case model.ObjSequence:
		on = p.Privilege + " ON SEQUENCE " + qname(q)
	case model.ObjFunction:
		on = p.Privilege + " ON ROUTINE " + routineName(o)
	case model.ObjSchema:
		on = p.Privilege + " ON SCHEMA " + ident(o.Name)
	default:
		on = p.Privilege + " ON TABLE " + qname(q)
	}
	grantee = model.Public
	if p.Grantee != model.Public {
		grantee = ident(p.Grantee)
	}
	return on, grantee
}

// routineName quotes a function's name and keeps its argument types.
func routineName(o model.Object) string {
	name, args, _ := strings.Cut(o.Name, "(")
	return qname(model.QName{Schema: o.Schema, Name: name}) + "(" + args
}

// privilegeStep plans the GRANT or REVOKE that makes the target hold what
// the canonical side holds.
func (b *builder) privilegeStep(f *diff.Finding) {
	p, ok := b.privilegeOf(f)
	if !ok {
		return
	}
	on, grantee := privilegeSQL(p)
	var sql string
	revoke := false
	switch {
	case f.Kind == diff.PrivilegeMissing, f.Kind == diff.PrivilegeGrantOption && strings.HasSuffix(f.Expected, "WITH GRANT OPTION"):
		sql = "GRANT " + on + " TO " + grantee
		if strings.HasSuffix(f.Expected, "WITH GRANT OPTION") {
			sql += " WITH GRANT OPTION"
		}
	case f.Kind == diff.PrivilegeGrantOption:
		sql, revoke = "REVOKE GRANT OPTION FOR "+on+" FROM "+grantee, true
	default:
		sql, revoke = "REVOKE "+on+" FROM "+grantee, true
	}
	s := b.newStep(f, phasePrivilege, model.QName{}, sql)
	if revoke {
		s.hazard(BackwardIncompatible, grantee+" loses access that code deployed today may use")
	}
}

// ownerStep plans ALTER ... OWNER TO the canonical owner.
func (b *builder) ownerStep(f *diff.Finding) {
	if f.Expected == "" {
		return
	}
	for _, o := range b.left.Owners {
		schema, table := o.Object.Place()
		if schema != f.Schema || table != f.Table || o.Role != f.Expected {
			continue
		}
		q := model.QName{Schema: o.Object.Schema, Name: o.Object.Name}
		var what string
		switch o.Object.Kind {
		case model.ObjSequence:
			what = "SEQUENCE " + qname(q)
		case model.ObjFunction:
			what = "ROUTINE " + routineName(o.Object)
		case model.ObjSchema:
			what = "SCHEMA " + ident(o.Object.Name)
		default:
			what = "TABLE " + qname(q)
		}
		b.newStep(f, phaseOwner, model.QName{}, "ALTER "+what+" OWNER TO "+ident(o.Role)).
			hazard(BackwardIncompatible, "the current owner "+ident(f.Actual)+" loses its rights on the object")
		return
	}
}

// createdTablePrivileges grants on a table the plan creates what the
// canonical side grants on it and its columns, and gives it its owner: the
// comparison reports only the missing table, not what it would carry.
func (b *builder) createdTablePrivileges(f *diff.Finding, t *model.Table) {
	for _, p := range b.left.Privileges {
		o := p.Object
		if p.Revoked || o.Schema != t.Schema || o.Name != t.Name || (o.Kind != model.ObjTable && o.Kind != model.ObjColumn) {
			continue
		}
		on, grantee := privilegeSQL(p)
		sql := "GRANT " + on + " TO " + grantee
		if p.Grantable {
			sql += " WITH GRANT OPTION"
		}
		b.newStep(nil, phasePrivilege, model.QName{}, sql).need(tableKey(t.QName())).Comment = []string{string(f.Kind) + ": " + f.Message}
	}
	for _, o := range b.left.Owners {
		if o.Object == (model.Object{Kind: model.ObjTable, Schema: t.Schema, Name: t.Name}) {
			b.newStep(nil, phaseOwner, model.QName{}, "ALTER TABLE "+qname(t.QName())+" OWNER TO "+ident(o.Role)).
				need(tableKey(t.QName())).Comment = []string{string(f.Kind) + ": " + f.Message}
		}
	}
}

// createdSequencePrivileges grants on a sequence the plan creates what the
// canonical side grants on it, and gives it its owner; the phases run them
// after the CREATE SEQUENCE.
func (b *builder) createdSequencePrivileges(f *diff.Finding, q model.QName) {
	obj := model.Object{Kind: model.ObjSequence, Schema: q.Schema, Name: q.Name}
	for _, p := range b.left.Privileges {
		if p.Revoked || p.Object != obj {
			continue
		}
		on, grantee := privilegeSQL(p)
		sql := "GRANT " + on + " TO " + grantee
		if p.Grantable {
			sql += " WITH GRANT OPTION"
		}
		b.newStep(nil, phasePrivilege, model.QName{}, sql).Comment = []string{string(f.Kind) + ": " + f.Message}
	}
	for _, o := range b.left.Owners {
		if o.Object == obj {
			b.newStep(nil, phaseOwner, model.QName{}, "ALTER SEQUENCE "+qname(q)+" OWNER TO "+ident(o.Role)).
				Comment = []string{string(f.Kind) + ": " + f.Message}
		}
	}
}
