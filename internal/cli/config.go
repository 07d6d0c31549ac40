package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/internal/config"
	"github.com/ariadrift/ariadrift/model"
)

// loadConfig reads --config, or .ariadrift.yaml in the working directory when
// it exists. No config is not an error; a broken one is.
func loadConfig(path string) (*config.Config, error) {
	if path != "" {
		return config.Load(path)
	}
	if _, err := os.Stat(config.DefaultFile); errors.Is(err, fs.ErrNotExist) {
		return &config.Config{}, nil
	}
	return config.Load(config.DefaultFile)
}

// applyConfig fills every option the user did not set on the command line
// from the config file: flags override the file, the file overrides defaults.
func (o *compareOptions) applyConfig(cmd *cobra.Command, c *config.Config, getenv func(string) string) error {
	set := cmd.Flags().Changed
	if !set("spec") && c.Spec != "" {
		o.spec = c.Spec
	}
	if !set("orm") && len(c.ORM) > 0 {
		o.orm = c.ORM
	}
	o.ormTypes = c.ORMTypes
	o.ormExpect = expectedTables(c)
	if !set("sql") && len(c.SQL) > 0 {
		o.sql = c.SQL
	}
	if !set("search-path") && len(c.SearchPath) > 0 {
		o.searchPath = c.SearchPath
	}
	if !set("schema") && len(c.Schemas) > 0 {
		o.schemas = c.Schemas
	}
	if !set("tenants") && len(c.Tenants) > 0 {
		o.tenants = c.Tenants
	}
	if !set("connect-timeout") && c.ConnectTimeout > 0 {
		o.connectTimeout = c.ConnectTimeout
	}
	if !set("statement-timeout") && c.StatementTimeout > 0 {
		o.statementTimeout = c.StatementTimeout
	}
	if !set("dsn") && !set("db") && !set("targets") && c.DSNEnv != "" {
		v := getenv(c.DSNEnv)
		if v == "" {
			return fmt.Errorf("%s: database.dsn_env names $%s, which is not set", c.File, c.DSNEnv)
		}
		o.dsn = v
	}
	o.cfg = c
	return nil
}

// expectedTables turns the config's orm.expected_tables into the model's,
// positioned at their config lines.
func expectedTables(c *config.Config) []model.ExpectedTable {
	var out []model.ExpectedTable
	for _, e := range c.ORMExpected {
		schema, name, ok := strings.Cut(e.Name, ".")
		if !ok {
			schema, name = "", e.Name
		}
		out = append(out, model.ExpectedTable{Schema: schema, Name: name, Reason: e.Reason,
			Pos: model.Pos{File: c.File, Line: e.Line, Col: 1}})
	}
	return out
}
