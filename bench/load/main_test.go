package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/bench/gen"
	"github.com/ariadrift/ariadrift/introspect"
)

func TestLoadSQL(t *testing.T) {
	dir := t.TempDir()
	src, err := gen.Generate(7, 1)
	require.NoError(t, err)
	paths := []string{filepath.Join(dir, "a.sql"), filepath.Join(dir, "b.sql")}
	require.NoError(t, os.WriteFile(paths[0], []byte(src), 0o644))
	require.NoError(t, os.WriteFile(paths[1], []byte("CREATE TABLE later (id int);\n"), 0o644))
	s, err := load(paths[0]+","+paths[1], "", introspect.Options{})
	require.NoError(t, err)
	require.Len(t, s.Tables, 8)
}

func TestLoadNeedsOneSource(t *testing.T) {
	for _, tc := range [][2]string{{"", ""}, {"a.sql", "host=/nowhere"}} {
		_, err := load(tc[0], tc[1], introspect.Options{})
		require.ErrorContains(t, err, "exactly one of -sql and -dsn")
	}
}
