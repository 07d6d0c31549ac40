package refdoc

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/erd"
	"github.com/ariadrift/ariadrift/model"
)

// overview writes what the document opens with after its contents: the
// diagram legend, and the whole schema as one diagram when it is small
// enough to read. It has no heading of its own, so the contents stay the
// reference's.
func (d *document) overview(b *strings.Builder) {
	b.WriteString("**Diagram legend.** " + erd.Legend() + "\n")
	if n := erd.TableCount(d.run); n > erd.MaxTables {
		fmt.Fprintf(b, "The schema has %d tables, too many for one readable diagram: each section below has its own.\n\n", n)
		return
	}
	b.WriteString(d.diagram(erd.Options{}) + "\n")
}

// sectionDiagram writes a section's diagram: its models with their key
// columns, and the tables their foreign keys reach by name.
func (d *document) sectionDiagram(b *strings.Builder, sec section) {
	tables := make([]model.QName, 0, len(sec.tables))
	for _, t := range sec.tables {
		tables = append(tables, t.QName())
	}
	b.WriteString(d.diagram(erd.Options{Tables: tables}) + "\n")
}

// diagram renders a fenced diagram. The one error erd returns, a run that
// read no schema, cannot happen here: the document is built from the spec.
func (d *document) diagram(opts erd.Options) string {
	s, err := erd.Markdown(d.run, opts)
	if err != nil {
		return ""
	}
	return s
}
