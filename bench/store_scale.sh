#!/usr/bin/env bash
# Corpus-store scale run: DOCS documents (PolNeAR train texts replicated with
# new ids, outlets and dates, as JSONL.zst), analysed to /dev/null and then
# ingested into a new database with the same flags; prints each run's CPU
# seconds (user + sys), documents per CPU second, wall seconds, peak resident
# memory and the ingest/analyze ratio (of CPU time and of wall time); then
# each indexed query's latency on that
# database (best and median of 5 runs of the CLI, wall clock, milliseconds).
# Needs node, zstd and /usr/bin/time. WHOSAID=PATH measures another binary
# than build/whosaid.
#
#   bash bench/store_scale.sh [DOCS] [WORK_DIR] [-- ANALYSIS FLAGS, e.g. --no-model]
set -euo pipefail
whosaid=${WHOSAID:-build/whosaid}  # the binary to measure
cd "$(dirname "$0")/.."
docs=${1:-1000000}
work=${2:-/tmp/whosaid-store}
shift $(($# < 2 ? $# : 2))
[[ ${1:-} == -- ]] && shift
flags=("$@")
text_dir=${WHOSAID_SHARED:-../shared}/gold/polnear/train/text
input=$work/docs$docs.jsonl.zst
db=$work/docs$docs${flags[*]// /}.db
mkdir -p "$work"
[[ -f $input ]] || node bench/make_corpus.js jsonl "$text_dir" 1e9 "$docs" | zstd -q -1 >"$input"
rm -f "$db" "$db-wal" "$db-shm"

# Runs a command under /usr/bin/time (its output to /dev/null, its summary
# line to stderr); prints "CPU_SECONDS PEAK_KB WALL_SECONDS".
measure() {
  /usr/bin/time -f "%U %S %M %e" -o "$work/time.txt" "$@" 2>"$work/stderr.txt" >/dev/null
  tail -1 "$work/stderr.txt" >&2
  awk '{printf "%.2f %d %.2f\n", $1 + $2, $3, $4}' "$work/time.txt"
}

echo "== $docs documents, flags: ${flags[*]:-(default pipeline)}, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r analyze_cpu analyze_kb analyze_wall < <(measure "$whosaid" analyze -j2 -f jsonl "${flags[@]}" "$input")
read -r ingest_cpu ingest_kb ingest_wall < <(measure "$whosaid" ingest -j2 "${flags[@]}" --db "$db" "$input")
awk -v d="$docs" -v a="$analyze_cpu" -v ak="$analyze_kb" -v aw="$analyze_wall" \
    -v i="$ingest_cpu" -v ik="$ingest_kb" -v iw="$ingest_wall" 'BEGIN {
  printf "analyze to /dev/null: %8.1f CPU s  %7.0f docs/CPU s  %8.1f s wall  peak RSS %d MB\n", a, d / a, aw, ak / 1024
  printf "ingest:               %8.1f CPU s  %7.0f docs/CPU s  %8.1f s wall  peak RSS %d MB\n", i, d / i, iw, ik / 1024
  printf "ingest speed / analyze speed: %.2f (CPU time), %.2f (wall time)\n", a / i, aw / iw }'
echo "database: $(du -h "$db" | cut -f1), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

WHOSAID="$whosaid" bash bench/store_queries.sh "$db"
