package report_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/report"
)

// The SARIF subset the tests read back.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name           string `json:"name"`
				Version        string `json:"version"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID               string `json:"id"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
					Help struct {
						Text string `json:"text"`
					} `json:"help"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region *struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Properties          struct {
				Object string `json:"object"`
			} `json:"properties"`
		} `json:"results"`
	} `json:"runs"`
}

// lineOf returns the 1-based line of the first line of file containing s.
func lineOf(t *testing.T, file, s string) int {
	t.Helper()
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.Contains(sc.Text(), s) {
			return n
		}
	}
	require.NoError(t, sc.Err())
	t.Fatalf("%s does not contain %q", file, s)
	return 0
}

func TestSARIF(t *testing.T) {
	run := ariaRun(t)
	var log sarifLog
	require.NoError(t, json.Unmarshal(render(t, report.FormatSARIF, run, report.Options{}), &log))

	require.Equal(t, "2.1.0", log.Version)
	require.NotEmpty(t, log.Schema)
	require.Len(t, log.Runs, 1)
	r := log.Runs[0]
	require.Equal(t, "ariadrift", r.Tool.Driver.Name)
	require.Equal(t, "v0.0.0-test", r.Tool.Driver.Version)
	require.True(t, strings.HasPrefix(r.Tool.Driver.InformationURI, "https://"))

	ruleIDs := map[string]int{}
	for i, rule := range r.Tool.Driver.Rules {
		ruleIDs[rule.ID] = i
		require.NotEmpty(t, rule.ShortDescription.Text, rule.ID)
		require.NotEmpty(t, rule.Help.Text, rule.ID)
		require.Contains(t, []string{"error", "warning", "note"}, rule.DefaultConfiguration.Level, rule.ID)
	}
	for _, k := range diff.Kinds() {
		require.Contains(t, ruleIDs, string(k), "every kind has a rule")
	}
	// Help comes from the severity table: the column.extra rule explains
	// why an extra foreign-key column is high.
	for _, rule := range diff.Rules() {
		require.Contains(t, r.Tool.Driver.Rules[ruleIDs[string(rule.Kind)]].Help.Text, rule.Why)
	}

	require.Len(t, r.Results, len(run.Findings))
	want := map[diff.Severity]string{diff.High: "error", diff.Medium: "warning", diff.Low: "note", diff.Info: "note"}
	for i, res := range r.Results {
		f := run.Findings[i]
		require.Equal(t, string(f.Kind), res.RuleID)
		require.Equal(t, string(f.Kind), r.Tool.Driver.Rules[res.RuleIndex].ID)
		require.Equal(t, want[f.Severity], res.Level, "%s %s", f.Kind, f.Severity)
		require.Contains(t, res.Message.Text, f.Message)
		require.Equal(t, f.Fingerprint(), res.PartialFingerprints["ariadriftFingerprint/v1"])
		require.Len(t, res.Locations, 1, "code scanning needs a location: %s", f.Message)
		require.NotEmpty(t, res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}

	// An index only the scripts create points at its CREATE INDEX.
	const ix = "idx_thoughts_created_category"
	schemaFile := path.Join(sqlDir, "01-schema.sql")
	line := lineOf(t, schemaFile, "CREATE INDEX IF NOT EXISTS "+ix+" ")
	found := false
	for _, res := range r.Results {
		if res.RuleID != string(diff.IndexExtra) || res.Properties.Object != ix {
			continue
		}
		found = true
		loc := res.Locations[0].PhysicalLocation
		require.Equal(t, schemaFile, loc.ArtifactLocation.URI)
		require.NotNil(t, loc.Region)
		require.Equal(t, line, loc.Region.StartLine)
		require.Equal(t, 1, loc.Region.StartColumn)
	}
	require.True(t, found, "no index.extra result for %s", ix)

	// A table only the spec has points into the spec.
	for _, res := range r.Results {
		if res.RuleID == string(diff.TableMissing) {
			require.Equal(t, specPath, res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
			require.NotNil(t, res.Locations[0].PhysicalLocation.Region)
		}
	}
}

func TestSARIFLevel(t *testing.T) {
	tests := []struct {
		sev  diff.Severity
		want string
	}{
		{diff.High, "error"},
		{diff.Medium, "warning"},
		{diff.Low, "note"},
		{diff.Info, "note"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, report.SARIFLevel(tt.sev), tt.sev.String())
	}
}

func TestSARIFUnknownKind(t *testing.T) {
	run := &report.Run{Findings: []diff.Finding{{Kind: "table.vanished", Message: "x"}}}
	err := report.SARIF(&strings.Builder{}, run)
	require.ErrorContains(t, err, "table.vanished")
}

func TestSARIFGolden(t *testing.T) {
	golden(t, "aria.sarif", render(t, report.FormatSARIF, ariaRun(t), report.Options{}))
}
