package cli

import (
	"errors"
	"sort"
	"strings"
)

// psqlVars is the --psql-var flag: NAME=VALUE, repeatable, as psql's -v.
// Each is one variable (a value may hold commas), so it is not a
// comma-separated list.
type psqlVars map[string]string

func (v *psqlVars) String() string {
	names := make([]string, 0, len(*v))
	for k := range *v {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

func (v *psqlVars) Type() string { return "NAME=VALUE" }

func (v *psqlVars) Set(s string) error {
	name, val, ok := strings.Cut(s, "=")
	if !ok || name == "" {
		return errors.New("want NAME=VALUE, as psql -v takes it")
	}
	if *v == nil {
		*v = psqlVars{}
	}
	(*v)[name] = val
	return nil
}
