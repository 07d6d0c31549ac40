package orm

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// Options says how to read models.
type Options struct {
	// Warn receives what the reader could not know and what it assumed
	// instead, at the position of the construct. Nil drops warnings.
	Warn func(pos model.Pos, msg string)
	// Types maps a custom type's name (a TypeDecorator subclass such as
	// Vector) to the PostgreSQL type it stands for ("vector").
	Types map[string]string
}

// maxFileSize bounds one models file; the largest real models modules are a
// few hundred kilobytes.
const maxFileSize = 8 << 20

// Files reads the models in paths: each a .py file or a package directory,
// whose *.py files are read recursively in name order, leaving out caches,
// tests and migrations. All files form one program: a model may subclass a
// base declared in another file.
func Files(paths []string, opts Options) (*model.Schema, error) {
	var files []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("read models: %w", err)
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		found, err := pyFiles(p)
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("read models: %s: no .py files", p)
		}
		files = append(files, found...)
	}
	if len(files) == 0 {
		return nil, errors.New("read models: no files given")
	}
	srcs := make([]source, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read models: %w", err)
		}
		srcs = append(srcs, source{name: f, data: data})
	}
	s, err := read(srcs, opts)
	if err != nil {
		return nil, err
	}
	s.Origin = strings.Join(paths, ", ")
	return s, nil
}

// Parse reads the models of one file's source. filename is used in
// positions and messages only.
func Parse(src []byte, filename string, opts Options) (*model.Schema, error) {
	s, err := read([]source{{name: filename, data: src}}, opts)
	if err != nil {
		return nil, err
	}
	s.Origin = filename
	return s, nil
}

// source is one file's name and text.
type source struct {
	name string
	data []byte
}

// skipDirs are package folders that hold no models: caches, tests and
// Alembic migrations (whose revision files would otherwise be read as code).
var skipDirs = map[string]bool{
	"__pycache__": true, "tests": true, "test": true, "migrations": true, "alembic": true,
	"versions": true, "node_modules": true, "venv": true, ".venv": true,
}

// pyFiles lists dir's Python files in name order, path by path.
func pyFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != dir && (skipDirs[name] || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".py") && !strings.HasPrefix(name, "test_") && !strings.HasSuffix(name, "_test.py") &&
			name != "conftest.py" {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read models: %w", err)
	}
	sort.Strings(out)
	return out, nil
}
