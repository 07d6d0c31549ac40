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

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/orm"
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

// warningProblems matches the markers and the warnings one to one: each
// marked line warns, in py, naming the marker's text, and no other line
// warns. Each mismatch is a problem, keyed by line as knownMismatches
// spells it.
func warningProblems(py string, want map[int]string, got []warning) []string {
	var problems []string
	matched := map[int]bool{}
	for _, w := range got {
		text, ok := want[w.pos.Line]
		switch {
		case filepath.Base(w.pos.File) != filepath.Base(py) || w.pos.Col < 1:
			problems = append(problems, "warning without a position: "+w.msg)
		case !ok:
			problems = append(problems, fmt.Sprintf("unexpected warning line %d", w.pos.Line))
		case !strings.Contains(w.msg, text):
			problems = append(problems, fmt.Sprintf("warning line %d does not name %q", w.pos.Line, text))
		default:
			matched[w.pos.Line] = true
		}
	}
	for line, text := range want {
		if !matched[line] {
			problems = append(problems, fmt.Sprintf("no warning line %d naming %q", line, text))
		}
	}
	return problems
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

// knownMismatches are the corpus constructs the reader gets wrong today,
// per file, as warningProblems and findingKey spell them. The test wants
// exactly these: a new mismatch fails it, and so does a fixed one, whose
// line here must then go.
var knownMismatches = map[string][]string{}

// findingKey names a finding by what and where, not by its wording.
func findingKey(f diff.Finding) string {
	key := fmt.Sprintf("%s %s.%s", f.Kind, f.Schema, f.Table)
	if f.Object != "" {
		key += "." + f.Object
	}
	return key
}

// TestORMCorpusConsistency is the ORM consistency guarantee: for every
// corpus file, the static reading of the models equals what PostgreSQL
// builds from the DDL SQLAlchemy emits for them — zero findings of any
// severity — and the reader warns, at its line, about every construct it
// cannot resolve and about nothing else; knownMismatches lists where it
// does not yet.
func TestORMCorpusConsistency(t *testing.T) {
	files := corpusModels(t)
	sqls, err := filepath.Glob(ormCorpus + "/*.sql")
	require.NoError(t, err)
	require.NotEmpty(t, sqls, "some corpus files need SQLAlchemy 2.0 and carry its DDL")
	require.Less(t, len(sqls), len(files), "some corpus files are rendered live with SQLAlchemy 1.4")
	for name := range knownMismatches {
		require.FileExists(t, filepath.Join(ormCorpus, name))
	}
	for _, py := range files {
		name := filepath.Base(py)
		t.Run(name, func(t *testing.T) {
			ddl := corpusDDL(t, py)
			want := wantedWarnings(t, py)
			o, got := readModels(t, py)
			problems := warningProblems(py, want, got)
			// Ground truth first: the replay of SQLAlchemy's DDL is what
			// PostgreSQL builds from it, and it names the schemas to read
			// back, so the reader does not choose them.
			sql, db := replayMatchesDB(t, nil, ddl)
			require.NotEmpty(t, sql.Tables, "the models create tables")
			fs := diff.Compare(o, db, diff.Options{})
			if len(want) > 0 {
				// What was guessed may differ; nothing may be missing.
				requireColumnsOf(t, o, db, got)
				t.Logf("%s: findings on guessed constructs:%s", name, describe(fs))
			} else {
				for _, f := range fs {
					problems = append(problems, findingKey(f))
				}
			}
			sort.Strings(problems)
			known := append([]string(nil), knownMismatches[name]...)
			sort.Strings(known)
			require.Equal(t, known, problems, "%s: the ORM reader and SQLAlchemy differ other than knownMismatches says (-known +got)\nwarnings:%s\nfindings:%s",
				name, describeWarnings(got), describe(fs))
		})
	}
}

func describeWarnings(ws []warning) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString("\n  " + w.String())
	}
	return b.String()
}

// TestAriaModelsConsistency: the bundled Aria models read statically equal
// the database SQLAlchemy 2.0's create_all builds from them.
func TestAriaModelsConsistency(t *testing.T) {
	ddl := modelsDDL(t, ariaModels, ariaDDL)
	o, got := readModels(t, ariaModels)
	require.Empty(t, got, "the Aria models are fully resolvable")
	require.Len(t, o.Tables, 18)
	// The committed DDL itself loads and replays as PostgreSQL builds it.
	sql, db := replayMatchesDB(t, []string{ariaExtensions(t)}, ddl)
	require.Len(t, sql.Tables, 18, "the 18 models of the reference")
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
