package e2e

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/internal/config"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/orm"
	"github.com/ariadrift/ariadrift/spec"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// ariaORM reads testdata/aria/models.py with the expected gaps the Aria
// config declares (orm.expected_tables), as `check --orm` does.
func ariaORM(t *testing.T) *model.Schema {
	t.Helper()
	o, err := orm.Files([]string{"../../testdata/aria/models.py"}, orm.Options{
		Warn: func(p model.Pos, msg string) { t.Errorf("unexpected warning %s: %s", p, msg) },
	})
	require.NoError(t, err)
	cfg, err := config.Load("../../testdata/aria/ariadrift.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, cfg.ORMExpected)
	for _, e := range cfg.ORMExpected {
		o.Expected = append(o.Expected, model.ExpectedTable{Name: e.Name, Reason: e.Reason})
	}
	return o
}

// rows names findings by what a cross-reference row says: kind, table,
// object and severity.
func rows(fs []diff.Finding, skip diff.Kind) []string {
	var out []string
	for _, f := range fs {
		if f.Kind != skip {
			out = append(out, fmt.Sprintf("%s %s.%s %s", f.Kind, f.Table, f.Object, f.Severity))
		}
	}
	sort.Strings(out)
	return out
}

// The models code, compared with the init scripts, finds every row the spec
// finds (the spec's rows reproduce the reference's Cross-Reference tables,
// diff's TestAriaReproducesReference), with the same severity; beyond them
// only the NOT NULL facts the reference leaves out, each stricter in the
// code than in the scripts. Spec against code names exactly those facts.
func TestAriaORMReproducesSpecRows(t *testing.T) {
	s, err := spec.Load("../../spec/models.yaml")
	require.NoError(t, err)
	q, err := sqlparse.Files([]string{"../../testdata/aria"}, sqlparse.Options{})
	require.NoError(t, err)
	o := ariaORM(t)

	bySpec := diff.Compare(s, q, diff.Options{})
	byORM := diff.Compare(o, q, diff.Options{})
	require.Equal(t, rows(bySpec, ""), rows(byORM, diff.ColumnNullable))
	for _, f := range byORM {
		if f.Kind == diff.ColumnNullable {
			require.Equal(t, "NOT NULL", f.Expected, "%s.%s: the code is stricter than the scripts", f.Table, f.Object)
		}
	}

	specVsCode := diff.Compare(s, o, diff.Options{})
	require.NotEmpty(t, specVsCode)
	for _, f := range specVsCode {
		require.Equal(t, diff.ColumnNullable, f.Kind, "spec and code disagree only on NOT NULL: %s", f.Message)
		require.NotEqual(t, model.Pos{}, f.RightPos, "%s.%s is located in models.py", f.Table, f.Object)
	}
}
