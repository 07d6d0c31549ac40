package cli

import (
	"io"
	"strings"

	"github.com/ariadrift/ariadrift/erd"
	"github.com/ariadrift/ariadrift/refdoc"
	"github.com/ariadrift/ariadrift/report"
)

// render writes run in format f. The reference document is refdoc's and
// the diagram erd's; every other format is one of report's general renderers.
func render(w io.Writer, f report.Format, run *report.Run, opts report.Options) error {
	switch f {
	case report.FormatMarkdown:
		return refdoc.Markdown(w, run)
	case report.FormatMermaid:
		return erd.Write(w, run)
	}
	return report.Write(w, f, run, opts)
}

// formatHelp is the --format flag's help: "table, json, ... or mermaid".
func formatHelp() string {
	names := make([]string, len(report.Formats))
	for i, f := range report.Formats {
		names[i] = string(f)
	}
	return "output format: " + strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
