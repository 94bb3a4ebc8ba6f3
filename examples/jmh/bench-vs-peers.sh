#!/bin/sh
# Copyright 2026 the Activations authors.
# SPDX-License-Identifier: Apache-2.0
#
# Runs our softmax JMH cases (ShapeBenchmark) in several configurations and
# ../shared/bench/peers_bench.py (SciPy, NumPy, PyTorch with 1 thread and with every core) back
# to back on the same shapes, and writes one table, with the date, the JDKs, the commit and the
# load average, between the markers "peers-table" in examples/jmh/README.md.
#
# Configurations (RUNS, default "jdk17 jdk17-1 jdk25 jdk25-1 scalar-1"):
#   jdk17     JDK 17, SIMD path, all cores (what a user gets by default)
#   jdk17-1   JDK 17, SIMD path, one thread (-Dactivations.parallel=false)
#   jdk25     JDK 25 (JAVA25), SIMD path, all cores
#   jdk25-1   JDK 25, SIMD path, one thread
#   scalar-1  JDK 17, scalar path (no jdk.incubator.vector), one thread
#
# Usage, from the repository root after `./mvnw -B package -DskipTests`:
#   examples/jmh/bench-vs-peers.sh
# Environment: JAVA (default java), JAVA25 (default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java),
# PYTHON (default /work/venv/bin/python3 if present, else python3; PyTorch is optional:
# python3 -m venv --system-site-packages /work/venv && /work/venv/bin/pip install torch), PEERS
# (default ../shared/bench/peers_bench.py), SHAPES (rows x entries, default "1x16 1x1000
# 1x100000 1x10000000 100000x10 10000x1000"), JMH_ARGS (default -f 1 -wi 5 -i 3 -w 1s -r 1s),
# JDK17_OPTS (default -XX:PerMethodTrapLimit=1000, what the README tells JDK 17 users to add: without
# it C2 boxes the long double vectors in some JVMs; JDK17_OPTS= measures the JVM's default).
# About 7 minutes per configuration (the scalar one 5) and 3 for the peers. Then
# peers_accuracy.py (under a minute) writes, between the markers "peers-accuracy", how far each
# implementation's softmax is from the exact one on the same kind of logits.
set -eu
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
if [ -z "${PYTHON:-}" ]; then
    if [ -x /work/venv/bin/python3 ]; then PYTHON=/work/venv/bin/python3; else PYTHON=python3; fi
fi
PEERS=${PEERS:-../shared/bench/peers_bench.py}
SHAPES=${SHAPES:-"1x16 1x1000 1x100000 1x10000000 100000x10 10000x1000"}
JMH_ARGS=${JMH_ARGS:-"-f 1 -wi 5 -i 3 -w 1s -r 1s"}
RUNS=${RUNS:-"jdk17 jdk17-1 jdk25 jdk25-1 scalar-1"}
JDK17_OPTS=${JDK17_OPTS--XX:PerMethodTrapLimit=1000}
JAR=examples/jmh/target/benchmarks.jar
OUT=examples/jmh/target/peers
mkdir -p "$OUT"
rm -f "$OUT"/jmh-*.json

jmh_shapes=$(echo "$SHAPES" | tr ' ' ',')
# the peers script names a single vector by its length ("16"), a batch as rows x entries
peer_shapes=$(for s in $SHAPES; do case "$s" in 1x*) echo "${s#1x}" ;; *) echo "$s" ;; esac; done | tr '\n' ' ')

VECTOR=--add-modules=jdk.incubator.vector
for run in $RUNS; do
    case "$run" in
        jdk17) java=$JAVA; args="$VECTOR $JDK17_OPTS" ;;
        jdk17-1) java=$JAVA; args="$VECTOR $JDK17_OPTS -Dactivations.parallel=false" ;;
        jdk25) java=$JAVA25; args="$VECTOR" ;;
        jdk25-1) java=$JAVA25; args="$VECTOR -Dactivations.parallel=false" ;;
        scalar-1) java=$JAVA; args="-Dactivations.vector=false -Dactivations.parallel=false" ;;
        *) echo "unknown run $run" >&2; exit 2 ;;
    esac
    methods='rowByRow|batch|rowMajor|naive|floatRowByRow|floatBatch|floatRowMajor|floatNaive'
    # the scalar path is compared with the naive loop only, in its best form
    case "$run" in scalar-*) methods='rowByRow|rowMajor|naive|floatRowByRow|floatRowMajor|floatNaive' ;; esac
    echo "== $run: $("$java" -version 2>&1 | head -1), $args"
    # -jvmArgsAppend replaces the @Fork arguments, so the vector module is named again
    # shellcheck disable=SC2086
    "$java" -jar "$JAR" "ShapeBenchmark.($methods)\$" \
        -p shape="$jmh_shapes" $JMH_ARGS -jvmArgsAppend "$args" -rf json -rff "$OUT/jmh-$run.json"
done
# shellcheck disable=SC2086
"$PYTHON" "$PEERS" "$OUT/peers.json" $peer_shapes

JDK="$("$JAVA" -version 2>&1 | head -1); $("$JAVA25" -version 2>&1 | head -1)"
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- core examples/jmh/src || echo "+changes")
LOAD=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
"$PYTHON" examples/jmh/peers_table.py "$OUT" examples/jmh/README.md "$JDK" "$COMMIT" "$LOAD" "$RUNS" "$JDK17_OPTS"
"$PYTHON" examples/jmh/peers_accuracy.py --readme examples/jmh/README.md "$JAR"
