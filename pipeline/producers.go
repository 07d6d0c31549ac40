package pipeline

import (
	"context"
	"time"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/orm"
	"github.com/ariadrift/ariadrift/spec"
	"github.com/ariadrift/ariadrift/sqlparse"
)

// Spec is the ORM models as data: the spec YAML.
type Spec struct {
	// Path is the spec file.
	Path string
}

// Kind is model.SourceSpec.
func (Spec) Kind() model.Source { return model.SourceSpec }

// Load reads and validates the spec.
func (s Spec) Load(_ context.Context, log *Log) (*model.Schema, error) {
	log.Logf("reading spec %s", s.Path)
	return spec.Load(s.Path)
}

// ORM is SQLAlchemy models, read statically from Python source.
type ORM struct {
	// Paths are .py files, or package directories standing for their
	// *.py files.
	Paths []string
	// Types says what custom types (TypeDecorator subclasses) are in
	// PostgreSQL: {"Vector": "vector"}.
	Types map[string]string
	// Expected are tables that exist outside the models on purpose; the
	// models code has no place to declare them, so the config does.
	Expected []model.ExpectedTable
}

// Kind is model.SourceORM.
func (ORM) Kind() model.Source { return model.SourceORM }

// Load reads the models; what only running them could tell becomes a warning.
func (o ORM) Load(_ context.Context, log *Log) (*model.Schema, error) {
	log.Logf("reading ORM models %v", o.Paths)
	s, err := orm.Files(o.Paths, orm.Options{Warn: log.Warn, Types: o.Types})
	if err != nil {
		return nil, err
	}
	s.Expected = append(s.Expected, o.Expected...)
	return s, nil
}

// SQL is the init SQL scripts, replayed.
type SQL struct {
	// Paths are files, or directories standing for their *.sql files.
	Paths []string
	// Options tune the replay; Warn is set by Load.
	Options sqlparse.Options
}

// Kind is model.SourceSQL.
func (SQL) Kind() model.Source { return model.SourceSQL }

// Load replays the scripts; what the replay skips becomes a warning.
func (s SQL) Load(_ context.Context, log *Log) (*model.Schema, error) {
	log.Logf("reading SQL %v", s.Paths)
	opts := s.Options
	opts.Warn = log.Warn
	return sqlparse.Files(s.Paths, opts)
}

// CompareSelf reports tables the scripts define twice, differently.
func (SQL) CompareSelf(schema *model.Schema, opts diff.Options) []diff.Finding {
	return diff.Duplicates(schema, opts)
}

// DB is a live database, introspected.
type DB struct {
	// DSN is the connection string; From says where it was found (a flag,
	// an environment variable), for the -v log. See introspect.ResolveDSN.
	DSN, From string
	// ConnectTimeout bounds the connection attempt.
	ConnectTimeout time.Duration
	// Options select the schemas and bound the queries; Logf and Warn are
	// set by Load.
	Options introspect.Options
	// Tenants, when set, are globs ('tenant_*') of schemas each holding a
	// copy of the canonical schema (the first of Options.Schemas): Load
	// reads every schema matching any of them instead, in the same one read, and each
	// is compared as the canonical schema.
	Tenants []string
}

// Canonical names the schema the tenants stand for, when Tenants is set.
func (d DB) Canonical() (string, bool) {
	if len(d.Tenants) == 0 {
		return "", false
	}
	if len(d.Options.Schemas) > 0 {
		return d.Options.Schemas[0], true
	}
	return "public", true
}

// Kind is model.SourceDB.
func (DB) Kind() model.Source { return model.SourceDB }

// Load connects and reads the selected schemas in one snapshot.
func (d DB) Load(ctx context.Context, log *Log) (*model.Schema, error) {
	log.Logf("reading database %s (from %s)", introspect.MaskDSN(d.DSN), d.From)
	conn, err := introspect.Connect(ctx, d.DSN, d.ConnectTimeout)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	opts := d.Options
	opts.Logf, opts.Warn = log.Logf, log.Warn
	if len(d.Tenants) > 0 {
		if opts.Schemas, err = Tenants(ctx, conn, d.Tenants); err != nil {
			return nil, err
		}
		log.Logf("tenant patterns %q: %d schemas", d.Tenants, len(opts.Schemas))
	}
	return introspect.Schema(ctx, conn, opts)
}
