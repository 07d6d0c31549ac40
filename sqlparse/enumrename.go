package sqlparse

import (
	"strings"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// renameEnumLabel carries ALTER TYPE ... RENAME VALUE into what holds the
// label as a constant. PostgreSQL stores an enum constant by the label's
// oid, so a default 'old', a domain's default and a check comparing a
// column with 'old' all read 'new' afterwards.
func (r *replayer) renameEnumLabel(q model.QName, old, nw string) {
	of := func(ty model.Type) bool { return enumTypeName(ty.Name, q) }
	for _, t := range r.all {
		for _, col := range t.Columns {
			if of(col.Type) {
				col.Default = renameLabelLiteral(col.Default, col.Type.Array, old, nw)
			}
		}
		r.renameCheckLabels(t, of, old, nw)
	}
	for _, d := range r.s.Domains {
		if of(d.Type) {
			d.Default = renameLabelLiteral(d.Default, d.Type.Array, old, nw)
		}
	}
}

// renameCheckLabels renames the label in t's checks and partial indexes'
// predicates where it is compared with a column of the enum.
func (r *replayer) renameCheckLabels(t *model.Table, of func(model.Type) bool, old, nw string) {
	state := r.tables[t]
	if state == nil {
		return
	}
	enumCol := func(name string) bool {
		col, ok := t.Column(name)
		return ok && of(col.Type) && !col.Type.Array
	}
	for _, ch := range t.Checks {
		ast, changed := normalize.RenameEnumLabel(state.checkAST[ch], enumCol, old, nw)
		if !changed {
			continue
		}
		if expr, err := normalize.ExprNode(ast); err == nil {
			ch.Expr, state.checkAST[ch] = expr, ast
		}
	}
	for _, ix := range t.Indexes {
		st := state.indexAST[ix]
		if st == nil || st.WhereClause == nil {
			continue
		}
		if where, changed := normalize.RenameEnumLabel(st.WhereClause, enumCol, old, nw); changed {
			renamed := cloneIndexStmt(st)
			renamed.WhereClause = where
			// The statement normalized once already; should it fail now,
			// the index keeps the old label and shows as changed.
			_ = r.reindex(t, ix, renamed)
		}
	}
}

// enumTypeName reports whether a column's type name is the enum q.
func enumTypeName(name string, q model.QName) bool {
	return name == q.Schema+"."+q.Name || name == model.QuoteIdent(q.Schema)+"."+model.QuoteIdent(q.Name) ||
		(q.Schema == "public" && (name == q.Name || name == model.QuoteIdent(q.Name)))
}

// renameLabelLiteral renames the label in a default that is the label
// itself ('old') or, for an array, a one-dimensional array literal of
// labels ('{old,b}').
func renameLabelLiteral(expr string, array bool, old, nw string) string {
	if !array {
		if expr == model.QuoteLiteral(old) {
			return model.QuoteLiteral(nw)
		}
		return expr
	}
	inner, ok := unquoteLiteral(expr)
	if !ok || len(inner) < 3 || inner[0] != '{' || inner[len(inner)-1] != '}' {
		return expr // not an array literal, or the empty array
	}
	elems, ok := arrayElems(inner[1 : len(inner)-1])
	if !ok {
		return expr // nested, or not an array literal PostgreSQL prints
	}
	for i, e := range elems {
		if e.value == old {
			elems[i].text = arrayElem(nw)
		}
	}
	texts := make([]string, len(elems))
	for i, e := range elems {
		texts[i] = e.text
	}
	return model.QuoteLiteral("{" + strings.Join(texts, ",") + "}")
}

// element is one element of a one-dimensional array literal: as written,
// and its value.
type element struct{ text, value string }

// arrayElems splits the inside of {...} at its commas, reading
// double-quoted elements with their backslash escapes.
func arrayElems(s string) ([]element, bool) {
	var out []element
	for i := 0; i <= len(s); {
		start := i
		var value strings.Builder
		if i < len(s) && s[i] == '"' {
			i++
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				value.WriteByte(s[i])
				i++
			}
			if i >= len(s) {
				return nil, false
			}
			i++
		} else {
			for i < len(s) && s[i] != ',' {
				if strings.ContainsRune(`{}"\\`, rune(s[i])) {
					return nil, false
				}
				value.WriteByte(s[i])
				i++
			}
		}
		if i < len(s) && s[i] != ',' {
			return nil, false
		}
		out = append(out, element{text: s[start:i], value: value.String()})
		i++
	}
	return out, true
}

// arrayElem spells an array element as PostgreSQL's array output does:
// double-quoted when it is empty, NULL or holds a delimiter or blank.
func arrayElem(s string) string {
	if s == "" || strings.EqualFold(s, "null") || strings.ContainsAny(s, "{},\"\\ \t\n") {
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
	}
	return s
}

// unquoteLiteral reads a plain SQL string literal 'it”s'.
func unquoteLiteral(s string) (string, bool) {
	if len(s) < 2 || s[0] != '\'' || s[len(s)-1] != '\'' {
		return "", false
	}
	body := s[1 : len(s)-1]
	if strings.Contains(strings.ReplaceAll(body, "''", ""), "'") {
		return "", false
	}
	return strings.ReplaceAll(body, "''", "'"), true
}
