package spec

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// This file reads a model's columns: names, ORM attributes, types,
// nullability, keys declared on the column and defaults.

func (b *builder) columns(tb *table, n *yaml.Node) {
	items, ok := b.list(n, tb.ctx, "columns")
	if !ok {
		return
	}
	if len(items) == 0 {
		b.errorf(n, tb.ctx, "columns: the list is empty")
		return
	}
	t := tb.t
	var pk []string
	var pkPos model.Pos
	attrs := map[string]*yaml.Node{}
	for i, it := range items {
		c, flags := b.column(tb, i+1, it, attrs)
		if c == nil {
			continue
		}
		if prev, dup := t.Column(c.Name); dup {
			b.errorf(flags.nameN, tb.ctx, "column %q is defined twice (first on line %d)", c.Name, prev.Pos.Line)
			continue
		}
		t.Columns = append(t.Columns, c)
		if flags.pk {
			if len(pk) == 0 {
				pkPos = c.Pos
			}
			pk = append(pk, c.Name)
		}
		if flags.uniqueN != nil {
			t.Uniques = append(t.Uniques, &model.Key{
				Name:    objectName(t.Name, c.Name, "key"),
				Columns: []string{c.Name},
				Pos:     b.pos(flags.uniqueN),
			})
		}
	}
	if len(pk) > 0 {
		t.PrimaryKey = &model.Key{Name: objectName(t.Name, "", "pkey"), Columns: pk, Pos: pkPos}
	}
}

// columnFlags carries what a column declares about table-level keys.
type columnFlags struct {
	nameN   *yaml.Node
	pk      bool
	uniqueN *yaml.Node // the unique: true key, when set
}

func (b *builder) column(tb *table, number int, n *yaml.Node, attrs map[string]*yaml.Node) (*model.Column, columnFlags) {
	var flags columnFlags
	f := b.object(n, nameLabel(tb.ctx+": ", "column", number), "name",
		"name", "attr", "type", "primary_key", "unique", "nullable", "default", "autoincrement")
	if f == nil {
		return nil, flags
	}
	ctx := f.ctx
	c := &model.Column{Pos: b.pos(f.node)}
	flags.nameN = b.require(f, "name")
	if flags.nameN == nil {
		return nil, flags
	}
	var ok bool
	if c.Name, ok = b.name(flags.nameN, ctx, "name"); !ok {
		return nil, flags
	}
	if v := f.get("attr"); v != nil {
		if a, ok := b.text(v, ctx, "attr"); ok {
			switch prev, dup := attrs[a]; {
			case a == "":
				b.errorf(v, ctx, "attr: must not be empty")
			case dup:
				b.errorf(v, ctx, "attribute %q is already used on line %d", a, prev.Line)
			case a != c.Name:
				c.Attr = a
			}
		}
	}
	if _, dup := attrs[c.AttrName()]; !dup {
		attrs[c.AttrName()] = f.node
	}
	typeOK := false
	if v := b.require(f, "type"); v != nil {
		if raw, ok := b.text(v, ctx, "type"); ok {
			t, err := ParseType(raw)
			if err != nil {
				b.errorf(v, ctx, "%v", err)
			} else {
				c.Type, c.RawType, typeOK = t, raw, true
			}
		}
	}
	if v := f.get("primary_key"); v != nil {
		flags.pk, _ = b.boolean(v, ctx, "primary_key")
	}
	if v := f.get("unique"); v != nil {
		if u, _ := b.boolean(v, ctx, "unique"); u {
			flags.uniqueN = f.keys["unique"]
		}
	}
	c.NotNull = flags.pk
	if v := f.get("nullable"); v != nil {
		if nullable, ok := b.boolean(v, ctx, "nullable"); ok {
			if nullable && flags.pk {
				// PostgreSQL makes primary key columns NOT NULL whatever
				// the column says; a spec claiming otherwise is wrong.
				b.errorf(v, ctx, "a primary key column cannot be nullable")
			}
			c.NotNull = c.NotNull || !nullable
		}
	}
	autoInc := false
	if v := f.get("autoincrement"); v != nil {
		autoInc, _ = b.boolean(v, ctx, "autoincrement")
		if autoInc && typeOK && c.Type.Family() != model.FamilyInteger {
			b.errorf(v, ctx, "autoincrement needs an integer type, not %s", c.Type)
		}
	}
	if v := f.get("default"); v != nil {
		b.columnDefault(c, v, ctx, typeOK)
		if autoInc {
			b.errorf(v, ctx, "default and autoincrement cannot both be given")
		}
	}
	c.AutoIncrement = c.AutoIncrement || autoInc
	return c, flags
}

// columnDefault reads a default. YAML numbers and booleans are accepted
// as written, since 0 and true are SQL as much as YAML.
func (b *builder) columnDefault(c *model.Column, v *yaml.Node, ctx string, typeOK bool) {
	if v.Kind != yaml.ScalarNode || !contains([]string{"!!str", "!!int", "!!float", "!!bool"}, v.Tag) {
		b.errorf(v, ctx, "default: expected a SQL expression, found %s", kindName(v))
		return
	}
	raw := v.Value
	if strings.TrimSpace(raw) == "" {
		b.errorf(v, ctx, "default: must not be empty")
		return
	}
	c.RawDefault = raw
	if !typeOK {
		return
	}
	norm, autoInc, err := normalize.Default(raw, c.Type)
	if err != nil {
		b.errorf(v, ctx, "%v", err)
		return
	}
	c.Default, c.AutoIncrement = norm, autoInc
}

// columnsOf reads a list of column names that must all be columns of the
// table; what names the list in messages.
func (b *builder) columnsOf(tb *table, n *yaml.Node, ctx, what string) ([]string, bool) {
	cols, nodes, ok := b.names(n, ctx, what)
	if !ok {
		return nil, false
	}
	for i, c := range cols {
		if _, found := tb.t.Column(c); !found {
			b.errorf(nodes[i], ctx, "unknown column %q", c)
			ok = false
		}
	}
	return cols, ok
}
