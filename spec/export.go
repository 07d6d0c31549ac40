package spec

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
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
	root := mapping()
	add(root, "version", scalar(strconv.Itoa(Version)))
	add(root, "schema", scalar(schema))
	models := &yaml.Node{Kind: yaml.SequenceNode}
	used := map[string]int{}
	for _, t := range s.Tables {
		m, om := marshalTable(t, schema, used)
		models.Content = append(models.Content, m)
		omitted = append(omitted, om...)
	}
	for _, v := range s.Views {
		omitted = append(omitted, fmt.Sprintf("view %s", model.QName{Schema: v.Schema, Name: v.Name}))
	}
	add(root, "models", models)

	var b bytes.Buffer
	b.WriteString("# ariadrift spec, imported from " + originText(s) + ".\n")
	b.WriteString("# Model names are derived from table names: rename them to your ORM classes.\n")
	if len(omitted) > 0 {
		b.WriteString("# Not representable in a spec, left out:\n")
		for _, o := range omitted {
			b.WriteString("#   - " + o + "\n")
		}
	}
	b.WriteString("\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return nil, nil, fmt.Errorf("spec import: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, nil, fmt.Errorf("spec import: %w", err)
	}
	return b.Bytes(), omitted, nil
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

func marshalTable(t *model.Table, schema string, used map[string]int) (*yaml.Node, []string) {
	var omitted []string
	where := model.QName{Schema: t.Schema, Name: t.Name}.String()
	m := mapping()
	add(m, "model", scalar(modelName(t.Name, used)))
	add(m, "table", scalar(t.Name))
	if t.Schema != schema {
		add(m, "schema", scalar(t.Schema))
	}
	pk := map[string]bool{}
	if t.PrimaryKey != nil {
		for _, c := range t.PrimaryKey.Columns {
			pk[c] = true
		}
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
	cols := &yaml.Node{Kind: yaml.SequenceNode}
	for _, c := range t.Columns {
		cm := mapping()
		add(cm, "name", scalar(c.Name))
		add(cm, "type", scalar(c.Type.String()))
		if pk[c.Name] {
			add(cm, "primary_key", scalar("true"))
		}
		if colUnique[c.Name] {
			add(cm, "unique", scalar("true"))
		}
		if c.NotNull && !pk[c.Name] {
			add(cm, "nullable", scalar("false"))
		}
		if c.Default != "" {
			add(cm, "default", scalar(c.Default))
		}
		if c.AutoIncrement {
			add(cm, "autoincrement", scalar("true"))
		}
		if c.Generated != "" {
			omitted = append(omitted, fmt.Sprintf("%s.%s: GENERATED ALWAYS AS (%s) STORED", where, c.Name, c.Generated))
		}
		if c.Collation != "" {
			omitted = append(omitted, fmt.Sprintf("%s.%s: COLLATE %s", where, c.Name, c.Collation))
		}
		cols.Content = append(cols.Content, cm)
	}
	add(m, "columns", cols)
	if len(uniques) > 0 {
		us := &yaml.Node{Kind: yaml.SequenceNode}
		for _, u := range uniques {
			um := mapping()
			add(um, "columns", flowList(u.Columns))
			add(um, "name", scalar(u.Name))
			if u.NullsNotDistinct {
				omitted = append(omitted, fmt.Sprintf("%s: UNIQUE NULLS NOT DISTINCT on %s", where, u.Name))
			}
			us.Content = append(us.Content, um)
		}
		add(m, "uniques", us)
	}
	if len(t.Indexes) > 0 {
		ixs := &yaml.Node{Kind: yaml.SequenceNode}
		for _, ix := range sortedIndexes(t.Indexes) {
			im := mapping()
			add(im, "name", scalar(ix.Name))
			keys := make([]string, len(ix.Keys))
			for i, k := range ix.Keys {
				keys[i] = k.String()
			}
			add(im, "columns", flowList(keys))
			if ix.Unique {
				add(im, "unique", scalar("true"))
			}
			if ix.Method != "" && ix.Method != "btree" {
				add(im, "using", scalar(ix.Method))
			}
			if ix.Where != "" {
				add(im, "where", scalar(ix.Where))
			}
			if len(ix.Include) > 0 {
				add(im, "include", flowList(ix.Include))
			}
			if ix.NullsNotDistinct {
				omitted = append(omitted, fmt.Sprintf("%s: NULLS NOT DISTINCT on index %s", where, ix.Name))
			}
			ixs.Content = append(ixs.Content, im)
		}
		add(m, "indexes", ixs)
	}
	if len(t.ForeignKeys) > 0 {
		fks := &yaml.Node{Kind: yaml.SequenceNode}
		for _, fk := range t.ForeignKeys {
			fm := mapping()
			add(fm, "columns", flowList(fk.Columns))
			ref := mapping()
			add(ref, "table", scalar(fk.RefTable))
			add(ref, "columns", flowList(fk.RefColumns))
			if fk.RefSchema != t.Schema {
				add(ref, "schema", scalar(fk.RefSchema))
			}
			add(fm, "references", ref)
			add(fm, "name", scalar(fk.Name))
			if fk.OnDelete != "" && fk.OnDelete != "NO ACTION" {
				add(fm, "on_delete", scalar(fk.OnDelete))
			}
			if fk.OnUpdate != "" && fk.OnUpdate != "NO ACTION" {
				add(fm, "on_update", scalar(fk.OnUpdate))
			}
			if fk.Deferrable {
				add(fm, "deferrable", scalar("true"))
			}
			if fk.InitiallyDeferred {
				add(fm, "initially_deferred", scalar("true"))
			}
			if fk.Match != "" {
				omitted = append(omitted, fmt.Sprintf("%s: MATCH %s on %s", where, fk.Match, fk.Name))
			}
			fks.Content = append(fks.Content, fm)
		}
		add(m, "foreign_keys", fks)
	}
	for _, c := range t.Checks {
		omitted = append(omitted, fmt.Sprintf("%s: CHECK (%s)", where, c.Expr))
	}
	if t.PartitionBy != "" {
		omitted = append(omitted, fmt.Sprintf("%s: PARTITION BY %s (%d partitions)", where, t.PartitionBy, len(t.Partitions)))
	}
	return m, omitted
}

func sortedIndexes(ixs []*model.Index) []*model.Index {
	out := append([]*model.Index(nil), ixs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

func scalar(v string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: v}
	if v != "true" && v != "false" {
		if _, err := strconv.Atoi(v); err != nil {
			n.Tag = "!!str"
		}
	}
	return n
}

func flowList(vs []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, v := range vs {
		n.Content = append(n.Content, scalar(v))
	}
	return n
}

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, scalar(key), v)
}
