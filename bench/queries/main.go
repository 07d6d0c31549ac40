// Command queries prints, as one psql script, the catalog queries
// introspect runs for a live check, in the same single read-only
// REPEATABLE READ transaction. scripts/bench.sh runs it with psql as the
// floor ariadrift's live check is measured against: the time PostgreSQL
// needs to answer exactly those queries, with no Go on the client side.
//
//	queries -schema public,audit > floor.sql
//
// The SQL comes from introspect.Queries, so the floor cannot drift from
// what ariadrift really runs. Each query is sent with PREPARE and EXECUTE,
// its parameter bound to the schema list, because pgx also prepares each
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
	timeout := flag.Int("statement-timeout-ms", 30000, "statement_timeout set for the transaction, as check does (0: none)")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	write(w, strings.Split(*schemas, ","), *timeout)
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "queries: %v\n", err)
		os.Exit(1)
	}
}

// write emits the script. The queries take their schema list as $1 text[].
func write(w *bufio.Writer, schemas []string, timeoutMS int) {
	quoted := make([]string, len(schemas))
	for i, s := range schemas {
		quoted[i] = "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	arg := "ARRAY[" + strings.Join(quoted, ", ") + "]::text[]"
	w.WriteString("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\n")
	if timeoutMS > 0 {
		fmt.Fprintf(w, "SET LOCAL statement_timeout = %d;\n", timeoutMS)
	}
	for _, q := range introspect.Queries() {
		name := model.QuoteIdent(q.Name)
		fmt.Fprintf(w, "PREPARE %s(text[]) AS\n%s;\n", name, q.SQL)
		fmt.Fprintf(w, "EXECUTE %s(%s);\n", name, arg)
	}
	// introspect rolls back too: the read wrote nothing.
	w.WriteString("ROLLBACK;\n")
}
