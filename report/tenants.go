package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// maxTenantsListed bounds the tenants named on one line: a drift shared by
// hundreds of tenants names the first few and counts the rest.
const maxTenantsListed = 10

// TenantSummary counts the tenants (or targets) with and without findings and names the
// drifted ones: "1,997 clean, 3 drifted: tenant_0042, tenant_0100, tenant_0777".
func TenantSummary(tenants []string, fs []diff.Finding) string {
	drifted := driftedTenants(tenants, fs)
	clean := len(tenants) - len(drifted)
	if len(drifted) == 0 {
		return fmt.Sprintf("%s clean", thousands(len(tenants)))
	}
	return fmt.Sprintf("%s clean, %s drifted: %s", thousands(clean), thousands(len(drifted)), tenantList(drifted))
}

// driftedTenants lists the tenants of fs, in the order of tenants.
func driftedTenants(tenants []string, fs []diff.Finding) []string {
	has := map[string]bool{}
	for _, f := range fs {
		has[f.Tenant] = true
	}
	var out []string
	for _, t := range tenants {
		if has[t] {
			out = append(out, t)
		}
	}
	return out
}

// tenantList joins tenant names, naming at most maxTenantsListed.
func tenantList(ts []string) string {
	if len(ts) <= maxTenantsListed {
		return strings.Join(ts, ", ")
	}
	return fmt.Sprintf("%s and %s more", strings.Join(ts[:maxTenantsListed], ", "), thousands(len(ts)-maxTenantsListed))
}

// thousands writes n with comma separators: 1,997.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// sharedFinding is one drift found identically in one or more tenants.
type sharedFinding struct {
	diff.Finding
	tenants []string
}

// shareTenants folds findings that differ only in their tenant into one,
// keeping the order in which each first occurs.
func shareTenants(fs []diff.Finding) []sharedFinding {
	var out []sharedFinding
	at := map[diff.Finding]int{}
	for _, f := range fs {
		// Positions are the tenant's too (none for a live database) and
		// the table does not show them.
		key := f
		key.Tenant, key.LeftPos, key.RightPos = "", model.Pos{}, model.Pos{}
		if i, ok := at[key]; ok {
			out[i].tenants = append(out[i].tenants, f.Tenant)
			continue
		}
		at[key] = len(out)
		out = append(out, sharedFinding{Finding: key, tenants: []string{f.Tenant}})
	}
	return out
}

// tenantRows are the table's rows for the findings of a tenanted pair: one
// row per distinct drift, naming the tenants it occurs in.
// noun is what a name stands for: "tenant", or "target" in a fleet.
func tenantRows(fs []diff.Finding, noun string) ([][]string, []diff.Finding) {
	shared := shareTenants(fs)
	rows := make([][]string, 0, len(shared))
	out := make([]diff.Finding, 0, len(shared))
	for _, s := range shared {
		n := "1 " + noun
		if len(s.tenants) > 1 {
			n = thousands(len(s.tenants)) + " " + noun + "s"
		}
		detail := fmt.Sprintf("%s (%s: %s)", s.Message, n, tenantList(s.tenants))
		rows = append(rows, []string{qualified(s.Finding), strings.ToUpper(s.Severity.String()), string(s.Kind), detail})
		out = append(out, s.Finding)
	}
	return rows, out
}

// nameNoun is what the names of a tenanted table stand for: targets when
// every name is a target of a fleet, tenant schemas otherwise (a tenanted
// target's names are target/tenant).
func nameNoun(run *Run) string {
	read := 0
	for _, t := range run.Targets {
		if t.Err == "" {
			read++
		}
	}
	if run.Targets != nil && read == len(run.Tenants) {
		return "target"
	}
	return "tenant"
}

// TargetSummary counts the targets of a fleet read and names the ones that
// could not be: "2 read, 1 failed: staging (the report is incomplete)".
func TargetSummary(ts []TargetStatus) string {
	var failed []string
	for _, t := range ts {
		if t.Err != "" {
			failed = append(failed, t.Name)
		}
	}
	read := thousands(len(ts) - len(failed))
	if len(failed) == 0 {
		return read + " read"
	}
	return fmt.Sprintf("%s read, %s failed: %s (the report is incomplete)", read, thousands(len(failed)), tenantList(failed))
}
