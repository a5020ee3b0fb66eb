#!/usr/bin/env bash
# Live reload as the analyst sees it: from saving a file to the workbench page in headless Chromium showing
# the change (LivePageLatency, a test-scope main: a knowledge save until E16's level cell changes, a rule
# save until the files panel names the rule file). Needs chromium and chromium-driver, as the browser tests.
# bench/live-reload.sh measures the server alone (save -> /api/status), from outside, on the real jar.
# Usage: bench/live-reload-page.sh [saves of each kind, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >&2
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.cyberarms.advisor.serve.LivePageLatency "${1:-10}" 2> target/live-reload-page.log
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
