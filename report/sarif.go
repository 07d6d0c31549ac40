package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// SARIF 2.1.0 output for code scanning. Only the parts ariadrift fills are
// modelled; field names follow the specification exactly.

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	// InformationURI is the project's home page, shown by SARIF viewers.
	InformationURI = "https://github.com/ariadrift/ariadrift"
	// fingerprintKey versions the partial fingerprint: code scanning matches
	// results across runs by it, so its meaning must never change silently.
	fingerprintKey = "ariadriftFingerprint/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	// ColumnKind is set because model.Pos counts columns in characters,
	// while SARIF's default is UTF-16 code units.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool `json:"executionSuccessful"`
	// ToolExecutionNotifications carries the sources' warnings: they are
	// about the run, not findings to fix.
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	Help                 sarifText          `json:"help"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Properties           sarifRuleProps     `json:"properties"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations,omitempty"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifResultProps  `json:"properties"`
}

type sarifResultProps struct {
	Severity string `json:"severity"`
	Pair     string `json:"pair"`
	Tenant   string `json:"tenant,omitempty"`
	Schema   string `json:"schema,omitempty"`
	Table    string `json:"table,omitempty"`
	Object   string `json:"object,omitempty"`
	Expected string `json:"expected,omitempty"`
	Actual   string `json:"actual,omitempty"`
}

type sarifLocation struct {
	ID               int                   `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

// SARIFLevel maps a severity to a SARIF level. Only high findings are
// errors: they are the ones that break the application at runtime.
func SARIFLevel(s diff.Severity) string {
	switch s {
	case diff.High:
		return "error"
	case diff.Medium:
		return "warning"
	}
	return "note"
}

// kindTitles are the rules' short descriptions.
var kindTitles = map[diff.Kind]string{
	diff.TableMissing:        "Table missing from the compared source",
	diff.TableExtra:          "Table not in the canonical source",
	diff.TableExpected:       "Table declared as an expected gap",
	diff.TableDuplicate:      "Table defined twice with different definitions",
	diff.ColumnMissing:       "Column missing from the compared source",
	diff.ColumnExtra:         "Column not in the canonical source",
	diff.ColumnRenamed:       "Column renamed",
	diff.ColumnType:          "Column type differs",
	diff.ColumnNullable:      "Column nullability differs",
	diff.ColumnDefault:       "Column default differs",
	diff.ColumnAutoIncrement: "Column auto-increment differs",
	diff.ColumnIdentity:      "Column identity differs",
	diff.ColumnGenerated:     "Generated column expression differs",
	diff.ColumnCollation:     "Column collation differs",
	diff.PrimaryKeyMissing:   "Primary key missing from the compared source",
	diff.PrimaryKeyExtra:     "Primary key not in the canonical source",
	diff.PrimaryKeyDiffers:   "Primary key columns differ",
	diff.UniqueMissing:       "Unique constraint missing from the compared source",
	diff.UniqueExtra:         "Unique constraint not in the canonical source",
	diff.CheckMissing:        "Check constraint missing from the compared source",
	diff.CheckExtra:          "Check constraint not in the canonical source",
	diff.IndexMissing:        "Index missing from the compared source",
	diff.IndexExtra:          "Index not in the canonical source",
	diff.IndexRenamed:        "Index renamed",
	diff.IndexDiffers:        "Index definition differs",
	diff.FKMissing:           "Foreign key missing from the compared source",
	diff.FKExtra:             "Foreign key not in the canonical source",
	diff.FKDiffers:           "Foreign key differs",
	diff.ViewMissing:         "View missing from the compared source",
	diff.ViewExtra:           "View not in the canonical source",
	diff.EnumMissing:         "Enum type missing from the compared source",
	diff.EnumExtra:           "Enum type not in the canonical source",
	diff.EnumValues:          "Enum labels differ",
	diff.DomainMissing:       "Domain missing from the compared source",
	diff.DomainExtra:         "Domain not in the canonical source",
	diff.DomainDiffers:       "Domain differs",
	diff.PartitionMissing:    "Partition missing from the compared source",
	diff.PartitionExtra:      "Partition not in the canonical source",
	diff.PartitionKey:        "Partitioning differs",
	diff.RLSEnabled:          "Row-level security enabled differs",
	diff.RLSForced:           "Row-level security forced differs",
	diff.PolicyMissing:       "Policy missing from the compared source",
	diff.PolicyExtra:         "Policy not in the canonical source",
	diff.PolicyRenamed:       "Policy renamed",
	diff.PolicyMode:          "Policy permissive or restrictive differs",
	diff.PolicyCommand:       "Policy command differs",
	diff.PolicyRoles:         "Policy roles differ",
	diff.PolicyUsing:         "Policy USING expression differs",
	diff.PolicyCheck:         "Policy WITH CHECK expression differs",

	diff.SequenceMissing:       "Sequence missing from the compared source",
	diff.SequenceExtra:         "Sequence not in the canonical source",
	diff.SequenceDiffers:       "Sequence options differ",
	diff.SequenceOwner:         "Sequence owned by another column",
	diff.ColumnIdentityOptions: "Identity column's sequence options differ",
	diff.ExtensionMissing:      "Extension missing from the compared source",
	diff.ExtensionExtra:        "Extension not in the canonical source",
	diff.ExtensionDiffers:      "Extension schema or version differs",

	diff.PrivilegeMissing:     "Privilege the canonical source grants is missing",
	diff.PrivilegeExtra:       "Privilege the canonical source does not grant",
	diff.PrivilegeGrantOption: "Grant option differs",
	diff.OwnerDiffers:         "Owner differs from the one the canonical source sets",
	diff.FunctionMissing:      "Function or procedure missing from the compared source",
	diff.FunctionExtra:        "Function or procedure not in the canonical source",
	diff.FunctionDiffers:      "Function attribute differs",
	diff.FunctionBody:         "Function body differs",
	diff.TriggerMissing:       "Trigger missing from the compared source",
	diff.TriggerExtra:         "Trigger not in the canonical source",
	diff.TriggerDiffers:       "Trigger definition differs",
	diff.TriggerEnabled:       "Trigger enabled state differs",
	diff.ViewDiffers:          "View definition differs",
	diff.ViewOptions:          "View options differ",
	diff.ConstraintNotValid:   "Constraint NOT VALID on one side only",
	diff.CheckDiffers:         "Check constraint NO INHERIT differs",
	diff.ConstraintDeferrable: "Key deferrability differs",
	diff.UniqueForm:           "Unique constraint on one side, plain unique index on the other",
	diff.ExclusionMissing:     "Exclusion constraint missing from the compared source",
	diff.ExclusionExtra:       "Exclusion constraint not in the canonical source",
	diff.ExclusionDiffers:     "Exclusion constraint differs",
	diff.TableReplicaIdentity: "Replica identity differs",
}

// ruleName turns "primary_key.missing" into "PrimaryKeyMissing", the
// camel-case form SARIF suggests for rule names.
func ruleName(k diff.Kind) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(string(k), func(r rune) bool { return r == '.' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// sarifRules builds one rule per kind, in diff's kind order, so rule
// indexes are the same in every run; help comes from the severity table.
func sarifRules() ([]sarifRule, map[diff.Kind]int) {
	byKind := map[diff.Kind][]diff.Rule{}
	for _, r := range diff.Rules() {
		byKind[r.Kind] = append(byKind[r.Kind], r)
	}
	var rules []sarifRule
	index := map[diff.Kind]int{}
	for _, k := range diff.Kinds() {
		title := kindTitles[k]
		if title == "" {
			title = string(k)
		}
		var text, md []string
		top := diff.Info
		for _, r := range byKind[k] {
			if r.Severity > top {
				top = r.Severity
			}
			sev, when := strings.ToUpper(r.Severity.String()), ""
			switch r.When {
			case "always":
			case "otherwise":
				when = " otherwise"
			default:
				when = " when " + r.When
			}
			text = append(text, fmt.Sprintf("%s%s: %s.", sev, when, r.Why))
			md = append(md, fmt.Sprintf("- **%s**%s: %s.", sev, when, r.Why))
		}
		full := title + "."
		if len(text) > 0 {
			full = title + ". " + strings.Join(text, " ")
		}
		category := strings.SplitN(string(k), ".", 2)[0]
		index[k] = len(rules)
		rules = append(rules, sarifRule{
			ID:                   string(k),
			Name:                 ruleName(k),
			ShortDescription:     sarifText{Text: title},
			FullDescription:      sarifText{Text: full},
			Help:                 sarifText{Text: full, Markdown: "**" + title + "**\n\n" + strings.Join(md, "\n")},
			DefaultConfiguration: sarifConfiguration{Level: SARIFLevel(top)},
			Properties:           sarifRuleProps{Tags: []string{"schema-drift", category}},
		})
	}
	return rules, index
}

// artifactURI turns a file path into a SARIF URI: relative paths stay
// relative (code scanning resolves them against the repository root),
// absolute ones become file URIs.
func artifactURI(p string) string {
	if filepath.IsAbs(p) {
		s := filepath.ToSlash(p)
		if !strings.HasPrefix(s, "/") {
			s = "/" + s // a Windows drive letter
		}
		return "file://" + s
	}
	return path.Clean(filepath.ToSlash(p))
}

func sarifLocationOf(p model.Pos) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifact{URI: artifactURI(p.File)}}}
	if p.Line > 0 {
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: p.Line, StartColumn: p.Col}
	}
	return loc
}

// SARIF renders the run as a SARIF 2.1.0 log with one result per finding.
// A result points at the object in the compared source when it is there
// (the line to fix), else at its definition in the canonical source.
func SARIF(w io.Writer, run *Run) error {
	rules, index := sarifRules()
	results := make([]sarifResult, 0, len(run.Findings))
	for _, f := range run.Findings {
		ri, ok := index[f.Kind]
		if !ok {
			return fmt.Errorf("finding of unknown kind %q has no SARIF rule", f.Kind)
		}
		r := sarifResult{
			RuleID:              string(f.Kind),
			RuleIndex:           ri,
			Level:               SARIFLevel(f.Severity),
			Message:             sarifText{Text: fmt.Sprintf("%s (%s)", f.Message, f.Pair)},
			PartialFingerprints: map[string]string{fingerprintKey: f.Fingerprint()},
			Properties: sarifResultProps{
				Severity: f.Severity.String(), Pair: f.Pair.Key(), Tenant: f.Tenant, Schema: f.Schema, Table: f.Table,
				Object: f.Object, Expected: f.Expected, Actual: f.Actual,
			},
		}
		l := placeOf(run, f)
		if l.primary.File != "" {
			r.Locations = []sarifLocation{sarifLocationOf(l.primary)}
		}
		if l.related.File != "" {
			rel := sarifLocationOf(l.related)
			rel.ID = 1
			rel.Message = &sarifText{Text: "definition in " + string(l.relatedSrc)}
			r.RelatedLocations = []sarifLocation{rel}
		}
		results = append(results, r)
	}
	invocation := sarifInvocation{ExecutionSuccessful: true}
	for _, wr := range run.Warnings {
		n := sarifNotification{Level: "warning", Message: sarifText{Text: wr.Message + " (" + string(wr.Source) + ")"}}
		if wr.Pos.File != "" {
			n.Locations = []sarifLocation{sarifLocationOf(wr.Pos)}
		}
		invocation.ToolExecutionNotifications = append(invocation.ToolExecutionNotifications, n)
	}
	log := sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name: cmp.Or(run.Tool, "ariadrift"), Version: run.Version, InformationURI: InformationURI, Rules: rules,
			}},
			Invocations: []sarifInvocation{invocation},
			ColumnKind:  "unicodeCodePoints",
			Results:     results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}
