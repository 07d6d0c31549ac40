package e2e

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// mutations are the kinds of drift the round trip applies, one at a time.
func mutations() []mutation {
	text := func(m *model.Schema, t *model.Table, c *model.Column) bool {
		return isPlain(m, t, c) && family(c, model.FamilyText) && c.Collation == ""
	}
	varchar := func(m *model.Schema, t *model.Table, c *model.Column) bool {
		return isPlain(m, t, c) && c.Type.Name == "character varying" && len(c.Type.Mods) == 1 && !c.Type.Array
	}
	integer := func(m *model.Schema, t *model.Table, c *model.Column) bool {
		return isPlain(m, t, c) && c.Type.Name == "integer" && !c.Type.Array
	}
	withDefault := func(m *model.Schema, t *model.Table, c *model.Column) bool {
		return isPlain(m, t, c) && c.Default != "" && !strings.Contains(c.Type.Name, ".")
	}
	notNull := func(m *model.Schema, t *model.Table, c *model.Column) bool { return isPlain(m, t, c) && c.NotNull }
	nullable := func(m *model.Schema, t *model.Table, c *model.Column) bool { return isPlain(m, t, c) && !c.NotNull }
	identity := func(_ *model.Schema, t *model.Table, c *model.Column) bool {
		return c.Identity != "" && t.PartitionBy == ""
	}
	serial := func(m *model.Schema, t *model.Table, c *model.Column) bool {
		return c.AutoIncrement && c.Identity == "" && t.PartitionBy == "" && !used(m, t, c.Name)
	}
	pkTable := func(_ *model.Schema, t *model.Table) bool { return t.PartitionBy == "" && singlePK(t) }
	leaf := func(m *model.Schema, t *model.Table) bool { return t.PartitionBy == "" && !referenced(m, t) }
	return append([]mutation{
		tableMut("add-column", ordinary, func(t *model.Table) string { return alter(t, "ADD COLUMN drift_extra integer") }),
		tableMut("add-column-not-null-default", ordinary, func(t *model.Table) string {
			return alter(t, "ADD COLUMN drift_flag boolean NOT NULL DEFAULT false")
		}),
		tableMut("add-column-with-fk", pkTable, func(t *model.Table) string {
			pk, _ := t.Column(t.PrimaryKey.Columns[0])
			return alter(t, fmt.Sprintf("ADD COLUMN drift_ref %s REFERENCES %s (%s)", pk.Type, qn(t), id(pk.Name)))
		}),
		colMut("drop-column", isPlain, func(t *model.Table, c *model.Column) string { return alter(t, "DROP COLUMN "+id(c.Name)) }),
		colMut("drop-indexed-column", func(m *model.Schema, t *model.Table, c *model.Column) bool {
			return indexedOnly(m, t, c)
		}, func(t *model.Table, c *model.Column) string { return alter(t, "DROP COLUMN "+id(c.Name)) }),
		colMut("drop-fk-column", func(m *model.Schema, t *model.Table, c *model.Column) bool {
			return fkOnly(t, c) && !referencedCol(m, t, c.Name)
		}, func(t *model.Table, c *model.Column) string { return alter(t, "DROP COLUMN "+id(c.Name)) }),
		colMut("rename-column", isPlain, func(t *model.Table, c *model.Column) string {
			return alter(t, "RENAME COLUMN "+id(c.Name)+" TO "+id(c.Name+"_renamed"))
		}),
		colMut("rename-indexed-column", indexedOnly, func(t *model.Table, c *model.Column) string {
			return alter(t, "RENAME COLUMN "+id(c.Name)+" TO "+id(c.Name+"_renamed"))
		}),
		tableMut("rename-table", ordinary, func(t *model.Table) string { return alter(t, "RENAME TO "+id(t.Name+"_renamed")) }),
		tableMut("drop-table", leaf, func(t *model.Table) string { return "DROP TABLE " + qn(t) }),
		tableMut("add-table", func(*model.Schema, *model.Table) bool { return true }, func(t *model.Table) string {
			return "CREATE TABLE " + id(t.Schema) + ".drift_new (id integer PRIMARY KEY, note text NOT NULL DEFAULT '')"
		}),
		colMut("widen-varchar", varchar, func(t *model.Table, c *model.Column) string {
			return alterCol(t, c, fmt.Sprintf("TYPE varchar(%d)", c.Type.Mods[0]+50))
		}),
		colMut("narrow-varchar", func(m *model.Schema, t *model.Table, c *model.Column) bool {
			return varchar(m, t, c) && c.Type.Mods[0] > 20 && c.Default == ""
		}, func(t *model.Table, c *model.Column) string {
			return alterCol(t, c, fmt.Sprintf("TYPE varchar(%d)", c.Type.Mods[0]-10))
		}),
		colMut("varchar-to-text", varchar, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "TYPE text") }),
		colMut("text-to-varchar", func(m *model.Schema, t *model.Table, c *model.Column) bool {
			return text(m, t, c) && c.Type.Name == "text"
		}, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "TYPE varchar(300)") }),
		colMut("integer-to-bigint", integer, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "TYPE bigint") }),
		colMut("integer-to-text", integer, func(t *model.Table, c *model.Column) string {
			return alterCol(t, c, "DROP DEFAULT") + ";\n" + alterCol(t, c, "TYPE text")
		}),
		colMut("set-default", func(m *model.Schema, t *model.Table, c *model.Column) bool {
			return text(m, t, c) && c.Default == ""
		}, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "SET DEFAULT 'drift'") }),
		colMut("drop-default", withDefault, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "DROP DEFAULT") }),
		colMut("change-default", func(m *model.Schema, t *model.Table, c *model.Column) bool {
			return integer(m, t, c) && c.Default != ""
		}, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "SET DEFAULT 4242") }),
		colMut("drop-not-null", notNull, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "DROP NOT NULL") }),
		colMut("set-not-null", nullable, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "SET NOT NULL") }),
		colMut("add-identity", func(m *model.Schema, t *model.Table, c *model.Column) bool {
			return integer(m, t, c) && c.NotNull && c.Default == ""
		}, func(t *model.Table, c *model.Column) string {
			return alterCol(t, c, "ADD GENERATED BY DEFAULT AS IDENTITY")
		}),
		colMut("drop-identity", identity, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "DROP IDENTITY") }),
		colMut("switch-identity", identity, func(t *model.Table, c *model.Column) string {
			if c.Identity == "always" {
				return alterCol(t, c, "SET GENERATED BY DEFAULT")
			}
			return alterCol(t, c, "SET GENERATED ALWAYS")
		}),
		colMut("serial-drop-default", serial, func(t *model.Table, c *model.Column) string { return alterCol(t, c, "DROP DEFAULT") }),
		colMut("change-collation", text, func(t *model.Table, c *model.Column) string {
			return alterCol(t, c, "TYPE "+c.Type.String()+` COLLATE "C"`)
		}),
		colMut("drop-generation", func(_ *model.Schema, t *model.Table, c *model.Column) bool {
			return c.Generated != "" && t.PartitionBy == ""
		},
			func(t *model.Table, c *model.Column) string { return alterCol(t, c, "DROP EXPRESSION") }),
		colMut("add-index", isPlain, func(t *model.Table, c *model.Column) string {
			return "CREATE INDEX drift_ix ON " + qn(t) + " (" + id(c.Name) + ")"
		}),
		colMut("add-unique-index", isPlain, func(t *model.Table, c *model.Column) string {
			return "CREATE UNIQUE INDEX drift_uix ON " + qn(t) + " (" + id(c.Name) + ")"
		}),
		colMut("add-partial-index", isPlain, func(t *model.Table, c *model.Column) string {
			return "CREATE INDEX drift_partial ON " + qn(t) + " (" + id(c.Name) + ") WHERE " + id(c.Name) + " IS NOT NULL"
		}),
		colMut("add-expression-index", text, func(t *model.Table, c *model.Column) string {
			return "CREATE INDEX drift_expr ON " + qn(t) + " (lower(" + id(c.Name) + "))"
		}),
		indexMut("drop-index", func(ix *model.Index) bool { return ix.Where == "" && plainKeys(ix) }, dropIx),
		indexMut("drop-partial-index", func(ix *model.Index) bool { return ix.Where != "" }, dropIx),
		indexMut("drop-expression-index", func(ix *model.Index) bool { return !plainKeys(ix) }, dropIx),
		indexMut("rename-index", func(*model.Index) bool { return true }, func(t *model.Table, ix *model.Index) string {
			return "ALTER INDEX " + id(t.Schema) + "." + id(ix.Name) + " RENAME TO " + id(ix.Name+"_renamed")
		}),
		indexMut("redefine-index", func(ix *model.Index) bool { return !ix.Unique }, func(t *model.Table, ix *model.Index) string {
			return dropIx(t, ix) + ";\nCREATE INDEX " + id(ix.Name) + " ON " + qn(t) + " (" + id(t.Columns[0].Name) + " DESC)"
		}),
		indexMut("make-index-partial", func(ix *model.Index) bool { return !ix.Unique && ix.Where == "" && plainKeys(ix) }, func(t *model.Table, ix *model.Index) string {
			k := ix.Keys[0].Column
			return dropIx(t, ix) + ";\nCREATE INDEX " + id(ix.Name) + " ON " + qn(t) + " (" + id(k) + ") WHERE " + id(k) + " IS NULL"
		}),
		tableMut("add-fk", pkTable, func(t *model.Table) string {
			k := id(t.PrimaryKey.Columns[0])
			return alter(t, "ADD CONSTRAINT drift_fk FOREIGN KEY ("+k+") REFERENCES "+qn(t)+" ("+k+")")
		}),
		fkMut("drop-fk", func(t *model.Table, fk *model.ForeignKey) string { return alter(t, "DROP CONSTRAINT "+id(fk.Name)) }),
		fkMut("change-fk-action", func(t *model.Table, fk *model.ForeignKey) string {
			act := "CASCADE"
			if fk.OnDelete == "CASCADE" {
				act = "RESTRICT"
			}
			return alter(t, "DROP CONSTRAINT "+id(fk.Name)) + ";\n" + alter(t, fkSQL(fk, act))
		}),
		colMut("add-check", integer, func(t *model.Table, c *model.Column) string {
			return alter(t, "ADD CONSTRAINT drift_ck CHECK ("+id(c.Name)+" > -1000000)")
		}),
		checkMut("drop-check", func(t *model.Table, ck *model.Check) string { return alter(t, "DROP CONSTRAINT "+id(ck.Name)) }),
		checkMut("change-check", func(t *model.Table, ck *model.Check) string {
			return alter(t, "DROP CONSTRAINT "+id(ck.Name)) + ";\n" + alter(t, "ADD CONSTRAINT "+id(ck.Name)+" CHECK (true)")
		}),
		colMut("add-unique", isPlain, func(t *model.Table, c *model.Column) string {
			return alter(t, "ADD CONSTRAINT drift_uq UNIQUE ("+id(c.Name)+")")
		}),
		tableMut("drop-unique", func(m *model.Schema, t *model.Table) bool {
			return len(t.Uniques) > 0 && !referenced(m, t) && t.PartitionBy == ""
		},
			func(t *model.Table) string { return alter(t, "DROP CONSTRAINT "+id(t.Uniques[0].Name)) }),
		tableMut("drop-primary-key", func(m *model.Schema, t *model.Table) bool { return t.PrimaryKey != nil && leaf(m, t) && !hasSelfFK(t) },
			func(t *model.Table) string { return alter(t, "DROP CONSTRAINT "+id(t.PrimaryKey.Name)) }),
		{"enum-lacks-last-label", func(m *model.Schema) (string, bool) {
			return enumWithout(m, func(e *model.Enum) (int, bool) { return len(e.Values) - 1, len(e.Values) > 1 })
		}},
		{"enum-lacks-middle-label", func(m *model.Schema) (string, bool) {
			return enumWithout(m, func(e *model.Enum) (int, bool) { return 1, len(e.Values) > 2 })
		}},
		{"add-enum", func(m *model.Schema) (string, bool) { return "CREATE TYPE drift_mood AS ENUM ('x', 'y')", true }},
		{"add-domain", func(m *model.Schema) (string, bool) {
			return "CREATE DOMAIN drift_dom AS integer CHECK (VALUE > 0)", true
		}},
		{"domain-drop-default", func(m *model.Schema) (string, bool) {
			for _, d := range m.Domains {
				if d.Default != "" {
					return "ALTER DOMAIN " + id(d.Schema) + "." + id(d.Name) + " DROP DEFAULT", true
				}
			}
			return "", false
		}},
		{"domain-drop-check", func(m *model.Schema) (string, bool) {
			for _, d := range m.Domains {
				if len(d.Checks) > 0 && d.Checks[0].Name != "" {
					return "ALTER DOMAIN " + id(d.Schema) + "." + id(d.Name) + " DROP CONSTRAINT " + id(d.Checks[0].Name), true
				}
			}
			return "", false
		}},
		{"drop-partition", func(m *model.Schema) (string, bool) {
			for _, t := range m.SortedTables() {
				if len(t.Partitions) > 1 {
					p := t.Partitions[len(t.Partitions)-1]
					return "DROP TABLE " + id(p.Schema) + "." + id(p.Name), true
				}
			}
			return "", false
		}},
	}, sequenceMutations()...)
}

func dropIx(t *model.Table, ix *model.Index) string {
	return "DROP INDEX " + id(t.Schema) + "." + id(ix.Name)
}

func plainKeys(ix *model.Index) bool {
	for _, k := range ix.Keys {
		if k.Column == "" {
			return false
		}
	}
	return true
}

func hasSelfFK(t *model.Table) bool {
	for _, fk := range t.ForeignKeys {
		if fk.Ref() == t.QName() {
			return true
		}
	}
	return false
}

// indexedOnly is a column used by a plain secondary index and nothing else.
func indexedOnly(m *model.Schema, t *model.Table, c *model.Column) bool {
	if t.PartitionBy != "" || c.Generated != "" || c.AutoIncrement {
		return false
	}
	cp := *t
	cp.Indexes = nil
	if used(m, &cp, c.Name) || referencedCol(m, t, c.Name) {
		return false
	}
	for _, ix := range t.Indexes {
		for _, k := range ix.Keys {
			if k.Column == c.Name {
				return true
			}
		}
	}
	return false
}

// fkOnly is a column used by a single-column foreign key and nothing else.
func fkOnly(t *model.Table, c *model.Column) bool {
	fks := t.ForeignKeysOn(c.Name)
	if t.PartitionBy != "" || len(fks) != 1 || len(fks[0].Columns) != 1 || fks[0].Ref() == t.QName() {
		return false
	}
	cp := *t
	cp.ForeignKeys = nil
	return !used(&model.Schema{}, &cp, c.Name)
}

func referencedCol(m *model.Schema, t *model.Table, col string) bool {
	for _, o := range m.Tables {
		for _, fk := range o.ForeignKeys {
			if fk.Ref() == t.QName() && containsStr(fk.RefColumns, col) {
				return true
			}
		}
	}
	return false
}
