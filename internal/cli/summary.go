package cli

import (
	"bytes"
	"fmt"
	"os"

	"github.com/ariadrift/ariadrift/report"
)

// appendJobSummary appends the run's markdown summary to the file GitHub
// Actions names in $GITHUB_STEP_SUMMARY, when it is set. It appends and
// never truncates, because earlier steps of the job write the same file;
// the summary is rendered first and written at once, so a failed render
// adds nothing. output is the report's file, or "" for the step's log.
func appendJobSummary(getenv func(string) string, run *report.Run, output string) error {
	path := getenv("GITHUB_STEP_SUMMARY")
	if path == "" {
		return nil
	}
	var b bytes.Buffer
	if err := report.JobSummary(&b, run, report.SummaryOptions{Report: output}); err != nil {
		return fmt.Errorf("job summary: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("job summary (GITHUB_STEP_SUMMARY): %w", err)
	}
	if _, err := f.Write(b.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("job summary %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("job summary %s: %w", path, err)
	}
	return nil
}
