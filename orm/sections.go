package orm

import (
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// decoration are the characters banner comments draw their rules with.
const decoration = "=-*~#_+ \t─━═—"

// banner is a section title taken from a module's banner comments.
type banner struct {
	file  string
	line  int
	title string
}

// banners finds the section banners of the module comments: a titled line
// framed by rules (# ==== / # Core / # ====) or drawn inside one
// (# ---- Core ----).
func banners(comments []comment) []banner {
	var out []banner
	rule := func(i int) bool {
		if i < 0 || i >= len(comments) {
			return false
		}
		t := strings.TrimPrefix(comments[i].text, "#")
		return len(strings.TrimSpace(t)) >= 3 && strings.Trim(t, decoration) == ""
	}
	for i, c := range comments {
		body := strings.TrimPrefix(c.text, "#")
		title := strings.Trim(body, decoration)
		if title == "" {
			continue
		}
		inline := ruled(body)
		framed := (rule(i-1) && comments[i-1].line == c.line-1 && comments[i-1].file == c.file) ||
			(rule(i+1) && comments[i+1].line == c.line+1 && comments[i+1].file == c.file)
		if inline || framed {
			out = append(out, banner{file: c.file, line: c.line, title: title})
		}
	}
	return out
}

// document records, for the reference document and spec import, the
// section of every model (the last banner above its class) and the
// client-side defaults SQLAlchemy applies itself.
func (b *builder) document() {
	bs := banners(b.p.comments)
	doc := model.Document{}
	number := 0
	for _, tb := range b.tables {
		if tb.cls == nil {
			continue
		}
		number++
		entry := model.DocEntry{Number: number}
		for _, bn := range bs {
			if bn.file == tb.t.Pos.File && bn.line < tb.t.Pos.Line {
				entry.Section = bn.title
			}
		}
		if entry.Section != "" && !contains(doc.Sections, entry.Section) {
			doc.Sections = append(doc.Sections, entry.Section)
		}
		tb.t.Attrs = model.SetAttr(tb.t.Attrs, entry)
	}
	if len(doc.Sections) > 0 {
		b.s.Attrs = model.SetAttr(b.s.Attrs, doc)
	}
}

// clientDefault keeps default= and onupdate= as a fact: not DDL, but what
// the application fills in.
func clientDefault(c *col) {
	var cd model.ClientDefault
	if c.client != nil {
		cd.Default = c.client.text
	}
	if c.onupdate != nil {
		cd.OnUpdate = c.onupdate.text
	}
	if cd != (model.ClientDefault{}) {
		c.c.Attrs = model.SetAttr(c.c.Attrs, cd)
	}
}

// ruled reports whether a comment draws a rule around its text: two or
// more rule characters before or after it (# ── Core ──, # === Core ===).
func ruled(body string) bool {
	t := strings.TrimSpace(body)
	lead := []rune(strings.TrimSpace(t[:len(t)-len(strings.TrimLeft(t, decoration))]))
	trail := []rune(strings.TrimSpace(t[len(strings.TrimRight(t, decoration)):]))
	return len(lead) >= 2 || len(trail) >= 2
}
