// Command load reads one of ariadrift's sources the way the check command
// does and prints how many tables it found, so that scripts/bench.sh can
// time each stage on its own:
//
//	load -sql gen.sql            # parse and replay SQL scripts (sqlparse.Files)
//	load -dsn 'host=... dbname=' # connect and introspect (introspect.Schema)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/sqlparse"
)

func main() {
	sql := flag.String("sql", "", "comma-separated SQL files or directories to replay")
	dsn := flag.String("dsn", "", "database to introspect")
	schemas := flag.String("schema", "public", "comma-separated schemas to introspect")
	flag.Parse()
	s, err := load(*sql, *dsn, strings.Split(*schemas, ","))
	if err != nil {
		fmt.Fprintf(os.Stderr, "load: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("%d tables\n", len(s.Tables))
}

func load(sql, dsn string, schemas []string) (*model.Schema, error) {
	switch {
	case (sql == "") == (dsn == ""):
		return nil, errors.New("give exactly one of -sql and -dsn")
	case sql != "":
		return sqlparse.Files(strings.Split(sql, ","), sqlparse.Options{})
	}
	// The same timeouts as the check command's defaults.
	ctx := context.Background()
	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	return introspect.Schema(ctx, conn, introspect.Options{Schemas: schemas, StatementTimeout: 30 * time.Second})
}
