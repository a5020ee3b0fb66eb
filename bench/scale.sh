#!/usr/bin/env bash
# Does the time of a run grow in proportion to the knowledge? Times `java -jar target/advisor.jar` on the
# bundled knowledge and on generated knowledge of 500, 2,000 and 5,000 elements, and prints each median
# against the bundled run's, with the targets:
#   report:                  2,000 elements within 6x the bundled report, 5,000 within 12x;
#   path --target feasible:  500 elements within 20x the bundled run;
#   sensitivity:             500 elements within 20x the bundled run.
# Usage: bench/scale.sh [RUNS]     (default 5 runs of each case; the runs of all cases are interleaved, so
#                                   that a change of load on the machine falls on every case alike)
# The generated knowledge (target/scale/N, never committed) copies the bundled elements in turn under new
# ids (E0001, ...), with the test class org.cyberarms.advisor.ScaledKnowledge, so every copy must reach the
# conclusions of the element it copies (LargeKnowledgeTest checks that). Builds target/advisor.jar and the
# test classes first when either is missing. Prints every run, then per case the median wall time, the
# median CPU time (user+sys: less sensitive to other load than wall time), the peak RSS, the ratios to the
# bundled run and whether the target holds; and the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

if [[ ! -f target/advisor.jar || ! -f target/test-classes/org/cyberarms/advisor/ScaledKnowledge.class ]]; then
  echo "building target/advisor.jar and the test classes..." >&2
  mvn -q -B -DskipTests package >&2
fi
for n in 500 2000 5000; do
  java -cp target/test-classes org.cyberarms.advisor.ScaledKnowledge "$n" "target/scale/$n" knowledge
done

# name | target ratio (empty: the baseline of its group) | baseline case | arguments
cases=(
  "report-bundled||report-bundled|report --knowledge knowledge"
  "report-500||report-bundled|report --knowledge target/scale/500"
  "report-2000|6|report-bundled|report --knowledge target/scale/2000"
  "report-5000|12|report-bundled|report --knowledge target/scale/5000"
  "path-bundled||path-bundled|path --target feasible --knowledge knowledge"
  "path-500|20|path-bundled|path --target feasible --knowledge target/scale/500"
  "sensitivity-bundled||sensitivity-bundled|sensitivity --knowledge knowledge"
  "sensitivity-500|20|sensitivity-bundled|sensitivity --knowledge target/scale/500"
)

out=$(mktemp)
trap 'rm -f "$out"' EXIT
declare -A walls cpus rss
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for ((i = 1; i <= runs; i++)); do
  for c in "${cases[@]}"; do
    IFS='|' read -r name _ _ args <<< "$c"
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # the arguments are words on purpose
    if ! /usr/bin/time -f '%U %S %M' -o "$out" java -jar target/advisor.jar $args > /dev/null 2> "$out.err"; then
      echo "$name failed:" >&2; cat "$out.err" >&2; rm -f "$out.err"; exit 1
    fi
    end=$(date +%s%N)
    read -r user sys kb < <(tail -1 "$out")
    ms=$(( (end - start) / 1000000 ))
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
    walls[$name]+="$ms "; cpus[$name]+="$cpu "; rss[$name]+="$kb "
    echo "run $i $name: wall ${ms} ms, cpu ${cpu} ms, peak RSS $((kb / 1024)) MiB"
  done
done
rm -f "$out.err"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"

median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
printf '%-20s %10s %10s %9s %11s %10s %7s %s\n' case "wall ms" "cpu ms" "RSS MiB" "wall ratio" "cpu ratio" target holds
for c in "${cases[@]}"; do
  IFS='|' read -r name target base _ <<< "$c"
  w=$(median "${walls[$name]}"); u=$(median "${cpus[$name]}"); m=$(( $(median "${rss[$name]}") / 1024 ))
  bw=$(median "${walls[$base]}"); bu=$(median "${cpus[$base]}")
  wr=$(awk -v a="$w" -v b="$bw" 'BEGIN {printf "%.1f", a / b}')
  ur=$(awk -v a="$u" -v b="$bu" 'BEGIN {printf "%.1f", a / b}')
  holds=""
  [[ -n "$target" ]] && holds=$(awk -v r="$wr" -v t="$target" 'BEGIN {print (r <= t) ? "yes" : "NO"}')
  printf '%-20s %10s %10s %9s %10sx %9sx %7s %s\n' "$name" "$w" "$u" "$m" "$wr" "$ur" "${target:+<= ${target}x}" "$holds"
done
echo "(medians of $runs runs; ratios against the bundled run of the same command; targets are on wall time)"
