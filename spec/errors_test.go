package spec

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// y joins lines into a YAML document, so that line numbers in the expected
// messages can be read off the test table.
func y(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// head is the start every invalid spec below shares: lines 1-6.
var head = []string{
	"version: 1",
	"models:",
	"  - model: Goal",
	"    table: goals",
	"    columns:",
	"      - {name: id, type: UUID, primary_key: true}",
}

// withHead appends lines to head; the first appended line is line 7.
func withHead(lines ...string) string { return y(append(append([]string(nil), head...), lines...)...) }

func TestParseErrors(t *testing.T) {
	const f = "spec/models.yaml"
	cases := []struct {
		name string
		src  string
		want string
	}{
		{"empty file", "", f + ": the file is empty"},
		{"only a comment", "# nothing\n", f + ": the file is empty"},
		{"yaml syntax", y("version: 1", "models: [", ""), f + ":3: invalid YAML: did not find expected node content"},
		{"invalid utf-8", "version: 1\nmodels: \xff\n", f + ":2:9: invalid byte sequence for encoding \"UTF8\": 0xff"},
		{"two documents", y("version: 1", "---", "version: 1"), f + ":2:1: only one YAML document is allowed"},
		{"top is a list", y("- version: 1"), f + ":1:1: expected a mapping, found a list"},
		{"unknown top key", withHead("tables: []"), f + ":7:1: unknown key \"tables\"; expected one of version, document, schema, expected_tables, models"},
		{"repeated key", withHead("version: 1"), f + ":7:1: key \"version\" is given twice (first on line 1)"},
		{"merge key", y("base: &b {version: 1}", "<<: *b"), f + ":1:1: unknown key \"base\"; expected one of version, document, schema, expected_tables, models\n" +
			f + ":1:1: missing required key \"version\"\n" + f + ":1:1: missing required key \"models\"\n" +
			f + ":2:1: merge keys (<<) are not supported"},
		{"missing version", y("models:", "  - model: Goal", "    table: goals", "    columns: [{name: id, type: UUID}]"),
			f + ":1:1: missing required key \"version\""},
		{"version 2", y("version: 2", "models: [{model: Goal, table: goals, columns: [{name: id, type: UUID}]}]"),
			f + ":1:10: version 2 is not supported; this ariadrift reads version 1"},
		{"version string", y("version: one", "models: [{model: Goal, table: goals, columns: [{name: id, type: UUID}]}]"),
			f + ":1:10: version: expected a number, found a string"},
		{"missing models", y("version: 1"), f + ":1:1: missing required key \"models\""},
		{"empty models", y("version: 1", "models: []"), f + ":2:9: models: the list is empty"},
		{"models is a scalar", y("version: 1", "models: Goal"), f + ":2:9: models: expected a list, found a string"},
		{"document is a list", withHead("document: [a]"), f + ":7:11: document: expected a mapping, found a list"},
		{"unknown document key", withHead("document: {titel: x}"), f + ":7:12: document: unknown key \"titel\"; expected one of title, notes, sections"},
		{"section not listed", y("version: 1", "document: {sections: [Core]}", "models:", "  - model: Goal", "    section: Core Domain",
			"    table: goals", "    columns: [{name: id, type: UUID}]"),
			f + ":5:14: model \"Goal\": section \"Core Domain\" is not listed in document.sections"},
		{"unknown model key", y("version: 1", "models:", "  - model: Goal", "    tabel: goals", "    columns: [{name: id, type: UUID}]"),
			f + ":3:5: model \"Goal\": missing required key \"table\"\n" +
				f + ":4:5: model \"Goal\": unknown key \"tabel\"; expected one of model, section, table, schema, note, columns, uniques, indexes, foreign_keys, row_security"},
		{"missing model", y("version: 1", "models:", "  - table: goals", "    columns: [{name: id, type: UUID}]"),
			f + ":3:5: model #1: missing required key \"model\""},
		{"missing columns", y("version: 1", "models:", "  - model: Goal", "    table: goals"),
			f + ":3:5: model \"Goal\": missing required key \"columns\""},
		{"columns is a mapping", y("version: 1", "models:", "  - model: Goal", "    table: goals", "    columns: {id: UUID}"),
			f + ":5:14: model \"Goal\": columns: expected a list, found a mapping"},
		{"model is a scalar", y("version: 1", "models:", "  - Goal"), f + ":3:5: model #1: expected a mapping, found a string"},
		{"unknown column key", withHead("      - {name: title, type: Text, nulable: false}"),
			f + ":7:35: model \"Goal\": column \"title\": unknown key \"nulable\"; expected one of name, attr, type, primary_key, unique, nullable, default, autoincrement"},
		{"missing column name", withHead("      - {type: Text}"), f + ":7:9: model \"Goal\": column #2: missing required key \"name\""},
		{"missing column type", withHead("      - {name: title}"), f + ":7:9: model \"Goal\": column \"title\": missing required key \"type\""},
		{"unknown type", withHead("      - name: priority", "        type: Integr"), f + ":8:15: model \"Goal\": column \"priority\": unknown type \"Integr\""},
		{"bad type argument", withHead("      - {name: title, type: String(long)}"),
			f + ":7:29: model \"Goal\": column \"title\": type \"String(long)\": argument \"long\" is not understood"},
		{"serial type", withHead("      - {name: n, type: serial}"),
			f + ":7:25: model \"Goal\": column \"n\": type \"serial\": write the integer type with autoincrement: true"},
		{"duplicate column", withHead("      - {name: id, type: Text}"), f + ":7:16: model \"Goal\": column \"id\" is defined twice (first on line 6)"},
		{"duplicate attr", withHead("      - {name: a, attr: x, type: Text}", "      - {name: b, attr: x, type: Text}"),
			f + ":8:25: model \"Goal\": column \"b\": attribute \"x\" is already used on line 7"},
		{"attr clashes with a column name", withHead("      - {name: a, attr: id, type: Text}"),
			f + ":7:25: model \"Goal\": column \"a\": attribute \"id\" is already used on line 6"},
		{"name too long", withHead("      - {name: " + strings.Repeat("a", 64) + ", type: Text}"),
			f + ":7:16: model \"Goal\": column #2: name: \"" + strings.Repeat("a", 64) + "\" is longer than 63 bytes"},
		{"name with NUL", withHead(`      - {name: "a\0b", type: Text}`), f + ":7:16: model \"Goal\": column #2: name: contains a NUL byte"},
		{"boolean expected", withHead("      - {name: title, type: Text, nullable: no}"),
			f + ":7:45: model \"Goal\": column \"title\": nullable: expected true or false, found a string"},
		{"nullable primary key", withHead("      - {name: k, type: Text, primary_key: true, nullable: true}"),
			f + ":7:60: model \"Goal\": column \"k\": a primary key column cannot be nullable"},
		{"autoincrement on text", withHead("      - {name: n, type: Text, autoincrement: true}"),
			f + ":7:46: model \"Goal\": column \"n\": autoincrement needs an integer type, not text"},
		{"autoincrement with default", withHead("      - {name: n, type: Integer, autoincrement: true, default: 1}"),
			f + ":7:64: model \"Goal\": column \"n\": default and autoincrement cannot both be given"},
		{"bad default", withHead("      - {name: n, type: Integer, default: \"1 +\"}"),
			f + ":7:43: model \"Goal\": column \"n\": default: expression \"1 +\": syntax error at end of input"},
		{"default is a list", withHead("      - {name: n, type: Integer, default: [1]}"),
			f + ":7:43: model \"Goal\": column \"n\": default: expected a SQL expression, found a list"},
		{"empty default", withHead("      - {name: n, type: Integer, default: \"\"}"),
			f + ":7:43: model \"Goal\": column \"n\": default: must not be empty"},
		{"duplicate model", withHead("  - model: Goal", "    table: goals2", "    columns: [{name: id, type: UUID}]"),
			f + ":7:12: model \"Goal\" is defined twice (first on line 3)"},
		{"duplicate table", withHead("  - model: Goal2", "    table: goals", "    columns: [{name: id, type: UUID}]"),
			f + ":8:12: model \"Goal2\": table \"goals\" is already the table of model \"Goal\" (line 3)"},
		{"table also expected", y("version: 1", "expected_tables: [{name: goals}]", "models:", "  - model: Goal", "    table: goals",
			"    columns: [{name: id, type: UUID}]"),
			f + ":5:12: model \"Goal\": table \"goals\" is also listed in expected_tables"},
		{"expected twice", y("version: 1", "expected_tables:", "  - name: a", "  - name: a", "models: [{model: Goal, table: goals, columns: [{name: id, type: UUID}]}]"),
			f + ":4:11: expected table \"a\" is listed twice (first on line 3)"},
		{"expected without name", y("version: 1", "expected_tables:", "  - reason: x", "models: [{model: Goal, table: goals, columns: [{name: id, type: UUID}]}]"),
			f + ":3:5: expected table #1: missing required key \"name\""},
		{"index without name", withHead("    indexes:", "      - columns: [id]"),
			f + ":8:9: model \"Goal\": index #1: missing required key \"name\""},
		{"index without columns", withHead("    indexes:", "      - name: idx_goals_id"),
			f + ":8:9: model \"Goal\": index \"idx_goals_id\": missing required key \"columns\""},
		{"index columns is a scalar", withHead("    indexes:", "      - {name: idx_goals_id, columns: id}"),
			f + ":8:39: model \"Goal\": index \"idx_goals_id\": columns: expected a list, found a string"},
		{"index on unknown column", withHead("    indexes:", "      - {name: idx_goals_status, columns: [status DESC]}"),
			f + ":8:44: model \"Goal\": index \"idx_goals_status\": unknown column \"status\""},
		{"index expression on unknown column", withHead("    indexes:", "      - {name: idx_goals_lower, columns: [lower(title)]}"),
			f + ":8:43: model \"Goal\": index \"idx_goals_lower\": unknown column \"title\""},
		{"index expr mapping on unknown column", withHead("    indexes:", "      - name: idx_goals_sum", "        columns: [{expr: a + id, desc: true}]"),
			f + ":9:19: model \"Goal\": index \"idx_goals_sum\": unknown column \"a\""},
		{"index key syntax", withHead("    indexes:", "      - {name: idx_goals_id, columns: [id DESC DESC]}"),
			f + ":8:40: model \"Goal\": index \"idx_goals_id\": key \"id DESC DESC\": syntax error at or near \"DESC\""},
		{"index key smuggling a clause", withHead("    indexes:", "      - {name: idx_goals_id, columns: [\"id) WHERE (true\"]}"),
			f + ":8:40: model \"Goal\": index \"idx_goals_id\": key \"id) WHERE (true\": not a single index key"},
		{"index nulls", withHead("    indexes:", "      - name: idx_goals_id", "        columns: [{expr: id, nulls: middle}]"),
			f + ":9:37: model \"Goal\": index \"idx_goals_id\": nulls: expected first or last, found \"middle\""},
		{"index where on unknown column", withHead("    indexes:", "      - {name: idx_goals_id, columns: [id], where: done}"),
			f + ":8:52: model \"Goal\": index \"idx_goals_id\": where: unknown column \"done\""},
		{"index where syntax", withHead("    indexes:", "      - {name: idx_goals_id, columns: [id], where: \"id =\"}"),
			f + ":8:52: model \"Goal\": index \"idx_goals_id\": where: expression \"id =\": syntax error at end of input"},
		{"index include unknown column", withHead("    indexes:", "      - {name: idx_goals_id, columns: [id], include: [title]}"),
			f + ":8:55: model \"Goal\": index \"idx_goals_id\": unknown column \"title\""},
		{"index bad method", withHead("    indexes:", "      - {name: idx_goals_id, columns: [id], using: \"b tree\"}"),
			f + ":8:52: model \"Goal\": index \"idx_goals_id\": using: \"b tree\" is not an access method name"},
		{"duplicate index", withHead("    indexes:", "      - {name: idx_goals_id, columns: [id]}", "      - {name: idx_goals_id, columns: [id DESC]}"),
			f + ":9:16: model \"Goal\": index \"idx_goals_id\": name \"idx_goals_id\" is already used by index \"idx_goals_id\" on table \"goals\" (line 8); tables and indexes share one namespace per schema"},
		{"index named like a table", withHead("    indexes:", "      - {name: goals, columns: [id]}"),
			f + ":8:16: model \"Goal\": index \"goals\": name \"goals\" is already used by table \"goals\" (line 4); tables and indexes share one namespace per schema"},
		{"unique on unknown column", withHead("    uniques:", "      - columns: [id, slug]"),
			f + ":8:23: model \"Goal\": unique #1: unknown column \"slug\""},
		{"unique column twice", withHead("    uniques:", "      - columns: [id, id]"),
			f + ":8:23: model \"Goal\": unique #1: columns: \"id\" is listed twice"},
		{"fk on unknown column", withHead("    foreign_keys:", "      - {columns: [parent_id], references: {table: goals, columns: [id]}}"),
			f + ":8:20: model \"Goal\": foreign key (parent_id): unknown column \"parent_id\""},
		{"fk to unknown table", withHead("    foreign_keys:", "      - {columns: [id], references: {table: goal, columns: [id]}}"),
			f + ":8:45: model \"Goal\": foreign key (id): references unknown table \"goal\""},
		{"fk to unknown column", withHead("    foreign_keys:", "      - {columns: [id], references: {table: goals, columns: [uid]}}"),
			f + ":8:62: model \"Goal\": foreign key (id): references unknown column \"uid\" of table \"goals\""},
		{"fk to a model further down", withHead(
			"      - {name: owner, type: UUID}",
			"    foreign_keys:",
			"      - {columns: [owner], references: {table: users, columns: [name]}}",
			"  - model: User",
			"    table: users",
			"    columns: [{name: id, type: UUID, primary_key: true}, {name: name, type: Text}]"),
			f + ":9:48: model \"Goal\": foreign key (owner): columns (name) of table \"users\" are not its primary key or a unique key"},
		{"fk bad on_delete", withHead("    foreign_keys:", "      - {columns: [id], references: {table: goals, columns: [id]}, on_delete: CASCAD}"),
			f + ":8:79: model \"Goal\": foreign key (id): on_delete: \"CASCAD\" is not one of NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT"},
		{"fk without references", withHead("    foreign_keys:", "      - {columns: [id]}"),
			f + ":8:9: model \"Goal\": foreign key (id): missing required key \"references\""},
		{"fk references without table", withHead("    foreign_keys:", "      - {columns: [id], references: {columns: [id]}}"),
			f + ":8:37: model \"Goal\": foreign key (id): references: missing required key \"table\""},
		{"fk column count", withHead("    foreign_keys:", "      - {columns: [id], references: {table: goals, columns: [id, id2]}}"),
			f + ":8:61: model \"Goal\": foreign key (id): references.columns lists 2 columns for 1"},
		{"fk not deferrable but deferred", withHead("    foreign_keys:",
			"      - {columns: [id], references: {table: goals, columns: [id]}, deferrable: false, initially_deferred: true}"),
			f + ":8:107: model \"Goal\": foreign key (id): initially_deferred needs a deferrable constraint"},
		{"alias cycle", y("version: 1", "models: &m [*m]"), f + ":2:13: alias *m refers to a node that contains it"},
		{"alias bomb", aliasBomb(), f + ":8:26: aliases expand the document past 5000000 nodes"},
		{"several problems, in file order", withHead(
			"      - {name: a, type: Strin}",
			"      - {name: b, type: Text, default: \"(\"}",
			"    indexes: [{name: ix, columns: [c]}]"),
			f + ":7:25: model \"Goal\": column \"a\": unknown type \"Strin\"\n" +
				f + ":8:40: model \"Goal\": column \"b\": default: expression \"(\": syntax error at end of input\n" +
				f + ":9:36: model \"Goal\": index \"ix\": unknown column \"c\""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse([]byte(tc.src), f)
			require.Error(t, err)
			require.Nil(t, s)
			require.Equal(t, tc.want, err.Error())
			var list ErrorList
			require.True(t, errors.As(err, &list))
			var first *Error
			require.True(t, errors.As(err, &first))
			require.Equal(t, f, first.Pos.File)
		})
	}
}

// aliasBomb is the "billion laughs" document: ten levels of anchors, each
// ten aliases of the one before. a5, on line 7, passes the limit at its
// second alias: a4 expands to 122111 nodes.
func aliasBomb() string {
	lines := []string{"version: 1", `a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]`}
	for i := 1; i < 10; i++ {
		prev := "*a" + string(rune('0'+i-1))
		items := strings.Repeat(prev+",", 9) + prev
		lines = append(lines, "a"+string(rune('0'+i))+": &a"+string(rune('0'+i))+" ["+items+"]")
	}
	return y(lines...)
}

func TestLoadErrors(t *testing.T) {
	_, err := Load("testdata/does-not-exist.yaml")
	require.ErrorContains(t, err, "read spec: open testdata/does-not-exist.yaml")

	big := make([]byte, maxFileSize+1)
	_, err = Parse(big, "big.yaml")
	require.EqualError(t, err, "big.yaml: the file is larger than 4194304 bytes")
}

func TestErrorListLimit(t *testing.T) {
	var lines []string
	for i := 0; i < maxErrors+5; i++ {
		lines = append(lines, fmt.Sprintf("      - {name: c%d, type: Nope}", i))
	}
	_, err := Parse([]byte(withHead(lines...)), "m.yaml")
	require.Error(t, err)
	var list ErrorList
	require.True(t, errors.As(err, &list))
	require.Len(t, list, maxErrors+5)
	out := strings.Split(err.Error(), "\n")
	require.Len(t, out, maxErrors+1)
	require.Equal(t, "m.yaml: ... and 5 more problems", out[maxErrors])
}
