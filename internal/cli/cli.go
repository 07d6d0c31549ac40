// Package cli is ariadrift's command line: cobra commands built by
// constructors, each returning an error; the exit code is decided once, in
// Run. A command only turns flags and config into a pipeline.Input and the
// pipeline's result into output (reports on stdout; warnings, progress and
// errors on stderr); reading, comparing and judging are package pipeline's.
//
// Only cmd/ariadrift imports cli (tests elsewhere may drive it in process);
// internal/archtest enforces that and the other packages' import rules.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"sync"

	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/model"
)

// streams are the standard streams a command writes to: reports go to Out,
// progress, warnings and errors to Err.
type streams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// globalOptions are the flags every command has.
type globalOptions struct {
	quiet   bool
	verbose bool
	config  string
}

// logf prints progress to stderr when -v is given.
// Sources are read concurrently, so the lines are serialized.
func (g *globalOptions) logf(s streams) func(string, ...any) {
	var mu sync.Mutex
	return func(format string, args ...any) {
		if g.verbose {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(s.Err, format+"\n", args...)
		}
	}
}

// warn prints the sources' warnings to stderr, one line each, unless -q:
// the report lists them too, so quiet loses nothing.
func (g *globalOptions) warn(s streams, ws []model.Warning) {
	if g.quiet {
		return
	}
	for _, w := range ws {
		fmt.Fprintln(s.Err, w)
	}
}

// Run runs ariadrift with the given arguments and returns the exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := streams{In: stdin, Out: stdout, Err: stderr}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	root := newRootCmd(s)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	code := exitCode(err)
	if code == ExitError {
		fmt.Fprintf(stderr, "ariadrift: %v\n", err)
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "Run 'ariadrift %s --help' for usage.\n", commandPath(root, args))
		}
	}
	return code
}

// commandPath finds the subcommand the arguments name, for the usage hint.
func commandPath(root *cobra.Command, args []string) string {
	cmd, _, err := root.Find(args)
	if err != nil || cmd == root {
		return ""
	}
	return cmd.CommandPath()[len(root.Name())+1:]
}

func newRootCmd(s streams) *cobra.Command {
	g := &globalOptions{}
	root := &cobra.Command{
		Use:   "ariadrift",
		Short: "Find schema drift between ORM models, init SQL and a live PostgreSQL database",
		Long: `ariadrift compares three descriptions of a PostgreSQL database — the ORM models
(a spec YAML, the canonical truth), the init SQL scripts that create a fresh
database, and the live database itself — and reports how they drift apart.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetIn(s.In)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentFlags().BoolVarP(&g.quiet, "quiet", "q", false, "print nothing but errors; the exit code tells the result")
	root.PersistentFlags().BoolVarP(&g.verbose, "verbose", "v", false, "print the files read and the queries run to stderr")
	root.PersistentFlags().StringVar(&g.config, "config", "", "config file (default: .ariadrift.yaml in the working directory, when present)")
	root.AddCommand(
		newCheckCmd(s, g),
		newReportCmd(s, g),
		newPlanCmd(s, g),
		newBaselineCmd(s, g),
		newRulesCmd(s),
		newSpecCmd(s, g),
		newVersionCmd(s),
	)
	return root
}

// columnsFromEnv returns the terminal width from $COLUMNS, or 0.
func columnsFromEnv() int {
	n, err := strconv.Atoi(os.Getenv("COLUMNS"))
	if err != nil || n < 40 {
		return 0
	}
	return n
}

// isTerminal reports whether w is a character device, i.e. a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// useColor follows https://no-color.org: colour only on a terminal and never
// when NO_COLOR is set to anything.
func useColor(w io.Writer) bool {
	if _, set := os.LookupEnv("NO_COLOR"); set || os.Getenv("TERM") == "dumb" {
		return false
	}
	return isTerminal(w)
}
