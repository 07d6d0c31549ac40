package spec

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/model"
)

// Marshal writes a schema read from SQL or a live database as a spec file, for
// a project that has none yet. Loading the result and comparing it with the
// schema it came from gives no findings, except for what the spec format
// cannot say (CHECK constraints, views, partitions, generated columns,
// collations), which Marshal lists in the file's header and in omitted.
func Marshal(s *model.Schema) (data []byte, omitted []string, err error) {
	schema := "public"
	if len(s.Tables) > 0 {
		schema = mostCommonSchema(s.Tables)
	}
	var a *arena // the few header nodes
	head := a.mapping()
	add(head, "version", a.scalar(strconv.Itoa(Version)))
	fromORM := s.Source == model.SourceORM
	if doc, ok := model.AttrOf[model.Document](s.Attrs); ok && fromORM && len(doc.Sections) > 0 {
		d := a.mapping()
		add(d, "sections", &yaml.Node{Kind: yaml.SequenceNode, Content: a.scalars(doc.Sections)})
		add(head, "document", d)
	}
	add(head, "schema", a.scalar(schema))
	// The models are encoded one at a time and only their text is kept: a
	// node tree of every model of a large database costs many times the
	// text. Each model is the only item of a models sequence, so its text
	// is what the item would be in the whole sequence.
	var body bytes.Buffer
	if err := encodeYAML(&body, head); err != nil {
		return nil, nil, err
	}
	used := map[string]int{}
	em := newEmitter(nil)
	models := &arena{}
	for i, t := range s.Tables {
		models.reset()
		m, om := marshalTable(models, t, schema, used, fromORM)
		omitted = append(omitted, om...)
		if err := em.model(&body, m, i == 0); err != nil {
			return nil, nil, err
		}
	}
	if len(s.Tables) == 0 {
		empty := a.mapping()
		add(empty, "models", &yaml.Node{Kind: yaml.SequenceNode})
		if err := encodeYAML(&body, empty); err != nil {
			return nil, nil, err
		}
	}
	for _, v := range s.Views {
		omitted = append(omitted, fmt.Sprintf("view %s", model.QName{Schema: v.Schema, Name: v.Name}))
	}

	var b bytes.Buffer
	b.Grow(body.Len() + 1024)
	b.WriteString("# ariadrift spec, imported from " + originText(s) + ".\n")
	if !fromORM {
		b.WriteString("# Model names are derived from table names: rename them to your ORM classes.\n")
	}
	if len(omitted) > 0 {
		b.WriteString("# Not representable in a spec, left out:\n")
		for _, o := range omitted {
			b.WriteString("#   - " + o + "\n")
		}
	}
	b.WriteString("\n")
	b.Write(body.Bytes())
	return b.Bytes(), omitted, nil
}

// encodeModel appends the text of a one-model models mapping, without its
// "models:" line after the first model.
func encodeModel(w *bytes.Buffer, one *yaml.Node, first bool) error {
	if first {
		return encodeYAML(w, one)
	}
	var buf bytes.Buffer
	if err := encodeYAML(&buf, one); err != nil {
		return err
	}
	text, ok := bytes.CutPrefix(buf.Bytes(), []byte("models:\n"))
	if !ok {
		return fmt.Errorf("spec import: unexpected YAML for a model: %.40q", buf.Bytes())
	}
	w.Write(text)
	return nil
}

// encodeYAML writes n as a YAML document of the spec's indentation.
func encodeYAML(w *bytes.Buffer, n *yaml.Node) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{n}}); err != nil {
		return fmt.Errorf("spec import: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("spec import: %w", err)
	}
	return nil
}

func originText(s *model.Schema) string {
	if s.Origin != "" {
		return s.Origin
	}
	return string(s.Source)
}

func mostCommonSchema(ts []*model.Table) string {
	count := map[string]int{}
	for _, t := range ts {
		count[t.Schema]++
	}
	best := ""
	for name, n := range count {
		if n > count[best] || (n == count[best] && name < best) {
			best = name
		}
	}
	return best
}

// modelName turns a table name into a class-like name: knowledge_entities →
// KnowledgeEntities, made unique within the file.
func modelName(table string, used map[string]int) string {
	var b strings.Builder
	upper := true
	for _, r := range table {
		if r == '_' || r == ' ' || r == '-' || r == '.' {
			upper = true
			continue
		}
		if upper {
			r = unicode.ToUpper(r)
		}
		upper = false
		b.WriteRune(r)
	}
	name := b.String()
	if name == "" {
		name = "Model"
	}
	used[name]++
	if n := used[name]; n > 1 {
		name += strconv.Itoa(n)
	}
	return name
}

// marshalTable writes one model. From the ORM models (fromORM) the class,
// attribute and section names and the ORM's own type spellings are kept.
func marshalTable(a *arena, t *model.Table, schema string, used map[string]int, fromORM bool) (*yaml.Node, []string) {
	tm := &tableMarshal{a: a, t: t, where: model.QName{Schema: t.Schema, Name: t.Name}.String(), fromORM: fromORM}
	m := tm.a.mapping()
	name := t.Model
	if name == "" || used[name] > 0 {
		name = modelName(t.Name, used)
	} else {
		used[name]++
	}
	add(m, "model", tm.a.scalar(name))
	if e, ok := model.AttrOf[model.DocEntry](t.Attrs); ok && fromORM && e.Section != "" {
		add(m, "section", tm.a.scalar(e.Section))
	}
	add(m, "table", tm.a.scalar(t.Name))
	if t.Schema != schema {
		add(m, "schema", tm.a.scalar(t.Schema))
	}
	// A single-column UNIQUE with PostgreSQL's default name is said on the
	// column; every other unique constraint goes to uniques:.
	colUnique := map[string]bool{}
	var uniques []*model.Key
	for _, u := range t.Uniques {
		if len(u.Columns) == 1 && u.Name == objectName(t.Name, u.Columns[0], "key") && !u.NullsNotDistinct {
			colUnique[u.Columns[0]] = true
			continue
		}
		uniques = append(uniques, u)
	}
	add(m, "columns", tm.columns(colUnique))
	if len(uniques) > 0 {
		add(m, "uniques", tm.uniques(uniques))
	}
	if len(t.Indexes) > 0 {
		add(m, "indexes", tm.indexes())
	}
	if len(t.ForeignKeys) > 0 {
		add(m, "foreign_keys", tm.foreignKeys())
	}
	if rs := marshalRowSecurity(tm.a, t); rs != nil {
		add(m, "row_security", rs)
	}
	for _, c := range t.Checks {
		tm.omit("%s: CHECK (%s)", tm.where, c.Expr)
	}
	if t.PartitionBy != "" {
		tm.omit("%s: PARTITION BY %s (%d partitions)", tm.where, t.PartitionBy, len(t.Partitions))
	}
	return m, tm.omitted
}

// tableMarshal writes one table's model and lists what the spec format
// cannot say about it.
type tableMarshal struct {
	a       *arena
	t       *model.Table
	where   string // the table's name in omitted lines
	omitted []string
	fromORM bool
}

func (tm *tableMarshal) omit(format string, args ...any) {
	tm.omitted = append(tm.omitted, fmt.Sprintf(format, args...))
}

// columns writes columns:; colUnique marks the columns whose unique
// constraint is said on the column.
func (tm *tableMarshal) columns(colUnique map[string]bool) *yaml.Node {
	t := tm.t
	pk := map[string]bool{}
	if t.PrimaryKey != nil {
		for _, c := range t.PrimaryKey.Columns {
			pk[c] = true
		}
	}
	cols := &yaml.Node{Kind: yaml.SequenceNode}
	for _, c := range t.Columns {
		cm := tm.a.mapping()
		add(cm, "name", tm.a.scalar(c.Name))
		if c.Attr != "" {
			add(cm, "attr", tm.a.scalar(c.Attr))
		}
		add(cm, "type", tm.a.scalar(tm.typeText(c)))
		if pk[c.Name] {
			add(cm, "primary_key", tm.a.scalar("true"))
		}
		if colUnique[c.Name] {
			add(cm, "unique", tm.a.scalar("true"))
		}
		if c.NotNull && !pk[c.Name] {
			add(cm, "nullable", tm.a.scalar("false"))
		}
		if c.Default != "" {
			add(cm, "default", tm.a.scalar(c.Default))
		}
		if c.AutoIncrement {
			add(cm, "autoincrement", tm.a.scalar("true"))
		}
		if c.Generated != "" {
			tm.omit("%s.%s: GENERATED ALWAYS AS (%s) STORED", tm.where, c.Name, c.Generated)
		}
		if c.Collation != "" {
			tm.omit("%s.%s: COLLATE %s", tm.where, c.Name, c.Collation)
		}
		cols.Content = append(cols.Content, cm)
	}
	return cols
}

// uniques writes uniques:.
func (tm *tableMarshal) uniques(uniques []*model.Key) *yaml.Node {
	us := &yaml.Node{Kind: yaml.SequenceNode}
	for _, u := range uniques {
		um := tm.a.mapping()
		add(um, "columns", tm.a.flowList(u.Columns))
		add(um, "name", tm.a.scalar(u.Name))
		if u.NullsNotDistinct {
			tm.omit("%s: UNIQUE NULLS NOT DISTINCT on %s", tm.where, u.Name)
		}
		us.Content = append(us.Content, um)
	}
	return us
}

// indexes writes indexes:, in name order.
func (tm *tableMarshal) indexes() *yaml.Node {
	ixs := &yaml.Node{Kind: yaml.SequenceNode}
	for _, ix := range sortedIndexes(tm.t.Indexes) {
		im := tm.a.mapping()
		add(im, "name", tm.a.scalar(ix.Name))
		keys := make([]string, len(ix.Keys))
		for i, k := range ix.Keys {
			keys[i] = k.String()
		}
		add(im, "columns", tm.a.flowList(keys))
		if ix.Unique {
			add(im, "unique", tm.a.scalar("true"))
		}
		if ix.Method != "" && ix.Method != "btree" {
			add(im, "using", tm.a.scalar(ix.Method))
		}
		if ix.Where != "" {
			add(im, "where", tm.a.scalar(ix.Where))
		}
		if len(ix.Include) > 0 {
			add(im, "include", tm.a.flowList(ix.Include))
		}
		if ix.NullsNotDistinct {
			tm.omit("%s: NULLS NOT DISTINCT on index %s", tm.where, ix.Name)
		}
		ixs.Content = append(ixs.Content, im)
	}
	return ixs
}

// foreignKeys writes foreign_keys:.
func (tm *tableMarshal) foreignKeys() *yaml.Node {
	fks := &yaml.Node{Kind: yaml.SequenceNode}
	for _, fk := range tm.t.ForeignKeys {
		fm := tm.a.mapping()
		add(fm, "columns", tm.a.flowList(fk.Columns))
		ref := tm.a.mapping()
		add(ref, "table", tm.a.scalar(fk.RefTable))
		add(ref, "columns", tm.a.flowList(fk.RefColumns))
		if fk.RefSchema != tm.t.Schema {
			add(ref, "schema", tm.a.scalar(fk.RefSchema))
		}
		add(fm, "references", ref)
		add(fm, "name", tm.a.scalar(fk.Name))
		if fk.OnDelete != "" && fk.OnDelete != "NO ACTION" {
			add(fm, "on_delete", tm.a.scalar(fk.OnDelete))
		}
		if fk.OnUpdate != "" && fk.OnUpdate != "NO ACTION" {
			add(fm, "on_update", tm.a.scalar(fk.OnUpdate))
		}
		if fk.Deferrable {
			add(fm, "deferrable", tm.a.scalar("true"))
		}
		if fk.InitiallyDeferred {
			add(fm, "initially_deferred", tm.a.scalar("true"))
		}
		if fk.Match != "" {
			tm.omit("%s: MATCH %s on %s", tm.where, fk.Match, fk.Name)
		}
		fks.Content = append(fks.Content, fm)
	}
	return fks
}

func sortedIndexes(ixs []*model.Index) []*model.Index {
	out := append([]*model.Index(nil), ixs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// typeText is the column's type as the spec says it: the ORM's own
// spelling (String(255), DateTime(tz)) when it reads back as the same type,
// else the SQL name.
func (tm *tableMarshal) typeText(c *model.Column) string {
	if tm.fromORM && c.RawType != "" {
		if t, err := ParseType(c.RawType); err == nil && t.Equal(c.Type) {
			return c.RawType
		}
	}
	return c.Type.String()
}

func (a *arena) scalars(vs []string) []*yaml.Node {
	out := make([]*yaml.Node, len(vs))
	for i, v := range vs {
		out[i] = a.scalar(v)
	}
	return out
}

func (a *arena) mapping() *yaml.Node { return a.node(yaml.MappingNode) }

func (a *arena) scalar(v string) *yaml.Node {
	n := a.node(yaml.ScalarNode)
	n.Value = v
	if v != "true" && v != "false" && !isInt(v) {
		n.Tag = "!!str"
	}
	return n
}

func (a *arena) flowList(vs []string) *yaml.Node {
	n := a.node(yaml.SequenceNode)
	n.Style = yaml.FlowStyle
	for _, v := range vs {
		n.Content = append(n.Content, a.scalar(v))
	}
	return n
}

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, keyNode(key), v)
}

// keys holds one node per mapping key: keys are a handful of fixed words,
// and the encoders only read nodes, so every model shares them.
var keys sync.Map

func keyNode(k string) *yaml.Node {
	if n, ok := keys.Load(k); ok {
		return n.(*yaml.Node)
	}
	n, _ := keys.LoadOrStore(k, (*arena)(nil).scalar(k))
	return n.(*yaml.Node)
}
