package cli

import (
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ariadrift/ariadrift/internal/pgtest"
)

// withPostgres runs the tests inside pgtest.Main, so that a throwaway
// PostgreSQL (or $ARIADRIFT_TEST_DSN) serves every test of the package.
type withPostgres struct{ m *testing.M }

func (w withPostgres) Run() int { return pgtest.Main(w.m) }

func TestMain(m *testing.M) {
	testscript.Main(withPostgres{m}, map[string]func(){"ariadrift": ariadriftMain})
}
