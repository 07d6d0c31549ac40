package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/report"
)

// fleetOut is the part of the JSON report a fleet adds.
type fleetOut struct {
	Findings []struct {
		Pair, Table, Kind, Object, Tenant string
	} `json:"findings"`
	Tenants []string `json:"tenants"`
	Targets []struct {
		Name, DSN, Status, Error string
	} `json:"targets"`
	Incomplete bool `json:"incomplete"`
}

// TestFleetIsolatesFailures reads three targets, one on a closed port: the
// two good ones are reported, each finding naming its target, the bad one
// is one error line with its DSN masked, the report is marked incomplete
// and the run exits 2 after writing it.
func TestFleetIsolatesFailures(t *testing.T) {
	clean, drifted := ariaDB(t), ariaDB(t)
	pgtest.Current(t).Psql(t, drifted, "../../testdata/aria-hotfix.sql")
	t.Setenv("FLEET_CLEAN_DSN", clean)
	t.Setenv("FLEET_DRIFTED_DSN", drifted)
	t.Setenv("FLEET_DOWN_DSN", "postgres://app:s3cret@127.0.0.1:1/aria?sslmode=disable")
	file := filepath.Join(t.TempDir(), "targets.txt")
	require.NoError(t, os.WriteFile(file, []byte("# the fleet\nclean: FLEET_CLEAN_DSN\n\ndown: FLEET_DOWN_DSN  # decommissioned?\ndrifted: FLEET_DRIFTED_DSN\n"), 0o644))

	var out, errb bytes.Buffer
	code := Run([]string{"check", "--sql", "../../testdata/aria", "--targets", file, "--parallel", "2",
		"--connect-timeout", "5s", "--fail-on", "medium", "--format", "json"}, strings.NewReader(""), &out, &errb)
	stderr := errb.String()
	require.Equal(t, ExitError, code, stderr)
	require.NotContains(t, stderr+out.String(), "s3cret", "a password was printed")
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if strings.HasPrefix(l, "ariadrift: target ") {
			lines = append(lines, l)
		}
	}
	require.Len(t, lines, 1, stderr)
	require.Contains(t, lines[0], "ariadrift: target down (postgres://app:xxxxx@127.0.0.1:1/aria?sslmode=disable): ")
	require.Contains(t, stderr, "report is incomplete")

	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("report.json", bytes.NewReader(report.JSONSchema())))
	sch, err := c.Compile("report.json")
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	require.NoError(t, sch.Validate(doc))
	var rep fleetOut
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep), out.String())
	require.True(t, rep.Incomplete)
	var status []string
	for _, tg := range rep.Targets {
		status = append(status, tg.Name+"="+tg.Status)
	}
	require.Equal(t, []string{"clean=ok", "down=failed", "drifted=ok"}, status)
	require.NotEmpty(t, rep.Targets[1].Error)
	require.Equal(t, []string{"clean", "drifted"}, rep.Tenants)

	// The hotfix drifts only its own target; the clean one has nothing
	// but the scripts' own duplicate, which names no target.
	byTarget := map[string]int{}
	for _, f := range rep.Findings {
		if f.Pair == "sql-db" {
			byTarget[f.Tenant]++
		} else {
			require.Empty(t, f.Tenant, "%+v", f)
		}
	}
	require.Equal(t, map[string]int{"drifted": 5}, byTarget)
}

// TestFleetRepeatedDSN: a --dsn given twice is a fleet too, its targets
// named by their masked DSNs; all read, the run gates as usual.
func TestFleetRepeatedDSN(t *testing.T) {
	a, b := ariaDB(t), ariaDB(t)
	var out, errb bytes.Buffer
	code := Run([]string{"check", "--sql", "../../testdata/aria", "--dsn", a, "--dsn", b, "--fail-on", "medium", "--format", "json"},
		strings.NewReader(""), &out, &errb)
	require.Equal(t, ExitOK, code, errb.String())
	var rep fleetOut
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep), out.String())
	require.False(t, rep.Incomplete)
	require.Len(t, rep.Targets, 2)
	for _, tg := range rep.Targets {
		require.Equal(t, "ok", tg.Status)
		require.Equal(t, tg.DSN, tg.Name)
	}
}
