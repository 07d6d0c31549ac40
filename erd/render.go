package erd

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// render writes the erDiagram source: boxes first, in the drawing's order,
// then the lines.
func (d *drawing) render() string {
	var b strings.Builder
	b.WriteString("erDiagram\n")
	drawn := map[model.QName]bool{}
	for _, r := range d.rels {
		drawn[r.parent], drawn[r.child] = true, true
	}
	for _, e := range d.entities {
		if len(e.attrs) == 0 {
			// A box without columns needs declaring only when no line
			// draws it.
			if !drawn[e.q] {
				b.WriteString("    " + entityName(e.label) + "\n")
			}
			continue
		}
		b.WriteString("    " + entityName(e.label) + " {\n")
		for _, a := range e.attrs {
			b.WriteString("        " + attrWord(a.typ, "t") + " " + attrWord(a.name, "c"))
			// Mermaid 10 takes one key marker per attribute; the others
			// go into the note.
			note := a.note
			if len(a.keys) > 0 {
				b.WriteString(" " + a.keys[0])
				if len(a.keys) > 1 {
					note = joinNotes("also "+strings.Join(a.keys[1:], ", "), note)
				}
			}
			if note != "" {
				b.WriteString(" " + quoted(note))
			}
			b.WriteString("\n")
		}
		b.WriteString("    }\n")
	}
	labels := map[model.QName]string{}
	for _, e := range d.entities {
		labels[e.q] = e.label
	}
	for _, r := range d.rels {
		line := "--"
		if r.dashed {
			line = ".."
		}
		b.WriteString("    " + entityName(labels[r.parent]) + " " + r.parentCard + line + r.childCard + " " +
			entityName(labels[r.child]) + " : " + quoted(r.label) + "\n")
	}
	return b.String()
}

// plainName is an entity name Mermaid reads unquoted in every version.
var plainName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// keywords are words erDiagram's lexer takes for syntax wherever an entity
// name may stand (cardinality aliases, styling and block keywords).
var keywords = map[string]bool{
	"erdiagram": true, "style": true, "classdef": true, "class": true, "subgraph": true, "end": true,
	"direction": true, "to": true, "one": true, "only": true, "many": true, "zero": true,
	"optionally": true, "u": true, "acctitle": true, "accdescr": true,
}

// entityName renders a box title: as is when it is a plain word, else in
// double quotes, without the characters a quoted name cannot hold.
func entityName(s string) string {
	if plainName.MatchString(s) && !keywords[strings.ToLower(s)] {
		return s
	}
	if s == "" {
		// A quoted name holds at least one character.
		s = "_"
	}
	return `"` + strings.Map(func(r rune) rune {
		switch r {
		case '"', '%', '\\', '\r', '\n', '\v', '\b':
			return '_'
		}
		return r
	}, s) + `"`
}

// wordChar reports whether Mermaid 10's attribute grammar accepts r in an
// attribute type or name.
func wordChar(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
		r == '_' || r == '(' || r == ')' || r == '[' || r == ']'
}

// attrWord makes s a valid attribute type or name: other characters become
// underscores, a word must start with a letter, and the key
// markers PK, FK and UK are reserved words, so a column so named gets a
// trailing underscore. prefix starts a word that begins with another character.
func attrWord(s, prefix string) string {
	w := strings.Map(func(r rune) rune {
		if wordChar(r) {
			return r
		}
		return '_'
	}, s)
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z') {
		w = prefix + "_" + w
	}
	switch strings.ToUpper(w) {
	case "PK", "FK", "UK":
		w += "_"
	}
	return w
}

// quoted renders a comment or a relationship label in double quotes, which
// cannot themselves hold a double quote.
func quoted(s string) string {
	return `"` + strings.NewReplacer(`"`, "'", "\n", " ", "\r", " ").Replace(s) + `"`
}

// shortTypes are PostgreSQL's own short spellings of format_type's names,
// which keep boxes narrow and have no spaces.
var shortTypes = map[string]string{
	"character varying":           "varchar",
	"character":                   "char",
	"timestamp with time zone":    "timestamptz",
	"timestamp without time zone": "timestamp",
	"time with time zone":         "timetz",
	"time without time zone":      "time",
	"double precision":            "float8",
	"bit varying":                 "varbit",
	"integer":                     "int",
	"boolean":                     "bool",
}

// typeName renders a column type for a box: the short spelling, a single
// modifier kept (varchar(255)) and several dropped, because Mermaid 10 does
// not accept the comma of numeric(10,2); user types lose their schema.
func typeName(t model.Type) string {
	name := t.Name
	if short, ok := shortTypes[name]; ok {
		name = short
	}
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[i+1:]
	}
	if len(t.Mods) == 1 {
		name += "(" + strconv.Itoa(t.Mods[0]) + ")"
	}
	if t.Array {
		name += "[]"
	}
	return name
}

// joinNotes joins the non-empty notes of one column.
func joinNotes(notes ...string) string {
	var kept []string
	for _, n := range notes {
		if n != "" {
			kept = append(kept, n)
		}
	}
	return strings.Join(kept, "; ")
}
