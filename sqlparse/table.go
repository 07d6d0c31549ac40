package sqlparse

import (
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// CREATE TABLE ... (LIKE src INCLUDING ...) option bits (TableLikeOption).
const (
	likeConstraints = 1 << 2
	likeDefaults    = 1 << 3
	likeGenerated   = 1 << 4
	likeIdentity    = 1 << 5
	likeIndexes     = 1 << 6
)

type pendingKey struct {
	primary    bool
	name       string
	cols       []string
	nnd        bool
	deferrable bool
	deferred   bool
	loc        int32
	indexName  string // ADD CONSTRAINT ... USING INDEX
	// colNames, when set, are the index column names to name the key by
	// (a copy of another table's key).
	colNames []string
}

type pendingCheck struct {
	name      string
	expr      *pg_query.Node
	noInherit bool
	loc       int32
	notValid  bool
}

type pendingExcl struct {
	name     string
	colNames []string
	con      *pg_query.Constraint
}

type pendingFK struct {
	con        *pg_query.Constraint
	cols       []string
	deferrable bool
	deferred   bool
	loc        int32
	notValid   bool
}

// builder adds columns and constraints to a table, for CREATE TABLE and
// for ALTER TABLE ADD. Names are chosen in finish, in the order PostgreSQL
// chooses them: sequences, CHECKs, the primary key and unique keys, then
// foreign keys.
//
// A snapshot builder builds the table a skipped CREATE TABLE IF NOT EXISTS
// would have created: names are chosen as if the table were new, and
// nothing is registered.
type builder struct {
	r        *replayer
	c        *stmtCtx
	t        *model.Table
	state    *tableState
	snapshot bool
	creating bool // CREATE TABLE (vs ALTER TABLE)

	takenRel map[string]bool
	takenCon map[string]bool

	serials    []*model.Column
	checks     []*pendingCheck
	keys       []*pendingKey
	fks        []*pendingFK
	exclusions []*pendingExcl
	inherited  map[string]bool
	indexes    []*pg_query.IndexStmt // indexes to create once the table exists
	// last is the key or foreign key that CONSTR_ATTR_* nodes modify.
	lastKey *pendingKey
	lastFK  *pendingFK
}

func (r *replayer) newBuilder(c *stmtCtx, t *model.Table, state *tableState, snapshot, creating bool) *builder {
	return &builder{
		r: r, c: c, t: t, state: state, snapshot: snapshot, creating: creating,
		takenRel: map[string]bool{}, takenCon: map[string]bool{}, inherited: map[string]bool{},
	}
}

func newTableState() *tableState {
	return &tableState{
		checkAST:   map[*model.Check]*pg_query.Node{},
		indexAST:   map[*model.Index]*pg_query.IndexStmt{},
		generated:  map[*model.Column]*pg_query.Node{},
		seqOf:      map[*model.Column]model.QName{},
		keyNames:   map[*model.Key][]string{},
		indexNames: map[*model.Index][]string{},

		exclusionAST:   map[*model.Exclusion]*pg_query.Constraint{},
		exclusionNames: map[*model.Exclusion][]string{},
	}
}

func (b *builder) relTaken(name string) bool {
	return b.takenRel[name] || (!b.snapshot && b.r.rels[model.QName{Schema: b.t.Schema, Name: name}] != nil)
}

func (b *builder) conTaken(name string) bool {
	return b.takenCon[name] || (!b.snapshot && b.r.cons[model.QName{Schema: b.t.Schema, Name: name}] > 0)
}

// hasConstraint reports whether the table already has a constraint of that
// name, counting the ones this statement adds.
func (b *builder) hasConstraint(name string) bool {
	if b.takenCon[name] {
		return true
	}
	return tableHasConstraint(b.t, name)
}

func tableHasConstraint(t *model.Table, name string) bool {
	if t.PrimaryKey != nil && t.PrimaryKey.Name == name {
		return true
	}
	for _, k := range t.Uniques {
		if k.Name == name {
			return true
		}
	}
	for _, ch := range t.Checks {
		if ch.Name == name {
			return true
		}
	}
	for _, fk := range t.ForeignKeys {
		if fk.Name == name {
			return true
		}
	}
	return false
}

func (b *builder) hasColumn(name string) bool {
	if b.state.opaque {
		return true
	}
	_, ok := b.t.Column(name)
	return ok
}

// ---- CREATE TABLE ----

func (r *replayer) createTable(c *stmtCtx, st *pg_query.CreateStmt) error {
	rv := st.Relation
	if rv == nil {
		return c.errorf(-1, "missing table name")
	}
	q, err := r.newRelationName(c, rv)
	if err != nil {
		return err
	}
	if rel := r.rels[q]; rel != nil {
		if !st.IfNotExists {
			return c.errorf(rv.Location, "relation %q already exists", q.Name)
		}
		if rel.kind == relTable && !r.tables[rel.table].hidden {
			r.recordDuplicate(c, rel.table, st, q)
		}
		return nil
	}
	if _, ok := r.types[q]; ok {
		return c.errorf(rv.Location, "type %q already exists", q.Name)
	}
	bound := ""
	if st.Partbound != nil {
		if bound, err = normalize.PartitionBound(st.Partbound); err != nil {
			return c.errorf(st.Partbound.Location, "%v", err)
		}
	}
	t := &model.Table{Schema: q.Schema, Name: q.Name, Pos: c.stmtPos()}
	state := newTableState()
	b := r.newBuilder(c, t, state, false, true)
	if err := b.define(st); err != nil {
		return err
	}
	if err := b.finish(); err != nil {
		return err
	}
	if st.Partbound != nil {
		state.hidden = true
		r.addTable(t, state)
		r.linkPartition(state.parent, t, bound, c.stmtPos())
		return b.createIndexes()
	}
	if rv.Relpersistence == "t" {
		state.hidden = true
	}
	r.addTable(t, state)
	return b.createIndexes()
}

// newRelationName resolves where a new relation goes; temporary tables go
// to pg_temp.
func (r *replayer) newRelationName(c *stmtCtx, rv *pg_query.RangeVar) (model.QName, error) {
	if rv.Relpersistence == "t" {
		return model.QName{Schema: "pg_temp", Name: ident(rv.Relname)}, nil
	}
	schema, err := r.creationSchema(c, rv.Schemaname, rv.Location)
	if err != nil {
		return model.QName{}, err
	}
	return model.QName{Schema: schema, Name: ident(rv.Relname)}, nil
}

// recordDuplicate builds the table a skipped CREATE TABLE IF NOT EXISTS
// describes, for Schema.Duplicates.
func (r *replayer) recordDuplicate(c *stmtCtx, first *model.Table, st *pg_query.CreateStmt, q model.QName) {
	later := &model.Table{Schema: q.Schema, Name: q.Name, Pos: c.stmtPos()}
	b := r.newBuilder(c, later, newTableState(), true, true)
	err := b.define(st)
	if err == nil {
		err = b.finish()
	}
	if err == nil {
		err = b.createIndexes()
	}
	if err != nil {
		r.warn(c.stmtPos(), "later definition of %s not compared: %v", displayName(q), err)
		return
	}
	r.s.Duplicates = append(r.s.Duplicates, &model.Duplicate{First: first, Later: later})
}

// addTable registers a new table.
func (r *replayer) addTable(t *model.Table, state *tableState) {
	rel := &relation{kind: relTable, table: t}
	state.rel = rel
	r.rels[t.QName()] = rel
	r.tables[t] = state
	r.all = append(r.all, t)
	if !state.hidden {
		r.s.AddTable(t)
		r.s.AddNamespace(t.Schema)
	}
}

// define adds what a CREATE TABLE statement declares to the builder's table.
func (b *builder) define(st *pg_query.CreateStmt) error {
	c := b.c
	if st.OfTypename != nil {
		b.r.warn(c.stmtPos(), "CREATE TABLE OF type: the type's columns are not known")
		b.state.opaque = true
	}
	if st.Partbound != nil {
		if err := b.inheritPartitionParent(st); err != nil {
			return err
		}
	} else {
		for _, p := range st.InhRelations {
			if err := b.inherit(p.GetRangeVar()); err != nil {
				return err
			}
		}
	}
	for _, e := range st.TableElts {
		var err error
		switch v := e.Node.(type) {
		case *pg_query.Node_ColumnDef:
			err = b.addColumn(v.ColumnDef)
		case *pg_query.Node_Constraint:
			err = b.tableConstraint(v.Constraint)
		case *pg_query.Node_TableLikeClause:
			err = b.like(v.TableLikeClause)
		}
		if err != nil {
			return err
		}
	}
	for _, con := range st.Constraints {
		if err := b.tableConstraint(con.GetConstraint()); err != nil {
			return err
		}
	}
	if st.Partspec != nil {
		pb, err := normalize.PartitionSpec(st.Partspec)
		if err != nil {
			return c.errorf(st.Partspec.Location, "%v", err)
		}
		for _, p := range st.Partspec.PartParams {
			if e := p.GetPartitionElem(); e != nil && e.Name != "" && !b.hasColumn(ident(e.Name)) {
				return c.errorf(e.Location, "column %q named in partition key does not exist", ident(e.Name))
			}
		}
		b.t.PartitionBy = pb
		b.state.partSpec = st.Partspec
	}
	return nil
}

// addColumn adds a column definition (CREATE TABLE element or ADD COLUMN).
func (b *builder) addColumn(cd *pg_query.ColumnDef) error {
	c := b.c
	name := ident(cd.Colname)
	if existing, ok := b.t.Column(name); ok {
		if b.inherited[name] {
			return b.mergeColumn(existing, cd)
		}
		if b.creating {
			return c.errorf(cd.Location, "column %q specified more than once", name)
		}
		return c.errorf(cd.Location, "column %q of relation %q already exists", name, b.t.Name)
	}
	if cd.TypeName == nil {
		return c.errorf(cd.Location, "column %q does not exist", name)
	}
	typ, serial, err := b.r.typeName(cd.TypeName)
	if err != nil {
		return c.errorf(cd.TypeName.Location, "%v", err)
	}
	col := &model.Column{Name: name, Type: typ, Pos: c.pos(cd.Location)}
	if serial {
		col.NotNull, col.AutoIncrement = true, true
		b.serials = append(b.serials, col)
	}
	if cd.CollClause != nil {
		col.Collation = collationName(cd.CollClause.Collname)
	}
	if err := b.columnConstraints(col, cd, serial); err != nil {
		return err
	}
	b.t.Columns = append(b.t.Columns, col)
	return nil
}

func collationName(parts []*pg_query.Node) string {
	names := stringList(parts)
	if len(names) == 2 && names[0] == "pg_catalog" {
		names = names[1:]
	}
	s := strings.Join(names, ".")
	if s == "default" {
		return ""
	}
	return s
}

// mergeColumn applies a column definition to a column inherited from a
// parent table, as PostgreSQL merges them.
func (b *builder) mergeColumn(col *model.Column, cd *pg_query.ColumnDef) error {
	delete(b.inherited, col.Name)
	if cd.TypeName != nil {
		typ, _, err := b.r.typeName(cd.TypeName)
		if err != nil {
			return b.c.errorf(cd.TypeName.Location, "%v", err)
		}
		if !typ.Equal(col.Type) {
			return b.c.errorf(cd.Location, "column %q has a type conflict: %s versus %s", col.Name, col.Type, typ)
		}
	}
	col.Pos = b.c.pos(cd.Location)
	return b.columnConstraints(col, cd, false)
}

// columnConstraints applies the constraints written on a column.
func (b *builder) columnConstraints(col *model.Column, cd *pg_query.ColumnDef, serial bool) error {
	c := b.c
	explicitNull, hasDefault := false, serial
	b.lastKey, b.lastFK = nil, nil
	for _, n := range cd.Constraints {
		con := n.GetConstraint()
		if con == nil {
			continue
		}
		switch con.Contype {
		case pg_query.ConstrType_CONSTR_NULL:
			if col.NotNull && !serial {
				return c.errorf(con.Location, "conflicting NULL/NOT NULL declarations for column %q of table %q", col.Name, b.t.Name)
			}
			explicitNull = true
		case pg_query.ConstrType_CONSTR_NOTNULL:
			if explicitNull {
				return c.errorf(con.Location, "conflicting NULL/NOT NULL declarations for column %q of table %q", col.Name, b.t.Name)
			}
			col.NotNull = true
		case pg_query.ConstrType_CONSTR_DEFAULT:
			if hasDefault {
				return c.errorf(con.Location, "multiple default values specified for column %q of table %q", col.Name, b.t.Name)
			}
			if col.Identity != "" {
				return c.errorf(con.Location, "both default and identity specified for column %q of table %q", col.Name, b.t.Name)
			}
			hasDefault = true
			def, autoInc, err := normalize.DefaultNode(con.RawExpr, col.Type)
			if err != nil {
				return c.errorf(con.Location, "%v", err)
			}
			col.Default, col.AutoIncrement = def, col.AutoIncrement || autoInc
		case pg_query.ConstrType_CONSTR_IDENTITY:
			if hasDefault {
				return c.errorf(con.Location, "both default and identity specified for column %q of table %q", col.Name, b.t.Name)
			}
			if col.Identity != "" {
				return c.errorf(con.Location, "multiple identity specifications for column %q of table %q", col.Name, b.t.Name)
			}
			if err := b.setIdentity(col, con); err != nil {
				return err
			}
		case pg_query.ConstrType_CONSTR_GENERATED:
			gen, err := normalize.ExprNode(con.RawExpr)
			if err != nil {
				return c.errorf(con.Location, "%v", err)
			}
			col.Generated = gen
			b.state.generated[col] = con.RawExpr
		case pg_query.ConstrType_CONSTR_CHECK:
			b.checks = append(b.checks, &pendingCheck{name: ident(con.Conname), expr: con.RawExpr, noInherit: con.IsNoInherit, loc: con.Location})
		case pg_query.ConstrType_CONSTR_PRIMARY, pg_query.ConstrType_CONSTR_UNIQUE:
			k := &pendingKey{
				primary: con.Contype == pg_query.ConstrType_CONSTR_PRIMARY, name: ident(con.Conname),
				cols: []string{col.Name}, nnd: con.NullsNotDistinct, deferrable: con.Deferrable,
				deferred: con.Initdeferred, loc: con.Location,
			}
			b.keys = append(b.keys, k)
			b.lastKey, b.lastFK = k, nil
		case pg_query.ConstrType_CONSTR_FOREIGN:
			fk := &pendingFK{con: con, cols: []string{col.Name}, deferrable: con.Deferrable, deferred: con.Initdeferred, loc: con.Location}
			b.fks = append(b.fks, fk)
			b.lastKey, b.lastFK = nil, fk
		case pg_query.ConstrType_CONSTR_ATTR_DEFERRABLE, pg_query.ConstrType_CONSTR_ATTR_NOT_DEFERRABLE,
			pg_query.ConstrType_CONSTR_ATTR_DEFERRED, pg_query.ConstrType_CONSTR_ATTR_IMMEDIATE:
			if err := b.constraintAttr(con); err != nil {
				return err
			}
		}
	}
	return nil
}

// constraintAttr applies DEFERRABLE / INITIALLY DEFERRED written after a
// column constraint to that constraint.
func (b *builder) constraintAttr(con *pg_query.Constraint) error {
	var deferrable, deferred *bool
	switch {
	case b.lastKey != nil:
		deferrable, deferred = &b.lastKey.deferrable, &b.lastKey.deferred
	case b.lastFK != nil:
		deferrable, deferred = &b.lastFK.deferrable, &b.lastFK.deferred
	default:
		return b.c.errorf(con.Location, "misplaced DEFERRABLE clause")
	}
	switch con.Contype {
	case pg_query.ConstrType_CONSTR_ATTR_DEFERRABLE:
		*deferrable = true
	case pg_query.ConstrType_CONSTR_ATTR_NOT_DEFERRABLE:
		*deferrable = false
	case pg_query.ConstrType_CONSTR_ATTR_DEFERRED:
		*deferrable, *deferred = true, true
	case pg_query.ConstrType_CONSTR_ATTR_IMMEDIATE:
		*deferred = false
	}
	return nil
}

// setIdentity makes col an identity column.
func (b *builder) setIdentity(col *model.Column, con *pg_query.Constraint) error {
	switch col.Type.Name {
	case "smallint", "integer", "bigint":
	default:
		if !col.Type.Array && strings.Contains(col.Type.Name, ".") {
			break // a domain over an integer type; not checked
		}
		return b.c.errorf(con.Location, "identity column type must be smallint, integer, or bigint")
	}
	opts, err := b.r.identityOptions(b.c, col, con.Options)
	if err != nil {
		return err
	}
	col.IdentityOptions = opts
	col.Identity = "by default"
	if con.GeneratedWhen == "a" {
		col.Identity = "always"
	}
	col.AutoIncrement, col.NotNull = true, true
	b.serials = append(b.serials, col)
	return nil
}

// tableConstraint queues a table constraint (CREATE TABLE element or
// ALTER TABLE ADD CONSTRAINT).
func (b *builder) tableConstraint(con *pg_query.Constraint) error {
	if con == nil {
		return nil
	}
	switch con.Contype {
	case pg_query.ConstrType_CONSTR_CHECK:
		// CREATE TABLE marks its checks and keys valid whatever they say:
		// a new table has no rows to skip.
		b.checks = append(b.checks, &pendingCheck{name: ident(con.Conname), expr: con.RawExpr, noInherit: con.IsNoInherit, loc: con.Location,
			notValid: con.SkipValidation && !b.creating})
	case pg_query.ConstrType_CONSTR_PRIMARY, pg_query.ConstrType_CONSTR_UNIQUE:
		b.keys = append(b.keys, &pendingKey{
			primary: con.Contype == pg_query.ConstrType_CONSTR_PRIMARY, name: ident(con.Conname),
			cols: stringList(con.Keys), nnd: con.NullsNotDistinct, deferrable: con.Deferrable,
			deferred: con.Initdeferred, loc: con.Location, indexName: ident(con.Indexname),
		})
	case pg_query.ConstrType_CONSTR_FOREIGN:
		b.fks = append(b.fks, &pendingFK{con: con, cols: stringList(con.FkAttrs), deferrable: con.Deferrable, deferred: con.Initdeferred, loc: con.Location,
			notValid: con.SkipValidation && !b.creating})
	case pg_query.ConstrType_CONSTR_EXCLUSION:
		var elems []*pg_query.Node
		for _, x := range con.Exclusions {
			if items := x.GetList().GetItems(); len(items) > 0 {
				elems = append(elems, items[0])
			}
		}
		b.exclusions = append(b.exclusions, &pendingExcl{name: ident(con.Conname), colNames: indexColumnNames(elems), con: con})
	default:
		return b.c.errorf(con.Location, "unsupported table constraint")
	}
	return nil
}

// like copies columns (and what INCLUDING asks for) from another table.
func (b *builder) like(l *pg_query.TableLikeClause) error {
	src, err := b.r.lookupTable(b.c, l.Relation, false)
	if err != nil {
		return err
	}
	srcState := b.r.tables[src]
	if srcState.opaque {
		b.state.opaque = true
	}
	for _, sc := range src.Columns {
		if _, ok := b.t.Column(sc.Name); ok {
			return b.c.errorf(l.Relation.Location, "column %q specified more than once", sc.Name)
		}
		col := &model.Column{Name: sc.Name, Type: sc.Type, NotNull: sc.NotNull, Collation: sc.Collation, Pos: b.c.pos(l.Relation.Location)}
		if l.Options&likeDefaults != 0 && sc.Identity == "" {
			col.Default, col.AutoIncrement = sc.Default, sc.AutoIncrement
		}
		if l.Options&likeGenerated != 0 && sc.Generated != "" {
			col.Generated = sc.Generated
			b.state.generated[col] = srcState.generated[sc]
		}
		if l.Options&likeIdentity != 0 && sc.Identity != "" {
			col.Identity, col.AutoIncrement = sc.Identity, true
			if sc.IdentityOptions != nil {
				o := *sc.IdentityOptions
				col.IdentityOptions = &o
			}
			b.serials = append(b.serials, col)
		}
		b.t.Columns = append(b.t.Columns, col)
	}
	if l.Options&likeConstraints != 0 {
		for _, ch := range src.Checks {
			if ast := srcState.checkAST[ch]; ast != nil {
				b.checks = append(b.checks, &pendingCheck{name: ch.Name, expr: ast, noInherit: ch.NoInherit, loc: l.Relation.Location})
			}
		}
	}
	if l.Options&likeIndexes != 0 {
		b.copyKeysAndIndexes(src, srcState, l.Relation.Location, true)
	}
	return nil
}

// inherit copies a parent's columns and inheritable CHECKs (INHERITS).
func (b *builder) inherit(rv *pg_query.RangeVar) error {
	parent, err := b.r.lookupTable(b.c, rv, false)
	if err != nil {
		return err
	}
	ps := b.r.tables[parent]
	if ps.opaque {
		b.state.opaque = true
	}
	for _, pc := range parent.Columns {
		if existing, ok := b.t.Column(pc.Name); ok {
			if !existing.Type.Equal(pc.Type) {
				return b.c.errorf(rv.Location, "inherited column %q has a type conflict", pc.Name)
			}
			existing.NotNull = existing.NotNull || pc.NotNull
			continue
		}
		col := &model.Column{Name: pc.Name, Type: pc.Type, NotNull: pc.NotNull, Default: pc.Default,
			AutoIncrement: pc.AutoIncrement && pc.Identity == "", Generated: pc.Generated, Collation: pc.Collation,
			Pos: b.c.pos(rv.Location)}
		b.t.Columns = append(b.t.Columns, col)
		b.inherited[col.Name] = true
	}
	for _, ch := range parent.Checks {
		if ch.NoInherit || b.hasConstraint(ch.Name) {
			continue
		}
		if ast := ps.checkAST[ch]; ast != nil {
			b.checks = append(b.checks, &pendingCheck{name: ch.Name, expr: ast, loc: rv.Location})
		}
	}
	return nil
}

// inheritPartitionParent clones the partitioned table's columns,
// constraints and indexes onto a new partition, as PostgreSQL does.
func (b *builder) inheritPartitionParent(st *pg_query.CreateStmt) error {
	if len(st.InhRelations) != 1 {
		return b.c.errorf(-1, "a partition must have exactly one parent")
	}
	rv := st.InhRelations[0].GetRangeVar()
	parent, err := b.r.lookupTable(b.c, rv, false)
	if err != nil {
		return err
	}
	if parent.PartitionBy == "" {
		return b.c.errorf(rv.Location, "table %q is not partitioned", parent.Name)
	}
	ps := b.r.tables[parent]
	b.state.parent = parent
	b.state.opaque = ps.opaque
	for _, pc := range parent.Columns {
		col := *pc
		col.Pos = b.c.pos(rv.Location)
		b.t.Columns = append(b.t.Columns, &col)
		b.inherited[col.Name] = true
		if g := ps.generated[pc]; g != nil {
			b.state.generated[&col] = g
		}
	}
	for _, ch := range parent.Checks {
		if ast := ps.checkAST[ch]; ast != nil && !ch.NoInherit {
			b.checks = append(b.checks, &pendingCheck{name: ch.Name, expr: ast, loc: rv.Location})
		}
	}
	b.copyKeysAndIndexes(parent, ps, rv.Location, false)
	for _, fk := range parent.ForeignKeys {
		cp := *fk
		cp.Columns = append([]string(nil), fk.Columns...)
		cp.RefColumns = append([]string(nil), fk.RefColumns...)
		b.t.ForeignKeys = append(b.t.ForeignKeys, &cp)
	}
	return nil
}

// copyKeysAndIndexes queues copies of src's keys and indexes, which get
// fresh names derived from the index column names of the originals.
func (b *builder) copyKeysAndIndexes(src *model.Table, ss *tableState, loc int32, deferrability bool) {
	keys := append([]*model.Key(nil), src.Uniques...)
	if src.PrimaryKey != nil {
		keys = append([]*model.Key{src.PrimaryKey}, keys...)
	}
	for _, k := range keys {
		pk := &pendingKey{primary: k == src.PrimaryKey, cols: k.Columns, nnd: k.NullsNotDistinct, loc: loc, colNames: ss.keyNames[k]}
		if deferrability {
			pk.deferrable, pk.deferred = k.Deferrable, k.InitiallyDeferred
		}
		b.keys = append(b.keys, pk)
	}
	if deferrability {
		// LIKE … INCLUDING INDEXES copies the EXCLUDE constraints too
		// (partitioned tables cannot have them in PostgreSQL 15).
		b.copyExclusions(src, ss)
	}
	for _, ix := range src.Indexes {
		ast := ss.indexAST[ix]
		if ast == nil {
			continue
		}
		clone := cloneIndexStmt(ast)
		clone.Idxname, clone.IfNotExists = "", false
		names := ss.indexNames[ix]
		for i, p := range append(append([]*pg_query.Node(nil), clone.IndexParams...), clone.IndexIncludingParams...) {
			if e := p.GetIndexElem(); e != nil && i < len(names) {
				e.Indexcolname = names[i]
			}
		}
		b.indexes = append(b.indexes, clone)
	}
}

// linkPartition lists child on parent, keeping Partitions sorted by name.
func (r *replayer) linkPartition(parent, child *model.Table, bound string, pos model.Pos) {
	ps, cs := r.tables[parent], r.tables[child]
	cs.parent, cs.hidden = parent, true
	ps.children = append(ps.children, child)
	parent.Partitions = append(parent.Partitions, model.Partition{Schema: child.Schema, Name: child.Name, Bound: bound, Pos: pos})
	sortPartitions(parent)
}

func sortPartitions(t *model.Table) {
	sort.SliceStable(t.Partitions, func(i, j int) bool {
		a, b := t.Partitions[i], t.Partitions[j]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Schema < b.Schema
	})
}
