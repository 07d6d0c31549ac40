package cli

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/pipeline"
)

// dsnValue is the repeatable --dsn flag: the first DSN stays in one field,
// so everything that reads a single database is unchanged, and the others
// make the run a fleet.
type dsnValue struct {
	first *string
	more  *[]string
	set   bool
}

func (v *dsnValue) String() string { return "" }
func (v *dsnValue) Type() string   { return "string" }
func (v *dsnValue) Set(s string) error {
	if !v.set {
		*v.first, v.set = s, true
		return nil
	}
	*v.more = append(*v.more, s)
	return nil
}

// namedDSN is one target: its name and its connection string.
type namedDSN struct{ name, dsn string }

var (
	targetName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)
	envName    = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// parseTargets reads a targets file: one "name: ENV_VAR" a line, the
// variable holding the target's DSN so that no password sits in the file;
// '#' starts a comment. Errors name file:line:col.
func parseTargets(file string, data []byte, getenv func(string) string) ([]namedDSN, error) {
	var out []namedDSN
	seen := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		at := func(col int, format string, args ...any) error {
			return fmt.Errorf("%s:%d:%d: %s", file, i+1, col, fmt.Sprintf(format, args...))
		}
		if c := strings.IndexByte(line, '#'); c >= 0 {
			line = line[:c]
		}
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			// Neither the line nor a bad name is echoed: either may be a
			// key=value DSN with its password.
			return nil, at(col(line, indent), "want 'name: ENV_VAR' (the variable holds the DSN)")
		}
		name, rest := strings.TrimRight(line[indent:colon], " \t"), line[colon+1:]
		if !targetName.MatchString(name) {
			return nil, at(col(line, indent), "bad target name: use letters, digits, '_', '.' and '-'")
		}
		if prev, dup := seen[name]; dup {
			return nil, at(col(line, indent), "target %q already named on line %d", name, prev)
		}
		seen[name] = i + 1
		varCol := col(line, colon+1+len(rest)-len(strings.TrimLeft(rest, " \t")))
		env := strings.TrimSpace(rest)
		switch {
		case env == "":
			return nil, at(varCol, "target %q names no environment variable", name)
		case !envName.MatchString(env):
			// The value is not echoed: it may be a DSN with its password.
			return nil, at(varCol, "target %q: not an environment variable name (the file names the variable holding the DSN, never the DSN)", name)
		case getenv(env) == "":
			return nil, at(varCol, "target %q: $%s is not set", name, env)
		}
		out = append(out, namedDSN{name: name, dsn: getenv(env)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no targets", file)
	}
	return out, nil
}

// col is the 1-based column, in characters, of byte offset i of line.
func col(line string, i int) int { return utf8.RuneCountInString(line[:i]) + 1 }

// fleet turns --targets, or a --dsn given more than once, into the
// pipeline's targets; nil when the run reads at most one database.
func (o *compareOptions) fleet(getenv func(string) string) ([]pipeline.Target, error) {
	var named []namedDSN
	switch {
	case o.targets != "" && (o.dsn != "" || o.db):
		return nil, usagef("--targets and --dsn/--db name the live databases two ways; give one")
	case o.targets != "":
		data, err := os.ReadFile(o.targets)
		if err != nil {
			return nil, fmt.Errorf("targets: %w", err)
		}
		if named, err = parseTargets(o.targets, data, getenv); err != nil {
			return nil, err
		}
	case len(o.moreDSN) > 0:
		// A repeated --dsn has no names: the masked DSN is one, stable
		// for baselines as long as the DSN is.
		for _, d := range append([]string{o.dsn}, o.moreDSN...) {
			named = append(named, namedDSN{name: introspect.MaskDSN(d), dsn: d})
		}
	default:
		return nil, nil
	}
	out := make([]pipeline.Target, len(named))
	for i, n := range named {
		out[i] = pipeline.Target{Name: n.name, DB: o.database(n.dsn, "target "+n.name)}
	}
	return out, nil
}
