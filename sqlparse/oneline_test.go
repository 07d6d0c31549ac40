package sqlparse

import "testing"

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		`syntax error at or near "TABL"`:                       `syntax error at or near "TABL"`,
		"unterminated quoted string at or near \"'oops);\nX\"": `unterminated quoted string at or near "'oops);…"`,
		`syntax error at or near "IF" (in DO block)`:           `syntax error at or near "IF" (in DO block)`,
		"unterminated dollar-quoted string at or near \"$$ " + string(make([]byte, 0)) + "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\"": `unterminated dollar-quoted string at or near "$$ abcdefghijklmnopqrstuvwxyzabcdefghijk…"`,
		"two\nlines": "two lines",
	} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}
