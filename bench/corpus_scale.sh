#!/usr/bin/env bash
# Corpus-scale run: PolNeAR texts replicated into a WARC.gz and a JSONL.zst of
# SIZE_MB each uncompressed (default 1024, i.e. 2 GB of input together; the
# WARC.gz with one gzip member per record, as Common Crawl publishes it), analysed with -j1
# and -j2; prints each run's summary (documents/s, MB/s) and peak resident
# memory. Needs node, gzip, zstd and /usr/bin/time.
#
#   bash bench/corpus_scale.sh [SIZE_MB] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1024}
work=${2:-/tmp/whosaid-corpus}
text_dir=${WHOSAID_SHARED:-../shared}/gold/polnear/train/text
mkdir -p "$work"
[[ -f $work/corpus.warc.gz ]] || node bench/make_corpus.js warc.gz "$text_dir" "$size" >"$work/corpus.warc.gz"
[[ -f $work/corpus.jsonl.zst ]] || node bench/make_corpus.js jsonl "$text_dir" "$size" | zstd -q -1 >"$work/corpus.jsonl.zst"
for input in corpus.warc.gz corpus.jsonl.zst; do
  for jobs in 1 2; do
    echo "== $input -j$jobs"
    /usr/bin/time -f "peak resident memory: %M KB" \
      build/whosaid analyze -j"$jobs" -f jsonl "$work/$input" 2>&1 >/dev/null | grep -v "^\r" | tail -2
  done
done
