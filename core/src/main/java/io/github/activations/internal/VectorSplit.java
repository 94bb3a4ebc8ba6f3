/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * Long single vectors: their softmax, log-softmax and logsumexp in chunks of {@link #CHUNK}
 * entries, on the calling thread or split over the common pool, with the same bits either way.
 *
 * <p>Softmax of a vector longer than one chunk runs in three passes: the maximum m, the terms
 * e_i = exp(z_i − m) with one double-double sum per chunk, and the scaling by 1/S. The chunk
 * sums are added in chunk order, whether the chunks ran on one thread or on several, so the
 * split changes which thread computes a term, never a bit of the result: the maximum is exact
 * in any order, each term and each chunk sum are computed by the same code on the same entries,
 * and the scaling is elementwise. The sequential kernels of both implementations
 * ({@link ScalarVectorSupport}, the SIMD one) call {@link #softmax(VectorSupport, double[], int,
 * double[], int, int, double, boolean)} for every vector longer than a chunk, so a single-vector
 * call, a batch row and a split call agree bit for bit ({@code VectorSplitTest}).
 *
 * <p>Log-softmax and logsumexp of a vector longer than one chunk sum s = Σ exp(z_i − m) − 1
 * the same way: each chunk's summary ({@link VectorSupport#sumMinusOneChunk}: its running sum
 * and compensation, its sum of tiny terms, its count of maxima), the summaries folded in chunk
 * order ({@link LogSumExpKernels#fold}) into the double-double s that the one-loop kernel
 * would form. Logsumexp decides its tier (the quick exponential, the full one, the exact sum)
 * on the folded s of the whole vector, as the one-loop kernel does, and splits the chunks of
 * the full tier too; the exact sum runs on the calling thread. Log-softmax then writes
 * (z_i − m) − log1p(s), elementwise ({@link VectorSupport#logSoftmaxShift}). The sequential
 * kernels of both implementations call {@link #logSoftmax(VectorSupport, double[], int, double[],
 * int, int, double, boolean)} and {@link #logSumExp(VectorSupport, double[], int, int, double,
 * boolean)} for every vector longer than a chunk with a finite maximum ({@code LogSumExpSplitTest}).
 *
 * <p>Below {@link #PARALLEL_MAX} entries only the exponentials (and, for float, their second
 * computation with the scaling) are split: the maximum, the double scaling and the last pass of
 * log-softmax are short passes,
 * and each fork and join of the common pool, which wakes its worker, costs about what the
 * second core saves on them (JMH figures in {@code examples/jmh/README.md}).
 *
 * <p>The NaN scan of a long vector ({@link #indexOfNaN}, behind {@code Checks.vector} and the
 * row-major checks) is split the same way from {@link #PARALLEL_MAX} entries, and the passes
 * above run one chunk per kernel call on the calling thread too. Known: on JDK 17, C2 compiles
 * the softmax of a long double vector with boxed vectors in some JVMs (about 80 bytes per entry
 * per call, 2 to 4 times slower): 1 to 3 of every 4 or 5 JMH forks at 2^21 entries, half or more
 * at 10^7; never seen on JDK 25, for float or at 10^5. The cause is C2's per-compilation sum of
 * the class-check traps of every method it inlines: the Vector API's shared methods (the
 * operators' templates, {@code VectorSupport.binaryOp}) collect such traps while the loops still
 * run interpreted, and past {@code -XX:PerMethodTrapLimit} (100) each type check of the loop gets
 * a virtual call whose result is boxed (LogCompilation: 8 virtual calls and a sum of 266–287 in
 * the boxed {@code expTerms} compilations, none and 106 in the clean ones).
 * {@code -XX:PerMethodTrapLimit=1000} ends it (0 of 28 forks); the README tells JDK 17 users, and
 * the runner's launcher passes it ({@code examples/jmh/README.md}).
 *
 * <p>A vector is split over threads when it has at least {@link #THRESHOLD} entries, the
 * machine two processors or more, and {@code -Dactivations.parallel=false} is not set
 * ({@link Batches#parallel}). Below that the fork and join (some microseconds) cost more than the
 * second core saves.
 *
 * <p>Internal: not part of the public API.
 */
public final class VectorSplit {
    /**
     * Entries per chunk: a multiple of every lane count and of {@link SoftmaxKernels#FLOAT_BLOCK}; 64 KiB
     * of doubles, so that a chunk's terms are still in the core's cache when the next chunk
     * starts.
     */
    public static final int CHUNK = 1 << 13;

    /** Smallest single vector split over threads (about 10^5 entries). */
    public static final int THRESHOLD = 1 << 16;

    /** Smallest vector whose maximum is split too (the other passes are split from {@link #THRESHOLD}). */
    static final int PARALLEL_MAX = 1 << 20;

    /**
     * Per thread, for the chunks run on the calling thread: a chunk's sum, then the running
     * total (softmax: (hi, lo) each; log-sum-exp: a {@link LogSumExpKernels#SUMMARY} each).
     */
    private static final PerThread<double[]> SUMS =
            PerThread.withInitial(() -> new double[2 * LogSumExpKernels.SUMMARY]);

    private VectorSplit() {
    }

    /** Returns whether a single vector of {@code n} entries is split over threads. */
    public static boolean parallel(int n) {
        return n >= THRESHOLD && Batches.parallel(2, n);
    }

    /**
     * Writes softmax(z) into {@code out} (may be {@code z}) with {@code v}: split over threads
     * when {@link #parallel(int)}, else {@code v.softmax}; the same bits either way. Throws as
     * {@link VectorSupport#softmax(double[], double[], String)}.
     */
    public static void softmax(VectorSupport v, double[] z, double[] out, String name) {
        int n = z.length;
        if (!parallel(n)) {
            v.softmax(z, 0, out, 0, n, name);
            return;
        }
        double m = max(v, z);
        if (m != m) {
            throw Failures.nanIn(z, name);
        }
        if (m == Double.NEGATIVE_INFINITY) {
            throw Failures.allNegativeInfinity(name);
        }
        if (m == Double.POSITIVE_INFINITY || SoftmaxKernels.live(z, 0, n) < 3) {
            // +∞ limits and sigmoid pairs: no exponential to split
            v.softmax(z, 0, out, 0, n, name);
            return;
        }
        softmax(v, z, 0, out, 0, n, m, true);
    }

    /**
     * The softmax of a slice z[zo, zo + n) already checked not to be all −∞ into out[oo, oo + n):
     * its passes split over threads when {@link #parallel(int)}, with the bits of
     * {@code v.softmax} on the slice either way. A NaN is found by the pass that takes the
     * maximum and thrown as {@code v.softmax} throws it ({@link Failures#nanIn(double[], int,
     * String)}), before anything is written, so callers need not scan the slice first.
     */
    public static void softmaxSlice(VectorSupport v, double[] z, int zo, double[] out, int oo, int n, String name) {
        if (!parallel(n)) {
            v.softmax(z, zo, out, oo, n, name);
            return;
        }
        double m = max(v, z, zo, n);
        if (m != m) {
            throw Failures.nanIn(z, zo, name);
        }
        if (!(m > Double.NEGATIVE_INFINITY && m < Double.POSITIVE_INFINITY) || SoftmaxKernels.live(z, zo, n) < 3) {
            v.softmax(z, zo, out, oo, n, name);
            return;
        }
        softmax(v, z, zo, out, oo, n, m, true);
    }

    /** Float form of {@link #softmaxSlice(VectorSupport, double[], int, double[], int, int, String)}. */
    public static void softmaxSlice(VectorSupport v, float[] z, int zo, float[] out, int oo, int n, String name) {
        if (!parallel(n)) {
            v.softmax(z, zo, out, oo, n, name);
            return;
        }
        float m = max(v, z, zo, n);
        if (m != m) {
            throw Failures.nanIn(z, zo, name);
        }
        if (!(m > Float.NEGATIVE_INFINITY && m < Float.POSITIVE_INFINITY) || SoftmaxKernels.live(z, zo, n) < 3) {
            v.softmax(z, zo, out, oo, n, name);
            return;
        }
        softmax(v, z, zo, out, oo, n, m, true);
    }

    /**
     * The maximum of z (NaN if z holds one; of equal maxima the first): on the calling thread up
     * to {@link #PARALLEL_MAX} entries, where the pass is short and one more fork and join of
     * the common pool (waking its worker) costs about what the second core saves; split above.
     */
    private static double max(VectorSupport v, double[] z) {
        return max(v, z, 0, z.length);
    }

    /** {@link #max(VectorSupport, double[])} of z[zo, zo + n), non-empty. */
    private static double max(VectorSupport v, double[] z, int zo, int n) {
        int chunks = chunks(n);
        if (n < PARALLEL_MAX) {
            // chunk by chunk on this thread too (see scale)
            double m = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < chunks; c++) {
                double x = v.max(z, zo + c * CHUNK, zo + Math.min(n, (c + 1) * CHUNK));
                if (x != x) {
                    return x;
                }
                if (x > m) {
                    m = x;
                }
            }
            return m;
        }
        double[] maxima = new double[chunks];
        Batches.runRanges(chunks, (from, to) -> {
            for (int c = from; c < to; c++) {
                maxima[c] = v.max(z, zo + c * CHUNK, zo + Math.min(n, (c + 1) * CHUNK));
            }
        });
        double m = Double.NEGATIVE_INFINITY;
        for (double c : maxima) {
            if (c != c) {
                return c;
            }
            // the first of equal maxima, as a sequential scan keeps it (the sign of a zero)
            if (c > m) {
                m = c;
            }
        }
        return m;
    }

    /** Float form of {@link #max(VectorSupport, double[])}. */
    private static float max(VectorSupport v, float[] z) {
        return max(v, z, 0, z.length);
    }

    /** {@link #max(VectorSupport, float[])} of z[zo, zo + n), non-empty. */
    private static float max(VectorSupport v, float[] z, int zo, int n) {
        int chunks = chunks(n);
        if (n < PARALLEL_MAX) {
            // chunk by chunk on this thread too (see scale)
            float m = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < chunks; c++) {
                float x = v.max(z, zo + c * CHUNK, zo + Math.min(n, (c + 1) * CHUNK));
                if (x != x) {
                    return x;
                }
                if (x > m) {
                    m = x;
                }
            }
            return m;
        }
        float[] maxima = new float[chunks];
        Batches.runRanges(chunks, (from, to) -> {
            for (int c = from; c < to; c++) {
                maxima[c] = v.max(z, zo + c * CHUNK, zo + Math.min(n, (c + 1) * CHUNK));
            }
        });
        float m = Float.NEGATIVE_INFINITY;
        for (float c : maxima) {
            if (c != c) {
                return c;
            }
            if (c > m) {
                m = c;
            }
        }
        return m;
    }

    /**
     * Float form of {@link #softmax(VectorSupport, double[], double[], String)}.
     */
    public static void softmax(VectorSupport v, float[] z, float[] out, String name) {
        int n = z.length;
        if (!parallel(n)) {
            v.softmax(z, 0, out, 0, n, name);
            return;
        }
        float m = max(v, z);
        if (m != m) {
            throw Failures.nanIn(z, name);
        }
        if (m == Float.NEGATIVE_INFINITY) {
            throw Failures.allNegativeInfinity(name);
        }
        if (m == Float.POSITIVE_INFINITY || SoftmaxKernels.live(z) < 3) {
            v.softmax(z, 0, out, 0, n, name);
            return;
        }
        softmax(v, z, 0, out, 0, n, m, true);
    }

    /**
     * The chunked softmax of z[zo, zo + n) into out[oo, oo + n), once its maximum {@code m} is
     * known to be finite with three entries or more above −∞: the terms chunk by chunk
     * ({@link VectorSupport#softmaxTerms}), their sums added in chunk order, then the scaling
     * ({@link VectorSupport#softmaxScale(double[], int, int, double, double)}); on the calling
     * thread, or with the chunks split over the common pool.
     */
    public static void softmax(VectorSupport v, double[] z, int zo, double[] out, int oo, int n, double m,
            boolean parallel) {
        // 1/S in double-double, as the one-chunk kernels compute it
        Dd d = terms(v, z, zo, m, out, oo, n, parallel).invert();
        double ih = d.hi;
        double il = d.lo;
        // the scaling (a tenth of the work) is split only where the maximum is: below, one more
        // fork and join costs about what it saves
        if (parallel && n >= PARALLEL_MAX) {
            Batches.runRanges(chunks(n), (from, to) -> scale(v, out, oo, n, ih, il, from, to));
        } else {
            scale(v, out, oo, n, ih, il, 0, chunks(n));
        }
    }

    /**
     * The scaling of chunks [from, to) of out[oo, oo + n), one call per chunk, as log-softmax's
     * last pass runs (a single call of that pass over 10^6 entries ran with boxed vectors in 2
     * JVMs of 4 on JDK 17, chunk by chunk in none of 6); for softmax it did not remove the
     * boxing described in the class comment.
     */
    private static void scale(VectorSupport v, double[] out, int oo, int n, double ih, double il, int from, int to) {
        for (int c = from; c < to; c++) {
            int a = c * CHUNK;
            v.softmaxScale(out, oo + a, Math.min(CHUNK, n - a), ih, il);
        }
    }

    /**
     * The first passes of {@link #softmax(VectorSupport, double[], int, double[], int, int, double,
     * boolean)}: the terms into out[oo, oo + n), chunk by chunk; returns their sum S, normalised
     * by a two-sum, in this thread's register ({@link ThreadBuffers}; valid until the next use of it).
     */
    static Dd terms(VectorSupport v, double[] z, int zo, double m, double[] out, int oo, int n, boolean parallel) {
        double[] sums;
        int total;
        if (parallel) {
            int chunks = chunks(n);
            sums = new double[2 * chunks + 2];
            Batches.runRanges(chunks, (from, to) -> {
                for (int c = from; c < to; c++) {
                    int at = c * CHUNK;
                    v.softmaxTerms(z, zo + at, m, out, oo + at, Math.min(CHUNK, n - at), sums, 2 * c);
                }
            });
            total = 2 * chunks;
            for (int c = 0; c < chunks; c++) {
                add(sums, total, sums[2 * c], sums[2 * c + 1]);
            }
        } else {
            sums = SUMS.get();
            total = 2;
            sums[total] = 0;
            sums[total + 1] = 0;
            for (int at = 0; at < n; at += CHUNK) {
                v.softmaxTerms(z, zo + at, m, out, oo + at, Math.min(CHUNK, n - at), sums, 0);
                add(sums, total, sums[0], sums[1]);
            }
        }
        return ThreadBuffers.register().twoSum(sums[total], sums[total + 1]);
    }

    /**
     * Float form of {@link #softmax(VectorSupport, double[], int, double[], int, int, double,
     * boolean)}: the chunk sums ({@link VectorSupport#softmaxTermSum}) added in chunk order, then
     * each term computed again and scaled ({@link VectorSupport#softmaxScale(float[], int, int,
     * double, double, float[], int)}).
     */
    public static void softmax(VectorSupport v, float[] z, int zo, float[] out, int oo, int n, double m,
            boolean parallel) {
        double inv = 1 / termSum(v, z, zo, n, m, parallel);
        if (parallel) {
            Batches.runRanges(chunks(n), (from, to) -> scale(v, z, zo, n, m, inv, out, oo, from, to));
        } else {
            scale(v, z, zo, n, m, inv, out, oo, 0, chunks(n));
        }
    }

    /** Float form of {@link #scale(VectorSupport, double[], int, int, double, double, int, int)}: the terms computed again. */
    private static void scale(VectorSupport v, float[] z, int zo, int n, double m, double inv, float[] out, int oo,
            int from, int to) {
        for (int c = from; c < to; c++) {
            int a = c * CHUNK;
            v.softmaxScale(z, zo + a, Math.min(CHUNK, n - a), m, inv, out, oo + a);
        }
    }

    /** The sum S of the float form: the chunks' sums added in chunk order. */
    static double termSum(VectorSupport v, float[] z, int zo, int n, double m, boolean parallel) {
        double total = 0;
        if (parallel) {
            int chunks = chunks(n);
            double[] sums = new double[chunks];
            Batches.runRanges(chunks, (from, to) -> {
                for (int c = from; c < to; c++) {
                    int at = c * CHUNK;
                    sums[c] = v.softmaxTermSum(z, zo + at, Math.min(CHUNK, n - at), m);
                }
            });
            for (int c = 0; c < chunks; c++) {
                total += sums[c];
            }
        } else {
            for (int at = 0; at < n; at += CHUNK) {
                total += v.softmaxTermSum(z, zo + at, Math.min(CHUNK, n - at), m);
            }
        }
        return total;
    }

    /**
     * Writes σ(z_i) into {@code out} (may be {@code z}) with {@code v}, split over threads in
     * chunks when {@link #parallel(int)}: an elementwise map, so the same bits either way.
     * Returns {@code out}.
     */
    public static double[] sigmoid(VectorSupport v, double[] z, double[] out) {
        int n = z.length;
        if (!parallel(n)) {
            v.sigmoid(z, 0, out, 0, n);
            return out;
        }
        Batches.runRanges(chunks(n), (from, to) -> {
            int a = from * CHUNK;
            v.sigmoid(z, a, out, a, Math.min(n, to * CHUNK) - a);
        });
        return out;
    }

    /** Float form of {@link #sigmoid(VectorSupport, double[], double[])}. */
    public static float[] sigmoid(VectorSupport v, float[] z, float[] out) {
        int n = z.length;
        if (!parallel(n)) {
            v.sigmoid(z, 0, out, 0, n);
            return out;
        }
        Batches.runRanges(chunks(n), (from, to) -> {
            int a = from * CHUNK;
            v.sigmoid(z, a, out, a, Math.min(n, to * CHUNK) - a);
        });
        return out;
    }

    // ------------------------------------------------------------------ log-softmax, logsumexp

    /**
     * Returns the maximum of a single vector that {@link #parallel(int)} splits (the pass is
     * split itself from {@link #PARALLEL_MAX} entries): the first pass of its log-softmax and
     * logsumexp.
     *
     * @throws IllegalArgumentException naming {@code name} and the first NaN's index, if any
     */
    public static double definedOrInfiniteMax(VectorSupport v, double[] z, String name) {
        double m = max(v, z);
        if (m != m) {
            throw Failures.nanIn(z, name);
        }
        return m;
    }

    /**
     * Writes log-softmax(z) into {@code out} (may be {@code z}, same length) with {@code v}, for
     * a vector that {@link #parallel(int)} splits, once its maximum {@code m} (not NaN,
     * {@link #definedOrInfiniteMax}) is known: the passes split over threads, with the bits of
     * {@code v.logSoftmax}.
     *
     * @throws IllegalArgumentException if every entry is −∞ (nothing written)
     */
    public static void logSoftmax(VectorSupport v, double[] z, double m, double[] out, String name) {
        int n = z.length;
        if (m == Double.NEGATIVE_INFINITY) {
            throw Failures.allNegativeInfinity(name);
        }
        if (m == Double.POSITIVE_INFINITY) {
            // the +∞ limit: no exponential to split
            v.logSoftmax(z, 0, out, 0, n, name);
            return;
        }
        logSoftmax(v, z, 0, out, 0, n, m, true);
    }

    /**
     * The chunked log-softmax of z[zo, zo + n) into out[oo, oo + n) (the same region of the same
     * array, or disjoint ones), once its maximum {@code m} is known to be finite: s = Σ exp(z_i −
     * m) − 1 from the chunks' summaries ({@link #sumMinusOne}), L = log1p(s), then
     * out_i = (z_i − m) − L ({@link VectorSupport#logSoftmaxShift}); on the calling thread, or
     * with the chunks split over the common pool.
     */
    public static void logSoftmax(VectorSupport v, double[] z, int zo, double[] out, int oo, int n, double m,
            boolean parallel) {
        Dd d = sumMinusOne(v, z, zo, n, m, false, parallel);
        ExpLog.log1pQuick(d.hi, d.lo, d);
        double lh = d.hi;
        double ll = d.lo;
        // the last pass (elementwise, bound by memory) is split only where the maximum is, as
        // softmax's scaling: split from 2^16 entries it measured no faster at 10^5 and 10^6
        if (parallel && n >= PARALLEL_MAX) {
            Batches.runRanges(chunks(n), (from, to) -> {
                int a = from * CHUNK;
                int b = Math.min(n, to * CHUNK);
                v.logSoftmaxShift(z, zo + a, m, lh, ll, out, oo + a, b - a);
            });
        } else {
            // a chunk per call, as split: one call over 10^6 entries (one long loop, compiled on
            // stack we suppose) ran with boxed vectors in 2 JVMs of 4 (44 and 115 MB per call)
            for (int a = 0; a < n; a += CHUNK) {
                v.logSoftmaxShift(z, zo + a, m, lh, ll, out, oo + a, Math.min(CHUNK, n - a));
            }
        }
    }

    /**
     * Returns ln Σ exp(z_i) of a single vector that {@link #parallel(int)} splits, with
     * {@code v}: its passes split over threads, with the bits of {@code v.logSumExp}.
     *
     * @throws IllegalArgumentException naming {@code name} and the first NaN's index, if any
     */
    public static double logSumExp(VectorSupport v, double[] z, String name) {
        double m = definedOrInfiniteMax(v, z, name);
        if (Double.isInfinite(m)) {
            // +∞, or every entry −∞ (ln 0)
            return m;
        }
        return logSumExp(v, z, 0, z.length, m, true);
    }

    /**
     * The chunked logsumexp of z[from, from + n), once its maximum {@code m} is known to be
     * finite: the tiers of {@link LogSumExpKernels#logSumExp} (the quick exponential, then the
     * full one, then the exact sum), each of the first two decided on the whole vector's s,
     * folded from the chunks' summaries ({@link #sumMinusOne}); on the calling thread, or with
     * the chunks of each tier split over the common pool. The exact path runs on the calling
     * thread.
     */
    public static double logSumExp(VectorSupport v, double[] z, int from, int n, double m, boolean parallel) {
        for (int tier = 0; tier < 2; tier++) {
            Dd d = sumMinusOne(v, z, from, n, m, tier == 1, parallel);
            double r = LogSumExpKernels.logSumExpTier(m, tier == 1, d);
            if (r == r) {
                return r;
            }
        }
        return LogSumExpKernels.logSumExpExact(z, from, from + n, m);
    }

    /**
     * Returns s = Σ exp(z_i − m) − 1 over z[zo, zo + n) (maxima counted apart) in this thread's
     * register ({@link ThreadBuffers}; valid until the next use of it): the chunks' summaries
     * ({@link VectorSupport#sumMinusOneChunk}) folded in chunk order
     * ({@link LogSumExpKernels#fold}), whether they ran on this thread or over the common pool.
     */
    static Dd sumMinusOne(VectorSupport v, double[] z, int zo, int n, double m, boolean full, boolean parallel) {
        final int size = LogSumExpKernels.SUMMARY;
        double[] sums;
        int total;
        if (parallel) {
            int chunks = chunks(n);
            sums = new double[size * (chunks + 1)];
            Batches.runRanges(chunks, (from, to) -> {
                for (int c = from; c < to; c++) {
                    int at = c * CHUNK;
                    v.sumMinusOneChunk(z, zo + at, Math.min(CHUNK, n - at), m, full, sums, size * c);
                }
            });
            total = size * chunks;
            for (int c = 0; c < chunks; c++) {
                LogSumExpKernels.fold(sums, total, sums, size * c);
            }
        } else {
            sums = SUMS.get();
            total = size;
            java.util.Arrays.fill(sums, total, total + size, 0.0);
            for (int at = 0; at < n; at += CHUNK) {
                v.sumMinusOneChunk(z, zo + at, Math.min(CHUNK, n - at), m, full, sums, 0);
                LogSumExpKernels.fold(sums, total, sums, 0);
            }
        }
        Dd d = ThreadBuffers.register();
        LogSumExpKernels.finish(sums, total, d);
        return d;
    }

    /**
     * Adds (h, l) to the double-double (sums[at], sums[at + 1]): a two-sum of the leading parts,
     * the trailing parts and its error added to the trailing part (a chunk sum is at most its
     * length, far below 2^53, so the two-sum is exact). Adding to (0, 0) gives (h, l) unchanged.
     */
    public static void add(double[] sums, int at, double h, double l) {
        double a = sums[at];
        double s = a + h;
        double bb = s - a;
        double e = (a - (s - bb)) + (h - bb);
        sums[at] = s;
        sums[at + 1] = (sums[at + 1] + l) + e;
    }

    /**
     * Returns the index of the first NaN in z[zo, zo + n), or −1: the NaN scan that the public
     * forms run before a split (see {@code Softmax.into}), itself split over threads, chunk by
     * chunk, from {@link #PARALLEL_MAX} entries.
     */
    public static int indexOfNaN(VectorSupport v, double[] z, int zo, int n) {
        if (n < PARALLEL_MAX || !parallel(n)) {
            // chunk by chunk on this thread too (see scale)
            for (int a = 0; a < n; a += CHUNK) {
                int i = v.indexOfNaN(z, zo + a, zo + Math.min(n, a + CHUNK));
                if (i >= 0) {
                    return i;
                }
            }
            return -1;
        }
        int[] first = new int[chunks(n)];
        Batches.runRanges(first.length, (from, to) -> {
            for (int c = from; c < to; c++) {
                first[c] = v.indexOfNaN(z, zo + c * CHUNK, zo + Math.min(n, (c + 1) * CHUNK));
            }
        });
        return firstFound(first);
    }

    /** Float form of {@link #indexOfNaN(VectorSupport, double[], int, int)}. */
    public static int indexOfNaN(VectorSupport v, float[] z, int zo, int n) {
        if (n < PARALLEL_MAX || !parallel(n)) {
            // chunk by chunk on this thread too (see scale)
            for (int a = 0; a < n; a += CHUNK) {
                int i = v.indexOfNaN(z, zo + a, zo + Math.min(n, a + CHUNK));
                if (i >= 0) {
                    return i;
                }
            }
            return -1;
        }
        int[] first = new int[chunks(n)];
        Batches.runRanges(first.length, (from, to) -> {
            for (int c = from; c < to; c++) {
                first[c] = v.indexOfNaN(z, zo + c * CHUNK, zo + Math.min(n, (c + 1) * CHUNK));
            }
        });
        return firstFound(first);
    }

    /** The first index other than −1 in chunk order, or −1. */
    private static int firstFound(int[] first) {
        for (int i : first) {
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int chunks(int n) {
        return (int) (((long) n + CHUNK - 1) / CHUNK);
    }
}
