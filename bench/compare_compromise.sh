#!/usr/bin/env bash
# Side-by-side benchmark: whosaid vs compromise's quotations() (npm) on the
# same PolNeAR texts, one thread each, in one run: documents/s for both, the
# ratio, and the recall of PolNeAR's quote-mark contents.
#
#   bash bench/compare_compromise.sh [TEXT_DIR]
#
# Needs node and npm (compromise is installed into bench/compromise/node_modules,
# which git ignores) and a Release build in build/. TEXT_DIR defaults to
# ../shared/gold/polnear/train/text; its gold is TEXT_DIR/../attributions.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${WHOSAID_SHARED:-../shared}
text_dir=${1:-$shared/gold/polnear/train/text}
ann_dir=$text_dir/../attributions
[[ -x build/whosaid ]] || { echo "build whosaid first: bash scripts/setup" >&2; exit 1; }
if [[ ! -d bench/compromise/node_modules/compromise ]]; then
  (cd bench/compromise && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
TIMEFORMAT='%U %S'
cpu=$( { time build/whosaid analyze -j1 -f jsonl "$text_dir" >"$out/whosaid.jsonl" 2>"$out/summary.txt"; } 2>&1 )
cpu=$(echo "$cpu" | awk '{print $1 + $2}')
# "whosaid: N documents, A attributions, E errors in S s (...)"
wall=$(sed -n 's/.* errors in \([0-9.]*\) s .*/\1/p' "$out/summary.txt" | tail -1)
node bench/compromise/compare.js "$text_dir" "$ann_dir" "$out/whosaid.jsonl" "$wall" "$cpu"
