package sqlparse

import (
	"sort"
	"strconv"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// seqInfo is what the replay knows about a sequence besides its name.
type seqInfo struct {
	// opts is shared with the column for an identity sequence, so that
	// ALTER SEQUENCE and ALTER TABLE ... ALTER COLUMN SET change one value.
	opts *model.SequenceOptions
	// col is the column of the owner table (relation.owner) the sequence
	// is OWNED BY.
	col *model.Column
	pos model.Pos
}

// seqOptions is a parsed list of sequence options (CREATE/ALTER SEQUENCE,
// an identity column's options).
type seqOptions struct {
	elems map[string]*pg_query.DefElem
	// ownedBy is the OWNED BY name list, nil when not given.
	ownedBy []string
}

// parseSeqOptions collects the options, rejecting one given twice as
// PostgreSQL does. generated (ALTER COLUMN SET GENERATED) and
// sequence_name (an identity's SEQUENCE NAME) are left to the caller.
func parseSeqOptions(c *stmtCtx, nodes []*pg_query.Node) (*seqOptions, error) {
	so := &seqOptions{elems: map[string]*pg_query.DefElem{}}
	for _, n := range nodes {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		if _, dup := so.elems[d.Defname]; dup {
			return nil, c.errorf(d.Location, "conflicting or redundant options")
		}
		so.elems[d.Defname] = d
		if d.Defname == "owned_by" {
			so.ownedBy = stringList(d.GetArg().GetList().GetItems())
		}
	}
	return so, nil
}

// defInt64 reads a numeric option value, which the parser keeps as an
// Integer or, beyond 32 bits, as a Float's text.
func defInt64(c *stmtCtx, d *pg_query.DefElem) (int64, error) {
	if i := d.GetArg().GetInteger(); i != nil {
		return int64(i.Ival), nil
	}
	if f := d.GetArg().GetFloat(); f != nil {
		v, err := strconv.ParseInt(f.Fval, 10, 64)
		if err != nil {
			return 0, c.errorf(d.Location, "%s requires an integer value", d.Defname)
		}
		return v, nil
	}
	return 0, c.errorf(d.Location, "%s requires a numeric value", d.Defname)
}

// apply computes the options of a new sequence (cur nil, of type typ unless
// AS says otherwise) or of an altered one, as PostgreSQL's init_params
// does: an option left out takes its default only when the sequence is
// created, except that changing the type moves a bound that was the old
// type's own, and NO MINVALUE / NO MAXVALUE restore the default.
func (r *replayer) applySeqOptions(c *stmtCtx, so *seqOptions, cur *model.SequenceOptions, typ string) (model.SequenceOptions, error) {
	init := cur == nil
	o := model.DefaultSequenceOptions(typ)
	if !init {
		o = *cur
	}
	resetMin, resetMax := false, false
	if d := so.elems["as"]; d != nil {
		if d.GetArg().GetTypeName() == nil {
			return o, c.errorf(d.Location, "sequence type must be smallint, integer, or bigint")
		}
		t, _, err := r.typeName(d.GetArg().GetTypeName())
		if err != nil {
			return o, c.errorf(d.Location, "%v", err)
		}
		_, _, ok := model.TypeBounds(t.Name)
		if !ok || t.Array {
			return o, c.errorf(d.Location, "sequence type must be smallint, integer, or bigint")
		}
		if !init && t.Name != o.Type {
			olo, ohi, _ := model.TypeBounds(o.Type)
			resetMax, resetMin = o.Max == ohi, o.Min == olo
		}
		o.Type = t.Name
	}
	var err error
	num := func(name string, dst *int64) bool {
		d := so.elems[name]
		if d == nil || d.Arg == nil || err != nil {
			return false
		}
		*dst, err = defInt64(c, d)
		return true
	}
	num("increment", &o.Increment)
	if d := so.elems["cycle"]; d != nil {
		o.Cycle = d.GetArg().GetBoolean().GetBoolval()
	}
	lo, hi, _ := model.TypeBounds(o.Type)
	if !num("maxvalue", &o.Max) && (init || so.elems["maxvalue"] != nil || resetMax) {
		o.Max = hi
		if o.Increment < 0 {
			o.Max = -1
		}
	}
	if !num("minvalue", &o.Min) && (init || so.elems["minvalue"] != nil || resetMin) {
		o.Min = 1
		if o.Increment < 0 {
			o.Min = lo
		}
	}
	if !num("start", &o.Start) && init {
		o.Start = o.Min
		if o.Increment < 0 {
			o.Start = o.Max
		}
	}
	num("cache", &o.Cache)
	if err != nil {
		return o, err
	}
	if err := o.Validate(); err != nil {
		return o, c.errorf(-1, "%v", err)
	}
	return o, nil
}

// createSequence replays CREATE SEQUENCE with its options and OWNED BY.
func (r *replayer) createSequence(c *stmtCtx, st *pg_query.CreateSeqStmt) error {
	if st.Sequence == nil {
		return c.errorf(-1, "missing sequence name")
	}
	q, err := r.newRelationName(c, st.Sequence)
	if err != nil {
		return err
	}
	if r.rels[q] != nil {
		if st.IfNotExists {
			return nil
		}
		return c.errorf(st.Sequence.Location, "relation %q already exists", q.Name)
	}
	so, err := parseSeqOptions(c, st.Options)
	if err != nil {
		return err
	}
	opts, err := r.applySeqOptions(c, so, nil, "bigint")
	if err != nil {
		return err
	}
	rel := &relation{kind: relSequence, seq: &seqInfo{opts: &opts, pos: c.stmtPos()}}
	if err := r.setOwnedBy(c, q, rel, so.ownedBy); err != nil {
		return err
	}
	r.rels[q] = rel
	return nil
}

// alterSequence replays ALTER SEQUENCE: options and OWNED BY. RESTART
// (like setval) changes the current value, which is data.
func (r *replayer) alterSequence(c *stmtCtx, st *pg_query.AlterSeqStmt) error {
	rel, q, err := r.lookupRange(c, st.Sequence, st.MissingOk)
	if rel == nil || err != nil {
		return err
	}
	if rel.kind != relSequence {
		return c.errorf(st.Sequence.Location, "%q is not a sequence", q.Name)
	}
	so, err := parseSeqOptions(c, st.Options)
	if err != nil {
		return err
	}
	info := r.seqInfo(rel)
	opts, err := r.applySeqOptions(c, so, info.opts, "")
	if err != nil {
		return err
	}
	*info.opts = opts
	return r.setOwnedBy(c, q, rel, so.ownedBy)
}

// seqInfo returns the sequence's info, making one for a sequence whose
// options were not known (none today, but a relation made elsewhere).
func (r *replayer) seqInfo(rel *relation) *seqInfo {
	if rel.seq == nil {
		o := model.DefaultSequenceOptions("bigint")
		rel.seq = &seqInfo{opts: &o}
	}
	return rel.seq
}

// setOwnedBy replays OWNED BY table.column | NONE for the sequence q.
func (r *replayer) setOwnedBy(c *stmtCtx, q model.QName, rel *relation, names []string) error {
	if names == nil {
		return nil
	}
	info := r.seqInfo(rel)
	if len(names) == 1 && names[0] == "none" {
		rel.owner, info.col = nil, nil
		return nil
	}
	if len(names) < 2 {
		return c.errorf(-1, "invalid OWNED BY option")
	}
	tschema, tname := splitName(names[:len(names)-1])
	trel, tq := r.lookupRel(tschema, tname)
	if trel == nil {
		return c.errorf(-1, "relation %q does not exist", displayName(tq))
	}
	if trel.kind != relTable {
		return c.errorf(-1, "sequence cannot be owned by relation %q", tq.Name)
	}
	if trel.table.Schema != q.Schema {
		return c.errorf(-1, "sequence must be in same schema as table it is linked to")
	}
	col, ok := trel.table.Column(names[len(names)-1])
	if !ok {
		return c.errorf(-1, "column %q of relation %q does not exist", names[len(names)-1], trel.table.Name)
	}
	rel.owner, info.col = trel.table, col
	if state := r.tables[trel.table]; state != nil {
		// Listed with the table's sequences so that they are dropped and
		// moved with it.
		state.sequences = append(state.sequences, q)
	}
	return nil
}

// serialSequence is the info of a serial or identity column's sequence,
// of the column's type; an identity column shares its options.
func serialSequence(col *model.Column, pos model.Pos) *seqInfo {
	if col.IdentityOptions != nil {
		return &seqInfo{opts: col.IdentityOptions, col: col, pos: pos}
	}
	o := model.DefaultSequenceOptions(col.Type.Name)
	return &seqInfo{opts: &o, col: col, pos: pos}
}

// identityOptions returns the options of a new identity column, and
// records the name its SEQUENCE NAME option gives the sequence (pg_dump
// writes it out).
func (r *replayer) identityOptions(c *stmtCtx, col *model.Column, nodes []*pg_query.Node) (*model.SequenceOptions, error) {
	so, err := parseSeqOptions(c, nodes)
	if err != nil {
		return nil, err
	}
	if d := so.elems["sequence_name"]; d != nil {
		if names := stringList(d.GetArg().GetList().GetItems()); len(names) > 0 {
			if r.seqNames == nil {
				r.seqNames = map[*model.Column]string{}
			}
			r.seqNames[col] = names[len(names)-1]
		}
	}
	typ := col.Type.Name
	if _, _, ok := model.TypeBounds(typ); !ok {
		typ = "bigint" // a domain over an integer type
	}
	o, err := r.applySeqOptions(c, so, nil, typ)
	if err != nil {
		return nil, err
	}
	return &o, nil
}

// alterIdentityOptions replays ALTER COLUMN SET INCREMENT BY / START /
// ... / RESTART of an identity column; generated is the caller's.
func (r *replayer) alterIdentityOptions(c *stmtCtx, col *model.Column, nodes []*pg_query.Node) error {
	var rest []*pg_query.Node
	for _, n := range nodes {
		if d := n.GetDefElem(); d != nil && d.Defname != "generated" {
			rest = append(rest, n)
		}
	}
	if len(rest) == 0 {
		return nil
	}
	so, err := parseSeqOptions(c, rest)
	if err != nil {
		return err
	}
	if col.IdentityOptions == nil {
		o := model.DefaultSequenceOptions(col.Type.Name)
		col.IdentityOptions = &o
	}
	o, err := r.applySeqOptions(c, so, col.IdentityOptions, "")
	if err != nil {
		return err
	}
	*col.IdentityOptions = o
	return nil
}

// retypeIdentity follows ALTER COLUMN TYPE on an identity column, which
// changes its sequence's type as AS would (a serial's sequence keeps its own).
func retypeIdentity(col *model.Column) {
	o := col.IdentityOptions
	if o == nil || col.Identity == "" {
		return
	}
	lo, hi, ok := model.TypeBounds(col.Type.Name)
	if !ok || o.Type == col.Type.Name {
		return
	}
	olo, ohi, _ := model.TypeBounds(o.Type)
	if o.Max == ohi {
		o.Max = hi
	}
	if o.Min == olo {
		o.Min = lo
	}
	o.Type = col.Type.Name
}

// finishSequences lists the sequences that exist after the last statement:
// every sequence relation not behind an identity column, in name order.
// Names are read off the relation namespace, which renames, SET SCHEMA and
// drops maintain.
func (r *replayer) finishSequences() {
	r.s.Sequences = nil
	for q, rel := range r.rels {
		if rel.kind != relSequence || q.Schema == "pg_temp" {
			continue
		}
		info := r.seqInfo(rel)
		s := &model.Sequence{Schema: q.Schema, Name: q.Name, Options: *info.opts, Pos: info.pos}
		if rel.owner != nil && info.col != nil {
			if info.col.Identity != "" && info.opts == info.col.IdentityOptions {
				continue // the column's own
			}
			if _, ok := rel.owner.Column(info.col.Name); !ok {
				continue // dropped with its column
			}
			s.OwnedBy = model.ColumnRef{Schema: rel.owner.Schema, Table: rel.owner.Name, Column: info.col.Name}
		}
		r.s.Sequences = append(r.s.Sequences, s)
	}
	sort.Slice(r.s.Sequences, func(i, j int) bool {
		a, b := r.s.Sequences[i], r.s.Sequences[j]
		if a.Schema != b.Schema {
			return a.Schema < b.Schema
		}
		return a.Name < b.Name
	})
}
