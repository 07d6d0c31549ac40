package sqlparse

import (
	"fmt"
	"sort"
	"strings"
)

// psql interpolates variables into the SQL it sends: :name as is, :'name'
// as a string literal and :"name" as an identifier, outside quotes,
// comments and dollar quotes. Scripts set them with \set, or rely on the
// ones psql sets itself (DBNAME, USER...) and on psql -v; the replay sees
// only the first kind, so a reference to another is replayed as a
// placeholder spelled like the variable's name, and said in a warning.

// builtinVars are the variables psql sets from its connection, so that a
// bare :DBNAME or :USER in a script is one of them and not, say, the upper
// bound of an array slice a[1:n].
var builtinVars = map[string]bool{"DBNAME": true, "USER": true, "HOST": true, "PORT": true, "ENCODING": true}

// unknownValue marks a variable set to what only running psql could tell
// (a backquoted shell command).
const unknownValue = "\x00unknown"

// varRef is a variable reference the replay could not resolve.
type varRef struct {
	Offset int    // in Clean
	Ref    string // as written: :DBNAME, :"PGUSER"
	Repl   string // what was replayed in its place
}

// sub replaces src[start:end] by repl.
type sub struct {
	start, end int
	repl       string
}

// edit is a substitution in both coordinates, for mapping Clean offsets
// back to the file's bytes.
type edit struct {
	clean, cleanEnd, src, srcEnd int
}

// colon handles a colon in SQL text: a :: cast, a variable reference or
// just a colon. It returns the offset after what it consumed.
func (sc *psqlScanner) colon(i int) int {
	src := sc.src
	sc.sawText()
	if i+1 < len(src) && src[i+1] == ':' {
		return i + 2
	}
	name, form, end := varRefAt(src, i)
	if name == "" {
		return i + 1
	}
	val, set := sc.vars[name]
	if !set && form == 0 && !builtinVars[name] {
		// psql leaves an unset :name as it is.
		return i + 1
	}
	ref := src[i:end]
	if set && val != unknownValue {
		sc.subs = append(sc.subs, sub{i, end, quoteVar(val, form)})
		return end
	}
	repl := quoteVar(name, form)
	sc.subs = append(sc.subs, sub{i, end, repl})
	sc.unset = append(sc.unset, varRef{Offset: i, Ref: ref, Repl: repl})
	return end
}

// varRefAt reads :name, :'name' or :"name" at i; form is 0, '\” or '"'.
// name is empty when there is no reference.
func varRefAt(src string, i int) (name string, form byte, end int) {
	j := i + 1
	if j < len(src) && (src[j] == '\'' || src[j] == '"') {
		form = src[j]
		j++
	}
	k := j
	for k < len(src) && isVarByte(src[k]) {
		k++
	}
	if k == j {
		return "", 0, 0
	}
	name = src[j:k]
	if form != 0 {
		if k >= len(src) || src[k] != form {
			return "", 0, 0
		}
		k++
	}
	return name, form, k
}

// isVarByte is psql's variable_char: letters, digits, underscore and any
// byte of a multi-byte character.
func isVarByte(c byte) bool {
	return c == '_' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// quoteVar spells a value the way psql interpolates it in form.
func quoteVar(val string, form byte) string {
	switch form {
	case '\'':
		if strings.Contains(val, `\`) {
			return "E'" + strings.ReplaceAll(strings.ReplaceAll(val, `\`, `\\`), "'", "''") + "'"
		}
		return "'" + strings.ReplaceAll(val, "'", "''") + "'"
	case '"':
		return `"` + strings.ReplaceAll(val, `"`, `""`) + `"`
	}
	return val
}

// setVar carries out \set and \unset.
func (sc *psqlScanner) setVar(cmd metaCommand) {
	args := strings.TrimLeft(cmd.Args, " \t\r")
	name := args
	if k := strings.IndexAny(args, " \t\r"); k >= 0 {
		name, args = args[:k], args[k:]
	} else {
		args = ""
	}
	if name == "" {
		return
	}
	if sc.vars == nil {
		sc.vars = map[string]string{}
	}
	if cmd.Name == "unset" {
		delete(sc.vars, name)
		return
	}
	sc.vars[name] = sc.setValue(args)
}

// setValue joins \set's arguments as psql does (with nothing between
// them): 'quoted' text unquoted, :var interpolated, `shell` unknown.
func (sc *psqlScanner) setValue(args string) string {
	var b strings.Builder
	for i := 0; i < len(args); {
		switch c := args[i]; {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '`':
			return unknownValue
		case c == '\'':
			j := i + 1
			for j < len(args) {
				if args[j] == '\'' {
					if j+1 < len(args) && args[j+1] == '\'' {
						b.WriteByte('\'')
						j += 2
						continue
					}
					break
				}
				b.WriteByte(args[j])
				j++
			}
			i = j + 1
		case c == ':':
			name, form, end := varRefAt(args, i)
			val, set := sc.vars[name]
			if name == "" || form != 0 {
				b.WriteByte(c)
				i++
				continue
			}
			if !set || val == unknownValue {
				return unknownValue
			}
			b.WriteString(val)
			i = end
		default:
			j := i
			for j < len(args) && args[j] != ' ' && args[j] != '\t' && args[j] != '\r' && args[j] != '\'' && args[j] != '`' && args[j] != ':' {
				j++
			}
			b.WriteString(args[i:j])
			i = j
		}
	}
	return b.String()
}

// applySubs rewrites the scanned script with its variable substitutions
// and moves every recorded offset into the rewritten text's coordinates.
func (sc *psqlScanner) applySubs() {
	if len(sc.subs) == 0 {
		return
	}
	clean := sc.out.Clean
	var text, out strings.Builder
	prev, delta := 0, 0
	edits := make([]edit, 0, len(sc.subs))
	for _, s := range sc.subs {
		out.WriteString(clean[prev:s.start])
		text.WriteString(sc.src[prev:s.start])
		at := s.start + delta
		out.WriteString(s.repl)
		text.WriteString(s.repl)
		edits = append(edits, edit{clean: at, cleanEnd: at + len(s.repl), src: s.start, srcEnd: s.end})
		delta += len(s.repl) - (s.end - s.start)
		prev = s.end
	}
	out.WriteString(clean[prev:])
	text.WriteString(sc.src[prev:])
	sc.out.Clean, sc.out.Text, sc.out.edits = out.String(), text.String(), edits

	move := func(off int) int {
		d := 0
		for _, s := range sc.subs {
			if s.end > off {
				break
			}
			d += len(s.repl) - (s.end - s.start)
		}
		return off + d
	}
	for i := range sc.out.Ends {
		sc.out.Ends[i] = move(sc.out.Ends[i])
	}
	for i := range sc.out.Cmds {
		c := &sc.out.Cmds[i]
		c.Offset, c.End, c.ArgsOffset = move(c.Offset), move(c.End), move(c.ArgsOffset)
	}
	for i := range sc.out.Conditional {
		r := &sc.out.Conditional[i]
		r[0], r[1] = move(r[0]), move(r[1])
	}
	for i := range sc.out.Undecided {
		sc.out.Undecided[i].Offset = move(sc.out.Undecided[i].Offset)
	}
	for i := range sc.unset {
		sc.unset[i].Offset = move(sc.unset[i].Offset)
	}
	sc.out.Unset = sc.unset
}

// srcOffset maps an offset of Clean back to the file's bytes; an offset
// inside a substitution maps to the reference's start.
func (p *psqlScript) srcOffset(off int) int {
	if len(p.edits) == 0 {
		return off
	}
	i := sort.Search(len(p.edits), func(i int) bool { return p.edits[i].clean > off }) - 1
	if i < 0 {
		return off
	}
	e := p.edits[i]
	if off < e.cleanEnd {
		return e.src
	}
	return off - e.cleanEnd + e.srcEnd
}

// warnUnsetVars says, once a variable and file, where a script relies on
// a psql variable it does not set, and what was replayed in its place.
func (r *replayer) warnUnsetVars(src *source) {
	seen := map[string]bool{}
	for _, v := range src.psql.Unset {
		if seen[v.Ref] {
			continue
		}
		seen[v.Ref] = true
		r.warn(src.pos(v.Offset), "psql variable %s is set outside the scripts (by psql itself or -v): replayed as %s; give its value with --psql-var", v.Ref, v.Repl)
	}
}

// warnUndecided says where a script's \if could not be decided, so that
// every branch was replayed, or names a condition psql takes as false.
func (r *replayer) warnUndecided(src *source) {
	for _, n := range src.psql.Undecided {
		switch {
		case n.Rejected:
			r.warn(src.pos(n.Offset), "%s: %s: psql takes it as false", n.Cmd, n.Why)
		case n.Var != "":
			value := "true|false"
			if n.Defined {
				value = "VALUE"
			}
			r.warn(src.pos(n.Offset), "%s not decided (%s): every branch was read; give it with --psql-var %s=%s", n.Cmd, n.Why, n.Var, value)
		default:
			r.warn(src.pos(n.Offset), "%s not decided (%s): every branch was read", n.Cmd, n.Why)
		}
	}
}

// unsetVarHint explains a syntax error at a psql variable the scripts do
// not set, such as the placeholders of a migration tool (:DATABASE_OWNER)
// or a variable the scripts expect from psql -v.
func unsetVarHint(text string, off int) string {
	if off < 0 || off >= len(text) || text[off] != ':' {
		return ""
	}
	name, form, _ := varRefAt(text, off)
	if name == "" || form != 0 {
		return ""
	}
	return fmt.Sprintf(" (psql variable :%s is not set by the scripts: give its value with --psql-var %s=VALUE)", name, name)
}
