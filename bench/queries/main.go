// Command queries prints, as one psql script, catalog queries in one
// read-only REPEATABLE READ transaction. scripts/bench.sh runs it with psql
// as the floor ariadrift's live check is measured against: the time
// PostgreSQL needs to answer the queries, with no Go on the client side.
//
//	queries -schema public,audit > floor.sql          # the baseline floor
//	queries -current -schema public > current.sql     # today's queries, one session
//
// By default it prints the baseline: the queries of the single-session
// read that decoded nothing itself (legacy.go), kept unchanged so that
// every run measures against the same floor. -current prints
// introspect.Queries, what ariadrift runs now, with its session settings,
// in one session instead of its split over two. Each query is sent with PREPARE and EXECUTE, its
// parameter bound to the schema list, because pgx also prepares each
// query (parse, describe) before executing it.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
)

func main() {
	schemas := flag.String("schema", "public", "comma-separated schemas, as given to check --schema")
	current := flag.Bool("current", false, "print the queries introspect runs now instead of the baseline")
	timeout := flag.Int("statement-timeout-ms", 30000, "statement_timeout set for the transaction, as check does (0: none)")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	qs, set := legacyQueries(), ""
	if *current {
		qs, set = nil, introspect.Settings
		for _, q := range introspect.Queries() {
			qs = append(qs, query{q.Name, q.SQL})
		}
	}
	write(w, qs, set, strings.Split(*schemas, ","), *timeout)
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "queries: %v\n", err)
		os.Exit(1)
	}
}

// query is one catalog query of the script.
type query struct{ name, sql string }

// write emits the script, which runs set first. The queries take their
// schema list as $1 text[].
func write(w *bufio.Writer, qs []query, set string, schemas []string, timeoutMS int) {
	quoted := make([]string, len(schemas))
	for i, s := range schemas {
		quoted[i] = "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	arg := "ARRAY[" + strings.Join(quoted, ", ") + "]::text[]"
	w.WriteString("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\n")
	if set != "" {
		fmt.Fprintf(w, "%s;\n", set)
	}
	if timeoutMS > 0 {
		fmt.Fprintf(w, "SET LOCAL statement_timeout = %d;\n", timeoutMS)
	}
	for _, q := range qs {
		name := model.QuoteIdent(q.name)
		fmt.Fprintf(w, "PREPARE %s(text[]) AS\n%s;\n", name, q.sql)
		fmt.Fprintf(w, "EXECUTE %s(%s);\n", name, arg)
	}
	// introspect rolls back too: the read wrote nothing.
	w.WriteString("ROLLBACK;\n")
}
