package cli

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// initFolderWarnings are the warnings of an init folder's scripts that are
// not read; TestEveryWarningIsFed counts them as fed.
var initFolderWarnings = []string{
	"shell script not read: what it does to the schema is not known",
	"compressed script not read: only .sql and .sql.gz files are",
}

// An init folder is read as the postgres image runs it: a *.sql.gz is
// replayed, a *.sh or *.sql.xz is a warning on stderr and in the report.
func TestInitFolderWarnings(t *testing.T) {
	specFile, _, _ := warnSources(t, "unused.sql", "", nil)
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err := zw.Write([]byte("CREATE TABLE things (id integer PRIMARY KEY);\n"))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	for name, data := range map[string][]byte{
		"01-things.sql.gz": gz.Bytes(),
		"02-setup.sh":      []byte("#!/bin/sh\n"),
		"03-more.sql.xz":   []byte("xz"),
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	assertWarnings(t, []string{"--spec", specFile, "--sql", dir}, []string{
		filepath.Join(dir, "02-setup.sh") + ": warning: " + initFolderWarnings[0],
		filepath.Join(dir, "03-more.sql.xz") + ": warning: " + initFolderWarnings[1],
	})
	stdout, stderr, code := runCLI(t, "check", "-q", "--spec", specFile, "--sql", dir)
	require.Equal(t, ExitOK, code, stderr+stdout)
}
