package normalize

import "testing"

// FuzzViewDef feeds view definitions to the normalizer: it must never
// panic, and what it prints must normalize to itself, since the catalog's
// text and the script's are compared after one pass each.
func FuzzViewDef(f *testing.F) {
	for _, s := range []string{
		` SELECT t.id, t.name FROM t;`,
		`SELECT * FROM t WHERE name = 'x' AND amount BETWEEN 1 AND 5`,
		`SELECT t.id, count(*), sum(amount) total FROM t JOIN u ON u.t_id = t.id GROUP BY 1 ORDER BY 2 DESC`,
		`WITH c AS (SELECT id FROM t) SELECT id FROM c`,
		`SELECT x.id FROM (SELECT id FROM t) x WHERE id IN (SELECT t_id FROM u)`,
		`SELECT id FROM t UNION ALL SELECT t_id FROM u ORDER BY 1`,
		`SELECT a.* , b.note FROM t a LEFT JOIN u b USING (id)`,
		`VALUES (1, 'a'), (2, 'b')`,
		`SELECT f.x FROM generate_series(1, 3) f(x)`,
		`SELECT 1 ORDER BY 7`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, def string) {
		out, _, err := ViewDef(def, viewRels)
		if err != nil {
			return
		}
		again, _, err := ViewDef(out, viewRels)
		if err != nil {
			t.Fatalf("%q normalized to %q, which does not parse: %v", def, out, err)
		}
		if again != out {
			t.Fatalf("%q normalized to %q, then to %q", def, out, again)
		}
	})
}
