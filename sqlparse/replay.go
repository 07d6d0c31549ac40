package sqlparse

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// relKind is the kind of a pg_class entry. Tables, indexes, sequences and
// views share one namespace per schema, which matters both for "already
// exists" errors and for the names PostgreSQL generates.
type relKind int

const (
	relTable relKind = iota + 1
	relIndex
	relSequence
	relView
)

// relation is one entry of the relation namespace.
type relation struct {
	kind  relKind
	table *model.Table // the table itself, or the table an index is on
	index *model.Index // an index made by CREATE INDEX
	key   *model.Key   // the index behind a PRIMARY KEY or UNIQUE constraint
	view  *model.View
	owner *model.Table // the table owning a serial or identity sequence
	seq   *seqInfo     // a sequence's options and owning column
}

// tableState is what the replay needs to know about a table beyond the model.
type tableState struct {
	rel *relation
	// hidden tables are not in Schema.Tables: partitions (listed on their
	// parent) and temporary tables.
	hidden   bool
	parent   *model.Table
	children []*model.Table
	// opaque tables have columns the replay cannot know (CREATE TABLE AS),
	// so column references to them are not checked.
	opaque bool
	// The parsed text behind normalized expressions, to normalize again
	// after a column rename.
	checkAST  map[*model.Check]*pg_query.Node
	indexAST  map[*model.Index]*pg_query.IndexStmt
	generated map[*model.Column]*pg_query.Node
	sequences []model.QName
	// seqOf names the sequence behind a serial or identity column.
	seqOf map[*model.Column]model.QName
	// keyNames and indexNames keep the column names an index had when it
	// was created: PostgreSQL stores them with the index, does not rename
	// them with the columns, and uses them to name copies of the index
	// (LIKE ... INCLUDING INDEXES, partitions).
	keyNames   map[*model.Key][]string
	indexNames map[*model.Index][]string
	// exclusions names the EXCLUDE constraints, which hold a constraint
	// and an index name.
	exclusions []string
	// partSpec is the PARTITION BY clause, re-rendered after renames.
	partSpec *pg_query.PartitionSpec
	// exclusionAST keeps the parsed EXCLUDE constraints, to normalize
	// again after a column rename; exclusionNames their index column
	// names, as keyNames.
	exclusionAST   map[*model.Exclusion]*pg_query.Constraint
	exclusionNames map[*model.Exclusion][]string
}

type typeKind int

const (
	typeEnum typeKind = iota + 1
	typeDomain
	typeOther
)

// pendingRef is a foreign key whose referenced columns are the target's
// primary key, which did not exist yet when the key was declared.
type pendingRef struct {
	fk  *model.ForeignKey
	pos model.Pos
}

// replayer holds the state of one psql session replaying scripts.
type replayer struct {
	opts       Options
	s          *model.Schema
	searchPath []string
	schemas    map[string]bool
	rels       map[model.QName]*relation
	tables     map[*model.Table]*tableState
	all        []*model.Table // every table, hidden ones included, in creation order
	// attached marks partitions' indexes attached to a parent index (partition.go).
	attached map[*model.Index]bool
	// onlyIndexes marks indexes created ON ONLY a partitioned table.
	onlyIndexes map[*model.Index]bool
	// viewDeps lists, per view, the relations its query reads (view.go):
	// DROP ... CASCADE drops the views that read what it drops.
	viewDeps map[*model.View][]model.QName
	// cons counts constraint names per schema: PostgreSQL picks generated
	// constraint names unique within the schema, not just the table.
	cons         map[model.QName]int
	types        map[model.QName]typeKind
	pending      []pendingRef
	includeStack []string
	// inTx is set inside BEGIN ... COMMIT, inDo inside a DO block (its own
	// transaction); savedPath is the search_path to restore when the
	// transaction that ran SET LOCAL ends.
	inTx, inDo bool
	savedPath  []string
	// assumed are the schemas of Options.Assume no script has created yet.
	assumed map[string]bool
	// policies keeps the parse trees of the policies' expressions (policy.go).
	policies map[*model.Policy]policyAST
	// seqNames holds the SEQUENCE NAME an identity column's options give.
	seqNames map[*model.Column]string
	// privs records GRANT, REVOKE and OWNER TO (privilege.go), nil until one runs.
	privs    *privState
	routines routineState
}

func newReplayer(opts Options) *replayer {
	r := &replayer{
		opts:       opts,
		s:          model.NewSchema(model.SourceSQL),
		searchPath: append([]string(nil), opts.searchPath()...),
		schemas:    map[string]bool{"public": true, "pg_catalog": true, "pg_temp": true},
		rels:       map[model.QName]*relation{},
		tables:     map[*model.Table]*tableState{},
		cons:       map[model.QName]int{},
		types:      map[model.QName]typeKind{},
	}
	for _, s := range opts.Schemas {
		r.schemas[model.TruncateIdent(s)] = true
	}
	r.assumed = map[string]bool{}
	for _, s := range opts.Assume {
		// "$user" in a search_path is the session user's schema, not one to assume.
		if s = model.TruncateIdent(s); s != "" && !strings.HasPrefix(s, "$") && !r.schemas[s] {
			r.schemas[s], r.assumed[s] = true, true
		}
	}
	if r.opts.WorkDir == "" {
		r.opts.WorkDir = "."
	}
	return r
}

// stmtCtx locates one statement: the file it is in, the offset of the text
// pg_query parsed (non-zero for statements inside DO blocks), and whether it
// runs conditionally.
type stmtCtx struct {
	src   *source
	base  int
	start int
	cond  bool
}

// pos converts a node location (a byte offset into the parsed text) into a
// file position; -1 (unknown) falls back to the statement's start.
func (c *stmtCtx) pos(loc int32) model.Pos {
	if loc < 0 {
		return c.src.pos(c.start)
	}
	return c.src.pos(c.base + int(loc))
}

// stmtPos is the position of the statement's first token.
func (c *stmtCtx) stmtPos() model.Pos { return c.src.pos(c.start) }

func (c *stmtCtx) errorf(loc int32, format string, args ...any) error {
	return &Error{Pos: c.pos(loc), Msg: fmt.Sprintf(format, args...)}
}

func (r *replayer) warn(pos model.Pos, format string, args ...any) {
	if r.opts.Warn != nil {
		r.opts.Warn(pos, fmt.Sprintf(format, args...))
	}
}

// statement replays one parsed statement. In a conditional context a
// statement PostgreSQL would reject most likely did not run (its guard
// was false), so the error becomes a note.
func (r *replayer) statement(c *stmtCtx, n *pg_query.Node) error {
	err := r.dispatch(c, n)
	if err != nil && c.cond {
		if e, ok := err.(*Error); ok {
			r.warn(e.Pos, "skipped (would fail unless its condition kept it from running): %s", e.Msg)
			return nil
		}
	}
	return err
}

// dispatch replays one statement by its kind.
func (r *replayer) dispatch(c *stmtCtx, n *pg_query.Node) error {
	if n == nil {
		return nil
	}
	r.qualifyNames(n)
	switch v := n.Node.(type) {
	case *pg_query.Node_CreateSchemaStmt:
		return r.createSchema(c, v.CreateSchemaStmt)
	case *pg_query.Node_CreateStmt:
		return r.createTable(c, v.CreateStmt)
	case *pg_query.Node_AlterTableStmt:
		return r.alterTable(c, v.AlterTableStmt)
	case *pg_query.Node_RenameStmt:
		return r.rename(c, v.RenameStmt)
	case *pg_query.Node_AlterObjectSchemaStmt:
		return r.setSchema(c, v.AlterObjectSchemaStmt)
	case *pg_query.Node_DropStmt:
		return r.drop(c, v.DropStmt)
	case *pg_query.Node_IndexStmt:
		return r.createIndex(c, v.IndexStmt)
	case *pg_query.Node_CreateEnumStmt:
		return r.createEnum(c, v.CreateEnumStmt)
	case *pg_query.Node_AlterEnumStmt:
		return r.alterEnum(c, v.AlterEnumStmt)
	case *pg_query.Node_CreateDomainStmt:
		return r.createDomain(c, v.CreateDomainStmt)
	case *pg_query.Node_AlterDomainStmt:
		return r.alterDomain(c, v.AlterDomainStmt)
	case *pg_query.Node_CompositeTypeStmt:
		return r.createOtherType(c, v.CompositeTypeStmt.GetTypevar().GetSchemaname(), v.CompositeTypeStmt.GetTypevar().GetRelname(), v.CompositeTypeStmt.GetTypevar().GetLocation())
	case *pg_query.Node_CreateRangeStmt:
		s, name := splitName(stringList(v.CreateRangeStmt.TypeName))
		return r.createOtherType(c, s, name, -1)
	case *pg_query.Node_DefineStmt:
		if v.DefineStmt.Kind == pg_query.ObjectType_OBJECT_TYPE {
			s, name := splitName(stringList(v.DefineStmt.Defnames))
			return r.createOtherType(c, s, name, -1)
		}
	case *pg_query.Node_ViewStmt:
		return r.createViewStmt(c, v.ViewStmt)
	case *pg_query.Node_CreateTableAsStmt:
		return r.createTableAs(c, v.CreateTableAsStmt)
	case *pg_query.Node_CreateSeqStmt:
		return r.createSequence(c, v.CreateSeqStmt)
	case *pg_query.Node_VariableSetStmt:
		r.setVariable(v.VariableSetStmt)
	case *pg_query.Node_SelectStmt:
		return r.selectStmt(c, v.SelectStmt)
	case *pg_query.Node_DoStmt:
		return r.doBlock(c, v.DoStmt)
	case *pg_query.Node_TransactionStmt:
		r.transaction(v.TransactionStmt)
	case *pg_query.Node_CreateExtensionStmt:
		return r.createExtension(c, v.CreateExtensionStmt)
	case *pg_query.Node_CreatePolicyStmt:
		return r.createPolicy(c, v.CreatePolicyStmt)
	case *pg_query.Node_AlterPolicyStmt:
		return r.alterPolicy(c, v.AlterPolicyStmt)
	case *pg_query.Node_AlterSeqStmt:
		return r.alterSequence(c, v.AlterSeqStmt)
	case *pg_query.Node_AlterExtensionStmt:
		return r.alterExtension(c, v.AlterExtensionStmt)
	case *pg_query.Node_GrantStmt:
		return r.grant(c, v.GrantStmt)
	case *pg_query.Node_AlterOwnerStmt:
		r.alterOwner(c, v.AlterOwnerStmt)
	case *pg_query.Node_AlterDefaultPrivilegesStmt:
		r.alterDefaultPrivileges(c, v.AlterDefaultPrivilegesStmt)
	case *pg_query.Node_CreateFunctionStmt:
		r.noteFunction(c, v.CreateFunctionStmt)
		return r.createFunction(c, v.CreateFunctionStmt)
	case *pg_query.Node_AlterFunctionStmt:
		return r.alterFunction(c, v.AlterFunctionStmt)
	case *pg_query.Node_CreateTrigStmt:
		return r.createTrigger(c, v.CreateTrigStmt)
	}
	// Everything else (COMMENT, GRANT, INSERT, CREATE FUNCTION, TRIGGER,
	// ...) does not change what ariadrift compares.
	return nil
}

// finish resolves what could only be resolved after the last statement.
func (r *replayer) finish() {
	for _, p := range r.pending {
		if len(p.fk.RefColumns) > 0 {
			continue
		}
		rel := r.rels[p.fk.Ref()]
		if rel != nil && rel.kind == relTable && rel.table.PrimaryKey != nil {
			p.fk.RefColumns = append([]string(nil), rel.table.PrimaryKey.Columns...)
			continue
		}
		r.warn(p.pos, "foreign key %s: there is no primary key for referenced table %q", p.fk.Name, p.fk.RefTable)
	}
	r.pending = nil
	r.finishSequences()
	r.finishPrivileges()
	r.finishRoutines()
	r.finishPartitions()
	normalize.Scoped(r.s)
}

// ---- names and the search path ----

func ident(s string) string { return model.TruncateIdent(s) }

// stringList returns the values of a list of String nodes.
func stringList(nodes []*pg_query.Node) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, ident(n.GetString_().GetSval()))
	}
	return out
}

// splitName splits a dotted name of 1-3 parts into schema and name.
func splitName(parts []string) (string, string) {
	switch len(parts) {
	case 0:
		return "", ""
	case 1:
		return "", parts[0]
	}
	return parts[len(parts)-2], parts[len(parts)-1]
}

// lookupRel finds a relation as an unqualified or qualified name resolves:
// temporary objects first, then the search_path.
func (r *replayer) lookupRel(schema, name string) (*relation, model.QName) {
	name = ident(name)
	if schema != "" {
		q := model.QName{Schema: ident(schema), Name: name}
		return r.rels[q], q
	}
	if rel := r.rels[model.QName{Schema: "pg_temp", Name: name}]; rel != nil {
		return rel, model.QName{Schema: "pg_temp", Name: name}
	}
	for _, s := range r.searchPath {
		q := model.QName{Schema: s, Name: name}
		if rel := r.rels[q]; rel != nil {
			return rel, q
		}
	}
	return nil, model.QName{Name: name}
}

// lookupRange resolves the relation a statement names. A relation that does
// not exist is an error as in PostgreSQL, unless the statement said IF
// EXISTS (missingOK): then rel is nil and err is nil.
func (r *replayer) lookupRange(c *stmtCtx, rv *pg_query.RangeVar, missingOK bool) (*relation, model.QName, error) {
	if rv == nil {
		return nil, model.QName{}, c.errorf(-1, "missing relation name")
	}
	rel, q := r.lookupRel(rv.Schemaname, rv.Relname)
	if rel == nil && !missingOK {
		return nil, q, c.errorf(rv.Location, "relation %q does not exist", displayName(q))
	}
	return rel, q, nil
}

// lookupTable resolves a RangeVar that must name a table.
func (r *replayer) lookupTable(c *stmtCtx, rv *pg_query.RangeVar, missingOK bool) (*model.Table, error) {
	rel, q, err := r.lookupRange(c, rv, missingOK)
	if rel == nil || err != nil {
		return nil, err
	}
	if rel.kind != relTable {
		return nil, c.errorf(rv.Location, "%q is not a table", q.Name)
	}
	return rel.table, nil
}

func displayName(q model.QName) string {
	if q.Schema == "" {
		return q.Name
	}
	return q.Schema + "." + q.Name
}

// creationSchema is the schema a new object goes to: the one named, or
// the first existing schema of the search_path.
func (r *replayer) creationSchema(c *stmtCtx, explicit string, loc int32) (string, error) {
	if explicit != "" {
		s := ident(explicit)
		if !r.schemas[s] {
			return "", c.errorf(loc, "schema %q does not exist", s)
		}
		return s, nil
	}
	for _, s := range r.searchPath {
		// Objects land in pg_catalog or pg_temp only when named so.
		if r.schemas[s] && s != "pg_catalog" && s != "pg_temp" {
			return s, nil
		}
	}
	return "", c.errorf(loc, "no schema has been selected to create in")
}

// qualifyType resolves a user-defined type name through the search_path,
// for normalize.TypeName. Unknown names take the first search_path schema,
// which is where an extension installed by the scripts would have put them.
func (r *replayer) qualifyType(names []string) string {
	schema, name := splitName(names)
	if schema != "" {
		return schema + "." + name
	}
	for _, s := range r.searchPath {
		if _, ok := r.types[model.QName{Schema: s, Name: name}]; ok {
			return s + "." + name
		}
	}
	for _, s := range r.searchPath {
		if r.schemas[s] && s != "pg_catalog" && s != "pg_temp" {
			return s + "." + name
		}
	}
	return "public." + name
}

// lookupType finds a CREATE TYPE / CREATE DOMAIN type by its dotted name.
func (r *replayer) lookupType(parts []string) (model.QName, typeKind, bool) {
	schema, name := splitName(parts)
	if schema != "" {
		q := model.QName{Schema: schema, Name: name}
		k, ok := r.types[q]
		return q, k, ok
	}
	for _, s := range r.searchPath {
		q := model.QName{Schema: s, Name: name}
		if k, ok := r.types[q]; ok {
			return q, k, true
		}
	}
	return model.QName{Name: name}, 0, false
}

func (r *replayer) typeName(tn *pg_query.TypeName) (model.Type, bool, error) {
	return normalize.TypeName(tn, r.qualifyType)
}

// ---- SET search_path ----

func (r *replayer) setVariable(v *pg_query.VariableSetStmt) {
	if v.Name != "search_path" && v.Kind != pg_query.VariableSetKind_VAR_RESET_ALL {
		return
	}
	switch v.Kind {
	case pg_query.VariableSetKind_VAR_SET_VALUE:
		var path []string
		for _, a := range v.Args {
			if s := a.GetAConst().GetSval(); s != nil {
				path = append(path, ident(s.Sval))
			} else if cr := a.GetColumnRef(); cr != nil {
				path = append(path, stringList(cr.Fields)...)
			}
		}
		r.setSearchPath(path, v.IsLocal)
	case pg_query.VariableSetKind_VAR_SET_DEFAULT, pg_query.VariableSetKind_VAR_RESET, pg_query.VariableSetKind_VAR_RESET_ALL:
		r.setSearchPath(r.opts.searchPath(), v.IsLocal)
	}
}

// transaction tracks BEGIN / COMMIT / ROLLBACK for SET LOCAL. (A ROLLBACK
// would also undo the transaction's DDL; scripts that rely on that are not
// modelled.)
func (r *replayer) transaction(st *pg_query.TransactionStmt) {
	switch st.Kind {
	case pg_query.TransactionStmtKind_TRANS_STMT_BEGIN, pg_query.TransactionStmtKind_TRANS_STMT_START:
		r.inTx = true
	case pg_query.TransactionStmtKind_TRANS_STMT_COMMIT, pg_query.TransactionStmtKind_TRANS_STMT_ROLLBACK,
		pg_query.TransactionStmtKind_TRANS_STMT_PREPARE:
		r.inTx = false
		r.endLocal()
	}
}

// endLocal restores the search_path a SET LOCAL replaced, at the end of
// its transaction.
func (r *replayer) endLocal() {
	if r.savedPath != nil {
		r.searchPath, r.savedPath = r.savedPath, nil
	}
}

// setSearchPath installs a new search_path. "$user" names a schema only
// when one exists for the connecting role, which the scripts do not say;
// it is dropped.
func (r *replayer) setSearchPath(path []string, local bool) {
	if local {
		// SET LOCAL lasts until the end of the transaction; outside
		// one (psql autocommits each statement) it does nothing.
		if !r.inTx && !r.inDo {
			return
		}
		if r.savedPath == nil {
			r.savedPath = r.searchPath
		}
	}
	out := make([]string, 0, len(path))
	for _, p := range path {
		if p != "$user" && p != "" {
			out = append(out, p)
		}
	}
	r.searchPath = out
}

// splitSearchPath splits a search_path setting as PostgreSQL's
// SplitIdentifierString does: comma separated, double quotes keep case and
// commas, unquoted names are lower-cased.
func splitSearchPath(s string) []string {
	var out []string
	i := 0
	for {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return out
		}
		var b strings.Builder
		if s[i] == '"' {
			i++
			for i < len(s) {
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						b.WriteByte('"')
						i += 2
						continue
					}
					i++
					break
				}
				b.WriteByte(s[i])
				i++
			}
			out = append(out, ident(b.String()))
		} else {
			start := i
			for i < len(s) && s[i] != ',' && !isSpace(s[i]) {
				i++
			}
			out = append(out, ident(strings.ToLower(s[start:i])))
		}
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i < len(s) && s[i] == ',' {
			i++
			continue
		}
		return out
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// selectStmt handles the two SELECTs that change the schema:
// set_config('search_path', ...) and SELECT ... INTO.
func (r *replayer) selectStmt(c *stmtCtx, s *pg_query.SelectStmt) error {
	if s.IntoClause != nil {
		return r.createOpaqueTable(c, s.IntoClause.Rel, false)
	}
	for _, t := range s.TargetList {
		f := t.GetResTarget().GetVal().GetFuncCall()
		if f == nil || len(f.Args) < 2 {
			continue
		}
		names := stringList(f.Funcname)
		if names[len(names)-1] != "set_config" || (len(names) == 2 && names[0] != "pg_catalog") {
			continue
		}
		name, value := f.Args[0].GetAConst().GetSval(), f.Args[1].GetAConst().GetSval()
		if name == nil || value == nil || strings.ToLower(name.Sval) != "search_path" {
			if name != nil && strings.ToLower(name.Sval) == "search_path" {
				r.warn(c.pos(f.Location), "set_config(search_path) with a computed value is not followed")
			}
			continue
		}
		local := false
		if len(f.Args) > 2 {
			local = f.Args[2].GetAConst().GetBoolval().GetBoolval()
		}
		r.setSearchPath(splitSearchPath(value.Sval), local)
	}
	return nil
}

// ---- schemas ----

func (r *replayer) createSchema(c *stmtCtx, s *pg_query.CreateSchemaStmt) error {
	name := ident(s.Schemaname)
	if name == "" {
		// CREATE SCHEMA AUTHORIZATION role names the schema after the role.
		name = ident(s.GetAuthrole().GetRolename())
	}
	if name == "" {
		return c.errorf(-1, "schema name cannot be determined")
	}
	if r.schemas[name] && !r.assumed[name] {
		if s.IfNotExists {
			return nil
		}
		return c.errorf(-1, "schema %q already exists", name)
	}
	delete(r.assumed, name)
	r.schemas[name] = true
	r.s.AddNamespace(name)
	r.schemaCreated(c, name, s.GetAuthrole())
	if len(s.SchemaElts) == 0 {
		return nil
	}
	// Elements of CREATE SCHEMA are created in the new schema.
	saved := r.searchPath
	r.searchPath = append([]string{name}, saved...)
	defer func() { r.searchPath = saved }()
	for _, e := range s.SchemaElts {
		if err := r.dispatch(c, e); err != nil {
			return err
		}
	}
	return nil
}

// extensionTypes lists the types of common extensions, so that a column
// of such a type resolves to the schema the extension was installed in.
var extensionTypes = map[string][]string{
	"citext":  {"citext"},
	"hstore":  {"hstore"},
	"ltree":   {"ltree", "lquery", "ltxtquery"},
	"cube":    {"cube"},
	"isn":     {"ean13", "isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "upc"},
	"postgis": {"geometry", "geography", "box2d", "box3d"},
	"vector":  {"vector", "halfvec", "sparsevec"},
}

// createExtension records the types of a known extension in the schema it
// is installed in (WITH SCHEMA, else the first schema of the search_path).
func (r *replayer) createExtension(c *stmtCtx, st *pg_query.CreateExtensionStmt) error {
	schema, err := r.installExtension(c, st)
	if err != nil || schema == "" {
		return err
	}
	for _, t := range extensionTypes[st.Extname] {
		q := model.QName{Schema: schema, Name: t}
		if _, ok := r.types[q]; !ok {
			r.types[q] = typeOther
		}
	}
	return nil
}
