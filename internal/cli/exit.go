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
	// input, database unreachable, output not writable), or a target of a
	// fleet could not be read (the others are reported first).
	ExitError = 2
	// ExitBlocked: plan wrote a plan, but steps it needs are blocked by
	// hazards not allowed, so applying it leaves drift behind. It is not 1:
	// nothing failed a gate, a reviewer has a decision to make.
	ExitBlocked = 3
	// ExitNotConverged: plan --verify-dsn applied the plan to a scratch copy
	// and drift was left.
	ExitNotConverged = 4
)

// errDrift reports that the gate failed; the report has already been written.
var errDrift = errors.New("drift at or above the --fail-on threshold")

// errIncomplete reports a fleet with a target that could not be read; the
// others have been reported and the failures named on stderr. It exits 2:
// a gate must not pass on drift it could not see.
var errIncomplete = errors.New("the report is incomplete: a target could not be read")

// errBlocked reports a plan with blocked steps; the plan has been written.
var errBlocked = errors.New("steps of the plan are blocked by hazards not allowed (see --allow-hazards)")

// errNotConverged reports a verified plan that leaves drift; the plan has been written.
var errNotConverged = errors.New("the plan does not converge")

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
	case errors.Is(err, errBlocked):
		return ExitBlocked
	case errors.Is(err, errNotConverged):
		return ExitNotConverged
	}
	return ExitError
}
