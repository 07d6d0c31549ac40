package sqlparse

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestConstraintStates(t *testing.T) {
	s, notes := replay(t, `CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (id int NOT NULL, p int, n int,
  CONSTRAINT created_nv CHECK (n > 0) NOT VALID,
  CONSTRAINT created_fk FOREIGN KEY (p) REFERENCES p NOT VALID);
ALTER TABLE t ADD CONSTRAINT n_small CHECK (n < 10) NOT VALID;
ALTER TABLE t ADD CONSTRAINT n_odd CHECK (n % 2 = 1) NOT VALID;
ALTER TABLE t VALIDATE CONSTRAINT n_odd;
ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p) REFERENCES p NOT VALID;
ALTER TABLE t ADD CONSTRAINT t_id_key UNIQUE (id);
ALTER TABLE t REPLICA IDENTITY USING INDEX t_id_key;
ALTER TABLE t RENAME CONSTRAINT t_id_key TO t_ident;
CREATE TABLE f (a int);
ALTER TABLE f REPLICA IDENTITY FULL;
CREATE TABLE nothing (a int);
ALTER TABLE nothing REPLICA IDENTITY NOTHING;
ALTER TABLE nothing REPLICA IDENTITY DEFAULT;`)
	require.Empty(t, notes)
	require.Equal(t, []string{
		"table public.p",
		"column public.p.id integer not null",
		"primary key public.p p_pkey (id)",
		"table public.t",
		"column public.t.id integer not null",
		"column public.t.p integer",
		"column public.t.n integer",
		"unique public.t t_ident (id)",
		"check public.t created_nv n > 0",
		"check public.t n_small n < 10 not valid",
		"check public.t n_odd (n % 2) = 1",
		"foreign key public.t created_fk FOREIGN KEY (p) REFERENCES p(id)",
		"foreign key public.t t_p_fk FOREIGN KEY (p) REFERENCES p(id) not valid",
		"replica identity public.t USING INDEX t_ident",
		"table public.f",
		"column public.f.a integer",
		"replica identity public.f FULL ",
		"table public.nothing",
		"column public.nothing.a integer",
	}, describe(s, false))
}

func TestExclusionReplay(t *testing.T) {
	s, _ := replay(t, `CREATE TABLE b (room int, during tsrange, note text,
  CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (note IS NULL) DEFERRABLE INITIALLY DEFERRED);
ALTER TABLE b ADD EXCLUDE USING gist (room WITH =);
ALTER TABLE b RENAME COLUMN room TO place;
ALTER TABLE b RENAME COLUMN note TO remark;
ALTER TABLE b RENAME CONSTRAINT no_overlap TO no_clash;
ALTER INDEX b_room_excl RENAME TO b_place_excl;
CREATE TABLE c (LIKE b INCLUDING INDEXES);
ALTER TABLE c DROP CONSTRAINT c_room_during_excl;`)
	require.Equal(t, []string{
		"table public.b",
		"column public.b.place integer",
		"column public.b.during tsrange",
		"column public.b.remark text",
		"exclusion public.b no_clash EXCLUDE USING gist (place WITH =, during WITH &&) WHERE (remark IS NULL) DEFERRABLE INITIALLY DEFERRED",
		"exclusion public.b b_place_excl EXCLUDE USING gist (place WITH =)",
		"table public.c",
		"column public.c.place integer",
		"column public.c.during tsrange",
		"column public.c.remark text",
		"exclusion public.c c_room_excl EXCLUDE USING gist (place WITH =)",
	}, describe(s, false))
}

func TestConstraintStateErrors(t *testing.T) {
	base := "CREATE TABLE t (id int PRIMARY KEY, a int, CONSTRAINT x EXCLUDE (a WITH =));\nCREATE INDEX t_a ON t (a);\n"
	tests := []struct{ sql, want string }{
		{"ALTER TABLE t VALIDATE CONSTRAINT nope;", `constraint "nope" of relation "t" does not exist`},
		{"ALTER TABLE t VALIDATE CONSTRAINT t_pkey;", `constraint "t_pkey" of relation "t" is not a foreign key or check constraint`},
		{"ALTER TABLE t REPLICA IDENTITY USING INDEX nope;", `index "nope" for table "t" does not exist`},
		{"ALTER TABLE t REPLICA IDENTITY USING INDEX t_a;", `cannot use non-unique index "t_a" as replica identity`},
		{"ALTER TABLE t ADD EXCLUDE (nope WITH =);", `column "nope" named in key does not exist`},
		{"CREATE TABLE pt (a int) PARTITION BY RANGE (a); ALTER TABLE pt ADD FOREIGN KEY (a) REFERENCES t NOT VALID;",
			`cannot add NOT VALID foreign key on partitioned table "pt" referencing relation "t"`},
	}
	for _, tt := range tests {
		t.Run(tt.sql, func(t *testing.T) {
			require.Contains(t, replayErr(t, base+tt.sql), tt.want)
		})
	}
}
