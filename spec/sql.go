package spec

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// objectName is PostgreSQL's name for an unnamed constraint; matching it
// lets the spec's keys carry the names the database will show.
func objectName(name1, name2, label string) string {
	return model.ObjectName(name1, name2, name2 != "", label)
}

// indexKey parses one index key as CREATE INDEX spells it ("updated_at
// DESC", "lower(name)", "(a + b) NULLS FIRST") by placing it in a CREATE
// INDEX statement for PostgreSQL's parser, and returns the normalized key
// and the columns it reads.
func indexKey(method, item string) (model.IndexKey, []string, error) {
	if strings.IndexByte(item, 0) >= 0 {
		return model.IndexKey{}, nil, errors.New("contains a NUL byte")
	}
	if strings.TrimSpace(item) == "" {
		return model.IndexKey{}, nil, errors.New("empty key")
	}
	tree, err := pgast.Parse("CREATE INDEX i ON t USING " + model.QuoteIdent(method) + " (" + item + "\n)")
	if err != nil {
		return model.IndexKey{}, nil, err
	}
	var stmt *pg_query.IndexStmt
	if len(tree.Stmts) == 1 {
		stmt = tree.Stmts[0].GetStmt().GetIndexStmt()
	}
	// The text is spliced into a statement, so it could close the key list
	// and add clauses of its own; allow exactly one key and nothing else.
	if stmt == nil || len(stmt.IndexParams) != 1 || len(stmt.IndexIncludingParams) > 0 ||
		stmt.WhereClause != nil || len(stmt.Options) > 0 || stmt.TableSpace != "" {
		return model.IndexKey{}, nil, errors.New("not a single index key")
	}
	ix, _, err := normalize.IndexStmt(stmt)
	if err != nil {
		return model.IndexKey{}, nil, err
	}
	el := stmt.IndexParams[0].GetIndexElem()
	var refs []string
	if el.GetName() != "" {
		refs = append(refs, el.GetName())
	}
	refs = append(refs, normalize.ColumnRefs(el.GetExpr())...)
	return ix.Keys[0], refs, nil
}

// predicate normalizes a partial-index predicate and returns the columns it
// reads.
func predicate(where string) (string, []string, error) {
	norm, err := normalize.Expr(where)
	if err != nil {
		return "", nil, err
	}
	// normalize.Expr accepted it as a lone expression, so this parse
	// succeeds and holds just that expression.
	tree, err := pgast.Parse("SELECT " + where)
	if err != nil {
		return "", nil, fmt.Errorf("expression %q: %w", where, err)
	}
	var refs []string
	for _, s := range tree.Stmts {
		refs = append(refs, normalize.ColumnRefs(s.GetStmt())...)
	}
	return norm, refs, nil
}
