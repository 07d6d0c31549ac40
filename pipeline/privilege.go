package pipeline

import "github.com/ariadrift/ariadrift/model"

// splitPrivileges moves each privilege and owner of a tenanted schema to
// its tenant's schema, named as the canonical schema: a schema's own
// privileges by the schema's name, every other object's by the schema it
// is in.
func splitPrivileges(s *model.Schema, byName map[string]*model.Schema, canonical string) {
	tenantOf := func(o model.Object) (*model.Schema, model.Object) {
		if o.Kind == model.ObjSchema {
			ts := byName[o.Name]
			o.Name = canonical
			return ts, o
		}
		ts := byName[o.Schema]
		o.Schema = canonical
		return ts, o
	}
	for _, p := range s.Privileges {
		if ts, o := tenantOf(p.Object); ts != nil {
			np := *p
			np.Object = o
			ts.Privileges = append(ts.Privileges, &np)
		}
	}
	for _, ow := range s.Owners {
		if ts, o := tenantOf(ow.Object); ts != nil {
			no := *ow
			no.Object = o
			ts.Owners = append(ts.Owners, &no)
		}
	}
	for _, ts := range byName {
		ts.PrivilegeKinds = s.PrivilegeKinds
	}
}
