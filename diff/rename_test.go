package diff

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

func TestNameAffinity(t *testing.T) {
	cases := []struct {
		a, b  string
		match bool
		cover float64
	}{
		{"type", "entity_type", true, 0.5},
		{"from_entity", "from_entity_id", true, 2.0 / 3},
		{"entity_type", "type", true, 0.5},
		{"user_id", "user_id", true, 1},
		{"user__id", "user_id", true, 1},
		{"type", "kind", false, 0},
		{"from_entity", "to_entity_id", false, 0},
		{"typed", "entity_type", false, 0},
		{"", "a", false, 0},
		{"_", "a", false, 0},
	}
	for _, c := range cases {
		t.Run(c.a+"~"+c.b, func(t *testing.T) {
			match, cover := nameAffinity(c.a, c.b)
			require.Equal(t, c.match, match)
			require.InDelta(t, c.cover, cover, 1e-9)
		})
	}
}

// renamedPairs returns left→right names of the column.renamed findings.
func renamedPairs(fs []Finding) map[string]string {
	m := map[string]string{}
	for _, f := range fs {
		if f.Kind == ColumnRenamed {
			m[f.Expected] = f.Actual
		}
	}
	return m
}

func TestRenameHeuristic(t *testing.T) {
	cases := []struct {
		name        string
		left, right *tb
		want        map[string]string
	}{
		{
			name:  "word subset, same family",
			left:  base("t").col("type", "text", notNull).col("name", "text"),
			right: base("t").col("name", "text").col("entity_type", "varchar(100)", notNull),
			want:  map[string]string{"type": "entity_type"},
		},
		{
			name:  "two renames pair by words, not by order",
			left:  base("t").col("from_entity", "uuid").col("to_entity", "uuid"),
			right: base("t").col("to_entity_id", "uuid").col("from_entity_id", "uuid"),
			want:  map[string]string{"from_entity": "from_entity_id", "to_entity": "to_entity_id"},
		},
		{
			name:  "same position, unrelated names, same family",
			left:  base("t").col("a", "text").col("status", "varchar(20)").col("c", "text"),
			right: base("t").col("a", "text").col("state", "varchar(30)").col("c", "text"),
			want:  map[string]string{"status": "state"},
		},
		{
			name:  "related names but different families do not pair",
			left:  base("t").col("type", "text"),
			right: base("t").col("entity_type", "integer"),
			want:  map[string]string{},
		},
		{
			name:  "unrelated names at different positions do not pair",
			left:  base("t").col("a", "text").col("status", "text"),
			right: base("t").col("owner", "text").col("a", "text"),
			want:  map[string]string{},
		},
		{
			name:  "a name match beats a position match",
			left:  base("t").col("kind", "text").col("x", "text"),
			right: base("t").col("y", "text").col("kind_name", "text"),
			// kind and y share a position, as do x and kind_name; the name
			// match wins, and x and y share neither words nor a position.
			want: map[string]string{"kind": "kind_name"},
		},
		{
			name:  "the closer name wins",
			left:  base("t").col("user", "text"),
			right: base("t").col("n", "integer").col("user_login_name", "text").col("user_name", "text"),
			want:  map[string]string{"user": "user_name"},
		},
		{
			name:  "a column matched by name never takes part in a rename",
			left:  base("t").col("type", "text"),
			right: base("t").col("type", "text").col("entity_type", "text"),
			want:  map[string]string{},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := Compare(schema(model.SourceSpec, c.left), schema(model.SourceSQL, c.right), Options{})
			require.Equal(t, c.want, renamedPairs(fs))
			// A renamed column is neither missing nor extra.
			for _, f := range fs {
				if f.Kind == ColumnMissing {
					require.NotContains(t, c.want, f.Object)
				}
				if f.Kind == ColumnExtra {
					for _, r := range c.want {
						require.NotEqual(t, r, f.Object)
					}
				}
			}
		})
	}
}

func TestRenamedColumnIsComparedLikeAnyOther(t *testing.T) {
	left := schema(model.SourceSpec, base("t").col("type", "text"))
	right := schema(model.SourceSQL, base("t").col("entity_type", "varchar(100)", notNull))
	fs := Compare(left, right, Options{})
	requireRows(t, []row{
		{ColumnRenamed, High, "t", "type"},
		{ColumnType, Low, "t", "type"},
		{ColumnNullable, High, "t", "type"},
	}, fs)
}

func TestKeysMapThroughRenames(t *testing.T) {
	left := schema(model.SourceSpec,
		base("ent"),
		base("rel").col("from_entity", "uuid", notNull).col("to_entity", "uuid", notNull).
			index("idx_rel_from", "from_entity").index("idx_rel_to", "to_entity").
			index("idx_rel_pair", "from_entity", "to_entity").uniq("", "from_entity", "to_entity").
			fk("", "to_entity", "ent", "id", "CASCADE"))
	right := schema(model.SourceSQL,
		base("ent"),
		base("rel").col("from_entity_id", "uuid", notNull).col("to_entity_id", "uuid", notNull).
			index("idx_rels_from", "from_entity_id").index("idx_rel_to", "to_entity_id").
			index("idx_rel_pair", "from_entity_id", "to_entity_id").uniq("rel_key", "from_entity_id", "to_entity_id").
			fk("rel_from_entity_id_fkey", "from_entity_id", "ent", "id", "CASCADE").
			fk("rel_to_entity_id_fkey", "to_entity_id", "ent", "id", "CASCADE"))
	fs := Compare(left, right, Options{})
	requireRows(t, []row{
		{ColumnRenamed, High, "rel", "from_entity"},
		{ColumnRenamed, High, "rel", "to_entity"},
		// Renamed, not extra: the key is reported on its own and not folded.
		{FKExtra, Medium, "rel", "rel_from_entity_id_fkey"},
		{IndexRenamed, Low, "rel", "idx_rel_from"},
	}, fs)
}

func TestFKRefColumnsMapThroughRenamesOfTheReferencedTable(t *testing.T) {
	left := schema(model.SourceSpec,
		base("p").col("code", "text", notNull).uniq("", "code"),
		base("c").col("p_code", "text").fk("c_fk", "p_code", "p", "code", ""))
	right := schema(model.SourceSQL,
		base("p").col("p_code", "text", notNull).uniq("p_key", "p_code"),
		base("c").col("p_code", "text").fk("c_fk", "p_code", "p", "p_code", ""))
	requireRows(t, []row{{ColumnRenamed, High, "p", "code"}}, Compare(left, right, Options{}))
}

func TestFKFolding(t *testing.T) {
	t.Run("multi-column key on extra columns folds into each", func(t *testing.T) {
		left := schema(model.SourceSpec, base("p").col("a", "int"), base("t"))
		right := schema(model.SourceSQL, base("p").col("a", "int"),
			base("t").col("pid", "uuid").col("pa", "int").fk("t_fk", "pid,pa", "p", "id,a", "CASCADE"))
		fs := Compare(left, right, Options{})
		requireRows(t, []row{{ColumnExtra, High, "t", "pid"}, {ColumnExtra, High, "t", "pa"}}, fs)
		for _, f := range fs {
			require.Contains(t, f.Message, "FK → p(id, a) ON DELETE CASCADE")
		}
	})
	t.Run("a key over an extra and a shared column is not folded", func(t *testing.T) {
		left := schema(model.SourceSpec, base("p").col("a", "int"), base("t").col("pa", "int"))
		right := schema(model.SourceSQL, base("p").col("a", "int"),
			base("t").col("pa", "int").col("pid", "uuid").fk("t_fk", "pid,pa", "p", "id,a", ""))
		requireRows(t, []row{{ColumnExtra, High, "t", "pid"}, {FKExtra, Low, "t", "t_fk"}}, Compare(left, right, Options{}))
	})
	t.Run("missing column's key is named in its message", func(t *testing.T) {
		left := schema(model.SourceSpec, base("t").col("pid", "uuid").fk("t_fk", "pid", "t", "id", ""))
		fs := Compare(left, schema(model.SourceSQL, base("t")), Options{})
		requireRows(t, []row{{ColumnMissing, High, "t", "pid"}}, fs)
		require.Equal(t, `spec has column "pid" uuid (FK → t(id)) that sql lacks`, fs[0].Message)
	})
}

// Several keys on the same columns and table pair with their like: by
// name, then by definition, then in order, whatever order each side
// declares them in.
func TestFKsOnTheSameColumns(t *testing.T) {
	p := base("p")
	for _, tc := range []struct {
		name        string
		left, right *tb
		want        []row
	}{{
		name:  "unnamed keys pair with the key of their rule",
		left:  base("t").col("pid", "int").fk("", "pid", "p", "id", "CASCADE").fk("", "pid", "p", "id", ""),
		right: base("t").col("pid", "int").fk("t_a", "pid", "p", "id", "").fk("t_b", "pid", "p", "id", "CASCADE"),
	}, {
		name:  "keys of one name pair first",
		left:  base("t").col("pid", "int").fk("x", "pid", "p", "id", "RESTRICT").fk("y", "pid", "p", "id", "CASCADE"),
		right: base("t").col("pid", "int").fk("y", "pid", "p", "id", "RESTRICT").fk("x", "pid", "p", "id", "CASCADE"),
		want:  []row{{FKDiffers, Medium, "t", "x"}, {FKDiffers, Medium, "t", "y"}},
	}, {
		name:  "a renamed key pairs by its rule, the other differs",
		left:  base("t").col("pid", "int").fk("x", "pid", "p", "id", "RESTRICT").fk("z", "pid", "p", "id", "CASCADE"),
		right: base("t").col("pid", "int").fk("y", "pid", "p", "id", "SET NULL").fk("w", "pid", "p", "id", "CASCADE"),
		want:  []row{{FKDiffers, Medium, "t", "x"}},
	}, {
		name:  "a third key is extra",
		left:  base("t").col("pid", "int").fk("", "pid", "p", "id", "CASCADE"),
		right: base("t").col("pid", "int").fk("t_a", "pid", "p", "id", "").fk("t_b", "pid", "p", "id", "CASCADE"),
		want:  []row{{FKExtra, Low, "t", "t_a"}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			fs := Compare(schema(model.SourceSpec, p, tc.left), schema(model.SourceSQL, p, tc.right), Options{})
			requireRows(t, tc.want, fs)
		})
	}
}
