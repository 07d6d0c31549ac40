package orm

import (
	"bytes"
	"math"
	"runtime"
	"sync"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// minPart is the least a part of a file parsed on its own may hold: below
// it a second parser costs more than it saves. maxParts is one part a
// core. Tests change both.
var (
	minPart  = 256 << 10
	maxParts = runtime.GOMAXPROCS(0)
)

// parseModule parses a file's module-level statements. A large file is cut
// before top-level classes and its parts parsed at once on several cores,
// each with its byte range, so that every position is still the file's.
// A part that does not parse cleanly on its own (a cut inside a string or
// brackets cannot) sends the file to one whole parse, whose trees and
// errors are then exactly those of a file read in one piece.
func parseModule(f *file) ([]*tree, error) {
	cuts := cutPoints(f.src, min(maxParts, len(f.src)/minPart))
	if len(cuts) == 0 {
		return parseWhole(f)
	}
	ranges := partRanges(f.src, cuts)
	trees := make([]*tree, len(ranges))
	errs := make([]error, len(ranges))
	var wg sync.WaitGroup
	for i := range ranges {
		wg.Go(func() { trees[i], errs[i] = parseRange(f, &ranges[i]) })
	}
	wg.Wait()
	for i, t := range trees {
		if errs[i] != nil || t.root().HasError() {
			return parseWhole(f)
		}
	}
	return trees, nil
}

func parseWhole(f *file) ([]*tree, error) {
	t, err := parseTree(f)
	if err != nil {
		return nil, err
	}
	return []*tree{t}, nil
}

// cutPoints returns up to parts-1 byte offsets, spread over src, where a
// line "class ..." starts after an indented line of code: the end of the
// previous class's body, not a decorator, a comment or a continued line.
func cutPoints(src []byte, parts int) []int {
	var cuts []int
	from := 0
	for k := 1; k < parts; k++ {
		at := max(from, len(src)*k/parts)
		c := nextCut(src, at)
		if c < 0 {
			break
		}
		cuts = append(cuts, c)
		from = c + 1
	}
	return cuts
}

var classLine = []byte("\nclass ")

// nextCut is the first cut at or after at, or -1.
func nextCut(src []byte, at int) int {
	for at < len(src) {
		i := bytes.Index(src[at:], classLine)
		if i < 0 {
			return -1
		}
		nl := at + i // the newline before "class"
		if indentedCode(lastLine(src[:nl])) {
			return nl + 1
		}
		at = nl + 1
	}
	return -1
}

// lastLine is the last line of b that is not blank.
func lastLine(b []byte) []byte {
	for len(b) > 0 {
		i := bytes.LastIndexByte(b, '\n')
		line := b[i+1:]
		if len(bytes.TrimSpace(line)) > 0 {
			return line
		}
		if i < 0 {
			break
		}
		b = b[:i]
	}
	return nil
}

func indentedCode(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(line) > 0 && (line[0] == ' ' || line[0] == '\t') && len(t) > 0 && t[0] != '#' && t[len(t)-1] != '\\'
}

// partRanges turns cuts into the byte and point ranges of the parts; the
// last one runs to the end, as tree-sitter's default range does.
func partRanges(src []byte, cuts []int) []sitter.Range {
	rs := make([]sitter.Range, 0, len(cuts)+1)
	start, row := 0, 0
	for _, c := range append(cuts, -1) {
		r := sitter.Range{StartByte: uint(start), StartPoint: sitter.Point{Row: uint(row)}}
		if c < 0 {
			r.EndByte, r.EndPoint = math.MaxUint32, sitter.Point{Row: math.MaxUint32, Column: math.MaxUint32}
		} else {
			row += bytes.Count(src[start:c], []byte{'\n'})
			r.EndByte, r.EndPoint = uint(c), sitter.Point{Row: uint(row)}
			start = c
		}
		rs = append(rs, r)
	}
	return rs
}
