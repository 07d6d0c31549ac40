// Package config reads .ariadrift.yaml: where the sources are, how strict the
// gate is, and which drift a team has accepted. Of ariadrift's packages it
// imports only diff (to validate kinds and severities); it must not import the
// schema producers, report, pipeline or the command line.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/ariadrift/ariadrift/diff"
)

// DefaultFile is the config file looked for in the working directory.
const DefaultFile = ".ariadrift.yaml"

// maxSize bounds the file so a runaway file cannot exhaust memory; a real
// config is a few hundred bytes.
const maxSize = 1 << 20

// Config is a parsed .ariadrift.yaml. Zero values mean "not set", so that
// flags and defaults can fill them in.
type Config struct {
	// File is the path the config was read from.
	File string

	Spec string
	// ORM lists SQLAlchemy models files or packages; ORMTypes says what
	// their custom types are in PostgreSQL ({Vector: vector}).
	ORM        []string
	ORMTypes   map[string]string
	SQL        []string
	SearchPath []string
	Baseline   string

	// DSNEnv names the environment variable that holds the DSN; a literal DSN
	// with a password does not belong in a file that is committed.
	DSNEnv  string
	Schemas []string
	// Tenants are globs of tenant schemas, each compared as the first of
	// Schemas (database.tenants, the --tenants flag).
	Tenants          []string
	ConnectTimeout   time.Duration
	StatementTimeout time.Duration

	// FailOn is "high", "medium", "low", "info" or "none"; empty when unset.
	FailOn string

	Severity []Override
	Ignore   []Ignore
}

// Override changes the severity of matching findings.
type Override struct {
	Kind     diff.Kind // exact kind, or a family prefix like "index.*"
	Table    string    // optional; "schema.table" or "table"
	Severity diff.Severity
	Line     int
}

// Ignore accepts matching findings: they are not reported and never fail the gate.
type Ignore struct {
	Kind   diff.Kind // optional; exact or "index.*"
	Pair   string    // optional; "spec-sql", "spec-db", "sql-db", "sql-sql"
	Table  string    // optional; "schema.table" or "table"; * globs allowed
	Object string    // optional; * globs allowed
	Reason string    // required
	Line   int
}

// Load reads a config file. A missing file is an error; callers decide
// whether the default file is optional.
func Load(file string) (*Config, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("config: %s: %w", file, err)
	}
	if len(data) > maxSize {
		return nil, fmt.Errorf("%s: config larger than %d bytes", file, maxSize)
	}
	return Parse(data, file)
}

// Parse parses config text; file names the source in errors.
func Parse(data []byte, file string) (*Config, error) {
	p := &parser{file: file}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return &Config{File: file}, nil
		}
		return nil, syntaxError(file, err)
	}
	c := &Config{File: file}
	if len(doc.Content) == 0 {
		return c, nil
	}
	if err := p.config(doc.Content[0], c); err != nil {
		return nil, err
	}
	return c, nil
}

type parser struct{ file string }

func (p *parser) errf(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%s:%d:%d: %s", p.file, n.Line, n.Column, fmt.Sprintf(format, args...))
}

// fields walks a mapping, rejecting unknown and repeated keys: a typo in a
// gate's config must not silently loosen it.
func (p *parser) fields(n *yaml.Node, what string, handle map[string]func(*yaml.Node) error) error {
	if n.Kind == yaml.AliasNode {
		return p.errf(n, "%s: aliases are not supported", what)
	}
	if n.Kind != yaml.MappingNode {
		return p.errf(n, "%s must be a mapping", what)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		h, ok := handle[k.Value]
		if !ok {
			known := make([]string, 0, len(handle))
			for name := range handle {
				known = append(known, name)
			}
			sort.Strings(known)
			return p.errf(k, "unknown key %q in %s (known: %s)", k.Value, what, strings.Join(known, ", "))
		}
		if seen[k.Value] {
			return p.errf(k, "key %q repeated in %s", k.Value, what)
		}
		seen[k.Value] = true
		if v.Kind == yaml.AliasNode {
			return p.errf(v, "%s: aliases are not supported", k.Value)
		}
		if err := h(v); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) str(dst *string, key string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode {
			return p.errf(n, "%s must be a string", key)
		}
		*dst = n.Value
		return nil
	}
}

func (p *parser) strs(dst *[]string, key string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind == yaml.ScalarNode {
			*dst = []string{n.Value}
			return nil
		}
		if n.Kind != yaml.SequenceNode {
			return p.errf(n, "%s must be a string or a list of strings", key)
		}
		for _, e := range n.Content {
			if e.Kind != yaml.ScalarNode {
				return p.errf(e, "%s must be a list of strings", key)
			}
			*dst = append(*dst, e.Value)
		}
		return nil
	}
}

// orm reads orm: PATH, orm: [PATHS] or orm: {paths: ..., types: {Name: pgtype}}.
func (p *parser) orm(n *yaml.Node, c *Config) error {
	if n.Kind != yaml.MappingNode {
		return p.strs(&c.ORM, "orm")(n)
	}
	return p.fields(n, "orm", map[string]func(*yaml.Node) error{
		"paths": p.strs(&c.ORM, "orm.paths"),
		"types": func(v *yaml.Node) error {
			if v.Kind != yaml.MappingNode {
				return p.errf(v, "orm.types must map a type name to a PostgreSQL type")
			}
			c.ORMTypes = map[string]string{}
			for i := 0; i+1 < len(v.Content); i += 2 {
				k, t := v.Content[i], v.Content[i+1]
				if k.Kind != yaml.ScalarNode || t.Kind != yaml.ScalarNode || t.Value == "" {
					return p.errf(k, "orm.types must map a type name to a PostgreSQL type")
				}
				c.ORMTypes[k.Value] = t.Value
			}
			return nil
		},
	})
}

func (p *parser) duration(dst *time.Duration, key string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		d, err := time.ParseDuration(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil || d <= 0 {
			return p.errf(n, "%s must be a positive duration like 10s", key)
		}
		*dst = d
		return nil
	}
}

func (p *parser) config(n *yaml.Node, c *Config) error {
	return p.fields(n, "config", map[string]func(*yaml.Node) error{
		"version": func(v *yaml.Node) error {
			if v.Value != "1" {
				return p.errf(v, "unsupported config version %q (want 1)", v.Value)
			}
			return nil
		},
		"spec":        p.str(&c.Spec, "spec"),
		"sql":         p.strs(&c.SQL, "sql"),
		"orm":         func(v *yaml.Node) error { return p.orm(v, c) },
		"search_path": p.strs(&c.SearchPath, "search_path"),
		"baseline":    p.str(&c.Baseline, "baseline"),
		"database": func(v *yaml.Node) error {
			return p.fields(v, "database", map[string]func(*yaml.Node) error{
				"dsn_env": p.str(&c.DSNEnv, "dsn_env"),
				"dsn": func(v *yaml.Node) error {
					return p.errf(v, "database.dsn is not accepted: put the DSN in an environment variable and name it with dsn_env")
				},
				"schemas":           p.strs(&c.Schemas, "schemas"),
				"tenants":           p.strs(&c.Tenants, "tenants"),
				"connect_timeout":   p.duration(&c.ConnectTimeout, "connect_timeout"),
				"statement_timeout": p.duration(&c.StatementTimeout, "statement_timeout"),
			})
		},
		"fail_on": func(v *yaml.Node) error {
			if !strings.EqualFold(v.Value, "none") {
				if _, err := diff.ParseSeverity(v.Value); err != nil {
					return p.errf(v, "fail_on: want high, medium, low, info or none, got %q", v.Value)
				}
			}
			c.FailOn = strings.ToLower(v.Value)
			return nil
		},
		"severity": func(v *yaml.Node) error { return p.overrides(v, c) },
		"ignore":   func(v *yaml.Node) error { return p.ignores(v, c) },
	})
}

func (p *parser) kind(n *yaml.Node, allowEmpty bool) (diff.Kind, error) {
	k := diff.Kind(n.Value)
	if k == "" && allowEmpty {
		return k, nil
	}
	if prefix, ok := strings.CutSuffix(n.Value, ".*"); ok {
		for _, r := range diff.Rules() {
			if strings.HasPrefix(string(r.Kind), prefix+".") {
				return k, nil
			}
		}
	}
	for _, r := range diff.Rules() {
		if r.Kind == k {
			return k, nil
		}
	}
	return "", p.errf(n, "unknown drift kind %q", n.Value)
}

func (p *parser) overrides(n *yaml.Node, c *Config) error {
	if n.Kind != yaml.SequenceNode {
		return p.errf(n, "severity must be a list of {kind, table, severity}")
	}
	for _, e := range n.Content {
		o := Override{Line: e.Line}
		var kind, sev *yaml.Node
		err := p.fields(e, "severity override", map[string]func(*yaml.Node) error{
			"kind":     func(v *yaml.Node) error { kind = v; return nil },
			"table":    p.str(&o.Table, "table"),
			"severity": func(v *yaml.Node) error { sev = v; return nil },
		})
		if err != nil {
			return err
		}
		if kind == nil || sev == nil {
			return p.errf(e, "severity override needs kind and severity")
		}
		if o.Kind, err = p.kind(kind, false); err != nil {
			return err
		}
		if o.Severity, err = diff.ParseSeverity(sev.Value); err != nil {
			return p.errf(sev, "severity: want high, medium, low or info, got %q", sev.Value)
		}
		c.Severity = append(c.Severity, o)
	}
	return nil
}

func (p *parser) ignores(n *yaml.Node, c *Config) error {
	if n.Kind != yaml.SequenceNode {
		return p.errf(n, "ignore must be a list of rules")
	}
	for _, e := range n.Content {
		ig := Ignore{Line: e.Line}
		var kind *yaml.Node
		err := p.fields(e, "ignore rule", map[string]func(*yaml.Node) error{
			"kind":   func(v *yaml.Node) error { kind = v; return nil },
			"pair":   p.str(&ig.Pair, "pair"),
			"table":  p.str(&ig.Table, "table"),
			"object": p.str(&ig.Object, "object"),
			"reason": p.str(&ig.Reason, "reason"),
		})
		if err != nil {
			return err
		}
		if kind != nil {
			if ig.Kind, err = p.kind(kind, true); err != nil {
				return err
			}
		}
		if strings.TrimSpace(ig.Reason) == "" {
			return p.errf(e, "ignore rule needs a reason: say why this drift is accepted")
		}
		if ig.Kind == "" && ig.Table == "" && ig.Object == "" {
			return p.errf(e, "ignore rule must name a kind, table or object; it would ignore everything")
		}
		switch ig.Pair {
		case "", "spec-orm", "spec-sql", "spec-db", "orm-sql", "orm-db", "sql-db", "sql-sql":
		default:
			return p.errf(e, "ignore rule: unknown pair %q (want spec-orm, spec-sql, spec-db, orm-sql, orm-db, sql-db or sql-sql)", ig.Pair)
		}
		c.Ignore = append(c.Ignore, ig)
	}
	return nil
}

// matchKind reports whether pattern ("" = any, "index.*", or exact) matches k.
func matchKind(pattern, k diff.Kind) bool {
	if pattern == "" || pattern == k {
		return true
	}
	prefix, ok := strings.CutSuffix(string(pattern), ".*")
	return ok && strings.HasPrefix(string(k), prefix+".")
}

// matchName matches a table or object pattern with * globs; a table pattern
// without a schema matches any schema.
func matchName(pattern, schema, name string) bool {
	if pattern == "" {
		return true
	}
	if ok, _ := path.Match(pattern, name); ok {
		return true
	}
	ok, _ := path.Match(pattern, schema+"."+name)
	return ok
}

// Override returns the severity override for f, if any; the last matching
// rule wins so that a specific rule can follow a general one.
func (c *Config) Override(f diff.Finding) (diff.Severity, bool) {
	var sev diff.Severity
	found := false
	for _, o := range c.Severity {
		if matchKind(o.Kind, f.Kind) && matchName(o.Table, f.Schema, f.Table) {
			sev, found = o.Severity, true
		}
	}
	return sev, found
}

// Ignored returns the rule that accepts f, if any.
func (c *Config) Ignored(f diff.Finding) (*Ignore, bool) {
	for i := range c.Ignore {
		ig := &c.Ignore[i]
		if matchKind(ig.Kind, f.Kind) && (ig.Pair == "" || ig.Pair == f.Pair.Key()) &&
			matchName(ig.Table, f.Schema, f.Table) && matchName(ig.Object, "", f.Object) {
			return ig, true
		}
	}
	return nil, false
}

// syntaxError turns yaml.v3's "yaml: line 3: msg" into "file:3: msg", the
// form editors and CI annotations understand.
func syntaxError(file string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, tail, ok := strings.Cut(rest, ": "); ok {
			if _, convErr := strconv.Atoi(n); convErr == nil {
				return fmt.Errorf("%s:%s: %s", file, n, tail)
			}
		}
	}
	return fmt.Errorf("%s: %s", file, msg)
}
