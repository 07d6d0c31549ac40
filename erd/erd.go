// Package erd draws a run's schema as a Mermaid erDiagram, with the drift
// between its sources drawn in: tables with their key columns, relationships
// from the canonical side's foreign keys, and dashed relationships and
// suffixed table names where a source lacks what another has.
//
// The diagram is computed from the schemas of the run, not from its
// findings (a baseline that hides a finding does not make a table appear),
// except for column renames, which only the comparison knows.
//
// erd imports model, diff and report; it must not import the packages that
// produce schemas (sqlparse, introspect, spec) nor the command line. The
// syntax it writes is the subset Mermaid 10 and 11 both accept, which is what
// GitHub renders.
package erd

import (
	"errors"
	"io"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

// MaxTables is the size up to which a diagram of the whole schema stays
// readable; the reference document draws one only up to this many tables.
const MaxTables = 30

// Options select what a diagram shows.
type Options struct {
	// Tables limits the diagram to these tables of the canonical side, plus
	// the tables their relationships reach, drawn without columns. Nil means
	// every table of every source.
	Tables []model.QName
}

// side is one source of the run as the diagram sees it.
type side struct {
	src    model.Source
	schema *model.Schema
	// renames maps this side's column names to the canonical side's, per
	// table, from the comparison's column.renamed findings.
	renames map[model.QName]map[string]string
}

// graph is everything a diagram is drawn from.
type graph struct {
	canon  side
	others []side
}

// newGraph picks the canonical side (the spec, else the SQL, else the
// database) and the sides the run compared with it.
func newGraph(run *report.Run) (*graph, error) {
	if run == nil {
		return nil, errors.New("erd: no run to draw")
	}
	g := &graph{}
	for _, s := range []side{{src: model.SourceSpec, schema: run.Spec}, {src: model.SourceSQL, schema: run.SQL}, {src: model.SourceDB, schema: run.DB}} {
		if s.schema == nil {
			continue
		}
		if g.canon.schema == nil {
			g.canon = s
			continue
		}
		for _, p := range run.Pairs {
			if p.Left == g.canon.src && p.Right == s.src {
				s.renames = renamesOf(run.Findings, p)
				g.others = append(g.others, s)
				break
			}
		}
	}
	if g.canon.schema == nil {
		return nil, errors.New("erd: the run read no schema to draw")
	}
	return g, nil
}

// renamesOf collects the pair's column renames: right name → left name.
func renamesOf(fs []diff.Finding, p diff.Pair) map[model.QName]map[string]string {
	out := map[model.QName]map[string]string{}
	for _, f := range fs {
		if f.Pair != p || f.Kind != diff.ColumnRenamed || f.Expected == "" || f.Actual == "" {
			continue
		}
		q := model.QName{Schema: f.Schema, Name: f.Table}
		if out[q] == nil {
			out[q] = map[string]string{}
		}
		out[q][f.Actual] = f.Expected
	}
	return out
}

// canonName maps a column of side s to its canonical name.
func (s side) canonName(q model.QName, col string) string {
	if n, ok := s.renames[q][col]; ok {
		return n
	}
	return col
}

// otherName maps a canonical column name to side s's name for it.
func (s side) otherName(q model.QName, col string) string {
	for right, left := range s.renames[q] {
		if left == col {
			return right
		}
	}
	return col
}

// Diagram renders the erDiagram source, without markdown fences.
func Diagram(run *report.Run, opts Options) (string, error) {
	g, err := newGraph(run)
	if err != nil {
		return "", err
	}
	d := g.build(opts)
	return d.render(), nil
}

// Write renders the diagram of the whole schema: what --format mermaid prints.
func Write(w io.Writer, run *report.Run) error {
	s, err := Diagram(run, Options{})
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, s)
	return err
}

// Markdown renders the diagram as a fenced mermaid block, which GitHub and
// most markdown viewers draw as a picture.
func Markdown(run *report.Run, opts Options) (string, error) {
	s, err := Diagram(run, opts)
	if err != nil {
		return "", err
	}
	return "```mermaid\n" + s + "```\n", nil
}

// TableCount is the number of tables a diagram of the whole schema draws:
// the canonical side's and those only the other sides have.
func TableCount(run *report.Run) int {
	g, err := newGraph(run)
	if err != nil {
		return 0
	}
	return len(g.build(Options{}).entities)
}

// Legend explains the marks, in markdown.
func Legend() string {
	return "Boxes are tables with their key columns (PK primary key, FK foreign key, UK unique key). " +
		"Lines are foreign keys, from the referenced table to the referencing one: `o{` many rows reference one, " +
		"`|o` the key is nullable, `||` it is not. A solid line is a foreign key every source has. " +
		"Drift is marked: a ⚠ title says which sources lack the table (`not in sql`) or alone have it " +
		"(`only in sql`); a dashed line is a foreign key that not every source has, labelled the same way; " +
		"a column's note says what the other sources lack or call it (`sql: from_entity_id`).\n"
}

// sortedKeys returns a set's keys in order.
func sortedKeys[K ~string](m map[K]bool) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// sourceList renders sources as "sql", "sql and db".
func sourceList(srcs []model.Source, conj string) string {
	names := make([]string, len(srcs))
	for i, s := range srcs {
		names[i] = string(s)
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + conj + " " + names[len(names)-1]
}
