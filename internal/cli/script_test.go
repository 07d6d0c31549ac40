package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// The scripts under testdata/script run the real ariadrift binary (this test
// binary re-executed as the command) and check its stdout, stderr and exit
// code, the way the Go command tests itself.
func TestScripts(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// $ROOT lets scripts read the bundled spec and SQL.
			env.Setenv("ROOT", root)
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}

func ariadriftMain() { os.Exit(Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
