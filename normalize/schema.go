package normalize

import (
	"strings"

	"github.com/ariadrift/ariadrift/internal/par"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Scoped normalizes every stored expression of s again in its table's
// scope (see Scope): CHECK constraints, index keys and predicates,
// defaults, generated columns, partition bounds and domain checks. Each
// producer calls it once its schema is complete, since only then are the
// column types and domains known; a text that does not parse again (the
// deparser prints a few pathological nestings it cannot read back) is left
// as it is.
func Scoped(s *model.Schema) {
	// Each table's expressions are read in the table's own scope and
	// written to that table only, so the tables are scoped side by side.
	par.Each(len(s.Tables), scopeBatch, func(i int) { scopeTable(s, s.Tables[i]) })
	for _, v := range s.Views {
		v.Definition = viewScoped(s, v)
	}
	for _, d := range s.Domains {
		sc := Scope{Schema: d.Schema, Columns: map[string]model.Type{"value": baseType(s, d.Type)}}
		for _, c := range d.Checks {
			c.Expr = sc.text(c.Expr)
		}
		d.Default = sc.text(d.Default)
	}
}

// ownCollation drops a column key's COLLATE that names the column's own
// collation: the index then uses the column's, and the catalog prints none.
func ownCollation(t *model.Table, k *model.IndexKey) {
	if k.Column == "" || k.Collation == "" {
		return
	}
	if col, ok := t.Column(k.Column); ok && col.Collation == k.Collation {
		k.Collation = ""
	}
}

// scopeBatch is how many tables a worker of Scoped takes at a time.
const scopeBatch = 256

func scopeTable(s *model.Schema, t *model.Table) {
	// The column types are looked up only when some expression needs
	// them: most tables of a large schema have none, and building the map
	// for every table cost a third of this pass.
	sc := Scope{Schema: t.Schema}
	columns := func() {
		if sc.Columns == nil {
			sc.Columns = TableScope(s, t).Columns
		}
	}
	text := func(expr string) string {
		if strings.Contains(expr, "'") || sc.mayChange(expr) {
			columns()
		}
		return sc.text(expr)
	}
	if len(s.Domains) > 0 || len(t.Partitions) > 0 {
		columns()
	}
	for _, c := range t.Checks {
		c.Expr = text(c.Expr)
	}
	for _, c := range t.Columns {
		if sc.Columns != nil && c.Default != "" {
			if base := sc.Columns[c.Name]; !base.Equal(c.Type) {
				// A domain column's literal default was converted for the
				// domain, which the producers cannot see through.
				c.Default = sc.literal(c.Default, base)
			}
		}
		if strings.Contains(c.Default, sc.Schema+".") {
			// The producers convert a default's literal to the column's
			// type already; what is left is a name of the table's schema.
			c.Default = text(c.Default)
		}
		c.Generated = text(c.Generated)
	}
	for _, ix := range t.Indexes {
		ix.Where = text(ix.Where)
		for i := range ix.Keys {
			if ix.Keys[i].Expr != "" {
				columns()
			}
			sc.indexKey(&ix.Keys[i])
			ownCollation(t, &ix.Keys[i])
		}
	}
	if len(t.Partitions) > 0 {
		var keys []model.Type
		for _, col := range PartitionKeyColumns(t.PartitionBy) {
			keys = append(keys, sc.Columns[col]) // the zero Type for an expression: no conversion
		}
		for i := range t.Partitions {
			if b, err := PartitionBoundIn(t.Partitions[i].Bound, keys); err == nil {
				t.Partitions[i].Bound = b
			}
		}
	}
}

// text is ExprIn that keeps the text when it does not parse, and the empty
// text (no expression) as it is.
func (sc Scope) text(expr string) string {
	if !sc.mayChange(expr) {
		return expr
	}
	out, err := ExprIn(expr, sc)
	if err != nil {
		return expr
	}
	return out
}

// indexKey normalizes one key of an index in scope: its expression, which
// may turn out to be a plain column, and its collation and operator class,
// which the catalog qualifies like any other name.
func (sc Scope) indexKey(k *model.IndexKey) {
	if k.Expr != "" {
		k.Expr = sc.text(k.Expr)
		if n, err := parseExpr(k.Expr); err == nil {
			if col := simpleColumn(n); col != "" {
				k.Column, k.Expr = col, ""
			}
		}
	}
	k.Collation = sc.unqualifyText(k.Collation)
	k.Opclass = sc.unqualifyText(k.Opclass)
}

// unqualifyText drops the scope's schema from a dotted name kept as text.
func (sc Scope) unqualifyText(name string) string {
	if rest, ok := strings.CutPrefix(name, sc.Schema+"."); ok && sc.Schema != "" && !strings.Contains(rest, ".") {
		return rest
	}
	return name
}

// mayChange reports whether ExprIn could print expr otherwise: only a
// cast, a name qualified with the scope's schema, a collation or a literal
// next to a column of a type whose literals are rewritten can. Most
// stored expressions have none, and parsing them again would double the
// cost of replaying a large script.
func (sc Scope) mayChange(expr string) bool {
	switch {
	case expr == "":
		return false
	case strings.Contains(expr, "::"), strings.Contains(expr, "COLLATE"), strings.Contains(expr, "collate"),
		strings.Contains(expr, "public."), sc.Schema != "" && strings.Contains(expr, sc.Schema+"."):
		return true
	case !strings.Contains(expr, "'"):
		return false
	}
	for name, t := range sc.Columns {
		if !t.Array && typeKind(t.Name) != kindOther && strings.Contains(expr, name) {
			return true
		}
	}
	return false
}

// literal converts a default that is a bare literal to the spelling of a
// value of type t.
func (sc Scope) literal(expr string, t model.Type) string {
	n, err := parseExpr(expr)
	if err != nil || t.Array {
		return expr
	}
	c := n.GetAConst()
	if c == nil {
		return expr
	}
	conv := convertConst(c, typeKind(t.Name))
	if conv == nil {
		return expr
	}
	if out, err := exprText(conv); err == nil {
		return out
	}
	return expr
}

// viewScoped normalizes a view's definition in the scope of the tables it
// reads: the server casts a column to the type an operator needs
// (publication_year::integer % 2 for a smallint column) when it stores the
// view. A column name two of those tables have with different types is
// left out of the scope, so its casts stay.
func viewScoped(s *model.Schema, v *model.View) string {
	if v.Definition == "" {
		return ""
	}
	tree, err := pgast.Parse(v.Definition)
	if err != nil || len(tree.Stmts) != 1 {
		return v.Definition
	}
	sc := Scope{Schema: v.Schema, Columns: map[string]model.Type{}}
	clash := map[string]bool{}
	walkChildren(tree.Stmts[0].Stmt, func(n *pg_query.Node) {
		rv := n.GetRangeVar()
		if rv == nil {
			return
		}
		t, ok := s.Table(rv.Schemaname, rv.Relname)
		if !ok {
			return
		}
		for _, c := range t.Columns {
			typ := baseType(s, c.Type)
			if old, seen := sc.Columns[c.Name]; seen && !old.Equal(typ) {
				clash[c.Name] = true
			}
			sc.Columns[c.Name] = typ
		}
	})
	for name := range clash {
		delete(sc.Columns, name)
	}
	tree.Stmts[0].Stmt = sc.apply(tree.Stmts[0].Stmt, true)
	out, err := pg_query.Deparse(tree)
	if err != nil {
		return v.Definition
	}
	return out
}
