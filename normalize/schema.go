package normalize

import (
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// Scoped normalizes every stored expression of s again in its table's
// scope (see Scope): CHECK constraints, index keys and predicates,
// defaults, generated columns, partition bounds and domain checks. Each
// producer calls it once its schema is complete, since only then are the
// column types and domains known; a text that does not parse again (the
// deparser prints a few pathological nestings it cannot read back) is left
// as it is.
func Scoped(s *model.Schema) {
	for _, t := range s.Tables {
		scopeTable(s, t)
	}
	for _, d := range s.Domains {
		sc := Scope{Schema: d.Schema, Columns: map[string]model.Type{"value": baseType(s, d.Type)}}
		for _, c := range d.Checks {
			c.Expr = sc.text(c.Expr)
		}
		d.Default = sc.text(d.Default)
	}
}

func scopeTable(s *model.Schema, t *model.Table) {
	sc := TableScope(s, t)
	for _, c := range t.Checks {
		c.Expr = sc.text(c.Expr)
	}
	for _, c := range t.Columns {
		c.Default = sc.text(c.Default)
		c.Generated = sc.text(c.Generated)
	}
	for _, ix := range t.Indexes {
		ix.Where = sc.text(ix.Where)
		for i := range ix.Keys {
			sc.indexKey(&ix.Keys[i])
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
	if expr == "" {
		return ""
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
