package cli

import (
	"fmt"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/report"
)

// formatValue is a validated --format flag.
type formatValue struct{ f report.Format }

func (v *formatValue) String() string { return string(v.f) }
func (v *formatValue) Type() string   { return "format" }
func (v *formatValue) Set(s string) error {
	f, err := report.ParseFormat(s)
	if err != nil {
		return err
	}
	v.f = f
	return nil
}

// failOnValue is a validated --fail-on flag: a severity, or "none" to turn
// the gate off.
type failOnValue struct {
	sev  diff.Severity
	none bool
}

func (v *failOnValue) String() string {
	if v.none {
		return "none"
	}
	return v.sev.String()
}
func (v *failOnValue) Type() string { return "severity" }
func (v *failOnValue) Set(s string) error {
	if strings.EqualFold(s, "none") {
		v.none = true
		return nil
	}
	sev, err := diff.ParseSeverity(s)
	if err != nil {
		return fmt.Errorf("want high, medium, low, info or none")
	}
	v.sev, v.none = sev, false
	return nil
}
