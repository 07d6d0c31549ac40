package e2e

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/internal/pgtest"
	"github.com/ariadrift/ariadrift/introspect"
	"github.com/ariadrift/ariadrift/model"
)

// ddlReads is how many reads TestReadsDuringConcurrentDDL makes while the
// DDL loop runs.
const ddlReads = 200

// ddlPause is the DDL loop's rest between two transactions. A read cannot
// succeed against DDL that never rests: pg_get_expr and pg_get_indexdef
// wait for the lock of the transaction in progress and then see its
// result, so every attempt would meet the next transaction. About 20 DDL
// transactions a second is still far more than any migration runs.
const ddlPause = 20 * time.Millisecond

// ddlStep is one step of the DDL loop: each string is one transaction, so
// that the catalog only ever shows the state before or after all of it.
// Step k creates t<k> with its index, alters t<k-1> (a column type change,
// which rebuilds the index under a new oid, plus a new column and a CHECK),
// replaces the index of t<k-2> with a wider one, and drops t<k-4>.
func ddlStep(k int) []string {
	var txs []string
	txs = append(txs, fmt.Sprintf(`CREATE TABLE t%[1]d (id integer PRIMARY KEY, c integer NOT NULL DEFAULT 1);
		CREATE INDEX t%[1]d_idx ON t%[1]d (c)`, k))
	if k >= 1 {
		txs = append(txs, fmt.Sprintf(`ALTER TABLE t%[1]d ALTER COLUMN c TYPE bigint;
			ALTER TABLE t%[1]d ADD COLUMN d text DEFAULT 'x';
			ALTER TABLE t%[1]d ADD CONSTRAINT t%[1]d_chk CHECK (c > 0)`, k-1))
	}
	if k >= 2 {
		txs = append(txs, fmt.Sprintf(`DROP INDEX t%[1]d_idx; CREATE INDEX t%[1]d_idx ON t%[1]d (c, id)`, k-2))
	}
	if k >= 4 {
		txs = append(txs, fmt.Sprintf(`DROP TABLE t%d`, k-4))
	}
	return txs
}

var loopTable = regexp.MustCompile(`^t(\d+)$`)

// checkInstant fails unless s is a state the DDL loop passes through at a
// commit: every loop table complete in one of its three states, the loop
// tables a run of at most five consecutive numbers, and the anchor table
// exactly as created.
func checkInstant(s *model.Schema) error {
	var nums []int
	for _, tb := range s.Tables {
		if tb.Name == "anchor" {
			if len(tb.Columns) != 2 || len(tb.Indexes) != 1 || tb.PrimaryKey == nil || len(tb.Checks) != 1 {
				return fmt.Errorf("anchor changed: %+v", tb)
			}
			continue
		}
		m := loopTable.FindStringSubmatch(tb.Name)
		if m == nil {
			return fmt.Errorf("unexpected table %s", tb.Name)
		}
		n, _ := strconv.Atoi(m[1])
		nums = append(nums, n)
		if err := checkLoopTable(tb); err != nil {
			return fmt.Errorf("%s: %w", tb.Name, err)
		}
	}
	sort.Ints(nums)
	if len(nums) > 5 {
		return fmt.Errorf("%d loop tables at once: %v", len(nums), nums)
	}
	for i := 1; i < len(nums); i++ {
		if nums[i] != nums[i-1]+1 {
			return fmt.Errorf("loop tables are not consecutive: %v", nums)
		}
	}
	return nil
}

// checkLoopTable accepts a loop table as created, as altered, or as
// altered with its index replaced; nothing in between.
func checkLoopTable(tb *model.Table) error {
	if tb.PrimaryKey == nil || strings.Join(tb.PrimaryKey.Columns, ",") != "id" {
		return fmt.Errorf("primary key lost: %+v", tb.PrimaryKey)
	}
	if len(tb.Indexes) != 1 || tb.Indexes[0].Name != tb.Name+"_idx" {
		return fmt.Errorf("want exactly the index %s_idx, have %d indexes", tb.Name, len(tb.Indexes))
	}
	var keys []string
	for _, k := range tb.Indexes[0].Keys {
		keys = append(keys, k.Column+k.Expr)
	}
	c, ok := tb.Column("c")
	if !ok {
		return fmt.Errorf("column c lost")
	}
	if c.Default != "1" {
		return fmt.Errorf("default of c is %q, want 1", c.Default)
	}
	state := fmt.Sprintf("c %s, %d columns, %d checks, index (%s)", c.Type.Name, len(tb.Columns), len(tb.Checks), strings.Join(keys, ", "))
	switch state {
	case "c integer, 2 columns, 0 checks, index (c)",
		"c bigint, 3 columns, 1 checks, index (c)",
		"c bigint, 3 columns, 1 checks, index (c, id)":
	default:
		return fmt.Errorf("a state no commit produced: %s", state)
	}
	if len(tb.Columns) == 3 {
		if d, ok := tb.Column("d"); !ok || d.Default != "'x'" {
			return fmt.Errorf("column d incomplete: %+v", d)
		}
		if tb.Checks[0].Name != tb.Name+"_chk" || tb.Checks[0].Expr == "" {
			return fmt.Errorf("check incomplete: %+v", tb.Checks[0])
		}
	}
	return nil
}

// TestReadsDuringConcurrentDDL reads the database ddlReads times in a row
// while another session creates, alters and drops tables and indexes in a
// loop. Every read must succeed (introspect reads again when the
// catalog changed under it) and return a schema that existed at one
// instant.
func TestReadsDuringConcurrentDDL(t *testing.T) {
	dsn := pgtest.DB(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	ddl, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer ddl.Close(context.Background())
	_, err = ddl.Exec(ctx, `CREATE TABLE anchor (id integer PRIMARY KEY, note text CHECK (note <> ''));
		CREATE INDEX anchor_note ON anchor (note)`)
	require.NoError(t, err)

	stop := make(chan struct{})
	loopErr := make(chan error, 1)
	var steps atomic.Int64
	go func() {
		loopErr <- func() error {
			for k := 0; ; k++ {
				select {
				case <-stop:
					return nil
				default:
				}
				for _, tx := range ddlStep(k) {
					// A multi-statement simple query runs as one
					// transaction.
					if _, err := ddl.Exec(ctx, tx, pgx.QueryExecModeSimpleProtocol); err != nil {
						return fmt.Errorf("step %d: %s: %w", k, tx, err)
					}
					time.Sleep(ddlPause)
				}
				steps.Add(1)
			}
		}()
	}()

	conn, err := introspect.Connect(ctx, dsn, 10*time.Second)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	var retries atomic.Int64
	opts := introspect.Options{StatementTimeout: time.Minute, Logf: func(format string, args ...any) {
		if strings.HasPrefix(format, "the catalog changed") {
			retries.Add(1)
		}
	}}
	var readErr error
	var stepsAtStart int64
	for i := range ddlReads {
		if i == 0 {
			stepsAtStart = steps.Load()
		}
		s, err := introspect.Schema(ctx, conn, opts)
		if err != nil {
			readErr = fmt.Errorf("read %d of %d failed: %w", i+1, ddlReads, err)
			break
		}
		if err := checkInstant(s); err != nil {
			readErr = fmt.Errorf("read %d of %d returned a schema that never existed: %w", i+1, ddlReads, err)
			break
		}
	}
	stepsDuring := steps.Load() - stepsAtStart
	close(stop)
	require.NoError(t, <-loopErr)
	t.Logf("%d reads during %d DDL steps (4 transactions each); %d reads repeated because the catalog changed",
		ddlReads, stepsDuring, retries.Load())
	require.NoError(t, readErr)
	require.GreaterOrEqual(t, stepsDuring, int64(5), "the DDL loop ran during the reads")
}

// dropDuring is a pgx tracer that, when a catalog query whose text contains
// marker is about to run for the first time, drops a table from another
// session. The read's snapshot still shows the table, but the catalog
// functions it calls (pg_get_expr, pg_get_indexdef) see the latest commit.
type dropDuring struct {
	marker string
	drop   func() error
	done   bool
	err    error
}

func (d *dropDuring) TraceQueryStart(ctx context.Context, _ *pgx.Conn, data pgx.TraceQueryStartData) context.Context {
	if !d.done && strings.Contains(data.SQL, d.marker) {
		d.done = true
		d.err = d.drop()
	}
	return ctx
}

func (d *dropDuring) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// TestTableDroppedDuringRead drops a table between the snapshot and each
// later catalog query. The read must show the table whole, or (after
// reading again) not at all: never without its default, check or index.
func TestTableDroppedDuringRead(t *testing.T) {
	for _, tc := range []struct{ query, marker string }{
		{"columns", "FROM pg_catalog.pg_attribute a"},
		{"constraints", "FROM pg_catalog.pg_constraint con"},
		{"indexes", "pg_get_indexdef"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			dsn := pgtest.DB(t)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			other, err := pgx.Connect(ctx, dsn)
			require.NoError(t, err)
			defer other.Close(context.Background())
			_, err = other.Exec(ctx, `CREATE TABLE keep (id integer PRIMARY KEY);
				CREATE TABLE victim (id integer PRIMARY KEY, n integer NOT NULL DEFAULT 7 CHECK (n > 0));
				CREATE INDEX victim_n ON victim (n)`)
			require.NoError(t, err)

			tracer := &dropDuring{marker: tc.marker, drop: func() error {
				// The read holds no lock on user tables, so this never waits
				// for it; the timeout turns a regression into a failure, not
				// a hang.
				_, err := other.Exec(ctx, "SET lock_timeout = '5s'; DROP TABLE victim")
				return err
			}}
			cfg, err := pgx.ParseConfig(dsn)
			require.NoError(t, err)
			cfg.Tracer = tracer
			conn, err := pgx.ConnectConfig(ctx, cfg)
			require.NoError(t, err)
			defer conn.Close(context.Background())
			var log []string
			s, err := introspect.Schema(ctx, conn, introspect.Options{Logf: func(f string, a ...any) {
				log = append(log, fmt.Sprintf(f, a...))
			}})
			require.NoError(t, err)
			require.True(t, tracer.done, "the query ran")
			require.NoError(t, tracer.err)
			if v, ok := s.Table("public", "victim"); ok {
				// Seen as of the snapshot: it must be complete.
				n, _ := v.Column("n")
				require.NotNil(t, n)
				require.Equal(t, "7", n.Default, "default of victim.n")
				require.Len(t, v.Checks, 1, "check of victim")
				require.Len(t, v.Indexes, 1, "index of victim")
			}
			_, ok := s.Table("public", "keep")
			require.True(t, ok)
			t.Logf("read log: %s", strings.Join(log, "; "))
		})
	}
}
