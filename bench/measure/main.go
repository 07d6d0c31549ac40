// Command measure runs a command and reports its wall-clock time and peak
// resident set size, so scripts/bench.sh needs neither GNU time nor bash's
// time keyword:
//
//	measure -o run.txt -- ariadrift check --sql gen.sql --dsn ...
//
// It appends "SECONDS PEAK_RSS_KB" to the -o file (stderr without -o) and
// exits with the command's exit code. The command's output passes through.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	out := flag.String("o", "", "append the measurement to this file instead of stderr")
	flag.Parse()
	code, err := run(*out, flag.Args())
	if err != nil {
		fmt.Fprintf(os.Stderr, "measure: %v\n", err)
		if code == 0 {
			code = 2
		}
	}
	os.Exit(code)
}

func run(out string, args []string) (int, error) {
	if len(args) == 0 {
		return 2, errors.New("usage: measure [-o FILE] -- command [args...]")
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	code := 0
	if err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return 2, fmt.Errorf("run %s: %w", args[0], err)
		}
		code = exit.ExitCode()
	}
	// ru_maxrss is in kilobytes on Linux. It covers the child and the
	// descendants it waited for, which is what a user of the command pays.
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss
	}
	line := fmt.Sprintf("%.6f %d\n", elapsed.Seconds(), rss)
	if out == "" {
		_, err := io.WriteString(os.Stderr, line)
		return code, err
	}
	f, err := os.OpenFile(out, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return code, fmt.Errorf("open %s: %w", out, err)
	}
	_, werr := io.WriteString(f, line)
	if err := errors.Join(werr, f.Close()); err != nil {
		return code, fmt.Errorf("write %s: %w", out, err)
	}
	return code, nil
}
