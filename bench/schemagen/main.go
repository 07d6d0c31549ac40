// Command schemagen prints a synthetic schema of N tables as one SQL script,
// the input of ariadrift's benchmarks (see package bench/gen):
//
//	schemagen -n 5000 -seed 1 > gen.sql
//	schemagen -n 20 -tenants 1000 > tenants.sql   # 1,000 schemas of 20 tables, 3 drifted
//
// The same -n and -seed always print the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/ariadrift/ariadrift/bench/gen"
)

func main() {
	n := flag.Int("n", 100, "number of tables")
	seed := flag.Int64("seed", 1, "random seed; the output is a function of -n and -seed")
	tenants := flag.Int("tenants", 0, "write this many tenant schemas of the -n tables instead, three of them drifted")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "schemagen: unexpected argument %q\n", flag.Arg(0))
		os.Exit(2)
	}
	write := func() error { return gen.Write(os.Stdout, *n, *seed) }
	if *tenants > 0 {
		write = func() error { return gen.WriteTenants(os.Stdout, *tenants, *n, *seed) }
	}
	if err := write(); err != nil {
		fmt.Fprintf(os.Stderr, "schemagen: %v\n", err)
		os.Exit(1)
	}
}
