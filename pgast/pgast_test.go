package pgast

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
	"github.com/ariadrift/ariadrift/third_party/pg_query_go/parser"
)

// statements reach every kind of node the replay meets, and the oneof of
// A_Const with each of its cases.
var statements = []string{
	`CREATE TABLE s.t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n numeric(10,2) DEFAULT 1.5 CHECK (n > -3), b bool DEFAULT true, x bit(3) DEFAULT B'101', s text COLLATE "C" DEFAULT 'it''s' NOT NULL, z int DEFAULT NULL) PARTITION BY RANGE (id)`,
	`CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON ONLY t USING gist (lower(a) gist_trgm_ops (siglen='32') DESC NULLS FIRST) INCLUDE (b) WITH (fillfactor = 70) WHERE a IS NOT NULL`,
	`ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a, b) REFERENCES u (a, b) MATCH FULL ON DELETE SET NULL (a) DEFERRABLE INITIALLY DEFERRED NOT VALID`,
	`CREATE VIEW v WITH (security_barrier) AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 9) SELECT n, sum(n) OVER (PARTITION BY n % 2 ORDER BY n ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM r LEFT JOIN LATERAL (SELECT * FROM generate_series(1, r.n)) g ON true`,
	`CREATE FUNCTION f(a int, OUT b text) RETURNS SETOF record LANGUAGE plpgsql STABLE STRICT COST 5 AS $$ BEGIN RETURN QUERY SELECT a::text; END $$`,
	`CREATE POLICY p ON t AS RESTRICTIVE FOR UPDATE TO admin USING (owner = current_user) WITH CHECK (EXISTS (SELECT 1 FROM u WHERE u.id = t.id))`,
	`CREATE TRIGGER tr BEFORE INSERT OR UPDATE OF a ON t FOR EACH ROW WHEN (NEW.a IS DISTINCT FROM OLD.a) EXECUTE FUNCTION g('x', 1)`,
	`CREATE TYPE e AS ENUM ('a', 'b'); CREATE DOMAIN d AS int CONSTRAINT pos CHECK (VALUE > 0); COMMENT ON TABLE t IS 'x'; GRANT SELECT (a) ON t TO r WITH GRANT OPTION`,
	`SELECT ARRAY[1, 2]::int[], '{1}'::int[] @> ARRAY[1], x IS NULL, CASE WHEN a THEN 1 ELSE 2 END, COALESCE(a, b), row(1, 2), a BETWEEN 1 AND 2, 1e300, -9223372036854775808, $1 FROM t FOR UPDATE SKIP LOCKED`,
	`INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET a = EXCLUDED.a RETURNING *; DELETE FROM t USING u WHERE t.a = u.a; UPDATE t SET (a, b) = (SELECT 1, 2)`,
	`SELECT xmlelement(name x, xmlattributes(1 AS a)), json_agg(t) FILTER (WHERE a) WITHIN GROUP (ORDER BY a), a COLLATE "C", (SELECT 1) IS OF (int) FROM t TABLESAMPLE bernoulli (5)`,
	`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA ext; ALTER TABLE ONLY p ATTACH PARTITION c FOR VALUES FROM (MINVALUE) TO (10); CREATE SEQUENCE q AS int INCREMENT -1 MINVALUE -10 CYCLE`,
}

// corpus adds the SQL scripts under the module's testdata.
func corpus(t *testing.T) []string {
	t.Helper()
	out := append([]string(nil), statements...)
	err := filepath.WalkDir("..", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "third_party" || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".") && p != "..") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(p, ".sql") && strings.Contains(p, "testdata") {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			out = append(out, string(b))
		}
		return nil
	})
	require.NoError(t, err)
	require.Greater(t, len(out), 40, "the corpus lost its scripts")
	return out
}

// The generated decoder builds the tree the generic unmarshal builds, and
// that tree is the one libpg_query's JSON output describes: the JSON is
// written by other C code than the protobuf, so a field the packer dropped
// or mangled would show here.
func TestDecodeMatchesUnmarshalAndJSON(t *testing.T) {
	parsed := 0
	for _, sql := range corpus(t) {
		b, err := parser.ParseToProtobuf(sql)
		if err != nil {
			continue
		}
		parsed++
		got, err := Decode(b)
		want := &pg_query.ParseResult{}
		if werr := proto.Unmarshal(b, want); werr != nil || err != nil {
			require.Error(t, err, "proto.Unmarshal: %v", werr)
			require.Error(t, werr, "Decode: %v", err)
			continue
		}
		require.True(t, proto.Equal(want, got), "decoded tree differs from proto.Unmarshal for:\n%.300s", sql)
		js, err := parser.ParseToJSON(sql)
		require.NoError(t, err)
		fromJSON := &pg_query.ParseResult{}
		require.NoError(t, protojson.Unmarshal([]byte(js), fromJSON))
		require.True(t, proto.Equal(fromJSON, withoutNegativeIntegers(got)), "protobuf tree differs from the JSON tree for:\n%.300s", sql)
	}
	require.Greater(t, parsed, 40)
}

// Parse decodes libpg_query's buffer in place and frees it, so the tree
// must hold nothing of the bytes: a tree decoded from a buffer that is
// overwritten afterwards stays the tree of the SQL.
func TestTreeKeepsNoReferenceToTheBytes(t *testing.T) {
	for _, sql := range corpus(t) {
		b, err := parser.ParseToProtobuf(sql)
		if err != nil {
			continue
		}
		want, err := Decode(b)
		if err != nil {
			_, perr := Parse(sql)
			require.Equal(t, err, perr, "Parse and Decode disagree for:\n%.300s", sql)
			continue
		}
		scratch := append([]byte(nil), b...)
		got, err := Decode(scratch)
		require.NoError(t, err)
		for i := range scratch {
			scratch[i] = 'x'
		}
		require.True(t, proto.Equal(want, got), "the tree changed with its bytes for:\n%.300s", sql)
		viewed, err := Parse(sql)
		require.NoError(t, err)
		runtime.GC()
		require.True(t, proto.Equal(want, viewed), "Parse differs from Decode for:\n%.300s", sql)
	}
}

// withoutNegativeIntegers is a copy of tree as libpg_query's JSON writer
// sees it: it writes an Integer only when it is positive, so -3 reads
// back as 0 there.
func withoutNegativeIntegers(tree *pg_query.ParseResult) *pg_query.ParseResult {
	c := proto.Clone(tree).(*pg_query.ParseResult)
	var walk func(m protoreflect.Message)
	walk = func(m protoreflect.Message) {
		if i, ok := m.Interface().(*pg_query.Integer); ok && i.Ival < 0 {
			i.Ival = 0
		}
		m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
			switch {
			case fd.IsList() && fd.Kind() == protoreflect.MessageKind:
				for i := 0; i < v.List().Len(); i++ {
					walk(v.List().Get(i).Message())
				}
			case fd.Kind() == protoreflect.MessageKind:
				walk(v.Message())
			}
			return true
		})
	}
	walk(c.ProtoReflect())
	return c
}

// Scalar kinds a parse tree seldom holds (doubles, 64-bit and packed
// repeated integers, negative enums) round-trip through Marshal.
func TestDecodeKinds(t *testing.T) {
	tree := &pg_query.ParseResult{Version: 150001, Stmts: []*pg_query.RawStmt{{
		Stmt: &pg_query.Node{Node: &pg_query.Node_SubPlan{SubPlan: &pg_query.SubPlan{
			StartupCost: 1.25, PerCallCost: -3e-9, PlanId: -7, SubLinkType: pg_query.SubLinkType_ARRAY_SUBLINK,
			Args: []*pg_query.Node{{Node: &pg_query.Node_Var{Var: &pg_query.Var{Varnullingrels: []uint64{1, 1 << 40, 300}, Varno: -1}}}},
		}}},
		StmtLen: 1 << 30,
	}}}
	for _, n := range []*pg_query.Node{
		{Node: &pg_query.Node_TableFunc{TableFunc: &pg_query.TableFunc{Notnulls: []uint64{0, 5}}}},
		{Node: &pg_query.Node_AConst{AConst: &pg_query.A_Const{Val: &pg_query.A_Const_Fval{Fval: &pg_query.Float{Fval: "1.5"}}, Isnull: true}}},
		{},
	} {
		tree.Stmts = append(tree.Stmts, &pg_query.RawStmt{Stmt: n})
	}
	b, err := proto.Marshal(tree)
	require.NoError(t, err)
	got, err := Decode(b)
	require.NoError(t, err)
	require.True(t, proto.Equal(tree, got), "got %v", got)
}

// A repeated integer written unpacked, as an older writer may, decodes
// like a packed one.
func TestDecodeUnpackedRepeated(t *testing.T) {
	var tf []byte
	for _, v := range []uint64{4, 1 << 33} {
		tf = protowire.AppendTag(tf, 11, protowire.VarintType)
		tf = protowire.AppendVarint(tf, v)
	}
	var node, stmt, tree []byte
	node = protowire.AppendTag(node, protowire.Number(nodeNumber(t, "table_func")), protowire.BytesType)
	node = protowire.AppendBytes(node, tf)
	stmt = protowire.AppendTag(stmt, 1, protowire.BytesType)
	stmt = protowire.AppendBytes(stmt, node)
	tree = protowire.AppendTag(tree, 2, protowire.BytesType)
	tree = protowire.AppendBytes(tree, stmt)
	got, err := Decode(tree)
	require.NoError(t, err)
	require.Equal(t, []uint64{4, 1 << 33}, got.Stmts[0].Stmt.GetTableFunc().Notnulls)
}

func nodeNumber(t *testing.T, field string) int32 {
	fd := (&pg_query.Node{}).ProtoReflect().Descriptor().Fields().ByName("table_func")
	require.NotNil(t, fd, field)
	return int32(fd.Number())
}

// Malformed bytes are an error, never a panic or a partial tree.
func TestDecodeMalformed(t *testing.T) {
	b, err := parser.ParseToProtobuf(statements[0])
	require.NoError(t, err)
	for cut := 1; cut < len(b); cut += 7 {
		tree, err := Decode(b[:cut])
		if err == nil {
			// A cut between two fields of the top message is well formed.
			want := &pg_query.ParseResult{}
			require.NoError(t, proto.Unmarshal(b[:cut], want))
			require.True(t, proto.Equal(want, tree))
			continue
		}
		require.Nil(t, tree)
		require.Error(t, proto.Unmarshal(b[:cut], &pg_query.ParseResult{}), "cut at %d", cut)
	}
	bad := protowire.AppendTag(nil, 1, protowire.BytesType)
	bad = protowire.AppendBytes(bad, []byte{0xff})
	_, err = Decode(append(protowire.AppendTag(nil, 2, protowire.BytesType), protowire.AppendBytes(nil, append(protowire.AppendTag(nil, 1, protowire.BytesType), protowire.AppendBytes(nil, append(protowire.AppendTag(nil, uint64ToNum(nodeNumber(t, "string")), protowire.BytesType), protowire.AppendBytes(nil, bad)...))...))...))
	require.Error(t, err)
}

func uint64ToNum(n int32) protowire.Number { return protowire.Number(n) }

// Nesting past the bound is an error, as it is for the generic unmarshal.
func TestDecodeDepth(t *testing.T) {
	list := (&pg_query.Node{}).ProtoReflect().Descriptor().Fields().ByName("list").Number()
	var node []byte
	for i := 0; i < maxDepth+5; i++ {
		var items []byte
		items = protowire.AppendTag(items, 1, protowire.BytesType)
		items = protowire.AppendBytes(items, node)
		node = protowire.AppendBytes(protowire.AppendTag(nil, list, protowire.BytesType), items)
	}
	stmt := protowire.AppendBytes(protowire.AppendTag(nil, 1, protowire.BytesType), node)
	tree := protowire.AppendBytes(protowire.AppendTag(nil, 2, protowire.BytesType), stmt)
	_, err := Decode(tree)
	require.ErrorIs(t, err, errDepth)
}

func TestParseSyntaxError(t *testing.T) {
	_, err := Parse("CREATE TABLE (")
	var perr *parser.Error
	require.ErrorAs(t, err, &perr)
	require.Equal(t, 14, perr.Cursorpos)
}

func FuzzDecode(f *testing.F) {
	for _, s := range statements {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, sql string) {
		b, err := parser.ParseToProtobuf(sql)
		if err != nil {
			return
		}
		want := &pg_query.ParseResult{}
		werr := proto.Unmarshal(b, want)
		got, err := Decode(b)
		if werr != nil {
			require.Error(t, err)
			return
		}
		require.NoError(t, err)
		require.True(t, proto.Equal(want, got), "decoded tree differs for %q", sql)
	})
}

// decode_gen.go is what ./gen writes for the vendored pg_query: a change of
// pg_query's messages without a regenerated decoder fails here.
func TestGeneratedIsCurrent(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		goCmd = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	out, err := exec.Command(goCmd, "run", "./gen").Output()
	require.NoError(t, err)
	have, err := os.ReadFile("decode_gen.go")
	require.NoError(t, err)
	require.True(t, string(have) == string(out), "decode_gen.go is stale: go run ./pgast/gen > pgast/decode_gen.go")
}
