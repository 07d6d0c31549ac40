package sqlparse

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// describe renders a schema as one fact per line, in model order, so that
// tests can state exactly what a script must produce. withPos appends each
// object's position (file base name:line:col).
func describe(s *model.Schema, withPos bool) []string {
	var out []string
	add := func(p model.Pos, format string, args ...any) {
		line := fmt.Sprintf(format, args...)
		if withPos && !p.IsZero() {
			p.File = filepath.Base(p.File)
			line += " @" + p.String()
		}
		out = append(out, line)
	}
	for _, t := range s.Tables {
		q := t.Schema + "." + t.Name
		if t.PartitionBy != "" {
			add(t.Pos, "table %s partition by %s", q, t.PartitionBy)
		} else {
			add(t.Pos, "table %s", q)
		}
		for _, c := range t.Columns {
			var b strings.Builder
			fmt.Fprintf(&b, "column %s.%s %s", q, c.Name, c.Type)
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
			add(c.Pos, "%s", b.String())
		}
		if k := t.PrimaryKey; k != nil {
			add(k.Pos, "primary key %s %s (%s)%s", q, k.Name, strings.Join(k.Columns, ", "), keyFlags(k))
		}
		for _, k := range t.Uniques {
			add(k.Pos, "unique %s %s (%s)%s", q, k.Name, strings.Join(k.Columns, ", "), keyFlags(k))
		}
		for _, ch := range t.Checks {
			ni := ""
			if ch.NoInherit {
				ni = " no inherit"
			}
			if ch.NotValid {
				ni += " not valid"
			}
			add(ch.Pos, "check %s %s %s%s", q, ch.Name, ch.Expr, ni)
		}
		for _, fk := range t.ForeignKeys {
			nv := ""
			if fk.NotValid {
				nv = " not valid"
			}
			add(fk.Pos, "foreign key %s %s %s%s", q, fk.Name, fk.Definition(), nv)
		}
		for _, x := range t.Exclusions {
			add(x.Pos, "exclusion %s %s %s", q, x.Name, x.Definition())
		}
		if t.ReplicaIdentity != model.ReplicaDefault || t.ReplicaIndex != "" {
			add(t.Pos, "replica identity %s %s %s", q, t.ReplicaIdentity, t.ReplicaIndex)
		}
		for _, ix := range t.Indexes {
			add(ix.Pos, "index %s %s %s", q, ix.Name, ix.Definition())
		}
		for _, p := range t.Partitions {
			add(p.Pos, "partition %s %s.%s %s", q, p.Schema, p.Name, p.Bound)
		}
	}
	for _, e := range s.Enums {
		add(e.Pos, "enum %s.%s (%s)", e.Schema, e.Name, strings.Join(e.Values, ", "))
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
		add(d.Pos, "%s", b.String())
		for _, ch := range d.Checks {
			add(ch.Pos, "domain check %s.%s %s %s", d.Schema, d.Name, ch.Name, ch.Expr)
		}
	}
	for _, v := range s.Views {
		kind := "view"
		if v.Materialized {
			kind = "materialized view"
		}
		add(v.Pos, "%s %s.%s", kind, v.Schema, v.Name)
	}
	for _, d := range s.Duplicates {
		cols := make([]string, len(d.Later.Columns))
		for i, c := range d.Later.Columns {
			cols[i] = c.Name
		}
		add(d.Later.Pos, "duplicate %s.%s (%s)", d.Later.Schema, d.Later.Name, strings.Join(cols, ", "))
	}
	return out
}

func keyFlags(k *model.Key) string {
	s := ""
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

// replay parses one script named test.sql, failing the test on error, and
// returns the schema and the notes it produced.
func replay(t *testing.T, sql string) (*model.Schema, []string) {
	t.Helper()
	var notes []string
	s, err := Parse([]byte(sql), "test.sql", Options{Warn: func(p model.Pos, msg string) {
		notes = append(notes, p.String()+": "+msg)
	}})
	require.NoError(t, err)
	require.Equal(t, model.SourceSQL, s.Source)
	return s, notes
}

// replayErr parses a script that must fail and returns the error text.
func replayErr(t *testing.T, sql string) string {
	t.Helper()
	_, err := Parse([]byte(sql), "test.sql", Options{})
	require.Error(t, err)
	var pe *Error
	require.ErrorAs(t, err, &pe, "errors carry a position")
	require.False(t, pe.Pos.IsZero())
	return err.Error()
}
