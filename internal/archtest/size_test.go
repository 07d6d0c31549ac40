package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// The size limits keep every function readable at once and every file
// about one thing. Tests are exempt: a table of cases is long by nature.
// So are third_party, code kept as its authors wrote it, and generated
// files, which are read through their generator.
const (
	maxFuncLines = 80
	maxFileLines = 800
)

// TestSizes fails on a non-test function over maxFuncLines lines or a
// non-test file over maxFileLines lines, anywhere in the module.
func TestSizes(t *testing.T) {
	root := "../.."
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); p != root && (name == "testdata" || name == "node_modules" || name == "third_party" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			checkSizes(t, root, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkSizes reports the over-long functions and the length of one file.
func checkSizes(t *testing.T, root, path string) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution|parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	name, _ := filepath.Rel(root, path)
	if ast.IsGenerated(f) {
		return
	}
	if n := fset.File(f.Pos()).LineCount(); n > maxFileLines {
		t.Errorf("%s: %d lines, over the %d-line limit: split it along its seams", name, n, maxFileLines)
	}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil {
			continue
		}
		start, end := fset.Position(fn.Pos()), fset.Position(fn.End())
		if n := end.Line - start.Line + 1; n > maxFuncLines {
			t.Errorf("%s:%d: func %s is %d lines, over the %d-line limit", name, start.Line, fn.Name.Name, n, maxFuncLines)
		}
	}
}
