package spec

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// maxErrors bounds how many problems one load reports: past that, the file
// is most likely not a spec at all and more lines only bury the first ones.
const maxErrors = 25

// Error is one problem in a spec file, at the position it was found.
type Error struct {
	Pos model.Pos
	Msg string
}

// Error renders the problem as "file:line:col: message".
func (e *Error) Error() string {
	if p := e.Pos.String(); p != "" {
		return p + ": " + e.Msg
	}
	return e.Msg
}

// ErrorList is every problem found in one spec file, in file order. Load and
// Parse return it as their error when the file is not a valid spec.
type ErrorList []*Error

// Error renders one problem per line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i == maxErrors {
			fmt.Fprintf(&b, "%s: ... and %d more problems", e.Pos.File, len(l)-maxErrors)
			break
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap exposes each problem to errors.As and errors.Is.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// sorted orders problems by position; cross-reference checks run after the
// whole file is read, and users fix files top to bottom.
func (l ErrorList) sorted() ErrorList {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
	return l
}
