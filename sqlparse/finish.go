package sqlparse

import (
	"slices"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// Finishing a table statement: the queued keys, checks, exclusions and
// foreign keys are named as PostgreSQL names them, checked, added to the
// table and registered.

// finished is what finish has named and checked, ready to be applied.
type finished struct {
	seqs        []string // names of the serial columns' sequences, as b.serials
	checks      []*model.Check
	keys        []*model.Key
	pk          *model.Key // among keys
	exclusions  []*model.Exclusion
	fks         []*model.ForeignKey
	pendingRefs []*model.ForeignKey // keys whose referenced columns are not known yet
}

// finish names and adds the queued constraints, then registers the names.
// Nothing is applied until everything has been checked, so a failed
// statement leaves the table as it was.
func (b *builder) finish() error {
	f := &finished{seqs: make([]string, len(b.serials))}
	b.nameSequences(f.seqs)
	var err error
	if f.checks, err = b.finishChecks(); err != nil {
		return err
	}
	if f.keys, f.pk, err = b.finishKeys(); err != nil {
		return err
	}
	if f.exclusions, err = b.finishExclusions(); err != nil {
		return err
	}
	if f.fks, f.pendingRefs, err = b.finishFKs(f.pk); err != nil {
		return err
	}
	b.apply(f)
	if !b.snapshot {
		b.register(f)
	}
	for _, x := range f.exclusions {
		b.state.exclusions = append(b.state.exclusions, x.Name)
	}
	b.serials, b.checks, b.keys, b.fks, b.exclusions = nil, nil, nil, nil, nil
	return nil
}

// nameSequences names the serial columns' sequences into seqs.
func (b *builder) nameSequences(seqs []string) {
	for i, col := range b.serials {
		name, ok := b.r.seqNames[col]
		if !ok {
			name = chooseName(b.t.Name, col.Name, true, "seq", b.relTaken)
		}
		b.takenRel[name] = true
		seqs[i] = name
	}
}

func (b *builder) finishChecks() ([]*model.Check, error) {
	c, t := b.c, b.t
	var out []*model.Check
	for _, pc := range b.checks {
		refs := normalize.ColumnRefs(pc.expr)
		for _, col := range refs {
			if !b.hasColumn(col) {
				return nil, c.errorf(pc.loc, "column %q does not exist", col)
			}
		}
		name := pc.name
		if name != "" {
			if b.hasConstraint(name) {
				return nil, c.errorf(pc.loc, "constraint %q for relation %q already exists", name, t.Name)
			}
		} else if len(refs) == 1 {
			// PostgreSQL names a CHECK after its column when it
			// references exactly one, wherever it was written.
			name = chooseName(t.Name, refs[0], true, "check", b.conTaken)
		} else {
			name = chooseName(t.Name, "", false, "check", b.conTaken)
		}
		b.takenCon[name] = true
		expr, err := normalize.ExprNode(pc.expr)
		if err != nil {
			return nil, c.errorf(pc.loc, "%v", err)
		}
		ch := &model.Check{Name: name, Expr: expr, NoInherit: pc.noInherit, Pos: c.pos(pc.loc), NotValid: pc.notValid}
		out = append(out, ch)
		b.state.checkAST[ch] = pc.expr
	}
	return out, nil
}

func (b *builder) finishKeys() (keys []*model.Key, pk *model.Key, err error) {
	pending, err := b.orderKeys()
	if err != nil {
		return nil, nil, err
	}
	for _, pkey := range pending {
		k, err := b.makeKey(pkey)
		if err != nil {
			return nil, nil, err
		}
		if pkey.primary {
			pk = k
		}
		keys = append(keys, k)
	}
	return keys, pk, nil
}

func (b *builder) finishExclusions() ([]*model.Exclusion, error) {
	var out []*model.Exclusion
	for _, ex := range b.exclusions {
		x, err := normalize.Exclusion(ex.con)
		if err != nil {
			return nil, b.c.errorf(ex.con.Location, "%v", err)
		}
		for _, col := range exclusionColumns(x) {
			if !b.hasColumn(col) {
				return nil, b.c.errorf(ex.con.Location, "column %q named in key does not exist", col)
			}
		}
		name := ex.name
		if name == "" {
			name = chooseName(b.t.Name, model.NameAddition(ex.colNames), true, "excl", func(n string) bool { return b.relTaken(n) || b.conTaken(n) })
		} else if b.relTaken(name) {
			return nil, b.c.errorf(-1, "relation %q already exists", name)
		}
		b.takenRel[name], b.takenCon[name] = true, true
		x.Name, x.Pos = name, b.c.pos(ex.con.Location)
		x.Deferrable, x.InitiallyDeferred = ex.con.Deferrable, ex.con.Deferrable && ex.con.Initdeferred
		b.state.exclusionAST[x], b.state.exclusionNames[x] = ex.con, ex.colNames
		out = append(out, x)
	}
	return out, nil
}

// exclusionColumns lists the plain columns an exclusion constraint names.
func exclusionColumns(x *model.Exclusion) []string {
	var cols []string
	for _, k := range x.Index.Keys {
		if k.Column != "" {
			cols = append(cols, k.Column)
		}
	}
	return append(cols, x.Index.Include...)
}

func (b *builder) finishFKs(pk *model.Key) (fks, pendingRefs []*model.ForeignKey, err error) {
	for _, pf := range b.fks {
		fk, needsPK, err := b.makeFK(pf, pk)
		if err != nil {
			return nil, nil, err
		}
		if fk.NotValid && b.t.PartitionBy != "" {
			return nil, nil, b.c.errorf(pf.loc, "cannot add NOT VALID foreign key on partitioned table %q referencing relation %q", b.t.Name, fk.RefTable)
		}
		fks = append(fks, fk)
		if needsPK {
			pendingRefs = append(pendingRefs, fk)
		}
	}
	return fks, pendingRefs, nil
}

// apply adds what finish checked to the table and its state.
func (b *builder) apply(f *finished) {
	t := b.t
	for i, name := range f.seqs {
		q := model.QName{Schema: t.Schema, Name: name}
		if !b.snapshot {
			b.r.rels[q] = &relation{kind: relSequence, owner: t, seq: serialSequence(b.serials[i], t.Pos)}
		}
		b.state.sequences = append(b.state.sequences, q)
		b.state.seqOf[b.serials[i]] = q
	}
	t.Checks = append(t.Checks, f.checks...)
	for _, k := range f.keys {
		if k == f.pk {
			t.PrimaryKey = k
			for _, name := range k.Columns {
				if col, ok := t.Column(name); ok {
					col.NotNull = true
				}
			}
		} else {
			t.Uniques = append(t.Uniques, k)
		}
	}
	t.ForeignKeys = append(t.ForeignKeys, f.fks...)
	t.Exclusions = append(t.Exclusions, f.exclusions...)
}

// register records the names finish took in the replayer's namespaces,
// which a snapshot (a skipped duplicate definition) must not claim.
func (b *builder) register(f *finished) {
	r, schema := b.r, b.t.Schema
	for _, ch := range f.checks {
		r.cons[model.QName{Schema: schema, Name: ch.Name}]++
	}
	for _, k := range f.keys {
		r.rels[model.QName{Schema: schema, Name: k.Name}] = &relation{kind: relIndex, table: b.t, key: k}
		r.cons[model.QName{Schema: schema, Name: k.Name}]++
	}
	for _, fk := range f.fks {
		r.cons[model.QName{Schema: schema, Name: fk.Name}]++
	}
	for _, x := range f.exclusions {
		r.rels[model.QName{Schema: schema, Name: x.Name}] = &relation{kind: relIndex, table: b.t}
		r.cons[model.QName{Schema: schema, Name: x.Name}]++
	}
	for _, fk := range f.pendingRefs {
		r.pending = append(r.pending, pendingRef{fk: fk, pos: fk.Pos})
	}
}

// orderKeys puts the primary key first and drops keys identical to an
// earlier one, as transformIndexConstraints does.
func (b *builder) orderKeys() ([]*pendingKey, error) {
	var out []*pendingKey
	for _, k := range b.keys {
		if !k.primary {
			continue
		}
		if len(out) > 0 || b.t.PrimaryKey != nil {
			return nil, b.c.errorf(k.loc, "multiple primary keys for table %q are not allowed", b.t.Name)
		}
		out = append(out, k)
	}
next:
	for _, k := range b.keys {
		if k.primary {
			continue
		}
		for _, prior := range out {
			if k.indexName == "" && prior.indexName == "" && slices.Equal(k.cols, prior.cols) &&
				k.nnd == prior.nnd && k.deferrable == prior.deferrable && k.deferred == prior.deferred {
				if prior.name == "" {
					prior.name = k.name
				}
				continue next
			}
		}
		out = append(out, k)
	}
	return out, nil
}

// makeKey names a primary key or unique constraint; the index behind it
// takes the same name in the relation namespace.
func (b *builder) makeKey(pk *pendingKey) (*model.Key, error) {
	c, t := b.c, b.t
	k := &model.Key{Name: pk.name, Columns: append([]string(nil), pk.cols...), NullsNotDistinct: pk.nnd,
		Deferrable: pk.deferrable, InitiallyDeferred: pk.deferrable && pk.deferred, Pos: c.pos(pk.loc)}
	if pk.indexName != "" {
		if err := b.adoptIndex(pk, k); err != nil {
			return nil, err
		}
	}
	for _, col := range k.Columns {
		if !b.hasColumn(col) {
			return nil, c.errorf(pk.loc, "column %q named in key does not exist", col)
		}
	}
	switch {
	case k.Name != "" && pk.indexName != "":
	case k.Name != "":
		if b.relTaken(k.Name) {
			return nil, c.errorf(pk.loc, "relation %q already exists", k.Name)
		}
		if b.hasConstraint(k.Name) {
			return nil, c.errorf(pk.loc, "constraint %q for relation %q already exists", k.Name, t.Name)
		}
	case pk.primary:
		k.Name = chooseName(t.Name, "", false, "pkey", func(n string) bool { return b.relTaken(n) || b.conTaken(n) })
	default:
		k.Name = chooseName(t.Name, model.NameAddition(keyColNames(pk, k)), true, "key", func(n string) bool { return b.relTaken(n) || b.conTaken(n) })
	}
	b.state.keyNames[k] = keyColNames(pk, k)
	b.takenRel[k.Name], b.takenCon[k.Name] = true, true
	return k, nil
}

func keyColNames(pk *pendingKey, k *model.Key) []string {
	if pk.colNames != nil {
		return pk.colNames
	}
	return append([]string(nil), k.Columns...)
}

// adoptIndex turns an existing unique index into the index of a new
// constraint (ADD CONSTRAINT ... USING INDEX); the index takes the
// constraint's name.
func (b *builder) adoptIndex(pk *pendingKey, k *model.Key) error {
	c, t, r := b.c, b.t, b.r
	q := model.QName{Schema: t.Schema, Name: pk.indexName}
	rel := r.rels[q]
	if rel == nil || rel.kind != relIndex {
		return c.errorf(pk.loc, "index %q does not exist", pk.indexName)
	}
	if rel.table != t || rel.index == nil {
		return c.errorf(pk.loc, "index %q is already associated with a constraint", pk.indexName)
	}
	ix := rel.index
	if !ix.Unique {
		return c.errorf(pk.loc, "%q is not a unique index", pk.indexName)
	}
	if ix.Where != "" || len(ix.Include) > 0 {
		return c.errorf(pk.loc, "index %q cannot be used for a constraint", pk.indexName)
	}
	k.Columns = nil
	for _, key := range ix.Keys {
		if key.Column == "" {
			return c.errorf(pk.loc, "index %q contains expressions", pk.indexName)
		}
		k.Columns = append(k.Columns, key.Column)
	}
	k.NullsNotDistinct = ix.NullsNotDistinct
	if k.Name == "" {
		k.Name = pk.indexName
	} else if k.Name != pk.indexName && b.relTaken(k.Name) {
		return c.errorf(pk.loc, "relation %q already exists", k.Name)
	}
	if !b.snapshot {
		// The index keeps its place as replica identity under its new name.
		replica := t.ReplicaIdentity == model.ReplicaIndexed && t.ReplicaIndex == ix.Name
		r.removeIndex(t, ix)
		if replica {
			t.ReplicaIndex = k.Name
		}
	}
	return nil
}

// makeFK resolves and names a foreign key. needsPK reports a key whose
// referenced columns wait for the target's primary key.
func (b *builder) makeFK(pf *pendingFK, newPK *model.Key) (*model.ForeignKey, bool, error) {
	c, t, con := b.c, b.t, pf.con
	for _, col := range pf.cols {
		if !b.hasColumn(col) {
			return nil, false, c.errorf(pf.loc, "column %q referenced in foreign key constraint does not exist", col)
		}
	}
	fk := &model.ForeignKey{
		Name: ident(con.Conname), Columns: append([]string(nil), pf.cols...), RefColumns: stringList(con.PkAttrs),
		OnDelete: normalize.FKAction(con.FkDelAction), OnUpdate: normalize.FKAction(con.FkUpdAction),
		Deferrable: pf.deferrable, InitiallyDeferred: pf.deferrable && pf.deferred, Pos: c.pos(pf.loc), NotValid: pf.notValid,
	}
	switch con.FkMatchtype {
	case "f":
		fk.Match = "FULL"
	case "p":
		fk.Match = "PARTIAL"
	}
	rv := con.Pktable
	if rv == nil {
		return nil, false, c.errorf(pf.loc, "foreign key without a referenced table")
	}
	var target *model.Table
	targetPK := (*model.Key)(nil)
	rel, q := b.r.lookupRel(rv.Schemaname, rv.Relname)
	self := ident(rv.Relname) == t.Name && (rv.Schemaname == "" || ident(rv.Schemaname) == t.Schema) &&
		(rel == nil || rel.table == t || (b.snapshot && rel.kind == relTable && rel.table.Schema == t.Schema))
	switch {
	case self:
		target = t
		targetPK = newPK
		if targetPK == nil {
			targetPK = t.PrimaryKey
		}
	case rel == nil:
		return nil, false, c.errorf(rv.Location, "relation %q does not exist", displayName(q))
	case rel.kind != relTable:
		return nil, false, c.errorf(rv.Location, "referenced relation %q is not a table", displayName(q))
	default:
		target = rel.table
		targetPK = target.PrimaryKey
	}
	fk.RefSchema, fk.RefTable = target.Schema, target.Name
	needsPK := false
	if len(fk.RefColumns) == 0 {
		if targetPK != nil {
			fk.RefColumns = append([]string(nil), targetPK.Columns...)
		} else {
			// PostgreSQL rejects this; the key is resolved against the
			// primary key the table has once the scripts are done.
			needsPK = true
			if !b.snapshot {
				b.r.warn(c.pos(rv.Location), "there is no primary key for referenced table %q yet", target.Name)
			}
		}
	} else if !b.targetOpaque(target) {
		for _, col := range fk.RefColumns {
			if _, ok := target.Column(col); !ok {
				return nil, false, c.errorf(rv.Location, "column %q referenced in foreign key constraint does not exist", col)
			}
		}
	}
	for i, col := range fk.RefColumns {
		if slices.Contains(fk.RefColumns[:i], col) {
			return nil, false, c.errorf(pf.loc, "foreign key referenced-columns list must not contain duplicates")
		}
	}
	if len(fk.RefColumns) > 0 && len(fk.RefColumns) != len(fk.Columns) {
		return nil, false, c.errorf(pf.loc, "number of referencing and referenced columns for foreign key disagree")
	}
	if fk.Name != "" {
		if b.hasConstraint(fk.Name) {
			return nil, false, c.errorf(pf.loc, "constraint %q for relation %q already exists", fk.Name, t.Name)
		}
	} else {
		fk.Name = chooseName(t.Name, model.NameAddition(fk.Columns), true, "fkey", b.conTaken)
	}
	b.takenCon[fk.Name] = true
	return fk, needsPK, nil
}

// targetOpaque reports whether the columns of a foreign key's target are
// unknown.
func (b *builder) targetOpaque(target *model.Table) bool {
	if target == b.t {
		return b.state.opaque
	}
	return b.r.tables[target].opaque
}

// createIndexes creates the indexes a CREATE TABLE implies (LIKE INCLUDING
// INDEXES, partitions of a table with indexes).
func (b *builder) createIndexes() error {
	for _, st := range b.indexes {
		if err := b.r.addIndex(b.c, b.t, st, b); err != nil {
			return err
		}
	}
	b.indexes = nil
	return nil
}
