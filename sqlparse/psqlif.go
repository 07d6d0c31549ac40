package sqlparse

import "strings"

// psql's \if, \elif, \else and \endif run one branch of a block. A
// condition the scanner can evaluate (a boolean literal, or a variable the
// scripts or --psql-var set) decides the branch as psql would: the other
// branches are blanked and their meta-commands ignored. A condition that
// depends on what only running psql knows (a variable set by \gset, by
// psql -v or by a shell command) leaves every branch of the block to be
// replayed, as conditional text (psqlScript.Conditional), and is noted
// (psqlScript.Undecided) so that the replay can say so.

// condFrame is one \if block being scanned.
type condFrame struct {
	start  int  // offset where the undecided part starts
	known  bool // every condition so far was decided
	taken  bool // a branch was already active
	active bool // the branch being scanned runs
	// outer is the inactive state of the enclosing blocks.
	outer bool
}

// condNote is a condition the scanner could not decide, or one psql
// rejects.
type condNote struct {
	Offset int // of the meta-command, in Clean
	Cmd    string
	Why    string
	// Var is the variable that would decide it; Rejected marks a value
	// psql takes as false.
	Var      string
	Rejected bool
	Defined  bool // the condition tests only whether Var is set
}

// inactive reports whether the text being scanned is in a branch psql
// skips.
func (sc *psqlScanner) inactive() bool {
	n := len(sc.conds)
	return n > 0 && (sc.conds[n-1].outer || (sc.conds[n-1].known && !sc.conds[n-1].active))
}

// conditional carries out \if, \elif, \else and \endif at i (the command
// ends at end); it reports false for any other command.
func (sc *psqlScanner) conditional(cmd metaCommand, i, end int) bool {
	wasInactive := sc.inactive()
	switch cmd.Name {
	case "if":
		f := condFrame{start: i, outer: wasInactive, known: true}
		if !wasInactive {
			sc.decide(&f, cmd, i)
		}
		sc.conds = append(sc.conds, f)
	case "elif", "else":
		if len(sc.conds) == 0 {
			return true // psql: \elif or \else with no matching \if
		}
		f := &sc.conds[len(sc.conds)-1]
		switch {
		case f.outer || !f.known:
		case f.taken:
			f.active = false
		case cmd.Name == "else":
			f.active, f.taken = true, true
		default:
			sc.decide(f, cmd, i)
		}
	case "endif":
		if len(sc.conds) == 0 {
			return true
		}
		f := sc.conds[len(sc.conds)-1]
		sc.conds = sc.conds[:len(sc.conds)-1]
		if !f.known && !f.outer {
			sc.out.Conditional = append(sc.out.Conditional, [2]int{f.start, end})
		}
	default:
		return false
	}
	sc.switchActive(wasInactive, end)
	return true
}

// decide evaluates the condition of \if or \elif for frame f.
func (sc *psqlScanner) decide(f *condFrame, cmd metaCommand, i int) {
	v, note := sc.evalCondition(cmd.Args)
	if note != nil {
		note.Offset, note.Cmd = i, `\`+cmd.Name
		sc.out.Undecided = append(sc.out.Undecided, *note)
		if !note.Rejected {
			f.known, f.active, f.start = false, true, i
			return
		}
	}
	f.active, f.taken = v, v
}

// switchActive blanks a skipped branch once it ends, and keeps the state
// of the statement around it: psql drops a skipped branch's lines.
func (sc *psqlScanner) switchActive(wasInactive bool, end int) {
	now := sc.inactive()
	switch {
	case !wasInactive && now:
		sc.skipFrom = end
		sc.saved = [3]int{boolInt(sc.inStatement), sc.depth, sc.firstWord}
	case wasInactive && !now:
		sc.blank(sc.skipFrom, sc.cmdStart, true)
		sc.inStatement, sc.depth, sc.firstWord = sc.saved[0] == 1, sc.saved[1], sc.saved[2]
	}
}

// finishConditionals closes the blocks an unterminated \if leaves open:
// they run to the end of the file.
func (sc *psqlScanner) finishConditionals() {
	if sc.inactive() {
		sc.blank(sc.skipFrom, len(sc.src), true)
	}
	for _, f := range sc.conds {
		if !f.known && !f.outer {
			sc.out.Conditional = append(sc.out.Conditional, [2]int{f.start, len(sc.src)})
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// evalCondition evaluates an \if expression as psql does: its variables
// interpolated, then a boolean. A note says why the value cannot be known
// here, or (Rejected) that psql rejects it and takes it as false.
func (sc *psqlScanner) evalCondition(args string) (bool, *condNote) {
	expr := strings.TrimSpace(args)
	switch {
	case expr == "":
		return false, &condNote{Why: "it has no condition", Rejected: true}
	case strings.Contains(expr, "`"):
		return false, &condNote{Why: "its condition is a shell command"}
	case strings.HasPrefix(expr, ":{?") && strings.HasSuffix(expr, "}"):
		name := expr[3 : len(expr)-1]
		if _, set := sc.vars[name]; set {
			return true, nil
		}
		return false, &condNote{Why: "it tests whether :" + name + " is set, as psql -v may do", Var: name, Defined: true}
	case strings.HasPrefix(expr, ":"):
		name, _, end := varRefAt(expr, 0)
		if name == "" || end != len(expr) {
			break
		}
		val, set := sc.vars[name]
		if !set || val == unknownValue {
			return false, &condNote{Why: "it depends on :" + name + ", which the scripts do not set, or set from a query or a shell command", Var: name}
		}
		expr = val
	}
	if b, valid := psqlBool(expr); valid {
		return b, nil
	}
	return false, &condNote{Why: "its condition " + quoteVar(expr, '"') + " is not a boolean", Rejected: true}
}

// psqlBool parses a boolean the way psql's ParseVariableBool does: any
// unambiguous prefix of true, false, yes or no, on or off (two letters at
// least), 1 or 0, in any case.
func psqlBool(s string) (value, ok bool) {
	l := strings.ToLower(s)
	prefix := func(word string, min int) bool {
		return len(l) >= min && len(l) <= len(word) && word[:len(l)] == l
	}
	switch {
	case l == "":
		return false, false
	case prefix("true", 1), prefix("yes", 1), prefix("on", 2), l == "1":
		return true, true
	case prefix("false", 1), prefix("no", 1), prefix("off", 2), l == "0":
		return false, true
	}
	return false, false
}
