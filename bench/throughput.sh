#!/usr/bin/env bash
# Warm evaluations per second of the whole bundled knowledge through the bundled rules (rule base built
# once), against the plain-Java reference of the same decisions, with JMH; prints the Drools/plain-Java
# ratio for each way of running the rules. The benchmark first checks that the reference gives the rules'
# levels on every input it runs (the bundled knowledge and 63 variants), and stops if not.
# Usage: bench/throughput.sh [extra JMH arguments, e.g. -wi 2 -i 3 for a quick look]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/bench/benchmarks.jar
if [[ ! -f $jar || -n "$(find src/main src/jmh pom.xml -newer "$jar" -print -quit)" ]]; then
  mvn -q -B -Pbench package -DskipTests >&2
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -jar "$jar" EvaluationThroughput -rf json -rff target/bench/throughput.json "$@"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - target/bench/throughput.json <<'PY'
import json, sys
results = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(sys.argv[1]))}
plain = results["plainJava"]["score"]
facts = results["plainJavaFacts"]["score"]
print(f"{'benchmark':<20}{'evaluations/s':>15}{'± (99.9%)':>12}{'vs plainJava':>15}{'vs plainJavaFacts':>19}")
for name, m in sorted(results.items(), key=lambda kv: -kv[1]["score"]):
    print(f"{name:<20}{m['score']:>15,.0f}{m['scoreError']:>12,.0f}{plain / m['score']:>14.1f}x{facts / m['score']:>18.1f}x")
print("target: a Drools path within 3x of plain Java")
PY
