package diff

import (
	"fmt"
	"slices"

	"github.com/ariadrift/ariadrift/model"
)

// grantKey identifies one privilege of one grantee on one object.
type grantKey struct {
	obj              model.Object
	grantee, privile string
}

// held is what one side says about a grantKey: whether the grantee holds
// the privilege, with the grant option, and where the source says so.
type held struct {
	holds, grantable bool
	pos              model.Pos
}

// heldPrivileges reads a side's Privileges as holdings: a listed grant is
// held, a listed revoke is not, and a default PostgreSQL gives (which
// neither side lists) is held unless revoked.
func heldPrivileges(ps []*model.Privilege) (map[grantKey]held, []grantKey) {
	m := map[grantKey]held{}
	var order []grantKey
	for _, p := range ps {
		if p == nil {
			continue
		}
		k := grantKey{p.Object, p.Grantee, p.Privilege}
		if _, dup := m[k]; !dup {
			order = append(order, k)
		}
		m[k] = held{holds: !p.Revoked, grantable: p.Grantable, pos: p.Pos}
	}
	return m, order
}

// lookup is the holding of k on a side: what it lists, else the default.
func lookup(m map[grantKey]held, k grantKey) held {
	if h, ok := m[k]; ok {
		return h
	}
	isDefault := k.grantee == model.Public && slices.Contains(model.DefaultPrivileges(k.obj), k.privile)
	return held{holds: isDefault}
}

// privileges compares who may do what, per object, grantee and privilege,
// where both sides describe privileges.
func (c *comparer) privileges() {
	if !c.left.Describes(model.AreaPrivileges) || !c.right.Describes(model.AreaPrivileges) {
		return
	}
	lm, lorder := heldPrivileges(c.left.Privileges)
	rm, rorder := heldPrivileges(c.right.Privileges)
	seen := map[grantKey]bool{}
	lown, rown := ownersByObject(c.left), ownersByObject(c.right)
	loader := loadingRole(lown, rown)
	for _, k := range append(lorder, rorder...) {
		if seen[k] {
			continue
		}
		seen[k] = true
		if k.grantee == impliedOwner(ownerObject(k.obj), lown, rown) {
			// The owner holds every privilege by ownership. Scripts rarely
			// say who loads them, so where the left does not state the
			// owner, a GRANT to the right's owner is implied.
			continue
		}
		if _, stated := lown[ownerObject(k.obj)]; stated && k.grantee == loader && loader != "" {
			// OWNER TO hands the old owner's privileges to the new owner,
			// and the old owner was whoever loaded the scripts: whether
			// such a grant survived depends on an order the model does not
			// keep, so it is not compared.
			continue
		}
		if !c.bothHave(k.obj) || !c.left.DescribesPrivilegesOf(k.obj.Kind) || !c.right.DescribesPrivilegesOf(k.obj.Kind) {
			// The object itself is missing or extra, and that finding says
			// so; or a side cannot say who may use objects of its kind.
			continue
		}
		l, r := lookup(lm, k), lookup(rm, k)
		switch {
		case l.holds && !r.holds:
			c.privilegeFinding(PrivilegeMissing, Medium, k, l, r, "%s grants %s; %s does not")
		case !l.holds && r.holds:
			c.privilegeFinding(PrivilegeExtra, extraSeverity(k, r), k, l, r, "%[3]s grants %[2]s; %[1]s does not")
		case l.holds && l.grantable != r.grantable:
			sev, msg := Low, "%s grants %s WITH GRANT OPTION; %s grants it without"
			if r.grantable {
				sev, msg = High, "%[3]s grants %[2]s WITH GRANT OPTION; %[1]s grants it without"
			}
			c.privilegeFinding(PrivilegeGrantOption, sev, k, l, r, msg)
		}
	}
	c.owners()
}

// writePrivileges change data or what a schema holds.
var writePrivileges = map[string]bool{"INSERT": true, "UPDATE": true, "DELETE": true, "TRUNCATE": true, "CREATE": true}

// extraSeverity ranks a privilege only the right side grants: access
// widened for everyone, passed on, or to write is high.
func extraSeverity(k grantKey, r held) Severity {
	if k.grantee == model.Public || r.grantable || writePrivileges[k.privile] {
		return High
	}
	return Medium
}

// grantText renders one holding for Expected and Actual.
func grantText(k grantKey, h held) string {
	if !h.holds {
		return ""
	}
	s := k.privile + " to " + k.grantee
	if h.grantable {
		s += " WITH GRANT OPTION"
	}
	return s
}

// privilegeFinding adds a finding about k; msg takes the left source,
// "PRIV on OBJECT to GRANTEE" and the right source.
func (c *comparer) privilegeFinding(kind Kind, sev Severity, k grantKey, l, r held, msg string) {
	what := fmt.Sprintf("%s on %s to %s", k.privile, k.obj, k.grantee)
	if model.DefaultPrivileges(k.obj) != nil && k.grantee == model.Public && slices.Contains(model.DefaultPrivileges(k.obj), k.privile) {
		what += " (PostgreSQL's default)"
	}
	schema, table := k.obj.Place()
	c.add(Finding{
		Kind: kind, Severity: sev, Schema: schema, Table: table,
		Object:   model.PrivilegeKey(k.obj, k.grantee, k.privile),
		Expected: grantText(k, l), Actual: grantText(k, r),
		Message: fmt.Sprintf(msg, c.l(), what, c.r()),
		LeftPos: l.pos, RightPos: r.pos,
	})
}

// bothHave reports whether an object is on both sides, as far as the
// model knows: a table or view (and its columns) missing on one side is
// reported as missing, and its privileges would only repeat that.
// Objects the model does not list (sequences, functions, schemas) count
// as present.
func (c *comparer) bothHave(o model.Object) bool {
	if !c.readSchemaOf(o) {
		return false
	}
	if o.Kind != model.ObjTable && o.Kind != model.ObjColumn {
		return true
	}
	lt, lok := relationIn(c.left, o)
	rt, rok := relationIn(c.right, o)
	if lok != rok {
		return false
	}
	if o.Kind == model.ObjColumn && lt != nil && rt != nil {
		_, lc := lt.Column(o.Column)
		_, rc := rt.Column(o.Column)
		return lc == rc
	}
	return true
}

// readSchemaOf reports whether o is in a schema a live side read: a
// database is read for the schemas asked for (--schema), and what the
// scripts grant elsewhere is not in it.
func (c *comparer) readSchemaOf(o model.Object) bool {
	schema := o.Schema
	if o.Kind == model.ObjSchema {
		schema = o.Name
	}
	for _, s := range []*model.Schema{c.left, c.right} {
		if s.Source == model.SourceDB && !slices.Contains(s.Namespaces, schema) {
			return false
		}
	}
	return true
}

// relationIn finds o's table or view in s; the table is nil for a view,
// or for a relation the model lists on neither (a partition, say), which
// counts as present.
func relationIn(s *model.Schema, o model.Object) (*model.Table, bool) {
	if t, ok := s.Table(o.Schema, o.Name); ok {
		return t, true
	}
	if _, ok := s.View(o.Schema, o.Name); ok {
		return nil, true
	}
	for _, t := range s.Tables {
		for _, p := range t.Partitions {
			if p.Schema == o.Schema && p.Name == o.Name {
				return nil, true
			}
		}
	}
	return nil, false
}

// owners compares the owner of every object whose owner the left side
// states. A side that never says who owns an object (scripts without
// OWNER TO) says nothing about it, so only the left's statements count.
func (c *comparer) owners() {
	right := map[model.Object]*model.Owner{}
	for _, o := range c.right.Owners {
		if o != nil {
			right[o.Object] = o
		}
	}
	// (ownersByObject keeps only the role; the position is wanted here.)
	for _, lo := range c.left.Owners {
		if lo == nil || !c.bothHave(lo.Object) {
			continue
		}
		schema, table := lo.Object.Place()
		f := Finding{Kind: OwnerDiffers, Schema: schema, Table: table, Object: "owner", Expected: lo.Role, LeftPos: lo.Pos}
		ro := right[lo.Object]
		switch {
		case ro == nil && c.pair.Right == model.SourceDB:
			continue // the object is not there; its own finding says so
		case ro == nil:
			f.Severity = Low
			f.Message = fmt.Sprintf("%s is owned by %s in %s; %s does not say who owns it", lo.Object, lo.Role, c.l(), c.r())
		case ro.Role != lo.Role:
			f.Severity, f.Actual, f.RightPos = High, ro.Role, ro.Pos
			f.Message = fmt.Sprintf("%s is owned by %s in %s but by %s in %s", lo.Object, lo.Role, c.l(), ro.Role, c.r())
		default:
			continue
		}
		c.add(f)
	}
}

// ownersByObject maps each object a side states the owner of to its owner.
func ownersByObject(s *model.Schema) map[model.Object]string {
	m := make(map[model.Object]string, len(s.Owners))
	for _, o := range s.Owners {
		if o != nil {
			m[o.Object] = o.Role
		}
	}
	return m
}

// ownerObject is the object whose owner owns o: a column's table.
func ownerObject(o model.Object) model.Object {
	if o.Kind == model.ObjColumn {
		return model.Object{Kind: model.ObjTable, Schema: o.Schema, Name: o.Name}
	}
	return o
}

// loadingRole guesses the role that loaded the scripts: the one that owns,
// on the right, most of the objects whose owner the left does not state.
// It is "" when the right states no owners.
func loadingRole(left, right map[model.Object]string) string {
	count := map[string]int{}
	for o, role := range right {
		if _, stated := left[o]; !stated {
			count[role]++
		}
	}
	best := ""
	for role, n := range count {
		if n > count[best] || (n == count[best] && role < best) {
			best = role
		}
	}
	return best
}

// impliedOwner is the owner whose privileges ownership implies: the one the
// left states, else the right's.
func impliedOwner(o model.Object, left, right map[model.Object]string) string {
	if role, ok := left[o]; ok {
		return role
	}
	return right[o]
}
