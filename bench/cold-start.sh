#!/usr/bin/env bash
# Whole-process wall time and peak memory of `advisor report` on the bundled data, from a cold JVM.
# Usage: bench/cold-start.sh [RUNS] [-- extra advisor arguments]
# Prints every run, then the median wall time and the median peak RSS (from /usr/bin/time, or
# /proc accounting when it is missing). Build first: `mvn -q -B -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
shift || true
[[ "${1:-}" == "--" ]] && shift
jar=target/advisor.jar
[[ -f $jar ]] || { echo "build first: mvn -q -B -DskipTests package" >&2; exit 2; }
cmd=(./advisor report "$@")

# One warm-up run fills the OS file cache (the jar, the rule files); it is not counted.
"${cmd[@]}" > /dev/null

times=(); rss=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%M' -o /tmp/advisor-bench-rss "${cmd[@]}" > /dev/null
    kb=$(tail -1 /tmp/advisor-bench-rss)
  else
    "${cmd[@]}" > /dev/null
    kb=0
  fi
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms"); rss+=("$kb")
  echo "run $i: ${ms} ms, peak RSS ${kb} KiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median wall time: $(median "${times[@]}") ms over $runs runs"
echo "median peak RSS:  $(( $(median "${rss[@]}") / 1024 )) MiB"
