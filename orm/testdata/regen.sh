#!/usr/bin/env bash
# Regenerate the committed DDL of the models that need SQLAlchemy 2.0: every
# corpus/NAME.py that has a corpus/NAME.sql beside it, and the bundled Aria
# models (testdata/aria/models.py -> aria-models.sql). Models that run on
# SQLAlchemy 1.4 have no committed DDL: the tests render them with Debian's
# python3-sqlalchemy.
#
#   orm/testdata/regen.sh SQLALCHEMY_2_0_LIB [corpus/NEW.py ...]
#
# SQLALCHEMY_2_0_LIB is the lib/ directory of a SQLAlchemy 2.0 source tree,
# for example from a clone of the SQLAlchemy repository:
#   git archive rel_2_0_52 lib/ | tar -x -C "$tmp" && orm/testdata/regen.sh "$tmp/lib"
# $PYTHON (default python3) must be 3.8+ with typing_extensions 4.6+. Extra
# arguments add models to regenerate, so a new 2.0 corpus file gets its .sql.
set -euo pipefail
if [ $# -lt 1 ] || [ ! -f "$1/sqlalchemy/__init__.py" ]; then
  echo "usage: $0 SQLALCHEMY_2_0_LIB [corpus/NEW.py ...]" >&2
  exit 2
fi
lib=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
export PYTHONDONTWRITEBYTECODE=1
version=$(PYTHONPATH=$lib "$python" -c 'import sqlalchemy; print(sqlalchemy.__version__)')
case $version in
  2.0.*) ;;
  *) echo "$0: $lib is SQLAlchemy $version, not 2.0" >&2; exit 1 ;;
esac

render() { # models.py out.sql
  PYTHONPATH=$lib "$python" "$here/ddl.py" "$1" >"$2.tmp"
  mv "$2.tmp" "$2"
  echo "$2"
}

for sql in "$here"/corpus/*.sql; do
  [ -e "$sql" ] || continue
  render "${sql%.sql}.py" "$sql"
done
for py in "$@"; do
  py=$(cd "$(dirname "$py")" && pwd)/$(basename "$py")
  render "$py" "${py%.py}.sql"
done
render "$here/../../testdata/aria/models.py" "$here/aria-models.sql"
