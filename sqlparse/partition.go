package sqlparse

import (
	pg_query "github.com/pganalyze/pg_query_go/v5"
)

// attachIndexes replays ALTER INDEX parent ATTACH PARTITION child.
func (r *replayer) attachIndexes(c *stmtCtx, st *pg_query.AlterTableStmt) error {
	return nil
}
