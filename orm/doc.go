// Package orm reads SQLAlchemy models statically — declarative 2.0
// (DeclarativeBase, Mapped, mapped_column), classic 1.x (declarative_base,
// Column), Flask-SQLAlchemy (db.Model), Table(...) objects and SQLModel — and
// builds the *model.Schema that metadata.create_all() would create on
// PostgreSQL. The Python source is parsed with tree-sitter; the user's code is
// never imported or run.
//
// What only running the code could tell (a type chosen at import time, a
// custom TypeDecorator, a helper that builds columns) is never guessed
// silently: the reader assumes the nearest reading and reports it through
// Options.Warn with the position of the construct.
//
// orm imports model and normalize only; never sqlparse, introspect, diff or
// the CLI.
package orm
