#!/usr/bin/env bash
# The viewer's server-side render time at corpus scale: DOCS documents
# (PolNeAR train texts replicated with new ids, outlets and dates, as
# bench/store_scale.sh makes them) ingested into a new database with one
# analysis thread, then bench/serve_bench on it (every page rendered RUNS
# times through the function `whosaid serve` calls, with each SQL statement's
# time and EXPLAIN QUERY PLAN). Prints the ingest's CPU seconds and peak
# memory, the database size, and serve_bench's table. Needs node, zstd and
# /usr/bin/time; an existing database of that size is reused.
#
#   bash bench/serve_scale.sh [DOCS] [WORK_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-100000}
work=${2:-/tmp/whosaid-serve}
runs=${3:-5}
text_dir=${WHOSAID_SHARED:-../shared}/gold/polnear/train/text
input=$work/docs$docs.jsonl.zst
db=$work/docs$docs.db
mkdir -p "$work"
[[ -f $input ]] || node bench/make_corpus.js jsonl "$text_dir" 1e9 "$docs" | zstd -q -1 >"$input"
if [[ ! -f $db ]]; then
  echo "== ingest $docs documents (-j1), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  # Exit code 1: some documents failed, each reported above; the rest is stored.
  /usr/bin/time -f "ingest: %U s user + %S s system CPU, %e s wall, peak RSS %M KB" \
    build/whosaid ingest -j1 --db "$db.partial" "$input" || [[ $? == 1 ]]
  mv "$db.partial" "$db"
fi
echo "database: $(du -h "$db" | cut -f1), $(sqlite3 "$db" 'SELECT count(*) FROM documents') documents," \
  "$(sqlite3 "$db" 'SELECT count(*) FROM attributions') attributions, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
build/bench/serve_bench "$db" "$runs"
