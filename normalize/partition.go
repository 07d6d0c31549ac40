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

// PartitionSpec renders a PARTITION BY clause the way pg_get_partkeydef
// does: "RANGE (created_at)", "LIST (lower(name))", "HASH (((id + 1)))"
// with expressions normalized.
func PartitionSpec(spec *pg_query.PartitionSpec) (string, error) {
	if spec == nil {
		return "", errors.New("partition key: missing")
	}
	var strategy, method string
	switch spec.Strategy {
	case pg_query.PartitionStrategy_PARTITION_STRATEGY_RANGE:
		strategy, method = "RANGE", "btree"
	case pg_query.PartitionStrategy_PARTITION_STRATEGY_LIST:
		strategy, method = "LIST", "btree"
	case pg_query.PartitionStrategy_PARTITION_STRATEGY_HASH:
		strategy, method = "HASH", "hash"
	default:
		return "", errors.New("partition key: unknown strategy")
	}
	if len(spec.PartParams) == 0 {
		return "", errors.New("partition key: no columns")
	}
	keys := make([]string, 0, len(spec.PartParams))
	for _, p := range spec.PartParams {
		e := p.GetPartitionElem()
		if e == nil {
			return "", errors.New("partition key: malformed element")
		}
		var k string
		switch {
		case e.Name != "":
			k = model.QuoteIdent(model.TruncateIdent(e.Name))
		case e.Expr != nil:
			n := canonical(e.Expr)
			if col := simpleColumn(n); col != "" {
				k = model.QuoteIdent(col)
				break
			}
			s, err := exprText(n)
			if err != nil {
				return "", fmt.Errorf("partition key: %w", err)
			}
			// pg_get_partkeydef parenthesizes every expression that does
			// not already read as a function call.
			if looksLikeFunction(n) {
				k = s
			} else {
				k = "(" + s + ")"
			}
		default:
			return "", errors.New("partition key: element has neither column nor expression")
		}
		if coll := qualifiedName(e.Collation); coll != "" && coll != "default" {
			k += " COLLATE " + model.QuoteIdent(coll)
		}
		if op := qualifiedName(e.Opclass); op != "" && !defaultOpclasses[method][op] {
			k += " " + op
		}
		keys = append(keys, k)
	}
	return strategy + " (" + strings.Join(keys, ", ") + ")", nil
}

// looksLikeFunction mirrors ruleutils' looks_like_function: node types
// that print with their own parentheses.
func looksLikeFunction(n *pg_query.Node) bool {
	switch n.Node.(type) {
	case *pg_query.Node_FuncCall, *pg_query.Node_CoalesceExpr, *pg_query.Node_MinMaxExpr,
		*pg_query.Node_SqlvalueFunction, *pg_query.Node_XmlExpr:
		return true
	}
	return false
}

// PartitionKeyDef parses a partition key as pg_get_partkeydef returns it
// ("RANGE (created_at)") and renders it like PartitionSpec.
func PartitionKeyDef(def string) (string, error) {
	if strings.IndexByte(def, 0) >= 0 {
		return "", errors.New("partition key contains a NUL byte")
	}
	tree, err := pgast.Parse("CREATE TABLE t () PARTITION BY " + def)
	if err != nil {
		return "", fmt.Errorf("partition key %q: %w", def, err)
	}
	if len(tree.Stmts) != 1 || tree.Stmts[0].GetStmt().GetCreateStmt() == nil {
		return "", fmt.Errorf("partition key %q: not a partition key", def)
	}
	return PartitionSpec(tree.Stmts[0].GetStmt().GetCreateStmt().Partspec)
}

// PartitionBound renders a partition bound the way pg_get_expr prints
// relpartbound: "FOR VALUES IN ('a', 'b')", "FOR VALUES FROM (0) TO
// (MAXVALUE)", "FOR VALUES WITH (modulus 4, remainder 0)" or "DEFAULT".
//
// The catalog prints bound values as quoted literals of the key's type
// ('0' for a bigint key); a quoted plain number is printed bare here so
// both spellings agree. Values whose text PostgreSQL rewrites on input
// (timestamps) still differ from the script's spelling.
func PartitionBound(b *pg_query.PartitionBoundSpec) (string, error) {
	return partitionBound(b, nil)
}

// partitionBound renders a bound whose key columns have the given types
// (nil or shorter when unknown): a literal is printed as a value of its
// key's type, as the catalog prints it.
func partitionBound(b *pg_query.PartitionBoundSpec, keys []model.Type) (string, error) {
	if b == nil {
		return "", errors.New("partition bound: missing")
	}
	if b.IsDefault {
		return "DEFAULT", nil
	}
	switch b.Strategy {
	case "l":
		// Every value of a list bound is one of the single key.
		vals, err := boundValues(b.Listdatums, repeatKey(keys, len(b.Listdatums)))
		if err != nil {
			return "", err
		}
		return "FOR VALUES IN (" + vals + ")", nil
	case "r":
		lo, err := boundValues(b.Lowerdatums, keys)
		if err != nil {
			return "", err
		}
		hi, err := boundValues(b.Upperdatums, keys)
		if err != nil {
			return "", err
		}
		return "FOR VALUES FROM (" + lo + ") TO (" + hi + ")", nil
	case "h":
		return "FOR VALUES WITH (modulus " + strconv.Itoa(int(b.Modulus)) + ", remainder " + strconv.Itoa(int(b.Remainder)) + ")", nil
	}
	return "", errors.New("partition bound: unknown strategy")
}

func repeatKey(keys []model.Type, n int) []model.Type {
	if len(keys) == 0 {
		return nil
	}
	out := make([]model.Type, n)
	for i := range out {
		out[i] = keys[0]
	}
	return out
}

func boundValues(datums []*pg_query.Node, keys []model.Type) (string, error) {
	out := make([]string, 0, len(datums))
	for i, d := range datums {
		if cr := d.GetColumnRef(); cr != nil && len(cr.Fields) == 1 {
			switch cr.Fields[0].GetString_().GetSval() {
			case "minvalue":
				out = append(out, "MINVALUE")
				continue
			case "maxvalue":
				out = append(out, "MAXVALUE")
				continue
			}
		}
		n := canonical(d)
		if c := n.GetAConst(); c != nil && i < len(keys) && !keys[i].Array {
			if conv := convertConst(c, typeKind(keys[i].Name)); conv != nil {
				n = conv
			}
		}
		if c := n.GetAConst(); c != nil && c.GetSval() != nil && isDecimal(c.GetSval().Sval) {
			out = append(out, strings.TrimPrefix(c.GetSval().Sval, "+"))
			continue
		}
		s, err := exprText(n)
		if err != nil {
			return "", fmt.Errorf("partition bound: %w", err)
		}
		out = append(out, s)
	}
	return strings.Join(out, ", "), nil
}

// PartitionBoundDef parses a partition bound as pg_get_expr prints
// relpartbound and renders it like PartitionBound.
func PartitionBoundDef(def string) (string, error) { return PartitionBoundIn(def, nil) }

// PartitionBoundIn renders a partition bound, as PartitionBoundDef parses
// it, for a partition key whose columns have the given types, so that
// '2024-01-01' and '2024-01-01 00:00:00+00' on a timestamptz key, or
// 'Jan 1 2024' and '2024-01-01' on a date key, print alike.
func PartitionBoundIn(def string, keys []model.Type) (string, error) {
	if strings.IndexByte(def, 0) >= 0 {
		return "", errors.New("partition bound contains a NUL byte")
	}
	tree, err := pgast.Parse("CREATE TABLE t PARTITION OF p " + def)
	if err != nil {
		return "", fmt.Errorf("partition bound %q: %w", def, err)
	}
	if len(tree.Stmts) != 1 || tree.Stmts[0].GetStmt().GetCreateStmt() == nil {
		return "", fmt.Errorf("partition bound %q: not a partition bound", def)
	}
	return partitionBound(tree.Stmts[0].GetStmt().GetCreateStmt().Partbound, keys)
}

// PartitionKeyColumns returns, for each element of a partition key as
// PartitionSpec renders it, the column it names, or "" for an expression.
func PartitionKeyColumns(def string) []string {
	tree, err := pgast.Parse("CREATE TABLE t () PARTITION BY " + def)
	if err != nil || len(tree.Stmts) != 1 || tree.Stmts[0].GetStmt().GetCreateStmt().GetPartspec() == nil {
		return nil
	}
	var out []string
	for _, p := range tree.Stmts[0].GetStmt().GetCreateStmt().GetPartspec().PartParams {
		e := p.GetPartitionElem()
		name := ""
		if e != nil && e.Name != "" {
			name = model.TruncateIdent(e.Name)
		} else if e != nil {
			name = simpleColumn(canonical(e.Expr))
		}
		out = append(out, name)
	}
	return out
}
