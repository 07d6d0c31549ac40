package cli

import (
	"errors"
	"fmt"
)

// Exit codes. They are decided here and only here, so that a CI gate can
// trust them: an error never exits 0 or 1.
const (
	// ExitOK: the run completed and nothing reached --fail-on.
	ExitOK = 0
	// ExitDrift: the run completed and drift at or above --fail-on was found.
	ExitDrift = 1
	// ExitError: the run could not complete (bad flags, unreadable or invalid
	// input, database unreachable, output not writable).
	ExitError = 2
)

// errDrift reports that the gate failed; the report has already been written.
var errDrift = errors.New("drift at or above the --fail-on threshold")

// usageError is a mistake in how the command was called; usage help is shown for it.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// exitCode maps a command's error to the process exit code.
func exitCode(err error) int {
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errDrift):
		return ExitDrift
	}
	return ExitError
}
