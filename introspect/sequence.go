package introspect

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/ariadrift/ariadrift/model"
)

// sequencesSQL reads every sequence of the selected schemas with its
// options from pg_sequence and the column it belongs to from pg_depend:
// deptype 'a' is OWNED BY (a serial column's, or one set by hand), 'i' an
// identity column's. Everything is catalog data; nothing is deparsed.
var sequencesSQL = `SELECT n.nspname, c.relname, s.seqtypid, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
	COALESCE(d.deptype::text, ''), COALESCE(d.refobjid, 0), COALESCE(d.refobjsubid, 0)::int2,
	COALESCE(rn.nspname, ''), COALESCE(rc.relname, ''), COALESCE(a.attname, '')
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
	AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE ` + userSchema("n") + ` AND ` + notFromExtension("c") + `
ORDER BY n.nspname, c.relname`

// extensionsSQL reads the installed extensions, which belong to the
// database rather than to a schema; plpgsql is in every database.
const extensionsSQL = `SELECT e.extname, n.nspname, e.extversion
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql' AND $1::text[] IS NOT NULL
ORDER BY e.extname`

// sequenceRow is one row of the sequences query, kept until the columns
// an identity sequence belongs to are known.
type sequenceRow struct {
	seq     *model.Sequence
	deptype string
	rel     uint32
	num     int16
}

// sequenceTypes names the types a sequence can have, by oid.
var sequenceTypes = map[uint32]string{20: "bigint", 21: "smallint", 23: "integer"}

func (r *reader) sequence(rows pgx.Rows) error {
	var (
		row          sequenceRow
		typOID       uint32
		rnsp, rn, an string
	)
	s := &model.Sequence{}
	o := &s.Options
	if err := rows.Scan(&s.Schema, &s.Name, &typOID, &o.Start, &o.Increment, &o.Min, &o.Max, &o.Cache, &o.Cycle,
		&row.deptype, &row.rel, &row.num, &rnsp, &rn, &an); err != nil {
		return fmt.Errorf("sequences: %w", err)
	}
	var ok bool
	if o.Type, ok = sequenceTypes[typOID]; !ok {
		return fmt.Errorf("sequence %s: type %d is not a sequence type", qname(s.Schema, s.Name), typOID)
	}
	if row.deptype != "" {
		s.OwnedBy = model.ColumnRef{Schema: rnsp, Table: rn, Column: an}
	}
	row.seq = s
	r.sequences = append(r.sequences, row)
	return nil
}

// attachSequences gives identity columns their sequence's options and
// lists the other sequences.
func (r *reader) attachSequences() {
	for _, row := range r.sequences {
		if row.deptype != "i" {
			r.s.Sequences = append(r.s.Sequences, row.seq)
			continue
		}
		cols := r.attrs[row.rel]
		if int(row.num) < len(cols) && cols[row.num].col != nil {
			o := row.seq.Options
			cols[row.num].col.IdentityOptions = &o
		}
	}
	sortByName(r.s.Sequences, (*model.Sequence).QName)
}

func (r *reader) extension(rows pgx.Rows) error {
	e := &model.Extension{}
	if err := rows.Scan(&e.Name, &e.Schema, &e.Version); err != nil {
		return fmt.Errorf("extensions: %w", err)
	}
	r.s.Extensions = append(r.s.Extensions, e)
	return nil
}
