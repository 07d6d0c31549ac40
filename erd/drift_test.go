package erd_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/erd"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

func col(name, typ string, notNull bool) *model.Column {
	t, _, err := model.ParseType(typ)
	if err != nil {
		panic(err)
	}
	return &model.Column{Name: name, Type: t, NotNull: notNull}
}

func fk(ref string, cols ...string) *model.ForeignKey {
	return &model.ForeignKey{Name: cols[0] + "_fkey", Columns: cols, RefSchema: "public", RefTable: ref, RefColumns: []string{"id"}}
}

// shop builds one source's schema of a small shop; the sources differ as
// the test needs.
func shop(src model.Source, edit func(tables map[string]*model.Table)) *model.Schema {
	users := &model.Table{Schema: "public", Name: "users",
		Columns:    []*model.Column{col("id", "bigint", true), col("email", "text", true), col("name", "text", false)},
		PrimaryKey: &model.Key{Columns: []string{"id"}},
		Uniques:    []*model.Key{{Columns: []string{"email"}}},
	}
	orders := &model.Table{Schema: "public", Name: "orders",
		Columns:     []*model.Column{col("id", "bigint", true), col("user_id", "bigint", true), col("coupon_id", "bigint", false)},
		PrimaryKey:  &model.Key{Columns: []string{"id"}},
		ForeignKeys: []*model.ForeignKey{fk("users", "user_id"), fk("coupons", "coupon_id")},
	}
	coupons := &model.Table{Schema: "public", Name: "coupons",
		Columns: []*model.Column{col("id", "bigint", true)}, PrimaryKey: &model.Key{Columns: []string{"id"}}}
	profiles := &model.Table{Schema: "public", Name: "profiles",
		Columns:     []*model.Column{col("user_id", "bigint", true), col("bio", "text", false)},
		PrimaryKey:  &model.Key{Columns: []string{"user_id"}},
		ForeignKeys: []*model.ForeignKey{fk("users", "user_id")},
	}
	tables := map[string]*model.Table{"users": users, "orders": orders, "coupons": coupons, "profiles": profiles}
	edit(tables)
	s := model.NewSchema(src)
	for _, name := range []string{"users", "orders", "coupons", "profiles", "audit"} {
		if t := tables[name]; t != nil {
			s.AddTable(t)
		}
	}
	return s
}

// TestDrift draws every kind of mark: a key every source has, one a source
// lacks, one only the others have on a column the canonical side lacks, a
// renamed key column, a table one source lacks and one only the others have.
func TestDrift(t *testing.T) {
	spec := shop(model.SourceSpec, func(m map[string]*model.Table) {})
	sql := shop(model.SourceSQL, func(m map[string]*model.Table) {
		o := m["orders"]
		o.ForeignKeys = o.ForeignKeys[:1] // no coupon key
		o.Columns = append(o.Columns, col("shipper_id", "integer", false))
		o.ForeignKeys = append(o.ForeignKeys, fk("shippers", "shipper_id"))
		m["audit"] = &model.Table{Schema: "public", Name: "audit",
			Columns: []*model.Column{col("id", "bigint", true)}, PrimaryKey: &model.Key{Columns: []string{"id"}}}
		m["users"].Columns[1].Name = "email_address"
		m["users"].Uniques[0].Columns = []string{"email_address"}
	})
	db := shop(model.SourceDB, func(m map[string]*model.Table) {
		delete(m, "profiles")
		m["users"].Columns[1].Name = "email_address"
		m["users"].Uniques[0].Columns = []string{"email_address"}
	})
	specSQL := diff.Pair{Left: model.SourceSpec, Right: model.SourceSQL}
	specDB := diff.Pair{Left: model.SourceSpec, Right: model.SourceDB}
	renamed := func(p diff.Pair) diff.Finding {
		return diff.Finding{Kind: diff.ColumnRenamed, Pair: p, Schema: "public", Table: "users", Object: "email", Expected: "email", Actual: "email_address"}
	}
	run := &report.Run{
		Spec: spec, SQL: sql, DB: db,
		Pairs:    []diff.Pair{specSQL, {Left: model.SourceSQL, Right: model.SourceSQL}, specDB, {Left: model.SourceSQL, Right: model.SourceDB}},
		Findings: []diff.Finding{renamed(specSQL), renamed(specDB)},
	}
	got, err := erd.Diagram(run, erd.Options{})
	require.NoError(t, err)
	want := `erDiagram
    coupons {
        bigint id PK
    }
    orders {
        bigint id PK
        bigint user_id FK
        bigint coupon_id FK "FK not in sql"
        int shipper_id FK "only in sql"
    }
    "⚠ profiles (not in db)" {
        bigint user_id PK "also FK"
    }
    users {
        bigint id PK
        text email UK "sql and db: email_address"
    }
    "⚠ audit (only in sql)" {
        bigint id PK
    }
    coupons |o..o{ orders : "coupon_id (not in sql)"
    "⚠ shippers (in no source)" |o..o{ orders : "shipper_id (only in sql)"
    users ||--o{ orders : "user_id"
    users ||..o| "⚠ profiles (not in db)" : "user_id (not in db)"
`
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("diagram (-want +got):\n%s", d)
	}

	// A section's diagram draws its tables with their columns and the
	// tables their keys reach by name only.
	got, err = erd.Diagram(run, erd.Options{Tables: []model.QName{{Schema: "public", Name: "profiles"}}})
	require.NoError(t, err)
	want = `erDiagram
    "⚠ profiles (not in db)" {
        bigint user_id PK "also FK"
    }
    users ||..o| "⚠ profiles (not in db)" : "user_id (not in db)"
`
	require.Equal(t, want, got)
}

func TestNoSchema(t *testing.T) {
	_, err := erd.Diagram(&report.Run{}, erd.Options{})
	require.EqualError(t, err, "erd: the run read no schema to draw")
	_, err = erd.Diagram(nil, erd.Options{})
	require.Error(t, err)
}
