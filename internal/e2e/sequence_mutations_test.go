package e2e

import (
	"github.com/ariadrift/ariadrift/model"
)

// sequenceMutations are the round trip's drifts of sequences, identity
// options and extensions. An extra extension is not among them: its plan
// is a manual step (see the plan package).
func sequenceMutations() []mutation {
	standalone := func(m *model.Schema) (*model.Sequence, bool) {
		for _, s := range m.Sequences {
			if s.OwnedBy.IsZero() {
				return s, true
			}
		}
		return nil, false
	}
	seqName := func(s *model.Sequence) string { return id(s.Schema) + "." + id(s.Name) }
	onSeq := func(stmt func(s *model.Sequence) string) func(m *model.Schema) (string, bool) {
		return func(m *model.Schema) (string, bool) {
			s, ok := standalone(m)
			if !ok {
				return "", false
			}
			return stmt(s), true
		}
	}
	return []mutation{
		{"add-sequence", func(m *model.Schema) (string, bool) { return "CREATE SEQUENCE drift_seq AS integer", true }},
		{"drop-sequence", onSeq(func(s *model.Sequence) string { return "DROP SEQUENCE " + seqName(s) })},
		{"alter-sequence", onSeq(func(s *model.Sequence) string {
			return "ALTER SEQUENCE " + seqName(s) + " INCREMENT BY 7 CACHE 3 CYCLE"
		})},
		{"sequence-owned-by", func(m *model.Schema) (string, bool) {
			s, ok := standalone(m)
			if !ok {
				return "", false
			}
			t, ok := findTable(m, func(t *model.Table) bool {
				return t.Schema == s.Schema && t.PartitionBy == "" && len(t.Columns) > 0
			})
			if !ok {
				return "", false
			}
			return "ALTER SEQUENCE " + seqName(s) + " OWNED BY " + qn(t) + "." + id(t.Columns[0].Name), true
		}},
		colMut("identity-options", func(_ *model.Schema, t *model.Table, c *model.Column) bool {
			return c.Identity != "" && c.IdentityOptions != nil && t.PartitionBy == ""
		}, func(t *model.Table, c *model.Column) string {
			return alterCol(t, c, "SET INCREMENT BY 3 SET MAXVALUE 1000000")
		}),
		{"drop-extension", func(m *model.Schema) (string, bool) {
			if len(m.Extensions) == 0 {
				return "", false
			}
			return "DROP EXTENSION " + id(m.Extensions[len(m.Extensions)-1].Name), true
		}},
		{"extension-set-schema", func(m *model.Schema) (string, bool) {
			for _, e := range m.Extensions {
				if e.Schema != "public" {
					return "ALTER EXTENSION " + id(e.Name) + " SET SCHEMA public", true
				}
			}
			return "", false
		}},
	}
}
