package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pgast"
)

// viewTables are the tables the view rows select from.
var viewTables = map[string][]string{
	"t": {"id", "name", "amount", "created_at", "active"},
	"u": {"id", "t_id", "note"},
}

func viewRels(schema, name string) (model.QName, []string, bool) {
	if schema != "" && schema != "public" {
		return model.QName{}, nil, false
	}
	cols, ok := viewTables[name]
	return model.QName{Schema: "public", Name: name}, cols, ok
}

// scriptView normalizes the query of a CREATE VIEW statement.
func scriptView(t *testing.T, sql string) (string, []string) {
	t.Helper()
	tree, err := pgast.Parse(sql)
	if err != nil {
		t.Fatal(err)
	}
	vs := tree.Stmts[0].Stmt.GetViewStmt()
	def, cols, err := ViewQuery(vs.Query, strList(vs.Aliases), viewRels)
	if err != nil {
		t.Fatal(err)
	}
	return def, cols
}

// TestViewQuery holds, for each rewrite the server applies to a view's
// SELECT, a script spelling and pg_get_viewdef's print of it (PostgreSQL
// 15) together: both must normalize to one text.
func TestViewQuery(t *testing.T) {
	rows := []struct {
		name, script, catalog string
		cols                  []string
	}{
		{"qualified columns", `CREATE VIEW v AS SELECT id, name FROM t`,
			` SELECT t.id, t.name FROM t;`, []string{"id", "name"}},
		{"star, text cast, BETWEEN and numeric casts", `CREATE VIEW v AS SELECT * FROM t WHERE name = 'x' AND amount BETWEEN 1 AND 5`,
			` SELECT t.id, t.name, t.amount, t.created_at, t.active FROM t
  WHERE (((t.name)::text = 'x'::text) AND ((t.amount >= (1)::numeric) AND (t.amount <= (5)::numeric)));`,
			[]string{"id", "name", "amount", "created_at", "active"}},
		{"join, positions and aggregate names", `CREATE VIEW v AS SELECT t.id, count(*), sum(amount) total FROM t JOIN u ON u.t_id = t.id GROUP BY 1 ORDER BY 2 DESC`,
			` SELECT t.id, count(*) AS count, sum(t.amount) AS total FROM (t JOIN u ON ((u.t_id = t.id))) GROUP BY t.id ORDER BY (count(*)) DESC;`,
			[]string{"id", "count", "total"}},
		{"column list, IN and interval literal", `CREATE VIEW v (a, b) AS SELECT id, lower(name) FROM public.t WHERE id IN (1,2,3) AND created_at > now() - interval '1 day'`,
			` SELECT t.id AS a, lower((t.name)::text) AS b FROM t WHERE ((t.id = ANY (ARRAY[1, 2, 3])) AND (t.created_at > (now() - '1 day'::interval)));`,
			[]string{"a", "b"}},
		{"boolean column", `CREATE VIEW v AS SELECT id FROM t WHERE active`,
			` SELECT t.id FROM t WHERE t.active;`, []string{"id"}},
		{"IN subquery and LIKE", `CREATE VIEW v AS SELECT id FROM t WHERE id IN (SELECT t_id FROM u WHERE note LIKE 'a%')`,
			` SELECT t.id FROM t WHERE (t.id IN ( SELECT u.t_id FROM u WHERE (u.note ~~ 'a%'::text)));`, []string{"id"}},
		{"subquery in FROM", `CREATE VIEW v AS SELECT x.id FROM (SELECT id FROM t) x`,
			` SELECT x.id FROM ( SELECT t.id FROM t) x;`, []string{"id"}},
		{"common table expression", `CREATE VIEW v AS WITH c AS (SELECT id FROM t) SELECT id FROM c`,
			` WITH c AS ( SELECT t.id FROM t ) SELECT c.id FROM c;`, []string{"id"}},
		{"constant sort item", `CREATE VIEW v AS SELECT id, 1 AS one FROM t ORDER BY 2`,
			` SELECT t.id, 1 AS one FROM t ORDER BY 1::integer;`, []string{"id", "one"}},
		{"join using", `CREATE VIEW v AS SELECT id, note FROM t JOIN u USING (id)`,
			` SELECT t.id, u.note FROM (t JOIN u USING (id));`, []string{"id", "note"}},
		{"union names every branch", `CREATE VIEW v AS SELECT id FROM t UNION SELECT t_id FROM u ORDER BY 1`,
			` SELECT t.id FROM t UNION SELECT u.t_id AS id FROM u ORDER BY 1;`, []string{"id"}},
		{"t.* and a left join", `CREATE VIEW v AS SELECT t.*, u.note FROM t LEFT JOIN u ON u.t_id = t.id`,
			` SELECT t.id, t.name, t.amount, t.created_at, t.active, u.note FROM (t LEFT JOIN u ON ((u.t_id = t.id)));`,
			[]string{"id", "name", "amount", "created_at", "active", "note"}},
		{"function in FROM", `CREATE VIEW v AS SELECT x FROM generate_series(1, 3) f(x)`,
			` SELECT f.x FROM generate_series(1, 3) f(x);`, []string{"x"}},
		{"a relation named twice is renamed", `CREATE VIEW v AS SELECT id FROM t WHERE id = (SELECT max(t.id) FROM t)`,
			` SELECT t.id FROM t WHERE (t.id = ( SELECT max(t_1.id) AS max FROM t t_1));`, []string{"id"}},
		{"table alias", `CREATE VIEW v AS SELECT x.id, note FROM t x, u WHERE x.id = t_id`,
			` SELECT x.id, u.note FROM t x, u WHERE (x.id = u.t_id);`, []string{"id", "note"}},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			want, wantCols := scriptView(t, r.script)
			got, gotCols, err := ViewDef(r.catalog, viewRels)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("definition (-script +catalog):\n%s", diff)
			}
			if diff := cmp.Diff(r.cols, wantCols); diff != "" {
				t.Errorf("script columns (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(r.cols, gotCols); diff != "" {
				t.Errorf("catalog columns (-want +got):\n%s", diff)
			}
		})
	}
}

// TestViewQueryDiffers holds rows that must not compare equal.
func TestViewQueryDiffers(t *testing.T) {
	rows := []struct{ name, script, catalog string }{
		{"other filter", `CREATE VIEW v AS SELECT id FROM t WHERE active`, ` SELECT t.id FROM t WHERE (NOT t.active);`},
		{"other column", `CREATE VIEW v AS SELECT id FROM t`, ` SELECT t.name AS id FROM t;`},
		{"other alias", `CREATE VIEW v AS SELECT id AS a FROM t`, ` SELECT t.id AS b FROM t;`},
		{"other table", `CREATE VIEW v AS SELECT id FROM t`, ` SELECT u.id FROM u;`},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			want, _ := scriptView(t, r.script)
			got, _, err := ViewDef(r.catalog, viewRels)
			if err != nil {
				t.Fatal(err)
			}
			if want == got {
				t.Errorf("both normalize to %q", got)
			}
		})
	}
}

func TestRenameQueryColumn(t *testing.T) {
	for _, c := range []struct{ def, want string }{
		{"SELECT s.id, s.label FROM public.src s", "SELECT s.id, s.title AS label FROM public.src s"},
		{"SELECT src.id FROM public.src WHERE src.label <> ''", "SELECT src.id FROM public.src WHERE src.title <> ''"},
		{"SELECT o.label FROM public.other o", "SELECT o.label FROM public.other o"},
		{"SELECT s.label AS l FROM app.src s", "SELECT s.label AS l FROM app.src s"},
	} {
		got, err := RenameQueryColumn(c.def, "public", "src", "label", "title")
		if err != nil || got != c.want {
			t.Errorf("RenameQueryColumn(%q) = %q, %v; want %q", c.def, got, err, c.want)
		}
	}
}
