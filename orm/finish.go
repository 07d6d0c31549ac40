package orm

import (
	"fmt"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// finish settles what depends on the whole table: the primary key, the
// autoincrement column (SERIAL), defaults, identity and computed columns.
func (b *builder) finish(tb *tableBuild) {
	t := tb.t
	var pk []string
	var pkPos model.Pos
	for _, c := range tb.cols {
		if c.pk {
			if len(pk) == 0 {
				pkPos = c.c.Pos
			}
			pk = append(pk, c.c.Name)
		}
	}
	if t.PrimaryKey == nil && len(pk) > 0 {
		t.PrimaryKey = b.key(tb, "pk", nil, pk, pkPos)
	}
	if t.PrimaryKey == nil && tb.cls != nil {
		b.p.warn(t.Pos, fmt.Sprintf("model %s has no primary key; SQLAlchemy refuses to map it", t.Model))
	}
	auto := b.autoincrementColumn(tb)
	for _, c := range tb.cols {
		if !c.ct.ok {
			b.p.warn(c.c.Pos, fmt.Sprintf("table %q: column %q has no type the reader can tell; assumed VARCHAR", t.Name, c.c.Name))
			c.ct = colType{t: model.NewType("character varying", nil, false), raw: "String", ok: true}
		}
		c.c.Type = c.ct.t
		if c.c.RawType == "" {
			c.c.RawType = c.ct.raw
		}
		if c.pk {
			c.c.NotNull = true
		}
		if e := c.ct.enum; e != nil {
			if _, ok := b.enums[model.QName{Schema: e.Schema, Name: e.Name}]; !ok {
				b.enums[model.QName{Schema: e.Schema, Name: e.Name}] = e
			}
		}
		switch {
		case c == auto && c.identity == nil && c.client == nil && !c.sequence:
			// PostgreSQL's dialect emits SERIAL, BIGSERIAL or SMALLSERIAL
			// and no DEFAULT for the table's autoincrement column.
			c.c.AutoIncrement = true
			switch c.ct.class {
			case "BigInteger", "BIGINT":
				c.c.Type = model.NewType("bigint", nil, false)
			case "SmallInteger", "SMALLINT":
				c.c.Type = model.NewType("smallint", nil, false)
			default:
				c.c.Type = model.NewType("integer", nil, false)
			}
		default:
			b.serverDefault(tb, c)
		}
		b.identity(c)
		b.computed(tb, c)
		clientDefault(c)
		t.Columns = append(t.Columns, c.c)
	}
}

// autoincrementColumn is Table._autoincrement_column: the single integer
// primary key column with autoincrement "auto" and no foreign key, client
// default or server default; or the one marked autoincrement=True.
func (b *builder) autoincrementColumn(tb *tableBuild) *col {
	var pks []*col
	for _, c := range tb.cols {
		if c.pk {
			pks = append(pks, c)
		}
	}
	integer := func(c *col) bool {
		return c.ct.ok && !c.ct.t.Array && (c.ct.t.Family() == model.FamilyInteger || c.ct.t.Name == "numeric")
	}
	if len(pks) == 1 {
		c := pks[0]
		switch c.autoinc {
		case "true":
			return c
		case "auto", "ignore_fk":
			if !integer(c) || (c.client != nil && !c.sequence) || (c.server != nil) ||
				(len(c.fks) > 0 && c.autoinc != "ignore_fk") {
				return nil
			}
			return c
		}
		return nil
	}
	for _, c := range pks {
		if c.autoinc == "true" {
			return c
		}
	}
	return nil
}

// serverDefault reads server_default: text("...") verbatim, a plain string
// as a quoted literal, func.now() and friends as SQL.
func (b *builder) serverDefault(tb *tableBuild, c *col) {
	v := c.server
	if v == nil {
		return
	}
	if v.kind == kCall && b.p.canon(v.x) == "DefaultClause" && len(v.args) == 1 {
		v = v.args[0]
	}
	if v.kind == kCall && b.p.canon(v.x) == "FetchedValue" {
		return // the database sets the value (a trigger); create_all emits no DEFAULT
	}
	v = b.p.constant(v)
	var sql string
	var err error
	switch {
	case v.kind == kStr:
		sql = quoteLiteral(v.name)
	default:
		sql, err = b.render(v, tb)
	}
	if err != nil {
		b.p.warn(v.pos, fmt.Sprintf("table %q: column %q: server_default %v; no default assumed", tb.t.Name, c.c.Name, err))
		return
	}
	norm, autoInc, err := b.normDefault(sql, c.c.Type)
	if err != nil {
		b.p.warn(v.pos, fmt.Sprintf("table %q: column %q: server_default: %v; no default assumed", tb.t.Name, c.c.Name, err))
		return
	}
	c.c.RawDefault, c.c.Default = sql, norm
	c.c.AutoIncrement = c.c.AutoIncrement || autoInc
}

func (b *builder) identity(c *col) {
	if c.identity == nil {
		return
	}
	c.c.Identity = "by default"
	if v, ok := c.identity.kw("always"); ok && v.isTrue() {
		c.c.Identity = "always"
	}
	c.c.AutoIncrement, c.c.NotNull, c.c.Default = true, true, ""
}

func (b *builder) computed(tb *tableBuild, c *col) {
	if c.computed == nil || len(c.computed.args) == 0 {
		return
	}
	a := c.computed.args[0]
	sql, err := a.name, error(nil)
	if a.kind != kStr {
		sql, err = b.render(a, tb)
	}
	if err == nil {
		sql, err = normalize.Expr(sql)
	}
	if err != nil {
		b.p.warn(c.computed.pos, fmt.Sprintf("table %q: column %q: Computed %v; not read as generated", tb.t.Name, c.c.Name, err))
		return
	}
	c.c.Generated, c.c.Default = sql, ""
}

// defaultResult is a memoized normalize.Default result.
type defaultResult struct {
	norm    string
	autoInc bool
	err     error
}

// normDefault is normalize.Default, memoized: models repeat the same few
// defaults (now(), '{}'::jsonb) across hundreds of columns, and each
// normalization is a PostgreSQL parse.
func (b *builder) normDefault(sql string, t model.Type) (string, bool, error) {
	key := sql + "\x00" + t.String()
	if r, ok := b.defaults[key]; ok {
		return r.norm, r.autoInc, r.err
	}
	norm, autoInc, err := normalize.Default(sql, t)
	b.defaults[key] = defaultResult{norm, autoInc, err}
	return norm, autoInc, err
}
