// Command ariadrift finds schema drift between ORM models, init SQL scripts
// and a live PostgreSQL database.
package main

import (
	"os"

	"github.com/ariadrift/ariadrift/internal/cli"
	"github.com/ariadrift/ariadrift/internal/gctune"
)

func main() {
	gctune.Floor(gctune.DefaultFloor)
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
