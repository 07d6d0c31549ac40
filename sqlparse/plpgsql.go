package sqlparse

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
	"github.com/ariadrift/ariadrift/third_party/pg_query_go/parser"
)

// The PL/pgSQL parser reports statements as JSON; these types pick out
// the parts that can hold SQL.
type plStmt map[string]json.RawMessage

type plExpr struct {
	Expr *struct {
		Query string `json:"query"`
	} `json:"PLpgSQL_expr"`
}

func (e *plExpr) query() string {
	if e == nil || e.Expr == nil {
		return ""
	}
	return e.Expr.Query
}

type plStmtList struct {
	Stmts []plStmt `json:"stmts"`
}

type plFields struct {
	Lineno    int      `json:"lineno"`
	Body      []plStmt `json:"body"`
	ThenBody  []plStmt `json:"then_body"`
	ElseBody  []plStmt `json:"else_body"`
	ElsifList []struct {
		Elsif *plStmtList `json:"PLpgSQL_if_elsif"`
	} `json:"elsif_list"`
	CaseWhenList []struct {
		When *plStmtList `json:"PLpgSQL_case_when"`
	} `json:"case_when_list"`
	ElseStmts  []plStmt `json:"else_stmts"`
	Exceptions *struct {
		Block *struct {
			ExcList []json.RawMessage `json:"exc_list"`
		} `json:"PLpgSQL_exception_block"`
	} `json:"exceptions"`
	SQLStmt *plExpr `json:"sqlstmt"`
	Query   *plExpr `json:"query"`
	Expr    *plExpr `json:"expr"`
}

// doBody is one DO block being replayed.
type doBody struct {
	// unsure is set once an EXECUTE of a computed string was passed over:
	// what it did is not known, so a later statement of the block that
	// fails is a note, as in a conditional branch.
	unsure bool
	r      *replayer
	c      *stmtCtx
	body   string
	off    int   // file offset of the body's first byte
	lines  []int // body offsets of line starts
	cursor int   // body offset after the last statement located
}

// doBlock replays the SQL statements inside DO $$ ... $$. Branches of IF,
// CASE and loops are all replayed, in order, as conditional statements:
// the conditions cannot be evaluated, and migration scripts guard their
// steps with exactly such IFs.
func (r *replayer) doBlock(c *stmtCtx, st *pg_query.DoStmt) error {
	body, lang := "", "plpgsql"
	bodyLoc := int32(-1)
	for _, a := range st.Args {
		d := a.GetDefElem()
		switch d.GetDefname() {
		case "as":
			body, bodyLoc = d.GetArg().GetString_().GetSval(), d.Location
		case "language":
			lang = strings.ToLower(d.GetArg().GetString_().GetSval())
		}
	}
	if lang != "plpgsql" {
		r.warn(c.stmtPos(), "DO block in language %s not replayed", lang)
		return nil
	}
	off := c.start
	if bodyLoc >= 0 {
		off = literalContent(c.src.text, c.base+int(bodyLoc))
	}
	b := &doBody{r: r, c: c, body: body, off: off, lines: []int{0}}
	for i := 0; i < len(body); i++ {
		if body[i] == '\n' {
			b.lines = append(b.lines, i+1)
		}
	}
	tag := "$ariadrift$"
	for i := 1; strings.Contains(body, tag); i++ {
		tag = "$ariadrift" + strconv.Itoa(i) + "$"
	}
	js, err := pg_query.ParsePlPgSqlToJSON("CREATE FUNCTION pg_temp.ariadrift_do() RETURNS void LANGUAGE plpgsql AS " + tag + body + tag)
	if err != nil && offlineLimit(err) {
		r.warn(c.stmtPos(), "DO block not read: the offline PL/pgSQL parser cannot compile it (%v); DDL inside it is not replayed", err)
		return nil
	}
	if err != nil {
		return b.compileError(err)
	}
	var funcs []struct {
		Function *struct {
			Action plStmt `json:"action"`
		} `json:"PLpgSQL_function"`
	}
	if err := json.Unmarshal([]byte(js), &funcs); err != nil {
		return c.errorf(bodyLoc, "reading the PL/pgSQL parse tree: %v", err)
	}
	if !r.inTx && !r.inDo {
		// A DO block outside BEGIN runs in a transaction of its own.
		r.inDo = true
		defer func() { r.inDo = false; r.endLocal() }()
	}
	for _, f := range funcs {
		if f.Function != nil && f.Function.Action != nil {
			if err := b.stmts([]plStmt{f.Function.Action}, c.cond); err != nil {
				return err
			}
		}
	}
	return nil
}

// literalContent returns the file offset of the content of the string
// literal starting at off ($tag$...$tag$, '...' or E'...').
func literalContent(text string, off int) int {
	if off >= len(text) {
		return off
	}
	switch text[off] {
	case '$':
		if tag, ok := dollarTag(text, off); ok {
			return off + len(tag)
		}
	case '\'':
		return off + 1
	case 'e', 'E':
		return off + 2
	}
	return off
}

func (b *doBody) stmts(list []plStmt, cond bool) error {
	for _, s := range list {
		for kind, raw := range s {
			var f plFields
			if err := json.Unmarshal(raw, &f); err != nil {
				return b.c.errorf(-1, "reading the PL/pgSQL parse tree: %v", err)
			}
			if err := b.stmt(kind, &f, cond); err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *doBody) stmt(kind string, f *plFields, cond bool) error {
	switch kind {
	case "PLpgSQL_stmt_block":
		// Statements guarded by an EXCEPTION clause may fail without
		// failing the script.
		return b.stmts(f.Body, cond || f.Exceptions != nil)
	case "PLpgSQL_stmt_if":
		if err := b.stmts(f.ThenBody, true); err != nil {
			return err
		}
		for _, e := range f.ElsifList {
			if e.Elsif != nil {
				if err := b.stmts(e.Elsif.Stmts, true); err != nil {
					return err
				}
			}
		}
		return b.stmts(f.ElseBody, true)
	case "PLpgSQL_stmt_case":
		for _, w := range f.CaseWhenList {
			if w.When != nil {
				if err := b.stmts(w.When.Stmts, true); err != nil {
					return err
				}
			}
		}
		return b.stmts(f.ElseStmts, true)
	case "PLpgSQL_stmt_loop", "PLpgSQL_stmt_while", "PLpgSQL_stmt_fori", "PLpgSQL_stmt_fors",
		"PLpgSQL_stmt_forc", "PLpgSQL_stmt_foreach_a", "PLpgSQL_stmt_dynfors":
		return b.stmts(f.Body, true)
	case "PLpgSQL_stmt_execsql":
		return b.sql(f.SQLStmt.query(), f.Lineno, cond)
	case "PLpgSQL_stmt_perform":
		// PERFORM x is run as SELECT x; only set_config matters.
		q := f.Expr.query()
		if rest, ok := strings.CutPrefix(q, "SELECT "); ok && strings.Contains(strings.ToLower(rest), "set_config") {
			return b.sqlAt(q, b.locate(rest, f.Lineno)-len("SELECT "), cond)
		}
	case "PLpgSQL_stmt_dynexecute":
		return b.dynamic(f.Query.query(), f.Lineno, cond)
	}
	return nil
}

// lineOffset returns the body offset where the 1-based body line starts.
func (b *doBody) lineOffset(line int) int {
	if line < 1 {
		return 0
	}
	if line > len(b.lines) {
		return len(b.body)
	}
	return b.lines[line-1]
}

// locate finds the statement text the PL/pgSQL parser reported on a line
// and returns its file offset. Text not found verbatim (a PERFORM turned
// into SELECT, an INTO clause cut out) is placed at its line's start.
func (b *doBody) locate(text string, line int) int {
	from := b.lineOffset(line)
	start := from
	if b.cursor > start {
		start = b.cursor
	}
	i := strings.Index(b.body[start:], text)
	if i < 0 {
		start = from
		i = strings.Index(b.body[start:], text)
	}
	if i < 0 {
		return b.off + skipSpaceAndComments(b.body, from)
	}
	b.cursor = start + i + len(text)
	return b.off + start + i
}

func (b *doBody) sql(query string, line int, cond bool) error {
	if strings.TrimSpace(query) == "" {
		return nil
	}
	return b.sqlAt(query, b.locate(query, line), cond)
}

// sqlAt parses and replays SQL text found at file offset off.
func (b *doBody) sqlAt(query string, off int, cond bool) error {
	tree, err := pgast.Parse(query)
	if err != nil {
		return b.c.src.parseError(err, query, off)
	}
	for _, raw := range tree.Stmts {
		start := off + skipSpaceAndComments(query, int(raw.StmtLocation))
		sc := &stmtCtx{src: b.c.src, base: off, start: start, cond: cond || b.unsure}
		if err := b.r.statement(sc, raw.Stmt); err != nil {
			return err
		}
	}
	return nil
}

// dynamic replays EXECUTE of a constant string; computed strings cannot
// be known.
func (b *doBody) dynamic(expr string, line int, cond bool) error {
	if strings.TrimSpace(expr) == "" {
		return nil
	}
	at := b.locate(expr, line)
	tree, err := pgast.Parse("SELECT " + expr)
	if err == nil && len(tree.Stmts) == 1 {
		if sel := tree.Stmts[0].GetStmt().GetSelectStmt(); sel != nil && len(sel.TargetList) == 1 {
			if c := sel.TargetList[0].GetResTarget().GetVal().GetAConst(); c != nil && c.GetSval() != nil {
				return b.sqlAt(c.GetSval().Sval, literalContent(b.c.src.text, at), cond)
			}
		}
	}
	b.r.warn(b.c.src.pos(at), "EXECUTE of a computed string not replayed")
	b.unsure = true
	return nil
}

// compileError turns a PL/pgSQL compile failure into a positioned error.
// The PL/pgSQL parser gives no cursor position, so an SQL syntax error is
// found again by parsing the body's SQL statements one by one; otherwise
// the error is placed on the line PL/pgSQL names.
// offlineLimit reports a PL/pgSQL compile error that comes from the
// offline parser having no catalog, not from the block: it knows no type,
// so a variable declared TEXT COLLATE "C" is refused, which PostgreSQL
// accepts.
func offlineLimit(err error) bool {
	return strings.Contains(err.Error(), "collations are not supported by type")
}

func (b *doBody) compileError(err error) error {
	if e := b.findSQLError(); e != nil {
		return e
	}
	var pe *parser.Error
	msg := err.Error()
	line := 0
	if errors.As(err, &pe) {
		msg = pe.Message
		if i := strings.LastIndex(pe.Context, "near line "); i >= 0 {
			line, _ = strconv.Atoi(strings.Fields(pe.Context[i+len("near line "):] + " ")[0])
		}
	}
	return &Error{Pos: b.c.src.pos(b.off + b.guessErrorOffset(msg, line)), Msg: fmt.Sprintf("%s (in DO block)", msg)}
}

// guessErrorOffset places a PL/pgSQL compile error in the body. The
// PL/pgSQL parser keeps the error position to itself, so the position is
// recovered from the message: the end of the body for "at end of input",
// the named token for "at or near" and "is not a known variable", else
// the line PL/pgSQL reports.
func (b *doBody) guessErrorOffset(msg string, line int) int {
	lineStart := skipSpaceAndComments(b.body, b.lineOffset(line))
	if strings.HasSuffix(msg, "at end of input") {
		return len(b.body)
	}
	var word string
	if i := strings.Index(msg, `at or near "`); i >= 0 {
		word = strings.TrimSuffix(msg[i+len(`at or near "`):], `"`)
	} else if strings.HasPrefix(msg, `"`) && strings.HasSuffix(msg, `" is not a known variable`) {
		word = strings.TrimSuffix(strings.TrimPrefix(msg, `"`), `" is not a known variable`)
	}
	if word == "" {
		return lineStart
	}
	scan, err := pg_query.Scan(b.body)
	if err != nil {
		return lineStart
	}
	first := -1
	for _, tok := range scan.Tokens {
		start, end := int(tok.Start), int(tok.End)
		if start < 0 || end > len(b.body) || start > end || !strings.EqualFold(b.body[start:end], word) {
			continue
		}
		if start >= lineStart {
			return start
		}
		if first < 0 {
			first = start
		}
	}
	if first >= 0 {
		return first
	}
	return lineStart
}

// sqlCommands are the first words of statements that PL/pgSQL passes to
// the SQL parser unchanged.
var sqlCommands = map[string]bool{
	"create": true, "alter": true, "drop": true, "insert": true, "update": true, "delete": true,
	"comment": true, "grant": true, "revoke": true, "truncate": true, "set": true, "reset": true,
}

// plBoundaries are the PL/pgSQL words after which a new statement starts.
var plBoundaries = map[string]bool{
	"begin": true, "then": true, "else": true, "loop": true, "declare": true, "exception": true,
}

func (b *doBody) findSQLError() error {
	scan, err := pg_query.Scan(b.body)
	if err != nil {
		return nil
	}
	segStart := -1
	for _, tok := range scan.Tokens {
		start, end := int(tok.Start), int(tok.End)
		if start < 0 || end > len(b.body) || start > end {
			return nil
		}
		word := strings.ToLower(b.body[start:end])
		switch {
		case word == ";":
			if segStart >= 0 {
				text := b.body[segStart:start]
				if _, perr := pgast.Parse(text); perr != nil {
					return b.c.src.parseError(perr, text, b.off+segStart)
				}
			}
			segStart = -1
		case plBoundaries[word]:
			segStart = -1
		case segStart == -1 && sqlCommands[word]:
			segStart = start
		case segStart == -1:
			segStart = -2 // a PL/pgSQL statement: skip to its semicolon
		}
	}
	return nil
}
