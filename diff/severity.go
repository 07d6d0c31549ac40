package diff

import (
	"fmt"
	"strings"
)

// Severity ranks a finding. The order matters: gates fail on findings at or
// above a threshold.
type Severity int

// The severities, lowest first.
const (
	Info Severity = iota
	Low
	Medium
	High
)

var severityNames = [...]string{Info: "info", Low: "low", Medium: "medium", High: "high"}

// String returns the lower-case name: "info", "low", "medium" or "high".
func (s Severity) String() string {
	if s < Info || s > High {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity parses a severity name, ignoring case and surrounding space.
func ParseSeverity(s string) (Severity, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	for i, n := range severityNames {
		if n == name {
			return Severity(i), nil
		}
	}
	return Info, fmt.Errorf("unknown severity %q (want high, medium, low or info)", s)
}

// MarshalText encodes the severity as its name, so JSON and YAML carry
// "high" rather than a number whose meaning could shift.
func (s Severity) MarshalText() ([]byte, error) {
	if s < Info || s > High {
		return nil, fmt.Errorf("invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
