package orm

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ariadrift/ariadrift/model"
)

func TestSyntaxErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"class A(Base):\n    x = (\n", `m.py:2:9: syntax error at or near "("`},
		{"x = 1\nclass A(Base)\n    pass\n", `m.py:3:5: syntax error at or near "pass"`},
		{"def f(:\n  pass\n", "m.py:1:*: syntax error"},
		{"é = 1\nclass A(:\n", `m.py:2:8: syntax error at or near "("`},
	} {
		_, err := Parse([]byte(tc.src), "m.py", Options{})
		if err == nil {
			t.Errorf("%q: no error", tc.src)
			continue
		}
		prefix, _, _ := strings.Cut(tc.want, "*")
		if !strings.HasPrefix(err.Error(), prefix) || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "syntax error") {
			t.Errorf("%q: error %q, want %q", tc.src, err, tc.want)
		}
	}
}

func TestColumnsCountCharacters(t *testing.T) {
	s, err := Parse([]byte("from sqlalchemy.orm import DeclarativeBase\nclass Base(DeclarativeBase): pass\nclass A(Base):\n    __tablename__ = 'a'\n    ü: Mapped[int] = mapped_column(primary_key=True); é: Mapped[int] = mapped_column(index=True)\n"), "m.py", Options{})
	if err != nil {
		t.Fatal(err)
	}
	tb, _ := s.Table("public", "a")
	c, _ := tb.Column("é")
	if got := c.Pos.String(); got != "m.py:5:55" { // ü is two bytes
		t.Errorf("position %s, want m.py:5:55 (characters, not bytes)", got)
	}
	if tb.Pos.String() != "m.py:3:1" {
		t.Errorf("table position %s", tb.Pos)
	}
}

func TestFilesPackage(t *testing.T) {
	s, err := Files([]string{filepath.Join("testdata", "pkg", "app")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Source != model.SourceORM {
		t.Errorf("source %q", s.Source)
	}
	tb, ok := s.Table("public", "users")
	if !ok {
		t.Fatalf("no users table: %v", s.Tables)
	}
	if len(tb.Uniques) != 1 || tb.Uniques[0].Name != "users_email_key" {
		t.Errorf("uniques %v", tb.Uniques)
	}
	if want := filepath.Join("testdata", "pkg", "app", "models", "user.py") + ":7:1"; tb.Pos.String() != want {
		t.Errorf("position %s, want %s", tb.Pos, want)
	}
	if _, err := Files([]string{"testdata/nope"}, Options{}); err == nil {
		t.Error("missing path: no error")
	}
}

func TestWarningsCarryPositions(t *testing.T) {
	var got []string
	_, err := Parse([]byte(header+"if FLAG:\n    class A: pass\n"), "m.py", Options{Warn: func(p model.Pos, m string) {
		got = append(got, fmt.Sprintf("%s %s", p, m))
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], fmt.Sprintf("m.py:%d:1 definitions under", strings.Count(header, "\n")+1)) {
		t.Errorf("warnings %q", got)
	}
}
