package refdoc_test

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/refdoc"
	"github.com/ariadrift/ariadrift/report"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// mdModel is one "### N. Model" block of a models document.
type mdModel struct {
	heading   string
	rows      []string
	tableLine string
	indexLine string
	drift     []string
}

// mdDoc is what the tests read back from a models document.
type mdDoc struct {
	title  string
	toc    []string
	models []mdModel
	// cross maps a cross-reference section to its subsections, each the
	// data rows of its table (header and rule dropped) or its bullets.
	cross      map[string]map[string][]string
	crossOrder []string
}

func parseDoc(t *testing.T, text string) mdDoc {
	t.Helper()
	d := mdDoc{cross: map[string]map[string][]string{}}
	var h2, h3 string
	var cur *mdModel
	inCross := false
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimRight(line, " ")
		switch {
		case strings.HasPrefix(line, "# "):
			d.title = line[2:]
		case strings.HasPrefix(line, "## "):
			h2, h3, cur = line[3:], "", nil
			inCross = strings.HasPrefix(h2, "Cross-Reference")
			if inCross {
				d.cross[h2] = map[string][]string{}
				d.crossOrder = append(d.crossOrder, h2)
			}
		case strings.HasPrefix(line, "### "):
			h3 = line[4:]
			if inCross {
				d.cross[h2][h3] = []string{}
			} else {
				d.models = append(d.models, mdModel{heading: h3})
				cur = &d.models[len(d.models)-1]
			}
		case h2 == "Table of Contents" && regexp.MustCompile(`^\d+\. \[`).MatchString(line):
			d.toc = append(d.toc, line)
		case inCross && h3 != "":
			if strings.HasPrefix(line, "- ") || (strings.HasPrefix(line, "| ") && !isHeaderRow(d.cross[h2][h3])) {
				d.cross[h2][h3] = append(d.cross[h2][h3], trimmed)
			} else if strings.HasPrefix(line, "| ") {
				d.cross[h2][h3] = append(d.cross[h2][h3], "HEADER")
			}
		case cur != nil && strings.HasPrefix(line, "| `"):
			cur.rows = append(cur.rows, line)
		case cur != nil && strings.HasPrefix(line, "**Table:**"):
			cur.tableLine = trimmed
		case cur != nil && strings.HasPrefix(line, "**Indexes:**"):
			cur.indexLine = trimmed
		case cur != nil && strings.HasPrefix(line, "**⚠ DRIFT:**"):
			cur.drift = append(cur.drift, strings.TrimSpace(strings.TrimPrefix(trimmed, "**⚠ DRIFT:**")))
		}
	}
	// Drop the header markers: only data rows are compared.
	for _, subs := range d.cross {
		for k, rows := range subs {
			kept := rows[:0]
			for _, r := range rows {
				if r != "HEADER" {
					kept = append(kept, r)
				}
			}
			subs[k] = kept
		}
	}
	return d
}

// isHeaderRow reports whether the next table line is the header: no row has
// been seen yet in this subsection.
func isHeaderRow(rows []string) bool { return len(rows) == 0 }

var tokenRE = regexp.MustCompile("`([^`]+)`")

// tokens returns the code spans of a line: the objects it names.
func tokens(s string) []string {
	var out []string
	for _, m := range tokenRE.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// cells splits a markdown table row into trimmed cells.
func cells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	parts := strings.Split(row, " | ")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// names reports whether every object want names is named by got: each code
// span of want appears within a code span of got.
func names(got, want string) bool {
	gt := tokens(got)
	for _, w := range tokens(want) {
		found := false
		for _, g := range gt {
			if strings.Contains(g, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func readReference(t *testing.T) mdDoc {
	t.Helper()
	b, err := os.ReadFile(referencePath)
	require.NoError(t, err)
	return parseDoc(t, string(b))
}

func TestMarkdownReproducesReference(t *testing.T) {
	ref := readReference(t)
	require.Len(t, ref.models, 18, "the reference parser must find every model")
	out := markdown(t, ariaRun(t))
	gen := parseDoc(t, string(out))

	require.Equal(t, ref.title, gen.title)
	require.Equal(t, ref.toc, gen.toc)
	require.Len(t, gen.models, len(ref.models))
	for i, rm := range ref.models {
		gm := gen.models[i]
		t.Run(rm.heading, func(t *testing.T) {
			require.Equal(t, rm.heading, gm.heading)
			require.Equal(t, rm.rows, gm.rows, "property rows")
			require.Equal(t, rm.tableLine, gm.tableLine)
			require.Equal(t, tokens(rm.indexLine), tokens(gm.indexLine), "indexes named")
			require.Equal(t, rm.indexLine, gm.indexLine)
			joined := strings.Join(gm.drift, "\n")
			for _, fact := range rm.drift {
				if len(tokens(fact)) == 0 {
					require.Contains(t, gm.drift, fact)
					continue
				}
				require.True(t, names(joined, fact), "no DRIFT line names what the reference states:\n  want: %s\n  got:\n    %s",
					fact, strings.Join(gm.drift, "\n    "))
			}
			if len(rm.drift) == 0 {
				for _, l := range gm.drift {
					// A model the reference shows without drift may only
					// gain lines about indexes, which the reference lists
					// in its cross-reference instead.
					require.Contains(t, l, "index", "unexpected DRIFT line")
				}
			}
		})
	}

	const section = "Cross-Reference: ORM vs Init SQL"
	require.Equal(t, ref.crossOrder, gen.crossOrder)
	rx, gx := ref.cross[section], gen.cross[section]
	for sub := range rx {
		require.Contains(t, gx, sub, "cross-reference subsection")
	}

	t.Run("tables in SQL but not in ORM", func(t *testing.T) {
		sub := "Tables in SQL but NOT in ORM"
		require.Len(t, gx[sub], len(rx[sub]))
		for _, want := range rx[sub] {
			w := cells(want)
			got := findRow(t, gx[sub], w[0])
			g := cells(got)
			require.Equal(t, w[1], g[1], "status of %s", w[0])
			if len(tokens(w[2])) == 0 {
				require.Equal(t, w[2], g[2], "notes of %s", w[0])
			} else {
				require.Equal(t, tokens(w[2]), tokens(g[2]), "notes of %s", w[0])
			}
		}
	})

	t.Run("tables in ORM but not in SQL", func(t *testing.T) {
		sub := "Tables in ORM but NOT in SQL init scripts"
		require.Len(t, gx[sub], len(rx[sub]))
		for i, want := range rx[sub] {
			w, g := cells(want), cells(gx[sub][i])
			// The whole row, status and the spec's note on how the table
			// is created instead, is the reference's.
			require.Equal(t, w, g)
		}
	})

	t.Run("column-level drift", func(t *testing.T) {
		sub := "Column-Level Drift"
		for _, want := range rx[sub] {
			w := cells(want)
			ok := false
			for _, got := range gx[sub] {
				g := cells(got)
				if g[0] == w[0] && g[2] == w[2] && names(g[1], w[1]) {
					ok = true
					break
				}
			}
			require.True(t, ok, "no row for %s with severity %s naming %v in:\n%s", w[0], w[2], tokens(w[1]), strings.Join(gx[sub], "\n"))
		}
	})

	t.Run("extra SQL indexes", func(t *testing.T) {
		sub := "Extra SQL Indexes Not in ORM"
		require.Equal(t, rx[sub], gx[sub])
	})
}

func findRow(t *testing.T, rows []string, first string) string {
	t.Helper()
	for _, r := range rows {
		if cells(r)[0] == first {
			return r
		}
	}
	require.Failf(t, "row missing", "no row starting with %s in:\n%s", first, strings.Join(rows, "\n"))
	return ""
}

func TestMarkdownGolden(t *testing.T) {
	golden(t, "aria.md", markdown(t, ariaRun(t)))
}

func TestMarkdownNeedsSpec(t *testing.T) {
	run := ariaRun(t)
	run.Spec = nil
	err := refdoc.Markdown(&bytes.Buffer{}, run)
	require.ErrorContains(t, err, "--spec or --orm")
}

// TestMarkdownLiveDatabase checks that a run with a database gets a
// cross-reference per live pair and DRIFT lines that name the database.
func TestMarkdownLiveDatabase(t *testing.T) {
	run := ariaRun(t)
	db, err := sqlparse.Files([]string{sqlDir}, sqlparse.Options{})
	require.NoError(t, err)
	db.Source = model.SourceDB
	// The live database lacks one column the scripts create and has no
	// key_value_memory table.
	goals, ok := db.Table("public", "goals")
	require.True(t, ok)
	i := goals.ColumnIndex("metadata")
	require.GreaterOrEqual(t, i, 0)
	goals.Columns = append(goals.Columns[:i], goals.Columns[i+1:]...)
	require.True(t, db.RemoveTable("public", "key_value_memory"))
	db.Enums = append(db.Enums, &model.Enum{Schema: "public", Name: "mood", Values: []string{"ok", "sad"}})
	run.DB = db
	for _, p := range []diff.Pair{{Left: model.SourceSpec, Right: model.SourceDB}, {Left: model.SourceSQL, Right: model.SourceDB}} {
		run.Pairs = append(run.Pairs, p)
		left := run.Spec
		if p.Left == model.SourceSQL {
			left = run.SQL
		}
		run.Findings = append(run.Findings, diff.Compare(left, db, diff.Options{})...)
	}
	out := string(markdown(t, run))
	doc := parseDoc(t, out)
	require.Equal(t, []string{
		"Cross-Reference: ORM vs Init SQL",
		"Cross-Reference: ORM vs Live Database",
		"Cross-Reference: Init SQL vs Live Database",
	}, doc.crossOrder)
	require.Contains(t, doc.toc, "12. [Cross-Reference: ORM vs Live Database](#cross-reference-orm-vs-live-database)")
	require.Contains(t, doc.toc, "13. [Cross-Reference: Init SQL vs Live Database](#cross-reference-init-sql-vs-live-database)")

	live := doc.cross["Cross-Reference: Init SQL vs Live Database"]
	require.Len(t, live["Tables in SQL but NOT in the live database"], 1)
	require.Contains(t, live["Tables in SQL but NOT in the live database"][0], "`key_value_memory`")
	found := false
	for _, r := range live["Column-Level Drift"] {
		found = found || (cells(r)[0] == "`goals`" && strings.Contains(r, "`metadata`") && strings.Contains(r, "in DB"))
	}
	require.True(t, found, "sql↔db drift table lacks the dropped column:\n%s", strings.Join(live["Column-Level Drift"], "\n"))

	require.Equal(t, []string{"| `mood` | DB has the enum with labels `'ok', 'sad'` — not in SQL | LOW |"}, live["Views and Types"])

	for _, m := range doc.models {
		if m.tableLine != "**Table:** `goals`" {
			continue
		}
		require.Contains(t, m.drift, "SQL has `metadata JSONB DEFAULT '{}'` — missing from DB")
	}
}

// TestMarkdownDriftSentences checks the sentence of each kind of drift
// inside a table, on a hand-made pair of schemas with one difference of
// each kind.
func TestMarkdownDriftSentences(t *testing.T) {
	typ := func(name string, mods ...int) model.Type { return model.NewType(name, mods, false) }
	col := func(name string, ty model.Type, notNull bool, def string) *model.Column {
		return &model.Column{Name: name, Type: ty, NotNull: notNull, Default: def}
	}
	ref := model.NewSchema(model.SourceSpec)
	ref.AddTable(&model.Table{Schema: "public", Name: "u", Model: "U", Attrs: []model.Attr{model.DocEntry{Section: "S", Number: 1}},
		Columns: []*model.Column{col("id", typ("uuid"), true, "")}, PrimaryKey: &model.Key{Columns: []string{"id"}}})
	ref.Attrs = []model.Attr{model.Document{Title: "Doc", Sections: []string{"S"}}}
	left := &model.Table{Schema: "public", Name: "t", Model: "T", Attrs: []model.Attr{model.DocEntry{Section: "S", Number: 2}},
		Columns: []*model.Column{
			col("id", typ("integer"), true, ""),
			col("a", typ("text"), true, ""),
			col("b", typ("integer"), false, "1"),
			{Name: "c", Type: typ("text"), RawType: "Text"},
			col("d", typ("uuid"), false, ""),
			col("e", typ("text"), false, ""),
		},
		PrimaryKey:  &model.Key{Columns: []string{"id"}},
		Uniques:     []*model.Key{{Columns: []string{"e"}}},
		Indexes:     []*model.Index{{Name: "ix_a", Keys: []model.IndexKey{{Column: "a"}}}},
		ForeignKeys: []*model.ForeignKey{{Name: "t_d_fkey", Columns: []string{"d"}, RefSchema: "public", RefTable: "u", RefColumns: []string{"id"}}},
	}
	ref.AddTable(left)

	sql := model.NewSchema(model.SourceSQL)
	sql.AddTable(&model.Table{Schema: "public", Name: "u", Columns: []*model.Column{col("id", typ("uuid"), true, "")},
		PrimaryKey: &model.Key{Columns: []string{"id"}}})
	sql.AddTable(&model.Table{Schema: "public", Name: "t",
		Columns: []*model.Column{
			col("id", typ("integer"), true, ""),
			col("a", typ("text"), false, ""),
			col("b", typ("integer"), false, "2"),
			col("d", typ("uuid"), false, ""),
			col("e", typ("text"), false, ""),
		},
		PrimaryKey: &model.Key{Columns: []string{"id", "b"}},
		Checks:     []*model.Check{{Expr: "b > 0"}},
		Indexes:    []*model.Index{{Name: "ix_a", Keys: []model.IndexKey{{Column: "a", Desc: true}}}},
	})

	pair := diff.Pair{Left: model.SourceSpec, Right: model.SourceSQL}
	run := &report.Run{Spec: ref, SQL: sql, Pairs: []diff.Pair{pair}, Findings: diff.Compare(ref, sql, diff.Options{})}
	doc := parseDoc(t, string(markdown(t, run)))
	require.Len(t, doc.models, 2)
	require.Equal(t, []string{
		"ORM has `c Text` — missing from SQL",
		"`a` is NOT NULL in ORM but nullable in SQL",
		"`b` is nullable in ORM but NOT NULL in SQL",
		"`b` has default `1` in ORM but default `2` in SQL",
		"Primary key is `(id)` in ORM but `(id, b)` in SQL",
		"ORM has `UNIQUE (e)` — not in SQL",
		"SQL has `CHECK (b > 0)` — not in ORM",
		"Index `ix_a` is `(a)` in ORM but `(a DESC)` in SQL",
		"ORM has `d UUID REFERENCES u(id)` FK — SQL column has no `REFERENCES` clause",
	}, doc.models[1].drift)

	rows := doc.cross["Cross-Reference: ORM vs Init SQL"]["Column-Level Drift"]
	require.Equal(t, []string{
		"| `t` | Missing `c` (Text) in SQL | **HIGH** |",
		"| `t` | `a`: NOT NULL (ORM) vs nullable (SQL) | **MEDIUM** |",
		"| `t` | `b`: nullable (ORM) vs NOT NULL (SQL) | LOW |",
		"| `t` | Default of `b`: `1` (ORM) vs `2` (SQL) | LOW |",
		"| `t` | Primary key: `(id)` (ORM) vs `(id, b)` (SQL) | **HIGH** |",
		"| `t` | Missing `UNIQUE (e)` in SQL | **MEDIUM** |",
		"| `t` | Missing `CHECK (b > 0)` in ORM | LOW |",
		"| `t` | Index `ix_a`: `(a)` (ORM) vs `(a DESC)` (SQL) | LOW |",
		"| `t` | Missing FK `d → u(id)` in SQL | LOW |",
	}, rows)
}
