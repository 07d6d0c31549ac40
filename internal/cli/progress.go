package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/ariadrift/ariadrift/introspect"
)

// progressAfter is how long a read runs before progress is shown: a read
// that ends sooner has nothing to report.
const progressAfter = time.Second

// progress returns the catalog read's progress hook: one line on stderr,
// rewritten as queries finish, for reads over a second. It is nil (no
// progress) unless stderr is a terminal, and never in CI or with -q, where
// a rewritten line would only litter the log.
func (g *globalOptions) progress(s streams, getenv func(string) string) func(introspect.Step) {
	if g.quiet || getenv("CI") != "" || !isTerminal(s.Err) {
		return nil
	}
	return newProgressLine(s.Err, time.Now)
}

// newProgressLine is the hook of progress, on w with the clock now.
func newProgressLine(w io.Writer, now func() time.Time) func(introspect.Step) {
	start := now()
	shown := false
	return func(st introspect.Step) {
		if st.Phase == introspect.PhaseAssemble {
			if shown {
				fmt.Fprint(w, "\r\x1b[K")
			}
			return
		}
		if now().Sub(start) < progressAfter || st.Total == 0 {
			return
		}
		shown = true
		fmt.Fprintf(w, "\r\x1b[Kreading the catalog: %d/%d queries (%s)", st.Done, st.Total, now().Sub(start).Round(100*time.Millisecond))
	}
}
