// Package spec loads the canonical description of a database: the ORM
// models, written as data in a YAML file (spec/models.yaml for the Aria
// example), and turns it into a *model.Schema with Source model.SourceSpec.
//
// The file format, version 1:
//
//	version: 1                      # required
//	document:                       # optional: what the reference document shows
//	  title: <text>
//	  notes: [<text>, ...]          # header lines under the title, verbatim
//	  sections: [<text>, ...]       # model sections in document order
//	schema: public                  # PostgreSQL schema of the tables (default public)
//	expected_tables:                # tables that exist outside the models on purpose
//	  - name: schema_migrations     # required
//	    schema: <name>              # optional; omitted matches any schema
//	    reason: <text>
//	models:                         # required, in document order
//	  - model: Memory               # ORM class, required
//	    section: Core Domain        # one of document.sections when those are given
//	    note: <text>                # how the table exists outside the init scripts (documents only)
//	    table: memories             # required
//	    schema: <name>              # overrides the top-level schema
//	    columns:                    # required, at least one
//	      - name: metadata          # database column, required
//	        attr: metadata_json     # ORM attribute, only when it differs
//	        type: JSONB             # required (see below)
//	        primary_key: true       # several columns form a composite key
//	        unique: true            # single-column UNIQUE
//	        nullable: false         # NOT NULL; primary keys are always NOT NULL
//	        default: "'{}'"         # a SQL expression
//	        autoincrement: true     # the database assigns the value
//	    uniques:                    # multi-column UNIQUE constraints
//	      - columns: [a, b]         # required
//	        name: <constraint>      # default <table>_a_b_key
//	    indexes:
//	      - name: idx_memories_updated      # required
//	        columns: [updated_at DESC]      # required; "col", "col DESC",
//	                                        # "col ASC NULLS FIRST", "lower(col)",
//	                                        # or {expr: <SQL>, desc: true, nulls: first}
//	        unique: true
//	        using: gin              # access method, default btree
//	        where: <SQL predicate>  # partial index
//	        include: [<col>, ...]
//	    foreign_keys:
//	      - columns: [session_id]   # required
//	        references: {table: agent_sessions, columns: [id]}  # schema: optional
//	        name: <constraint>      # default <table>_session_id_fkey
//	        on_delete: CASCADE      # NO ACTION (default), RESTRICT, CASCADE,
//	        on_update: NO ACTION    # SET NULL, SET DEFAULT
//	        deferrable: true
//	        initially_deferred: true
//	    row_security:               # row-level security and policies (security.go)
//	      enabled: true
//	      forced: true
//	      policies:
//	        - name: tenant_isolation
//	          as: restrictive       # default permissive
//	          command: select       # default all
//	          roles: [app_reader]   # default [PUBLIC]
//	          using: <SQL>
//	          with_check: <SQL>
//
// A type is written as SQLAlchemy spells it ("String(255)", "DateTime(tz)",
// "Numeric(5,2)", "ARRAY(Text)") or as PostgreSQL does ("varchar(255)");
// ParseType decides, and an unknown name is an error rather than a
// new type. Defaults, index keys and predicates are SQL, parsed with
// PostgreSQL's own parser and normalized by package normalize, so the spec
// compares equal to the catalog's spelling of the same thing. Names are used
// exactly as written, as the ORM quotes them.
//
// Loading is strict: an unknown key, a wrong YAML shape, a reference to a
// column or table that does not exist, or a constraint PostgreSQL would
// refuse is an error that names file:line:col. All problems found are
// reported together, in file order.
//
// The document: block and each model's section, number and note are not
// part of the schema; they ride on it as attributes (a model.Document on the
// schema, a model.DocEntry on each table) for package refdoc.
//
// spec imports model and normalize (and the YAML and PostgreSQL parsers). It
// must not import sqlparse, introspect, diff, report or refdoc: the canonical
// source cannot depend on the sources it is compared with, nor on what
// renders it.
package spec
