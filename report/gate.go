package report

// Gate names the gate the run was judged by: "fail on high and above", or
// "gate off".
func (r *Run) Gate() string {
	if r.FailNever {
		return "gate off"
	}
	return "fail on " + r.FailOn.String() + " and above"
}

// Verdict is the gate's outcome, "pass", "FAIL" or, when a target of a
// fleet could not be read, "INCOMPLETE"; in capitals when it
// fails so that it stands out in a log.
func (r *Run) Verdict() string {
	if r.Failed() {
		return "FAIL"
	}
	if r.Incomplete() {
		// Nothing failed among what was read, but a target was not read:
		// "pass" would vouch for it.
		return "INCOMPLETE"
	}
	return "pass"
}
