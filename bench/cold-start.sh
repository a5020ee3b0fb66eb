#!/usr/bin/env bash
# Whole-process wall time, CPU time and peak memory of `advisor report` on the bundled data, from a cold JVM
# (JVM start to last byte printed), through the ./advisor launcher exactly as an analyst runs it.
# Usage: bench/cold-start.sh [RUNS] [-- extra advisor arguments]
#   ADVISOR_CDS=off bench/cold-start.sh     the same without the class-data-sharing archive
# Prints every run, then medians: wall time, CPU time (user+sys: less sensitive to other load on the
# machine than wall time) and peak RSS (from /usr/bin/time), with the load average before and after.
# The jar (and the archive) are built by a first, uncounted run of the launcher.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
shift || true
[[ "${1:-}" == "--" ]] && shift
cmd=(./advisor report "$@")
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

# One warm-up run builds what is missing and fills the OS file cache (the jar, the rule files); not counted.
"${cmd[@]}" > /dev/null

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; CDS ${ADVISOR_CDS:-on}"
times=(); cpus=(); rss=()
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$out" "${cmd[@]}" > /dev/null
  end=$(date +%s%N)
  read -r user sys kb < <(tail -1 "$out")
  ms=$(( (end - start) / 1000000 ))
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
  times+=("$ms"); cpus+=("$cpu"); rss+=("$kb")
  echo "run $i: wall ${ms} ms, cpu ${cpu} ms, peak RSS ${kb} KiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median wall time: $(median "${times[@]}") ms over $runs runs (target <= 800 ms)"
echo "median CPU time:  $(median "${cpus[@]}") ms (user+sys)"
echo "median peak RSS:  $(( $(median "${rss[@]}") / 1024 )) MiB (target <= 256 MiB)"
