#!/usr/bin/env bash
# Wall time, CPU time and peak RSS of `advisor uncertainty --samples N` on the bundled data (target: 100,000
# samples in <= 5 s on 2 cores), through the launcher as an analyst runs it, RUNS runs, medians.
# Usage: bench/uncertainty.sh [RUNS] [SAMPLES] [-- extra advisor arguments, e.g. --batch 16 --threads 1]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
samples=${2:-100000}
shift 2 || shift $# || true
[[ "${1:-}" == "--" ]] && shift
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
./advisor report > /dev/null # builds the jar and the archive when missing; not counted
out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
walls=(); cpus=(); rss=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$out" ./advisor uncertainty --samples "$samples" "$@" > /dev/null
  end=$(date +%s%N)
  read -r user sys kb < <(tail -1 "$out")
  ms=$(( (end - start) / 1000000 )); c=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
  walls+=("$ms"); cpus+=("$c"); rss+=("$kb")
  echo "run $i: wall ${ms} ms, cpu ${c} ms, peak RSS $((kb / 1024)) MiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median wall time: $(median "${walls[@]}") ms for $samples samples (target <= 5000 ms for 100000)"
echo "median CPU time:  $(median "${cpus[@]}") ms (user+sys, both workers)"
echo "median peak RSS:  $(( $(median "${rss[@]}") / 1024 )) MiB"
