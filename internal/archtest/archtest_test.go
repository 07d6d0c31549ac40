// Package archtest enforces the import rules the package docs state, so
// that a doc saying "must not import" stays true: it lists the module's
// packages with go list and checks every non-test import against them.
// Test files may import more (report's tests build schemas with spec and
// sqlparse, e2e drives the command in process).
package archtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/ariadrift/ariadrift"

// pkg is the part of go list's output the rules read.
type pkg struct {
	ImportPath   string
	Imports      []string
	TestImports  []string
	XTestImports []string
	Error        *struct{ Err string }
}

// rel names a package of the module by its directory, "." for the root.
func rel(path string) string {
	if path == module {
		return "."
	}
	return strings.TrimPrefix(path, module+"/")
}

func isModule(path string) bool { return path == module || strings.HasPrefix(path, module+"/") }

// isOwn reports one of ariadrift's own packages: third_party holds others'
// code, which the rules treat as any third-party package.
func isOwn(path string) bool { return isModule(path) && !strings.HasPrefix(rel(path), "third_party/") }

// bounded reports an import a rule's may list decides: one of the module's
// packages, except kept code imported by ariadrift's own.
func bounded(from, imp string) bool { return isModule(imp) && (isOwn(imp) || !isOwn(from)) }

// isStd reports a standard-library path: its first element has no dot.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// goCmd finds the go command that runs the tests.
func goCmd() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

// listPackages runs go list over the whole module.
func listPackages(t *testing.T) []pkg {
	t.Helper()
	cmd := exec.Command(goCmd(), "list", "-e", "-json=ImportPath,Imports,TestImports,XTestImports,Error", module+"/...")
	cmd.Dir = "../.."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.Bytes())
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	return pkgs
}

// A rule bounds what one package may import: Std alone allows only the
// standard library; otherwise any third-party package is allowed and, of
// the module's own packages, only those in May.
type rule struct {
	pkg string
	std bool
	may []string
	why string
}

// rules are the package docs' "imports" and "must not import" sentences.
var rules = []rule{
	{pkg: "model", std: true, why: "model is the floor every package stands on"},
	{pkg: "normalize", may: []string{"model", "pgast", "internal/par"}, why: "every producer depends on normalize"},
	{pkg: "diff", may: []string{"model", "internal/par"}, why: "diff must not know how a schema was produced"},
	{pkg: "spec", may: []string{"model", "normalize", "pgast"}, why: "the canonical source cannot depend on the sources it is compared with"},
	{pkg: "sqlparse", may: []string{"model", "normalize", "pgast", "sqlparse/pgnames"}, why: "a producer does not import the other producers, diff or report"},
	{pkg: "sqlparse/pgnames", may: []string{}, why: "pgnames is data about PostgreSQL and knows nothing of the replay"},
	{pkg: "introspect", may: []string{"model", "normalize", "pgast", "introspect/nodetree"}, why: "a producer does not import the other producers, diff or report"},
	{pkg: "introspect/nodetree", may: []string{"model"}, why: "nodetree reads the catalog's stored trees and knows nothing of the read"},
	{pkg: "orm", may: []string{"model", "normalize"}, why: "a producer does not import the other producers, diff or the command line"},
	{pkg: "plan", may: []string{"model", "diff"}, why: "plan must not know how either schema was read"},
	{pkg: "erd", may: []string{"model", "diff", "report"}, why: "erd renders and does not produce schemas"},
	{pkg: "report", may: []string{"model", "diff"}, why: "report renders findings and does not produce schemas"},
	{pkg: "refdoc", may: []string{"model", "diff", "report", "erd"}, why: "the reference document is rendered, not produced; its diagrams are erd's"},
	{pkg: "plan", may: []string{"model", "diff"}, why: "a plan is made from schemas and findings, not from where they were read"},
	{pkg: "internal/config", may: []string{"diff"}, why: "config does not import the producers"},
	{pkg: "internal/baseline", may: []string{"diff"}, why: "baseline does not import the producers"},
	{pkg: "internal/pgtest", may: []string{}, why: "pgtest is test support and imports nothing from ariadrift"},
	{pkg: "internal/par", std: true, why: "par runs work and knows nothing of schemas"},
	{pkg: "internal/gctune", std: true, why: "gctune paces the runtime and knows nothing of schemas"},
	{pkg: "bench/gen", std: true, why: "gen is the input the packages are measured on"},
	{pkg: "pgast", may: []string{}, why: "pgast is the parser every package shares and knows nothing of schemas"},
	{pkg: "third_party/pg_query_go", may: []string{"third_party/pg_query_go/parser"}, why: "kept code knows nothing of ariadrift"},
	{pkg: "third_party/pg_query_go/parser", std: true, why: "kept code knows nothing of ariadrift"},
}

// importedOnlyBy lists packages that only the named packages (and the
// package's own tests) may import outside test files.
var importedOnlyBy = []struct {
	pkg string
	by  []string
	why string
}{
	{"internal/cli", []string{"cmd/ariadrift"}, "nothing below the command line imports it"},
	{"pipeline", []string{"internal/cli"}, "the pipeline is driven by the command line"},
	{"internal/pgtest", nil, "only tests use the PostgreSQL harness"},
	{"introspect/nodetree", []string{"introspect"}, "the stored trees are the catalog read's business"},
	{"sqlparse/pgnames", []string{"sqlparse"}, "resolving names offline is the replay's business"},
}

// violations checks pkgs against the rules and returns one line each.
func violations(pkgs []pkg) []string {
	var out []string
	known := map[string]bool{}
	for _, p := range pkgs {
		known[rel(p.ImportPath)] = true
		if p.Error != nil {
			out = append(out, fmt.Sprintf("%s: %s", rel(p.ImportPath), p.Error.Err))
		}
	}
	for _, r := range rules {
		if !known[r.pkg] {
			out = append(out, fmt.Sprintf("rule for %s: no such package", r.pkg))
		}
	}
	for _, p := range pkgs {
		name := rel(p.ImportPath)
		for _, r := range rules {
			if r.pkg != name {
				continue
			}
			for _, imp := range p.Imports {
				switch {
				case r.std && !isStd(imp):
					out = append(out, fmt.Sprintf("%s imports %s: it may import only the standard library (%s)", name, imp, r.why))
				case !r.std && bounded(p.ImportPath, imp) && !slices.Contains(r.may, rel(imp)):
					out = append(out, fmt.Sprintf("%s imports %s: of ariadrift it may import only %v (%s)", name, rel(imp), r.may, r.why))
				}
			}
		}
		for _, imp := range p.Imports {
			for _, o := range importedOnlyBy {
				if rel(imp) == o.pkg && !slices.Contains(o.by, name) {
					out = append(out, fmt.Sprintf("%s imports %s: only %v may (%s)", name, o.pkg, o.by, o.why))
				}
			}
		}
	}
	return out
}

func TestImportRules(t *testing.T) {
	for _, v := range violations(listPackages(t)) {
		t.Error(v)
	}
}

// The rules catch what they are for: each forbidden import, added to a
// copy of the real import graph, is reported.
func TestImportRulesCatch(t *testing.T) {
	real := listPackages(t)
	tests := []struct{ from, imp, want string }{
		{"model", "gopkg.in/yaml.v3", "model imports gopkg.in/yaml.v3: it may import only the standard library"},
		{"sqlparse", module + "/introspect", "sqlparse imports introspect"},
		{"introspect", module + "/sqlparse", "introspect imports sqlparse"},
		{"diff", module + "/spec", "diff imports spec"},
		{"report", module + "/sqlparse", "report imports sqlparse"},
		{"report", module + "/pipeline", "report imports pipeline"},
		{"refdoc", module + "/spec", "refdoc imports spec"},
		{"orm", module + "/sqlparse", "orm imports sqlparse"},
		{"plan", module + "/internal/config", "plan imports internal/config"},
		{"erd", module + "/introspect", "erd imports introspect"},
		{"internal/config", module + "/model", "internal/config imports model"},
		{"spec", module + "/internal/cli", "spec imports internal/cli: only [cmd/ariadrift] may"},
		{"pipeline", module + "/internal/cli", "pipeline imports internal/cli: only [cmd/ariadrift] may"},
		{"report", module + "/internal/pgtest", "report imports internal/pgtest"},
		{"third_party/pg_query_go", module + "/model", "third_party/pg_query_go imports model"},
	}
	for _, tc := range tests {
		t.Run(tc.from+" "+rel(tc.imp), func(t *testing.T) {
			pkgs := slices.Clone(real)
			found := false
			for i, p := range pkgs {
				if rel(p.ImportPath) == tc.from {
					pkgs[i].Imports = append(slices.Clone(p.Imports), tc.imp)
					found = true
				}
			}
			if !found {
				t.Fatalf("no package %s", tc.from)
			}
			got := strings.Join(violations(pkgs), "\n")
			if !strings.Contains(got, tc.want) {
				t.Errorf("violations do not report %q:\n%s", tc.want, got)
			}
		})
	}
}
