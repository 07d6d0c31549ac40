package refdoc

import "github.com/ariadrift/ariadrift/model"

// The document reads what the comparisons ignore: the attributes a producer
// attaches to say where a model stands in the document and what the ORM
// does on the client side.

// entryOf returns the table's place in the document, the zero DocEntry when
// its producer gave none (an unnumbered model in the default section).
func entryOf(t *model.Table) model.DocEntry {
	if t == nil {
		return model.DocEntry{}
	}
	e, _ := model.AttrOf[model.DocEntry](t.Attrs)
	return e
}

// clientDefaults describes what the ORM fills in itself, which no DDL shows:
// "client default `datetime.utcnow`, on update `datetime.utcnow`".
func clientDefaults(c *model.Column) []string {
	cd, ok := model.AttrOf[model.ClientDefault](c.Attrs)
	if !ok {
		return nil
	}
	var parts []string
	if cd.Default != "" {
		parts = append(parts, "client default "+code(cd.Default))
	}
	if cd.OnUpdate != "" {
		parts = append(parts, "on update "+code(cd.OnUpdate))
	}
	return parts
}
