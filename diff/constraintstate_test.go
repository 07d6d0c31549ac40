package diff

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// omitting records that s cannot describe the areas.
func omitting(s *model.Schema, areas ...model.Area) *model.Schema {
	for _, a := range areas {
		s.Omit(a)
	}
	return s
}

// with changes the table being built.
func (b *tb) with(f func(*model.Table)) *tb { f(b.t); return b }

func (b *tb) exclusion(name, op string, cols ...string) *tb {
	x := &model.Exclusion{Name: name, Index: model.Index{Method: "gist"}}
	for _, c := range cols {
		x.Index.Keys = append(x.Index.Keys, model.IndexKey{Column: c})
		x.Operators = append(x.Operators, op)
	}
	b.t.Exclusions = append(b.t.Exclusions, x)
	return b
}

func TestConstraintStates(t *testing.T) {
	sql, db := model.SourceSQL, model.SourceDB
	two := func() *tb { return base("t").col("a", "integer").col("b", "integer") }
	notValidCheck := func(t *model.Table) { t.Checks[0].NotValid = true }
	notValidFK := func(t *model.Table) { t.ForeignKeys[0].NotValid = true }
	deferrable := func(t *model.Table) { t.Uniques[0].Deferrable = true }
	deferred := func(t *model.Table) { t.Uniques[0].Deferrable, t.Uniques[0].InitiallyDeferred = true, true }
	replica := func(r model.ReplicaIdentity, ix string) func(*model.Table) {
		return func(t *model.Table) { t.ReplicaIdentity, t.ReplicaIndex = r, ix }
	}
	cases := []struct {
		name        string
		left, right *model.Schema
		want        []row
	}{
		{
			name: "a check NOT VALID on the right is medium",
			left: schema(sql, two().check("c", "a > 0")), right: schema(db, two().check("c", "a > 0").with(notValidCheck)),
			want: []row{{ConstraintNotValid, Medium, "t", "c"}},
		},
		{
			name: "a check NOT VALID on the left is low",
			left: schema(sql, two().check("c", "a > 0").with(notValidCheck)), right: schema(db, two().check("c", "a > 0")),
			want: []row{{ConstraintNotValid, Low, "t", "c"}},
		},
		{
			name:  "a foreign key NOT VALID on the right is medium, and not fk.differs",
			left:  schema(sql, two().fk("t_a_fkey", "a", "t", "b", "")),
			right: schema(db, two().fk("t_a_fkey", "a", "t", "b", "").with(notValidFK)),
			want:  []row{{ConstraintNotValid, Medium, "t", "t_a_fkey"}},
		},
		{
			name: "NO INHERIT differs is low",
			left: schema(sql, two().check("c", "a > 0")), right: schema(db, two().check("c", "a > 0").with(func(t *model.Table) { t.Checks[0].NoInherit = true })),
			want: []row{{CheckDiffers, Low, "t", "c"}},
		},
		{
			name:  "a deferrable unique constraint is medium, and so is initially deferred",
			left:  schema(sql, two().uniq("u", "a")),
			right: schema(db, two().uniq("u", "a").with(deferrable)),
			want:  []row{{ConstraintDeferrable, Medium, "t", "u"}},
		},
		{
			name: "initially deferred against deferrable",
			left: schema(sql, two().uniq("u", "a").with(deferrable)), right: schema(db, two().uniq("u", "a").with(deferred)),
			want: []row{{ConstraintDeferrable, Medium, "t", "u"}},
		},
		{
			name: "a deferrable primary key",
			left: schema(sql, two().pk("a")), right: schema(db, two().pk("a").with(func(t *model.Table) { t.PrimaryKey.Deferrable = true })),
			want: []row{{ConstraintDeferrable, Medium, "t", ""}},
		},
		{
			name:  "a unique constraint against a unique index, both ways, between sides that tell them apart",
			left:  schema(sql, two().uniq("t_a_key", "a").uindex("t_b_uq", "b")),
			right: schema(db, two().uindex("t_a_uq", "a").uniq("t_b_key", "b")),
			want:  []row{{UniqueForm, Low, "t", "t_a_key"}, {UniqueForm, Low, "t", "t_b_key"}},
		},
		{
			name:  "exclusions: missing, extra, differs; a rename alone is no drift",
			left:  schema(sql, two().exclusion("x1", "=", "a").exclusion("x2", "&&", "b").exclusion("x3", "=", "a", "b")),
			right: schema(db, two().exclusion("x1", "<>", "a").exclusion("renamed", "=", "a", "b").exclusion("x4", "=", "b")),
			want:  []row{{ExclusionMissing, Medium, "t", "x2"}, {ExclusionExtra, Low, "t", "x4"}, {ExclusionDiffers, Medium, "t", "x1"}},
		},
		{
			name:  "exclusions are skipped when a side cannot describe them",
			left:  omitting(schema(model.SourceSpec, two()), model.AreaExclusions),
			right: schema(db, two().exclusion("x1", "=", "a")),
		},
		{
			name:  "deferrability is skipped when a side cannot tell a constraint from an index",
			left:  omitting(schema(model.SourceSpec, two().uniq("u", "a")), model.AreaKeyForms),
			right: schema(db, two().uniq("u", "a").with(deferrable)),
		},
		{
			name: "replica identity NOTHING on the right is medium",
			left: schema(sql, two()), right: schema(db, two().with(replica(model.ReplicaNothing, ""))),
			want: []row{{TableReplicaIdentity, Medium, "t", ""}},
		},
		{
			name: "replica identity FULL on the right is low",
			left: schema(sql, two()), right: schema(db, two().with(replica(model.ReplicaFull, ""))),
			want: []row{{TableReplicaIdentity, Low, "t", ""}},
		},
		{
			name: "replica identity by another index is low",
			left: schema(sql, two().with(replica(model.ReplicaIndexed, "i1"))), right: schema(db, two().with(replica(model.ReplicaIndexed, "i2"))),
			want: []row{{TableReplicaIdentity, Low, "t", ""}},
		},
		{
			name:  "replica identity is skipped when a side cannot describe storage",
			left:  omitting(schema(model.SourceSpec, two()), model.AreaStorage),
			right: schema(db, two().with(replica(model.ReplicaFull, ""))),
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := Compare(c.left, c.right, Options{})
			requireRows(t, c.want, fs)
			requireRuled(t, fs)
			for _, f := range fs {
				require.NotEmpty(t, f.Message)
				require.NotContains(t, f.Message, "\n")
				require.NotEqual(t, f.Expected, f.Actual, f.Message)
			}
		})
	}
}

func TestConstraintStateMessages(t *testing.T) {
	left := schema(model.SourceSQL, base("t").col("a", "integer").check("c", "a > 0").uniq("t_a_key", "a"))
	right := schema(model.SourceDB, base("t").col("a", "integer").check("c", "a > 0").uindex("t_a_uq", "a").
		with(func(t *model.Table) { t.Checks[0].NotValid = true; t.ReplicaIdentity = model.ReplicaNothing }))
	var msgs []string
	for _, f := range Compare(left, right, Options{}) {
		msgs = append(msgs, string(f.Kind)+": "+f.Message)
	}
	require.Equal(t, []string{
		"constraint.not_valid: CHECK (a > 0) is valid in sql but NOT VALID in db; its existing rows were never checked",
		"unique.form: UNIQUE (a) is a UNIQUE constraint in sql (constraint t_a_key) but a plain unique index in db (unique index t_a_uq)",
		"table.replica_identity: replica identity is DEFAULT in sql but NOTHING in db",
	}, msgs)
}
