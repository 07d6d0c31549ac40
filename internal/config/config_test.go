package config

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

const full = `version: 1
spec: spec/models.yaml
sql: [testdata/aria]
search_path: public
baseline: .ariadrift-baseline.json
database:
  dsn_env: ARIA_DSN
  schemas: [public, audit]
  connect_timeout: 5s
  statement_timeout: 1m
fail_on: Medium
severity:
  - kind: index.*
    severity: info
  - kind: index.extra
    table: api_key_rotations
    severity: medium
ignore:
  - kind: table.extra
    table: key_value_memory
    reason: owned by the skills runtime
  - object: idx_*
    pair: sql-db
    reason: DBA-managed indexes
`

func TestParseFull(t *testing.T) {
	c, err := Parse([]byte(full), "a.yaml")
	require.NoError(t, err)
	require.Equal(t, "spec/models.yaml", c.Spec)
	require.Equal(t, []string{"testdata/aria"}, c.SQL)
	require.Equal(t, []string{"public"}, c.SearchPath)
	require.Equal(t, "ARIA_DSN", c.DSNEnv)
	require.Equal(t, []string{"public", "audit"}, c.Schemas)
	require.Equal(t, 5*time.Second, c.ConnectTimeout)
	require.Equal(t, time.Minute, c.StatementTimeout)
	require.Equal(t, "medium", c.FailOn)
	require.Equal(t, ".ariadrift-baseline.json", c.Baseline)
	require.Len(t, c.Severity, 2)
	require.Len(t, c.Ignore, 2)
}

func TestOverrideAndIgnore(t *testing.T) {
	c, err := Parse([]byte(full), "a.yaml")
	require.NoError(t, err)
	specSQL := diff.Pair{Left: model.SourceSpec, Right: model.SourceSQL}
	sqlDB := diff.Pair{Left: model.SourceSQL, Right: model.SourceDB}
	for _, tc := range []struct {
		name    string
		f       diff.Finding
		sev     diff.Severity
		over    bool
		ignored bool
	}{
		{"family rule", diff.Finding{Kind: "index.missing", Pair: specSQL, Schema: "public", Table: "goals"}, diff.Info, true, false},
		{"later specific rule wins", diff.Finding{Kind: "index.extra", Pair: specSQL, Schema: "public", Table: "api_key_rotations"}, diff.Medium, true, false},
		{"no rule", diff.Finding{Kind: "column.extra", Pair: specSQL, Schema: "public", Table: "goals"}, 0, false, false},
		{"ignored table", diff.Finding{Kind: "table.extra", Pair: specSQL, Schema: "public", Table: "key_value_memory"}, 0, false, true},
		{"ignore needs the same kind", diff.Finding{Kind: "table.missing", Pair: specSQL, Schema: "public", Table: "key_value_memory"}, 0, false, false},
		{"glob object in pair", diff.Finding{Kind: "index.extra", Pair: sqlDB, Schema: "public", Table: "t", Object: "idx_t_a"}, diff.Info, true, true},
		{"glob object, other pair", diff.Finding{Kind: "index.extra", Pair: specSQL, Schema: "public", Table: "t", Object: "idx_t_a"}, diff.Info, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sev, ok := c.Override(tc.f)
			require.Equal(t, tc.over, ok)
			if ok {
				require.Equal(t, tc.sev, sev)
			}
			_, ig := c.Ignored(tc.f)
			require.Equal(t, tc.ignored, ig)
		})
	}
}

func TestParseORM(t *testing.T) {
	c, err := Parse([]byte("orm: src/api/db/models.py\n"), "a.yaml")
	require.NoError(t, err)
	require.Equal(t, []string{"src/api/db/models.py"}, c.ORM)
	c, err = Parse([]byte("orm:\n  paths: [app/models, extra.py]\n  types: {Vector: vector, Slug: varchar(40)}\n"), "a.yaml")
	require.NoError(t, err)
	require.Equal(t, []string{"app/models", "extra.py"}, c.ORM)
	require.Equal(t, map[string]string{"Vector": "vector", "Slug": "varchar(40)"}, c.ORMTypes)
	_, err = Parse([]byte("orm:\n  types: [Vector]\n"), "a.yaml")
	require.EqualError(t, err, "a.yaml:2:10: orm.types must map a type name to a PostgreSQL type")
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"spec: a\nsepc: b\n", `c.yaml:2:1: unknown key "sepc" in config (known: baseline, database, fail_on, ignore, orm, search_path, severity, spec, sql, version)`},
		{"version: 2\n", `c.yaml:1:10: unsupported config version "2" (want 1)`},
		{"fail_on: severe\n", `c.yaml:1:10: fail_on: want high, medium, low, info or none, got "severe"`},
		{"database:\n  dsn: postgres://u:secret@h/db\n", `c.yaml:2:8: database.dsn is not accepted: put the DSN in an environment variable and name it with dsn_env`},
		{"database:\n  connect_timeout: soon\n", `c.yaml:2:20: connect_timeout must be a positive duration like 10s`},
		{"ignore:\n  - kind: table.extra\n    table: x\n", `c.yaml:2:5: ignore rule needs a reason: say why this drift is accepted`},
		{"ignore:\n  - reason: because\n", `c.yaml:2:5: ignore rule must name a kind, table or object; it would ignore everything`},
		{"ignore:\n  - kind: table.gone\n    reason: r\n", `c.yaml:2:11: unknown drift kind "table.gone"`},
		{"ignore:\n  - kind: table.extra\n    pair: a-b\n    reason: r\n", `c.yaml:2:5: ignore rule: unknown pair "a-b" (want spec-orm, spec-sql, spec-db, orm-sql, orm-db, sql-db or sql-sql)`},
		{"severity:\n  - kind: index.extra\n", `c.yaml:2:5: severity override needs kind and severity`},
		{"severity:\n  - kind: index.extra\n    severity: urgent\n", `c.yaml:3:15: severity: want high, medium, low or info, got "urgent"`},
		{"sql: {a: b}\n", `c.yaml:1:6: sql must be a string or a list of strings`},
		{"spec: a\nspec: b\n", `c.yaml:2:1: key "spec" repeated in config`},
		{"- a\n", `c.yaml:1:1: config must be a mapping`},
		{"spec: [unclosed\n", `c.yaml:1: did not find expected ',' or ']'`},
		{"a: &x [1]\nspec: *x\n", `c.yaml:1:1: unknown key "a" in config (known: baseline, database, fail_on, ignore, orm, search_path, severity, spec, sql, version)`},
		{"spec: &x a\nsql: *x\n", `c.yaml:2:6: sql: aliases are not supported`},
	} {
		t.Run(tc.want, func(t *testing.T) {
			_, err := Parse([]byte(tc.src), "c.yaml")
			require.EqualError(t, err, tc.want)
		})
	}
}

func TestEmptyConfig(t *testing.T) {
	c, err := Parse(nil, "c.yaml")
	require.NoError(t, err)
	require.Empty(t, c.Spec)
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(full))
	f.Add([]byte("a: &a [*a, *a]\nb: &b [*a, *a, *a]\n"))
	f.Add([]byte("ignore:\n  - {kind: '', reason: ''}\n"))
	f.Add([]byte("\x00\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data, "fuzz.yaml")
		if err == nil && c == nil {
			t.Fatal("nil config without error")
		}
	})
}
