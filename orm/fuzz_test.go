package orm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ariadrift/ariadrift/model"
)

// FuzzParse checks that no input makes the reader panic, and that an error
// is one line.
func FuzzParse(f *testing.F) {
	f.Add([]byte(header + base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n"))
	paths, _ := filepath.Glob(filepath.Join("testdata", "pkg", "app", "models", "*.py"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, err := Parse(src, "f.py", Options{Warn: func(model.Pos, string) {}})
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Fatalf("error on more than one line: %q", err)
		}
	})
}
