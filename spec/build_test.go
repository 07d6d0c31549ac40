package spec

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

func TestParseFeatures(t *testing.T) {
	data, err := os.ReadFile("testdata/features.yaml")
	require.NoError(t, err)
	s, err := Parse(data, "features.yaml")
	require.NoError(t, err)
	require.Equal(t, model.SourceSpec, s.Source)
	require.Equal(t, "features.yaml", s.Origin)
	_, hasDoc := model.AttrOf[model.Document](s.Attrs)
	require.False(t, hasDoc)
	require.Equal(t, []string{"app", "billing"}, s.Namespaces)
	require.Equal(t, []model.ExpectedTable{
		{Name: "users", Reason: "owned by the auth service", Pos: model.Pos{File: "features.yaml", Line: 5, Col: 5}},
		{Schema: "ops", Name: "audit", Pos: model.Pos{File: "features.yaml", Line: 6, Col: 5}},
	}, s.Expected)
	require.Len(t, s.Tables, 3)

	orders, ok := s.Table("app", "orders")
	require.True(t, ok)
	require.Equal(t, "Order", orders.Model)
	require.Equal(t, 1, docEntry(orders).Number)
	require.Equal(t, model.Pos{File: "features.yaml", Line: 8, Col: 5}, orders.Pos)
	require.Equal(t, &model.Key{Name: "orders_pkey", Columns: []string{"tenant_id", "id"},
		Pos: model.Pos{File: "features.yaml", Line: 11, Col: 9}}, orders.PrimaryKey)

	id, _ := orders.Column("id")
	require.True(t, id.NotNull)
	require.True(t, id.AutoIncrement, "a nextval default means the database assigns the value")
	require.Empty(t, id.Default)
	require.Equal(t, "nextval('orders_id_seq'::regclass)", id.RawDefault)

	code, _ := orders.Column("code")
	require.Empty(t, code.Attr, "an attr equal to the column name is not kept")
	require.Equal(t, "character varying(20)", code.Type.String())
	require.False(t, code.NotNull)

	tags, _ := orders.Column("tags")
	require.Equal(t, "text[]", tags.Type.String())
	owner, _ := orders.Column("owner")
	require.True(t, owner.NotNull)
	placed, _ := orders.Column("placed")
	require.Equal(t, "timestamp with time zone", placed.Type.String())
	require.Equal(t, "DateTime(timezone=True)", placed.RawType)

	var uniques []string
	for _, u := range orders.Uniques {
		uniques = append(uniques, u.Name+" ("+strings.Join(u.Columns, ", ")+")")
	}
	require.Equal(t, []string{
		"orders_code_key (code)",
		"orders_tenant_id_code_key (tenant_id, code)",
		"orders_owner_uq (owner, tenant_id)",
	}, uniques)

	require.Len(t, orders.Indexes, 2)
	require.Equal(t, "USING gin (doc)", orders.Indexes[0].Definition())
	lower := orders.Indexes[1]
	require.Equal(t, "orders_code_lower", lower.Name)
	require.Equal(t, []string{"owner"}, lower.Include)
	require.True(t, lower.Unique)
	require.Equal(t, "lower(code)", lower.Keys[0].Expr)
	require.True(t, lower.Keys[1].Desc)
	require.NotNil(t, lower.Keys[1].NullsFirst, "NULLS LAST departs from the DESC default")
	require.Equal(t, "placed", lower.Keys[2].Column)
	require.NotNil(t, lower.Keys[2].NullsFirst, "NULLS FIRST departs from the ASC default")
	// placed is a timestamptz: the literal is the instant the server stores.
	where, err := normalize.ExprIn("placed > '2020-01-01' AND (NOT (code IS NULL))", normalize.TableScope(s, orders))
	require.NoError(t, err)
	require.Equal(t, where, lower.Where, "the predicate goes through the shared normalizer")
	require.Contains(t, lower.Where, "'2020-01-01 00:00:00+00'")

	require.Len(t, orders.ForeignKeys, 2)
	users := orders.ForeignKeys[0]
	require.Equal(t, "orders_owner_fkey", users.Name)
	require.Equal(t, model.QName{Schema: "app", Name: "users"}, users.Ref())
	require.Equal(t, "SET NULL", users.OnDelete)
	require.Equal(t, "NO ACTION", users.OnUpdate)
	tenants := orders.ForeignKeys[1]
	require.True(t, tenants.Deferrable, "INITIALLY DEFERRED implies DEFERRABLE")
	require.True(t, tenants.InitiallyDeferred)

	tenant, ok := s.Table("app", "tenants")
	require.True(t, ok)
	require.Equal(t, 2, docEntry(tenant).Number)
	tid, _ := tenant.Column("id")
	require.True(t, tid.AutoIncrement)
	alias, ok := tenant.Column("doc")
	require.True(t, ok, "the aliased column is the anchored one")
	require.Equal(t, "jsonb", alias.Type.String())
	require.Equal(t, "'{}'", alias.Default)

	lines, ok := s.Table("billing", "lines")
	require.True(t, ok)
	fk := lines.ForeignKeys[0]
	require.Equal(t, "lines_order_fk", fk.Name)
	require.Equal(t, model.QName{Schema: "app", Name: "orders"}, fk.Ref())
	require.Equal(t, "CASCADE", fk.OnUpdate)
	require.True(t, fk.Deferrable)
	require.False(t, fk.InitiallyDeferred)
}

// TestDefaultsAgreeWithSQL holds the spec's defaults to the normalized form
// the other sources produce for the same SQL.
func TestDefaultsAgreeWithSQL(t *testing.T) {
	cases := []struct{ typ, def, want string }{
		{"String(100)", "'general'", "'general'"},
		{"String(100)", "'general'::character varying", "'general'"},
		{"JSONB", "'{}'", "'{}'"},
		{"JSONB", "'{}'::jsonb", "'{}'"},
		{"DateTime(tz)", "NOW()", "now()"},
		{"Integer", "'-1'::integer", "-1"},
		{"Boolean", "true", "true"},
		{"Numeric(10,6)", "0", "0"},
	}
	for _, tc := range cases {
		t.Run(tc.typ+" "+tc.def, func(t *testing.T) {
			src := withHead("      - {name: c, type: \"" + tc.typ + "\", default: \"" + tc.def + "\"}")
			s, err := Parse([]byte(src), "d.yaml")
			require.NoError(t, err)
			c, ok := s.Tables[0].Column("c")
			require.True(t, ok)
			require.Equal(t, tc.want, c.Default)
			require.Equal(t, tc.def, c.RawDefault)
		})
	}
}

func TestObjectName(t *testing.T) {
	long := strings.Repeat("t", 40)
	cases := []struct{ name1, name2, label, want string }{
		{"memories", "", "pkey", "memories_pkey"},
		{"memories", "key", "key", "memories_key_key"},
		{"orders", "tenant_id_code", "key", "orders_tenant_id_code_key"},
		// 40 + 40 does not fit in 63 - 6 = 57 bytes; a tie shortens name2
		// first, as PostgreSQL does, leaving 29 + 28.
		{long, strings.Repeat("c", 40), "fkey", strings.Repeat("t", 29) + "_" + strings.Repeat("c", 28) + "_fkey"},
		// The longer name gives way first: 63 - len("__key") - 2 = 56.
		{long + long, "id", "key", strings.Repeat("t", 56) + "_id_key"},
		// A multi-byte character is never split: é is 2 bytes, and 58 bytes
		// of "x" + é... would end inside one.
		{"x" + strings.Repeat("é", 40), "", "pkey", "x" + strings.Repeat("é", 28) + "_pkey"},
	}
	for _, tc := range cases {
		got := objectName(tc.name1, tc.name2, tc.label)
		require.Equal(t, tc.want, got)
		require.LessOrEqual(t, len(got), model.MaxIdentLen)
	}
}
