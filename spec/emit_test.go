package spec

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/model"
)

// awkward are values YAML readers take for something else, or that need
// quoting in block or flow context, or that yaml.v3 writes over many lines.
var awkward = []string{
	"id", "created_at", "Name", "_x", "x1", "", " ", " lead", "trail ", "yes", "No", "ON", "off", "y", "n",
	"null", "Null", "~", "true", "False", "007", "0", "-1", "+1", "1e3", "0x1F", "0o17", ".inf", "-.Inf",
	".nan", "1.5", "1_000", "12:30", "190:20:30", "2024-01-01", "2024-01-01 00:00:00+00", "a: b", "a:b",
	"x #y", "#x", "a,b", "[x]", "{x}", "x]", "- x", "-x", "? x", "&a", "*a", "!x", "%x", "@x", "`x",
	"'x'", `"x"`, `'''general'''`, "now()", "nextval('s'::regclass)", "varchar(20)", "numeric(10,2)",
	"timestamp with time zone", "x\ty", "line\nbreak", "trailing\n", "é", "日本", "\x7f", "a\\b",
	"'{}'::text[]", "|x", ">x", strings.Repeat("long value ", 30), "select", "--", "---", "...",
}

// tableOf builds a table whose names, types, defaults and index keys are
// the given values, so every value meets every position Marshal writes.
func tableOf(vals []string) *model.Table {
	t := &model.Table{Schema: "public", Name: "t"}
	for i, v := range vals {
		t.Columns = append(t.Columns, &model.Column{Name: fmt.Sprintf("c%d", i), Type: model.Type{Name: "text"}, Default: v})
		t.Columns = append(t.Columns, &model.Column{Name: v, Type: model.Type{Name: "text"}, NotNull: true})
		t.Indexes = append(t.Indexes, &model.Index{Name: fmt.Sprintf("i%d", i), Keys: []model.IndexKey{{Column: v}, {Expr: v}}, Where: v})
	}
	t.ForeignKeys = []*model.ForeignKey{{Name: "f", Columns: vals[:2], RefTable: vals[2], RefColumns: vals[:2], OnDelete: "CASCADE"}}
	return t
}

// viaYAML is the model's text as yaml.v3 writes it, or its error.
func viaYAML(m *yaml.Node, first bool) string {
	var b bytes.Buffer
	one := (*arena)(nil).mapping()
	add(one, "models", &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{m}})
	if err := encodeModel(&b, one, first); err != nil {
		return "error: " + err.Error()
	}
	return b.String()
}

func viaEmitter(em *emitter, m *yaml.Node, first bool) string {
	var b bytes.Buffer
	if err := em.model(&b, m, first); err != nil {
		return "error: " + err.Error()
	}
	return b.String()
}

func TestEmitterWritesWhatYAMLWrites(t *testing.T) {
	em := newEmitter(nil)
	for i, v := range awkward {
		m, _ := marshalTable(&arena{}, tableOf([]string{v, "a", "b"}), "public", map[string]int{}, false)
		want := viaYAML(m, i == 0)
		require.NotContains(t, want, "error:")
		require.Equal(t, want, viaEmitter(em, m, i == 0), "value %q", v)
	}
	m, _ := marshalTable(&arena{}, tableOf(awkward), "public", map[string]int{}, false)
	require.Equal(t, viaYAML(m, true), viaEmitter(em, m, true))
}

func TestPlainAsIs(t *testing.T) {
	for _, c := range []struct {
		v, tag string
		want   bool
	}{
		{"id", "!!str", true}, {"_a1", "!!str", true}, {"yes", "!!str", false}, {"NULL", "!!str", false},
		{"1a", "!!str", false}, {"a-b", "!!str", false}, {"", "!!str", false}, {"12", "", true},
		{"012", "", false}, {"true", "", true}, {"x", "", false}, {"id", "!!int", false},
	} {
		require.Equal(t, c.want, plainAsIs(c.v, c.tag), "%q %q", c.v, c.tag)
	}
}

func FuzzEmitter(f *testing.F) {
	for _, v := range awkward {
		f.Add(v)
	}
	em := newEmitter(nil)
	f.Fuzz(func(t *testing.T, v string) {
		m, _ := marshalTable(&arena{}, tableOf([]string{v, "a", "b"}), "public", map[string]int{}, false)
		require.Equal(t, viaYAML(m, false), viaEmitter(em, m, false), "value %q", v)
	})
}
