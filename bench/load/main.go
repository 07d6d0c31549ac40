// Command load reads one of ariadrift's sources the way the check command
// does and prints how many tables it found, so that scripts/bench.sh can
// time each stage on its own:
//
//	load -sql gen.sql            # parse and replay SQL scripts (sqlparse.Files)
//	load -dsn 'host=... dbname=' # connect and introspect (introspect.Schema)
//
// -sessions sets introspect's session count (0: its default), -v prints
// its per-query and per-phase timings, -cpuprofile writes a CPU profile,
// -memprofile the heap the schema read holds once it is done.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/ariadrift/ariadrift/internal/gctune"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/sqlparse"
)

func main() {
	gctune.Floor(gctune.DefaultFloor) // as the command runs
	sql := flag.String("sql", "", "comma-separated SQL files or directories to replay")
	dsn := flag.String("dsn", "", "database to introspect")
	schemas := flag.String("schema", "public", "comma-separated schemas to introspect")
	sessions := flag.Int("sessions", 0, "sessions of the read (0: introspect's default)")
	verbose := flag.Bool("v", false, "print the read's timings to stderr")
	profile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	memProfile := flag.String("memprofile", "", "write the heap profile after the read to this file")
	flag.Parse()
	if *profile != "" {
		f, err := os.Create(*profile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "load: %v\n", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	opts := introspect.Options{Schemas: strings.Split(*schemas, ","), Sessions: *sessions,
		StatementTimeout: 30 * time.Second} // the check command's default
	if *verbose {
		opts.Logf = func(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
	}
	s, err := load(*sql, *dsn, opts)
	if err != nil {
		fmt.Fprintf(os.Stderr, "load: %v\n", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
	if *memProfile != "" {
		if err := writeHeap(*memProfile); err != nil {
			fmt.Fprintf(os.Stderr, "load: %v\n", err)
			os.Exit(1)
		}
	}
	fmt.Printf("%d tables\n", len(s.Tables))
	runtime.KeepAlive(s)
}

// writeHeap writes the live heap, after a collection, to a file.
func writeHeap(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func load(sql, dsn string, opts introspect.Options) (*model.Schema, error) {
	switch {
	case (sql == "") == (dsn == ""):
		return nil, errors.New("give exactly one of -sql and -dsn")
	case sql != "":
		return sqlparse.Files(strings.Split(sql, ","), sqlparse.Options{})
	}
	ctx := context.Background()
	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	return introspect.Schema(ctx, conn, opts)
}
