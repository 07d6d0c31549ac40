package spec

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// referencePath is the hand-written models reference, which models.yaml
// transcribes (a copy kept in the repository's testdata, so that the test
// reads nothing outside the repository).
const referencePath = "../testdata/aria-models-reference.md"

// refDoc is what the reference document says, read from its markdown.
type refDoc struct {
	title    string
	notes    []string
	sections []string
	models   []*refModel
	expected [][2]string // table, notes of the "Expected gap" rows
}

type refModel struct {
	number        int
	name, section string
	table         string
	rows          [][4]string // property, column, type, constraints
	indexes       []refIndex
	indexLine     string
}

type refIndex struct {
	name string
	desc bool
}

// code strips the backticks of a `code` cell.
func code(t *testing.T, s string) string {
	t.Helper()
	s = strings.TrimSpace(s)
	require.True(t, len(s) >= 2 && s[0] == '`' && s[len(s)-1] == '`', "expected a `code` cell, found %q", s)
	return s[1 : len(s)-1]
}

// cells splits a markdown table row.
func cells(line string) []string {
	parts := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func readReference(t *testing.T) *refDoc {
	t.Helper()
	f, err := os.Open(referencePath)
	require.NoError(t, err, "the models reference must be readable")
	defer f.Close()
	doc := &refDoc{}
	var cur *refModel
	section, crossRef := "", false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " ")
		switch {
		case strings.HasPrefix(line, "# "):
			doc.title = strings.TrimPrefix(line, "# ")
		case strings.HasPrefix(line, "> ") && len(doc.sections) == 0:
			doc.notes = append(doc.notes, strings.TrimPrefix(line, "> "))
		case strings.HasPrefix(line, "## "):
			section = strings.TrimPrefix(line, "## ")
			crossRef = strings.HasPrefix(section, "Cross-Reference")
			if section != "Table of Contents" && !crossRef {
				doc.sections = append(doc.sections, section)
			}
		case strings.HasPrefix(line, "### ") && !crossRef:
			num, name, ok := strings.Cut(strings.TrimPrefix(line, "### "), ". ")
			require.True(t, ok, "model heading %q", line)
			n, err := strconv.Atoi(num)
			require.NoError(t, err, "model heading %q", line)
			cur = &refModel{number: n, name: name, section: section}
			doc.models = append(doc.models, cur)
		case cur != nil && !crossRef && strings.HasPrefix(line, "| `"):
			c := cells(line)
			require.Len(t, c, 4, "model row %q", line)
			cur.rows = append(cur.rows, [4]string{code(t, c[0]), code(t, c[1]), code(t, c[2]), c[3]})
		case cur != nil && strings.HasPrefix(line, "**Table:** "):
			cur.table = code(t, strings.TrimPrefix(line, "**Table:** "))
		case cur != nil && strings.HasPrefix(line, "**Indexes:** "):
			cur.indexLine = strings.TrimPrefix(line, "**Indexes:** ")
			if strings.HasPrefix(cur.indexLine, "none") {
				continue
			}
			for _, item := range strings.Split(cur.indexLine, ", ") {
				name, desc := strings.CutSuffix(item, " (DESC)")
				cur.indexes = append(cur.indexes, refIndex{name: code(t, name), desc: desc})
			}
		case crossRef && strings.HasPrefix(line, "| `") && strings.Contains(line, "| Expected gap |"):
			c := cells(line)
			doc.expected = append(doc.expected, [2]string{code(t, c[0]), c[2]})
		}
	}
	require.NoError(t, sc.Err())
	return doc
}

// constraints renders a column's constraints as the reference's
// Constraints cell does, so that one comparison covers PK, UNIQUE,
// NOT NULL, autoincrement, the default as written and "nullable".
func constraints(tb *model.Table, c *model.Column) string {
	var parts []string
	pk := tb.PrimaryKey != nil && contains(tb.PrimaryKey.Columns, c.Name)
	if pk {
		parts = append(parts, "PK")
	}
	for _, u := range tb.Uniques {
		if len(u.Columns) == 1 && u.Columns[0] == c.Name {
			parts = append(parts, "UNIQUE")
		}
	}
	if c.NotNull && !pk {
		parts = append(parts, "NOT NULL")
	}
	if c.AutoIncrement {
		parts = append(parts, "autoincrement")
	}
	if c.RawDefault != "" {
		parts = append(parts, "default `"+c.RawDefault+"`")
	}
	if len(parts) == 0 {
		return "nullable"
	}
	return strings.Join(parts, ", ")
}

// TestModelsMatchReference proves models.yaml transcribes every row of
// every model table of the reference.
func TestModelsMatchReference(t *testing.T) {
	ref := readReference(t)
	require.Len(t, ref.models, 18, "the reference parser must find every model")
	s, err := Load("models.yaml")
	require.NoError(t, err)

	doc, ok := model.AttrOf[model.Document](s.Attrs)
	require.True(t, ok)
	require.Equal(t, ref.title, doc.Title)
	require.Equal(t, ref.notes, doc.Notes)
	require.Equal(t, ref.sections, doc.Sections)

	require.Len(t, s.Expected, len(ref.expected))
	for i, e := range ref.expected {
		require.Equal(t, e[0], s.Expected[i].Name)
		require.Equal(t, e[1], s.Expected[i].Reason)
	}

	require.Len(t, s.Tables, len(ref.models))
	for i, rm := range ref.models {
		tb := s.Tables[i]
		t.Run(rm.name, func(t *testing.T) {
			require.Equal(t, rm.number, docEntry(tb).Number)
			require.Equal(t, rm.name, tb.Model)
			require.Equal(t, rm.section, docEntry(tb).Section)
			require.Equal(t, rm.table, tb.Name)
			require.Equal(t, "public", tb.Schema)
			require.Empty(t, tb.ForeignKeys, "the reference says the ORM declares no ForeignKey")

			require.Len(t, tb.Columns, len(rm.rows))
			for j, row := range rm.rows {
				c := tb.Columns[j]
				require.Equal(t, row[0], c.AttrName(), "property of row %d", j+1)
				require.Equal(t, row[1], c.Name, "column of row %d", j+1)
				require.Equal(t, row[2], c.RawType, "type of %s", c.Name)
				require.Equal(t, row[3], constraints(tb, c), "constraints of %s", c.Name)
			}

			require.Len(t, tb.Indexes, len(rm.indexes), "indexes line %q", rm.indexLine)
			for j, ri := range rm.indexes {
				ix := tb.Indexes[j]
				require.Equal(t, ri.name, ix.Name)
				require.Len(t, ix.Keys, 1, "the reference names single-column indexes")
				require.Equal(t, ri.desc, ix.Keys[0].Desc, "DESC of %s", ix.Name)
				require.NotEmpty(t, ix.Keys[0].Column, "%s indexes a column", ix.Name)
			}
		})
	}
}
