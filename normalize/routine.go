package normalize

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// FunctionBody normalizes the body text of a function (prosrc, or the
// string of AS '...'). A LANGUAGE sql body is parsed and printed by the
// parser, so that only its statements count; a body of any other language
// (plpgsql, c, internal) keeps its tokens, without comments or layout.
func FunctionBody(lang, src string) string {
	if lang == "sql" {
		if s, err := SQLText(src); err == nil {
			return s
		}
	}
	return BodyText(src)
}

// SQLText parses SQL statements and prints them canonically, separated by
// "; ".
func SQLText(src string) (string, error) {
	tree, err := pgast.Parse(src)
	if err != nil {
		return "", err
	}
	parts := make([]string, 0, len(tree.Stmts))
	for _, st := range tree.Stmts {
		n := bodyCanonical(st.Stmt)
		out, err := pg_query.Deparse(&pg_query.ParseResult{Stmts: []*pg_query.RawStmt{{Stmt: n}}})
		if err != nil {
			return "", fmt.Errorf("print statement: %w", err)
		}
		parts = append(parts, out)
	}
	return strings.Join(parts, "; "), nil
}

// SQLBody prints the SQL-standard body of a function (RETURN expr or
// BEGIN ATOMIC ... END), as CreateFunctionStmt.SqlBody holds it, canonically.
// The server stores such a body parsed and prints it back with every column
// qualified by its table (t.id) and every parameter by the function
// (f.x), which nobody writes; qualifiers are dropped on both sides.
func SQLBody(body *pg_query.Node) (string, error) {
	if body == nil {
		return "", fmt.Errorf("normalize: no function body")
	}
	n := bodyCanonical(body)
	// The deparser prints a body only as part of CREATE FUNCTION; the
	// statement around it is cut off again.
	fn := &pg_query.CreateFunctionStmt{
		Funcname:   []*pg_query.Node{pg_query.MakeStrNode("f")},
		ReturnType: &pg_query.TypeName{Names: []*pg_query.Node{pg_query.MakeStrNode("int4")}, Typemod: -1},
		SqlBody:    n,
	}
	out, err := pg_query.Deparse(&pg_query.ParseResult{Stmts: []*pg_query.RawStmt{{Stmt: &pg_query.Node{Node: &pg_query.Node_CreateFunctionStmt{CreateFunctionStmt: fn}}}}})
	if err != nil {
		return "", fmt.Errorf("print function body: %w", err)
	}
	const head = "CREATE FUNCTION f() RETURNS int4 "
	s, ok := strings.CutPrefix(out, head)
	if !ok {
		return "", fmt.Errorf("print function body: unexpected deparser output %q", out)
	}
	return s, nil
}

// bodyCanonical returns a canonical copy of a body statement with the
// qualifiers of column references dropped.
func bodyCanonical(n *pg_query.Node) *pg_query.Node {
	c := rewrite(clone(n))
	walk(c, func(x *pg_query.Node) {
		if cr := x.GetColumnRef(); cr != nil && len(cr.Fields) > 1 {
			cr.Fields = cr.Fields[len(cr.Fields)-1:]
		}
	})
	return c
}

// BodyText drops the comments of a body and joins its tokens with one
// space, so that only layout and comments may differ. The tokens are
// PostgreSQL's SQL scanner's, which knows quoted text ('...', "...",
// $tag$...$tag$) and nested comments; text it cannot scan has only its
// whitespace runs made one space.
func BodyText(src string) string {
	res, err := pg_query.Scan(src)
	if err != nil {
		return strings.Join(strings.Fields(src), " ")
	}
	parts := make([]string, 0, len(res.Tokens))
	for _, t := range res.Tokens {
		if t.Token == pg_query.Token_SQL_COMMENT || t.Token == pg_query.Token_C_COMMENT {
			continue
		}
		if t.Start < 0 || int(t.End) > len(src) || t.Start > t.End {
			return strings.Join(strings.Fields(src), " ")
		}
		// The scanner counts a vertical tab as part of a token.
		if tok := strings.TrimSpace(src[t.Start:t.End]); tok != "" {
			parts = append(parts, tok)
		}
	}
	return strings.Join(parts, " ")
}
