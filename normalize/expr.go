// Package normalize is the one place where SQL expressions, defaults and
// index definitions are brought to a canonical form, so that the same object
// compares equal whether it was written by hand in an init script, declared
// in the spec, or printed by the catalog (pg_get_expr, pg_get_indexdef),
// which adds casts and parentheses nobody writes. Type names are package
// model's: TypeName only reads a type off the parse tree and lets model
// decide what it names.
//
// Everything works on pg_query's parse tree and prints through pg_query's
// deparser; no text is matched with regular expressions.
//
// normalize imports only packages model and pgast, and pg_query (plus the
// protobuf runtime pg_query's tree is made of). It must not import the
// producers (spec, sqlparse, introspect) or diff: they all depend on it.
package normalize

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Expr parses one standalone SQL expression (a default, CHECK body, index
// predicate) and returns its canonical text.
func Expr(expr string) (string, error) {
	n, err := parseExpr(expr)
	if err != nil {
		return "", err
	}
	return exprText(rewrite(n))
}

// ExprNode is Expr for an already parsed expression node. The node is not
// modified.
func ExprNode(n *pg_query.Node) (string, error) {
	if n == nil {
		return "", errors.New("normalize: no expression")
	}
	return exprText(canonical(n))
}

// canonical returns n rewritten to canonical form without modifying it:
// a rewritten copy, or n itself when no rule applies (the common case,
// which then costs neither a copy nor a rewrite). Callers must not modify
// the result.
func canonical(n *pg_query.Node) *pg_query.Node {
	if !needsRewrite(n) {
		return n
	}
	return rewrite(clone(n))
}

// needsRewrite reports whether any rule might change the tree below n. It
// answers true for every node type it does not know.
func needsRewrite(n *pg_query.Node) bool {
	if n == nil {
		return false
	}
	switch v := n.Node.(type) {
	case *pg_query.Node_AConst, *pg_query.Node_ColumnRef, *pg_query.Node_SqlvalueFunction, *pg_query.Node_ParamRef:
		return false
	case *pg_query.Node_AExpr:
		e := v.AExpr
		return e.Kind != pg_query.A_Expr_Kind_AEXPR_OP || len(e.Name) != 1 || needsRewrite(e.Lexpr) || needsRewrite(e.Rexpr)
	case *pg_query.Node_BoolExpr:
		b := v.BoolExpr
		for _, a := range b.Args {
			if inner := a.GetBoolExpr(); (inner != nil && inner.Boolop == b.Boolop) || needsRewrite(a) {
				return true
			}
		}
		return false
	case *pg_query.Node_FuncCall:
		f := v.FuncCall
		if len(f.Funcname) != 1 || f.AggFilter != nil || f.Over != nil || len(f.AggOrder) > 0 {
			return true
		}
		return anyNeedsRewrite(f.Args)
	case *pg_query.Node_NullTest:
		return needsRewrite(v.NullTest.Arg)
	case *pg_query.Node_BooleanTest:
		return needsRewrite(v.BooleanTest.Arg)
	case *pg_query.Node_AArrayExpr:
		return anyNeedsRewrite(v.AArrayExpr.Elements)
	case *pg_query.Node_CoalesceExpr:
		return anyNeedsRewrite(v.CoalesceExpr.Args)
	case *pg_query.Node_MinMaxExpr:
		return anyNeedsRewrite(v.MinMaxExpr.Args)
	}
	return true
}

func anyNeedsRewrite(list []*pg_query.Node) bool {
	for _, a := range list {
		if needsRewrite(a) {
			return true
		}
	}
	return false
}

// parseExpr parses expr as the single target of a SELECT and returns that
// target, refusing anything that would make the wrapper something other
// than "SELECT <expr>" (a FROM clause, a second statement, an alias...).
func parseExpr(expr string) (*pg_query.Node, error) {
	if strings.IndexByte(expr, 0) >= 0 {
		// The parser takes a C string and would silently stop at the NUL.
		return nil, fmt.Errorf("expression %q: contains a NUL byte", expr)
	}
	if strings.TrimSpace(expr) == "" {
		return nil, errors.New("empty expression")
	}
	tree, err := pgast.Parse("SELECT " + expr)
	if err != nil {
		return nil, fmt.Errorf("expression %q: %w", expr, err)
	}
	if len(tree.Stmts) != 1 {
		return nil, fmt.Errorf("expression %q: not a single expression", expr)
	}
	sel := tree.Stmts[0].GetStmt().GetSelectStmt()
	if sel == nil || len(sel.TargetList) != 1 || !bareSelect(sel) {
		return nil, fmt.Errorf("expression %q: not a single expression", expr)
	}
	rt := sel.TargetList[0].GetResTarget()
	if rt == nil || rt.Val == nil || rt.Name != "" || len(rt.Indirection) > 0 {
		return nil, fmt.Errorf("expression %q: not a single expression", expr)
	}
	return rt.Val, nil
}

// bareSelect reports whether sel has nothing but a target list.
func bareSelect(sel *pg_query.SelectStmt) bool {
	return len(sel.DistinctClause) == 0 && sel.IntoClause == nil && len(sel.FromClause) == 0 &&
		sel.WhereClause == nil && len(sel.GroupClause) == 0 && sel.HavingClause == nil &&
		len(sel.WindowClause) == 0 && len(sel.ValuesLists) == 0 && len(sel.SortClause) == 0 &&
		sel.LimitOffset == nil && sel.LimitCount == nil && len(sel.LockingClause) == 0 &&
		sel.WithClause == nil && sel.Op == pg_query.SetOperation_SETOP_NONE && sel.Larg == nil && sel.Rarg == nil
}

func clone(n *pg_query.Node) *pg_query.Node {
	return proto.Clone(n).(*pg_query.Node)
}

// exprText prints a rewritten expression. Simple constants and calls are
// printed directly because they are most defaults and the deparser round
// trip dominates the cost of replaying large scripts; the result is the same
// text the deparser prints (the tests hold the two paths together).
func exprText(n *pg_query.Node) (string, error) {
	if s, ok := fastText(n); ok {
		return s, nil
	}
	if s, ok := nullTestText(n); ok {
		return s, nil
	}
	return deparse(n)
}

// deparse prints an expression through pg_query's deparser by wrapping it
// in a SELECT and stripping the keyword again.
func deparse(n *pg_query.Node) (string, error) {
	sel := &pg_query.SelectStmt{
		TargetList:  []*pg_query.Node{{Node: &pg_query.Node_ResTarget{ResTarget: &pg_query.ResTarget{Val: n}}}},
		LimitOption: pg_query.LimitOption_LIMIT_OPTION_DEFAULT,
		Op:          pg_query.SetOperation_SETOP_NONE,
	}
	tree := &pg_query.ParseResult{Stmts: []*pg_query.RawStmt{{Stmt: &pg_query.Node{Node: &pg_query.Node_SelectStmt{SelectStmt: sel}}}}}
	out, err := pg_query.Deparse(tree)
	if err != nil {
		return "", fmt.Errorf("print expression: %w", err)
	}
	s, ok := strings.CutPrefix(out, "SELECT ")
	if !ok {
		return "", fmt.Errorf("print expression: unexpected deparser output %q", out)
	}
	return s, nil
}

// fastText prints the handful of node shapes that make up nearly every
// column default: a constant, and a call without arguments such as now().
func fastText(n *pg_query.Node) (string, bool) {
	switch v := n.Node.(type) {
	case *pg_query.Node_AConst:
		c := v.AConst
		if c.Isnull {
			return "NULL", true
		}
		switch cv := c.Val.(type) {
		case *pg_query.A_Const_Ival:
			return strconv.FormatInt(int64(cv.Ival.Ival), 10), true
		case *pg_query.A_Const_Boolval:
			if cv.Boolval.Boolval {
				return "true", true
			}
			return "false", true
		case *pg_query.A_Const_Sval:
			s := cv.Sval.Sval
			// The deparser switches to E'' syntax for backslashes; leave
			// those to it.
			if strings.ContainsAny(s, `\`) {
				return "", false
			}
			return "'" + strings.ReplaceAll(s, "'", "''") + "'", true
		}
	case *pg_query.Node_FuncCall:
		f := v.FuncCall
		if len(f.Args) > 0 || f.AggStar || f.AggDistinct || f.FuncVariadic || f.AggFilter != nil ||
			f.Over != nil || len(f.AggOrder) > 0 || f.AggWithinGroup ||
			f.Funcformat != pg_query.CoercionForm_COERCE_EXPLICIT_CALL || len(f.Funcname) != 1 {
			return "", false
		}
		name := f.Funcname[0].GetString_().GetSval()
		if !fastFuncs[name] {
			return "", false
		}
		return name + "()", true
	}
	return "", false
}

// nullTests memoizes the deparser's text of column IS [NOT] NULL by
// column name and test: a partial index's soft-delete predicate,
// deleted_at IS NULL, repeats in thousands of tables, and whether a
// column name needs quotes (a keyword) is the deparser's to say.
var nullTests sync.Map // nullTestKey -> string

type nullTestKey struct {
	column string
	test   pg_query.NullTestType
}

// nullTestText is exprText for a NullTest on an unqualified column.
func nullTestText(n *pg_query.Node) (string, bool) {
	t := n.GetNullTest()
	if t == nil || t.Argisrow {
		return "", false
	}
	ref := t.Arg.GetColumnRef()
	if ref == nil || len(ref.Fields) != 1 || ref.Fields[0].GetString_() == nil {
		return "", false
	}
	k := nullTestKey{ref.Fields[0].GetString_().GetSval(), t.Nulltesttype}
	if s, ok := nullTests.Load(k); ok {
		return s.(string), true
	}
	s, err := deparse(n)
	if err != nil {
		return "", false
	}
	nullTests.Store(k, s)
	return s, true
}

// fastFuncs are the argument-less functions common in defaults whose names
// the deparser never quotes.
var fastFuncs = map[string]bool{
	"now": true, "gen_random_uuid": true, "uuid_generate_v4": true, "uuid_generate_v1": true,
	"uuid_generate_v1mc": true, "clock_timestamp": true, "statement_timestamp": true,
	"transaction_timestamp": true, "random": true, "timeofday": true, "txid_current": true,
}

// rewrite brings an expression tree to canonical form bottom-up: children
// first, then the node itself. It modifies n in place and may return a
// different node.
func rewrite(n *pg_query.Node) *pg_query.Node {
	if n == nil {
		return nil
	}
	rewriteChildren(n.ProtoReflect())
	return rewriteNode(n)
}

// rewriteChildren rewrites every node below m, so that node types this
// package has no rule for still get their children normalized.
func rewriteChildren(m protoreflect.Message) { eachChild(m, rewrite) }

// rewriteNode applies the rules to one node whose children are already
// canonical.
func rewriteNode(n *pg_query.Node) *pg_query.Node {
	switch v := n.Node.(type) {
	case *pg_query.Node_TypeCast:
		return rewriteCast(n, v.TypeCast)
	case *pg_query.Node_AExpr:
		return rewriteAExpr(n, v.AExpr)
	case *pg_query.Node_BoolExpr:
		b := v.BoolExpr
		if b.Boolop == pg_query.BoolExprType_AND_EXPR || b.Boolop == pg_query.BoolExprType_OR_EXPR {
			// The grammar only folds "a AND b AND c" leftwards; the
			// operators are associative, so flatten every nesting.
			var args []*pg_query.Node
			for _, a := range b.Args {
				if inner := a.GetBoolExpr(); inner != nil && inner.Boolop == b.Boolop {
					args = append(args, inner.Args...)
				} else {
					args = append(args, a)
				}
			}
			b.Args = args
		}
	case *pg_query.Node_FuncCall:
		f := v.FuncCall
		// The catalog prints functions unqualified when their schema is
		// on the search_path, which pg_catalog always is and public is by
		// default; SQL-syntax forms (EXTRACT, SIMILAR) need the qualified
		// name to print as syntax again, so they are left alone.
		if len(f.Funcname) == 2 && f.Funcformat == pg_query.CoercionForm_COERCE_EXPLICIT_CALL {
			if s := f.Funcname[0].GetString_().GetSval(); s == "pg_catalog" || s == "public" {
				f.Funcname = f.Funcname[1:]
			}
		}
	}
	return n
}

func rewriteCast(n *pg_query.Node, c *pg_query.TypeCast) *pg_query.Node {
	arg := c.Arg
	switch {
	case arg == nil:
	case arg.GetAConst() != nil:
		// The catalog prints every literal with a cast to its resolved
		// type ('general'::character varying); what the script wrote is
		// the bare literal. A string cast to a number or boolean is how
		// the catalog prints negative numbers ('-1'::integer) and how a
		// script may write them; PostgreSQL stores the converted value.
		if conv := convertConst(arg.GetAConst(), castKind(c.TypeName)); conv != nil {
			return conv
		}
		return arg
	case isConstArray(arg):
		return arg
	case arg.GetColumnRef() != nil && isTextCast(c.TypeName):
		// A varchar column compared with text gets an explicit
		// (col)::text in catalog output that the script never wrote.
		return arg
	default:
		canonicalTypeName(c.TypeName)
	}
	return n
}

// isConstArray reports whether n is ARRAY[...] of constants (nested arrays
// included), which the catalog prints with a cast to the array type.
func isConstArray(n *pg_query.Node) bool {
	a := n.GetAArrayExpr()
	if a == nil {
		return false
	}
	for _, e := range a.Elements {
		if e.GetAConst() == nil && !isConstArray(e) {
			return false
		}
	}
	return true
}

// typeNameParts returns a type name's parts without a pg_catalog qualifier.
func typeNameParts(tn *pg_query.TypeName) []string {
	if tn == nil {
		return nil
	}
	parts := make([]string, 0, len(tn.Names))
	for _, p := range tn.Names {
		parts = append(parts, p.GetString_().GetSval())
	}
	if len(parts) == 2 && parts[0] == "pg_catalog" {
		parts = parts[1:]
	}
	return parts
}

// builtinName returns format_type's name for a type name node when it is a
// built-in type, else "".
func builtinName(tn *pg_query.TypeName) string {
	parts := typeNameParts(tn)
	if len(parts) != 1 || (parts[0] == "char" && len(tn.Names) == 1) {
		// An unqualified "char" is the quoted single-byte type, not CHAR.
		return ""
	}
	c, _ := model.CanonicalTypeName(parts[0])
	return c
}

func isTextCast(tn *pg_query.TypeName) bool {
	name := builtinName(tn)
	return name != "" && model.Type{Name: name}.Family() == model.FamilyText
}

// constKind is what a string literal converts to under a cast.
type constKind int

const (
	kindOther constKind = iota
	kindInt2
	kindInt4
	kindInt8
	kindNumber
	kindBool
	kindTimestamptz
	kindTimestamp
	kindDate
	kindTSVector
	kindInterval
)

func castKind(tn *pg_query.TypeName) constKind {
	if tn == nil || len(tn.ArrayBounds) > 0 {
		return kindOther
	}
	k := typeKind(builtinName(tn))
	if k == kindInterval && len(tn.Typmods) > 0 {
		return kindOther // interval '1' day: the fields restrict the value
	}
	return k
}

func typeKind(name string) constKind {
	switch name {
	case "smallint":
		return kindInt2
	case "integer":
		return kindInt4
	case "bigint":
		return kindInt8
	case "numeric", "real", "double precision":
		return kindNumber
	case "boolean":
		return kindBool
	case "timestamp with time zone":
		return kindTimestamptz
	case "timestamp without time zone":
		return kindTimestamp
	case "date":
		return kindDate
	case "tsvector":
		return kindTSVector
	case "interval":
		return kindInterval
	}
	return kindOther
}

// convertConst converts a string constant to the number or boolean it
// spells for the given kind, as the type's input function would, or
// returns nil when it does not apply.
func convertConst(c *pg_query.A_Const, k constKind) *pg_query.Node {
	if c.Isnull {
		return nil
	}
	sv := c.GetSval()
	if sv == nil {
		// A partition bound's '20250101' on a date key is printed bare
		// until its key's type is known (see boundValues).
		if iv := c.GetIval(); iv != nil && (k == kindDate || k == kindTimestamp || k == kindTimestamptz) {
			sv = &pg_query.String{Sval: strconv.Itoa(int(iv.Ival))}
		} else {
			return nil
		}
	}
	s := strings.TrimSpace(sv.Sval)
	switch k {
	case kindInt2, kindInt4, kindInt8:
		bits := map[constKind]int{kindInt2: 16, kindInt4: 32, kindInt8: 64}[k]
		i, err := strconv.ParseInt(s, 10, bits)
		if err != nil {
			return nil
		}
		return intConst(i, c.Location)
	case kindNumber:
		if !isDecimal(s) {
			return nil
		}
		s = strings.TrimPrefix(s, "+")
		if i, err := strconv.ParseInt(s, 10, 32); err == nil {
			return intConst(i, c.Location)
		}
		return &pg_query.Node{Node: &pg_query.Node_AConst{AConst: &pg_query.A_Const{
			Val: &pg_query.A_Const_Fval{Fval: &pg_query.Float{Fval: s}}, Location: c.Location}}}
	case kindBool:
		b, ok := parseBool(s)
		if !ok {
			return nil
		}
		return &pg_query.Node{Node: &pg_query.Node_AConst{AConst: &pg_query.A_Const{
			Val: &pg_query.A_Const_Boolval{Boolval: &pg_query.Boolean{Boolval: b}}, Location: c.Location}}}
	case kindTimestamptz, kindTimestamp, kindDate, kindTSVector, kindInterval:
		v, ok := timeLiteral(s, k)
		switch k {
		case kindTSVector:
			v, ok = tsvectorLiteral(sv.Sval)
		case kindInterval:
			v, ok = intervalLiteral(s)
		}
		if !ok {
			return nil
		}
		return &pg_query.Node{Node: &pg_query.Node_AConst{AConst: &pg_query.A_Const{
			Val: &pg_query.A_Const_Sval{Sval: &pg_query.String{Sval: v}}, Location: c.Location}}}
	}
	return nil
}

// intConst builds an integer constant the way the grammar does: values that
// do not fit in 32 bits are kept as numeric text.
func intConst(i int64, loc int32) *pg_query.Node {
	if i >= -1<<31 && i < 1<<31 {
		return &pg_query.Node{Node: &pg_query.Node_AConst{AConst: &pg_query.A_Const{
			Val: &pg_query.A_Const_Ival{Ival: &pg_query.Integer{Ival: int32(i)}}, Location: loc}}}
	}
	return &pg_query.Node{Node: &pg_query.Node_AConst{AConst: &pg_query.A_Const{
		Val: &pg_query.A_Const_Fval{Fval: &pg_query.Float{Fval: strconv.FormatInt(i, 10)}}, Location: loc}}}
}

// isDecimal reports whether s is a plain decimal number: sign, digits, an
// optional fraction and exponent.
func isDecimal(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, exp = i+1, exp+1
		}
		if exp == 0 {
			return false
		}
	}
	return i == len(s)
}

// parseBool follows PostgreSQL's boolin: any unambiguous prefix of true,
// false, yes, no, and on, off, 1, 0, case-insensitively.
func parseBool(s string) (bool, bool) {
	l := strings.ToLower(s)
	if l == "" {
		return false, false
	}
	prefix := func(word string) bool { return strings.HasPrefix(word, l) }
	switch l[0] {
	case 't':
		return true, prefix("true")
	case 'f':
		return false, prefix("false")
	case 'y':
		return true, prefix("yes")
	case 'n':
		return false, prefix("no")
	case 'o':
		// "o" alone is ambiguous between on and off.
		if len(l) >= 2 && prefix("on") {
			return true, true
		}
		if len(l) >= 2 && prefix("off") {
			return false, true
		}
	case '1':
		return true, l == "1"
	case '0':
		return false, l == "0"
	}
	return false, false
}

// internalTypeNames maps format_type names of the types the grammar spells
// specially to the internal names it produces (pg_catalog.int4 for
// INTEGER), so that int, int4 and integer all print alike.
var internalTypeNames = map[string]string{
	"integer": "int4", "smallint": "int2", "bigint": "int8", "character varying": "varchar",
	"character": "bpchar", "boolean": "bool", "real": "float4", "double precision": "float8",
	"numeric": "numeric", "timestamp with time zone": "timestamptz", "timestamp without time zone": "timestamp",
	"time with time zone": "timetz", "time without time zone": "time", "interval": "interval",
	"bit": "bit", "bit varying": "varbit",
}

// canonicalTypeName rewrites a cast's type name in place to the spelling
// the grammar gives the SQL-standard name.
func canonicalTypeName(tn *pg_query.TypeName) {
	name := builtinName(tn)
	if name == "" {
		return
	}
	if internal, ok := internalTypeNames[name]; ok {
		tn.Names = []*pg_query.Node{pg_query.MakeStrNode("pg_catalog"), pg_query.MakeStrNode(internal)}
		return
	}
	tn.Names = []*pg_query.Node{pg_query.MakeStrNode(name)}
}

func rewriteAExpr(n *pg_query.Node, e *pg_query.A_Expr) *pg_query.Node {
	switch e.Kind {
	case pg_query.A_Expr_Kind_AEXPR_IN:
		items := e.Rexpr.GetList().GetItems()
		if len(items) == 0 {
			return n
		}
		if len(items) == 1 {
			// PostgreSQL turns a one-element IN list into a plain
			// comparison.
			e.Kind, e.Rexpr = pg_query.A_Expr_Kind_AEXPR_OP, items[0]
			return n
		}
		// IN (a, b) is stored as = ANY (ARRAY[a, b]), NOT IN as <> ALL.
		e.Kind = pg_query.A_Expr_Kind_AEXPR_OP_ANY
		if opName(e) == "<>" {
			e.Kind = pg_query.A_Expr_Kind_AEXPR_OP_ALL
		}
		e.Rexpr = &pg_query.Node{Node: &pg_query.Node_AArrayExpr{AArrayExpr: &pg_query.A_ArrayExpr{Elements: items, Location: -1}}}
	case pg_query.A_Expr_Kind_AEXPR_LIKE, pg_query.A_Expr_Kind_AEXPR_ILIKE, pg_query.A_Expr_Kind_AEXPR_SIMILAR:
		// LIKE is the operator ~~ (ILIKE ~~*, SIMILAR TO ~ on
		// similar_to_escape), which is how the catalog prints it.
		if len(e.Name) == 1 {
			e.Kind = pg_query.A_Expr_Kind_AEXPR_OP
		}
	case pg_query.A_Expr_Kind_AEXPR_BETWEEN, pg_query.A_Expr_Kind_AEXPR_NOT_BETWEEN,
		pg_query.A_Expr_Kind_AEXPR_BETWEEN_SYM, pg_query.A_Expr_Kind_AEXPR_NOT_BETWEEN_SYM:
		return rewriteBetween(n, e)
	case pg_query.A_Expr_Kind_AEXPR_OP, pg_query.A_Expr_Kind_AEXPR_OP_ANY, pg_query.A_Expr_Kind_AEXPR_OP_ALL:
		// OPERATOR(pg_catalog.=) is the operator the bare name finds, and
		// so is OPERATOR(public.~), which pg_dump writes for an
		// extension's operator: the catalog is read with public on the
		// search_path, as for functions.
		if len(e.Name) == 2 {
			if s := e.Name[0].GetString_().GetSval(); s == "pg_catalog" || s == "public" {
				e.Name = e.Name[1:]
			}
		}
	}
	return n
}

func opName(e *pg_query.A_Expr) string {
	if len(e.Name) == 0 {
		return ""
	}
	return e.Name[len(e.Name)-1].GetString_().GetSval()
}

// maxBetweenOperands bounds the encoded size of the operands a BETWEEN
// expansion may copy.
const maxBetweenOperands = 4096

// rewriteBetween expands BETWEEN into the comparisons PostgreSQL stores:
// x >= a AND x <= b; NOT BETWEEN as x < a OR x > b; SYMMETRIC as the OR of
// both orders.
func rewriteBetween(n *pg_query.Node, e *pg_query.A_Expr) *pg_query.Node {
	bounds := e.Rexpr.GetList().GetItems()
	if len(bounds) != 2 || e.Lexpr == nil {
		return n
	}
	x, a, b := e.Lexpr, bounds[0], bounds[1]
	if proto.Size(x)+proto.Size(a)+proto.Size(b) > maxBetweenOperands {
		// Each expansion copies its operands, so nested BETWEENs grow
		// exponentially; nobody writes such a constraint by hand, and
		// leaving it unexpanded only risks a spurious difference.
		return n
	}
	op := func(name string, l, r *pg_query.Node) *pg_query.Node {
		return pg_query.MakeAExprNode(pg_query.A_Expr_Kind_AEXPR_OP,
			[]*pg_query.Node{pg_query.MakeStrNode(name)}, clone(l), clone(r), -1)
	}
	boolean := func(kind pg_query.BoolExprType, args ...*pg_query.Node) *pg_query.Node {
		return pg_query.MakeBoolExprNode(kind, args, -1)
	}
	and, or := pg_query.BoolExprType_AND_EXPR, pg_query.BoolExprType_OR_EXPR
	switch e.Kind {
	case pg_query.A_Expr_Kind_AEXPR_BETWEEN:
		return boolean(and, op(">=", x, a), op("<=", x, b))
	case pg_query.A_Expr_Kind_AEXPR_NOT_BETWEEN:
		return boolean(or, op("<", x, a), op(">", x, b))
	case pg_query.A_Expr_Kind_AEXPR_BETWEEN_SYM:
		return boolean(or, boolean(and, op(">=", x, a), op("<=", x, b)), boolean(and, op(">=", x, b), op("<=", x, a)))
	default:
		return boolean(and, boolean(or, op("<", x, a), op(">", x, b)), boolean(or, op("<", x, b), op(">", x, a)))
	}
}
