package sqlparse

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestAssumedSchemas: a schema named on the command line exists for the
// replay, whether or not the scripts create it.
func TestAssumedSchemas(t *testing.T) {
	tests := []struct {
		name, sql    string
		path, assume []string
		err          string
	}{
		{"used, never created", "CREATE TABLE app.x (id int);", nil, []string{"app"}, ""},
		{"on the search_path", "CREATE TABLE x (id int);", []string{"app"}, []string{"$user", "app"}, ""},
		{"created by the scripts too", "CREATE SCHEMA app; CREATE TABLE app.x (id int);", nil, []string{"app"}, ""},
		{"created twice is still an error", "CREATE SCHEMA app; CREATE SCHEMA app;", nil, []string{"app"}, `schema "app" already exists`},
		{"not assumed", "CREATE TABLE app.x (id int);", nil, []string{"other"}, `schema "app" does not exist`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse([]byte(tt.sql), "init.sql", Options{SearchPath: tt.path, Assume: tt.assume})
			if tt.err != "" {
				require.ErrorContains(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			x, ok := s.Table("app", "x")
			require.True(t, ok)
			require.Equal(t, "app", x.Schema)
		})
	}
}
