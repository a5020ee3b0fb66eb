#!/usr/bin/env bash
# Live reload: how long from saving a file to the workbench answering with the new version. Starts the real
# `advisor serve --port 0` (the jar, as ./advisor runs it) on a temporary copy of the bundled knowledge and
# rules, then saves edits as editors do (a temporary file renamed over the old one) and polls GET /api/status
# every 2 ms until its version changes: the moment a page that listens to /api/events is told (the event is
# sent by the same reload, before the status answers the new version). Alternates two kinds of save:
#   knowledge: E16's attribution weak <-> partial in elements.yaml (a level changes; the diff is computed)
#   rule:      a comment line added to / removed from rules/constraints.drl (the rules are rebuilt)
# Targets (issue 12): a knowledge edit visible within 500 ms, a rule edit within 1.5 s.
# Usage: bench/live-reload.sh [saves of each kind, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
saves=${1:-10}
./advisor --version > /dev/null # builds target/advisor.jar if it is missing or old
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r knowledge rules "$work"/
./advisor serve --port 0 --knowledge "$work/knowledge" --rules "$work/rules" > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 600); do grep -q '^Open http' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://[^/]*' "$work/serve.out" | head -1)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; server $url"
python3 - "$url" "$work" "$saves" <<'PY'
import json, os, statistics, sys, time, urllib.request
url, work, saves = sys.argv[1], sys.argv[2], int(sys.argv[3])
elements = os.path.join(work, "knowledge", "elements.yaml")
constraints = os.path.join(work, "rules", "constraints.drl")
weak = "attribution:           {reliance: helpful,  rounds: [weak, weak, weak]}"
partial = weak.replace("[weak, weak, weak]", "[partial, partial, partial]")

def version():
    with urllib.request.urlopen(url + "/api/status") as r:
        return json.load(r)["version"]

def save(path, text):
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".saving")
    with open(temporary, "w") as f:
        f.write(text)
    os.replace(temporary, path)

def edit_knowledge(i):
    text = open(elements).read()
    at = text.index("id: E16")
    old, new = (weak, partial) if i % 2 == 0 else (partial, weak)
    j = text.index(old, at)
    return elements, text[:j] + new + text[j + len(old):]

def edit_rules(i):
    text = open(constraints).read()
    note = "\n// live-reload benchmark\n"
    return constraints, (text + note if i % 2 == 0 else text.replace(note, ""))

def measure(edit, n):
    times = []
    for i in range(n):
        before = version()
        path, text = edit(i)
        start = time.perf_counter()
        save(path, text)
        while version() == before:
            time.sleep(0.002)
            if time.perf_counter() - start > 30:
                sys.exit("no new version within 30 s")
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(0.5)  # let the folder settle before the next save
    return times

for name, edit, target in (("knowledge", edit_knowledge, 500), ("rule", edit_rules, 1500)):
    t = sorted(measure(edit, saves))
    print(f"{name:<10} save -> /api/status new version: median {statistics.median(t):6.0f} ms,"
          f" max {t[-1]:6.0f} ms, min {t[0]:6.0f} ms over {len(t)} saves (target {target} ms)")
PY
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
