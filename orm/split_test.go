package orm

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ariadrift/ariadrift/model"
)

// readWith parses src as one piece or cut into as many parts as it has
// classes, and returns the schema, the warnings and the error.
func readWith(t *testing.T, src []byte, cut bool) (*model.Schema, []string, string) {
	t.Helper()
	oldMin, oldMax := minPart, maxParts
	defer func() { minPart, maxParts = oldMin, oldMax }()
	minPart, maxParts = len(src)+1, 1
	if cut {
		minPart, maxParts = 1, 64
	}
	var warns []string
	s, err := Parse(src, "m.py", Options{Warn: func(p model.Pos, m string) { warns = append(warns, p.String()+": "+m) }})
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	return s, warns, msg
}

// TestCutParseIsWholeParse checks that a file parsed in parts reads exactly
// as the same file parsed in one piece, cuts inside strings, brackets and
// decorators included.
func TestCutParseIsWholeParse(t *testing.T) {
	srcs := map[string][]byte{
		"generated": genModels(40),
		"string":    []byte(header + base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    doc = \"\"\"\n    x\nclass B(Base):\n    \"\"\"\nclass C(Base):\n    __tablename__ = 'c'\n    id: Mapped[int] = mapped_column(primary_key=True)\n"),
		"bracket":   []byte(header + base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(\n        primary_key=True,\nclass B(Base):\n    __tablename__ = 'b'\n"),
		"decorator": []byte(header + base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n@reg.mapped\nclass B:\n    __tablename__ = 'b'\n    id: Mapped[int] = mapped_column(primary_key=True)\n"),
		"error":     []byte(header + base2 + "class A(Base):\n    __tablename__ = 'a'\n    x = 1\nclass B(Base)\n    pass\n"),
	}
	err := filepath.WalkDir("testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".py") {
			srcs[p], err = os.ReadFile(p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range srcs {
		ws, ww, we := readWith(t, src, false)
		cs, cw, ce := readWith(t, src, true)
		if d := cmp.Diff(we, ce); d != "" {
			t.Errorf("%s: error (-whole +cut):\n%s", name, d)
		}
		if d := cmp.Diff(ww, cw); d != "" {
			t.Errorf("%s: warnings (-whole +cut):\n%s", name, d)
		}
		if d := cmp.Diff(ws, cs, cmp.Exporter(func(reflect.Type) bool { return true })); d != "" {
			t.Errorf("%s: schema (-whole +cut):\n%s", name, d)
		}
	}
}

func TestCutPoints(t *testing.T) {
	src := genModels(10)
	cuts := cutPoints(src, 64)
	if len(cuts) < 5 {
		t.Fatalf("%d cuts in 10 models", len(cuts))
	}
	for _, c := range cuts {
		if !strings.HasPrefix(string(src[c:]), "class Model") {
			t.Errorf("cut at %d: %.20q", c, src[c:])
		}
	}
}
