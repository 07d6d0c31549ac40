package spec

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// docEntry is the table's place in the reference document.
func docEntry(t *model.Table) model.DocEntry {
	e, _ := model.AttrOf[model.DocEntry](t.Attrs)
	return e
}

// dump renders a loaded spec the way the comparisons see it: normalized
// types and defaults, generated constraint names, positions.
func dump(s *model.Schema) string {
	var b strings.Builder
	fmt.Fprintf(&b, "source %s, namespaces %s\n", s.Source, strings.Join(s.Namespaces, ", "))
	if doc, ok := model.AttrOf[model.Document](s.Attrs); ok {
		fmt.Fprintf(&b, "document %q, %d notes, sections %q\n", doc.Title, len(doc.Notes), doc.Sections)
	}
	for _, e := range s.Expected {
		fmt.Fprintf(&b, "expected %s (schema %q): %s  [%s]\n", e.Name, e.Schema, e.Reason, e.Pos)
	}
	for _, t := range s.Tables {
		e := docEntry(t)
		fmt.Fprintf(&b, "\n%d. %s -> %s (%s)  [%s]\n", e.Number, t.Model, t.QName(), e.Section, t.Pos)
		for _, c := range t.Columns {
			fmt.Fprintf(&b, "  %s %s", c.Name, c.Type)
			if c.Attr != "" {
				fmt.Fprintf(&b, " attr=%s", c.Attr)
			}
			if c.NotNull {
				b.WriteString(" NOT NULL")
			}
			if c.Default != "" {
				fmt.Fprintf(&b, " DEFAULT %s", c.Default)
			}
			if c.AutoIncrement {
				b.WriteString(" AUTOINCREMENT")
			}
			fmt.Fprintf(&b, "  (%s / %s)  [%s]\n", c.RawType, c.RawDefault, c.Pos)
		}
		if k := t.PrimaryKey; k != nil {
			fmt.Fprintf(&b, "  PRIMARY KEY %s (%s)  [%s]\n", k.Name, strings.Join(k.Columns, ", "), k.Pos)
		}
		for _, k := range t.Uniques {
			fmt.Fprintf(&b, "  UNIQUE %s (%s)  [%s]\n", k.Name, strings.Join(k.Columns, ", "), k.Pos)
		}
		for _, ix := range t.Indexes {
			fmt.Fprintf(&b, "  INDEX %s %s  [%s]\n", ix.Name, ix.Definition(), ix.Pos)
		}
		for _, fk := range t.ForeignKeys {
			fmt.Fprintf(&b, "  CONSTRAINT %s %s  [%s]\n", fk.Name, fk.Definition(), fk.Pos)
		}
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct{ name, src, golden string }{
		{"aria models", "models.yaml", "testdata/models.golden"},
		{"format features", "testdata/features.yaml", "testdata/features.golden"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Load(tc.src)
			require.NoError(t, err)
			got := dump(s)
			if *update {
				require.NoError(t, os.WriteFile(tc.golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(tc.golden)
			require.NoError(t, err, "run go test ./spec -update to create %s", filepath.Base(tc.golden))
			require.Equal(t, string(want), got)
		})
	}
}
