#!/usr/bin/env bash
# Corpus-scale run: PolNeAR texts replicated into a WARC.gz and a JSONL.zst of
# SIZE_MB each uncompressed (default 1024, i.e. 2 GB of input together; the
# WARC.gz with one gzip member per record, as Common Crawl publishes it),
# analysed with `whosaid analyze -jN` for each N in $JOBS (default "1 2").
# Prints each run's summary line, its CPU seconds (user + sys), documents and
# MB (uncompressed input) per CPU second, wall seconds and peak resident
# memory. Needs node, zstd and /usr/bin/time. WHOSAID=PATH measures another
# binary than build/whosaid; flags after -- go to analyze (e.g. --no-model).
#
#   bash bench/corpus_scale.sh [SIZE_MB] [WORK_DIR] [-- ANALYZE FLAGS]
set -euo pipefail
cd "$(dirname "$0")/.."
whosaid=${WHOSAID:-build/whosaid}
size=${1:-1024}
work=${2:-/tmp/whosaid-corpus}
shift $(($# < 2 ? $# : 2))
[[ ${1:-} == -- ]] && shift
flags=("$@")
text_dir=${WHOSAID_SHARED:-../shared}/gold/polnear/train/text
mkdir -p "$work"
[[ -f $work/corpus.warc.gz ]] || node bench/make_corpus.js warc.gz "$text_dir" "$size" >"$work/corpus.warc.gz"
[[ -f $work/corpus.jsonl.zst ]] || node bench/make_corpus.js jsonl "$text_dir" "$size" | zstd -q -1 >"$work/corpus.jsonl.zst"
for input in corpus.warc.gz corpus.jsonl.zst; do
  raw_mb=$(case $input in *.gz) gzip -dc "$work/$input" ;; *) zstd -dcq "$work/$input" ;; esac | wc -c | awk '{print $1 / 1e6}')
  for jobs in ${JOBS:-1 2}; do
    echo "== $input ($(du -m "$work/$input" | cut -f1) MB compressed, $raw_mb MB uncompressed) -j$jobs" \
         "${flags[*]:-(default pipeline)}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" \
      "$whosaid" analyze -j"$jobs" -f jsonl "${flags[@]}" "$work/$input" 2>"$work/stderr.txt" >/dev/null || true
    summary=$(tr '\r' '\n' <"$work/stderr.txt" | grep '^whosaid:' | tail -1)
    echo "$summary"
    docs=$(sed -E 's/^whosaid: ([0-9]+) documents.*/\1/' <<<"$summary")
    read -r user sys wall kb <"$work/time.txt"
    awk -v u="$user" -v s="$sys" -v w="$wall" -v kb="$kb" -v d="$docs" -v mb="$raw_mb" 'BEGIN {
      cpu = u + s
      printf "CPU %.1f s: %.0f documents/s, %.1f MB/s per CPU second; wall %.1f s; peak resident memory %.0f MB\n",
             cpu, d / cpu, mb / cpu, w, kb / 1024 }'
  done
done
