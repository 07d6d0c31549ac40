package diff

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// base is a table both sides agree on; cases add to it.
func base(name string) *tb {
	return tbl(name).col("id", "uuid", notNull).pk("id")
}

func TestCompareKinds(t *testing.T) {
	spec, sql, db := model.SourceSpec, model.SourceSQL, model.SourceDB
	cases := []struct {
		name        string
		left, right *model.Schema
		want        []row
	}{
		{
			name: "identical tables",
			left: schema(spec, base("t").col("a", "text")), right: schema(sql, base("t").col("a", "text")),
		},
		{
			name:  "table missing from sql is medium, and its children are not reported",
			left:  schema(spec, base("t").col("a", "text").index("t_a", "a").fk("t_fk", "a", "x", "id", "")),
			right: schema(sql),
			want:  []row{{TableMissing, Medium, "t", ""}},
		},
		{
			name: "table missing from db is high",
			left: schema(sql, base("t")), right: schema(db),
			want: []row{{TableMissing, High, "t", ""}},
		},
		{
			name: "extra table is medium",
			left: schema(spec), right: schema(sql, base("t").col("a", "text")),
			want: []row{{TableExtra, Medium, "t", ""}},
		},
		{
			name: "column missing is high",
			left: schema(spec, base("t").col("a", "text")), right: schema(sql, base("t")),
			want: []row{{ColumnMissing, High, "t", "a"}},
		},
		{
			name: "nullable extra column is medium",
			left: schema(spec, base("t")), right: schema(sql, base("t").col("a", "jsonb", def("'{}'"))),
			want: []row{{ColumnExtra, Medium, "t", "a"}},
		},
		{
			name: "NOT NULL extra column with a default is medium",
			left: schema(spec, base("t")), right: schema(sql, base("t").col("a", "integer", notNull, def("0"))),
			want: []row{{ColumnExtra, Medium, "t", "a"}},
		},
		{
			name: "NOT NULL extra column without a default is high",
			left: schema(spec, base("t")), right: schema(sql, base("t").col("a", "integer", notNull)),
			want: []row{{ColumnExtra, High, "t", "a"}},
		},
		{
			name: "auto-incremented NOT NULL extra column is medium",
			left: schema(spec, base("t")), right: schema(sql, base("t").col("n", "bigint", notNull, auto)),
			want: []row{{ColumnExtra, Medium, "t", "n"}},
		},
		{
			name:  "extra column carrying a FK is high and the FK is folded into it",
			left:  schema(spec, base("t")),
			right: schema(sql, base("t").col("parent_id", "uuid").fk("t_parent_id_fkey", "parent_id", "t", "id", "")),
			want:  []row{{ColumnExtra, High, "t", "parent_id"}},
		},
		{
			name:  "missing column's FK is folded into it",
			left:  schema(spec, base("t").col("parent_id", "uuid").fk("t_parent_id_fkey", "parent_id", "t", "id", "CASCADE")),
			right: schema(sql, base("t")),
			want:  []row{{ColumnMissing, High, "t", "parent_id"}},
		},
		{
			name: "type within the text family is low",
			left: schema(spec, base("t").col("a", "text")), right: schema(sql, base("t").col("a", "varchar(255)")),
			want: []row{{ColumnType, Low, "t", "a"}},
		},
		{
			name: "text length change is low",
			left: schema(spec, base("t").col("a", "varchar(100)")), right: schema(sql, base("t").col("a", "varchar(50)")),
			want: []row{{ColumnType, Low, "t", "a"}},
		},
		{
			name: "text arrays of different text types are low",
			left: schema(spec, base("t").col("a", "text[]")), right: schema(sql, base("t").col("a", "varchar(20)[]")),
			want: []row{{ColumnType, Low, "t", "a"}},
		},
		{
			name: "integer widths are medium",
			left: schema(spec, base("t").col("a", "integer")), right: schema(sql, base("t").col("a", "bigint")),
			want: []row{{ColumnType, Medium, "t", "a"}},
		},
		{
			name: "numeric precision is medium",
			left: schema(spec, base("t").col("a", "numeric(10,6)")), right: schema(sql, base("t").col("a", "numeric(12,2)")),
			want: []row{{ColumnType, Medium, "t", "a"}},
		},
		{
			name:  "timestamp vs timestamptz is medium",
			left:  schema(spec, base("t").col("a", "timestamp with time zone")),
			right: schema(sql, base("t").col("a", "timestamp without time zone")),
			want:  []row{{ColumnType, Medium, "t", "a"}},
		},
		{
			name: "different families are high",
			left: schema(spec, base("t").col("a", "uuid")), right: schema(sql, base("t").col("a", "text")),
			want: []row{{ColumnType, High, "t", "a"}},
		},
		{
			name: "array vs scalar is high",
			left: schema(spec, base("t").col("a", "integer[]")), right: schema(sql, base("t").col("a", "integer")),
			want: []row{{ColumnType, High, "t", "a"}},
		},
		{
			name: "NOT NULL on the left, nullable on the right is medium",
			left: schema(spec, base("t").col("a", "text", notNull)), right: schema(sql, base("t").col("a", "text")),
			want: []row{{ColumnNullable, Medium, "t", "a"}},
		},
		{
			name: "nullable on the left, NOT NULL without default on the right is high",
			left: schema(spec, base("t").col("a", "text")), right: schema(sql, base("t").col("a", "text", notNull)),
			want: []row{{ColumnNullable, High, "t", "a"}},
		},
		{
			name:  "nullable on the left, NOT NULL with a default on the right is low",
			left:  schema(spec, base("t").col("a", "text", def("'x'"))),
			right: schema(sql, base("t").col("a", "text", notNull, def("'x'"))),
			want:  []row{{ColumnNullable, Low, "t", "a"}},
		},
		{
			name:  "a primary key column is NOT NULL even when not declared so",
			left:  schema(spec, tbl("t").col("id", "integer").pk("id")),
			right: schema(sql, tbl("t").col("id", "integer", notNull).pk("id")),
		},
		{
			name:  "default differs is low",
			left:  schema(spec, base("t").col("a", "text", def("'general'"))),
			right: schema(sql, base("t").col("a", "text", def("'other'"))),
			want:  []row{{ColumnDefault, Low, "t", "a"}},
		},
		{
			name: "default only on one side is low",
			left: schema(spec, base("t").col("a", "text", def("'general'"))), right: schema(sql, base("t").col("a", "text")),
			want: []row{{ColumnDefault, Low, "t", "a"}},
		},
		{
			name:  "auto-increment lost is high, and no default finding repeats it",
			left:  schema(spec, tbl("t").col("id", "integer", notNull, auto).pk("id")),
			right: schema(sql, tbl("t").col("id", "integer", notNull, def("0")).pk("id")),
			want:  []row{{ColumnAutoIncrement, High, "t", "id"}},
		},
		{
			name:  "auto-increment gained is low",
			left:  schema(spec, tbl("t").col("id", "integer", notNull).pk("id")),
			right: schema(sql, tbl("t").col("id", "integer", notNull, auto).pk("id")),
			want:  []row{{ColumnAutoIncrement, Low, "t", "id"}},
		},
		{
			name:  "serial vs identity between sql and db is low",
			left:  schema(sql, tbl("t").col("id", "integer", notNull, auto).pk("id")),
			right: schema(db, tbl("t").col("id", "integer", notNull, identity("by default")).pk("id")),
			want:  []row{{ColumnIdentity, Low, "t", "id"}},
		},
		{
			name:  "the spec's autoincrement matches an identity column",
			left:  schema(spec, tbl("t").col("id", "integer", notNull, auto).pk("id")),
			right: schema(sql, tbl("t").col("id", "integer", notNull, identity("always")).pk("id")),
		},
		{
			name:  "identity kinds differ is low",
			left:  schema(sql, tbl("t").col("id", "integer", notNull, identity("always")).pk("id")),
			right: schema(db, tbl("t").col("id", "integer", notNull, identity("by default")).pk("id")),
			want:  []row{{ColumnIdentity, Low, "t", "id"}},
		},
		{
			name:  "generated differs is low",
			left:  schema(sql, base("t").col("a", "integer").col("b", "integer", generated("a * 2"))),
			right: schema(db, base("t").col("a", "integer").col("b", "integer")),
			want:  []row{{ColumnGenerated, Low, "t", "b"}},
		},
		{
			name: "collation differs is low",
			left: schema(sql, base("t").col("a", "text", collate("C"))), right: schema(db, base("t").col("a", "text")),
			want: []row{{ColumnCollation, Low, "t", "a"}},
		},
		{
			name: "primary key missing is high",
			left: schema(spec, base("t")), right: schema(sql, tbl("t").col("id", "uuid", notNull)),
			want: []row{{PrimaryKeyMissing, High, "t", ""}},
		},
		{
			name: "primary key extra is high",
			left: schema(spec, tbl("t").col("id", "uuid", notNull)), right: schema(sql, base("t")),
			want: []row{{PrimaryKeyExtra, High, "t", ""}},
		},
		{
			name:  "primary key on other columns is high",
			left:  schema(spec, base("t").col("k", "text", notNull)),
			right: schema(sql, tbl("t").col("id", "uuid", notNull).col("k", "text", notNull).pk("id", "k")),
			want:  []row{{PrimaryKeyDiffers, High, "t", ""}},
		},
		{
			name: "unique missing is medium, extra is low, names ignored",
			left: schema(spec, base("t").col("a", "text").col("b", "text").col("c", "text").
				uniq("", "a").uniq("", "b")),
			right: schema(sql, base("t").col("a", "text").col("b", "text").col("c", "text").
				uniq("t_a_key", "a").uniq("t_c_key", "c")),
			want: []row{{UniqueMissing, Medium, "t", "(b)"}, {UniqueExtra, Low, "t", "t_c_key"}},
		},
		{
			name:  "a unique constraint and a plain unique index on the same columns are equal to a side that cannot tell them apart",
			left:  omitting(schema(spec, base("t").col("a", "text").col("b", "text").uniq("", "a").uindex("t_b_uq", "b")), model.AreaKeyForms),
			right: schema(sql, base("t").col("a", "text").col("b", "text").uindex("t_a_uq", "a").uniq("t_b_key", "b")),
		},
		{
			name:  "check missing is medium, extra low, names ignored",
			left:  schema(spec, base("t").col("a", "integer").check("", "a > 0").check("", "a < 10")),
			right: schema(sql, base("t").col("a", "integer").check("t_a_check", "a > 0").check("t_a_check1", "a <> 5")),
			want:  []row{{CheckMissing, Medium, "t", "a < 10"}, {CheckExtra, Low, "t", "t_a_check1"}},
		},
		{
			name: "indexes: missing low, unique missing medium, extra low, renamed low, differs low",
			left: schema(spec, base("t").col("a", "text").col("b", "text").col("c", "text").
				index("idx_a", "a").uindex("idx_b", "b").index("idx_c_old", "c").index("idx_ab", "a", "b")),
			right: schema(sql, base("t").col("a", "text").col("b", "text").col("c", "text").
				index("idx_c_new", "c").index("idx_ab", "a", "b DESC").index("idx_extra", "(lower(a))")),
			want: []row{
				{IndexMissing, Low, "t", "idx_a"}, {IndexMissing, Medium, "t", "idx_b"},
				{IndexRenamed, Low, "t", "idx_c_old"}, {IndexDiffers, Low, "t", "idx_ab"},
				{IndexExtra, Low, "t", "idx_extra"},
			},
		},
		{
			name: "index on an extra column is reported",
			left: schema(spec, base("t")), right: schema(sql, base("t").col("parent", "uuid").index("idx_parent", "parent")),
			want: []row{{ColumnExtra, Medium, "t", "parent"}, {IndexExtra, Low, "t", "idx_parent"}},
		},
		{
			name: "fk missing without action is low, with CASCADE medium",
			left: schema(spec, base("p"), base("t").col("a", "uuid").col("b", "uuid").
				fk("t_a_fkey", "a", "p", "id", "").fk("t_b_fkey", "b", "p", "id", "CASCADE")),
			right: schema(sql, base("p"), base("t").col("a", "uuid").col("b", "uuid")),
			want:  []row{{FKMissing, Low, "t", "t_a_fkey"}, {FKMissing, Medium, "t", "t_b_fkey"}},
		},
		{
			name: "fk extra without action is low, with SET NULL medium",
			left: schema(spec, base("p"), base("t").col("a", "uuid").col("b", "uuid")),
			right: schema(sql, base("p"), base("t").col("a", "uuid").col("b", "uuid").
				fk("t_a_fkey", "a", "p", "id", "NO ACTION").fk("t_b_fkey", "b", "p", "id", "SET NULL")),
			want: []row{{FKExtra, Low, "t", "t_a_fkey"}, {FKExtra, Medium, "t", "t_b_fkey"}},
		},
		{
			name:  "fk with another ON DELETE differs, medium; names ignored",
			left:  schema(spec, base("p"), base("t").col("a", "uuid").fk("", "a", "p", "id", "")),
			right: schema(sql, base("p"), base("t").col("a", "uuid").fk("t_a_fkey", "a", "p", "id", "CASCADE")),
			want:  []row{{FKDiffers, Medium, "t", "(a) → p"}},
		},
		{
			name:  "fk referencing other columns differs",
			left:  schema(spec, base("p").col("code", "uuid"), base("t").col("a", "uuid").fk("t_a_fkey", "a", "p", "id", "")),
			right: schema(sql, base("p").col("code", "uuid"), base("t").col("a", "uuid").fk("t_a_fkey", "a", "p", "code", "")),
			want:  []row{{FKDiffers, Medium, "t", "t_a_fkey"}},
		},
		{
			name: "partitions: key, missing, extra and bound",
			left: schema(sql, base("t").col("at", "date").partitionBy("RANGE (at)",
				model.Partition{Schema: "public", Name: "t_2024", Bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"},
				model.Partition{Schema: "public", Name: "t_2025", Bound: "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"})),
			right: schema(db, base("t").col("at", "date").partitionBy("LIST (at)",
				model.Partition{Schema: "public", Name: "t_2024", Bound: "FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')"},
				model.Partition{Schema: "public", Name: "t_old", Bound: "DEFAULT"})),
			want: []row{
				{PartitionKey, Low, "t", ""}, {PartitionKey, Low, "t", "t_2024"},
				{PartitionMissing, Low, "t", "t_2025"}, {PartitionExtra, Low, "t", "t_old"},
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := Compare(c.left, c.right, Options{})
			requireRows(t, c.want, fs)
			requireRuled(t, fs)
			for _, f := range fs {
				require.Equal(t, Pair{c.left.Source, c.right.Source}, f.Pair)
				require.NotEmpty(t, f.Message)
				require.NotContains(t, f.Message, "\n")
			}
		})
	}
}

func TestExpectedTable(t *testing.T) {
	left := schema(model.SourceSpec)
	left.Expected = []model.ExpectedTable{{Name: "schema_migrations", Reason: "migration tracking", Pos: model.Pos{File: "models.yaml", Line: 3}}}
	right := schema(model.SourceSQL, base("schema_migrations"), base("other"))
	fs := Compare(left, right, Options{})
	requireRows(t, []row{{TableExpected, Info, "schema_migrations", ""}, {TableExtra, Medium, "other", ""}}, fs)
	require.Equal(t, "migration tracking", fs[1].Expected)
	require.Equal(t, 3, fs[1].LeftPos.Line)
	require.Contains(t, fs[1].Message, "migration tracking")
}

func TestViewsEnumsDomains(t *testing.T) {
	mk := func(src model.Source) *model.Schema { return model.NewSchema(src) }
	t.Run("views", func(t *testing.T) {
		l, r := mk(model.SourceSQL), mk(model.SourceDB)
		l.Views = []*model.View{{Schema: "public", Name: "v1"}, {Schema: "public", Name: "v2"}}
		r.Views = []*model.View{{Schema: "public", Name: "v2", Materialized: true}, {Schema: "public", Name: "v3"}}
		requireRows(t, []row{{ViewMissing, Low, "v1", ""}, {ViewExtra, Low, "v3", ""}}, Compare(l, r, Options{}))
	})
	t.Run("enums against sql", func(t *testing.T) {
		l, r := mk(model.SourceSpec), mk(model.SourceSQL)
		l.Enums = []*model.Enum{
			{Schema: "public", Name: "mood", Values: []string{"sad", "ok", "happy"}},
			{Schema: "public", Name: "gone", Values: []string{"a"}},
			{Schema: "public", Name: "order", Values: []string{"a", "b"}},
		}
		r.Enums = []*model.Enum{
			{Schema: "public", Name: "mood", Values: []string{"sad", "happy", "ecstatic"}},
			{Schema: "public", Name: "order", Values: []string{"b", "a"}},
			{Schema: "public", Name: "new", Values: []string{"x"}},
		}
		fs := Compare(l, r, Options{})
		requireRows(t, []row{
			{EnumMissing, Medium, "gone", ""}, {EnumExtra, Low, "new", ""},
			{EnumValues, Medium, "mood", ""}, {EnumValues, Medium, "order", ""},
		}, fs)
		for _, f := range fs {
			switch f.Table {
			case "mood":
				require.Equal(t, "'sad', 'ok', 'happy'", f.Expected)
				require.Contains(t, f.Message, "sql lacks 'ok'")
				require.Contains(t, f.Message, "sql adds 'ecstatic'")
			case "order":
				require.Contains(t, f.Message, "another order")
			}
		}
	})
	t.Run("enum missing from db is high", func(t *testing.T) {
		l, r := mk(model.SourceSQL), mk(model.SourceDB)
		l.Enums = []*model.Enum{{Schema: "public", Name: "mood", Values: []string{"a"}}}
		requireRows(t, []row{{EnumMissing, High, "mood", ""}}, Compare(l, r, Options{}))
	})
	t.Run("domains", func(t *testing.T) {
		l, r := mk(model.SourceSQL), mk(model.SourceDB)
		email := func(notNull bool, checks ...string) *model.Domain {
			d := &model.Domain{Schema: "public", Name: "email", Type: mustType("text"), NotNull: notNull}
			for _, c := range checks {
				d.Checks = append(d.Checks, &model.Check{Expr: c})
			}
			return d
		}
		l.Domains = []*model.Domain{email(true, "VALUE ~ '@'", "length(VALUE) < 300"), {Schema: "public", Name: "gone", Type: mustType("integer")}}
		r.Domains = []*model.Domain{email(false, "length(VALUE) < 300", "VALUE ~ '@'"), {Schema: "public", Name: "new", Type: mustType("integer")}}
		fs := Compare(l, r, Options{})
		requireRows(t, []row{{DomainMissing, Medium, "gone", ""}, {DomainExtra, Medium, "new", ""}, {DomainDiffers, Medium, "email", ""}}, fs)
		for _, f := range fs {
			if f.Kind == DomainDiffers {
				require.Contains(t, f.Expected, "NOT NULL")
				require.NotContains(t, f.Actual, "NOT NULL")
			}
		}
		// Check order alone is no difference.
		r.Domains[0].NotNull = true
		requireRows(t, []row{{DomainMissing, Medium, "gone", ""}, {DomainExtra, Medium, "new", ""}}, Compare(l, r, Options{}))
	})
}

func TestOverride(t *testing.T) {
	left := schema(model.SourceSpec, base("t").col("a", "text"))
	right := schema(model.SourceSQL, base("t").col("a", "varchar(10)"), base("u"))
	fs := Compare(left, right, Options{Override: func(f Finding) (Severity, bool) {
		if f.Kind == ColumnType {
			require.Equal(t, Low, f.Severity, "the override sees the rule table's severity")
			return High, true
		}
		return Info, false
	}})
	requireRows(t, []row{{ColumnType, High, "t", "a"}, {TableExtra, Medium, "u", ""}}, fs)
}

func TestNilAndMalformedInput(t *testing.T) {
	require.Empty(t, Compare(nil, nil, Options{}))
	requireRows(t, []row{{TableExtra, Medium, "t", ""}}, Compare(nil, schema(model.SourceSQL, base("t")), Options{}))
	// Nil entries and a table listed twice must not panic; the first table wins.
	l := model.NewSchema(model.SourceSpec)
	l.Tables = []*model.Table{nil, base("t").build(), base("t").col("x", "text").build()}
	l.Tables[1].Columns = append(l.Tables[1].Columns, nil)
	l.Tables[1].Indexes = []*model.Index{nil}
	l.Tables[1].ForeignKeys = []*model.ForeignKey{nil}
	l.Tables[1].Uniques = []*model.Key{nil}
	l.Tables[1].Checks = []*model.Check{nil}
	l.Tables[1].PrimaryKey = &model.Key{}
	l.Views = []*model.View{nil}
	l.Enums = []*model.Enum{nil}
	l.Domains = []*model.Domain{nil}
	r := schema(model.SourceSQL, base("t"))
	requireRows(t, []row{{PrimaryKeyExtra, High, "t", ""}}, Compare(l, r, Options{}))
	require.Empty(t, Duplicates(nil, Options{}))
}

func TestMessages(t *testing.T) {
	left := schema(model.SourceSpec, base("goals"), base("ke").col("type", "text", notNull))
	right := schema(model.SourceSQL,
		base("goals").col("parent_goal_id", "uuid").fk("goals_parent_goal_id_fkey", "parent_goal_id", "goals", "id", ""),
		base("ke").col("entity_type", "varchar(100)", notNull))
	fs := Compare(left, right, Options{})
	msgs := map[Kind]string{}
	for _, f := range fs {
		msgs[f.Kind] = f.Message
	}
	require.Equal(t, `sql has column "parent_goal_id" uuid (FK → goals(id)) that spec lacks`, msgs[ColumnExtra])
	require.Equal(t, `column "type" in spec is "entity_type" in sql (renamed)`, msgs[ColumnRenamed])
	require.Equal(t, `column "type" is text in spec but character varying(100) in sql`, msgs[ColumnType])
}

func TestUnnamedIndexes(t *testing.T) {
	left := schema(model.SourceSpec, base("t").col("a", "text").col("b", "text").index("", "a").index("", "b"))
	right := schema(model.SourceSQL, base("t").col("a", "text").col("b", "text").index("t_a_idx", "a").index("", "(lower(b))"))
	fs := Compare(left, right, Options{})
	requireRows(t, []row{
		{IndexRenamed, Low, "t", "USING btree (a)"},
		{IndexMissing, Low, "t", "USING btree (b)"},
		{IndexExtra, Low, "t", "USING btree ((lower(b)))"},
	}, fs)
	msgs := []string{}
	for _, f := range fs {
		msgs = append(msgs, f.Message)
	}
	require.Equal(t, []string{
		`spec has unnamed index USING btree (b) that sql lacks`,
		`sql has unnamed index USING btree ((lower(b))) that spec lacks`,
		`unnamed index in spec is "t_a_idx" in sql (same definition)`,
	}, msgs)
}
