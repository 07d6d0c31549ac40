package introspect

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// ResolveDSN picks the connection string: the flag, then $ARIADRIFT_DSN,
// then $DATABASE_URL. An empty result is still usable: pgx then reads the
// libpq variables (PGHOST, PGUSER, ...), so from says so. A nil getenv
// reads the process environment.
func ResolveDSN(flag string, getenv func(string) string) (dsn, from string) {
	if getenv == nil {
		getenv = os.Getenv
	}
	switch {
	case flag != "":
		return flag, "--dsn"
	case getenv("ARIADRIFT_DSN") != "":
		return getenv("ARIADRIFT_DSN"), "$ARIADRIFT_DSN"
	case getenv("DATABASE_URL") != "":
		return getenv("DATABASE_URL"), "$DATABASE_URL"
	}
	return "", "PG* environment variables"
}

// mask replaces every password in MaskDSN's output.
const mask = "xxxxx"

// secretKeys are the connection settings whose values MaskDSN hides.
var secretKeys = map[string]bool{"password": true, "sslpassword": true}

// MaskDSN returns dsn with its passwords replaced by xxxxx, in both the URL
// form (postgres://user:secret@host/db?password=secret) and the keyword/value
// form (password=secret, password='a b'). It never fails: what it cannot
// parse is masked whole, so a malformed DSN cannot leak a password into a
// log or report.
func MaskDSN(dsn string) string {
	if dsn == "" {
		return ""
	}
	if i := strings.Index(dsn, "://"); i > 0 && isScheme(dsn[:i]) {
		return maskURL(dsn, i)
	}
	return maskKeywordValue(dsn)
}

func isScheme(s string) bool {
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return true
}

// maskURL masks a URL DSN whose scheme ends at schemeEnd.
func maskURL(dsn string, schemeEnd int) string {
	u, err := url.Parse(dsn)
	// A password holding '/', '?' or '#' unescaped ends Go's (and libpq's)
	// authority early, and what follows the '@' lands in the path: treat
	// that as malformed rather than print the password as a path.
	if err == nil && !strings.ContainsRune(u.Path+u.RawQuery+u.Fragment, '@') && u.Opaque == "" {
		if u.User != nil {
			if _, has := u.User.Password(); has {
				u.User = url.UserPassword(u.User.Username(), mask)
			}
		}
		u.RawQuery = maskQuery(u.RawQuery)
		u.Fragment, u.RawFragment = "", ""
		return u.String()
	}
	// Malformed (a multi-host list Go cannot parse, a stray '@'): mask
	// everything from the first ':' of the user info to the last '@', and
	// every password parameter wherever a '?' or '&' may have started one.
	rest := dsn[schemeEnd+3:]
	if at := strings.LastIndexByte(rest, '@'); at >= 0 {
		if c := strings.IndexByte(rest[:at], ':'); c >= 0 {
			rest = rest[:c+1] + mask + rest[at:]
		}
	}
	var b strings.Builder
	for {
		i := strings.IndexAny(rest, "?&")
		if i < 0 {
			b.WriteString(maskQuery(rest))
			break
		}
		b.WriteString(maskQuery(rest[:i]))
		b.WriteByte(rest[i])
		rest = rest[i+1:]
	}
	return dsn[:schemeEnd+3] + b.String()
}

// maskQuery masks the password parameters of a URL query, keeping the
// others in their order.
func maskQuery(q string) string {
	if q == "" {
		return ""
	}
	parts := strings.Split(q, "&")
	for i, p := range parts {
		k, _, _ := strings.Cut(p, "=")
		if uk, err := url.QueryUnescape(k); err == nil {
			k = uk
		}
		if secretKeys[strings.ToLower(strings.TrimSpace(k))] {
			parts[i] = strings.TrimSpace(k) + "=" + mask
		}
	}
	return strings.Join(parts, "&")
}

// maskKeywordValue masks a libpq keyword/value DSN, reading it as libpq
// does: key = value pairs separated by spaces, values optionally in single
// quotes, backslash escaping the next character.
func maskKeywordValue(dsn string) string {
	var out []string
	s := dsn
	for {
		s = strings.TrimLeft(s, " \t\n\r\f\v")
		if s == "" {
			return strings.Join(out, " ")
		}
		end := strings.IndexAny(s, "= \t\n\r\f\v")
		if end <= 0 {
			// A word without a value: nothing libpq would accept, and
			// possibly a password typed in the wrong place.
			return strings.Join(append(out, mask), " ")
		}
		key := s[:end]
		s = strings.TrimLeft(s[end:], " \t\n\r\f\v")
		if !strings.HasPrefix(s, "=") {
			return strings.Join(append(out, mask), " ")
		}
		s = strings.TrimLeft(s[1:], " \t\n\r\f\v")
		value, rest, ok := kvValue(s)
		if !ok {
			// An unterminated quote: the rest may all be the password.
			return strings.Join(append(out, key+"="+mask), " ")
		}
		if secretKeys[strings.ToLower(key)] {
			value = mask
		}
		out = append(out, key+"="+value)
		s = rest
	}
}

// kvValue splits a keyword/value DSN value (as written, quotes and
// escapes kept) from the rest of the string.
func kvValue(s string) (value, rest string, ok bool) {
	if strings.HasPrefix(s, "'") {
		for i := 1; i < len(s); i++ {
			switch s[i] {
			case '\\':
				i++
			case '\'':
				return s[:i+1], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case ' ', '\t', '\n', '\r', '\f', '\v':
			return s[:i], s[i:], true
		}
	}
	return s, "", true
}

// Connect opens a connection. Errors name the target (user, host, port,
// database) and PostgreSQL's or the network's reason on one line, never the
// password. A connectTimeout of zero keeps the DSN's connect_timeout.
func Connect(ctx context.Context, dsn string, connectTimeout time.Duration) (*pgx.Conn, error) {
	if i := strings.Index(dsn, "://"); i > 0 && isScheme(dsn[:i]) {
		// pgx and Go's url package split "user:p@ss@host" at different
		// '@'s, and whatever pgx takes for the host is shown in errors:
		// part of the password. Refuse the ambiguity instead.
		authority, _, _ := strings.Cut(dsn[i+3:], "/")
		authority, _, _ = strings.Cut(authority, "?")
		if strings.Count(authority, "@") > 1 {
			return nil, &dsnError{msg: "invalid DSN " + MaskDSN(dsn) +
				": more than one '@' before the host; write an '@' in the user name or password as %40"}
		}
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, parseError(dsn, err)
	}
	if connectTimeout > 0 {
		cfg.ConnectTimeout = connectTimeout
	}
	if _, set := cfg.RuntimeParams["application_name"]; !set {
		// Shows up in pg_stat_activity, so a DBA can tell who is reading
		// the catalog.
		cfg.RuntimeParams["application_name"] = "ariadrift"
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, &ConnectError{Target: Target(&cfg.Config), Reason: connectReason(err, cfg.ConnectTimeout), err: err}
	}
	return conn, nil
}

// ConnectError is a failed connection attempt.
type ConnectError struct {
	// Target is the server and database, without the password (see Target).
	Target string
	// Reason is PostgreSQL's message or the network error, one line.
	Reason string
	err    error
}

// Error renders the failure as one line.
func (e *ConnectError) Error() string { return "connect to " + e.Target + ": " + e.Reason }

// Unwrap returns the driver's error.
func (e *ConnectError) Unwrap() error { return e.err }

// parseError reports a DSN pgx cannot parse. pgx's own message repeats the
// DSN with a best-effort redaction, so it is rebuilt around MaskDSN.
func parseError(dsn string, err error) error {
	reason := err.Error()
	var pce *pgconn.ParseConfigError
	if errors.As(err, &pce) {
		// pgx's text is "cannot parse `<dsn>`: <reason>"; keep the reason.
		if i := strings.LastIndex(reason, "`: "); i >= 0 {
			reason = reason[i+3:]
		}
	}
	// The reason may quote a piece of the DSN (`unexpected spaces found
	// in "ss word@db"`), which can be a piece of the password.
	var b strings.Builder
	rest := reason
	for {
		open := strings.IndexByte(rest, '"')
		if open < 0 {
			break
		}
		n := strings.IndexByte(rest[open+1:], '"')
		if n < 0 {
			break
		}
		quoted := rest[open : open+n+2]
		b.WriteString(rest[:open])
		if n > 1 && strings.Contains(dsn, quoted[1:n+1]) {
			b.WriteString("part of the DSN")
		} else {
			b.WriteString(quoted)
		}
		rest = rest[open+n+2:]
	}
	reason = b.String() + rest
	return &dsnError{msg: fmt.Sprintf("invalid DSN %s: %s", MaskDSN(dsn), reason), err: err}
}

type dsnError struct {
	msg string
	err error
}

func (e *dsnError) Error() string { return e.msg }
func (e *dsnError) Unwrap() error { return e.err }

// Target renders where cfg connects as a password-free URL:
// postgres://app@localhost:5432/aria, or
// postgres://app@/aria?host=/run/postgresql&port=5432 for a unix socket.
func Target(cfg *pgconn.Config) string {
	if cfg == nil {
		return "postgres://"
	}
	u := url.URL{Scheme: "postgres", User: url.User(cfg.User), Path: "/" + cfg.Database}
	port := strconv.Itoa(int(cfg.Port))
	if strings.HasPrefix(cfg.Host, "/") {
		u.RawQuery = "host=" + cfg.Host + "&port=" + port
	} else {
		u.Host = net.JoinHostPort(cfg.Host, port)
	}
	return u.String()
}

// connectReason extracts the one line a user needs from a pgx connect
// error, which otherwise nests every attempted address and fallback.
func connectReason(err error, timeout time.Duration) string {
	var pgErr *pgconn.PgError
	var dnsErr *net.DNSError
	var errno syscall.Errno
	switch {
	case errors.As(err, &pgErr):
		return pgErr.Message
	case errors.Is(err, context.Canceled):
		return "canceled"
	case pgconn.Timeout(err) || errors.Is(err, context.DeadlineExceeded):
		if timeout > 0 {
			return "timed out after " + timeout.String()
		}
		return "timed out"
	case errors.As(err, &dnsErr):
		if dnsErr.IsNotFound {
			return fmt.Sprintf("unknown host %q", dnsErr.Name)
		}
		return "looking up " + dnsErr.Name + ": " + dnsErr.Err
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused (is the server running and accepting connections there?)"
	case errors.Is(err, syscall.ENOENT):
		return "no server socket there (is the server running?)"
	case errors.As(err, &errno):
		return errno.Error()
	}
	// Something else (TLS, protocol): the innermost message.
	for {
		next := errors.Unwrap(err)
		if next == nil {
			break
		}
		err = next
	}
	lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
