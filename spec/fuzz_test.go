package spec

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the loader. It must never panic, every
// problem must name the file, and a spec that loads must load the same way
// twice.
func FuzzParse(f *testing.F) {
	// Seeds stay small: the fuzzer minimizes every input that finds new
	// code, byte by byte, and a large seed spends the fuzzing time there.
	// The full models.yaml is loaded by the other tests.
	data, err := os.ReadFile("testdata/features.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	for _, seed := range []string{
		"",
		withHead(),
		y("version: 1", "document: {title: T, notes: [n], sections: [S]}", "expected_tables: [{name: schema_migrations, reason: r}]",
			"models:", "  - model: Memory", "    section: S", "    table: memories", "    columns:",
			"      - {name: id, type: UUID, primary_key: true, default: uuid_generate_v4()}",
			"      - {attr: metadata_json, name: metadata, type: JSONB, default: \"'{}'\"}",
			"      - {name: updated_at, type: DateTime(tz), default: NOW(), nullable: true}",
			"    indexes: [{name: idx_memories_updated, columns: [updated_at DESC]}]"),
		withHead("tables: []", "    colums: []"),
		withHead("      - {name: t, type: Integr, nulable: yes}"),
		withHead("    indexes: [{name: ix, columns: [\"id) WHERE (true\"], where: \"id = \"}]"),
		withHead("    foreign_keys: [{columns: [id], references: {table: nope, columns: [id]}, on_delete: CASCAD}]"),
		withHead("    row_security: {enabled: true, forced: true, policies: [{name: p, as: restrictive, command: select,",
			"      roles: [PUBLIC, a], using: \"id IN (SELECT f() FROM goals g WHERE g.id = id)\"}, {name: p, with_check: \"(\"}]}"),
		aliasBomb(),
		y("version: 1", "models: &m [*m]"),
		y("base: &b {version: 1}", "<<: *b"),
		"version: 1\nmodels: \xff\xfe\n",
		"\xef\xbb\xbfversion: 1\n",
		strings.Repeat("[", 5000) + strings.Repeat("]", 5000),
		strings.Repeat("a:\n ", 2000) + "b",
		"version: 1\n---\nversion: 1\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data, "fuzz.yaml")
		if err != nil {
			if s != nil {
				t.Fatal("a schema was returned with an error")
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not a non-empty ErrorList: %v", err)
			}
			for _, e := range list {
				if e.Pos.File != "fuzz.yaml" || e.Msg == "" {
					t.Fatalf("problem without file or message: %#v", e)
				}
			}
			return
		}
		for i, tb := range s.Tables {
			if tb.Name == "" || tb.Model == "" || docEntry(tb).Number != i+1 || tb.Pos.Line == 0 || len(tb.Columns) == 0 {
				t.Fatalf("incomplete table %d: %+v", i, tb)
			}
		}
		again, err := Parse(data, "fuzz.yaml")
		if err != nil {
			t.Fatalf("second load failed: %v", err)
		}
		if dump(s) != dump(again) {
			t.Fatal("two loads of the same spec differ")
		}
	})
}
