package diff

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func seq(name string, edit ...func(*model.Sequence)) *model.Sequence {
	s := &model.Sequence{Schema: "public", Name: name, Options: model.DefaultSequenceOptions("bigint")}
	for _, e := range edit {
		e(s)
	}
	return s
}

func owned(table, col string) func(*model.Sequence) {
	return func(s *model.Sequence) { s.OwnedBy = model.ColumnRef{Schema: "public", Table: table, Column: col} }
}

func withSeqs(s *model.Schema, seqs ...*model.Sequence) *model.Schema {
	s.Sequences = append(s.Sequences, seqs...)
	return s
}

func withExts(s *model.Schema, exts ...*model.Extension) *model.Schema {
	s.Extensions = append(s.Extensions, exts...)
	return s
}

func identityOpts(edit func(*model.SequenceOptions)) colOpt {
	return func(c *model.Column) {
		o := model.DefaultSequenceOptions("integer")
		if edit != nil {
			edit(&o)
		}
		c.Identity, c.AutoIncrement, c.IdentityOptions = "always", true, &o
	}
}

func TestCompareSequencesAndExtensions(t *testing.T) {
	sql, db := model.SourceSQL, model.SourceDB
	omits := func(s *model.Schema, a model.Area) *model.Schema { s.Omit(a); return s }
	cases := []struct {
		name        string
		left, right *model.Schema
		want        []row
	}{
		{
			name: "equal sequences",
			left: withSeqs(schema(sql), seq("s")), right: withSeqs(schema(db), seq("s")),
		},
		{
			name: "missing from a database is high",
			left: withSeqs(schema(sql), seq("s")), right: schema(db),
			want: []row{{SequenceMissing, High, "s", ""}},
		},
		{
			name: "missing from scripts is medium",
			left: withSeqs(schema(model.SourceSpec), seq("s")), right: schema(sql),
			want: []row{{SequenceMissing, Medium, "s", ""}},
		},
		{
			name: "extra is low",
			left: schema(sql), right: withSeqs(schema(db), seq("s")),
			want: []row{{SequenceExtra, Low, "s", ""}},
		},
		{
			name: "a side that omits sequences compares none",
			left: omits(withSeqs(schema(model.SourceORM)), model.AreaSequences), right: withSeqs(schema(db), seq("s")),
		},
		{
			name:  "a serial column's sequence is the column's",
			left:  schema(sql, base("t").col("n", "integer")),
			right: withSeqs(schema(db, base("t").col("n", "integer", auto)), seq("t_n_seq", owned("t", "n"))),
			want:  []row{{ColumnAutoIncrement, Low, "t", "n"}},
		},
		{
			name:  "a sequence owned by a column it does not feed is standalone",
			left:  schema(sql, base("t").col("n", "integer")),
			right: withSeqs(schema(db, base("t").col("n", "integer")), seq("t_n_seq", owned("t", "n"))),
			want:  []row{{SequenceExtra, Low, "t_n_seq", ""}},
		},
		{
			name:  "increment is medium",
			left:  withSeqs(schema(sql), seq("s")),
			right: withSeqs(schema(db), seq("s", func(s *model.Sequence) { s.Options.Increment = 2 })),
			want:  []row{{SequenceDiffers, Medium, "s", ""}},
		},
		{
			name:  "cache and start alone are low",
			left:  withSeqs(schema(sql), seq("s")),
			right: withSeqs(schema(db), seq("s", func(s *model.Sequence) { s.Options.Cache, s.Options.Start = 20, 9 })),
			want:  []row{{SequenceDiffers, Low, "s", ""}},
		},
		{
			name:  "owner is low",
			left:  withSeqs(schema(sql, base("t")), seq("s")),
			right: withSeqs(schema(db, base("t")), seq("s", owned("t", "id"))),
			want:  []row{{SequenceOwner, Low, "s", ""}},
		},
		{
			name:  "a renamed owner column is the column's finding",
			left:  withSeqs(schema(sql, base("t").col("n", "integer")), seq("s", owned("t", "n"))),
			right: withSeqs(schema(db, base("t").col("m", "integer")), seq("s", owned("t", "m"))),
			want:  []row{{ColumnRenamed, High, "t", "n"}},
		},
		{
			name:  "an owner table only one side has is the table's finding",
			left:  withSeqs(schema(sql, base("t")), seq("s", owned("t", "id"))),
			right: withSeqs(schema(db, base("u")), seq("s", owned("u", "id"))),
			want:  []row{{TableMissing, High, "t", ""}, {TableExtra, Medium, "u", ""}},
		},
		{
			name:  "identity options",
			left:  schema(sql, base("t").col("n", "integer", notNull, identityOpts(nil))),
			right: schema(db, base("t").col("n", "integer", notNull, identityOpts(func(o *model.SequenceOptions) { o.Increment = 3 }))),
			want:  []row{{ColumnIdentityOptions, Medium, "t", "n"}},
		},
		{
			name:  "identity start alone is low",
			left:  schema(sql, base("t").col("n", "integer", notNull, identityOpts(nil))),
			right: schema(db, base("t").col("n", "integer", notNull, identityOpts(func(o *model.SequenceOptions) { o.Start = 100 }))),
			want:  []row{{ColumnIdentityOptions, Low, "t", "n"}},
		},
		{
			name:  "identity options a side does not say are not compared",
			left:  schema(sql, base("t").col("n", "integer", notNull, identity("always"))),
			right: schema(db, base("t").col("n", "integer", notNull, identityOpts(func(o *model.SequenceOptions) { o.Start = 100 }))),
		},
		{
			name: "extension missing from a database is high",
			left: withExts(schema(sql), &model.Extension{Name: "citext", Schema: "public"}), right: schema(db),
			want: []row{{ExtensionMissing, High, "citext", ""}},
		},
		{
			name: "an extension created under a condition may be absent",
			left: withExts(schema(sql), &model.Extension{Name: "orioledb", Schema: "public", Conditional: true}), right: schema(db),
		},
		{
			name: "extension extra is low",
			left: schema(sql), right: withExts(schema(db), &model.Extension{Name: "citext", Schema: "public", Version: "1.6"}),
			want: []row{{ExtensionExtra, Low, "citext", ""}},
		},
		{
			name:  "extension schema is medium",
			left:  withExts(schema(sql), &model.Extension{Name: "citext", Schema: "public"}),
			right: withExts(schema(db), &model.Extension{Name: "citext", Schema: "ext", Version: "1.6"}),
			want:  []row{{ExtensionDiffers, Medium, "citext", "schema"}},
		},
		{
			name:  "an unpinned version is any version",
			left:  withExts(schema(sql), &model.Extension{Name: "citext", Schema: "public"}),
			right: withExts(schema(db), &model.Extension{Name: "citext", Schema: "public", Version: "1.6"}),
		},
		{
			name:  "a pinned version is compared",
			left:  withExts(schema(sql), &model.Extension{Name: "citext", Schema: "public", Version: "1.5"}),
			right: withExts(schema(db), &model.Extension{Name: "citext", Schema: "public", Version: "1.6"}),
			want:  []row{{ExtensionDiffers, Low, "citext", "version"}},
		},
		{
			name:  "a side that omits extensions compares none",
			left:  omits(schema(model.SourceSpec), model.AreaExtensions),
			right: withExts(schema(db), &model.Extension{Name: "citext", Schema: "public"}),
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := Compare(tc.left, tc.right, Options{})
			requireRows(t, tc.want, fs)
			requireRuled(t, fs)
		})
	}
}

func TestSequenceMessages(t *testing.T) {
	l := withSeqs(schema(model.SourceSQL), seq("s", func(s *model.Sequence) { s.Options.Type = "integer"; s.Options.Max = 2147483647 }))
	r := withSeqs(schema(model.SourceDB), seq("s", func(s *model.Sequence) { s.Options.Cycle = true }))
	fs := Compare(l, r, Options{})
	require.Len(t, fs, 1)
	require.Equal(t, `sequence "s" differs: AS integer in sql, bigint in db; MAXVALUE 2147483647 in sql, 9223372036854775807 in db; NO CYCLE in sql, CYCLE in db`, fs[0].Message)
	require.Equal(t, "AS integer", fs[0].Expected)
	require.Equal(t, "CYCLE", fs[0].Actual)
}
