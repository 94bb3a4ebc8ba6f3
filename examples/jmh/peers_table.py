# Copyright 2026 the Activations authors.
# SPDX-License-Identifier: Apache-2.0
"""Writes the side-by-side table of bench-vs-peers.sh into examples/jmh/README.md.

Usage: python3 peers_table.py OUT_DIR README JDK COMMIT LOAD RUNS
OUT_DIR holds jmh-RUN.json (JMH, ShapeBenchmark) for each run named in RUNS and peers.json
(../shared/bench/peers_bench.py). Every figure is ns per element; "ours" is the best of the
three forms a caller can pick (the single-vector loop, the double[][] batch, the row-major form).
"""
import datetime, json, os, sys

FORMS = ("rowByRow", "batch", "rowMajor")


def main():
    out_dir, readme, jdk, commit, load, runs = sys.argv[1:7]
    # the JVM options of the JDK 17 SIMD runs, if any (the script's JDK17_OPTS)
    jdk17_opts = sys.argv[7] if len(sys.argv) > 7 else ""
    ours = {}  # (run, dtype, shape, method) -> ns per element
    for run in runs.split():
        path = os.path.join(out_dir, "jmh-%s.json" % run)
        if not os.path.exists(path):
            continue
        for b in json.load(open(path)):
            method = b["benchmark"].rsplit(".", 1)[1]
            shape = b["params"]["shape"]
            rows, n = (int(v) for v in shape.split("x"))
            scale = {"us/op": 1e3, "ms/op": 1e6, "ns/op": 1.0}[b["primaryMetric"]["scoreUnit"]]
            dtype = "float32" if method.startswith("float") else "float64"
            key = method[5].lower() + method[6:] if method.startswith("float") else method
            ours[(run, dtype, shape, key)] = b["primaryMetric"]["score"] * scale / (rows * n)
    peers = json.load(open(os.path.join(out_dir, "peers.json")))
    theirs = {}
    for r in peers["results"]:
        shape = r["shape"] if "x" in r["shape"] else "1x" + r["shape"]
        theirs[(r["dtype"], shape, r["case"])] = r["ns_per_element"]

    def get(run, dtype, shape, method):
        return ours.get((run, dtype, shape, method))

    def best(run, dtype, shape):
        v = [x for x in (get(run, dtype, shape, f) for f in FORMS) if x is not None]
        return min(v) if v else None

    def worst_batch(run, dtype, shape):
        # the slower of the two batch forms against the single-vector loop
        rb = get(run, dtype, shape, "rowByRow")
        v = [x for x in (get(run, dtype, shape, f) for f in ("batch", "rowMajor")) if x is not None]
        return None if rb is None or not v else max(v) / rb

    def div(a, b):
        return None if a is None or b is None else a / b

    def cell(v):
        return "—" if v is None else ("%.3g" % v)

    def ratio(v):
        return "—" if v is None else ("**%.2f**" % v if v > 1.0 else "%.2f" % v)

    lines = ["| dtype | shape | ours, 1 thread, JDK 17 / 25 | ours, all cores, JDK 17 / 25 | naive Java | NumPy (out=)"
             " | PyTorch 1 thread | PyTorch all cores | ours ÷ PyTorch, 1 thread, JDK 17 / 25"
             " | ours ÷ PyTorch, all cores, JDK 17 / 25 | batch ÷ loop, JDK 17 / 25 | JDK 25 ÷ JDK 17"
             " | 1 thread ÷ naive | scalar ÷ naive |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    shapes = sorted({k[2] for k in ours}, key=lambda s: (int(s.split("x")[0]) > 1, int(s.split("x")[1])))
    for dtype in ("float64", "float32"):
        for shape in shapes:
            one, one25 = best("jdk17-1", dtype, shape), best("jdk25-1", dtype, shape)
            all_, all25 = best("jdk17", dtype, shape), best("jdk25", dtype, shape)
            t1 = theirs.get((dtype, shape, "torch1"))
            tn = theirs.get((dtype, shape, "torchN"))
            naive = get("jdk17-1", dtype, shape, "naive") or get("jdk17", dtype, shape, "naive")
            lines.append("| %s | %s | %s / %s | %s / %s | %s | %s | %s | %s | %s / %s | %s / %s | %s / %s | %s | %s | %s |" % (
                dtype, shape[2:] if shape.startswith("1x") else shape.replace("x", " × "),
                cell(one), cell(one25), cell(all_), cell(all25), cell(naive),
                cell(theirs.get((dtype, shape, "numpy_out"))), cell(t1), cell(tn),
                ratio(div(one, t1)), ratio(div(one25, t1)), ratio(div(all_, tn)), ratio(div(all25, tn)),
                ratio(worst_batch("jdk17", dtype, shape)), ratio(worst_batch("jdk25", dtype, shape)),
                ratio(div(all25, all_)), ratio(div(one, naive)),
                ratio(div(best("scalar-1", dtype, shape), get("scalar-1", dtype, shape, "naive")))))
    head = ("ns per element; \"ours\" is the best of the single-vector loop, the `double[][]` batch and the"
            " row-major form; %s UTC; %s; commit %s; load average %s on %s cores; runs: %s (JDK 17 SIMD runs with %s);"
            " Python %s, NumPy %s, PyTorch %s. Ratios above 1 (we are slower, or a batch form slower than the loop)"
            " in bold."
            % (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), jdk, commit, load, peers["cores"], runs,
               jdk17_opts or "the default JVM options", peers["python"], peers["numpy"],
               peers["torch"] or "not installed"))
    table = head + "\n\n" + "\n".join(lines) + "\n"
    text = open(readme).read()
    start, end = "<!-- peers-table:start -->", "<!-- peers-table:end -->"
    if start in text and end in text:
        text = text[:text.index(start) + len(start)] + "\n" + table + text[text.index(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + start + "\n" + table + end + "\n"
    open(readme, "w").write(text)
    print(table)


if __name__ == "__main__":
    main()
