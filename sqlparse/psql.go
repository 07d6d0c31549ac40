package sqlparse

import (
	"strings"
)

// metaCommand is one psql backslash command found in a script.
type metaCommand struct {
	// Offset is the byte offset of the backslash; End the offset just past
	// the command (its newline is not part of it).
	Offset, End int
	// Name is the command without the backslash ("i", "ir", "set").
	Name string
	// Args is the rest of the line, untrimmed.
	Args string
	// ArgsOffset is the byte offset of Args.
	ArgsOffset int
	// Vars are the psql variables set when an include (\i, \ir) runs:
	// the included file sees them.
	Vars map[string]string
}

// psqlScript is a script with its psql meta-commands taken out.
type psqlScript struct {
	// Clean is the text with every meta-command replaced by spaces, so
	// that byte offsets in Clean are byte offsets in the original and
	// newlines (line numbers) are untouched.
	Clean string
	Cmds  []metaCommand
	// Conditional lists the byte ranges of \if blocks whose branch cannot
	// be known here (see psqlif.go): every branch is replayed.
	Conditional [][2]int
	// Undecided lists those conditions, and the ones psql rejects.
	Undecided []condNote
	// Ends lists the offsets just past each semicolon outside quotes,
	// comments and parentheses: the places where a script can be cut into
	// pieces that parse on their own. (A BEGIN ATOMIC function body also
	// contains such semicolons; parsing a piece cut there fails, and the
	// caller falls back to parsing more.)
	Ends []int
	// Text is the script with psql variables interpolated, Clean's
	// counterpart before meta-commands are blanked; empty when the script
	// references none. Offsets elsewhere are into Text (and Clean).
	Text string
	// Unset lists the references to variables the scripts do not set.
	Unset []varRef
	edits []edit
}

// scanPsql finds psql meta-commands the way psql does: a backslash outside
// quotes, dollar quotes and comments starts a command that runs to the end
// of the line. It does not parse SQL; it only needs to know what is quoted.
func scanPsql(src string) psqlScript { return scanPsqlVars(src, nil) }

// scanPsqlVars is scanPsql for a script that starts with the psql
// variables vars set (an included file).
func scanPsqlVars(src string, vars map[string]string) psqlScript {
	sc := &psqlScanner{src: src, firstWord: -1, vars: copyVars(vars)}
	for i := 0; i < len(src); {
		i = sc.step(i)
	}
	sc.finishConditionals()
	if sc.clean == nil {
		sc.out.Clean = src
	} else {
		sc.out.Clean = string(sc.clean)
	}
	sc.applySubs()
	return sc.out
}

func copyVars(vars map[string]string) map[string]string {
	if len(vars) == 0 {
		return nil
	}
	out := make(map[string]string, len(vars))
	for k, v := range vars {
		out[k] = v
	}
	return out
}

// psqlScanner is the state of one scanPsql run.
type psqlScanner struct {
	src         string
	out         psqlScript
	clean       []byte // a copy of src, made on the first meta-command
	conds       []condFrame
	skipFrom    int    // where the skipped branch being scanned starts
	saved       [3]int // inStatement, depth and firstWord before it
	cmdStart    int    // offset of the meta-command being carried out
	inStatement bool   // SQL text seen since the last semicolon
	depth       int    // parenthesis depth
	firstWord   int    // offset of the statement's first word; -2: it starts otherwise
	vars        map[string]string
	subs        []sub    // variable references to interpolate, in order
	unset       []varRef // the ones the script does not set
}

// step scans the token at i and returns the offset after it.
func (sc *psqlScanner) step(i int) int {
	src, n := sc.src, len(sc.src)
	c := src[i]
	if sc.inactive() && c != '\\' && c != '-' && c != '/' && c != '\'' && c != '"' && c != '$' {
		return i + 1 // a skipped branch: only quoting and meta-commands count
	}
	switch {
	case c == '-' && i+1 < n && src[i+1] == '-':
		return skipLine(src, i)
	case c == '/' && i+1 < n && src[i+1] == '*':
		sc.inStatement = true
		return skipBlockComment(src, i)
	case c == '\'':
		escape := i > 0 && (src[i-1] == 'e' || src[i-1] == 'E') && (i < 2 || !isIdentByte(src[i-2]))
		sc.sawText()
		return skipQuoted(src, i, '\'', escape)
	case c == '"':
		sc.sawText()
		return skipQuoted(src, i, '"', false)
	case c == '$' && (i == 0 || !isIdentByte(src[i-1])):
		sc.sawText()
		if tag, ok := dollarTag(src, i); ok {
			end := strings.Index(src[i+len(tag):], tag)
			if end < 0 {
				return n
			}
			return i + len(tag) + end + len(tag)
		}
		return i + 1
	case c == '\\':
		return sc.metaCommand(i)
	case c == ';':
		return sc.semicolon(i)
	case c == ':':
		return sc.colon(i)
	case c == '(':
		sc.depth++
		sc.sawText()
	case c == ')':
		if sc.depth > 0 {
			sc.depth--
		}
	case c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f':
		sc.inStatement = true
		if sc.firstWord == -1 {
			sc.firstWord = i
		}
	}
	return i + 1
}

// sawText notes statement text that is not a word: a quote, a parenthesis.
func (sc *psqlScanner) sawText() {
	sc.inStatement = true
	if sc.firstWord == -1 {
		sc.firstWord = -2
	}
}

// blank overwrites src[from:to] in the cleaned text with spaces, keeping
// line breaks when asked so that positions keep their lines.
func (sc *psqlScanner) blank(from, to int, keepLines bool) {
	if sc.clean == nil {
		sc.clean = []byte(sc.src)
	}
	for j := from; j < to; j++ {
		if !keepLines || sc.clean[j] != '\n' {
			sc.clean[j] = ' '
		}
	}
}

// metaCommand records the meta-command at i, which runs to the end of the
// line, blanks it out of the SQL, and returns the offset of the line end.
func (sc *psqlScanner) metaCommand(i int) int {
	end := i + 1
	for end < len(sc.src) && sc.src[end] != '\n' {
		end++
	}
	cmd := parseMetaCommand(sc.src, i, end)
	sc.cmdStart = i
	if sc.conditional(cmd, i, end) || sc.inactive() {
		sc.blank(i, end, false)
		return end
	}
	sc.out.Cmds = append(sc.out.Cmds, cmd)
	sc.blank(i, end, false)
	switch cmd.Name {
	case "g", "gx", "gset", "gexec":
		// These send the query buffer, ending the statement as a
		// semicolon would.
		if sc.inStatement {
			sc.clean[i] = ';'
			sc.inStatement, sc.firstWord = false, -1
			if sc.depth == 0 {
				sc.out.Ends = append(sc.out.Ends, i+1)
			}
		}
	case "set", "unset":
		sc.setVar(cmd)
	case "i", "include", "ir", "include_relative":
		sc.out.Cmds[len(sc.out.Cmds)-1].Vars = copyVars(sc.vars)
	}
	return end
}

// semicolon ends the statement at i and returns the offset after it, or
// after the data rows when the statement is COPY ... FROM stdin.
func (sc *psqlScanner) semicolon(i int) int {
	sc.inStatement = false
	i++
	if sc.depth == 0 {
		if sc.firstWord >= 0 && isCopyFromStdin(sc.src[sc.firstWord:i]) {
			// The rows of COPY ... FROM stdin follow the statement
			// up to a line holding \. and are data, not SQL.
			end := copyDataEnd(sc.src, i)
			sc.blank(i, end, true)
			i = end
		}
		sc.out.Ends = append(sc.out.Ends, i)
	}
	sc.firstWord = -1
	return i
}

// isCopyFromStdin reports whether a statement is COPY ... FROM STDIN,
// judged by its words; comments and quoted text make it say no, which
// only costs a syntax error on the data that follows.
func isCopyFromStdin(stmt string) bool {
	if len(stmt) < 4 || !strings.EqualFold(stmt[:4], "copy") {
		return false
	}
	words := strings.Fields(strings.ToLower(strings.NewReplacer("(", " ", ")", " ", ";", " ").Replace(stmt)))
	if len(words) == 0 || words[0] != "copy" {
		return false
	}
	for i := 1; i+1 < len(words); i++ {
		if words[i] == "from" && (words[i+1] == "stdin" || words[i+1] == "pstdin") {
			return true
		}
	}
	return false
}

// copyDataEnd returns the offset just past the \. line that ends COPY
// data starting at i (or the end of the script).
func copyDataEnd(src string, i int) int {
	for i < len(src) {
		nl := strings.IndexByte(src[i:], '\n')
		line := src[i:]
		if nl >= 0 {
			line = src[i : i+nl]
		}
		if strings.TrimRight(line, "\r") == `\.` {
			return i + len(line)
		}
		if nl < 0 {
			return len(src)
		}
		i += nl + 1
	}
	return len(src)
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// skipLine returns the offset of the newline ending the line at i (or the end).
func skipLine(src string, i int) int {
	if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}

// skipBlockComment skips a /* */ comment, which nests in PostgreSQL.
func skipBlockComment(src string, i int) int {
	depth := 0
	for i < len(src) {
		switch {
		case src[i] == '/' && i+1 < len(src) && src[i+1] == '*':
			depth++
			i += 2
		case src[i] == '*' && i+1 < len(src) && src[i+1] == '/':
			depth--
			i += 2
			if depth == 0 {
				return i
			}
		default:
			i++
		}
	}
	return i
}

// skipQuoted skips a quoted string or identifier starting at i; a doubled
// quote is an escaped quote, and in an E” string so is a backslash.
func skipQuoted(src string, i int, q byte, backslash bool) int {
	i++
	for i < len(src) {
		switch c := src[i]; {
		case backslash && c == '\\':
			i += 2
		case c == q:
			if i+1 < len(src) && src[i+1] == q {
				i += 2
				continue
			}
			return i + 1
		default:
			i++
		}
	}
	return len(src)
}

// dollarTag returns the dollar-quote opening tag ($$ or $tag$) at i.
func dollarTag(src string, i int) (string, bool) {
	j := i + 1
	for j < len(src) && src[j] != '$' {
		c := src[j]
		ok := c == '_' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (j > i+1 && c >= '0' && c <= '9')
		if !ok {
			return "", false
		}
		j++
	}
	if j >= len(src) {
		return "", false
	}
	return src[i : j+1], true
}

// parseMetaCommand splits "\name args" between start and end.
func parseMetaCommand(src string, start, end int) metaCommand {
	j := start + 1
	for j < end && src[j] != ' ' && src[j] != '\t' && src[j] != '\r' && src[j] != '\\' {
		j++
	}
	return metaCommand{Offset: start, End: end, Name: src[start+1 : j], Args: src[j:end], ArgsOffset: j}
}

// includeArg returns the file argument of \i or \ir: the first word, or a
// single-quoted string with ” standing for a quote.
func includeArg(args string) string {
	s := strings.TrimLeft(args, " \t\r")
	if strings.HasPrefix(s, "'") {
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			if s[i] == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					b.WriteByte('\'')
					i++
					continue
				}
				break
			}
			b.WriteByte(s[i])
		}
		return b.String()
	}
	if k := strings.IndexAny(s, " \t\r"); k >= 0 {
		s = s[:k]
	}
	return s
}
