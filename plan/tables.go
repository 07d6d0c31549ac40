package plan

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// tableRenames pairs a missing and an extra table of one schema whose
// columns are the same names and types: the table was renamed, and
// planning it as CREATE plus DROP would lose its rows. The two findings
// become one RENAME, and the renamed table is compared again with its
// canonical counterpart so that what else differs is planned too.
func (b *builder) tableRenames(fs []diff.Finding) []diff.Finding {
	var missing, extra []*diff.Finding
	for i := range fs {
		switch fs[i].Kind {
		case diff.TableMissing:
			missing = append(missing, &fs[i])
		case diff.TableExtra:
			extra = append(extra, &fs[i])
		}
	}
	drop := map[*diff.Finding]bool{}
	var more []diff.Finding
	for _, mf := range missing {
		lt, ok := b.left.Table(mf.Schema, mf.Table)
		if !ok {
			continue
		}
		for _, ef := range extra {
			rt, ok := b.right.Table(ef.Schema, ef.Table)
			if drop[ef] || !ok || ef.Schema != mf.Schema || columnSignature(lt) != columnSignature(rt) {
				continue
			}
			drop[mf], drop[ef] = true, true
			more = append(more, b.renameTable(mf, ef, lt, rt)...)
			break
		}
	}
	if len(drop) == 0 {
		return fs
	}
	var out []diff.Finding
	for i := range fs {
		if !drop[&fs[i]] && !b.renamedTrigger(&fs[i]) {
			out = append(out, fs[i])
		}
	}
	return append(out, more...)
}

func columnSignature(t *model.Table) string {
	var parts []string
	for _, c := range t.Columns {
		parts = append(parts, c.Name+" "+c.Type.String())
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

// renameTable plans the RENAME and returns the findings between the
// canonical table and the renamed one.
func (b *builder) renameTable(mf, ef *diff.Finding, lt, rt *model.Table) []diff.Finding {
	from := rt.QName()
	s := b.newStep(ef, phaseRename, model.QName{}, alterTable(from, "RENAME TO "+ident(lt.Name)))
	s.Fixes = append(s.Fixes, mf.Fingerprint())
	s.Comment = append(s.Comment, string(mf.Kind)+": "+mf.Message,
		fmt.Sprintf("rename: %s and %s have the same columns and types, so the table was renamed; not DROP + CREATE", qname(from), qname(lt.QName())))
	s.lock(accessExclusive, from).provide(tableKey(lt.QName()))
	s.hazard(BackwardIncompatible, "code that still uses "+qname(from)+" breaks")
	cp := *rt
	cp.Name = lt.Name
	b.renamedTables[lt.QName()] = &cp
	l, r := model.NewSchema(b.left.Source), model.NewSchema(b.right.Source)
	l.AddTable(lt)
	r.AddTable(&cp)
	b.renameTriggers(l, r, from, lt.QName())
	return diff.Compare(l, r, diff.Options{})
}

// columnDef renders a column for CREATE TABLE and ADD COLUMN.
func columnDef(c *model.Column) string {
	var b strings.Builder
	b.WriteString(ident(c.Name) + " ")
	if c.AutoIncrement && c.Identity == "" && c.Default == "" {
		b.WriteString(serialFor(c.Type))
	} else {
		b.WriteString(c.Type.String())
	}
	if c.Collation != "" {
		b.WriteString(" COLLATE " + ident(c.Collation))
	}
	switch {
	case c.Generated != "":
		b.WriteString(" GENERATED ALWAYS AS (" + c.Generated + ") STORED")
	case c.Identity != "":
		b.WriteString(" GENERATED " + strings.ToUpper(c.Identity) + " AS IDENTITY" + identityClause(c))
	case c.Default != "":
		b.WriteString(" DEFAULT " + c.Default)
	}
	if c.NotNull {
		b.WriteString(" NOT NULL")
	}
	return b.String()
}

// serialFor is the serial pseudo-type of an integer type.
func serialFor(t model.Type) string {
	switch t.Name {
	case "smallint":
		return "smallserial"
	case "bigint":
		return "bigserial"
	}
	return "serial"
}

func keyDef(kind string, k *model.Key) string {
	s := ""
	if k.Name != "" {
		s = "CONSTRAINT " + ident(k.Name) + " "
	}
	s += kind
	if k.NullsNotDistinct {
		s += " NULLS NOT DISTINCT"
	}
	s += " (" + idents(k.Columns) + ")"
	return s + deferClause(k.Deferrable, k.InitiallyDeferred)
}

func deferClause(deferrable, deferred bool) string {
	switch {
	case deferrable && deferred:
		return " DEFERRABLE INITIALLY DEFERRED"
	case deferrable:
		return " DEFERRABLE"
	}
	return ""
}

func checkDef(ck *model.Check) string {
	s := ""
	if ck.Name != "" {
		s = "CONSTRAINT " + ident(ck.Name) + " "
	}
	s += "CHECK (" + ck.Expr + ")"
	if ck.NoInherit {
		s += " NO INHERIT"
	}
	return s
}

// createTable renders CREATE TABLE with columns, keys and checks; indexes
// and foreign keys are separate steps.
func createTable(t *model.Table) string {
	var lines []string
	for _, c := range t.Columns {
		lines = append(lines, columnDef(c))
	}
	if t.PrimaryKey != nil && len(t.PrimaryKey.Columns) > 0 {
		lines = append(lines, keyDef("PRIMARY KEY", t.PrimaryKey))
	}
	for _, u := range t.Uniques {
		lines = append(lines, keyDef("UNIQUE", u))
	}
	for _, ck := range t.Checks {
		if !ck.NotValid { // CREATE TABLE would mark it valid; added after (createdTableStates)
			lines = append(lines, checkDef(ck))
		}
	}
	s := "CREATE TABLE " + qname(t.QName()) + " (\n    " + strings.Join(lines, ",\n    ") + "\n)"
	if t.PartitionBy != "" {
		s += " PARTITION BY " + t.PartitionBy
	}
	return s
}

func (b *builder) tableMissing(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	lt, ok := b.lt(q)
	if !ok {
		return
	}
	s := b.newStep(f, phaseCreateTable, model.QName{}, createTable(lt))
	s.provide(tableKey(q))
	for _, c := range lt.Columns {
		s.provide(colKey(q, c.Name))
		if n, ok := userType(c.Type); ok {
			s.need(typeKey(n))
		}
	}
	if lt.PrimaryKey != nil {
		s.provide(uniqueKey(q, lt.PrimaryKey.Columns))
	}
	for _, u := range lt.Uniques {
		s.provide(uniqueKey(q, u.Columns))
	}
	for _, p := range lt.Partitions {
		b.createPartition(f, lt, p)
	}
	for _, ix := range lt.Indexes {
		b.createIndex(f, lt, ix, ix.Name)
	}
	for _, fk := range lt.ForeignKeys {
		b.addFK(f, lt, fk)
	}
	b.tablePolicies(f, lt)
	b.createdTablePrivileges(f, lt)
	b.createdTableStates(f, lt)
}

func (b *builder) tableExtra(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	rt, ok := b.right.Table(q.Schema, q.Name)
	if !ok {
		return
	}
	s := b.newStep(f, phaseDropTable+b.dropDepth(rt, map[model.QName]bool{}), model.QName{}, "DROP TABLE "+qname(q))
	s.lock(accessExclusive, q).need(fkDropKey(q))
	b.tableHazard(s, DataLoss, q, "drops table "+qname(q)+" and its rows")
	for _, c := range rt.Columns {
		if n, ok := userType(c.Type); ok {
			s.provide(typeUseKey(n))
		}
	}
}

// dropDepth orders the drops of extra tables: a table is dropped before the
// tables it references, so no foreign key is left pointing at a dropped table.
func (b *builder) dropDepth(t *model.Table, seen map[model.QName]bool) int {
	if seen[t.QName()] {
		return 0
	}
	seen[t.QName()] = true
	depth := 0
	for _, o := range b.right.Tables {
		if _, kept := b.left.Table(o.Schema, o.Name); kept || o == t {
			continue
		}
		for _, fk := range o.ForeignKeys {
			if fk.Ref() == t.QName() {
				if d := b.dropDepth(o, seen) + 1; d > depth {
					depth = d
				}
			}
		}
	}
	return depth
}

func (b *builder) columnMissing(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	lt, ok := b.lt(q)
	if !ok {
		return
	}
	c, ok := lt.Column(f.Object)
	if !ok {
		return
	}
	s := b.newStep(f, phaseColumn, q, alterTable(q, "ADD COLUMN "+columnDef(c)))
	s.lock(accessExclusive, q).provide(colKey(q, c.Name))
	if n, ok := userType(c.Type); ok {
		s.need(typeKey(n))
	}
	col := fmt.Sprintf("column %s of %s", ident(c.Name), qname(q))
	switch {
	case c.Generated != "":
		b.rewrite(s, q, "a stored generated column is computed for every row: "+col)
	case c.Identity != "" || (c.AutoIncrement && c.Default == ""):
		b.rewrite(s, q, "an identity or serial column is filled for every row: "+col)
	case c.Default != "" && volatile(c.Default):
		b.rewrite(s, q, "the volatile default "+c.Default+" is evaluated for every row: "+col)
	case c.NotNull && c.Default == "":
		b.tableHazard(s, MayFailOnData, q, "NOT NULL without a default fails when the table has rows: "+col)
	}
	// A foreign key on columns the plan adds is not reported on its own
	// (diff folds it into the column finding), so it is planned here.
	for _, fk := range lt.ForeignKeysOn(c.Name) {
		if all(fk.Columns, b.missingCols[q]) {
			b.addFK(f, lt, fk)
		}
	}
}

func all(cols []string, set map[string]bool) bool {
	for _, c := range cols {
		if !set[c] {
			return false
		}
	}
	return len(cols) > 0
}

func (b *builder) rewrite(s *Step, q model.QName, why string) {
	b.tableHazard(s, TableRewrite, q, why)
	b.tableHazard(s, BlocksWrites, q, "ACCESS EXCLUSIVE is held while "+qname(q)+" is rewritten")
}

func (b *builder) columnExtra(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	rt, ok := b.rt(q)
	if !ok {
		return
	}
	c, ok := rt.Column(f.Object)
	if !ok {
		return
	}
	s := b.newStep(f, phaseDropColumn, q, alterTable(q, "DROP COLUMN "+ident(c.Name)))
	s.lock(accessExclusive, q)
	b.tableHazard(s, DataLoss, q, fmt.Sprintf("drops column %s of %s and its values", ident(c.Name), qname(q)))
	if n, ok := userType(c.Type); ok {
		s.provide(typeUseKey(n))
	}
}

func (b *builder) columnRenamed(f *diff.Finding) {
	q := model.QName{Schema: f.Schema, Name: f.Table}
	rt, ok := b.rt(q)
	if !ok {
		return
	}
	if _, ok := rt.Column(f.Actual); !ok || f.Expected == "" {
		return
	}
	s := b.newStep(f, phaseRename, q, alterTable(q, "RENAME COLUMN "+ident(f.Actual)+" TO "+ident(f.Expected)))
	s.Comment = append(s.Comment, fmt.Sprintf("rename: no column of %s is named %s on the canonical side and none %s on the target; "+
		"the two have one type family and matching names or positions, so this is a RENAME, not DROP + ADD", qname(q), ident(f.Actual), ident(f.Expected)))
	s.lock(accessExclusive, q).provide(colKey(q, f.Expected))
	s.hazard(BackwardIncompatible, fmt.Sprintf("code that still uses %s.%s breaks", qname(q), ident(f.Actual)))
}
