#!/usr/bin/env bash
# The latency of whosaid query's indexed questions on a database: best and
# median of 5 runs of the CLI, wall clock with process start, milliseconds;
# "(exit N)" marks a question the CLI refused (provenance by words that too
# many quotes contain, unless --rank all).
# bench/store_scale.sh runs it on the database it builds.
#
#   bash bench/store_queries.sh DB
set -euo pipefail
whosaid=${WHOSAID:-build/whosaid}  # the binary to measure
cd "$(dirname "$0")/.."
db=$1
echo "queries on $db, load average: $(cut -d' ' -f1-3 /proc/loadavg)"

query() {
  local times=() status=0
  for _ in 1 2 3 4 5; do
    local start=$(date +%s%N)
    status=0
    "$whosaid" query --db "$db" "$@" >/dev/null 2>&1 || status=$?
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  printf '%-50s best %5d ms  median %5d ms%s\n' "$*" \
    "$(printf '%s\n' "${times[@]}" | sort -n | head -1)" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)" \
    "$( ((status == 0)) || echo "  (exit $status)")"
}

# The most widely carried quote, for provenance by id.
top_quote=$("$whosaid" query --db "$db" --format csv --limit 1 quotes | sed -n 2p | cut -d, -f1)

query search "border wall"
query search "border wall" --rank all
query speaker Trump
query speaker officials
query top-speakers
query top-speakers --outlet "Capital Wire"
query sourcing --by outlet
query sourcing --by outlet-month
query roles Clinton
query citing "Fox News"
query quotes
query speakers Sanders
query provenance "make America great again"
query provenance "make America great again" --rank all
query provenance "$top_quote"
