package normalize

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// testScope is a table of schema app with one column of each type the
// rows below need; the catalog spellings come from PostgreSQL 15's
// pg_get_constraintdef and pg_get_indexdef on such a table, read with
// search_path = public.
var testScope = Scope{Schema: "app", Columns: map[string]model.Type{
	"id": {Name: "integer"}, "buzz": {Name: "double precision"}, "amount": {Name: "numeric", Mods: []int{10, 2}},
	"small": {Name: "smallint"}, "big": {Name: "bigint"}, "ratio": {Name: "real"}, "label": {Name: "character varying", Mods: []int{20}},
	"code": {Name: "character", Mods: []int{3}}, "ts": {Name: "timestamp with time zone"}, "day": {Name: "date"},
	"local": {Name: "timestamp without time zone"}, "ok": {Name: "boolean"}, "state": {Name: "app.mood"},
	"tags": {Name: "text", Array: true}, "t": {Name: "time without time zone"},
}}

func TestExprInEqual(t *testing.T) {
	tests := []struct{ script, catalog string }{
		// Implicit casts the server inserts on column references.
		{"id < buzz", "((id)::double precision < buzz)"},
		{"small < id", "(small < id)"},
		{"id + amount > 0", "(((id)::numeric + amount) > (0)::numeric)"},
		{"big > ratio", "((big)::double precision > ratio)"},
		{"ratio < buzz", "((ratio)::double precision < buzz)"},
		{"label = 'x'", "((label)::text = 'x'::text)"},
		{"code = label", "((code)::text = (label)::text)"},
		{"day < local", "((day)::timestamp without time zone < local)"},
		{"local < ts", "((local)::timestamp with time zone < ts)"},
		{"id::float8 + 1", "(((id)::double precision + (1)::double precision))"},
		{"lower(label) = 'a'", "(lower((label)::text) = 'a'::text)"},
		// Literals stored as values of the column's type.
		{"id = '5'", "(id = 5)"},
		{"ok = 't'", "(ok = true)"},
		{"amount > '1.50'", "(amount > 1.50)"},
		{"ts > '2024-01-01'", "(ts > '2024-01-01 00:00:00+00'::timestamp with time zone)"},
		{"ts >= '2024-01-01 02:00:00+02'", "(ts >= '2024-01-01 00:00:00+00'::timestamp with time zone)"},
		{"ts >= '2024-01-01T02:00+0200'", "(ts >= '2024-01-01 00:00:00+00'::timestamp with time zone)"},
		{"ts < '2024-06-01 12:00 Europe/Paris'", "(ts < '2024-06-01 10:00:00+00'::timestamp with time zone)"},
		{"ts < '2024-01-01 00:00:00.5 UTC'", "(ts < '2024-01-01 00:00:00.5+00'::timestamp with time zone)"},
		{"'2024-01-01' < ts", "('2024-01-01 00:00:00+00'::timestamp with time zone < ts)"},
		{"day > 'Jan 2 2024'", "(day > '2024-01-02'::date)"},
		{"day > '20240102'", "(day > '2024-01-02'::date)"},
		{"day > '1/2/2024'", "(day > '2024-01-02'::date)"},
		{"day IN ('2024-01-01', 'Feb 1 2024')", "(day = ANY (ARRAY['2024-01-01'::date, '2024-02-01'::date]))"},
		{"local >= '2024-01-01T10:00'", "(local >= '2024-01-01 10:00:00'::timestamp without time zone)"},
		{"local >= '2024-01-01 10:00+05'", "(local >= '2024-01-01 10:00:00'::timestamp without time zone)"},
		{"ts > '2024-01-01'::timestamptz", "(ts > '2024-01-01 00:00:00+00'::timestamp with time zone)"},
		{"ts > 'infinity'", "(ts > 'infinity'::timestamp with time zone)"},
		// Names qualified with the table's own schema.
		{"is_valid(id)", "app.is_valid(id)"},
		{"app.is_valid(id)", "app.is_valid(id)"},
		{"state = 'calm'", "(state = 'calm'::app.mood)"},
		{"label::mood = 'calm'", "((label)::app.mood = 'calm'::app.mood)"},
		{"label <> ('y' COLLATE ci)", "((label)::text <> ('y'::text COLLATE app.ci))"},
		{"id OPERATOR(app.===) 1", "(id OPERATOR(app.===) 1)"},
	}
	for _, tt := range tests {
		a, err := ExprIn(tt.script, testScope)
		require.NoError(t, err, tt.script)
		b, err := ExprIn(tt.catalog, testScope)
		require.NoError(t, err, tt.catalog)
		require.Equal(t, a, b, "%s ~ %s", tt.script, tt.catalog)
		again, err := ExprIn(a, testScope)
		require.NoError(t, err)
		require.Equal(t, a, again, "ExprIn is idempotent on %s", a)
	}
}

func TestExprInDifferent(t *testing.T) {
	tests := []struct{ a, b string }{
		// A cast the server would not insert is what the user wrote.
		{"big::integer > 0", "(big > 0)"},
		{"buzz::integer > 0", "(buzz > (0)::double precision)"},
		{"id < buzz", "(id < (buzz)::integer)"},
		// Another instant, another day, another value.
		{"ts > '2024-01-01'", "(ts > '2024-01-01 02:00:00+00'::timestamp with time zone)"},
		{"ts > '2024-01-01 02:00:00+01'", "(ts > '2024-01-01 00:00:00+00'::timestamp with time zone)"},
		{"day > 'Jan 2 2024'", "(day > '2024-02-01'::date)"},
		{"local >= '2024-01-01 10:00+05'", "(local >= '2024-01-01 05:00:00'::timestamp without time zone)"},
		{"id = '5'", "(id = 6)"},
		// A literal compared with a text column stays text.
		{"label = '2024-01-01'", "((label)::text = '2024-01-01 00:00:00+00'::text)"},
		// Another schema's function, type or collation is another object.
		{"is_valid(id)", "other.is_valid(id)"},
		{"state = 'calm'", "(state::other.mood = 'calm'::other.mood)"},
		{"label <> ('y' COLLATE ci)", "((label)::text <> ('y'::text COLLATE other.ci))"},
		// Arrays are not cast implicitly element by element.
		{"tags = '{}'", "(tags::integer[] = '{}')"},
	}
	for _, tt := range tests {
		a, err := ExprIn(tt.a, testScope)
		require.NoError(t, err, tt.a)
		b, err := ExprIn(tt.b, testScope)
		require.NoError(t, err, tt.b)
		require.NotEqual(t, a, b, "%s must differ from %s", tt.a, tt.b)
	}
}

// TestExprInRoot keeps a cast at the top of a stored expression: an index
// on (id::float8) indexes other values than an index on id, and the server
// inserts casts only on the operands of operators and functions.
func TestExprInRoot(t *testing.T) {
	a, err := ExprIn("id::float8", testScope)
	require.NoError(t, err)
	require.NotEqual(t, "id", a)
}

func TestPartitionBoundIn(t *testing.T) {
	tz := []model.Type{{Name: "timestamp with time zone"}}
	day := []model.Type{{Name: "date"}}
	tests := []struct {
		script, catalog string
		keys            []model.Type
	}{
		{"FOR VALUES FROM ('2024-01-01') TO ('2024-02-01 02:00+02')",
			"FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00')", tz},
		{"FOR VALUES FROM (MINVALUE) TO ('2024-03-01 00:00:00 UTC')",
			"FOR VALUES FROM (MINVALUE) TO ('2024-03-01 00:00:00+00')", tz},
		{"FOR VALUES FROM ('Jan 1 2024') TO ('20250101')", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", day},
		{"FOR VALUES IN ('2024-01-01', 'January 1, 2025')", "FOR VALUES IN ('2024-01-01', '2025-01-01')", day},
		{"FOR VALUES FROM ('0') TO (10)", "FOR VALUES FROM ('0') TO ('10')", []model.Type{{Name: "bigint"}}},
	}
	for _, tt := range tests {
		first, err := PartitionBoundDef(tt.script) // what the replay stores before the table is complete
		require.NoError(t, err)
		a, err := PartitionBoundIn(first, tt.keys)
		require.NoError(t, err)
		b, err := PartitionBoundIn(tt.catalog, tt.keys)
		require.NoError(t, err)
		require.Equal(t, b, a, tt.script)
	}
	a, err := PartitionBoundIn("FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')", tz)
	require.NoError(t, err)
	b, err := PartitionBoundIn("FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+01')", tz)
	require.NoError(t, err)
	require.NotEqual(t, a, b, "another instant is another bound")
}

func TestScopedSchema(t *testing.T) {
	s := model.NewSchema(model.SourceSQL)
	s.Domains = append(s.Domains, &model.Domain{Schema: "app", Name: "price", Type: model.Type{Name: "numeric", Mods: []int{10, 2}},
		Checks: []*model.Check{{Name: "positive", Expr: "app.is_positive(VALUE)"}}})
	tbl := &model.Table{Schema: "app", Name: "t", Columns: []*model.Column{
		{Name: "cost", Type: model.Type{Name: "app.price"}},
		{Name: "id", Type: model.Type{Name: "integer"}},
		{Name: "g", Type: model.Type{Name: "numeric"}, Generated: "(id)::numeric + cost"},
	}}
	tbl.Checks = []*model.Check{{Name: "c", Expr: "(cost)::numeric > (0)::numeric"}}
	tbl.Indexes = []*model.Index{{Name: "i", Method: "btree", Keys: []model.IndexKey{{Expr: "(cost)::numeric"}, {Column: "id", Collation: "app.ci"}}}}
	s.AddTable(tbl)
	Scoped(s)
	require.Equal(t, "cost > 0", tbl.Checks[0].Expr, "a domain is cast to its base type implicitly")
	require.Equal(t, "id + cost", tbl.Columns[2].Generated)
	require.Equal(t, "cost::numeric", tbl.Indexes[0].Keys[0].Expr, "a cast at the top of an index key is kept")
	require.Equal(t, "ci", tbl.Indexes[0].Keys[1].Collation)
	require.Equal(t, "is_positive(value)", s.Domains[0].Checks[0].Expr)
}

func TestTSVectorLiteral(t *testing.T) {
	for in, want := range map[string]string{".": "'.'", "b a b": "'a' 'b'", "": "", "a:1": "", "it's": ""} {
		got, ok := tsvectorLiteral(in)
		require.Equal(t, want != "" || in == "", ok, in)
		require.Equal(t, want, got, in)
	}
}

// TestScopedDomainDefault: a literal default of a domain column is
// converted for the domain's base type, as the server stores it.
func TestScopedDomainDefault(t *testing.T) {
	s := model.NewSchema(model.SourceSQL)
	s.Domains = append(s.Domains, &model.Domain{Schema: "public", Name: "words", Type: model.Type{Name: "tsvector"}},
		&model.Domain{Schema: "public", Name: "at", Type: model.Type{Name: "timestamp with time zone"}})
	tbl := &model.Table{Schema: "public", Name: "t", Columns: []*model.Column{
		{Name: "w", Type: model.Type{Name: "public.words"}, Default: "'.'"},
		{Name: "a", Type: model.Type{Name: "public.at"}, Default: "'2024-01-01'"},
		{Name: "b", Type: model.Type{Name: "public.at"}, Default: "now()"},
	}}
	s.AddTable(tbl)
	Scoped(s)
	require.Equal(t, "'''.'''", tbl.Columns[0].Default)
	require.Equal(t, "'2024-01-01 00:00:00+00'", tbl.Columns[1].Default)
	require.Equal(t, "now()", tbl.Columns[2].Default)
}
