"""Print the DDL that SQLAlchemy's metadata.create_all() runs on PostgreSQL
for the models in one Python file, as psql-loadable statements.

    python3 ddl.py MODELS.py

The file is imported (it is test data written for this purpose, never user
code); every MetaData reachable from its module globals - a MetaData, a
declarative Base, a Flask-SQLAlchemy db, SQLModel, a Table - is created in
the order first seen, through a mock engine for postgresql+psycopg2, with
checkfirst=False: exactly the CREATE TYPE / TABLE / INDEX statements
create_all would send, no database needed, after a CREATE SCHEMA for each
schema a table names (create_all assumes they exist). The first line is a
comment naming the SQLAlchemy version and the sha256 of the models file, so
a committed rendering can be checked against its source.
"""

import hashlib
import importlib.util
import os
import sys

import sqlalchemy
from sqlalchemy import MetaData, create_mock_engine, util


def load(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    # Registered before running so string annotations (from __future__
    # import annotations) resolve against the module.
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def metadatas(module):
    seen, out = set(), []
    for value in list(vars(module).values()):
        md = value if isinstance(value, MetaData) else getattr(value, "metadata", None)
        if isinstance(md, MetaData) and id(md) not in seen:
            seen.add(id(md))
            out.append(md)
    return out


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: ddl.py MODELS.py\n")
        return 2
    with open(argv[1], "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    module = load(argv[1])
    out = sys.stdout
    out.write("-- SQLAlchemy %s create_all DDL of %s (sha256 %s)\n\n"
              % (sqlalchemy.__version__, os.path.basename(argv[1]), digest))
    engine = None

    def executor(sql, *multiparams, **params):
        text = str(sql.compile(dialect=engine.dialect)).strip()
        lines = [line.rstrip() for line in text.splitlines()]
        out.write("\n".join(lines) + ";\n\n")

    engine = create_mock_engine("postgresql+psycopg2://", executor)
    mds = metadatas(module)
    if not mds:
        sys.stderr.write("ddl.py: %s defines no MetaData\n" % argv[1])
        return 1
    schemas = sorted({t.schema for md in mds for t in md.tables.values() if t.schema})
    for name in schemas:
        out.write("CREATE SCHEMA IF NOT EXISTS %s;\n\n" % name)
    for md in mds:
        # A table keeps its indexes in a set, ordered by object address:
        # ordered by name, the committed DDL is the same on every run.
        for table in md.tables.values():
            table.indexes = util.OrderedSet(sorted(table.indexes, key=lambda ix: ix.name or ""))
        md.create_all(engine, checkfirst=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
