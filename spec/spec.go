package spec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/model"
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
	// policyExprs are normalized once every model is known (security.go).
	policyExprs []pendingExpr
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
	// A spec describes models; the areas beyond them are not compared
	// until the spec format says something about them.
	for _, a := range model.Areas() {
		b.s.Omit(a)
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
	b.finishPolicies()
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
		"model", "section", "table", "schema", "note", "columns", "uniques", "indexes", "foreign_keys", "row_security")
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
	if v := f.get("row_security"); v != nil {
		b.rowSecurity(tb, v)
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
