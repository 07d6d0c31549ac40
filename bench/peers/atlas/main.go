// Command atlas-inspect reads a PostgreSQL schema with Atlas's inspector
// (ariga.io/atlas/sql/postgres InspectRealm), the peer ariadrift's benchmark
// compares its live check against. It prints how many tables it read:
//
//	atlas-inspect -dsn 'host=localhost user=postgres dbname=gen' -schema public
//
// This is a module of its own so that Atlas never becomes a dependency of
// ariadrift; only the benchmark script builds it.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"strings"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	_ "github.com/jackc/pgx/v5/stdlib"
)

func main() {
	dsn := flag.String("dsn", "", "database to read (URL or key=value)")
	schemas := flag.String("schema", "public", "comma-separated schemas to inspect")
	flag.Parse()
	if err := run(*dsn, strings.Split(*schemas, ",")); err != nil {
		fmt.Fprintf(os.Stderr, "atlas-inspect: %v\n", err)
		os.Exit(1)
	}
}

func run(dsn string, schemas []string) error {
	if dsn == "" {
		return fmt.Errorf("-dsn is required")
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	defer db.Close()
	// One connection, as ariadrift uses one: the comparison is about the
	// catalog queries, not about connection pooling.
	db.SetMaxOpenConns(1)
	drv, err := postgres.Open(db)
	if err != nil {
		return fmt.Errorf("open driver: %w", err)
	}
	realm, err := drv.InspectRealm(context.Background(), &schema.InspectRealmOption{Schemas: schemas})
	if err != nil {
		return fmt.Errorf("inspect: %w", err)
	}
	tables := 0
	for _, s := range realm.Schemas {
		tables += len(s.Tables)
	}
	fmt.Printf("%d tables\n", tables)
	return nil
}
