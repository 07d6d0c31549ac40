package introspect

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ariadrift/ariadrift/model"
)

// TestSequencesAndExtensions reads sequences with their options and owner,
// identity options onto their columns, and extensions but plpgsql.
func TestSequencesAndExtensions(t *testing.T) {
	t.Parallel()
	db := newDB(t, `CREATE SCHEMA app;
		CREATE EXTENSION citext WITH SCHEMA app VERSION '1.5';
		CREATE TABLE t (id serial, n int, g smallint GENERATED ALWAYS AS IDENTITY (START WITH 7 INCREMENT BY -1 MAXVALUE 7));
		CREATE SEQUENCE app.s AS integer START 10 INCREMENT 5 MINVALUE 2 MAXVALUE 900 CACHE 20 CYCLE;
		CREATE SEQUENCE owned OWNED BY t.n;
		SELECT setval('app.s', 50)`)
	s := readSchema(t, db, Options{Schemas: []string{"public", "app"}})
	require.Equal(t, []*model.Sequence{
		{Schema: "app", Name: "s", Options: model.SequenceOptions{Type: "integer", Start: 10, Increment: 5, Min: 2, Max: 900, Cache: 20, Cycle: true}},
		{Schema: "public", Name: "owned", Options: model.DefaultSequenceOptions("bigint"),
			OwnedBy: model.ColumnRef{Schema: "public", Table: "t", Column: "n"}},
		{Schema: "public", Name: "t_id_seq", Options: model.DefaultSequenceOptions("integer"),
			OwnedBy: model.ColumnRef{Schema: "public", Table: "t", Column: "id"}},
	}, s.Sequences)
	tb, ok := s.Table("public", "t")
	require.True(t, ok)
	g, _ := tb.Column("g")
	require.Equal(t, &model.SequenceOptions{Type: "smallint", Start: 7, Increment: -1, Min: -32768, Max: 7, Cache: 1}, g.IdentityOptions)
	id, _ := tb.Column("id")
	require.Nil(t, id.IdentityOptions, "a serial column's sequence is listed, not attached")
	require.Equal(t, []*model.Extension{{Name: "citext", Schema: "app", Version: "1.5"}}, s.Extensions)
}
