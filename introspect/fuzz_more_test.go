package introspect

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"unicode"
)

// FuzzDSNErrors builds DSNs around a password, in the forms pgx accepts,
// with an arbitrary extra setting that may make them invalid, and connects
// with a context that is already cancelled, so that no packet is sent. The
// error, "invalid DSN ..." or "connect to <target>: canceled", may not
// show the password,
// nor any five bytes of it that the same DSN would not show with every
// letter and digit of the password replaced by Q (a password of the same
// shape, which pgx parses the same way).
func FuzzDSNErrors(f *testing.F) {
	f.Add("app", "s3cret-pw", "db.example", "sslmode=disable")
	f.Add("app", "s3cret pw", "localhost", "port=notaport")
	f.Add("a'b", `it's\ tricky`, "h1:5432,h2", "sslmode=sometimes")
	f.Add("", "p@ss/w?rd#x", "[::1", "connect_timeout=x")
	f.Add("app", "unterminated'quote", "h", "host='")
	f.Add("app", "s3cret\x00nul", "h\xff", "password=")
	f.Add("app", "percent%zzpw", "h", "options=-c%20search_path")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	f.Fuzz(func(t *testing.T, user, password, host, extra string) {
		kv := func(v string) string { return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'" }
		forms := func(pw string) []string {
			return []string{
				"host=" + kv(host) + " user=" + kv(user) + " password=" + kv(pw) + " dbname=aria " + extra,
				"password=" + kv(pw) + " " + extra + " host=" + kv(host),
				"postgres://" + url.PathEscape(user) + ":" + url.PathEscape(pw) + "@" + host + "/aria?" + extra,
				"postgres://" + url.PathEscape(user) + ":" + pw + "@" + host + "/aria",
				"postgres://" + host + "/aria?" + extra + "&password=" + url.QueryEscape(pw),
			}
		}
		texts := func(dsn string) string {
			conn, err := Connect(cancelled, dsn, 0)
			if err == nil {
				conn.Close(context.Background())
				t.Fatalf("connected to %q with a cancelled context", dsn)
			}
			return err.Error()
		}
		shape := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return 'Q'
			}
			return r
		}, password)
		real, neutral := forms(password), forms(shape)
		for i := range real {
			out, other := texts(real[i]), texts(neutral[i])
			for j := 0; j+5 <= len(password); j++ {
				if part := password[j : j+5]; strings.Contains(out, part) && !strings.Contains(other, part) {
					t.Fatalf("DSN %q gives %q, which shows %q of the password", real[i], out, part)
				}
			}
		}
	})
}
