package model

// Warning is something a producer read but could not represent, or only in
// part: a DO block in another language, an EXECUTE of a computed string. The schema
// it produced leaves the object out, so a report must say so rather than
// pose as complete.
type Warning struct {
	// Source is the producer that raised it.
	Source Source
	// Pos locates the statement or element; zero when unknown.
	Pos Pos
	// Message says what was left out and why, in one line.
	Message string
}

// String renders the warning as one line in the style of compilers:
// "file:line:col: warning: message", or "source: warning: message" when the
// position is unknown.
func (w Warning) String() string {
	where := w.Pos.String()
	if where == "" {
		where = string(w.Source)
	}
	return where + ": warning: " + w.Message
}
