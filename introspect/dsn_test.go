package introspect

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/pgtest"
)

func TestResolveDSN(t *testing.T) {
	env := map[string]string{}
	get := func(k string) string { return env[k] }
	dsn, from := ResolveDSN("", get)
	require.Equal(t, "", dsn)
	require.Equal(t, "PG* environment variables", from)

	env["DATABASE_URL"] = "postgres://d"
	dsn, from = ResolveDSN("", get)
	require.Equal(t, "postgres://d", dsn)
	require.Equal(t, "$DATABASE_URL", from)

	env["ARIADRIFT_DSN"] = "postgres://a"
	dsn, from = ResolveDSN("", get)
	require.Equal(t, "postgres://a", dsn)
	require.Equal(t, "$ARIADRIFT_DSN", from)

	dsn, from = ResolveDSN("host=flag", get)
	require.Equal(t, "host=flag", dsn)
	require.Equal(t, "--dsn", from)

	t.Setenv("ARIADRIFT_DSN", "from-process")
	dsn, _ = ResolveDSN("", nil)
	require.Equal(t, "from-process", dsn, "nil getenv reads the process environment")
}

func TestMaskDSN(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"postgres://app:s3cret@db:5432/aria?sslmode=disable", "postgres://app:xxxxx@db:5432/aria?sslmode=disable"},
		{"postgresql://app@db/aria", "postgresql://app@db/aria"},
		{"postgres://app:@db/aria", "postgres://app:xxxxx@db/aria"},
		{"postgres://db/aria?user=app&password=s3cret&sslmode=require", "postgres://db/aria?user=app&password=xxxxx&sslmode=require"},
		{"postgres://db/aria?sslpassword=s3cret", "postgres://db/aria?sslpassword=xxxxx"},
		{"postgres://app:p%40ss@db/aria", "postgres://app:xxxxx@db/aria"},
		// Unescaped '@' and '/' in the password: Go cannot parse the
		// first, and reads the second as the end of the host.
		{"postgres://app:p@ss@db/aria", "postgres://app:xxxxx@db/aria"},
		{"postgres://app:12/34@db/aria", "postgres://app:xxxxx@db/aria"},
		{"postgres://app:s3cret@h1:5432,h2:5433/aria?password=x", "postgres://app:xxxxx@h1:5432,h2:5433/aria?password=xxxxx"},
		{"host=db user=app password=s3cret dbname=aria", "host=db user=app password=xxxxx dbname=aria"},
		{"host=db password='s3 cret' dbname=aria", "host=db password=xxxxx dbname=aria"},
		{`password='it\'s' host=db`, "password=xxxxx host=db"},
		{`password=a\ b host=db`, "password=xxxxx host=db"},
		{"host = db  PASSWORD = s3cret", "host=db PASSWORD=xxxxx"},
		{"host=db password='unterminated s3cret", "host=db password=xxxxx"},
		{"host=db s3cret", "host=db xxxxx"},
		{"s3cret", "xxxxx"},
		{"host=db password", "host=db xxxxx"},
	} {
		got := MaskDSN(tc.in)
		require.Equal(t, tc.want, got, "MaskDSN(%q)", tc.in)
		require.NotContains(t, got, "s3cret")
	}
}

// FuzzMaskDSN builds DSNs around a password in every form pgx accepts and
// checks that the password never survives masking, and that nothing makes
// MaskDSN panic.
func FuzzMaskDSN(f *testing.F) {
	f.Add("app", "s3cret", "db.example")
	f.Add("app", "p@ss/w?rd#x", "localhost")
	f.Add("a:b", `it's \ tricky`, "h1:5432,h2")
	f.Add("", "%zz", "[::1]")
	f.Fuzz(func(t *testing.T, user, password, host string) {
		forms := func(pw string) []string {
			kv := func(v string) string { return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'" }
			return []string{
				"host=" + kv(host) + " user=" + kv(user) + " password=" + kv(pw) + " dbname=aria",
				"password=" + strings.NewReplacer(`\`, `\\`, " ", `\ `, "'", `\'`).Replace(pw) + " host=" + kv(host),
				"postgres://" + url.PathEscape(user) + ":" + url.PathEscape(pw) + "@" + host + "/aria",
				"postgres://" + url.PathEscape(user) + ":" + pw + "@" + host + "/aria",
				"postgres://" + host + "/aria?sslmode=disable&password=" + url.QueryEscape(pw),
			}
		}
		real, neutral := forms(password), forms("QQQQ")
		for i := range real {
			out := MaskDSN(real[i])
			others := strings.Join([]string{host, user, url.PathEscape(host), url.PathEscape(user), MaskDSN(neutral[i])}, "\x00")
			if len(password) < 4 || strings.Contains(others, password) {
				continue // the password also spells a part of the DSN
			}
			if strings.Contains(out, password) {
				t.Fatalf("MaskDSN(%q) = %q keeps the password", real[i], out)
			}
			if esc := url.PathEscape(password); esc != password && strings.Contains(out, esc) && !strings.Contains(others, esc) {
				t.Fatalf("MaskDSN(%q) = %q keeps the escaped password", real[i], out)
			}
		}
	})
}

func TestTarget(t *testing.T) {
	cfg, err := pgconn.ParseConfig("postgres://app:s3cret@localhost:5432/aria")
	require.NoError(t, err)
	require.Equal(t, "postgres://app@localhost:5432/aria", Target(cfg))
	cfg, err = pgconn.ParseConfig("host=/run/postgresql port=5433 user=app dbname=aria password=s3cret")
	require.NoError(t, err)
	require.Equal(t, "postgres://app@/aria?host=/run/postgresql&port=5433", Target(cfg))
	cfg, err = pgconn.ParseConfig("postgres://app@[::1]:5432/aria")
	require.NoError(t, err)
	require.Equal(t, "postgres://app@[::1]:5432/aria", Target(cfg))
	require.Equal(t, "postgres://", Target(nil))
}

// closedPort returns a local port nothing listens on.
func closedPort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	return port
}

// silentPort returns a local port that accepts connections and never
// answers, like a server behind a black-holing firewall.
func silentPort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return l.Addr().(*net.TCPAddr).Port
}

func TestConnectErrors(t *testing.T) {
	srv := pgtest.Current(t)
	const secret = "s3cret-Not-Shown"
	type errCase struct {
		name, dsn string
		timeout   time.Duration
		want      string
	}
	refused, silent := closedPort(t), silentPort(t)
	cases := []errCase{
		{"unreachable host", fmt.Sprintf("postgres://app:%s@127.0.0.1:%d/aria?sslmode=disable", secret, refused), 0,
			fmt.Sprintf("connect to postgres://app@127.0.0.1:%d/aria: connection refused (is the server running and accepting connections there?)", refused)},
		{"no answer", fmt.Sprintf("host=127.0.0.1 port=%d user=app password=%s dbname=aria sslmode=disable", silent, secret), 300 * time.Millisecond,
			fmt.Sprintf("connect to postgres://app@127.0.0.1:%d/aria: timed out after 300ms", silent)},
		{"invalid DSN", "postgres://app:" + secret + "@db:notaport/aria", 0, "invalid DSN postgres://app:xxxxx@db:notaport/aria: "},
		{"invalid keyword DSN", "host=db password=" + secret + " sslmode=sometimes", 0, "invalid DSN host=db password=xxxxx sslmode=sometimes: "},
	}
	if !srv.External() {
		// The cluster pgtest starts asks for a password over TCP.
		tcp := func(password, db string) string { return srv.TCPDSN("postgres", password, db) }
		port := strconv.Itoa(srv.Port)
		cases = append(cases,
			errCase{"wrong password", tcp(secret, "postgres"), 0,
				"connect to postgres://postgres@127.0.0.1:" + port + `/postgres: password authentication failed for user "postgres"`},
			errCase{"missing database", tcp(pgtest.Password, "no_such_db"), 0,
				"connect to postgres://postgres@127.0.0.1:" + port + `/no_such_db: database "no_such_db" does not exist`},
		)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			conn, err := Connect(ctx, tc.dsn, tc.timeout)
			require.Nil(t, conn)
			require.Error(t, err)
			msg := err.Error()
			if strings.HasSuffix(tc.want, ": ") {
				require.True(t, strings.HasPrefix(msg, tc.want), "got %q", msg)
			} else {
				require.Equal(t, tc.want, msg)
			}
			require.NotContains(t, msg, secret)
			require.NotContains(t, msg, "\n", "one line")
		})
	}
}

func TestConnectErrorUnwraps(t *testing.T) {
	srv := pgtest.Current(t)
	if srv.External() {
		return // the wrong-password case needs the password-checking cluster
	}
	_, err := Connect(context.Background(), srv.TCPDSN("postgres", "wrong", "postgres"), 10*time.Second)
	var ce *ConnectError
	require.ErrorAs(t, err, &ce)
	var pgErr *pgconn.PgError
	require.ErrorAs(t, err, &pgErr, "the driver's error stays reachable")
	require.Equal(t, "28P01", pgErr.Code)
}

func TestConnectSetsApplicationName(t *testing.T) {
	dsn := pgtest.DB(t)
	ctx := context.Background()
	for dsnSuffix, want := range map[string]string{"": "ariadrift", " application_name=mine": "mine"} {
		conn, err := Connect(ctx, dsn+dsnSuffix, 10*time.Second)
		require.NoError(t, err)
		var got string
		require.NoError(t, conn.QueryRow(ctx, "SELECT current_setting('application_name')").Scan(&got))
		require.Equal(t, want, got)
		conn.Close(ctx)
	}
}
