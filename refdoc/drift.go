package refdoc

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/report"
)

// This file turns the findings about one table into the sentences of the
// reference document: DRIFT lines under a model and rows of the
// cross-reference's drift table. Related findings are told together, as a
// person would: a renamed column whose type also changed is one fact, and
// so are the extra indexes of one table.

// tableFindings is the findings of one pair about one table, with the
// table's definition on each side.
type tableFindings struct {
	v      pairView
	run    *report.Run
	fs     []diff.Finding
	used   []bool
	lt, rt *model.Table
	// renamedTo maps a left column name to the right name it was matched with.
	renamedTo map[string]string
}

func (v pairView) tableFindings(run *report.Run, fs []diff.Finding) *tableFindings {
	tf := &tableFindings{v: v, run: run, fs: fs, used: make([]bool, len(fs)), renamedTo: map[string]string{}}
	if len(fs) > 0 {
		tf.lt = table(v.ls, fs[0].Schema, fs[0].Table)
		tf.rt = table(v.rs, fs[0].Schema, fs[0].Table)
	}
	for _, f := range fs {
		if f.Kind == diff.ColumnRenamed {
			tf.renamedTo[f.Object] = f.Actual
		}
	}
	return tf
}

// take marks every unused finding of kind k as used and returns their
// indexes in declaration order, which is how a reader of the table knows
// its columns and indexes (diff sorts by name instead).
func (tf *tableFindings) take(k diff.Kind) []int {
	var out []int
	for i, f := range tf.fs {
		if f.Kind == k && !tf.used[i] {
			tf.used[i] = true
			out = append(out, i)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return tf.position(tf.fs[out[a]]) < tf.position(tf.fs[out[b]]) })
	return out
}

// position is where the object a finding is about is declared in its table:
// the right table for what only the right side has, else the left table.
func (tf *tableFindings) position(f diff.Finding) int {
	unknown := 1 << 30
	t := tf.lt
	switch f.Kind {
	case diff.ColumnExtra, diff.IndexExtra, diff.FKExtra, diff.UniqueExtra, diff.CheckExtra:
		t = tf.rt
	}
	if t == nil {
		return unknown
	}
	switch f.Kind {
	case diff.IndexMissing, diff.IndexExtra, diff.IndexRenamed, diff.IndexDiffers:
		for i, ix := range t.Indexes {
			if ix != nil && ix.Name == f.Object {
				return i
			}
		}
	case diff.FKMissing, diff.FKExtra, diff.FKDiffers:
		fk := fkNamed(t, f.Object)
		for i, x := range t.ForeignKeys {
			if fk != nil && x == fk {
				return i
			}
		}
	default:
		if i := t.ColumnIndex(f.Object); i >= 0 {
			return i
		}
	}
	return unknown
}

func (tf *tableFindings) leftCol(name string) *model.Column {
	if tf.lt == nil {
		return nil
	}
	c, _ := tf.lt.Column(name)
	return c
}

// rightCol finds the right column a finding about left column name is about.
func (tf *tableFindings) rightCol(name string) *model.Column {
	if tf.rt == nil {
		return nil
	}
	if r, ok := tf.renamedTo[name]; ok {
		name = r
	}
	c, _ := tf.rt.Column(name)
	return c
}

// fkNamed finds a table's foreign key by the finding object naming it.
func fkNamed(t *model.Table, object string) *model.ForeignKey {
	if t == nil {
		return nil
	}
	for _, fk := range t.ForeignKeys {
		if fk != nil && (fk.Name == object || (fk.Name == "" && fkObjectText(fk) == object)) {
			return fk
		}
	}
	return nil
}

// fkObjectText mirrors how diff names an unnamed key.
func fkObjectText(fk *model.ForeignKey) string {
	q := make([]string, len(fk.Columns))
	for i, c := range fk.Columns {
		q[i] = model.QuoteIdent(c)
	}
	return "(" + strings.Join(q, ", ") + ") → " + fk.Ref().String()
}

// fkTarget renders what a key references: "knowledge_entities(id) ON DELETE CASCADE".
func fkTarget(fk *model.ForeignKey) string {
	return fk.Ref().String() + "(" + strings.Join(fk.RefColumns, ", ") + ")" + fkActions(fk)
}

func fkActions(fk *model.ForeignKey) string {
	var s string
	if a := strings.ToUpper(fk.OnDelete); a != "" && a != "NO ACTION" {
		s += " ON DELETE " + a
	}
	if a := strings.ToUpper(fk.OnUpdate); a != "" && a != "NO ACTION" {
		s += " ON UPDATE " + a
	}
	return s
}

// typeText renders a column's type as its source spells it: the ORM's own
// spelling for the spec, upper-case SQL otherwise.
func typeText(src model.Source, c *model.Column) string {
	if src == model.SourceSpec && c.RawType != "" {
		return c.RawType
	}
	return sqlType(c.Type)
}

// sqlType upper-cases a built-in type the way DDL is usually written
// (VARCHAR(255), TIMESTAMP WITH TIME ZONE); user-defined types keep their
// case because it is part of their name.
func sqlType(t model.Type) string {
	s := t.String()
	if _, ok := model.CanonicalTypeName(t.Name); !ok {
		return s
	}
	s = strings.ToUpper(s)
	if strings.HasPrefix(s, "CHARACTER VARYING") {
		return "VARCHAR" + strings.TrimPrefix(s, "CHARACTER VARYING")
	}
	if strings.HasPrefix(s, "CHARACTER") {
		return "CHAR" + strings.TrimPrefix(s, "CHARACTER")
	}
	return s
}

// colDecl renders a column as a DDL fragment: "resolved BOOLEAN DEFAULT false".
func colDecl(src model.Source, c *model.Column) string {
	s := c.Name + " " + typeText(src, c)
	if c.NotNull {
		s += " NOT NULL"
	}
	def := c.Default
	if src == model.SourceSpec {
		def = firstOf(c.RawDefault, c.Default)
	}
	if def != "" {
		s += " DEFAULT " + def
	}
	if c.Identity != "" {
		s += " GENERATED " + strings.ToUpper(c.Identity) + " AS IDENTITY"
	}
	if c.Generated != "" {
		s += " GENERATED ALWAYS AS (" + c.Generated + ") STORED"
	}
	return s
}

// joinAnd joins items as prose: "a", "a and b", "a, b and c".
func joinAnd(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// missingFrom says how many of the listed things a source lacks.
func missingFrom(n int, src string) string {
	switch n {
	case 1:
		return "missing from " + src
	case 2:
		return "both missing from " + src
	}
	return "all missing from " + src
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func orText(s, none string) string {
	if s == "" {
		return none
	}
	return s
}

func codeOr(s, none string) string {
	if s == "" {
		return none
	}
	return code(s)
}

// ixShape drops the default access method from an index definition, which
// readers do not need to see: "USING btree (a DESC)" becomes "(a DESC)".
func ixShape(def string) string {
	return strings.Replace(def, "USING btree ", "", 1)
}

func rightIndex(rs *model.Schema, f diff.Finding) *model.Index {
	t := table(rs, f.Schema, f.Table)
	if t == nil {
		return nil
	}
	ix, _ := t.Index(f.Object)
	return ix
}

// ixItem names an index finding's index with its shape, "`idx` on (a)".
func ixItem(f diff.Finding, def string) string {
	if f.Object == def {
		return "an unnamed index " + code(ixShape(def))
	}
	if def == "" {
		return code(f.Object)
	}
	return code(f.Object) + " on " + code(ixShape(def))
}

// findDuplicate finds the skipped definition a table.duplicate finding is about.
func findDuplicate(s *model.Schema, f diff.Finding) *model.Duplicate {
	if s == nil {
		return nil
	}
	for _, d := range s.Duplicates {
		if d != nil && d.First != nil && d.Later != nil &&
			d.First.Schema == f.Schema && d.First.Name == f.Table && d.Later.Pos == f.RightPos {
			return d
		}
	}
	return nil
}

// dupColumns compares the columns of a table's two definitions from the
// later one's point of view.
func dupColumns(d *model.Duplicate) (lacks, adds, retyped []string) {
	for _, c := range d.First.Columns {
		if c == nil {
			continue
		}
		lc, ok := d.Later.Column(c.Name)
		switch {
		case !ok:
			lacks = append(lacks, c.Name)
		case lc != nil && !lc.Type.Equal(c.Type):
			retyped = append(retyped, code(lc.Name)+" as "+code(sqlType(lc.Type))+" instead of "+code(sqlType(c.Type)))
		}
	}
	for _, c := range d.Later.Columns {
		if c == nil {
			continue
		}
		if _, ok := d.First.Column(c.Name); !ok {
			adds = append(adds, c.Name)
		}
	}
	return lacks, adds, retyped
}

func codes(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = code(n)
	}
	return out
}

// dupDiff says how the later definition differs: "lacks `a`, `b`; adds `c`".
// It is empty when only constraints differ; callers then show diff's summary.
func dupDiff(d *model.Duplicate) string {
	lacks, adds, retyped := dupColumns(d)
	var parts []string
	if len(lacks) > 0 {
		parts = append(parts, "lacks "+strings.Join(codes(lacks), ", "))
	}
	if len(adds) > 0 {
		parts = append(parts, "adds "+strings.Join(codes(adds), ", "))
	}
	if len(retyped) > 0 {
		parts = append(parts, "declares "+joinAnd(retyped))
	}
	return strings.Join(parts, "; ")
}

// duplicateLine tells that a source defines a table twice, and which of the
// skipped definition's missing columns the spec models: those columns exist
// only on databases the first definition created.
func (tf *tableFindings) duplicateLine(f diff.Finding) string {
	w := wordsFor(f.Pair.Left)
	d := findDuplicate(tf.run.Schema(f.Pair.Left), f)
	if d == nil {
		return fmt.Sprintf("%s defines %s twice: %s", w.name, code(qname(f)), f.Message)
	}
	what := dupDiff(d)
	if what == "" {
		what = "differs: " + f.Actual
	}
	s := fmt.Sprintf("%s defines %s twice: PostgreSQL keeps the definition at %s and skips the one at %s, which %s",
		w.name, code(qname(f)), orText(d.First.Pos.Short(), "first"), orText(d.Later.Pos.Short(), "later"), what)
	lacks, _, _ := dupColumns(d)
	if spec := table(tf.run.Spec, f.Schema, f.Table); spec != nil && f.Pair.Left != model.SourceSpec && len(lacks) > 0 {
		var modelled []string
		for _, c := range lacks {
			if _, ok := spec.Column(c); ok {
				modelled = append(modelled, c)
			}
		}
		switch {
		case len(modelled) == len(lacks):
			s += fmt.Sprintf(" (%s has %s)", wordsFor(model.SourceSpec).name, plural(len(lacks), "it", "them all"))
		case len(modelled) > 0:
			s += fmt.Sprintf(" (%s has %s)", wordsFor(model.SourceSpec).name, joinAnd(codes(modelled)))
		}
	}
	return s
}

// driftLines returns the DRIFT lines for one table's findings in one pair.
// A finding told together with related ones is marked used by the line that
// tells it and skipped when its own turn comes.
func (v pairView) driftLines(run *report.Run, fs []diff.Finding) []string {
	tf := v.tableFindings(run, fs)
	var out []string
	for i, f := range tf.fs {
		if tf.used[i] {
			continue
		}
		if lines, ok := tf.columnDriftLines(i, f); ok {
			out = append(out, lines...)
			continue
		}
		out = append(out, tf.keyDriftLine(i, f))
	}
	return out
}

// columnDriftLines tells a finding about the table itself or its columns,
// and reports false for any other kind.
func (tf *tableFindings) columnDriftLines(i int, f diff.Finding) ([]string, bool) {
	v := tf.v
	L, R := v.l.name, v.r.name
	line := func(format string, args ...any) ([]string, bool) {
		tf.used[i] = true
		return []string{fmt.Sprintf(format, args...)}, true
	}
	switch f.Kind {
	case diff.TableMissing:
		return line("Table exists only in %s — %s", L, v.r.absent)
	case diff.TableExtra:
		return line("Table exists only in %s — %s", R, v.l.absent)
	case diff.TableExpected:
		return line("Table exists in %s; %s lists it as an expected gap%s", R, L, prefixed(": ", f.Expected))
	case diff.TableDuplicate:
		return line("%s", tf.duplicateLine(f))
	case diff.ColumnRenamed:
		return tf.renameLines(), true
	case diff.ColumnMissing:
		var items []string
		for _, j := range tf.take(diff.ColumnMissing) {
			items = append(items, tf.leftDecl(tf.fs[j]))
		}
		return []string{fmt.Sprintf("%s has %s — %s", L, joinAnd(items), missingFrom(len(items), R))}, true
	case diff.ColumnExtra:
		return []string{tf.extraColumnsLine()}, true
	case diff.ColumnType:
		rt := code(f.Actual)
		if rc := tf.rightCol(f.Object); rc != nil {
			rt = code(rc.Name + " " + typeText(v.pair.Right, rc))
		}
		return line("%s has %s — %s uses %s", R, rt, L, code(tf.leftType(f)))
	case diff.ColumnNullable, diff.ColumnAutoIncrement:
		return line("%s is %s in %s but %s in %s", code(f.Object), f.Expected, L, f.Actual, R)
	case diff.ColumnDefault:
		return line("%s has %s in %s but %s in %s", code(f.Object), defaultPhrase(f.Expected), L, defaultPhrase(f.Actual), R)
	case diff.ColumnIdentity, diff.ColumnGenerated, diff.ColumnCollation:
		what := map[diff.Kind]string{diff.ColumnIdentity: "identity", diff.ColumnGenerated: "generation expression", diff.ColumnCollation: "collation"}[f.Kind]
		return line("%s %s is %s in %s but %s in %s", code(f.Object), what, codeOr(f.Expected, "none"), L, codeOr(f.Actual, "none"), R)
	}
	return nil, false
}

// keyDriftLine tells a finding about a key, check, index or foreign key,
// or any kind without a sentence of its own.
func (tf *tableFindings) keyDriftLine(i int, f diff.Finding) string {
	v := tf.v
	L, R := v.l.name, v.r.name
	switch f.Kind {
	case diff.IndexMissing, diff.IndexExtra:
		return tf.indexLine()
	case diff.IndexRenamed:
		var ls, rs []string
		for _, j := range tf.take(diff.IndexRenamed) {
			ls = append(ls, codeOr(tf.fs[j].Expected, "an unnamed index"))
			rs = append(rs, codeOr(tf.fs[j].Actual, "an unnamed index"))
		}
		return fmt.Sprintf("%s names %s %s — %s uses %s (same %s)", R, plural(len(rs), "index", "indexes"), strings.Join(rs, " / "),
			L, strings.Join(ls, " / "), plural(len(rs), "definition", "definitions"))
	}
	tf.used[i] = true
	switch f.Kind {
	case diff.PrimaryKeyMissing:
		return fmt.Sprintf("%s has primary key %s — %s has none", L, code(f.Expected), R)
	case diff.PrimaryKeyExtra:
		return fmt.Sprintf("%s has primary key %s — %s has none", R, code(f.Actual), L)
	case diff.PrimaryKeyDiffers:
		return fmt.Sprintf("Primary key is %s in %s but %s in %s", code(f.Expected), L, code(f.Actual), R)
	case diff.UniqueMissing, diff.CheckMissing:
		return fmt.Sprintf("%s has %s — not in %s", L, code(constraintText(f.Kind, f.Expected)), R)
	case diff.UniqueExtra, diff.CheckExtra:
		return fmt.Sprintf("%s has %s — not in %s", R, code(constraintText(f.Kind, f.Actual)), L)
	case diff.IndexDiffers:
		return fmt.Sprintf("Index %s is %s in %s but %s in %s", code(f.Object), code(ixShape(f.Expected)), L, code(ixShape(f.Actual)), R)
	case diff.FKExtra:
		return tf.fkLine(f, tf.rt, v.pair.Right, R, L, v.l.fkTerm, f.Actual)
	case diff.FKMissing:
		return tf.fkLine(f, tf.lt, v.pair.Left, L, R, v.r.fkTerm, f.Expected)
	case diff.FKDiffers:
		return fmt.Sprintf("Foreign key %s is %s in %s but %s in %s", code(f.Object), code(f.Expected), L, code(f.Actual), R)
	}
	return prose(f)
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

func defaultPhrase(d string) string {
	if d == "" {
		return "no default"
	}
	return "default " + code(d)
}

// constraintText shows a check with its keyword; diff's unique texts carry
// theirs already.
func constraintText(k diff.Kind, s string) string {
	if k == diff.CheckMissing || k == diff.CheckExtra {
		return "CHECK (" + s + ")"
	}
	return s
}

// leftType is the left side's spelling of a type finding's column type.
func (tf *tableFindings) leftType(f diff.Finding) string {
	if lc := tf.leftCol(f.Object); lc != nil {
		return typeText(tf.v.pair.Left, lc)
	}
	return f.Expected
}

func (tf *tableFindings) leftDecl(f diff.Finding) string {
	if lc := tf.leftCol(f.Object); lc != nil {
		return code(colDecl(tf.v.pair.Left, lc))
	}
	return code(f.Object + " " + f.Expected)
}

// renameLines tells the renamed columns. A rename that also changed the type
// is one fact of its own; plain renames are told together, with the foreign
// keys the right side declares on the new names when they all agree, since
// renamed key columns usually come with a key the left side lacks.
func (tf *tableFindings) renameLines() []string {
	L, R := tf.v.l.name, tf.v.r.name
	typeOf := map[string]int{}
	for i, f := range tf.fs {
		if f.Kind == diff.ColumnType && !tf.used[i] {
			typeOf[f.Object] = i
		}
	}
	var out []string
	var plain []int
	for _, i := range tf.take(diff.ColumnRenamed) {
		f := tf.fs[i]
		j, ok := typeOf[f.Object]
		if !ok {
			plain = append(plain, i)
			continue
		}
		tf.used[j] = true
		rt := tf.fs[j].Actual
		if rc := tf.rightCol(f.Object); rc != nil {
			rt = typeText(tf.v.pair.Right, rc)
		}
		out = append(out, fmt.Sprintf("%s column is %s — %s maps to %s as %s. Column name + type mismatch.",
			R, code(f.Actual+" "+rt), L, code(f.Expected), code(tf.leftType(tf.fs[j]))))
	}
	if len(plain) == 0 {
		return out
	}
	var ls, rs []string
	for _, i := range plain {
		ls = append(ls, code(tf.fs[i].Expected))
		rs = append(rs, code(tf.fs[i].Actual))
	}
	rNote, lNote := tf.renamedKeys(plain)
	if len(plain) == 1 {
		out = append(out, fmt.Sprintf("%s column is %s%s — %s uses %s%s. Column name mismatch.", R, rs[0], rNote, L, ls[0], lNote))
	} else {
		out = append(out, fmt.Sprintf("%s columns are %s%s — %s uses %s%s. Column name mismatch.",
			R, strings.Join(rs, " / "), rNote, L, strings.Join(ls, " / "), lNote))
	}
	return out
}

// renamedKeys folds the right side's extra foreign keys on renamed columns
// into the rename when every renamed column has exactly one such key and the
// keys reference the same thing.
func (tf *tableFindings) renamedKeys(renames []int) (rNote, lNote string) {
	var keys []int
	target := ""
	for _, i := range renames {
		col := tf.fs[i].Actual
		found := -1
		for j, f := range tf.fs {
			if f.Kind != diff.FKExtra || tf.used[j] {
				continue
			}
			fk := fkNamed(tf.rt, f.Object)
			if fk != nil && len(fk.Columns) == 1 && fk.Columns[0] == col {
				if found >= 0 {
					return "", ""
				}
				found = j
			}
		}
		if found < 0 {
			return "", ""
		}
		t := fkTarget(fkNamed(tf.rt, tf.fs[found].Object))
		if target != "" && t != target {
			return "", ""
		}
		target = t
		keys = append(keys, found)
	}
	for _, j := range keys {
		tf.used[j] = true
	}
	lNote = " (no FK)"
	for _, i := range renames {
		if tf.lt != nil && len(tf.lt.ForeignKeysOn(tf.fs[i].Expected)) > 0 {
			lNote = ""
		}
	}
	return " with FK→" + target, lNote
}

// extraColumnsLine tells the right side's extra columns together, each as
// declared, with the foreign keys on them.
func (tf *tableFindings) extraColumnsLine() string {
	idx := tf.take(diff.ColumnExtra)
	extra := map[string]bool{}
	for _, i := range idx {
		extra[tf.fs[i].Object] = true
	}
	// Keys on extra columns are part of those columns' story.
	for j, f := range tf.fs {
		if f.Kind != diff.FKExtra || tf.used[j] {
			continue
		}
		if fk := fkNamed(tf.rt, f.Object); fk != nil && len(fk.Columns) > 0 {
			all := true
			for _, c := range fk.Columns {
				all = all && extra[c]
			}
			tf.used[j] = tf.used[j] || all
		}
	}
	var items []string
	for _, i := range idx {
		f := tf.fs[i]
		item := code(f.Object + " " + f.Actual)
		if rc := tf.rightCol(f.Object); rc != nil {
			item = code(colDecl(tf.v.pair.Right, rc))
			for _, fk := range tf.rt.ForeignKeysOn(rc.Name) {
				item += " (FK→" + fkTarget(fk) + ")"
			}
		}
		items = append(items, item)
	}
	return fmt.Sprintf("%s has %s — %s", tf.v.r.name, joinAnd(items), missingFrom(len(items), tf.v.l.name))
}

// indexLine tells a table's missing and extra indexes together, because an
// index missing on one side and another extra on the other is often one
// index whose name and definition both changed.
func (tf *tableFindings) indexLine() string {
	L, R := tf.v.l.name, tf.v.r.name
	var missing, extra []string
	for _, i := range tf.take(diff.IndexMissing) {
		missing = append(missing, ixItem(tf.fs[i], tf.fs[i].Expected))
	}
	for _, i := range tf.take(diff.IndexExtra) {
		extra = append(extra, ixItem(tf.fs[i], tf.fs[i].Actual))
	}
	switch {
	case len(missing) > 0 && len(extra) > 0:
		return fmt.Sprintf("%s has %s %s — %s has %s instead (different index names / definitions)",
			R, plural(len(extra), "index", "indexes"), joinAnd(extra), L, joinAnd(missing))
	case len(extra) > 0:
		hasNone := true
		if tf.lt != nil {
			for _, ix := range tf.lt.Indexes {
				hasNone = hasNone && ix == nil
			}
		}
		if hasNone {
			return fmt.Sprintf("%s has %s %s — %s has none", R, plural(len(extra), "index", "indexes"), joinAnd(extra), L)
		}
		return fmt.Sprintf("%s has %s %s — not in %s", R, plural(len(extra), "index", "indexes"), joinAnd(extra), L)
	}
	return fmt.Sprintf("%s has %s %s — not in %s", L, plural(len(missing), "index", "indexes"), joinAnd(missing), R)
}

// fkLine tells a foreign key one side has and the other lacks. A key on one
// column reads best as that column's declaration with its REFERENCES clause.
func (tf *tableFindings) fkLine(f diff.Finding, t *model.Table, src model.Source, has, lacks, lacksTerm, def string) string {
	fk := fkNamed(t, f.Object)
	if fk == nil || len(fk.Columns) != 1 {
		return fmt.Sprintf("%s has foreign key %s %s — not in %s", has, code(f.Object), code(def), lacks)
	}
	decl := fk.Columns[0]
	if c, ok := t.Column(fk.Columns[0]); ok {
		decl += " " + typeText(src, c)
	}
	return fmt.Sprintf("%s has %s FK — %s column has no %s", has, code(decl+" REFERENCES "+fkTarget(fk)), lacks, lacksTerm)
}

// prose is a finding's message for kinds without a sentence of their own,
// with a leading source name spelled as the document spells it.
func prose(f diff.Finding) string {
	for _, src := range []model.Source{f.Pair.Left, f.Pair.Right} {
		if rest, ok := strings.CutPrefix(f.Message, string(src)+" "); ok {
			return wordsFor(src).name + " " + rest
		}
	}
	return sentence(f.Message)
}
