package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPsqlVarFlag: --psql-var gives the scripts the variables psql -v would,
// and a script that needs one it was not given fails with a hint naming it.
func TestPsqlVarFlag(t *testing.T) {
	dir := t.TempDir()
	specFile, sqlFile := filepath.Join(dir, "spec.yaml"), filepath.Join(dir, "init.sql")
	require.NoError(t, os.WriteFile(specFile, []byte(warnSpec), 0o644))
	require.NoError(t, os.WriteFile(sqlFile, []byte("CREATE SCHEMA :app;\nCREATE TABLE :\"app\".t (note text DEFAULT :'greeting');\n"), 0o644))

	_, stderr, code := runCLI(t, "check", "--spec", specFile, "--sql", sqlFile, "--fail-on", "none")
	require.Equal(t, ExitError, code)
	require.Contains(t, stderr, sqlFile+`:1:15: syntax error at or near ":" (psql variable :app is not set by the scripts: give its value with --psql-var app=VALUE)`)

	stdout, stderr, code := runCLI(t, "check", "--spec", specFile, "--sql", sqlFile, "--fail-on", "none",
		"--psql-var", "app=my_app", "--psql-var", "greeting=a, b=c", "--format", "json")
	require.Equal(t, ExitOK, code, stderr)
	require.Empty(t, stderr, "a variable given is no warning")
	require.Contains(t, stdout, `"schema": "my_app"`)

	// A value is one variable, commas and all.
	require.NoError(t, os.WriteFile(sqlFile, []byte("CREATE SCHEMA :\"app\";\nCREATE TABLE :\"app\".t (id int);\n"), 0o644))
	stdout, stderr, code = runCLI(t, "check", "--spec", specFile, "--sql", sqlFile, "--fail-on", "none",
		"--psql-var", "app=a, b=c", "--format", "json")
	require.Equal(t, ExitOK, code, stderr)
	require.Empty(t, stderr, "a variable given is no warning")
	require.Contains(t, stdout, `"schema": "a, b=c"`)

	_, stderr, code = runCLI(t, "check", "--spec", specFile, "--sql", sqlFile, "--psql-var", "=x")
	require.Equal(t, ExitError, code)
	require.Contains(t, stderr, `invalid argument "=x" for "--psql-var" flag: want NAME=VALUE, as psql -v takes it`)
}
