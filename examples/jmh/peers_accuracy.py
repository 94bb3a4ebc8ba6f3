#!/usr/bin/env python3
# Copyright 2026 the Activations authors.
# SPDX-License-Identifier: Apache-2.0
"""How far each softmax is from the exact one, on the logits the side-by-side timings use.

For float64 and float32 vectors of logits ~ N(0, 4^2) (fixed seed) of each length, the exact
softmax of the stored logits is computed in decimal arithmetic with 45 significant digits, and
each implementation's result is compared with it entry by entry: the error of an entry in units
of the last place (ulp) of the exact value's rounding to the format. A result rounded once from
the exact value is within 0.5 ulp. Implementations: NumPy (max, subtract, exp, sum, divide),
SciPy (scipy.special.softmax), PyTorch (torch.softmax, 1 thread) when installed, and ours on the
SIMD path and on the scalar path (examples/jmh's SoftmaxFiles, run from the benchmarks jar).

Usage: python3 peers_accuracy.py [--readme README] [BENCHMARKS_JAR] [N ...]
(default jar examples/jmh/target/benchmarks.jar, lengths 10 1000 100000; JAVA names the java
command, default java). Prints a Markdown table, max and mean error in ulp per implementation,
and with --readme also writes it between the markers "peers-accuracy" of that file.
"""
import decimal, os, subprocess, sys, tempfile
from decimal import Decimal
import numpy as np
from scipy import special

try:
    import torch
    torch.set_num_threads(1)
except ImportError:
    torch = None

SEED = 0x5EED50F7
decimal.getcontext().prec = 45


def exact_softmax(x):
    xs = [Decimal(float(v)) for v in x]
    m = max(xs)
    e = [(v - m).exp() for v in xs]
    s = sum(e)
    return [t / s for t in e]


def ulp_errors(got, exact, dtype):
    errs = []
    for g, e in zip(got, exact):
        ulp = Decimal(float(np.spacing(dtype(float(e)))))
        errs.append(float(abs(Decimal(float(g)) - e) / ulp))
    return max(errs), sum(errs) / len(errs)


def numpy_softmax(x):
    e = np.exp(x - x.max())
    return e / e.sum()


def ours(jar, x, simd):
    kind = "f64" if x.dtype == np.float64 else "f32"
    with tempfile.TemporaryDirectory() as d:
        src, dst = os.path.join(d, "in"), os.path.join(d, "out")
        x.astype(x.dtype.newbyteorder("<")).tofile(src)
        cmd = [os.environ.get("JAVA", "java")]
        if simd:
            cmd.append("--add-modules=jdk.incubator.vector")
        subprocess.run(cmd + ["-cp", jar, "io.github.activations.jmh.SoftmaxFiles", kind, src, dst],
                       check=True, stderr=subprocess.DEVNULL)
        return np.fromfile(dst, dtype=x.dtype.newbyteorder("<"))


def main():
    args = sys.argv[1:]
    readme = None
    if args[:1] == ["--readme"]:
        readme = args[1]
        args = args[2:]
    jar = args.pop(0) if args and args[0].endswith(".jar") else "examples/jmh/target/benchmarks.jar"
    lengths = [int(a) for a in args] or [10, 1000, 100000]
    impls = [("NumPy", numpy_softmax), ("SciPy", lambda x: special.softmax(x))]
    if torch is not None:
        impls.append(("PyTorch " + torch.__version__, lambda x: torch.softmax(torch.from_numpy(x), -1).numpy()))
    impls.append(("ours, SIMD path", lambda x: ours(jar, x, True)))
    impls.append(("ours, scalar path", lambda x: ours(jar, x, False)))
    lines = ["| dtype | n | " + " | ".join(name for name, _ in impls) + " |",
             "| --- | ---: |" + " ---: |" * len(impls)]
    rng = np.random.default_rng(SEED)
    for dtype in (np.float64, np.float32):
        for n in lengths:
            x = rng.normal(0.0, 4.0, n).astype(dtype)
            exact = exact_softmax(x)
            cells = []
            for _, f in impls:
                mx, mean = ulp_errors(f(x), exact, dtype)
                cells.append("%.3g / %.3g" % (mx, mean))
            lines.append("| %s | %d | %s |" % (np.dtype(dtype).name, n, " | ".join(cells)))
    lines += ["", "max / mean error in ulp of the exact softmax of the same logits (N(0, 4^2), seed %#x)" % SEED]
    table = "\n".join(lines)
    print(table)
    if readme:
        text = open(readme).read()
        start, end = "<!-- peers-accuracy:start -->", "<!-- peers-accuracy:end -->"
        a, b = text.index(start) + len(start), text.index(end)
        open(readme, "w").write(text[:a] + "\n" + table + "\n" + text[b:])


if __name__ == "__main__":
    main()
