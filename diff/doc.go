// Package diff compares two *model.Schema values and reports drift as
// findings with severities.
//
// The left schema is the canonical one (the spec, or the SQL scripts when
// they are compared with a live database); the right schema is the target.
// "Missing" means present on the left and absent on the right, "extra" the
// reverse. Every finding has a stable Kind, which reports, baselines and
// configuration files refer to, and a Severity decided by the rule table that
// Rules returns.
//
// Every kind of object is paired by one matcher (match.go): objects of the
// two sides with the same key pair, then what is left over is matched again
// where a rename can hide (columns by a score, indexes by definition), with
// right-side column names read through the renames found.
//
// diff imports only package model and the standard library: it must not know
// how a schema was produced, so it never imports normalize, sqlparse, spec or
// introspect. Producers normalize types and expressions before the schemas
// reach this package, which therefore compares strings.
package diff
