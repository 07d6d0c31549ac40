package plan

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteSQL renders the plan as a psql script: the preamble, then each
// transaction group between BEGIN and COMMIT (a non-transactional step on
// its own), every step under a comment naming the findings it fixes, its
// hazards and locks. A blocked step is written as a comment with the reason.
// header lines are written first, as comments.
func WriteSQL(w io.Writer, p *Plan, header []string) error {
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "-- %s\n", h)
	}
	blocked := len(p.Blocked())
	fmt.Fprintf(bw, "-- %d steps, %d blocked\n", len(p.Steps), blocked)
	for _, n := range p.Notes {
		fmt.Fprintf(bw, "-- note: %s\n", n)
	}
	if len(p.Steps) == 0 {
		fmt.Fprintln(bw, "-- nothing to do: the target matches")
		return bw.Flush()
	}
	for _, s := range p.Preamble {
		fmt.Fprintf(bw, "%s;\n", s)
	}
	for i := 0; i < len(p.Steps); {
		j := i
		for j < len(p.Steps) && p.Steps[j].Group == p.Steps[i].Group {
			j++
		}
		writeGroup(bw, p.Steps[i:j])
		i = j
	}
	return bw.Flush()
}

func writeGroup(w *bufio.Writer, steps []*Step) {
	tx := false
	for _, s := range steps {
		if s.Transactional && !s.Blocked {
			tx = true
		}
	}
	fmt.Fprintf(w, "\n-- transaction %d", steps[0].Group)
	if !steps[0].Transactional {
		fmt.Fprint(w, " (not transactional: runs on its own)")
	}
	fmt.Fprintln(w)
	if tx {
		fmt.Fprintln(w, "BEGIN;")
	}
	for _, s := range steps {
		writeStep(w, s)
	}
	if tx {
		fmt.Fprintln(w, "COMMIT;")
	}
}

func writeStep(w *bufio.Writer, s *Step) {
	fmt.Fprintf(w, "\n-- step %d", s.ID)
	if len(s.DependsOn) > 0 {
		fmt.Fprintf(w, " (after %s)", joinInts(s.DependsOn))
	}
	fmt.Fprintln(w)
	for _, c := range s.Comment {
		fmt.Fprintf(w, "--   %s\n", oneLine(c))
	}
	for _, h := range s.Hazards {
		fmt.Fprintf(w, "--   hazard %s: %s\n", h.Code, oneLine(h.Detail))
	}
	for _, l := range s.Locks {
		fmt.Fprintf(w, "--   lock %s on %s\n", l.Mode, l.Table)
	}
	if s.Blocked {
		fmt.Fprintf(w, "--   BLOCKED, not run: %s\n", s.Reason)
		if !strings.HasPrefix(s.SQL, "--") {
			for _, line := range strings.Split(s.SQL+";", "\n") {
				fmt.Fprintf(w, "-- %s\n", line)
			}
		}
		return
	}
	fmt.Fprintf(w, "%s;\n", s.SQL)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = fmt.Sprint(n)
	}
	return strings.Join(parts, ", ")
}
