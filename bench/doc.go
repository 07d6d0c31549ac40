// Package bench is ariadrift's performance tooling. Its tests are Go
// benchmarks of every stage on generated schemas: replaying SQL (the
// generated script and a pg_dump of the same database), introspecting a
// live database, comparing two large models, and a whole check run in
// process. scripts/bench.sh uses the programs beside it to time the
// released binary against its floor (the catalog queries alone), pg_dump
// and Atlas:
//
//   - gen and schemagen generate the schemas;
//   - queries prints the catalog queries introspect runs, for the floor;
//   - load reads one source (SQL files or a database) and reports its size;
//   - peers/atlas is Atlas's inspector, a separate Go module so that Atlas
//     never becomes a dependency of ariadrift.
//
// Sizes: ARIADRIFT_BENCH_N sets the table count of the database
// benchmarks (default 100); the comparison always uses two 5,000-table
// models, the size the performance targets are stated for.
//
// Nothing in ariadrift imports bench; bench may import every package.
package bench
