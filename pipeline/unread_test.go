package pipeline

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// TestUnreadSchemas: the scripts' objects in schemas the live read did not
// select are not reported missing, and one warning says so.
func TestUnreadSchemas(t *testing.T) {
	table := func(schema, name string) *model.Table {
		return &model.Table{Schema: schema, Name: name, Columns: []*model.Column{{Name: "id", Type: model.Type{Name: "integer"}}}}
	}
	source := func(kind model.Source, namespaces []string, tables ...*model.Table) fake {
		return fake{kind: kind, load: func(context.Context) (*model.Schema, error) {
			s := model.NewSchema(kind)
			s.Namespaces = namespaces
			for _, t := range tables {
				s.AddTable(t)
			}
			return s, nil
		}}
	}
	tests := []struct {
		name     string
		db       fake
		findings []string
		warning  string
	}{
		{"one schema read", source(model.SourceDB, []string{"app"}, table("app", "t")),
			nil, "objects in schemas not read from the database (public, v1): 3 findings about them left out; read them with --schema"},
		{"every schema read", source(model.SourceDB, []string{"app", "public", "v1"}, table("app", "t")),
			[]string{"table.missing public.z", "table.missing v1.x", "table.missing v1.y"}, ""},
		{"what the database has in a schema read is still compared", source(model.SourceDB, []string{"app"}, table("app", "t"), table("app", "u")),
			[]string{"table.extra app.u"}, "objects in schemas not read from the database (public, v1): 3 findings about them left out; read them with --schema"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sql := source(model.SourceSQL, nil, table("app", "t"), table("v1", "x"), table("v1", "y"), table("public", "z"))
			res, err := Run(context.Background(), Input{Sources: []Source{sql, tt.db}, FailOn: diff.High})
			require.NoError(t, err)
			var got []string
			for _, f := range res.Run.Findings {
				got = append(got, string(f.Kind)+" "+f.Schema+"."+f.Table)
			}
			require.Equal(t, tt.findings, got)
			var warns []string
			for _, w := range res.Run.Warnings {
				warns = append(warns, w.Message)
			}
			if tt.warning == "" {
				require.Empty(t, warns)
			} else {
				require.Equal(t, []string{tt.warning}, warns)
			}
		})
	}
}
