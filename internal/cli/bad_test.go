package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var updateBad = flag.Bool("update-bad", false, "rewrite the .want files of testdata/bad from the current output")

// badKinds says how each directory of testdata/bad is fed to the command
// line: the broken file takes one role, well-formed files the others, so
// that the broken file is the only reason for the run to fail.
var badKinds = []struct {
	dir, ext string
	args     func(file string) []string
}{
	{"sql", ".sql", func(f string) []string { return []string{"--spec", "valid.yaml", "--sql", f} }},
	{"spec", ".yaml", func(f string) []string { return []string{"--spec", f, "--sql", "valid.sql"} }},
	{"orm", ".py", func(f string) []string { return []string{"--orm", f, "--sql", "valid.sql"} }},
	{"config", ".yaml", func(f string) []string { return []string{"--config", f, "--spec", "valid.yaml", "--sql", "valid.sql"} }},
	{"baseline", ".json", func(f string) []string {
		return []string{"--baseline", f, "--spec", "valid.yaml", "--sql", "valid.sql"}
	}},
}

// runIn runs ariadrift in-process and returns its exit code, stdout and stderr.
func runIn(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestBadInputCorpus runs every broken input of testdata/bad through the
// command line. Each must stop the run with exit code 2, print nothing on
// stdout (a partial report would look like a result), and print exactly
// the one line of its .want file on stderr. The same run with -o must not
// create the report file.
func TestBadInputCorpus(t *testing.T) {
	t.Setenv("ARIADRIFT_BAD_CORPUS_UNSET", "")
	t.Chdir("../../testdata/bad")
	total := 0
	for _, kind := range badKinds {
		files, err := filepath.Glob(filepath.Join(kind.dir, "*"+kind.ext))
		require.NoError(t, err)
		sort.Strings(files)
		require.NotEmpty(t, files, kind.dir)
		for _, file := range files {
			total++
			name := strings.TrimSuffix(file, kind.ext)
			t.Run(name, func(t *testing.T) {
				code, stdout, stderr := runIn(append([]string{"check"}, kind.args(file)...)...)
				if *updateBad {
					require.NoError(t, os.WriteFile(name+".want", []byte(stderr), 0o644))
				}
				want, err := os.ReadFile(name + ".want")
				require.NoError(t, err, "every case needs its expected error")
				require.Equal(t, ExitError, code, "stderr: %s", stderr)
				require.Empty(t, stdout, "no partial report")
				require.Equal(t, string(want), stderr)
				require.Equal(t, 1, strings.Count(stderr, "\n"), "one line:\n%s", stderr)
				require.True(t, strings.HasSuffix(stderr, "\n"))

				dir := t.TempDir()
				out := filepath.Join(dir, "report.json")
				code, stdout, stderr = runIn(append([]string{"check", "--format", "json", "-o", out}, kind.args(file)...)...)
				require.Equal(t, ExitError, code)
				require.Empty(t, stdout)
				require.Equal(t, string(want), stderr)
				left, err := os.ReadDir(dir)
				require.NoError(t, err)
				require.Empty(t, left, "a failed run leaves no file behind")
			})
		}
	}
	require.GreaterOrEqual(t, total, 25, "the corpus has at least 25 cases")
}

// listDir returns the names in dir.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestOutputFileReplacedAtomically: report -o and baseline write -o replace
// their file only when the run succeeds. A failing run leaves the previous
// file byte for byte and its mode; a successful one leaves no temporary
// file next to it.
func TestOutputFileReplacedAtomically(t *testing.T) {
	bad, err := filepath.Abs("../../testdata/bad")
	require.NoError(t, err)
	spec := filepath.Join(bad, "valid.yaml")
	good := filepath.Join(bad, "valid.sql")
	broken := filepath.Join(bad, "sql", "syntax-error.sql")
	for _, tc := range []struct {
		name string
		args func(out, sql string) []string
	}{
		{"report", func(out, sql string) []string {
			return []string{"report", "--format", "json", "--spec", spec, "--sql", sql, "-o", out}
		}},
		{"check", func(out, sql string) []string {
			return []string{"check", "--format", "markdown", "--spec", spec, "--sql", sql, "-o", out}
		}},
		{"baseline write", func(out, sql string) []string {
			return []string{"baseline", "write", "--spec", spec, "--sql", sql, "-o", out}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out")
			previous := []byte("the previous run's output\n")
			require.NoError(t, os.WriteFile(out, previous, 0o640))
			require.NoError(t, os.Chmod(out, 0o640))

			code, stdout, stderr := runIn(tc.args(out, broken)...)
			require.Equal(t, ExitError, code, stderr)
			require.Empty(t, stdout)
			require.Contains(t, stderr, "syntax error")
			got, err := os.ReadFile(out)
			require.NoError(t, err)
			require.Equal(t, previous, got, "a failed run must not touch the file")
			require.Equal(t, []string{"out"}, listDir(t, dir), "no temporary file left")

			code, _, stderr = runIn(tc.args(out, good)...)
			require.Equal(t, ExitOK, code, stderr)
			got, err = os.ReadFile(out)
			require.NoError(t, err)
			require.NotEqual(t, previous, got)
			require.NotEmpty(t, got)
			require.Equal(t, []string{"out"}, listDir(t, dir), "no temporary file left")
			fi, err := os.Stat(out)
			require.NoError(t, err)
			require.Equal(t, os.FileMode(0o640), fi.Mode().Perm(), "the file keeps its mode")
		})
	}
}

// TestOutputIntoMissingDirectory: an output path that cannot be written is
// an error on one line, exit 2, and nothing is left behind.
func TestOutputIntoMissingDirectory(t *testing.T) {
	bad, err := filepath.Abs("../../testdata/bad")
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), "no-such-dir", "report.md")
	code, stdout, stderr := runIn("report", "--spec", filepath.Join(bad, "valid.yaml"), "--sql", filepath.Join(bad, "valid.sql"), "-o", out)
	require.Equal(t, ExitError, code)
	require.Empty(t, stdout)
	require.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
	require.True(t, strings.HasPrefix(stderr, "ariadrift: write "+out+": "), stderr)
	require.Contains(t, stderr, "no such file or directory")
}

// TestInvalidDSNHidesPassword: a DSN that does not parse is reported on
// one line without its password, however it is malformed. pgx quotes the
// part of a URL it could not read, and with an unescaped '@' or '/' in the
// password that part is the password.
func TestInvalidDSNHidesPassword(t *testing.T) {
	const secret = "hunter2secret"
	bad, err := filepath.Abs("../../testdata/bad")
	require.NoError(t, err)
	for _, dsn := range []string{
		"postgres://app:p@ss " + secret + "@db.internal/aria",
		"postgres://app:p@" + secret + "@db internal/aria",
		"postgres://app:/?" + secret + "@db.internal/aria",
		"postgres://app:" + secret + " x@db.internal/aria",
		"postgres://app:" + secret + "@db.internal:54x32/aria",
		"postgres://app:" + secret + "@[::1/aria",
		"host=db.internal password='" + secret,
		"host=db.internal password=" + secret + " port=x",
		"host=db.internal password=" + secret + " sslmode=sometimes",
	} {
		t.Run(dsn, func(t *testing.T) {
			code, stdout, stderr := runIn("check", "--spec", filepath.Join(bad, "valid.yaml"), "--dsn", dsn, "--connect-timeout", "1s")
			require.Equal(t, ExitError, code, stderr)
			require.Empty(t, stdout)
			require.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
			require.True(t, strings.HasPrefix(stderr, "ariadrift: invalid DSN "), stderr)
			require.NotContains(t, stderr, secret[2:9], "a piece of the password is shown")
		})
	}
}
