// Package pgnames knows the names of the functions, operators and operator
// classes of PostgreSQL's pg_catalog and of the extensions shipped with it
// (and PostGIS), so that the offline replay can resolve an unqualified
// name through a search_path as the server does: pg_catalog first, then
// each schema in turn, where an extension the scripts installed puts its
// objects. names.txt is generated from a real server by
// scripts/pgnames.sh.
package pgnames

import (
	_ "embed"
	"strings"
	"sync"
)

// Catalog is the owner of the built-in objects; any other owner is an
// extension's name.
const Catalog = "pg_catalog"

//go:embed names.txt
var data string

// Operator is an operator's operand types as format_type spells them; Left
// is empty for a prefix operator.
type Operator struct {
	Left, Right string
}

type key struct{ owner, name string }

type names struct {
	functions map[key]bool
	opclasses map[key]bool // name is "method name"
	operators map[key][]Operator
}

var load = sync.OnceValue(func() *names {
	n := &names{functions: map[key]bool{}, opclasses: map[key]bool{}, operators: map[key][]Operator{}}
	for line := range strings.SplitSeq(data, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 || strings.HasPrefix(line, "#") {
			continue
		}
		switch f[0] {
		case "f":
			n.functions[key{f[1], f[2]}] = true
		case "c":
			n.opclasses[key{f[1], f[3] + " " + f[2]}] = true
		case "o":
			k := key{f[1], f[2]}
			n.operators[k] = append(n.operators[k], Operator{Left: f[3], Right: f[4]})
		}
	}
	return n
})

// Function reports whether owner (Catalog or an extension) has a function
// of that name, with any arguments.
func Function(owner, name string) bool { return load().functions[key{owner, name}] }

// Opclass reports whether owner has an operator class of that name for the
// index access method.
func Opclass(owner, method, name string) bool {
	return load().opclasses[key{owner, method + " " + name}]
}

// Operators returns owner's operators of that name.
func Operators(owner, name string) []Operator { return load().operators[key{owner, name}] }
