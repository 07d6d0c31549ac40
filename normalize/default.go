package normalize

import (
	"errors"
	"fmt"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Default normalizes a column default for a column of type t: strips casts
// to the column's own type ('general'::character varying -> 'general',
// '{}'::jsonb -> '{}', '-1'::integer -> -1), canonical spelling (NOW() ->
// now()). autoInc is true for nextval(...) defaults (the normalized text is
// then "").
func Default(expr string, t model.Type) (norm string, autoInc bool, err error) {
	n, err := parseExpr(expr)
	if err != nil {
		return "", false, fmt.Errorf("default: %w", err)
	}
	return columnDefault(rewrite(n), t)
}

// DefaultNode is Default for an already parsed node. The node is not
// modified.
func DefaultNode(n *pg_query.Node, t model.Type) (norm string, autoInc bool, err error) {
	if n == nil {
		return "", false, errors.New("default: no expression")
	}
	return columnDefault(canonical(n), t)
}

func columnDefault(n *pg_query.Node, t model.Type) (string, bool, error) {
	if isNextval(n) {
		// A sequence-fed column: the sequence's name differs between a
		// serial column, a hand-made sequence and an identity column, but
		// all of them mean "the database assigns the value".
		return "", true, nil
	}
	if c := n.GetAConst(); c != nil {
		if c.Isnull {
			// DEFAULT NULL behaves exactly like no default; the catalog
			// sometimes keeps it (NULL::character varying), sometimes not.
			return "", false, nil
		}
		// PostgreSQL converts a literal default to the column's type when
		// the table is created and prints the converted value: DEFAULT '5'
		// on an integer column reads back as 5, 't' on a boolean as true.
		if !t.Array {
			if conv := convertConst(c, typeKind(t.Name)); conv != nil {
				n = conv
			}
		}
	}
	s, err := exprText(n)
	if err != nil {
		return "", false, fmt.Errorf("default: %w", err)
	}
	return s, false, nil
}

// IsDeparsedNextval reports whether expr is how PostgreSQL's deparser
// prints a default fed by a sequence, nextval('name'::regclass), which
// Default would also report as autoIncrement. A catalog read meets one
// per serial column, each naming its own sequence, so no cache helps;
// recognizing the deparser's one spelling spares parsing them all. Any
// other text (another spelling, a larger expression) is left to Default.
func IsDeparsedNextval(expr string) bool {
	const pre, post = "nextval('", "'::regclass)"
	if len(expr) < len(pre)+len(post) || expr[:len(pre)] != pre || expr[len(expr)-len(post):] != post {
		return false
	}
	lit := expr[len(pre) : len(expr)-len(post)]
	for i := 0; i < len(lit); i++ {
		if lit[i] != '\'' {
			continue
		}
		// Inside the literal a quote is doubled; a lone one ends it, and
		// then the text is more than one call.
		if i+1 >= len(lit) || lit[i+1] != '\'' {
			return false
		}
		i++
	}
	return true
}

func isNextval(n *pg_query.Node) bool {
	f := n.GetFuncCall()
	if f == nil || len(f.Funcname) != 1 || len(f.Args) != 1 {
		return false
	}
	return f.Funcname[0].GetString_().GetSval() == "nextval"
}
