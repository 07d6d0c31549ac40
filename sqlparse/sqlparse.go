// Package sqlparse replays init SQL scripts into a *model.Schema: the
// schema a fresh PostgreSQL database would have after psql ran them.
//
// Scripts are parsed with pg_query (PostgreSQL's own parser), psql
// meta-commands are recognised by a small quote-aware scanner, and DDL
// inside DO blocks is found through pg_query's PL/pgSQL parser. Every object
// carries the file:line:col of the statement or element that created it.
//
// sqlparse imports model, normalize, pgast and pg_query only; it must not
// import the other producers (spec, introspect), diff or report.
package sqlparse

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/ariadrift/ariadrift/model"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Options tunes a replay.
type Options struct {
	// SearchPath is the search_path the scripts start with; default
	// ["public"]. SET search_path in the scripts changes it as it would
	// in a psql session.
	SearchPath []string
	// Schemas lists schemas that exist before the scripts run, besides
	// public (e.g. created by the container or an extension).
	Schemas []string
	// Assume lists schemas the scripts may use without creating them: the
	// live schemas and the search_path named on the command line, which an
	// installer or a shell script in the init folder created. They exist
	// for the replay; a script that does create one is no error.
	Assume []string
	// WorkDir resolves the file names of \i; default the process's working
	// directory, as for psql. \ir is relative to the including file.
	WorkDir string
	// Warn, when set, receives notes about statements that were skipped or
	// only partly understood: DO blocks in other languages, dynamic SQL, and
	// statements in conditional DO-block branches that PostgreSQL would
	// have rejected (they most likely did not run).
	Warn func(pos model.Pos, msg string)
	// Vars are psql variables set before the scripts run, as psql -v
	// sets them (psql's own DBNAME and USER among them, when known).
	Vars map[string]string
}

func (o Options) searchPath() []string {
	if len(o.SearchPath) == 0 {
		return []string{"public"}
	}
	return o.SearchPath
}

// Files replays the given scripts in order. A directory stands for the
// *.sql and *.sql.gz files directly inside it, in lexical order, as the
// postgres image runs an init folder; each *.sh there is a warning. Files
// are parsed in parallel and replayed in order.
func Files(paths []string, opts Options) (*model.Schema, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("read SQL: %w", err)
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		found, err := folderFiles(p, opts)
		if err != nil {
			return nil, err
		}
		files = append(files, found...)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("read SQL: no files given")
	}

	sources := make([]*source, len(files))
	readErrs := make([]error, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			data, err := readScript(f)
			if err != nil {
				readErrs[i] = fmt.Errorf("read SQL: %w", err)
				return
			}
			sources[i] = newSourceVars(f, f, data, opts.Vars)
		}()
	}
	wg.Wait()

	defer func() {
		// Stop parsing scripts an error kept from being replayed.
		for _, src := range sources {
			if src != nil {
				src.stopParsing()
			}
		}
	}()
	r := newReplayer(opts)
	r.s.Origin = strings.Join(paths, ", ")
	for i, src := range sources {
		if readErrs[i] != nil {
			return nil, readErrs[i]
		}
		if err := r.replaySource(src); err != nil {
			return nil, err
		}
	}
	r.finish()
	r.markUnknownColumns()
	return r.s, nil
}

// Parse replays one script. filename is used in positions and to resolve
// \ir; it need not exist.
func Parse(src []byte, filename string, opts Options) (*model.Schema, error) {
	r := newReplayer(opts)
	r.s.Origin = filename
	if err := r.replaySource(newSourceVars(filename, filename, src, opts.Vars)); err != nil {
		return nil, err
	}
	r.finish()
	r.markUnknownColumns()
	return r.s, nil
}

// maxIncludeDepth stops runaway \i nesting that is not a plain cycle.
const maxIncludeDepth = 64

// replaySource replays a script's statements and meta-commands in order.
func (r *replayer) replaySource(src *source) error {
	defer src.stopParsing()
	if src.err != nil {
		return src.err
	}
	key := src.path
	if key != "" {
		if abs, err := filepath.Abs(key); err == nil {
			key = abs
		}
	}
	r.includeStack = append(r.includeStack, key)
	defer func() { r.includeStack = r.includeStack[:len(r.includeStack)-1] }()

	r.warnUnsetVars(src)
	r.warnUndecided(src)
	cmds := src.psql.Cmds
	ci := 0
	replay := func(stmts []*pg_query.RawStmt, base int) error {
		for _, st := range stmts {
			start := skipSpaceAndComments(src.psql.Clean, base+int(st.StmtLocation))
			for ci < len(cmds) && cmds[ci].Offset < start {
				if err := r.metaCommand(src, cmds[ci]); err != nil {
					return err
				}
				ci++
			}
			c := &stmtCtx{src: src, base: base, start: start, cond: src.conditional(start)}
			if err := r.statement(c, st.Stmt); err != nil {
				return err
			}
		}
		return nil
	}
	for _, ch := range src.chunks {
		<-ch.done
		src.consumed()
		if ch.err == nil {
			err := replay(ch.stmts, ch.start)
			ch.stmts = nil // the parse tree is not needed any more
			if err != nil {
				return err
			}
			continue
		}
		stmts, base, rest, perr := src.recoverChunk(ch)
		if err := replay(stmts, base); err != nil {
			return err
		}
		if perr != nil {
			return perr
		}
		if rest {
			break
		}
	}
	for ; ci < len(cmds); ci++ {
		if err := r.metaCommand(src, cmds[ci]); err != nil {
			return err
		}
	}
	return nil
}

// metaCommand carries out the psql commands that change what later SQL
// means: includes and reconnects. The rest (\set, \echo, \if...) only
// affect psql itself.
func (r *replayer) metaCommand(src *source, cmd metaCommand) error {
	switch cmd.Name {
	case "i", "include", "ir", "include_relative":
		return r.include(src, cmd)
	case "c", "connect":
		// A new session starts with the default search_path.
		r.searchPath = append([]string(nil), r.opts.searchPath()...)
		r.inTx, r.savedPath = false, nil
	}
	return nil
}

func (r *replayer) include(src *source, cmd metaCommand) error {
	pos := src.pos(cmd.Offset)
	arg := includeArg(cmd.Args)
	if arg == "" {
		return &Error{Pos: pos, Msg: fmt.Sprintf("\\%s: missing required argument", cmd.Name)}
	}
	path := arg
	if !filepath.IsAbs(path) {
		base := r.opts.WorkDir
		if cmd.Name == "ir" || cmd.Name == "include_relative" {
			base = filepath.Dir(src.path)
		}
		path = filepath.Join(base, path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return &Error{Pos: pos, Msg: fmt.Sprintf("%s: %v", arg, err)}
	}
	for i, k := range r.includeStack {
		if k == abs {
			chain := append(append([]string(nil), r.includeStack[i:]...), abs)
			for j := range chain {
				chain[j] = filepath.Base(chain[j])
			}
			return &Error{Pos: pos, Msg: "include cycle: " + strings.Join(chain, " -> ")}
		}
	}
	if len(r.includeStack) >= maxIncludeDepth {
		return &Error{Pos: pos, Msg: fmt.Sprintf("%s: includes nested more than %d deep", arg, maxIncludeDepth)}
	}
	data, err := readRegular(path)
	if err != nil {
		return &Error{Pos: pos, Msg: fmt.Sprintf("%s: %v", arg, unwrapPathError(err))}
	}
	return r.replaySource(newSourceVars(path, path, data, cmd.Vars))
}

// readRegular reads a regular file; devices and pipes (\i /dev/stdin)
// could block forever.
func readRegular(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	return os.ReadFile(path)
}

// unwrapPathError drops the path os.PathError repeats, since the message
// names the file already.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
