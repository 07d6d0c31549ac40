package pipeline

import (
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// splitRoutines moves each tenant's functions and triggers to the
// canonical schema, with the types of its own schema and a trigger's
// function of its own schema following them.
func splitRoutines(s *model.Schema, byName map[string]*model.Schema, canonical string) {
	for _, f := range s.Functions {
		ts := byName[f.Schema]
		if ts == nil {
			continue
		}
		nf := *f
		nf.Schema = canonical
		nf.Args = make([]model.FuncArg, len(f.Args))
		for i, a := range f.Args {
			a.Type.Name = renameType(a.Type.Name, f.Schema, canonical)
			nf.Args[i] = a
		}
		// The result is text (SETOF tenant_7.mood); its types move alike.
		to := canonical + "."
		if canonical == "public" {
			to = ""
		}
		nf.Result = strings.ReplaceAll(f.Result, f.Schema+".", to)
		ts.Functions = append(ts.Functions, &nf)
	}
	for _, t := range s.Triggers {
		ts := byName[t.Schema]
		if ts == nil {
			continue
		}
		nt := *t
		nt.Schema = canonical
		if t.Function.Schema == t.Schema {
			nt.Function.Schema = canonical
		}
		ts.Triggers = append(ts.Triggers, &nt)
	}
}
