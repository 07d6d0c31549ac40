package cli

import (
	"io"

	"github.com/ariadrift/ariadrift/refdoc"
	"github.com/ariadrift/ariadrift/report"
)

// render writes run in format f. The reference document is refdoc's; every
// other format is one of report's general renderers.
func render(w io.Writer, f report.Format, run *report.Run, opts report.Options) error {
	if f == report.FormatMarkdown {
		return refdoc.Markdown(w, run)
	}
	return report.Write(w, f, run, opts)
}
