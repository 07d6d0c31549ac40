package normalize

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ariadrift/ariadrift/model"
	"github.com/ariadrift/ariadrift/pgast"
	pg_query "github.com/ariadrift/ariadrift/third_party/pg_query_go"
)

// Relations resolves a relation named in a view's FROM clause, as written
// (schema may be empty), to its qualified name and output columns. ok is
// false for a relation the caller does not know; its columns are then
// unknown and references to them are qualified only when nothing else can
// own them.
type Relations func(schema, name string) (q model.QName, columns []string, ok bool)

// ViewQuery returns the canonical text of a view's query and its output
// column names. It rewrites the query as PostgreSQL stores it, so that a
// script's SELECT and pg_get_viewdef's print compare equal: column
// references are qualified with their range variable, * is expanded to the
// columns it stands for when the view is created, relation names carry
// their schema, GROUP BY and ORDER BY positions become the expressions
// they point to, every output column that is not a same-named column
// reference gets an AS, and expressions go through the rules of Expr
// (the casts and BETWEEN and IN rewrites the catalog prints). aliases are
// CREATE VIEW v (a, b)'s column names, which rename the first outputs.
// The node is not modified.
func ViewQuery(query *pg_query.Node, aliases []string, rels Relations) (string, []string, error) {
	if query == nil || query.GetSelectStmt() == nil {
		return "", nil, errors.New("view: the query is not a SELECT")
	}
	n := clone(query)
	v := &viewNormalizer{rels: rels}
	names := v.selectStmt(n.GetSelectStmt(), nil, nil, aliases)
	if v.incomplete {
		return "", nil, fmt.Errorf("view: %w", ErrUnknownColumns)
	}
	n = rewrite(n)
	walk(n, castConstSorts)
	tree := &pg_query.ParseResult{Stmts: []*pg_query.RawStmt{{Stmt: n}}}
	out, err := pg_query.Deparse(tree)
	if err != nil {
		return "", nil, fmt.Errorf("view: print query: %w", err)
	}
	return out, names, nil
}

// ViewDef is ViewQuery for pg_get_viewdef's text.
func ViewDef(def string, rels Relations) (string, []string, error) {
	tree, err := pgast.Parse(def)
	if err != nil {
		return "", nil, fmt.Errorf("view definition: %w", err)
	}
	if len(tree.Stmts) != 1 {
		return "", nil, errors.New("view definition: not one statement")
	}
	return ViewQuery(tree.Stmts[0].Stmt, nil, rels)
}

// ErrUnknownColumns is returned by ViewQuery for a query that selects *
// from a relation whose columns the resolver does not know (a function's
// result): what the server stores cannot be told.
var ErrUnknownColumns = errors.New("selects * from a relation whose columns are not known")

// viewNormalizer carries the resolver through one query.
type viewNormalizer struct {
	rels Relations
	// incomplete is set when a * could not be expanded.
	incomplete bool
}

// rangeItem is one FROM item as column references see it.
type rangeItem struct {
	name string
	cols []string
	// known is false when the item's columns could not be learned.
	known bool
}

// scope is the FROM items of one query level, inside its parent's.
type scope struct {
	items  []rangeItem
	parent *scope
	// using names the range variable a JOIN ... USING column is read from.
	using map[string]string
	// names are the range variable names of this level, made unique as
	// the catalog makes them (a second "t" visible from here is "t_1");
	// renamed maps an original name to its new one.
	names   []string
	renamed map[string]string
}

// taken reports whether name is a range variable name here or above.
func (sc *scope) taken(name string) bool {
	for s := sc; s != nil; s = s.parent {
		for _, n := range s.names {
			if n == name {
				return true
			}
		}
	}
	return false
}

// uniqueNames gives the relations of one FROM item the names the catalog
// prints: a name already visible gets the first free _N suffix, as an alias.
func (sc *scope) uniqueNames(n *pg_query.Node) {
	switch f := n.Node.(type) {
	case *pg_query.Node_JoinExpr:
		sc.uniqueNames(f.JoinExpr.Larg)
		sc.uniqueNames(f.JoinExpr.Rarg)
	case *pg_query.Node_RangeVar:
		rv := f.RangeVar
		name := rv.Relname
		if rv.Alias != nil {
			name = rv.Alias.Aliasname
		}
		unique := name
		for i := 1; sc.taken(unique); i++ {
			unique = fmt.Sprintf("%s_%d", name, i)
		}
		if unique != name {
			if rv.Alias == nil {
				rv.Alias = &pg_query.Alias{}
			}
			rv.Alias.Aliasname = unique
			if sc.renamed == nil {
				sc.renamed = map[string]string{}
			}
			sc.renamed[name] = unique
		}
		sc.names = append(sc.names, unique)
	}
}

// selectStmt normalizes sel in place within the outer scope and returns
// its output column names; ctes are the WITH names visible to it.
func (v *viewNormalizer) selectStmt(sel *pg_query.SelectStmt, outer *scope, ctes map[string][]string, aliases []string) []string {
	if sel == nil {
		return nil
	}
	sc := &scope{parent: outer}
	for _, f := range sel.FromClause {
		sc.uniqueNames(f)
	}
	// The WITH queries are printed inside this level, so their relations'
	// names avoid this level's too (a CTE's link_clicks beside a FROM
	// link_clicks is link_clicks_1); they do not see its FROM items.
	ctes = v.withClause(sel.WithClause, &scope{parent: outer, names: sc.names}, ctes)
	if sel.Op != pg_query.SetOperation_SETOP_NONE {
		// The catalog prints every branch's columns with the first
		// branch's names.
		names := v.selectStmt(sel.Larg, outer, ctes, aliases)
		v.selectStmt(sel.Rarg, outer, ctes, names)
		return names
	}
	for _, f := range sel.FromClause {
		v.fromItem(f, sc, ctes)
	}
	sel.TargetList = v.expandStars(sel.TargetList, sc)
	for _, t := range sel.TargetList {
		if rt := t.GetResTarget(); rt != nil {
			rt.Val = v.expr(rt.Val, sc, ctes)
		}
	}
	sel.WhereClause = v.expr(sel.WhereClause, sc, ctes)
	sel.HavingClause = v.expr(sel.HavingClause, sc, ctes)
	for i, g := range sel.GroupClause {
		sel.GroupClause[i] = v.expr(groupColumn(v.position(g, sel.TargetList), sel.TargetList, sc), sc, ctes)
	}
	for _, s := range sel.SortClause {
		if sb := s.GetSortBy(); sb != nil {
			sb.Node = v.expr(outputColumn(v.position(sb.Node, sel.TargetList), sel.TargetList), sc, ctes)
		}
	}
	for _, vl := range sel.ValuesLists {
		v.expr(vl, sc, ctes)
	}
	return outputNames(sel.TargetList, aliases)
}

// withClause normalizes the common table expressions and returns the CTE
// names visible below, each with its output columns.
func (v *viewNormalizer) withClause(w *pg_query.WithClause, outer *scope, ctes map[string][]string) map[string][]string {
	if w == nil {
		return ctes
	}
	next := make(map[string][]string, len(ctes)+len(w.Ctes))
	for k, c := range ctes {
		next[k] = c
	}
	for _, n := range w.Ctes {
		cte := n.GetCommonTableExpr()
		if cte == nil {
			continue
		}
		names := v.selectStmt(cte.Ctequery.GetSelectStmt(), outer, next, nil)
		if len(cte.Aliascolnames) > 0 {
			names = strList(cte.Aliascolnames)
		}
		next[cte.Ctename] = names
	}
	return next
}

// fromItem adds the range variables of one FROM item to sc.
func (v *viewNormalizer) fromItem(n *pg_query.Node, sc *scope, ctes map[string][]string) {
	switch f := n.Node.(type) {
	case *pg_query.Node_RangeVar:
		sc.items = append(sc.items, v.relationItem(f.RangeVar, ctes))
	case *pg_query.Node_RangeSubselect:
		rs := f.RangeSubselect
		// Not lateral, the subquery cannot see this level's columns, but
		// its range variables are named apart from this level's.
		inner := &scope{parent: sc.parent, names: sc.names}
		if rs.Lateral {
			inner = sc
		}
		cols := v.selectStmt(rs.Subquery.GetSelectStmt(), inner, ctes, nil)
		item := rangeItem{cols: cols, known: true}
		if rs.Alias != nil {
			item.name = rs.Alias.Aliasname
			item.cols = renamed(cols, strList(rs.Alias.Colnames))
		}
		sc.items = append(sc.items, item)
	case *pg_query.Node_JoinExpr:
		j := f.JoinExpr
		start := len(sc.items)
		v.fromItem(j.Larg, sc, ctes)
		mid := len(sc.items)
		v.fromItem(j.Rarg, sc, ctes)
		j.Quals = v.expr(j.Quals, sc, ctes)
		// A USING column belongs to the join, which the catalog prints as
		// the left side's column (the right side's for a RIGHT JOIN).
		side := sc.items[start:mid]
		if j.Jointype == pg_query.JoinType_JOIN_RIGHT {
			side = sc.items[mid:]
		}
		if j.Jointype != pg_query.JoinType_JOIN_FULL {
			for _, col := range strList(j.UsingClause) {
				if owner := ownerOf(side, col); owner != "" {
					if sc.using == nil {
						sc.using = map[string]string{}
					}
					sc.using[col] = owner
				}
			}
		}
	case *pg_query.Node_RangeFunction:
		rf := f.RangeFunction
		item := rangeItem{}
		if rf.Alias != nil {
			item.name = rf.Alias.Aliasname
			item.cols = strList(rf.Alias.Colnames)
			item.known = len(item.cols) > 0
		}
		for _, fn := range rf.Functions {
			v.expr(fn, sc, ctes)
		}
		sc.items = append(sc.items, item)
	default:
		sc.items = append(sc.items, rangeItem{})
	}
}

// expandStars replaces * and t.* in a target list with the columns they
// stand for, which is what PostgreSQL stores: columns added to the table
// later are not in the view.
func (v *viewNormalizer) expandStars(targets []*pg_query.Node, sc *scope) []*pg_query.Node {
	out := make([]*pg_query.Node, 0, len(targets))
	for _, t := range targets {
		rt := t.GetResTarget()
		if !isStar(rt.GetVal()) {
			out = append(out, t)
			continue
		}
		cr := rt.GetVal().GetColumnRef()
		qual := ""
		if len(cr.Fields) >= 2 {
			qual = cr.Fields[len(cr.Fields)-2].GetString_().GetSval()
		}
		expanded := false
		for _, it := range sc.items {
			if qual != "" && it.name != qual {
				continue
			}
			if !it.known || it.name == "" {
				v.incomplete = true
				continue
			}
			for _, col := range it.cols {
				ref := pg_query.MakeColumnRefNode([]*pg_query.Node{pg_query.MakeStrNode(it.name), pg_query.MakeStrNode(col)}, -1)
				out = append(out, pg_query.MakeResTargetNodeWithVal(ref, -1))
			}
			expanded = true
		}
		if !expanded {
			v.incomplete = true
			out = append(out, t)
		}
	}
	return out
}

// position returns the target a GROUP BY or ORDER BY position points to
// (a copy), or n itself: the catalog prints the expression.
func (v *viewNormalizer) position(n *pg_query.Node, targets []*pg_query.Node) *pg_query.Node {
	c := n.GetAConst()
	if c == nil || c.GetIval() == nil {
		return n
	}
	i := int(c.GetIval().Ival)
	if i < 1 || i > len(targets) {
		return n
	}
	val := targets[i-1].GetResTarget().GetVal()
	if val == nil {
		return n
	}
	return clone(val)
}

// relationItem resolves a relation of a FROM list, qualifying it, and
// returns its range item. A relation found is qualified even when its
// columns are not all known (a table built from a query).
func (v *viewNormalizer) relationItem(rv *pg_query.RangeVar, ctes map[string][]string) rangeItem {
	item := rangeItem{name: rv.Relname}
	if cols, ok := ctes[rv.Relname]; ok && rv.Schemaname == "" {
		item.cols, item.known = cols, true
	} else if v.rels != nil {
		q, cols, ok := v.rels(rv.Schemaname, rv.Relname)
		if q.Name != "" {
			rv.Schemaname, rv.Relname = q.Schema, q.Name
			item.name = q.Name
		}
		if ok {
			item.cols, item.known = cols, true
		}
	}
	rv.Catalogname = ""
	if rv.Alias != nil {
		item.name = rv.Alias.Aliasname
		if len(rv.Alias.Colnames) > 0 {
			item.cols = renamed(item.cols, strList(rv.Alias.Colnames))
		}
	}
	return item
}

// outputColumn returns the target an ORDER BY name stands for (a copy), or
// n itself. A bare name in ORDER BY is an output column's before it is an
// input column's, and the catalog prints the output column's expression.
func outputColumn(n *pg_query.Node, targets []*pg_query.Node) *pg_query.Node {
	cr := n.GetColumnRef()
	if cr == nil || len(cr.Fields) != 1 || cr.Fields[0].GetString_() == nil {
		return n
	}
	name := cr.Fields[0].GetString_().GetSval()
	var hit *pg_query.Node
	for i, out := range outputNames(targets, nil) {
		if out != name {
			continue
		}
		if hit != nil {
			return n // ambiguous: the server would have refused it
		}
		hit = targets[i].GetResTarget().GetVal()
	}
	if hit == nil {
		return n
	}
	return clone(hit)
}

// groupColumn is outputColumn for GROUP BY, where a bare name is an input
// column of the query's own FROM items before it is an output column's.
func groupColumn(n *pg_query.Node, targets []*pg_query.Node, sc *scope) *pg_query.Node {
	cr := n.GetColumnRef()
	if cr == nil || len(cr.Fields) != 1 || cr.Fields[0].GetString_() == nil {
		return n
	}
	name := cr.Fields[0].GetString_().GetSval()
	for _, it := range sc.items {
		if !it.known || slices.Contains(it.cols, name) {
			return n
		}
	}
	return outputColumn(n, targets)
}

// expr qualifies the column references of n within sc and normalizes the
// queries of its sublinks; it modifies n in place and returns it.
func (v *viewNormalizer) expr(n *pg_query.Node, sc *scope, ctes map[string][]string) *pg_query.Node {
	if n == nil {
		return nil
	}
	switch x := n.Node.(type) {
	case *pg_query.Node_ColumnRef:
		qualify(x.ColumnRef, sc)
		return n
	case *pg_query.Node_SubLink:
		x.SubLink.Testexpr = v.expr(x.SubLink.Testexpr, sc, ctes)
		v.selectStmt(x.SubLink.Subselect.GetSelectStmt(), sc, ctes, nil)
		return n
	case *pg_query.Node_SelectStmt:
		v.selectStmt(x.SelectStmt, sc, ctes, nil)
		return n
	}
	eachChild(n.ProtoReflect(), func(c *pg_query.Node) *pg_query.Node { return v.expr(c, sc, ctes) })
	return n
}

// qualify prefixes an unqualified column reference with the one range
// variable that has the column, searching outwards, and drops the schema
// of a schema.table.column reference (the catalog prints the range
// variable only).
func qualify(cr *pg_query.ColumnRef, sc *scope) {
	switch len(cr.Fields) {
	case 3:
		cr.Fields = cr.Fields[1:]
		renameQualifier(cr, sc)
		return
	case 2:
		renameQualifier(cr, sc)
		return
	case 1:
	default:
		return
	}
	col := cr.Fields[0].GetString_()
	if col == nil {
		return
	}
	anyUnknown := false
	for s := sc; s != nil; s = s.parent {
		owner, owners, unknown := "", 0, []string{}
		for _, it := range s.items {
			if !it.known {
				unknown = append(unknown, it.name)
				anyUnknown = true
				continue
			}
			for _, c := range it.cols {
				if c == col.Sval {
					owner, owners = it.name, owners+1
					break
				}
			}
		}
		if owners == 0 && len(unknown) == 1 && len(s.items) == 1 && unknown[0] != "" {
			owner, owners = unknown[0], 1
		}
		if owners == 1 && owner != "" {
			cr.Fields = []*pg_query.Node{pg_query.MakeStrNode(owner), cr.Fields[0]}
			return
		}
		if owners > 1 {
			if u := s.using[col.Sval]; u != "" {
				cr.Fields = []*pg_query.Node{pg_query.MakeStrNode(u), cr.Fields[0]}
			}
			return
		}
	}
	if !anyUnknown {
		wholeRow(cr, col.Sval, sc)
	}
}

// wholeRow turns a name that is no column in reach but names a FROM item
// (row_to_json(t)) into the whole-row reference the catalog prints, t.*:
// PostgreSQL tries the name as a column at every level before it tries it
// as a relation.
func wholeRow(cr *pg_query.ColumnRef, name string, sc *scope) {
	for s := sc; s != nil; s = s.parent {
		for _, it := range s.items {
			if it.name == name {
				cr.Fields = []*pg_query.Node{pg_query.MakeStrNode(name), {Node: &pg_query.Node_AStar{AStar: &pg_query.A_Star{}}}}
				return
			}
		}
	}
}

// outputNames names the target list's columns as PostgreSQL does and
// writes every name into the targets as the catalog prints them: an AS
// unless the target is a column reference of the same name.
func outputNames(targets []*pg_query.Node, aliases []string) []string {
	names := make([]string, 0, len(targets))
	for i, t := range targets {
		rt := t.GetResTarget()
		if rt == nil || isStar(rt.Val) {
			// A * that could not be expanded stands for columns unknown here.
			continue
		}
		name := rt.Name
		if name == "" {
			name = figureName(rt.Val)
		}
		if i < len(aliases) {
			name = aliases[i]
		}
		rt.Name = name
		if cr := rt.Val.GetColumnRef(); cr != nil && len(cr.Fields) > 0 && cr.Fields[len(cr.Fields)-1].GetString_().GetSval() == name {
			rt.Name = ""
		}
		names = append(names, name)
	}
	return names
}

// figureName is PostgreSQL's FigureColname for the common expression kinds.
func figureName(n *pg_query.Node) string {
	if n == nil {
		return "?column?"
	}
	switch x := n.Node.(type) {
	case *pg_query.Node_ColumnRef:
		if f := x.ColumnRef.Fields; len(f) > 0 {
			if s := f[len(f)-1].GetString_(); s != nil {
				return s.Sval
			}
		}
	case *pg_query.Node_FuncCall:
		if f := x.FuncCall.Funcname; len(f) > 0 {
			return f[len(f)-1].GetString_().GetSval()
		}
	case *pg_query.Node_TypeCast:
		if name := figureName(x.TypeCast.Arg); name != "?column?" {
			return name
		}
		if tn := x.TypeCast.TypeName; tn != nil && len(tn.Names) > 0 {
			return tn.Names[len(tn.Names)-1].GetString_().GetSval()
		}
	case *pg_query.Node_CaseExpr:
		return "case"
	case *pg_query.Node_CoalesceExpr:
		return "coalesce"
	case *pg_query.Node_AArrayExpr:
		return "array"
	case *pg_query.Node_MinMaxExpr:
		if x.MinMaxExpr.Op == pg_query.MinMaxOp_IS_LEAST {
			return "least"
		}
		return "greatest"
	case *pg_query.Node_SubLink:
		switch x.SubLink.SubLinkType {
		case pg_query.SubLinkType_EXISTS_SUBLINK:
			return "exists"
		case pg_query.SubLinkType_ARRAY_SUBLINK:
			return "array"
		case pg_query.SubLinkType_EXPR_SUBLINK:
			if sel := x.SubLink.Subselect.GetSelectStmt(); sel != nil && len(sel.TargetList) > 0 {
				rt := sel.TargetList[0].GetResTarget()
				if rt.Name != "" {
					return rt.Name
				}
				return figureName(rt.Val)
			}
		}
	}
	return "?column?"
}

func strList(nodes []*pg_query.Node) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, n.GetString_().GetSval())
	}
	return out
}

// renamed applies an alias's column names to the first columns.
func renamed(cols, names []string) []string {
	out := append([]string(nil), cols...)
	for i, n := range names {
		if i < len(out) {
			out[i] = n
		} else {
			out = append(out, n)
		}
	}
	return out
}

// RenameQuerySchema returns a normalized view query (ViewQuery's output)
// with the relations of schema from moved to schema to, as when one
// tenant's schema is compared with the canonical one.
func RenameQuerySchema(def, from, to string) (string, error) {
	if def == "" || from == to {
		return def, nil
	}
	tree, err := pgast.Parse(def)
	if err != nil {
		return "", fmt.Errorf("view definition: %w", err)
	}
	for _, st := range tree.Stmts {
		walkChildren(st.Stmt, func(n *pg_query.Node) {
			if rv := n.GetRangeVar(); rv != nil && rv.Schemaname == from {
				rv.Schemaname = to
			}
		})
	}
	out, err := pg_query.Deparse(tree)
	if err != nil {
		return "", fmt.Errorf("view definition: %w", err)
	}
	return out, nil
}

func isStar(n *pg_query.Node) bool {
	cr := n.GetColumnRef()
	return cr != nil && len(cr.Fields) > 0 && cr.Fields[len(cr.Fields)-1].GetAStar() != nil
}

// ownerOf returns the first of items that has column col, or "".
func ownerOf(items []rangeItem, col string) string {
	for _, it := range items {
		for _, c := range it.cols {
			if c == col {
				return it.name
			}
		}
	}
	return ""
}

// castConstSorts gives a constant GROUP BY or ORDER BY item a cast, as the
// catalog prints it (ORDER BY 1::integer), so that it does not read as a
// position when the text is parsed again.
func castConstSorts(n *pg_query.Node) {
	sel := n.GetSelectStmt()
	if sel == nil {
		return
	}
	for _, s := range sel.SortClause {
		if sb := s.GetSortBy(); sb != nil {
			sb.Node = castConst(sb.Node)
		}
	}
	for i, g := range sel.GroupClause {
		sel.GroupClause[i] = castConst(g)
	}
}

func castConst(n *pg_query.Node) *pg_query.Node {
	c := n.GetAConst()
	if c == nil || c.Isnull {
		return n
	}
	typ := "text"
	switch {
	case c.GetIval() != nil:
		typ = "int4"
	case c.GetFval() != nil:
		typ = "numeric"
	case c.GetBoolval() != nil:
		typ = "bool"
	}
	tn := &pg_query.TypeName{Names: []*pg_query.Node{pg_query.MakeStrNode("pg_catalog"), pg_query.MakeStrNode(typ)}, Typemod: -1, Location: -1}
	return &pg_query.Node{Node: &pg_query.Node_TypeCast{TypeCast: &pg_query.TypeCast{Arg: n, TypeName: tn, Location: -1}}}
}

// renameQualifier follows uniqueNames into a qualified column reference:
// the innermost range variable of that name is the one meant.
func renameQualifier(cr *pg_query.ColumnRef, sc *scope) {
	q := cr.Fields[0].GetString_()
	if q == nil {
		return
	}
	for s := sc; s != nil; s = s.parent {
		if u, ok := s.renamed[q.Sval]; ok {
			cr.Fields[0] = pg_query.MakeStrNode(u)
			return
		}
		for _, it := range s.items {
			if it.name == q.Sval {
				return
			}
		}
	}
}

// RenameQueryColumn returns a normalized view query (ViewQuery's output)
// with column from of relation schema.table renamed to to, as the server
// follows ALTER TABLE ... RENAME COLUMN into the views that use the column;
// an output column the renamed one named keeps its old name.
func RenameQueryColumn(def, schema, table, from, to string) (string, error) {
	if def == "" || from == to {
		return def, nil
	}
	tree, err := pgast.Parse(def)
	if err != nil {
		return "", fmt.Errorf("view definition: %w", err)
	}
	refs := map[string]bool{}
	for _, st := range tree.Stmts {
		walkChildren(st.Stmt, func(n *pg_query.Node) {
			if rv := n.GetRangeVar(); rv != nil && rv.Relname == table && (rv.Schemaname == schema || rv.Schemaname == "") {
				refs[rv.GetAlias().GetAliasname()] = true
				if rv.GetAlias().GetAliasname() == "" {
					refs[rv.Relname] = true
				}
			}
		})
	}
	delete(refs, "")
	uses := func(cr *pg_query.ColumnRef) bool {
		return cr != nil && len(cr.Fields) == 2 && refs[cr.Fields[0].GetString_().GetSval()] && cr.Fields[1].GetString_().GetSval() == from
	}
	changed := false
	for _, st := range tree.Stmts {
		walkChildren(st.Stmt, func(n *pg_query.Node) {
			if rt := n.GetResTarget(); rt != nil && rt.Name == "" && uses(rt.GetVal().GetColumnRef()) {
				rt.Name = from
			}
		})
		walkChildren(st.Stmt, func(n *pg_query.Node) {
			if cr := n.GetColumnRef(); uses(cr) {
				cr.Fields[1] = pg_query.MakeStrNode(to)
				changed = true
			}
		})
	}
	if !changed {
		return def, nil
	}
	out, err := pg_query.Deparse(tree)
	if err != nil {
		return "", fmt.Errorf("view definition: %w", err)
	}
	return out, nil
}
