package pipeline

import "github.com/ariadrift/ariadrift/model"

// splitSequences gives each tenant its own sequences, moved to the
// canonical schema like its tables, and every tenant the database's
// extensions: an extension is installed once per database, so each
// tenant is compared with the same ones.
func splitSequences(s *model.Schema, byName map[string]*model.Schema, canonical string) {
	for _, q := range s.Sequences {
		if ts := byName[q.Schema]; ts != nil {
			nq := *q
			nq.Schema = canonical
			if nq.OwnedBy.Schema == q.Schema {
				nq.OwnedBy.Schema = canonical
			}
			ts.Sequences = append(ts.Sequences, &nq)
		}
	}
	for _, ts := range byName {
		ts.Extensions = append(ts.Extensions, s.Extensions...)
	}
}
