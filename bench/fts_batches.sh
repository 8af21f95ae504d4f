#!/usr/bin/env bash
# The cost of building the full-text index batch by batch, as an ingest
# does: copies DB (a whosaid database) to a scratch file, drops and makes
# quotes_fts again with the settings of the current schema plus the given
# FTS5 options (name=value, e.g. hashsize=1048576), indexes its documents'
# attributions BATCH documents to a transaction in the sqlite3 shell, and
# prints the shell's user and system CPU seconds and the index's size.
#
#   bash bench/fts_batches.sh DB [BATCH] [OPTION=VALUE...]
set -euo pipefail
db=$1
batch=${2:-2000}
shift $(($# < 2 ? $# : 2))
scratch=${TMPDIR:-/tmp}/fts_batches.$$.db
trap 'rm -f "$scratch" "$scratch-wal" "$scratch-shm"' EXIT
cp "$db" "$scratch"
docs=$(sqlite3 "$scratch" "SELECT max(doc) FROM documents")
{
  echo "PRAGMA cache_size = -65536;"
  echo "DROP TABLE quotes_fts;"
  echo "CREATE VIRTUAL TABLE quotes_fts USING fts5 (quote, content = 'attributions',"
  echo "  content_rowid = 'attribution', tokenize = 'unicode61 remove_diacritics 2');"
  echo "INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('automerge', 64);"
  echo "INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('crisismerge', 64);"
  echo "INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('hashsize', 8388608);"
  for option in "$@"; do
    echo "INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('${option%%=*}', ${option#*=});"
  done
  for ((first = 1; first <= docs; first += batch)); do
    low=$(( first * 1048576 ))           # attribution = doc × 2^20 + ordinal
    high=$(( (first + batch) * 1048576 - 1 ))
    echo "BEGIN; INSERT INTO quotes_fts (rowid, quote) SELECT attribution, quote FROM attributions"
    echo "  WHERE attribution BETWEEN $low AND $high; COMMIT;"
  done
} >"$scratch.sql"
/usr/bin/time -f "%U user %S system CPU s, %e s wall" sqlite3 "$scratch" <"$scratch.sql"
rm -f "$scratch.sql"
echo "index: $(sqlite3 "$scratch" "SELECT sum(pgsize) / 1048576 FROM dbstat WHERE name LIKE 'quotes_fts%'") MB, extra options: ${*:-none}"
