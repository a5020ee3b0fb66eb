#!/usr/bin/env bash
# How long `advisor check` takes as the model grows: 4 dimensions (the bundled rules and knowledge), then 5, 6
# and 8 dimensions (fixtures in src/test/resources/check-scale, 3 reliances × 5 statuses each), and 6 dimensions
# again with values grouped only where the same rules fire (see by_rules below), and the cyber-capacity pack
# (5 dimensions × 5 statuses, no reliance), RUNS runs each,
# whole process (JVM start, rule build, the knowledge folder's run, every group of combinations in both firing
# orders), medians of wall time and of CPU time (user+sys), with how many combinations were run for how many.
# The launcher ./advisor builds target/advisor.jar first when the sources changed.
# Targets (issue 11): 6 dimensions within 30 s, 8 dimensions within 2 minutes, on the 2-core machine.
# Usage: bench/check-scale.sh [RUNS] [--exhaustive]   (--exhaustive: every combination, for the 4-dimension
# "before" figure; do not pass it with 6 or 8 dimensions in mind: those would take hours)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
extra=${2:-}
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
./advisor --version > /dev/null
out=$(mktemp)
answer=$(mktemp)
scale=src/test/resources/check-scale
# The six-dimension rules with one rule given `salience 0`, which changes no firing but is an attribute that
# ties firing to the agenda's order: check then groups values only where the same rules fire (7 groups per
# dimension instead of 4), as it does for any rule set that is not insertLogical alone.
by_rules=$(mktemp -d)
trap 'rm -rf "$out" "$answer" "$by_rules"' EXIT
cp "$scale/six-dimensions/rules/"*.drl "$by_rules/"
sed -i '0,/^when$/s//    salience 0\nwhen/' "$by_rules/maturity.drl"
cases=("4 dimensions (bundled)|knowledge|rules"
       "5 dimensions|$scale/five-dimensions/knowledge|$scale/five-dimensions/rules"
       "6 dimensions|$scale/six-dimensions/knowledge|$scale/six-dimensions/rules"
       "8 dimensions|$scale/eight-dimensions/knowledge|$scale/eight-dimensions/rules"
       "6 dims, by rules fired|$scale/six-dimensions/knowledge|$by_rules"
       "cyber-capacity pack|packs/cyber-capacity/knowledge|packs/cyber-capacity/rules")
[[ $extra == --exhaustive ]] && cases=("${cases[0]}")

median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores${extra:+; $extra}"
printf '%-24s %12s %12s  %s\n' case "wall (s)" "cpu (s)" "combinations run / checked"
for c in "${cases[@]}"; do
  IFS='|' read -r name knowledge rules <<< "$c"
  walls="" cpus=""
  for ((i = 1; i <= runs; i++)); do
    start=$(date +%s%N)
    # Exit 7 (findings) would still be a timed run; the fixtures pass, so anything else is a failure.
    /usr/bin/time -f '%U %S' -o "$out" ./advisor check --knowledge "$knowledge" --rules "$rules" $extra --format json > "$answer"
    end=$(date +%s%N)
    read -r user sys < <(tail -1 "$out")
    walls+="$(awk -v n=$(( end - start )) 'BEGIN {printf "%.1f", n / 1e9}') "
    cpus+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}') "
  done
  counts=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print("{:,} / {:,}".format(a["combinationsRun"], a["combinations"]))' "$answer")
  printf '%-24s %12s %12s  %s   (wall: %s)\n' "$name" "$(median "$walls")" "$(median "$cpus")" "$counts" "$walls"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
