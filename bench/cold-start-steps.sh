#!/usr/bin/env bash
# What each start-up lever gains: `advisor report` on the bundled data under successive JVM settings,
# each the previous plus one lever, RUNS runs each, interleaved (so that a change of machine load hits
# all settings alike), medians of wall time, CPU time (user+sys) and peak RSS.
# Usage: bench/cold-start-steps.sh [RUNS] [JAR]   (JAR defaults to target/advisor.jar; pass a jar built from
# an older commit to measure a code change, e.g. the KieContainer build the engine used before)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=${2:-target/advisor.jar}
[[ -f $jar ]] || ./advisor --version > /dev/null
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
jsa=$(mktemp -u /tmp/advisor-steps-XXXXXX).jsa
out=$(mktemp)
trap 'rm -f "$jsa" "$out"' EXIT

names=("1 java -jar (defaults: G1, C1+C2)"
       "2 + SerialGC, C1 only"
       "3 + small heap/stack, 1 compiler thread"
       "4 + AppCDS archive")
base=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
small=("${base[@]}" -Xss512k -XX:CICompilerCount=1 -Xmx256m -Xms32m)
java "${small[@]}" -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" report > /dev/null 2>&1
flags=("" "${base[*]}" "${small[*]}" "${small[*]} -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off")

echo "jar: $jar; load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
declare -A wall cpu rss
for ((i = 1; i <= runs; i++)); do
  for s in 0 1 2 3; do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    /usr/bin/time -f '%U %S %M' -o "$out" java ${flags[$s]} -jar "$jar" report > /dev/null
    end=$(date +%s%N)
    read -r user sys kb < <(tail -1 "$out")
    wall[$s]+="$(( (end - start) / 1000000 )) "
    cpu[$s]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}') "
    rss[$s]+="$((kb / 1024)) "
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-42s %10s %10s %10s\n' "setting (each adds to the one above)" "wall ms" "cpu ms" "RSS MiB"
for s in 0 1 2 3; do
  printf '%-42s %10s %10s %10s\n' "${names[$s]}" "$(median "${wall[$s]}")" "$(median "${cpu[$s]}")" "$(median "${rss[$s]}")"
done
