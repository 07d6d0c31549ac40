package model

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSchemaTableIndex(t *testing.T) {
	s := NewSchema(SourceSQL)
	for i := 0; i < 3; i++ {
		s.AddTable(&Table{Schema: "public", Name: fmt.Sprintf("t%d", i)})
	}
	// A producer appending directly is still found.
	s.Tables = append(s.Tables, &Table{Schema: "audit", Name: "log"})
	got, ok := s.Table("audit", "log")
	require.True(t, ok)
	require.Equal(t, "log", got.Name)

	tb, _ := s.Table("public", "t1")
	s.RenameTable(tb, "audit", "t1")
	_, ok = s.Table("public", "t1")
	require.False(t, ok)
	_, ok = s.Table("audit", "t1")
	require.True(t, ok)

	require.True(t, s.RemoveTable("public", "t0"))
	require.False(t, s.RemoveTable("public", "t0"))
	_, ok = s.Table("public", "t0")
	require.False(t, ok)
	_, ok = s.Table("public", "t2")
	require.True(t, ok)
}

func BenchmarkAddTable(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := NewSchema(SourceSQL)
		for j := 0; j < 5000; j++ {
			s.AddTable(&Table{Schema: "public", Name: fmt.Sprintf("t%d", j)})
		}
	}
}

func TestPosShort(t *testing.T) {
	for _, tc := range []struct {
		p    Pos
		want string
	}{
		{Pos{}, ""},
		{Pos{File: "testdata/aria/02-migrations.sql", Line: 68, Col: 3}, "02-migrations.sql:68"},
		{Pos{File: "schema.sql"}, "schema.sql"},
		{Pos{File: "a/b/c.sql", Line: 1}, "c.sql:1"},
	} {
		require.Equal(t, tc.want, tc.p.Short(), "%+v", tc.p)
	}
}

func TestDescribesAreas(t *testing.T) {
	var none *Schema
	require.True(t, none.Describes(AreaPolicies))
	s := NewSchema(SourceORM)
	require.True(t, s.Describes(AreaPolicies))
	s.Omit(AreaPolicies)
	s.Omit(AreaPolicies)
	require.False(t, s.Describes(AreaPolicies))
	require.True(t, s.Describes(AreaSequences))
	require.Equal(t, []Area{AreaPolicies}, s.Omits)
	require.Len(t, Areas(), 9)
}

func TestPolicyRoles(t *testing.T) {
	p := &Policy{Name: "p", Command: "SELECT"}
	p.SetRoles([]string{"b", "a", "b"})
	require.Equal(t, []string{"a", "b"}, p.Roles)
	require.Equal(t, "AS PERMISSIVE FOR SELECT TO a, b", p.Definition())
	p.SetRoles([]string{"b", PolicyPublic})
	require.Equal(t, []string{PolicyPublic}, p.Roles, "PUBLIC among roles is PUBLIC alone")
	p.Restrictive, p.Using, p.Check = true, "x > 0", "y"
	require.Equal(t, "AS RESTRICTIVE FOR SELECT TO PUBLIC USING (x > 0) WITH CHECK (y)", p.Definition())
	rs := &RowSecurity{Policies: []*Policy{p}}
	_, ok := rs.Policy("p")
	require.True(t, ok)
	require.True(t, rs.RemovePolicy("p"))
	require.False(t, rs.RemovePolicy("p"))
}
