package introspect

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// render prints a schema one fact per line, for whole-schema comparisons.
func render(s *model.Schema) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	for _, t := range s.Tables {
		add("table %s.%s", t.Schema, t.Name)
		for _, c := range t.Columns {
			var b strings.Builder
			fmt.Fprintf(&b, "  column %s %s", c.Name, c.Type)
			if c.NotNull {
				b.WriteString(" not null")
			}
			if c.Default != "" {
				b.WriteString(" default " + c.Default)
			}
			if c.AutoIncrement {
				b.WriteString(" auto")
			}
			if c.Identity != "" {
				b.WriteString(" identity " + c.Identity)
			}
			if c.Generated != "" {
				b.WriteString(" generated " + c.Generated)
			}
			if c.Collation != "" {
				b.WriteString(" collate " + c.Collation)
			}
			add("%s", b.String())
		}
		if k := t.PrimaryKey; k != nil {
			add("  primary key %s %s", k.Name, keyText(k))
		}
		for _, k := range t.Uniques {
			add("  unique %s %s", k.Name, keyText(k))
		}
		for _, c := range t.Checks {
			ni := ""
			if c.NoInherit {
				ni = " no inherit"
			}
			add("  check %s (%s)%s", c.Name, c.Expr, ni)
		}
		for _, fk := range t.ForeignKeys {
			add("  fk %s %s", fk.Name, fk.Definition())
		}
		for _, ix := range t.Indexes {
			add("  index %s %s", ix.Name, ix.Definition())
		}
		if t.PartitionBy != "" {
			add("  partition by %s", t.PartitionBy)
		}
		for _, p := range t.Partitions {
			add("  partition %s.%s %s", p.Schema, p.Name, p.Bound)
		}
	}
	for _, v := range s.Views {
		kind := "view"
		if v.Materialized {
			kind = "materialized view"
		}
		add("%s %s.%s", kind, v.Schema, v.Name)
	}
	for _, e := range s.Enums {
		add("enum %s.%s (%s)", e.Schema, e.Name, strings.Join(e.Values, ", "))
	}
	for _, d := range s.Domains {
		var b strings.Builder
		fmt.Fprintf(&b, "domain %s.%s %s", d.Schema, d.Name, d.Type)
		if d.NotNull {
			b.WriteString(" not null")
		}
		if d.Default != "" {
			b.WriteString(" default " + d.Default)
		}
		for _, c := range d.Checks {
			fmt.Fprintf(&b, " check %s (%s)", c.Name, c.Expr)
		}
		add("%s", b.String())
	}
	return out
}

func keyText(k *model.Key) string {
	s := "(" + strings.Join(k.Columns, ", ") + ")"
	if k.NullsNotDistinct {
		s += " nulls not distinct"
	}
	if k.Deferrable {
		s += " deferrable"
		if k.InitiallyDeferred {
			s += " initially deferred"
		}
	}
	return s
}
