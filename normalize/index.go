package normalize

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// defaultOpclasses lists, per access method, the operator classes that are
// the default for some input type (pg_opclass.opcdefault in PostgreSQL 15).
// pg_get_indexdef omits a default operator class, and naming it in a script
// changes nothing, so both spellings must compare equal. An opclass name is
// only ever valid for its own input types, so "default for some type" is
// "default for this column" whenever the index could be created at all.
//
// varchar_ops and cidr_ops are not flagged default in the catalog, but they
// are aliases in the same operator families as text_ops and inet_ops: an
// index using them is the index the default would build.
var defaultOpclasses = map[string]map[string]bool{
	"btree": set("array_ops bit_ops bool_ops bpchar_ops bytea_ops char_ops date_ops enum_ops float4_ops " +
		"float8_ops inet_ops int2_ops int4_ops int8_ops interval_ops jsonb_ops macaddr8_ops macaddr_ops " +
		"money_ops multirange_ops name_ops numeric_ops oid_ops oidvector_ops pg_lsn_ops range_ops record_ops " +
		"text_ops tid_ops time_ops timestamp_ops timestamptz_ops timetz_ops tsquery_ops tsvector_ops uuid_ops " +
		"varbit_ops xid8_ops varchar_ops cidr_ops"),
	"hash": set("aclitem_ops array_ops bool_ops bpchar_ops bytea_ops char_ops cid_ops date_ops enum_ops " +
		"float4_ops float8_ops inet_ops int2_ops int4_ops int8_ops interval_ops jsonb_ops macaddr8_ops " +
		"macaddr_ops multirange_ops name_ops numeric_ops oid_ops oidvector_ops pg_lsn_ops range_ops record_ops " +
		"text_ops tid_ops time_ops timestamp_ops timestamptz_ops timetz_ops uuid_ops xid8_ops xid_ops " +
		"varchar_ops cidr_ops"),
	"gin":    set("array_ops jsonb_ops tsvector_ops"),
	"gist":   set("box_ops circle_ops multirange_ops point_ops poly_ops range_ops tsquery_ops tsvector_ops"),
	"spgist": set("box_ops inet_ops poly_ops quad_point_ops range_ops text_ops"),
	"brin": set("bit_minmax_ops box_inclusion_ops bpchar_minmax_ops bytea_minmax_ops char_minmax_ops " +
		"date_minmax_ops float4_minmax_ops float8_minmax_ops inet_inclusion_ops int2_minmax_ops int4_minmax_ops " +
		"int8_minmax_ops interval_minmax_ops macaddr8_minmax_ops macaddr_minmax_ops name_minmax_ops " +
		"numeric_minmax_ops oid_minmax_ops pg_lsn_minmax_ops range_inclusion_ops text_minmax_ops tid_minmax_ops " +
		"time_minmax_ops timestamp_minmax_ops timestamptz_minmax_ops timetz_minmax_ops uuid_minmax_ops " +
		"varbit_minmax_ops"),
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// IndexStmt converts a parsed CREATE INDEX into a model index (Name as
// given, possibly empty), plus the table it is on. The statement is not
// modified.
func IndexStmt(stmt *pg_query.IndexStmt) (*model.Index, model.QName, error) {
	if stmt == nil || stmt.Relation == nil {
		return nil, model.QName{}, errors.New("index: missing table")
	}
	table := model.QName{Schema: model.TruncateIdent(stmt.Relation.Schemaname), Name: model.TruncateIdent(stmt.Relation.Relname)}
	ix := &model.Index{
		Name:             model.TruncateIdent(stmt.Idxname),
		Unique:           stmt.Unique,
		Method:           strings.ToLower(stmt.AccessMethod),
		NullsNotDistinct: stmt.NullsNotDistinct,
	}
	if ix.Method == "" {
		ix.Method = "btree"
	}
	if len(stmt.IndexParams) == 0 {
		return nil, table, fmt.Errorf("index %s: no key columns", ix.Name)
	}
	for _, p := range stmt.IndexParams {
		k, err := indexElem(p.GetIndexElem(), ix.Method)
		if err != nil {
			return nil, table, fmt.Errorf("index %s: %w", ix.Name, err)
		}
		ix.Keys = append(ix.Keys, k)
	}
	for _, p := range stmt.IndexIncludingParams {
		e := p.GetIndexElem()
		if e == nil || e.Name == "" {
			return nil, table, fmt.Errorf("index %s: INCLUDE supports only columns", ix.Name)
		}
		ix.Include = append(ix.Include, model.TruncateIdent(e.Name))
	}
	if stmt.WhereClause != nil {
		w, err := ExprNode(stmt.WhereClause)
		if err != nil {
			return nil, table, fmt.Errorf("index %s: WHERE: %w", ix.Name, err)
		}
		ix.Where = w
	}
	return ix, table, nil
}

// indexElem converts one key of an index (or of an EXCLUDE constraint)
// built with the given access method.
func indexElem(e *pg_query.IndexElem, method string) (model.IndexKey, error) {
	var k model.IndexKey
	if e == nil {
		return k, errors.New("malformed index key")
	}
	collation := qualifiedName(e.Collation)
	expr := e.Expr
	for cc := expr.GetCollateClause(); cc != nil; cc = expr.GetCollateClause() {
		// PostgreSQL strips a top-level COLLATE from a key expression
		// and keeps it as the key's collation: (name COLLATE "C") is the
		// column name with collation "C". The outermost one is the
		// expression's collation; a key's own COLLATE overrides it.
		if len(e.Collation) == 0 && collation == "" {
			collation = qualifiedName(cc.Collname)
		}
		expr = cc.Arg
	}
	switch {
	case e.Name != "":
		k.Column = model.TruncateIdent(e.Name)
	case expr != nil:
		n := canonical(expr)
		if col := simpleColumn(n); col != "" {
			// (col) is a plain column key to PostgreSQL, and (col::text)
			// on a varchar column indexes the same values.
			k.Column = col
			break
		}
		s, err := exprText(n)
		if err != nil {
			return k, err
		}
		k.Expr = s
	default:
		return k, errors.New("index key has neither column nor expression")
	}
	k.Desc = e.Ordering == pg_query.SortByDir_SORTBY_DESC
	// NULLS FIRST is the default for DESC, NULLS LAST for ASC; only a
	// departure from that is kept (see model.IndexKey.NullsFirst).
	switch e.NullsOrdering {
	case pg_query.SortByNulls_SORTBY_NULLS_FIRST:
		if !k.Desc {
			t := true
			k.NullsFirst = &t
		}
	case pg_query.SortByNulls_SORTBY_NULLS_LAST:
		if k.Desc {
			f := false
			k.NullsFirst = &f
		}
	}
	k.Opclass = IndexOpclass(method, qualifiedName(e.Opclass))
	if opts := opclassOptions(e.Opclassopts); opts != "" {
		// A default class with options is named, as the options need it.
		k.Opclass = qualifiedName(e.Opclass) + " (" + opts + ")"
	}
	if collation != "default" {
		k.Collation = collation
	}
	return k, nil
}

// IndexOpclass is the operator class an index key of the given access
// method keeps in the model: name, or "" when it is a default class (see
// defaultOpclasses) that naming changes nothing.
func IndexOpclass(method, name string) string {
	if defaultOpclasses[method][name] {
		return ""
	}
	return name
}

// opclassOptions prints an operator class's options (gist_trgm_ops
// (siglen = 64)) as pg_get_indexdef does: name='value', in their order.
func opclassOptions(opts []*pg_query.Node) string {
	parts := make([]string, 0, len(opts))
	for _, o := range opts {
		d := o.GetDefElem()
		if d == nil {
			continue
		}
		parts = append(parts, d.Defname+"="+model.QuoteLiteral(defElemText(d.Arg)))
	}
	return strings.Join(parts, ", ")
}

// defElemText is the text of an option's value as the catalog stores it.
func defElemText(n *pg_query.Node) string {
	switch v := n.GetNode().(type) {
	case *pg_query.Node_String_:
		return v.String_.Sval
	case *pg_query.Node_Integer:
		return strconv.Itoa(int(v.Integer.Ival))
	case *pg_query.Node_Float:
		return v.Float.Fval
	case *pg_query.Node_Boolean:
		return strconv.FormatBool(v.Boolean.Boolval)
	case *pg_query.Node_TypeName:
		return strings.Join(strList(v.TypeName.Names), ".")
	}
	return ""
}

// simpleColumn returns the column name when n is an unqualified column
// reference.
func simpleColumn(n *pg_query.Node) string {
	cr := n.GetColumnRef()
	if cr == nil || len(cr.Fields) != 1 {
		return ""
	}
	return model.TruncateIdent(cr.Fields[0].GetString_().GetSval())
}

// qualifiedName joins a dotted name list, dropping a pg_catalog qualifier
// that the catalog never prints for built-in operator classes and
// collations.
func qualifiedName(parts []*pg_query.Node) string {
	s := make([]string, 0, len(parts))
	for _, p := range parts {
		s = append(s, p.GetString_().GetSval())
	}
	if len(s) == 2 && s[0] == "pg_catalog" {
		s = s[1:]
	}
	return strings.Join(s, ".")
}

// IndexDef parses CREATE INDEX text as pg_get_indexdef returns it.
func IndexDef(def string) (*model.Index, model.QName, error) {
	if strings.IndexByte(def, 0) >= 0 {
		return nil, model.QName{}, errors.New("index definition contains a NUL byte")
	}
	tree, err := pgast.Parse(def)
	if err != nil {
		return nil, model.QName{}, fmt.Errorf("index definition %q: %w", def, err)
	}
	if len(tree.Stmts) != 1 || tree.Stmts[0].GetStmt().GetIndexStmt() == nil {
		return nil, model.QName{}, fmt.Errorf("index definition %q: not a single CREATE INDEX", def)
	}
	return IndexStmt(tree.Stmts[0].GetStmt().GetIndexStmt())
}

// FKAction maps pg_query's action character ('a','r','c','n','d') to "NO
// ACTION","RESTRICT","CASCADE","SET NULL","SET DEFAULT". Anything else,
// including the empty string, is PostgreSQL's default, NO ACTION.
func FKAction(c string) string {
	switch c {
	case "r":
		return "RESTRICT"
	case "c":
		return "CASCADE"
	case "n":
		return "SET NULL"
	case "d":
		return "SET DEFAULT"
	}
	return "NO ACTION"
}
