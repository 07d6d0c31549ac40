package model

import (
	"strings"
	"unicode/utf8"
)

// MaxIdentLen is PostgreSQL's NAMEDATALEN-1: longer identifiers are truncated.
const MaxIdentLen = 63

// TruncateIdent truncates an identifier to 63 bytes as PostgreSQL does,
// without splitting a multi-byte character.
func TruncateIdent(s string) string {
	if len(s) <= MaxIdentLen {
		return s
	}
	n := MaxIdentLen
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// reserved lists the keywords that must be quoted as column or table names
// (PostgreSQL's reserved and type/function-name keywords that commonly bite).
var reserved = map[string]bool{
	"all": true, "analyse": true, "analyze": true, "and": true, "any": true, "array": true, "as": true,
	"asc": true, "asymmetric": true, "authorization": true, "binary": true, "both": true, "case": true,
	"cast": true, "check": true, "collate": true, "collation": true, "column": true, "concurrently": true,
	"constraint": true, "create": true, "cross": true, "current_catalog": true, "current_date": true,
	"current_role": true, "current_schema": true, "current_time": true, "current_timestamp": true,
	"current_user": true, "default": true, "deferrable": true, "desc": true, "distinct": true, "do": true,
	"else": true, "end": true, "except": true, "false": true, "fetch": true, "for": true, "foreign": true,
	"freeze": true, "from": true, "full": true, "grant": true, "group": true, "having": true, "ilike": true,
	"in": true, "initially": true, "inner": true, "intersect": true, "into": true, "is": true, "isnull": true,
	"join": true, "lateral": true, "leading": true, "left": true, "like": true, "limit": true,
	"localtime": true, "localtimestamp": true, "natural": true, "not": true, "notnull": true, "null": true,
	"offset": true, "on": true, "only": true, "or": true, "order": true, "outer": true, "overlaps": true,
	"placing": true, "primary": true, "references": true, "returning": true, "right": true, "select": true,
	"session_user": true, "similar": true, "some": true, "symmetric": true, "system_user": true, "table": true,
	"tablesample": true, "then": true, "to": true, "trailing": true, "true": true, "union": true,
	"unique": true, "user": true, "using": true, "variadic": true, "verbose": true, "when": true,
	"where": true, "window": true, "with": true,
}

// QuoteLiteral renders s as a standard SQL string literal.
func QuoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// QuoteIdent quotes an identifier when PostgreSQL would need it: upper case,
// characters outside [a-z0-9_$], a leading digit or dollar, or a reserved word.
func QuoteIdent(s string) string {
	if s == "" {
		return `""`
	}
	needs := reserved[s]
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r == '_':
		case r >= '0' && r <= '9', r == '$':
			if i == 0 {
				needs = true
			}
		default:
			needs = true
		}
	}
	if !needs {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// ObjectName builds the name PostgreSQL gives an unnamed object,
// name1_name2_label within 63 bytes, shortening the longer of name1 and name2
// first and never splitting a character (makeObjectName in PostgreSQL's
// sources). hasName2 distinguishes an empty name2 from none: a primary key
// is table_pkey, a unique key table_col_key.
func ObjectName(name1, name2 string, hasName2 bool, label string) string {
	overhead := 0
	n1, n2 := len(name1), 0
	if hasName2 {
		n2 = len(name2)
		overhead++
	}
	if label != "" {
		overhead += len(label) + 1
	}
	avail := MaxIdentLen - overhead
	for n1+n2 > avail {
		if n1 > n2 {
			n1--
		} else {
			n2--
		}
	}
	out := name1[:ClipIdent(name1, n1)]
	if hasName2 {
		out += "_" + name2[:ClipIdent(name2, n2)]
	}
	if label != "" {
		out += "_" + label
	}
	return out
}

// ClipIdent returns the largest length <= n that does not split a UTF-8
// character of s.
func ClipIdent(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	if n < 0 {
		return 0
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// NameAddition joins column names with underscores for index and key names,
// stopping once the result is long enough to be truncated anyway, as
// ChooseIndexNameAddition does.
func NameAddition(cols []string) string {
	buf := ""
	for _, c := range cols {
		if buf != "" {
			buf += "_"
		}
		buf += c
		if len(buf) >= MaxIdentLen+1 {
			break
		}
	}
	return buf
}
