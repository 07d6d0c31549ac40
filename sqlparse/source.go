package sqlparse

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
	"github.com/ariadrift/ariadrift/third_party/pg_query_go/parser"
)

// Error is a problem in a script at a known position: a syntax error, or a
// statement PostgreSQL would reject when the scripts are replayed.
type Error struct {
	Pos model.Pos
	Msg string
}

// Error renders the error as file:line:col: message.
func (e *Error) Error() string {
	msg := oneLine(e.Msg)
	if e.Pos.IsZero() {
		return msg
	}
	return e.Pos.String() + ": " + msg
}

// maxNear bounds the quoted source text in a message.
const maxNear = 40

// oneLine keeps an error on one line. PostgreSQL quotes the rest of the
// input after an unterminated string or dollar quote ("at or near
// "'oops);\nCREATE ..."), which can be the whole file; the position already
// says where, so the quote is cut at its first line and maxNear characters.
func oneLine(msg string) string {
	const marker = `at or near "`
	i := strings.Index(msg, marker)
	if i < 0 {
		return strings.ReplaceAll(msg, "\n", " ")
	}
	head, near, tail := msg[:i+len(marker)], msg[i+len(marker):], ""
	if k := strings.LastIndexByte(near, '"'); k >= 0 {
		near, tail = near[:k], near[k+1:]
	}
	cut := false
	if j := strings.IndexByte(near, '\n'); j >= 0 {
		near, cut = near[:j], true
	}
	if r := []rune(near); len(r) > maxNear {
		near, cut = string(r[:maxNear]), true
	}
	if cut {
		near += "…"
	}
	return head + near + `"` + strings.ReplaceAll(tail, "\n", " ")
}

// source is one script, parsed once. Large scripts are cut into chunks
// at statement boundaries and the chunks are parsed concurrently, so that
// replaying the first chunks overlaps with parsing the rest.
type source struct {
	name    string // file name as shown in positions
	path    string // file system path, for resolving \ir ("" when not a file)
	text    string // the script, with psql variables interpolated
	orig    string // the script as in the file, for positions
	lines   []int  // byte offsets of line starts in orig
	psql    psqlScript
	chunks  []*chunk
	err     error       // an encoding error, reported when the file is replayed
	abandon atomic.Bool // set when the replay stopped early

	// slots bounds how far parsing runs ahead of replay: parse trees are
	// many times the size of their text, and a large dump parsed all at
	// once held hundreds of megabytes of trees the replay had not reached.
	// (A 32 KB chunk's tree is about 3 MB.) One slot per worker and one
	// for the chunk being replayed keep every core parsing.
	slots    chan struct{}
	stop     chan struct{}
	stopOnce sync.Once
}

// stopParsing tells the parsers that nothing more will be replayed.
func (s *source) stopParsing() {
	s.abandon.Store(true)
	s.stopOnce.Do(func() { close(s.stop) })
}

// consumed gives back the parse slot of a chunk the replay is done with.
func (s *source) consumed() {
	select {
	case s.slots <- struct{}{}:
	default:
	}
}

// chunk is a run of complete statements of a source.
type chunk struct {
	start, end int
	stmts      []*pg_query.RawStmt // locations relative to start
	err        error
	done       chan struct{}
}

// chunkSize is the approximate size of the pieces parsed concurrently;
// small enough that replay starts early and the trees waiting for it stay
// small, large enough that the per-call overhead of the parser does not
// matter.
const chunkSize = 32 << 10

// newSource checks the encoding, takes out psql meta-commands and starts
// parsing the SQL in the background.
func newSource(name, path string, data []byte) *source {
	return newSourceVars(name, path, data, nil)
}

// newSourceVars is newSource for a script that starts with the psql
// variables vars set (an included file).
func newSourceVars(name, path string, data []byte, vars map[string]string) *source {
	s := &source{name: name, path: path, text: string(data), stop: make(chan struct{})}
	s.orig = s.text
	s.lines = append(s.lines, 0)
	for i := 0; i < len(s.text); i++ {
		if s.text[i] == '\n' {
			s.lines = append(s.lines, i+1)
		}
	}
	if off, b, ok := badByte(s.text); ok {
		// PostgreSQL rejects such input before parsing it; pg_query would
		// also stop reading at a NUL.
		s.err = &Error{Pos: s.pos(off), Msg: fmt.Sprintf("invalid byte sequence for encoding \"UTF8\": 0x%02x", b)}
		return s
	}
	s.psql = scanPsqlVars(s.text, vars)
	if s.psql.Text != "" {
		s.text = s.psql.Text
	}
	start := 0
	for _, end := range s.psql.Ends {
		if end-start >= chunkSize {
			s.chunks = append(s.chunks, &chunk{start: start, end: end, done: make(chan struct{})})
			start = end
		}
	}
	s.chunks = append(s.chunks, &chunk{start: start, end: len(s.text), done: make(chan struct{})})

	var next atomic.Int64
	workers := min(runtime.GOMAXPROCS(0), len(s.chunks))
	s.slots = make(chan struct{}, workers+1)
	for range cap(s.slots) {
		s.slots <- struct{}{}
	}
	for range workers {
		go func() {
			for {
				// Take a slot before a chunk number, so the chunks holding
				// slots are always the lowest ones not yet replayed and the
				// replay never waits on a chunk that waits for a slot.
				stopped := false
				select {
				case <-s.slots:
				case <-s.stop:
					stopped = true
				}
				i := int(next.Add(1)) - 1
				if i >= len(s.chunks) {
					s.consumed()
					return
				}
				ch := s.chunks[i]
				if !stopped && !s.abandon.Load() {
					tree, err := pgast.Parse(s.psql.Clean[ch.start:ch.end])
					if err != nil {
						ch.err = err
					} else {
						ch.stmts = tree.Stmts
					}
				}
				close(ch.done)
			}
		}()
	}
	return s
}

// recoverChunk handles a chunk that failed to parse. Either a statement
// in it is wrong, and the statements before it are returned with the
// error, as psql would have run them; or the chunk was cut inside a
// statement (a BEGIN ATOMIC body), and the rest of the file parses as a
// whole. base is the offset the returned statements are relative to.
func (s *source) recoverChunk(ch *chunk) (stmts []*pg_query.RawStmt, base int, rest bool, err error) {
	text := s.psql.Clean[ch.start:]
	tree, perr := pgast.Parse(text)
	if perr == nil {
		return tree.Stmts, ch.start, true, nil
	}
	e := s.parseError(perr, text, ch.start)
	// Statements before the one with the error.
	errOff := ch.start
	var pe *parser.Error
	if errors.As(perr, &pe) && pe.Cursorpos > 0 {
		errOff = ch.start + charOffset(text, pe.Cursorpos-1)
	}
	cut := ch.start
	for _, end := range s.psql.Ends {
		if end > ch.start && end <= errOff {
			cut = end
		}
	}
	if cut > ch.start {
		if tree, perr := pgast.Parse(s.psql.Clean[ch.start:cut]); perr == nil {
			return tree.Stmts, ch.start, false, e
		}
	}
	return nil, ch.start, false, e
}

// badByte finds the first NUL or invalid UTF-8 byte.
func badByte(s string) (int, byte, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0 {
			return i, 0, true
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return i, c, true
		}
		i += size
	}
	return 0, 0, false
}

// pos converts a byte offset into a file position with a rune column.
func (s *source) pos(off int) model.Pos {
	if off < 0 {
		off = 0
	}
	if off > len(s.text) {
		off = len(s.text)
	}
	off = s.psql.srcOffset(off)
	line := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	col := utf8.RuneCountInString(s.orig[s.lines[line]:off]) + 1
	return model.Pos{File: s.name, Line: line + 1, Col: col}
}

// parseError converts a pg_query error about text, which starts at byte
// offset base of the file, into an *Error. pg_query's cursor position is
// 1-based and counts characters of text; 0 means unknown.
func (s *source) parseError(err error, text string, base int) *Error {
	var pe *parser.Error
	if !errors.As(err, &pe) {
		return &Error{Pos: s.pos(base), Msg: err.Error()}
	}
	off := base
	if pe.Cursorpos > 0 {
		off = base + charOffset(text, pe.Cursorpos-1)
	} else {
		off = base + skipSpaceAndComments(text, 0)
	}
	return &Error{Pos: s.pos(off), Msg: pe.Message + unsetVarHint(s.text, off)}
}

// charOffset returns the byte offset of the n-th (0-based) character of s,
// or len(s) when s is shorter.
func charOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// skipSpaceAndComments returns the offset of the first token at or after
// i: pg_query's statement locations include the whitespace and comments
// that follow the previous semicolon.
func skipSpaceAndComments(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			i = skipLine(s, i)
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			i = skipBlockComment(s, i)
		default:
			return i
		}
	}
	return i
}

// conditional reports whether the byte offset lies inside a psql \if block.
func (s *source) conditional(off int) bool {
	for _, r := range s.psql.Conditional {
		if off >= r[0] && off < r[1] {
			return true
		}
	}
	return false
}
