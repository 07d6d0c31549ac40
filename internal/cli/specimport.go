package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pipeline"
	"github.com/ariadrift/ariadrift/spec"
)

func newSpecCmd(s streams, g *globalOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "spec",
		Short: "Work with spec files",
	}
	cmd.AddCommand(newSpecImportCmd(s, g))
	return cmd
}

type specImportOptions struct {
	compareOptions
	output string
}

func newSpecImportCmd(s streams, g *globalOptions) *cobra.Command {
	o := &specImportOptions{}
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Write a spec YAML from the ORM models, init SQL or a live database",
		Long: `import reads the SQLAlchemy models (--orm), the init SQL (--sql) or a live
database (--dsn/--db) and writes a spec file describing it. From --orm the spec
keeps the models' class and attribute names, the types in the ORM's own spelling
and the sections of the models file's banner comments. Checking the imported spec against the same source
finds no drift; what the spec format cannot express (CHECK constraints, views,
partitions, generated columns) is listed in the file's header and on stderr.`,
		Example: `  ariadrift spec import --orm testdata/aria/models.py -o spec/models.yaml
  ariadrift spec import --sql testdata/aria -o spec/models.yaml
  ARIADRIFT_DSN=postgres://app@db/aria ariadrift spec import --db -o spec/models.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.spec != "" {
				return usagef("spec import reads --orm, --sql or --dsn/--db, not --spec")
			}
			given := 0
			for _, ok := range []bool{len(o.orm) > 0, len(o.sql) > 0, o.db || o.dsn != ""} {
				if ok {
					given++
				}
			}
			if given != 1 {
				return usagef("spec import needs exactly one of --orm, --sql and --dsn/--db")
			}
			cfg, err := loadConfig(g.config)
			if err != nil {
				return err
			}
			if err := o.applyConfig(cmd, cfg, lookupEnv); err != nil {
				return err
			}
			o.spec = "" // a config's spec path is where the import may be going, not a source
			if len(o.orm) > 0 {
				o.sql, o.dsn, o.db = nil, "", false // the config's other sources are not what was asked for
			} else if cmd.Flags().Changed("sql") || cmd.Flags().Changed("dsn") || cmd.Flags().Changed("db") {
				o.orm = nil
			}
			src, err := o.loadAny(cmd, g, s)
			if err != nil {
				return err
			}
			data, omitted, err := spec.Marshal(src)
			if err != nil {
				return err
			}
			if !g.quiet {
				for _, m := range omitted {
					fmt.Fprintf(s.Err, "spec import: left out %s\n", m)
				}
			}
			if o.output == "" {
				_, err = s.Out.Write(data)
				return err
			}
			return writeFileAtomic(o.output, func(w *bufWriter) error {
				_, err := w.Write(data)
				return err
			})
		},
	}
	o.addFlags(cmd)
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write the spec to this file (replaced atomically) instead of stdout")
	return cmd
}

// loadAny reads the one source spec import was given.
func (o *specImportOptions) loadAny(cmd *cobra.Command, g *globalOptions, s streams) (*model.Schema, error) {
	srcs, _ := o.sources(lookupEnv)
	loaded, err := pipeline.Load(cmd.Context(), srcs, g.logf(s))
	if err != nil {
		return nil, err
	}
	g.warn(s, loaded[0].Warnings)
	return loaded[0].Schema, nil
}
