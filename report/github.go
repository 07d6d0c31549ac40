package report

import (
	"fmt"
	"io"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// GitHub renders the run as GitHub Actions workflow commands, one
// annotation per finding, so that findings show on the pull request's diff
// without code scanning: HIGH as an error, MEDIUM as a warning, LOW and INFO
// as notices, located as SARIF locates them, most severe first. The
// sources' warnings are warnings too, and a last plain line gives the total
// and the verdict.
func GitHub(w io.Writer, run *Run) error {
	var b strings.Builder
	for _, wn := range run.Warnings {
		props := annotationProps(wn.Pos, "ariadrift: "+string(wn.Source)+" warning")
		b.WriteString(workflowCommand("warning", props, wn.Message))
	}
	// GitHub shows only the first few annotations of each level per step on
	// the diff, so the most severe come first.
	fs := append([]diff.Finding(nil), run.Findings...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Severity > fs[j].Severity })
	for _, f := range fs {
		l := placeOf(run, f)
		msg := f.Message
		if l.related.File != "" {
			msg += " (definition in " + string(l.relatedSrc) + ": " + annotationPos(l.related) + ")"
		}
		title := fmt.Sprintf("ariadrift %s %s (%s)", strings.ToUpper(f.Severity.String()), f.Kind, PairTitle(f.Pair))
		b.WriteString(workflowCommand(GitHubLevel(f.Severity), annotationProps(l.primary, title), msg))
	}
	fmt.Fprintf(&b, "ariadrift: %s (%s: %s)\n", Summary(run.Findings), run.Gate(), run.Verdict())
	_, err := io.WriteString(w, b.String())
	return err
}

// GitHubLevel maps a severity to a workflow command: SARIF's level, with
// GitHub's name "notice" for SARIF's "note" (LOW and INFO).
func GitHubLevel(s diff.Severity) string {
	if l := SARIFLevel(s); l != "note" {
		return l
	}
	return "notice"
}

// annotationProps builds the command's properties in the order GitHub
// documents them: file, line, col, title.
func annotationProps(p model.Pos, title string) [][2]string {
	var props [][2]string
	if p.File != "" {
		props = append(props, [2]string{"file", annotationPath(p.File)})
		if p.Line > 0 {
			props = append(props, [2]string{"line", strconv.Itoa(p.Line)})
			if p.Col > 0 {
				props = append(props, [2]string{"col", strconv.Itoa(p.Col)})
			}
		}
	}
	return append(props, [2]string{"title", title})
}

// annotationPath is the file as GitHub matches it against the pull
// request: relative to the workspace, in slashes. An absolute path is kept,
// since nothing here knows the workspace.
func annotationPath(p string) string {
	if filepath.IsAbs(p) {
		return filepath.ToSlash(p)
	}
	return path.Clean(filepath.ToSlash(p))
}

// annotationPos renders a position inside a message.
func annotationPos(p model.Pos) string {
	return model.Pos{File: annotationPath(p.File), Line: p.Line, Col: p.Col}.String()
}

// workflowCommand renders "::name key=value,...::message\n" with the
// escaping GitHub's runner undoes: in the message %, CR and LF; in property
// values also : and , which would end the value.
func workflowCommand(name string, props [][2]string, msg string) string {
	var b strings.Builder
	b.WriteString("::" + name)
	for i, p := range props {
		if i == 0 {
			b.WriteString(" ")
		} else {
			b.WriteString(",")
		}
		b.WriteString(p[0] + "=" + EscapeProperty(p[1]))
	}
	b.WriteString("::" + EscapeData(msg) + "\n")
	return b.String()
}

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// EscapeData escapes a workflow command's message.
func EscapeData(s string) string { return dataEscaper.Replace(s) }

// EscapeProperty escapes a workflow command's property value.
func EscapeProperty(s string) string { return propertyEscaper.Replace(s) }
