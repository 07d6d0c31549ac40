package spec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/normalize"
)

// Version is the spec format version this package reads.
const Version = 1

// maxFileSize bounds what is read at all; a spec of every table of a large
// application is a few hundred kilobytes.
const maxFileSize = 4 << 20

// Load reads and validates the spec file at path.
func Load(path string) (*model.Schema, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read spec: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read spec %s: %w", path, err)
	}
	return Parse(data, path)
}

// Parse validates spec data and builds its schema. filename is used in
// positions and messages only. The error, when there is one, is an
// ErrorList naming every problem found.
func Parse(data []byte, filename string) (*model.Schema, error) {
	d := &decoder{file: filename}
	s := d.parse(data)
	if len(d.errs) > 0 {
		return nil, d.errs.sorted()
	}
	s.Origin = filename
	return s, nil
}

// builder carries what the cross-reference checks need once every model has
// been read.
type builder struct {
	*decoder
	s        *model.Schema
	schema   string // the default PostgreSQL schema
	sections []string
	models   map[string]*yaml.Node // model name -> its value node
	tables   map[model.QName]*table
	// relations holds the names PostgreSQL keeps in one namespace per
	// schema: tables and indexes, including those behind keys.
	relations map[model.QName]string
	fks       []*pendingFK
}

// table is one model being built, with the context its messages carry.
type table struct {
	t   *model.Table
	ctx string
}

// pendingFK is a foreign key whose target is resolved after every model has
// been read, since it may point to a model further down the file.
type pendingFK struct {
	fk       *model.ForeignKey
	ctx      string
	tableN   *yaml.Node
	refColsN []*yaml.Node
}

func (d *decoder) parse(data []byte) *model.Schema {
	if len(data) > maxFileSize {
		d.errs = append(d.errs, &Error{Pos: model.Pos{File: d.file}, Msg: fmt.Sprintf("the file is larger than %d bytes", maxFileSize)})
		return nil
	}
	if off, b, ok := badByte(data); ok {
		// yaml.v3 reports these without a position; name the line and
		// column as the SQL side does.
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off])
		d.errs = append(d.errs, &Error{Pos: model.Pos{File: d.file, Line: line, Col: col},
			Msg: fmt.Sprintf("invalid byte sequence for encoding \"UTF8\": 0x%02x", b)})
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.errs = append(d.errs, &Error{Pos: model.Pos{File: d.file}, Msg: "the file is empty"})
		} else {
			d.errs = append(d.errs, yamlError(d.file, err))
		}
		return nil
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		d.errorf(&next, "", "only one YAML document is allowed")
		return nil
	case !errors.Is(err, io.EOF):
		d.errs = append(d.errs, yamlError(d.file, err))
		return nil
	}
	if len(doc.Content) == 0 {
		d.errs = append(d.errs, &Error{Pos: model.Pos{File: d.file}, Msg: "the file is empty"})
		return nil
	}
	root := doc.Content[0]
	if !d.checkAliases(root) {
		return nil
	}
	b := &builder{
		decoder:   d,
		s:         model.NewSchema(model.SourceSpec),
		schema:    "public",
		models:    map[string]*yaml.Node{},
		tables:    map[model.QName]*table{},
		relations: map[model.QName]string{},
	}
	b.top(root)
	return b.s
}

func (b *builder) top(root *yaml.Node) {
	f := b.mapping(root, "", "version", "document", "schema", "expected_tables", "models")
	if f == nil {
		return
	}
	if v := b.require(f, "version"); v != nil {
		if v.Kind != yaml.ScalarNode || v.Tag != "!!int" {
			b.errorf(v, "", "version: expected a number, found %s", kindName(v))
		} else if v.Value != fmt.Sprint(Version) {
			b.errorf(v, "", "version %s is not supported; this ariadrift reads version %d", v.Value, Version)
		}
	}
	if v := f.get("document"); v != nil {
		b.document(v)
	}
	if v := f.get("schema"); v != nil {
		if s, ok := b.name(v, "", "schema"); ok {
			b.schema = s
		}
	}
	b.s.AddNamespace(b.schema)
	if v := f.get("expected_tables"); v != nil {
		b.expected(v)
	}
	v := b.require(f, "models")
	if v == nil {
		return
	}
	items, ok := b.list(v, "", "models")
	if !ok {
		return
	}
	if len(items) == 0 {
		b.errorf(v, "", "models: the list is empty")
		return
	}
	for i, it := range items {
		b.model(i+1, it)
	}
	b.resolveFKs()
}

func (b *builder) document(n *yaml.Node) {
	f := b.mapping(n, "document", "title", "notes", "sections")
	if f == nil {
		return
	}
	doc := model.Document{}
	if v := f.get("title"); v != nil {
		doc.Title, _ = b.text(v, "document", "title")
	}
	if v := f.get("notes"); v != nil {
		doc.Notes, _ = b.texts(v, "document", "notes")
	}
	if v := f.get("sections"); v != nil {
		items, _ := b.list(v, "document", "sections")
		for _, it := range items {
			s, ok := b.text(it, "document", "sections")
			if !ok {
				continue
			}
			if contains(doc.Sections, s) {
				b.errorf(it, "document", "sections: %q is listed twice", s)
				continue
			}
			doc.Sections = append(doc.Sections, s)
		}
	}
	b.sections = doc.Sections
	b.s.Attrs = model.SetAttr(b.s.Attrs, doc)
}

func (b *builder) expected(n *yaml.Node) {
	items, ok := b.list(n, "", "expected_tables")
	if !ok {
		return
	}
	for i, it := range items {
		f := b.object(it, nameLabel("", "expected table", i+1), "name", "name", "schema", "reason")
		if f == nil {
			continue
		}
		ctx := f.ctx
		e := model.ExpectedTable{Pos: b.pos(f.node)}
		nameN := b.require(f, "name")
		if nameN == nil {
			continue
		}
		var ok bool
		if e.Name, ok = b.name(nameN, ctx, "name"); !ok {
			continue
		}
		if v := f.get("schema"); v != nil {
			if e.Schema, ok = b.name(v, ctx, "schema"); !ok {
				continue
			}
		}
		if v := f.get("reason"); v != nil {
			e.Reason, _ = b.text(v, ctx, "reason")
		}
		for _, prev := range b.s.Expected {
			if prev.Name == e.Name && prev.Schema == e.Schema {
				b.errorf(nameN, "", "expected table %q is listed twice (first on line %d)", e.Name, prev.Pos.Line)
				ok = false
			}
		}
		if ok {
			b.s.Expected = append(b.s.Expected, e)
		}
	}
}

// model reads one model. Problems are recorded and the model is still
// registered as far as it was read, so that later models are checked
// against it rather than drowned in follow-on errors.
func (b *builder) model(number int, n *yaml.Node) {
	f := b.object(n, nameLabel("", "model", number), "model",
		"model", "section", "table", "schema", "note", "columns", "uniques", "indexes", "foreign_keys")
	if f == nil {
		return
	}
	ctx := f.ctx
	t := &model.Table{Schema: b.schema, Pos: b.pos(f.node)}
	entry := model.DocEntry{Number: number}
	if v := b.require(f, "model"); v != nil {
		if name, ok := b.text(v, ctx, "model"); ok && name != "" {
			if prev, dup := b.models[name]; dup {
				b.errorf(v, "", "model %q is defined twice (first on line %d)", name, prev.Line)
			} else {
				b.models[name] = v
			}
			t.Model = name
		} else if ok {
			b.errorf(v, ctx, "model: must not be empty")
		}
	}
	if v := f.get("section"); v != nil {
		if s, ok := b.text(v, ctx, "section"); ok {
			if len(b.sections) > 0 && !contains(b.sections, s) {
				b.errorf(v, ctx, "section %q is not listed in document.sections", s)
			}
			entry.Section = s
		}
	}
	if v := f.get("note"); v != nil {
		if s, ok := b.text(v, ctx, "note"); ok {
			entry.Note = s
		}
	}
	t.Attrs = model.SetAttr(t.Attrs, entry)
	if v := f.get("schema"); v != nil {
		if s, ok := b.name(v, ctx, "schema"); ok {
			t.Schema = s
		}
	}
	tableN := b.require(f, "table")
	if tableN != nil {
		t.Name, _ = b.name(tableN, ctx, "table")
	}
	tb := &table{t: t, ctx: ctx}
	if t.Name != "" {
		b.registerTable(tb, tableN)
	}
	if v := b.require(f, "columns"); v != nil {
		b.columns(tb, v)
	}
	if v := f.get("uniques"); v != nil {
		b.uniques(tb, v)
	}
	if v := f.get("indexes"); v != nil {
		b.indexes(tb, v)
	}
	if v := f.get("foreign_keys"); v != nil {
		b.foreignKeys(tb, v)
	}
	b.s.AddNamespace(t.Schema)
	if t.Name != "" {
		b.s.AddTable(t)
	}
}

func (b *builder) registerTable(tb *table, n *yaml.Node) {
	t := tb.t
	q := t.QName()
	if prev, ok := b.tables[q]; ok {
		b.errorf(n, tb.ctx, "table %q is already the table of model %q (line %d)", q, prev.t.Model, prev.t.Pos.Line)
		return
	}
	if _, ok := b.s.IsExpected(t.Schema, t.Name); ok {
		b.errorf(n, tb.ctx, "table %q is also listed in expected_tables", q)
	}
	b.tables[q] = tb
	b.relations[q] = fmt.Sprintf("table %q (line %d)", q, n.Line)
}

// claimRelation records an index name in its schema's relation namespace,
// reporting a clash with a table or another index as PostgreSQL would.
func (b *builder) claimRelation(tb *table, n *yaml.Node, ctx, name, what string) {
	q := model.QName{Schema: tb.t.Schema, Name: name}
	if prev, ok := b.relations[q]; ok {
		b.errorf(n, ctx, "name %q is already used by %s; tables and indexes share one namespace per schema", name, prev)
		return
	}
	b.relations[q] = fmt.Sprintf("%s on table %q (line %d)", what, tb.t.QName(), n.Line)
}

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

func (b *builder) uniques(tb *table, n *yaml.Node) {
	items, ok := b.list(n, tb.ctx, "uniques")
	if !ok {
		return
	}
	for i, it := range items {
		f := b.object(it, nameLabel(tb.ctx+": ", "unique", i+1), "name", "name", "columns")
		if f == nil {
			continue
		}
		ctx := f.ctx
		k := &model.Key{Pos: b.pos(f.node)}
		var nameN *yaml.Node
		if nameN = f.get("name"); nameN != nil {
			if k.Name, ok = b.name(nameN, ctx, "name"); !ok {
				continue
			}
		}
		v := b.require(f, "columns")
		if v == nil {
			continue
		}
		if k.Columns, ok = b.columnsOf(tb, v, ctx, "columns"); !ok {
			continue
		}
		if k.Name == "" {
			k.Name = objectName(tb.t.Name, model.NameAddition(k.Columns), "key")
		} else {
			// A named constraint's index takes the constraint's name.
			b.claimRelation(tb, nameN, ctx, k.Name, "unique constraint")
		}
		tb.t.Uniques = append(tb.t.Uniques, k)
	}
}

func (b *builder) indexes(tb *table, n *yaml.Node) {
	items, ok := b.list(n, tb.ctx, "indexes")
	if !ok {
		return
	}
	for i, it := range items {
		if ix := b.index(tb, i+1, it); ix != nil {
			tb.t.Indexes = append(tb.t.Indexes, ix)
		}
	}
}

func (b *builder) index(tb *table, number int, n *yaml.Node) *model.Index {
	f := b.object(n, nameLabel(tb.ctx+": ", "index", number), "name",
		"name", "columns", "unique", "using", "where", "include")
	if f == nil {
		return nil
	}
	ctx := f.ctx
	ix := &model.Index{Method: "btree", Pos: b.pos(f.node)}
	nameN := b.require(f, "name")
	if nameN == nil {
		return nil
	}
	var ok bool
	if ix.Name, ok = b.name(nameN, ctx, "name"); !ok {
		return nil
	}
	b.claimRelation(tb, nameN, ctx, ix.Name, fmt.Sprintf("index %q", ix.Name))
	good := true
	if v := f.get("unique"); v != nil {
		ix.Unique, ok = b.boolean(v, ctx, "unique")
		good = good && ok
	}
	if v := f.get("using"); v != nil {
		m, ok := b.text(v, ctx, "using")
		if ok {
			// An unquoted access method name folds to lower case.
			m = strings.ToLower(m)
			if !isMethodName(m) {
				b.errorf(v, ctx, "using: %q is not an access method name", v.Value)
				ok = false
			}
			ix.Method = m
		}
		good = good && ok
	}
	if v := b.require(f, "columns"); v != nil {
		good = b.indexKeys(tb, ix, v, ctx) && good
	} else {
		good = false
	}
	if v := f.get("include"); v != nil {
		ix.Include, ok = b.columnsOf(tb, v, ctx, "include")
		good = good && ok
	}
	if v := f.get("where"); v != nil {
		good = b.indexWhere(tb, ix, v, ctx) && good
	}
	if !good {
		return nil
	}
	return ix
}

func isMethodName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '_' || (i > 0 && r >= '0' && r <= '9')) {
			return false
		}
	}
	return true
}

func (b *builder) indexKeys(tb *table, ix *model.Index, n *yaml.Node, ctx string) bool {
	items, ok := b.list(n, ctx, "columns")
	if !ok {
		return false
	}
	if len(items) == 0 {
		b.errorf(n, ctx, "columns: the list is empty")
		return false
	}
	for _, it := range items {
		var item string
		switch it.Kind {
		case yaml.ScalarNode:
			if item, ok = b.text(it, ctx, "columns"); !ok {
				return false
			}
		case yaml.MappingNode:
			if item, ok = b.exprKey(it, ctx); !ok {
				return false
			}
		default:
			b.errorf(it, ctx, "columns: expected a key or {expr: ...}, found %s", kindName(it))
			return false
		}
		k, refs, err := indexKey(ix.Method, item)
		if err != nil {
			b.errorf(it, ctx, "key %q: %v", item, err)
			return false
		}
		for _, r := range refs {
			if _, found := tb.t.Column(r); !found {
				b.errorf(it, ctx, "unknown column %q", r)
				ok = false
			}
		}
		ix.Keys = append(ix.Keys, k)
	}
	return ok
}

// exprKey turns {expr: ..., desc: ..., nulls: ...} into index key text.
func (b *builder) exprKey(n *yaml.Node, ctx string) (string, bool) {
	f := b.mapping(n, ctx, "expr", "desc", "nulls")
	if f == nil {
		return "", false
	}
	v := b.require(f, "expr")
	if v == nil {
		return "", false
	}
	expr, ok := b.text(v, ctx, "expr")
	if !ok {
		return "", false
	}
	if strings.TrimSpace(expr) == "" {
		b.errorf(v, ctx, "expr: must not be empty")
		return "", false
	}
	item := "(" + expr + ")"
	if v := f.get("desc"); v != nil {
		desc, ok := b.boolean(v, ctx, "desc")
		if !ok {
			return "", false
		}
		if desc {
			item += " DESC"
		}
	}
	if v := f.get("nulls"); v != nil {
		s, ok := b.text(v, ctx, "nulls")
		if !ok {
			return "", false
		}
		switch strings.ToLower(s) {
		case "first":
			item += " NULLS FIRST"
		case "last":
			item += " NULLS LAST"
		default:
			b.errorf(v, ctx, "nulls: expected first or last, found %q", s)
			return "", false
		}
	}
	return item, true
}

func (b *builder) indexWhere(tb *table, ix *model.Index, v *yaml.Node, ctx string) bool {
	where, ok := b.text(v, ctx, "where")
	if !ok {
		return false
	}
	norm, refs, err := predicate(where)
	if err != nil {
		b.errorf(v, ctx, "where: %v", err)
		return false
	}
	for _, r := range refs {
		if _, found := tb.t.Column(r); !found {
			b.errorf(v, ctx, "where: unknown column %q", r)
			ok = false
		}
	}
	ix.Where = norm
	return ok
}

// fkActions are the referential actions PostgreSQL accepts.
var fkActions = []string{"NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT"}

func (b *builder) foreignKeys(tb *table, n *yaml.Node) {
	items, ok := b.list(n, tb.ctx, "foreign_keys")
	if !ok {
		return
	}
	for i, it := range items {
		if p := b.foreignKey(tb, i+1, it); p != nil {
			b.fks = append(b.fks, p)
			tb.t.ForeignKeys = append(tb.t.ForeignKeys, p.fk)
		}
	}
}

func (b *builder) foreignKey(tb *table, number int, n *yaml.Node) *pendingFK {
	f := b.object(n, fkLabel(tb.ctx, number), "columns",
		"name", "columns", "references", "on_delete", "on_update", "deferrable", "initially_deferred")
	if f == nil {
		return nil
	}
	ctx := f.ctx
	fk := &model.ForeignKey{RefSchema: tb.t.Schema, OnDelete: "NO ACTION", OnUpdate: "NO ACTION", Pos: b.pos(f.node)}
	p := &pendingFK{fk: fk}
	v := b.require(f, "columns")
	if v == nil {
		return nil
	}
	var ok bool
	if fk.Columns, ok = b.columnsOf(tb, v, ctx, "columns"); !ok {
		return nil
	}
	p.ctx = ctx
	good := true
	if v := f.get("name"); v != nil {
		fk.Name, ok = b.name(v, ctx, "name")
		good = good && ok
	} else {
		fk.Name = objectName(tb.t.Name, model.NameAddition(fk.Columns), "fkey")
	}
	for _, a := range []struct {
		key string
		dst *string
	}{{"on_delete", &fk.OnDelete}, {"on_update", &fk.OnUpdate}} {
		key, dst := a.key, a.dst
		v := f.get(key)
		if v == nil {
			continue
		}
		s, ok := b.text(v, ctx, key)
		if !ok {
			good = false
			continue
		}
		a := strings.ToUpper(strings.Join(strings.Fields(s), " "))
		if !contains(fkActions, a) {
			b.errorf(v, ctx, "%s: %q is not one of %s", key, s, strings.Join(fkActions, ", "))
			good = false
			continue
		}
		*dst = a
	}
	deferrable, initially := false, false
	if v := f.get("deferrable"); v != nil {
		deferrable, ok = b.boolean(v, ctx, "deferrable")
		good = good && ok
	}
	if v := f.get("initially_deferred"); v != nil {
		initially, ok = b.boolean(v, ctx, "initially_deferred")
		good = good && ok
		if initially && f.get("deferrable") != nil && !deferrable {
			b.errorf(v, ctx, "initially_deferred needs a deferrable constraint")
			good = false
		}
	}
	// INITIALLY DEFERRED alone implies DEFERRABLE in PostgreSQL.
	fk.Deferrable, fk.InitiallyDeferred = deferrable || initially, initially
	ref := b.require(f, "references")
	if ref == nil {
		return nil
	}
	rf := b.mapping(ref, ctx+": references", "table", "columns", "schema")
	if rf == nil {
		return nil
	}
	if v := rf.get("schema"); v != nil {
		fk.RefSchema, ok = b.name(v, ctx, "references.schema")
		good = good && ok
	}
	if p.tableN = b.require(rf, "table"); p.tableN != nil {
		fk.RefTable, ok = b.name(p.tableN, ctx, "references.table")
		good = good && ok
	} else {
		good = false
	}
	if v := b.require(rf, "columns"); v != nil {
		fk.RefColumns, p.refColsN, ok = b.names(v, ctx, "references.columns")
		good = good && ok
		if ok && len(fk.RefColumns) != len(fk.Columns) {
			b.errorf(v, ctx, "references.columns lists %d columns for %d", len(fk.RefColumns), len(fk.Columns))
			good = false
		}
	} else {
		good = false
	}
	if !good {
		return nil
	}
	return p
}

// fkLabel names a foreign key by its columns, which is how a reader finds
// it in the file.
func fkLabel(ctx string, number int) func(v *yaml.Node) string {
	return func(v *yaml.Node) string {
		var cols []string
		if v != nil && v.Kind == yaml.SequenceNode {
			for _, c := range v.Content {
				if c = resolve(c); c.Kind != yaml.ScalarNode || c.Tag != "!!str" {
					cols = nil
					break
				}
				cols = append(cols, c.Value)
			}
		}
		if len(cols) == 0 {
			return fmt.Sprintf("%s: foreign key #%d", ctx, number)
		}
		return fmt.Sprintf("%s: foreign key (%s)", ctx, strings.Join(cols, ", "))
	}
}

// resolveFKs checks every foreign key's target once all models are known.
func (b *builder) resolveFKs() {
	for _, p := range b.fks {
		fk := p.fk
		target, ok := b.tables[fk.Ref()]
		if !ok {
			if _, expected := b.s.IsExpected(fk.RefSchema, fk.RefTable); !expected {
				b.errorf(p.tableN, p.ctx, "references unknown table %q", fk.Ref())
			}
			// An expected table's columns are not described, so there is
			// nothing more to check.
			continue
		}
		good := true
		for i, c := range fk.RefColumns {
			if _, found := target.t.Column(c); !found {
				b.errorf(p.refColsN[i], p.ctx, "references unknown column %q of table %q", c, fk.Ref())
				good = false
			}
		}
		if good && !hasUniqueKey(target.t, fk.RefColumns) {
			// PostgreSQL refuses a foreign key whose target columns are not
			// covered by a primary key or unique constraint/index.
			b.errorf(p.tableN, p.ctx, "columns (%s) of table %q are not its primary key or a unique key",
				strings.Join(fk.RefColumns, ", "), fk.Ref())
		}
	}
}

// hasUniqueKey reports whether cols, in any order, are exactly the columns
// of t's primary key, a unique constraint or a total unique column index.
func hasUniqueKey(t *model.Table, cols []string) bool {
	same := func(keys []string) bool {
		if len(keys) != len(cols) {
			return false
		}
		for _, k := range keys {
			if !contains(cols, k) {
				return false
			}
		}
		return true
	}
	if t.PrimaryKey != nil && same(t.PrimaryKey.Columns) {
		return true
	}
	for _, u := range t.Uniques {
		if same(u.Columns) {
			return true
		}
	}
	for _, ix := range t.Indexes {
		if !ix.Unique || ix.Where != "" {
			continue
		}
		var keys []string
		for _, k := range ix.Keys {
			if k.Column == "" {
				keys = nil
				break
			}
			keys = append(keys, k.Column)
		}
		if keys != nil && same(keys) {
			return true
		}
	}
	return false
}

// badByte finds the first NUL or invalid UTF-8 byte.
func badByte(s []byte) (int, byte, bool) {
	for i := 0; i < len(s); {
		if s[i] == 0 {
			return i, 0, true
		}
		r, size := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return i, s[i], true
		}
		i += size
	}
	return 0, 0, false
}
