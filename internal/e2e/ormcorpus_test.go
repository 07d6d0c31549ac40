package e2e

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// The ORM consistency corpus: SQLAlchemy model files and the DDL that
// SQLAlchemy's metadata.create_all() emits for them on PostgreSQL. Models
// that run on SQLAlchemy 1.4 are rendered here, by orm/testdata/ddl.py on
// Debian's python3-sqlalchemy; models that need 2.0 carry the DDL 2.0
// generated beside them (NAME.py + NAME.sql, orm/testdata/regen.sh).
const (
	ormTestdata = "../../orm/testdata"
	ormCorpus   = ormTestdata + "/corpus"
	ariaModels  = "../../testdata/aria/models.py"
	ariaDDL     = ormTestdata + "/aria-models.sql"
)

// debianPython is the interpreter of Debian's python3-sqlalchemy: a python3
// earlier on PATH (pyenv) does not see Debian's dist-packages.
const debianPython = "/usr/bin/python3"

// ddlHeader is the first line ddl.py writes: the SQLAlchemy version and the
// sha256 of the models file the DDL was rendered from.
var ddlHeader = regexp.MustCompile(`^-- SQLAlchemy (\S+) create_all DDL of (\S+) \(sha256 ([0-9a-f]{64})\)$`)

var (
	pythonOnce sync.Once
	pythonErr  error
)

// requireSQLAlchemy14 skips the test without Debian's SQLAlchemy stack, or
// fails it when CI=true, where .ci/run installs it.
func requireSQLAlchemy14(t *testing.T) {
	t.Helper()
	pythonOnce.Do(func() {
		out, err := pythonCmd("-c", "import sqlalchemy, flask_sqlalchemy, sqlmodel; print(sqlalchemy.__version__)").CombinedOutput()
		if err == nil && !strings.HasPrefix(string(out), "1.4.") {
			err = errString("SQLAlchemy " + strings.TrimSpace(string(out)) + " is not 1.4")
		} else if err != nil {
			err = errString(strings.TrimSpace(string(out)))
		}
		pythonErr = err
	})
	if pythonErr == nil {
		return
	}
	msg := "no SQLAlchemy 1.4 for the ORM corpus (install Debian's python3-sqlalchemy, python3-flask-sqlalchemy, python3-sqlmodel): " + pythonErr.Error()
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

type errString string

func (e errString) Error() string { return string(e) }

// pythonCmd runs Debian's python3 with nothing of the caller's Python
// setup: no PYTHONPATH (a SQLAlchemy 2.0 tree there would win), no user
// site-packages, and no __pycache__ written into the corpus.
func pythonCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(debianPython, args...)
	env := []string{"PYTHONDONTWRITEBYTECODE=1", "PYTHONNOUSERSITE=1"}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	return cmd
}

// corpusModels lists the corpus model files in name order.
func corpusModels(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(ormCorpus + "/*.py")
	require.NoError(t, err)
	sort.Strings(files)
	require.GreaterOrEqual(t, len(files), 12, "the ORM corpus has at least 12 model files")
	return files
}

// modelsDDL returns the path of the DDL SQLAlchemy emits for the models in
// py: the committed NAME.sql of a 2.0 model, checked against the models'
// hash, or a rendering by Debian's SQLAlchemy 1.4 in a temporary file.
func modelsDDL(t *testing.T, py, committed string) string {
	t.Helper()
	if _, err := os.Stat(committed); err == nil {
		checkHeader(t, py, committed, "2.0.")
		return committed
	}
	requireSQLAlchemy14(t)
	var stdout, stderr bytes.Buffer
	cmd := pythonCmd(ormTestdata+"/ddl.py", py)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "ddl.py %s: %s", py, stderr.String())
	out := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(py), ".py")+".sql")
	require.NoError(t, os.WriteFile(out, stdout.Bytes(), 0o644))
	checkHeader(t, py, out, "1.4.")
	return out
}

// checkHeader asserts that ddl was rendered from py as it is now, by the
// SQLAlchemy series given: a models file edited without regen.sh fails here.
func checkHeader(t *testing.T, py, ddl, series string) {
	t.Helper()
	f, err := os.Open(ddl)
	require.NoError(t, err)
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	m := ddlHeader.FindStringSubmatch(strings.TrimRight(line, "\n"))
	require.NotNil(t, m, "%s: first line is not ddl.py's header: %q", ddl, line)
	src, err := os.ReadFile(py)
	require.NoError(t, err)
	sum := sha256.Sum256(src)
	require.Equal(t, filepath.Base(py), m[2], "%s was rendered from another file", ddl)
	require.Equal(t, hex.EncodeToString(sum[:]), m[3], "%s is stale: run orm/testdata/regen.sh", ddl)
	require.True(t, strings.HasPrefix(m[1], series), "%s was rendered by SQLAlchemy %s, want %s*", ddl, m[1], series)
}

// corpusDDL is modelsDDL for a corpus file, whose committed DDL sits beside it.
func corpusDDL(t *testing.T, py string) string {
	return modelsDDL(t, py, strings.TrimSuffix(py, ".py")+".sql")
}

// ariaExtensions is what the Aria init scripts create before the models'
// tables, whose defaults call uuid_generate_v4().
func ariaExtensions(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "00-extensions.sql")
	require.NoError(t, os.WriteFile(p, []byte(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp";`+"\n"), 0o644))
	return p
}
