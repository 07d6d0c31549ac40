//go:build ormreader

package e2e

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/orm"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// wantWarning marks a line of a corpus file whose construct the reader
// cannot resolve: it must warn at that line, with the text after the marker
// in its message.
var wantWarning = regexp.MustCompile(`#\s*want-warning:\s*(.+?)\s*$`)

// warning is one warning the reader reported.
type warning struct {
	pos model.Pos
	msg string
}

func (w warning) String() string { return fmt.Sprintf("%s: %s", w.pos, w.msg) }

// wantedWarnings reads the want-warning markers of py: line -> text.
func wantedWarnings(t *testing.T, py string) map[int]string {
	t.Helper()
	f, err := os.Open(py)
	require.NoError(t, err)
	defer f.Close()
	want := map[int]string{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if m := wantWarning.FindStringSubmatch(sc.Text()); m != nil {
			want[line] = m[1]
		}
	}
	require.NoError(t, sc.Err())
	return want
}

// readModels reads py with the ORM reader, collecting its warnings.
func readModels(t *testing.T, py string) (*model.Schema, []warning) {
	t.Helper()
	var got []warning
	s, err := orm.Files([]string{py}, orm.Options{Warn: func(pos model.Pos, msg string) {
		got = append(got, warning{pos, msg})
	}})
	require.NoError(t, err, "read %s", py)
	require.Equal(t, model.SourceORM, s.Source)
	return s, got
}

// checkWarnings asserts a one-to-one match between the markers and the
// warnings: each marked line warns, in py, naming the marker's text, and no
// other line warns.
func checkWarnings(t *testing.T, py string, want map[int]string, got []warning) {
	t.Helper()
	var problems []string
	matched := map[int]bool{}
	for _, w := range got {
		text, ok := want[w.pos.Line]
		switch {
		case filepath.Base(w.pos.File) != filepath.Base(py) || w.pos.Col < 1:
			problems = append(problems, fmt.Sprintf("warning without a position in %s: %s", filepath.Base(py), w))
		case !ok:
			problems = append(problems, "unexpected warning: "+w.String())
		case !strings.Contains(w.msg, text):
			problems = append(problems, fmt.Sprintf("warning at line %d does not name %q: %s", w.pos.Line, text, w))
		default:
			matched[w.pos.Line] = true
		}
	}
	for line, text := range want {
		if !matched[line] {
			problems = append(problems, fmt.Sprintf("%s:%d: no warning naming %q", filepath.Base(py), line, text))
		}
	}
	sort.Strings(problems)
	// Not fatal: the comparison below still runs and shows its findings too.
	assert.Empty(t, problems, "warnings of %s:\n  %s", filepath.Base(py), strings.Join(problems, "\n  "))
}

// requireColumnsOf asserts that every table and column of the database is in
// the reader's schema, or named by a warning: an unresolvable construct may
// be guessed or left out, but never silently.
func requireColumnsOf(t *testing.T, o, db *model.Schema, warnings []warning) {
	t.Helper()
	warned := func(name string) bool {
		word := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
		for _, w := range warnings {
			if word.MatchString(w.msg) {
				return true
			}
		}
		return false
	}
	var missing []string
	for _, dt := range db.SortedTables() {
		ot, ok := o.Table(dt.Schema, dt.Name)
		if !ok {
			missing = append(missing, dt.QName().String())
			continue
		}
		for _, c := range dt.Columns {
			if _, ok := ot.Column(c.Name); !ok && !warned(c.Name) {
				missing = append(missing, dt.QName().String()+"."+c.Name)
			}
		}
	}
	require.Empty(t, missing, "the reader lost, without a warning, objects SQLAlchemy creates")
}

// TestORMCorpusConsistency is the ORM consistency guarantee: for every
// corpus file, the static reading of the models equals what PostgreSQL
// builds from the DDL SQLAlchemy emits for them — zero findings of any
// severity — and the reader warns, at its line, about every construct it
// cannot resolve and about nothing else.
func TestORMCorpusConsistency(t *testing.T) {
	for _, py := range corpusModels(t) {
		t.Run(filepath.Base(py), func(t *testing.T) {
			ddl := corpusDDL(t, py)
			want := wantedWarnings(t, py)
			o, got := readModels(t, py)
			checkWarnings(t, py, want, got)
			// The schemas come from the DDL: the reader must not choose
			// which schemas are read back.
			sql, err := sqlparse.Files([]string{ddl}, sqlparse.Options{})
			require.NoError(t, err)
			db := loadAndRead(t, schemasOf(sql), ddl)
			require.NotEmpty(t, db.Tables)
			fs := diff.Compare(o, db, diff.Options{})
			if len(want) > 0 {
				// What was guessed may differ; nothing may be missing.
				requireColumnsOf(t, o, db, got)
				t.Logf("%s: findings on guessed constructs:%s", filepath.Base(py), describe(fs))
				return
			}
			require.Empty(t, fs, "%s: the ORM reader and SQLAlchemy's database differ:%s", filepath.Base(py), describe(fs))
		})
	}
}

// TestAriaModelsConsistency: the bundled Aria models read statically equal
// the database SQLAlchemy 2.0's create_all builds from them.
func TestAriaModelsConsistency(t *testing.T) {
	ddl := modelsDDL(t, ariaModels, ariaDDL)
	o, got := readModels(t, ariaModels)
	require.Empty(t, got, "the Aria models are fully resolvable")
	require.Len(t, o.Tables, 18)
	db := loadAndRead(t, []string{"public"}, ariaExtensions(t), ddl)
	fs := diff.Compare(o, db, diff.Options{})
	require.Empty(t, fs, "the ORM reader and SQLAlchemy's database differ:%s", describe(fs))
}

// TestORMTypesOption: a custom type the configuration names is no longer a
// guess: no warning, and the column has the configured type, even where it
// is not the TypeDecorator's impl.
func TestORMTypesOption(t *testing.T) {
	py := ormCorpus + "/unresolvable.py"
	db := loadAndRead(t, []string{"public"}, corpusDDL(t, py))
	secretFindings := func(typ string) []diff.Finding {
		var got []warning
		o, err := orm.Files([]string{py}, orm.Options{
			Types: map[string]string{"Encrypted": typ},
			Warn:  func(pos model.Pos, msg string) { got = append(got, warning{pos, msg}) },
		})
		require.NoError(t, err)
		for _, w := range got {
			require.NotContains(t, w.msg, "Encrypted", "the configured type still warns: %s", w)
		}
		var out []diff.Finding
		for _, f := range diff.Compare(o, db, diff.Options{}) {
			if f.Table == "sensors" && f.Object == "secret" {
				out = append(out, f)
			}
		}
		return out
	}
	require.Empty(t, secretFindings("varchar(200)"), "the configured type equals the database's")
	fs := secretFindings("text")
	require.Len(t, fs, 1, "a configured text is compared as text")
	require.Equal(t, diff.ColumnType, fs[0].Kind)
}
