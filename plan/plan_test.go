package plan

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func typ(name string, mods ...int) model.Type { return model.NewType(name, mods, false) }

// TestRewrites is the lock/hazard rule table for ALTER COLUMN TYPE, after
// ATColumnChangeRequiresRewrite: binary-coercible widenings keep the rows.
func TestRewrites(t *testing.T) {
	for _, tc := range []struct {
		from, to model.Type
		rewrite  bool
		implicit bool
	}{
		{typ("varchar", 10), typ("varchar", 20), false, true},
		{typ("varchar", 20), typ("varchar", 10), true, true},
		{typ("varchar", 10), typ("text"), false, true},
		{typ("varchar"), typ("text"), false, true},
		{typ("text"), typ("varchar"), false, true},
		{typ("text"), typ("varchar", 10), true, true},
		{typ("numeric", 10, 2), typ("numeric", 12, 2), false, true},
		{typ("numeric", 10, 2), typ("numeric"), false, true},
		{typ("numeric", 10, 2), typ("numeric", 10, 3), true, true},
		{typ("integer"), typ("bigint"), true, true},
		{typ("bigint"), typ("integer"), true, true},
		{typ("timestamp"), typ("timestamptz"), true, true},
		{typ("integer"), typ("text"), true, false},
		{typ("text"), typ("integer"), true, false},
		{typ("json"), typ("jsonb"), true, false},
		{typ("text"), typ("text"), false, true},
	} {
		name := tc.from.String() + " → " + tc.to.String()
		require.Equal(t, tc.rewrite, rewrites(tc.from, tc.to), "rewrite: %s", name)
		require.Equal(t, tc.implicit, implicitCast(tc.from, tc.to), "implicit cast: %s", name)
	}
}

func TestVolatile(t *testing.T) {
	for expr, want := range map[string]bool{
		"gen_random_uuid()": true, "uuid_generate_v4()": true, "random()": true, "clock_timestamp()": true,
		"nextval('s'::regclass)": true, "now()": false, "CURRENT_TIMESTAMP": false, "0": false, "'random()'": true,
	} {
		require.Equal(t, want, volatile(expr), expr)
	}
}

func table(name string, cols ...*model.Column) *model.Table {
	return &model.Table{Schema: "public", Name: name, Columns: cols}
}

func col(name string, t model.Type) *model.Column { return &model.Column{Name: name, Type: t} }

func schema(src model.Source, ts ...*model.Table) *model.Schema {
	s := model.NewSchema(src)
	for _, t := range ts {
		s.AddTable(t)
	}
	return s
}

func build(left, right *model.Schema, opts Options) *Plan {
	return Build(left, right, diff.Compare(left, right, diff.Options{}), opts)
}

func stepWith(t *testing.T, p *Plan, sql string) *Step {
	t.Helper()
	for _, s := range p.Steps {
		if strings.Contains(s.SQL, sql) {
			return s
		}
	}
	t.Fatalf("no step runs %q in:\n%s", sql, sqlOf(t, p))
	return nil
}

func sqlOf(t *testing.T, p *Plan) string {
	var b bytes.Buffer
	require.NoError(t, WriteSQL(&b, p, nil))
	return b.String()
}

func codes(s *Step) []Hazard {
	var out []Hazard
	for _, h := range s.Hazards {
		out = append(out, h.Code)
	}
	return out
}

// TestAddColumnHazards: a volatile default rewrites the table; a stable one
// does not; NOT NULL without a default fails on rows.
func TestAddColumnHazards(t *testing.T) {
	uuid := col("u", typ("uuid"))
	uuid.Default = "gen_random_uuid()"
	at := col("at", typ("timestamptz"))
	at.Default = "now()"
	must := col("must", typ("text"))
	must.NotNull = true
	left := schema(model.SourceSQL, table("t", col("id", typ("integer")), uuid, at, must))
	right := schema(model.SourceDB, table("t", col("id", typ("integer"))))
	p := build(left, right, Options{Online: true})
	require.Contains(t, codes(stepWith(t, p, "ADD COLUMN u uuid")), TableRewrite)
	require.Empty(t, codes(stepWith(t, p, "ADD COLUMN at timestamp")))
	require.Equal(t, []Hazard{MayFailOnData}, codes(stepWith(t, p, "ADD COLUMN must text")))
}

// TestTypeChangeHazards: varchar widening and varchar → text keep the rows;
// other changes rewrite, and a cast that is not implicit gets USING.
func TestTypeChangeHazards(t *testing.T) {
	left := schema(model.SourceSQL, table("t", col("a", typ("varchar", 20)), col("b", typ("text")), col("c", typ("bigint")), col("d", typ("integer"))))
	right := schema(model.SourceDB, table("t", col("a", typ("varchar", 10)), col("b", typ("varchar", 5)), col("c", typ("integer")), col("d", typ("text"))))
	p := build(left, right, Options{})
	require.Empty(t, codes(stepWith(t, p, "ALTER COLUMN a TYPE")))
	require.Empty(t, codes(stepWith(t, p, "ALTER COLUMN b TYPE")))
	require.Contains(t, codes(stepWith(t, p, "ALTER COLUMN c TYPE bigint")), TableRewrite)
	d := stepWith(t, p, "ALTER COLUMN d TYPE integer USING d::integer")
	require.Contains(t, codes(d), TableRewrite)
	require.Contains(t, codes(d), MayFailOnData)
}

// TestOrder: tables before the foreign keys that reference them, the
// unique key before the FK that needs it, renames first, drops last.
func TestOrder(t *testing.T) {
	a := table("a", col("id", typ("integer")), col("code", typ("text")))
	a.PrimaryKey = &model.Key{Name: "a_pkey", Columns: []string{"id"}}
	a.Uniques = []*model.Key{{Name: "a_code_key", Columns: []string{"code"}}}
	b := table("b", col("id", typ("integer")), col("a_code", typ("text")), col("from_entity", typ("uuid")))
	b.ForeignKeys = []*model.ForeignKey{{Name: "b_a_code_fkey", Columns: []string{"a_code"}, RefSchema: "public", RefTable: "a", RefColumns: []string{"code"}}}
	left := schema(model.SourceSQL, a, b)
	ra := table("a", col("id", typ("integer")), col("code", typ("text")))
	ra.PrimaryKey = &model.Key{Name: "a_pkey", Columns: []string{"id"}}
	rb := table("b", col("id", typ("integer")), col("a_code", typ("text")), col("from_entity_id", typ("uuid")), col("junk", typ("text")))
	right := schema(model.SourceDB, ra, rb)
	p := build(left, right, Options{Online: true, AllowAll: true})
	rename := stepWith(t, p, "RENAME COLUMN from_entity_id TO from_entity")
	uniqueIx := stepWith(t, p, "CREATE UNIQUE INDEX CONCURRENTLY a_code_key")
	uniqueCon := stepWith(t, p, "ADD CONSTRAINT a_code_key UNIQUE USING INDEX a_code_key")
	fk := stepWith(t, p, "ADD CONSTRAINT b_a_code_fkey FOREIGN KEY")
	validate := stepWith(t, p, "VALIDATE CONSTRAINT b_a_code_fkey")
	drop := stepWith(t, p, "DROP COLUMN junk")
	require.Equal(t, 1, rename.ID)
	require.Less(t, uniqueIx.ID, uniqueCon.ID)
	require.Contains(t, fk.DependsOn, uniqueCon.ID)
	require.Contains(t, validate.DependsOn, fk.ID)
	require.Equal(t, drop.ID, len(p.Steps))
	require.NotContains(t, sqlOf(t, p), "DROP COLUMN from_entity", "a rename is never DROP + ADD")
	require.False(t, uniqueIx.Transactional)
	for _, s := range p.Steps {
		if s != uniqueIx {
			require.NotEqual(t, uniqueIx.Group, s.Group)
		}
		if s != validate {
			require.NotEqual(t, validate.Group, s.Group)
		}
	}
	require.Contains(t, strings.Join(rename.Comment, " "), "not DROP + ADD")
}

// TestGate: by default nothing drops a column; what depends on a blocked
// step is blocked too.
func TestGate(t *testing.T) {
	left := schema(model.SourceSQL, table("t", col("id", typ("integer"))))
	right := schema(model.SourceDB, table("t", col("id", typ("integer")), col("old", typ("text"))))
	p := build(left, right, Options{})
	drop := stepWith(t, p, "DROP COLUMN old")
	require.True(t, drop.Blocked)
	require.Contains(t, sqlOf(t, p), "-- ALTER TABLE public.t DROP COLUMN old;")
	p = build(left, right, Options{Allow: map[Hazard]bool{DataLoss: true}})
	require.False(t, stepWith(t, p, "DROP COLUMN old").Blocked)

	ix := &model.Index{Name: "t_x", Method: "btree", Keys: []model.IndexKey{{Column: "x"}}}
	lt := table("t", col("id", typ("integer")), col("x", typ("uuid")))
	lt.Columns[1].Default = "gen_random_uuid()"
	lt.Indexes = []*model.Index{ix}
	p = build(schema(model.SourceSQL, lt), schema(model.SourceDB, table("t", col("id", typ("integer")))), Options{Online: true, Allow: map[Hazard]bool{FullScan: true, NotTransactional: true}})
	add := stepWith(t, p, "ADD COLUMN x")
	require.True(t, add.Blocked, "the volatile default rewrites")
	create := stepWith(t, p, "CREATE INDEX CONCURRENTLY t_x")
	require.True(t, create.Blocked)
	require.Contains(t, create.Reason, "depends on step")
}

// TestEnumValues: new labels go BEFORE/AFTER their neighbours; a label the
// canonical side lacks is a manual step, never a recreated type.
func TestEnumValues(t *testing.T) {
	left, right := model.NewSchema(model.SourceSQL), model.NewSchema(model.SourceDB)
	left.Enums = []*model.Enum{{Schema: "public", Name: "mood", Values: []string{"first", "sad", "ok", "happy"}}}
	right.Enums = []*model.Enum{{Schema: "public", Name: "mood", Values: []string{"sad", "happy", "gone"}}}
	p := build(left, right, Options{AllowAll: true})
	got := sqlOf(t, p)
	require.Contains(t, got, "ALTER TYPE public.mood ADD VALUE 'first' BEFORE 'sad';")
	require.Contains(t, got, "ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad';")
	require.Contains(t, got, "hazard manual")
	require.NotContains(t, got, "DROP TYPE")
	require.Len(t, p.Blocked(), 1)
}

// TestGolden renders a plan with every online form as SQL and JSON.
func TestGolden(t *testing.T) {
	lt := table("accounts", col("id", typ("integer")), col("email", typ("text")), col("owner", typ("integer")), col("score", typ("integer")))
	lt.PrimaryKey = &model.Key{Name: "accounts_pkey", Columns: []string{"id"}}
	lt.Columns[1].NotNull = true
	lt.Uniques = []*model.Key{{Name: "accounts_email_key", Columns: []string{"email"}}}
	lt.Checks = []*model.Check{{Name: "accounts_score_check", Expr: "score >= 0"}}
	lt.ForeignKeys = []*model.ForeignKey{{Name: "accounts_owner_fkey", Columns: []string{"owner"}, RefSchema: "public", RefTable: "accounts", RefColumns: []string{"id"}, OnDelete: "CASCADE"}}
	lt.Indexes = []*model.Index{{Name: "accounts_lower_email", Method: "btree", Keys: []model.IndexKey{{Expr: "lower(email)"}}, Where: "score > 0"}}
	rt := table("accounts", col("id", typ("integer")), col("email", typ("text")), col("owner", typ("integer")), col("score", typ("integer")))
	rt.PrimaryKey = &model.Key{Name: "accounts_pkey", Columns: []string{"id"}}
	left, right := schema(model.SourceSQL, lt), schema(model.SourceDB, rt)
	size := func(model.QName) (TableSize, bool) { return TableSize{Rows: 1234567, Pages: 8910}, true }
	p := build(left, right, Options{Online: true, LockTimeout: 5e9, StatementTimeout: 6e10, Size: size, Allow: map[Hazard]bool{FullScan: true}})
	var sql, js bytes.Buffer
	require.NoError(t, WriteSQL(&sql, p, []string{"golden"}))
	require.NoError(t, WriteJSON(&js, p, Meta{Tool: "ariadrift", Version: "test", Canonical: "sql", Target: "db", AllowedHazards: []string{"full-scan"}}))
	golden(t, "online.sql", sql.String())
	golden(t, "online.json", js.String())

	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("schema.json", bytes.NewReader(JSONSchema)))
	sch, err := c.Compile("schema.json")
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(js.Bytes(), &doc))
	require.NoError(t, sch.Validate(doc))
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("%s (-want +got):\n%s", name, d)
	}
}

// TestBadFindingsDoNotPanic: findings that name objects neither schema has
// (a stale baseline, a hand-edited JSON) plan nothing rather than panic.
func TestBadFindingsDoNotPanic(t *testing.T) {
	left := schema(model.SourceSQL, table("t", col("id", typ("integer"))))
	right := schema(model.SourceDB, table("t", col("id", typ("integer"))))
	var fs []diff.Finding
	for _, k := range diff.Kinds() {
		for _, obj := range []string{"", "nope", "id", "(id) → ghost"} {
			for _, tbl := range []string{"t", "ghost"} {
				fs = append(fs, diff.Finding{Kind: k, Pair: diff.Pair{Left: model.SourceSQL, Right: model.SourceDB},
					Schema: "public", Table: tbl, Object: obj, Expected: obj, Actual: obj})
			}
		}
	}
	for _, s := range []*model.Schema{left, nil} {
		p := Build(s, right, fs, Options{Online: true})
		require.NotNil(t, p)
		sqlOf(t, p)
	}
}

func TestParseHazard(t *testing.T) {
	for _, h := range Hazards() {
		got, err := ParseHazard(string(h))
		if h == Manual {
			require.Error(t, err, "manual cannot be allowed")
			continue
		}
		require.NoError(t, err)
		require.Equal(t, h, got)
	}
	_, err := ParseHazard("data_loss")
	require.EqualError(t, err, `unknown hazard "data_loss" (known: data-loss, table-rewrite, full-scan, blocks-writes, not-transactional, backward-incompatible, may-fail-on-data, widens-access, all)`)
}

func TestBadFindingsPlanNothing(t *testing.T) {
	right := schema(model.SourceDB, table("t", col("id", typ("integer"))))
	var fs []diff.Finding
	for _, k := range diff.Kinds() {
		fs = append(fs, diff.Finding{Kind: k, Pair: diff.Pair{Left: model.SourceSQL, Right: model.SourceDB},
			Schema: "public", Table: "ghost", Object: "nope", Expected: "nope", Actual: "nope"})
	}
	p := Build(model.NewSchema(model.SourceSQL), right, fs, Options{})
	for _, s := range p.Steps {
		require.Contains(t, codes(s), Manual, "only manual notes for objects nobody has: %s", s.SQL)
	}
}
