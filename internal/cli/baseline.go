package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/internal/baseline"
)

func newBaselineCmd(s streams, g *globalOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "baseline",
		Short: "Record today's findings so that check fails only on new drift",
	}
	cmd.AddCommand(newBaselineWriteCmd(s, g))
	return cmd
}

type baselineWriteOptions struct {
	compareOptions
	output string
}

func newBaselineWriteCmd(s streams, g *globalOptions) *cobra.Command {
	o := &baselineWriteOptions{}
	cmd := &cobra.Command{
		Use:   "write",
		Short: "Write the current findings to a baseline file",
		Long: `write compares the sources like check and records every finding by a stable
fingerprint. 'check --baseline FILE' then fails only on findings not in FILE and
lists the entries that no longer occur. The file is replaced atomically.`,
		Example: `  ariadrift baseline write --spec spec/models.yaml --sql testdata/aria -o .ariadrift-baseline.json
  ariadrift check --spec spec/models.yaml --sql testdata/aria --baseline .ariadrift-baseline.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.output == "" {
				return usagef("baseline write needs -o FILE")
			}
			res, err := o.run(cmd, g, s, nil)
			if err != nil {
				return err
			}
			b := baseline.New(res.Run.Findings)
			if err := writeFileAtomic(o.output, func(w *bufWriter) error { return b.Write(w) }); err != nil {
				return err
			}
			if !g.quiet {
				fmt.Fprintf(s.Err, "baseline %s: %d findings recorded\n", o.output, len(b.Findings))
			}
			return nil
		},
	}
	o.addFlags(cmd)
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "baseline file to write")
	return cmd
}
