package orm

import (
	"crypto/md5"
	"encoding/hex"
	"regexp"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// nameParts is what a naming convention's tokens draw on.
type nameParts struct {
	cols       []string
	refTable   string
	refCols    []string
	constraint string
}

var tokenRe = regexp.MustCompile(`%\(([A-Za-z0-9_]+)\)s`)

// conventionName names a constraint or index through the table's naming
// convention (key "ix", "uq", "ck", "fk" or "pk"). explicit is the name the
// code gave, nil when none. It returns "" when neither gives a name, and
// the caller falls back to the name PostgreSQL chooses.
func (b *builder) conventionName(tb *tableBuild, key string, explicit *expr, parts nameParts) string {
	if explicit != nil && explicit.kind == kCall && b.p.canon(explicit.x) == "conv" && len(explicit.args) == 1 && explicit.args[0].kind == kStr {
		return model.TruncateIdent(explicit.args[0].name) // conv() opts out of the convention
	}
	if explicit != nil && explicit.kind == kStr {
		parts.constraint = explicit.name
	}
	conv, ok := tb.meta.conv[key]
	if !ok || (parts.constraint != "" && !strings.Contains(conv, "%(constraint_name)s")) {
		return model.TruncateIdent(parts.constraint)
	}
	if parts.constraint == "" && strings.Contains(conv, "%(constraint_name)s") {
		b.p.warn(tb.t.Pos, "naming convention "+key+" needs %(constraint_name)s but the constraint has no name; SQLAlchemy refuses it")
		return ""
	}
	missing := false
	name := tokenRe.ReplaceAllStringFunc(conv, func(tok string) string {
		v, ok := b.token(tb, tokenRe.FindStringSubmatch(tok)[1], parts)
		if !ok {
			missing = true
		}
		return v
	})
	if missing {
		b.p.warn(tb.t.Pos, "naming convention "+key+" "+conv+" has a token the reader does not know; the name PostgreSQL chooses is assumed")
		return ""
	}
	if len(name) > model.MaxIdentLen {
		// SQLAlchemy shortens a generated name with a hash of the whole.
		sum := md5.Sum([]byte(name))
		h := hex.EncodeToString(sum[:])
		name = name[:model.ClipIdent(name, model.MaxIdentLen-8)] + "_" + h[len(h)-4:]
	}
	return name
}

// token expands one naming-convention token.
func (b *builder) token(tb *tableBuild, tok string, parts nameParts) (string, bool) {
	switch tok {
	case "table_name":
		return tb.t.Name, true
	case "constraint_name":
		return parts.constraint, true
	case "referred_table_name":
		return parts.refTable, true
	}
	var cols []string
	rest := ""
	switch {
	case strings.HasPrefix(tok, "referred_column_"):
		cols, rest = parts.refCols, strings.TrimPrefix(tok, "referred_column_")
	case strings.HasPrefix(tok, "column_"):
		cols, rest = parts.cols, strings.TrimPrefix(tok, "column_")
	default:
		return "", false
	}
	if len(cols) == 0 {
		return "", false
	}
	label := func(c string) string {
		if tb.explicitSchema {
			return tb.t.Schema + "_" + tb.t.Name + "_" + c
		}
		return tb.t.Name + "_" + c
	}
	pick := func(kind string, list []string) []string {
		if kind == "label" && !strings.HasPrefix(tok, "referred_") {
			out := make([]string, len(list))
			for i, c := range list {
				out[i] = label(c)
			}
			return out
		}
		return list
	}
	for _, form := range []struct {
		prefix, sep string
		all         bool
	}{{"0N_", "", true}, {"0_N_", "_", true}, {"0_", "", false}} {
		if !strings.HasPrefix(rest, form.prefix) {
			continue
		}
		kind := strings.TrimPrefix(rest, form.prefix)
		if kind != "name" && kind != "label" && kind != "key" {
			return "", false
		}
		if form.all {
			return strings.Join(pick(kind, cols), form.sep), true
		}
		return pick(kind, cols[:1])[0], true
	}
	return "", false
}
