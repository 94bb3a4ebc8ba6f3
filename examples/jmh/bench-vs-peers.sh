#!/bin/sh
# Copyright 2026 the Activations authors.
# SPDX-License-Identifier: Apache-2.0
#
# Runs our softmax JMH cases (ShapeBenchmark) and ../shared/bench/peers_bench.py (SciPy, NumPy,
# PyTorch with 1 thread and with every core) back to back on the same shapes, and writes one
# table, with the date, the JDK, the commit and the load average, between the markers
# "peers-table" in examples/jmh/README.md.
#
# Usage, from the repository root after `./mvnw -B package -DskipTests`:
#   examples/jmh/bench-vs-peers.sh
# Environment: JAVA (default java), PYTHON (default /work/venv/bin/python3 if present, else
# python3; PyTorch is optional: python3 -m venv --system-site-packages /work/venv &&
# /work/venv/bin/pip install torch), PEERS (default ../shared/bench/peers_bench.py), SHAPES
# (rows x entries, default "1x16 1x1000 1x100000 100000x10 10000x1000"), JMH_ARGS (default a
# short run: -f 1 -wi 8 -i 3 -w 1s -r 1s).
set -eu
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-java}
if [ -z "${PYTHON:-}" ]; then
    if [ -x /work/venv/bin/python3 ]; then PYTHON=/work/venv/bin/python3; else PYTHON=python3; fi
fi
PEERS=${PEERS:-../shared/bench/peers_bench.py}
SHAPES=${SHAPES:-"1x16 1x1000 1x100000 100000x10 10000x1000"}
JMH_ARGS=${JMH_ARGS:-"-f 1 -wi 8 -i 3 -w 1s -r 1s"}
JAR=examples/jmh/target/benchmarks.jar
OUT=examples/jmh/target/peers
mkdir -p "$OUT"

jmh_shapes=$(echo "$SHAPES" | tr ' ' ',')
# the peers script names a single vector by its length ("16"), a batch as rows x entries
peer_shapes=$(for s in $SHAPES; do case "$s" in 1x*) echo "${s#1x}" ;; *) echo "$s" ;; esac; done | tr '\n' ' ')

# shellcheck disable=SC2086
"$JAVA" -jar "$JAR" 'ShapeBenchmark.(rowByRow|rowMajor|naive|floatRowByRow|floatRowMajor|floatNaive)$' \
    -p shape="$jmh_shapes" $JMH_ARGS -rf json -rff "$OUT/jmh.json"
# shellcheck disable=SC2086
"$PYTHON" "$PEERS" "$OUT/peers.json" $peer_shapes

JDK=$("$JAVA" -version 2>&1 | head -1)
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- core examples/jmh/src || echo "+changes")
LOAD=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
"$PYTHON" - "$OUT/jmh.json" "$OUT/peers.json" examples/jmh/README.md "$JDK" "$COMMIT" "$LOAD" <<'EOF'
import datetime, json, sys

jmh_file, peers_file, readme, jdk, commit, load = sys.argv[1:7]
ours = {}
for b in json.load(open(jmh_file)):
    method = b["benchmark"].rsplit(".", 1)[1]
    shape = b["params"]["shape"]
    rows, n = (int(v) for v in shape.split("x"))
    unit = b["primaryMetric"]["scoreUnit"]
    scale = {"us/op": 1e3, "ms/op": 1e6, "ns/op": 1.0}[unit]
    dtype = "float32" if method.startswith("float") else "float64"
    key = method[5].lower() + method[6:] if method.startswith("float") else method
    ours[(dtype, shape, key)] = b["primaryMetric"]["score"] * scale / (rows * n)
peers = json.load(open(peers_file))
theirs = {}
for r in peers["results"]:
    shape = r["shape"] if "x" in r["shape"] else "1x" + r["shape"]
    theirs[(r["dtype"], shape, r["case"])] = r["ns_per_element"]

def cell(v):
    return "—" if v is None else ("%.3g" % v)

lines = ["| dtype | shape | ours, row by row | ours, row-major | naive Java | SciPy | NumPy (out=) | PyTorch 1 thread"
         " | PyTorch all cores | best of ours ÷ PyTorch 1 thread |",
         "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
shapes = sorted({k[1] for k in ours}, key=lambda s: (int(s.split("x")[0]) > 1, int(s.split("x")[1])))
for dtype in ("float64", "float32"):
    for shape in shapes:
        rb = ours.get((dtype, shape, "rowByRow"))
        rm = ours.get((dtype, shape, "rowMajor"))
        t1 = theirs.get((dtype, shape, "torch1"))
        best = min(v for v in (rb, rm) if v is not None) if (rb or rm) else None
        ratio = "—" if best is None or t1 is None else "%.2f" % (best / t1)
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            dtype, shape.replace("1x", "", 1) if shape.startswith("1x") else shape.replace("x", " × "),
            cell(rb), cell(rm), cell(ours.get((dtype, shape, "naive"))),
            cell(theirs.get((dtype, shape, "scipy"))), cell(theirs.get((dtype, shape, "numpy_out"))),
            cell(t1), cell(theirs.get((dtype, shape, "torchN"))), ratio))
head = ("ns per element; %s UTC; %s; commit %s; load average %s on %s cores; Python %s, NumPy %s, PyTorch %s."
        % (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), jdk, commit, load, peers["cores"],
           peers["python"], peers["numpy"], peers["torch"] or "not installed"))
table = head + "\n\n" + "\n".join(lines) + "\n"
text = open(readme).read()
start, end = "<!-- peers-table:start -->", "<!-- peers-table:end -->"
if start in text and end in text:
    text = text[:text.index(start) + len(start)] + "\n" + table + text[text.index(end):]
else:
    text = text.rstrip("\n") + "\n\n" + start + "\n" + table + end + "\n"
open(readme, "w").write(text)
print(table)
EOF
