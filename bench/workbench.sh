#!/usr/bin/env bash
# The workbench's speed (issue 12): starts `./advisor serve` on a free port with the launcher's JVM options
# for serve, then bench/WorkbenchLoad.java (plain JDK, no build) sends 1,000 warm-up and then REQUESTS
# what-ifs to POST /api/evaluate from CLIENTS threads, and prints median/p99 latency, requests/s and the
# server's RSS every 2,000 requests. Linux (reads /proc). Usage: bench/workbench.sh [REQUESTS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-10000}"
clients="${2:-4}"
out="$(mktemp)"
./advisor serve --port 0 > "$out" 2>&1 &
launcher=$!
trap 'kill "$launcher" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 600); do
  grep -q '^Open ' "$out" && break
  sleep 0.2
done
url="$(grep -o 'http://[^ ]*' "$out" | head -1)"
[[ -n "$url" ]] || { cat "$out" >&2; echo "the workbench did not start" >&2; exit 1; }
# The launcher execs java, so its pid is the server's.
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java bench/WorkbenchLoad.java "$url" "$launcher" "$requests" "$clients"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
