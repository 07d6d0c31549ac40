package sqlparse

import (
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// fixedSchema lists the extensions whose control file names the schema
// they always go to, whatever the search_path; CREATE EXTENSION creates
// that schema when it does not exist.
var fixedSchema = map[string]string{
	"plpgsql":                "pg_catalog",
	"adminpack":              "pg_catalog",
	"postgis_tiger_geocoder": "tiger",
	"postgis_topology":       "topology",
}

// schemaGrants are what an extension's own script grants on the schema its
// control file fixes, as the server records it for that schema.
var schemaGrants = map[string]string{
	"postgis_topology": "GRANT USAGE ON SCHEMA topology TO PUBLIC",
}

// extensionRequires lists what common extensions need installed first,
// which CREATE EXTENSION ... CASCADE installs along with them.
var extensionRequires = map[string][]string{
	"earthdistance":          {"cube"},
	"postgis_raster":         {"postgis"},
	"postgis_topology":       {"postgis"},
	"postgis_sfcgal":         {"postgis"},
	"postgis_tiger_geocoder": {"postgis", "fuzzystrmatch"},
	"pgjwt":                  {"pgcrypto"},
}

// installExtension replays CREATE EXTENSION [IF NOT EXISTS] name [SCHEMA s]
// [VERSION v] [CASCADE] and returns the schema the extension went to, or ""
// when the statement did nothing. plpgsql, which every database has, is
// never listed.
func (r *replayer) installExtension(c *stmtCtx, st *pg_query.CreateExtensionStmt) (string, error) {
	name := ident(st.Extname)
	if _, ok := r.s.Extension(name); ok || name == "plpgsql" {
		if st.IfNotExists {
			return "", nil
		}
		return "", c.errorf(-1, "extension %q already exists", name)
	}
	explicit, version, cascade := "", "", false
	for _, o := range st.Options {
		d := o.GetDefElem()
		switch d.GetDefname() {
		case "schema":
			explicit = d.GetArg().GetString_().GetSval()
		case "new_version":
			version = d.GetArg().GetString_().GetSval()
		case "cascade":
			cascade = d.GetArg().GetBoolean().GetBoolval()
		}
	}
	// SCHEMA, when given, applies to the extensions CASCADE installs.
	var reqOpts []*pg_query.Node
	if explicit != "" {
		reqOpts = append(reqOpts, &pg_query.Node{Node: &pg_query.Node_DefElem{DefElem: &pg_query.DefElem{Defname: "schema", Arg: pg_query.MakeStrNode(explicit)}}})
	} else if explicit = fixedSchema[name]; explicit != "" && !r.schemas[explicit] {
		r.schemas[explicit] = true
		r.s.AddNamespace(explicit)
	}
	schema, err := r.creationSchema(c, explicit, -1)
	if err != nil {
		return "", err
	}
	for _, req := range extensionRequires[name] {
		if _, ok := r.s.Extension(req); ok {
			continue
		}
		if !cascade {
			return "", c.errorf(-1, "required extension %q is not installed", req)
		}
		st := &pg_query.CreateExtensionStmt{Extname: req, Options: reqOpts}
		if _, err := r.installExtension(c, st); err != nil {
			return "", err
		}
	}
	r.s.Extensions = append(r.s.Extensions, &model.Extension{Name: name, Schema: schema, Version: version, Conditional: c.cond, Pos: c.stmtPos()})
	return schema, r.extensionGrants(c, name)
}

// extensionGrants replays the grants an extension's script makes on its
// fixed schema.
func (r *replayer) extensionGrants(c *stmtCtx, name string) error {
	sql, ok := schemaGrants[name]
	if !ok {
		return nil
	}
	tree, err := pgast.Parse(sql)
	if err != nil {
		return err
	}
	return r.grant(c, tree.Stmts[0].Stmt.GetGrantStmt())
}

// alterExtension replays ALTER EXTENSION ... UPDATE [TO version]. Without
// TO the extension goes to its control file's default version, which the
// scripts do not say: the version is no longer pinned.
func (r *replayer) alterExtension(c *stmtCtx, st *pg_query.AlterExtensionStmt) error {
	e, ok := r.s.Extension(ident(st.Extname))
	if !ok {
		if st.Extname == "plpgsql" {
			return nil
		}
		return c.errorf(-1, "extension %q does not exist", st.Extname)
	}
	e.Version = ""
	for _, o := range st.Options {
		if d := o.GetDefElem(); d.GetDefname() == "new_version" {
			e.Version = d.GetArg().GetString_().GetSval()
		}
	}
	return nil
}

// dropExtension replays DROP EXTENSION. What the extension's objects were
// used by (a column of its type) is not followed.
func (r *replayer) dropExtension(c *stmtCtx, name string, missingOK bool) error {
	for i, e := range r.s.Extensions {
		if e.Name == name {
			r.s.Extensions = append(r.s.Extensions[:i:i], r.s.Extensions[i+1:]...)
			for _, t := range extensionTypes[name] {
				delete(r.types, model.QName{Schema: e.Schema, Name: t})
			}
			return nil
		}
	}
	if missingOK {
		return nil
	}
	return c.errorf(-1, "extension %q does not exist", name)
}

// setExtensionSchema replays ALTER EXTENSION ... SET SCHEMA, which moves
// the extension's types too.
func (r *replayer) setExtensionSchema(c *stmtCtx, name, schema string) error {
	e, ok := r.s.Extension(name)
	if !ok {
		return c.errorf(-1, "extension %q does not exist", name)
	}
	if !r.schemas[schema] {
		return c.errorf(-1, "schema %q does not exist", schema)
	}
	for _, t := range extensionTypes[name] {
		old := model.QName{Schema: e.Schema, Name: t}
		if k, ok := r.types[old]; ok {
			delete(r.types, old)
			r.types[model.QName{Schema: schema, Name: t}] = k
		}
	}
	e.Schema = schema
	return nil
}
