// Package baseline records accepted findings by fingerprint so that a gate
// fails only on new drift, and shrinks as old drift is fixed. It imports diff;
// it must not import the schema producers.
package baseline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/ariadrift/ariadrift/diff"
)

// Version is the baseline file format version.
const Version = 1

// maxSize bounds a baseline file; a baseline of every finding on a schema of
// thousands of tables is still a few megabytes.
const maxSize = 64 << 20

// Entry is one recorded finding. Kind, pair, table, object and message are
// kept for people reading the file and for reporting stale entries; only the
// fingerprint is matched.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Kind        string `json:"kind"`
	Severity    string `json:"severity"`
	Pair        string `json:"pair"`
	Tenant      string `json:"tenant,omitempty"`
	Table       string `json:"table"`
	Object      string `json:"object,omitempty"`
	Message     string `json:"message"`
}

// File is a baseline file.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// New records findings in a stable order, one entry per fingerprint.
func New(fs []diff.Finding) *File {
	b := &File{Version: Version, Findings: []Entry{}}
	seen := map[string]bool{}
	for _, f := range fs {
		fp := f.Fingerprint()
		if seen[fp] {
			continue
		}
		seen[fp] = true
		table := f.Table
		if f.Schema != "" && f.Schema != "public" {
			table = f.Schema + "." + f.Table
		}
		b.Findings = append(b.Findings, Entry{
			Fingerprint: fp, Kind: string(f.Kind), Severity: f.Severity.String(), Pair: f.Pair.Key(), Tenant: f.Tenant,
			Table: table, Object: f.Object, Message: f.Message,
		})
	}
	sort.Slice(b.Findings, func(i, j int) bool { return b.Findings[i].Fingerprint < b.Findings[j].Fingerprint })
	return b
}

// Write encodes the baseline as indented JSON.
func (b *File) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Load reads a baseline file.
func Load(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if len(data) > maxSize {
		return nil, fmt.Errorf("baseline %s: larger than %d bytes", path, maxSize)
	}
	var b File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, jsonErr(data, err))
	}
	if b.Version != Version {
		return nil, fmt.Errorf("baseline %s: unsupported version %d (want %d)", path, b.Version, Version)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: entry %d has no fingerprint", path, i+1)
		}
	}
	return &b, nil
}

// Split separates findings into new ones (not in the baseline) and known ones,
// and returns the baseline entries that no longer occur (fixed drift, which
// can be removed from the baseline).
func (b *File) Split(fs []diff.Finding) (fresh, known []diff.Finding, stale []Entry) {
	in := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		in[e.Fingerprint] = true
	}
	occurs := map[string]bool{}
	for _, f := range fs {
		fp := f.Fingerprint()
		occurs[fp] = true
		if in[fp] {
			known = append(known, f)
		} else {
			fresh = append(fresh, f)
		}
	}
	for _, e := range b.Findings {
		if !occurs[e.Fingerprint] {
			stale = append(stale, e)
		}
	}
	return fresh, known, stale
}
