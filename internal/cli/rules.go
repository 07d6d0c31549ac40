package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ariadrift/ariadrift/diff"
)

func newRulesCmd(s streams) *cobra.Command {
	var markdown bool
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Print the drift kinds and their default severities",
		Long: `rules prints the severity rule table: every drift kind ariadrift reports, when
it applies, its default severity and why. Config files can override severities
per kind and table (see README, "Configuration").`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if markdown {
				return rulesMarkdown(s.Out)
			}
			for _, r := range diff.Rules() {
				if _, err := fmt.Fprintf(s.Out, "%-7s %-22s %s — %s\n", strings.ToUpper(r.Severity.String()), r.Kind, r.When, r.Why); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&markdown, "markdown", false, "print a markdown table (the README's severity table)")
	return cmd
}

// rulesMarkdown renders the rule table as the README shows it; a test keeps
// the README in step with the code.
func rulesMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("| Kind | When | Severity | Why |\n|------|------|----------|-----|\n")
	for _, r := range diff.Rules() {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.Kind, escapePipes(r.When), strings.ToUpper(r.Severity.String()), escapePipes(r.Why))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func escapePipes(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
