package sqlparse

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// TestInitFolder reads a folder as the postgres image runs it: *.sql and
// *.sql.gz in name order, a warning for each script it cannot read.
func TestInitFolder(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"01-schema.sql":    []byte("CREATE TABLE a (id int);\n"),
		"02-data.sql.gz":   gzipped(t, "ALTER TABLE a ADD COLUMN name text;\n\nCREATE TABLE b (id int REFERENCES nowhere);\n"),
		"03-roles.sh":      []byte("#!/bin/sh\npsql -c 'CREATE SCHEMA app'\n"),
		"04-more.sql.xz":   []byte("not read"),
		"05-last.sql":      []byte("ALTER TABLE a ADD COLUMN after_gz int;\n"),
		"README.md":        []byte("ignored, as by the image"),
		"sub/ignored.sql":  nil,
		"06-notes.sql.bak": []byte("ignored"),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if data == nil {
			require.NoError(t, os.MkdirAll(p, 0o755))
			continue
		}
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}
	// The gz script fails at its line 3, and the error names it.
	_, err := Files([]string{dir}, Options{})
	require.ErrorContains(t, err, filepath.Join(dir, "02-data.sql.gz")+":3:")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "02-data.sql.gz"), gzipped(t, "ALTER TABLE a ADD COLUMN name text;\n"), 0o644))
	var warnings []string
	s, err := Files([]string{dir}, Options{Warn: func(p model.Pos, msg string) { warnings = append(warnings, p.String()+": "+msg) }})
	require.NoError(t, err)
	a, ok := s.Table("public", "a")
	require.True(t, ok)
	var cols []string
	for _, c := range a.Columns {
		cols = append(cols, c.Name)
	}
	require.Equal(t, []string{"id", "name", "after_gz"}, cols, "the files replay in name order, the gz one uncompressed")
	require.Equal(t, []string{
		filepath.Join(dir, "03-roles.sh") + ": shell script not read: what it does to the schema is not known",
		filepath.Join(dir, "04-more.sql.xz") + ": compressed script not read: only .sql and .sql.gz files are",
	}, warnings)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "02-data.sql.gz"), []byte("this is plain text, not gzip"), 0o644))
	_, err = Files([]string{dir}, Options{})
	require.ErrorContains(t, err, "02-data.sql.gz: gzip: invalid header")
}
