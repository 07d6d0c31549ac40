package diff

import (
	"encoding/json"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestSeverity(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Severity
	}{{"info", Info}, {"LOW", Low}, {" Medium ", Medium}, {"high", High}} {
		got, err := ParseSeverity(c.in)
		require.NoError(t, err)
		require.Equal(t, c.want, got)
	}
	for _, bad := range []string{"", "critical", "none", "hi"} {
		_, err := ParseSeverity(bad)
		require.Error(t, err, bad)
	}
	require.True(t, Info < Low && Low < Medium && Medium < High)
	require.Equal(t, "severity(9)", Severity(9).String())

	b, err := json.Marshal(map[string]Severity{"s": Medium})
	require.NoError(t, err)
	require.JSONEq(t, `{"s":"medium"}`, string(b))
	var back map[string]Severity
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, Medium, back["s"])
	require.Error(t, json.Unmarshal([]byte(`{"s":"urgent"}`), &back))
	_, err = Severity(-1).MarshalText()
	require.Error(t, err)
}

func TestPair(t *testing.T) {
	p := Pair{model.SourceSpec, model.SourceSQL}
	require.Equal(t, "spec↔sql", p.String())
	require.Equal(t, "spec-sql", p.Key())
}

func TestRulesTable(t *testing.T) {
	covered := map[Kind]bool{}
	for _, r := range Rules() {
		_, known := kindRank[r.Kind]
		require.True(t, known, "rule for unknown kind %s", r.Kind)
		require.NotEmpty(t, r.When, r.Kind)
		require.NotEmpty(t, r.Why, r.Kind)
		covered[r.Kind] = true
	}
	for _, k := range Kinds() {
		require.True(t, covered[k], "kind %s has no rule", k)
	}
	// Rules are grouped by kind in listing order.
	rs := Rules()
	for i := 1; i < len(rs); i++ {
		require.LessOrEqual(t, rs[i-1].Kind.rank(), rs[i].Kind.rank(), "%s listed after %s", rs[i].Kind, rs[i-1].Kind)
	}
	rs[0].Severity = Info
	require.NotEqual(t, Info, Rules()[0].Severity, "Rules returns a copy")
}

func TestFingerprint(t *testing.T) {
	f := Finding{
		Kind: ColumnType, Severity: Low, Pair: Pair{model.SourceSpec, model.SourceSQL},
		Schema: "public", Table: "t", Object: "a", Expected: "text", Actual: "varchar(10)",
		Message: "m", LeftPos: model.Pos{File: "a.yaml", Line: 3},
	}
	require.Equal(t, "column.type|spec-sql|public.t|a", f.Fingerprint())
	g := f
	g.LeftPos, g.RightPos, g.Message, g.Severity, g.Actual = model.Pos{File: "b", Line: 9}, model.Pos{Line: 1}, "other", High, "bigint"
	require.Equal(t, f.Fingerprint(), g.Fingerprint(), "positions, messages and severities do not change a fingerprint")
	g.Pair.Right = model.SourceDB
	require.NotEqual(t, f.Fingerprint(), g.Fingerprint())

	// Checks are matched by expression, so two unnamed checks differ by it.
	c1 := Finding{Kind: CheckMissing, Table: "t", Object: "", Expected: "a > 0"}
	c2 := Finding{Kind: CheckMissing, Table: "t", Object: "", Expected: "a < 9"}
	require.NotEqual(t, c1.Fingerprint(), c2.Fingerprint())
}

func TestSortOrder(t *testing.T) {
	fs := []Finding{
		{Schema: "public", Table: "b", Kind: TableExtra},
		{Schema: "public", Table: "a", Kind: IndexExtra, Object: "i"},
		{Schema: "public", Table: "a", Kind: ColumnExtra, Object: "z"},
		{Schema: "public", Table: "a", Kind: ColumnExtra, Object: "c"},
		{Schema: "audit", Table: "z", Kind: TableMissing},
		{Schema: "public", Table: "a", Kind: TableMissing},
		{Schema: "public", Table: "a", Kind: Kind("zzz.unknown")},
	}
	Sort(fs)
	var got []string
	for _, f := range fs {
		got = append(got, f.Schema+"."+f.Table+" "+string(f.Kind)+" "+f.Object)
	}
	require.Equal(t, []string{
		"audit.z table.missing ",
		"public.a table.missing ",
		"public.a column.extra c",
		"public.a column.extra z",
		"public.a index.extra i",
		"public.a zzz.unknown ",
		"public.b table.extra ",
	}, got)
}

// shuffled returns a copy of s with every list except columns shuffled.
// Column order is kept because position is evidence of a rename.
func shuffled(s *model.Schema, r *rand.Rand) *model.Schema {
	out := model.NewSchema(s.Source)
	out.Expected = s.Expected
	perm := func(n int, swap func(i, j int)) { r.Shuffle(n, swap) }
	for _, t := range s.Tables {
		cp := *t
		cp.Indexes = append([]*model.Index(nil), t.Indexes...)
		cp.ForeignKeys = append([]*model.ForeignKey(nil), t.ForeignKeys...)
		cp.Uniques = append([]*model.Key(nil), t.Uniques...)
		cp.Checks = append([]*model.Check(nil), t.Checks...)
		perm(len(cp.Indexes), func(i, j int) { cp.Indexes[i], cp.Indexes[j] = cp.Indexes[j], cp.Indexes[i] })
		perm(len(cp.ForeignKeys), func(i, j int) { cp.ForeignKeys[i], cp.ForeignKeys[j] = cp.ForeignKeys[j], cp.ForeignKeys[i] })
		perm(len(cp.Uniques), func(i, j int) { cp.Uniques[i], cp.Uniques[j] = cp.Uniques[j], cp.Uniques[i] })
		perm(len(cp.Checks), func(i, j int) { cp.Checks[i], cp.Checks[j] = cp.Checks[j], cp.Checks[i] })
		out.Tables = append(out.Tables, &cp)
	}
	perm(len(out.Tables), func(i, j int) { out.Tables[i], out.Tables[j] = out.Tables[j], out.Tables[i] })
	return out
}

func TestDeterministic(t *testing.T) {
	want := Compare(ariaSpec(), ariaSQL(), Options{})
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20; i++ {
		got := Compare(shuffled(ariaSpec(), r), shuffled(ariaSQL(), r), Options{})
		require.Equal(t, want, got, "shuffle %d", i)
	}
	// Identical indexes under new names pair by name order, not declaration order.
	l := schema(model.SourceSpec, base("t").col("a", "text").index("i1", "a").index("i2", "a"))
	r1 := schema(model.SourceSQL, base("t").col("a", "text").index("j1", "a").index("j2", "a"))
	r2 := schema(model.SourceSQL, base("t").col("a", "text").index("j2", "a").index("j1", "a"))
	require.Equal(t, Compare(l, r1, Options{}), Compare(l, r2, Options{}))
	fs := Compare(l, r1, Options{})
	require.Equal(t, "j1", fs[0].Actual)
}

func TestCompareSelfIsEmpty(t *testing.T) {
	require.Empty(t, Compare(ariaSpec(), ariaSpec(), Options{}))
	require.Empty(t, Compare(ariaSQL(), ariaSQL(), Options{}))
}
