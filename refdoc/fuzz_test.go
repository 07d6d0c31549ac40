package refdoc_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/refdoc"
	"github.com/ariadrift/ariadrift/report"
)

// splitRow splits a markdown table row on the pipes that separate cells,
// skipping escaped ones.
func splitRow(row string) []string {
	row = strings.TrimSuffix(strings.TrimPrefix(row, "| "), " |")
	var out []string
	var cur strings.Builder
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row) && row[i+1] == '|':
			cur.WriteString(`\|`)
			i++
		case row[i] == '|':
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(row[i])
		}
	}
	return append(out, strings.TrimSpace(cur.String()))
}

// FuzzMarkdownModel renders a one-model spec whose names, type and default
// are arbitrary text, and a finding of any kind about it with arbitrary
// values: no format may fail, and the model's markdown table must keep one
// row of four cells, whatever the text holds.
func FuzzMarkdownModel(f *testing.F) {
	f.Add("metadata_json", "metadata", "JSONB", "'{}'", "Social / Community", true, uint8(4), "x", "")
	f.Add("", "a|b", "Text", "", "", false, uint8(21), "USING btree (a)", "idx")
	f.Add("x`y", "line\nbreak", "String(5)", "'a' || 'b'", "S\r\n", true, uint8(26), "", "FOREIGN KEY (a) REFERENCES u(id)")
	kinds := diff.Kinds()
	f.Fuzz(func(t *testing.T, attr, name, rawType, rawDefault, section string, notNull bool, kind uint8, expected, actual string) {
		s := model.NewSchema(model.SourceSpec)
		s.Attrs = []model.Attr{model.Document{Title: "T", Sections: []string{section}}}
		tbl := &model.Table{Schema: "public", Name: "t", Model: "M", Attrs: []model.Attr{model.DocEntry{Section: section, Number: 1}},
			Columns: []*model.Column{{Name: name, Attr: attr, RawType: rawType, RawDefault: rawDefault, NotNull: notNull}}}
		s.AddTable(tbl)
		run := &report.Run{
			Spec:  s,
			Pairs: []diff.Pair{{Left: model.SourceSpec, Right: model.SourceSQL}},
			Findings: []diff.Finding{{
				Kind: kinds[int(kind)%len(kinds)], Severity: diff.High, Pair: diff.Pair{Left: model.SourceSpec, Right: model.SourceSQL},
				Schema: "public", Table: "t", Object: name, Expected: expected, Actual: actual, Message: "column " + name + " differs",
			}},
		}
		var b bytes.Buffer
		require.NoError(t, refdoc.Markdown(&b, run))
		var rows []string
		inTable := false
		for _, line := range strings.Split(b.String(), "\n") {
			switch {
			case strings.HasPrefix(line, "| Property |"):
				inTable = true
			case inTable && strings.HasPrefix(line, "|-"):
			case inTable && strings.HasPrefix(line, "| "):
				rows = append(rows, line)
			default:
				inTable = false
			}
		}
		require.Len(t, rows, 1, "one column, one row:\n%s", b.String())
		require.Len(t, splitRow(rows[0]), 4, "row %q", rows[0])
		for _, format := range []report.Format{report.FormatJSON, report.FormatSARIF, report.FormatTable} {
			require.NoError(t, report.Write(&bytes.Buffer{}, format, run, report.Options{Width: 100}), format)
		}
	})
}
