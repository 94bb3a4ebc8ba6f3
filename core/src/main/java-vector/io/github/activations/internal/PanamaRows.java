/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The softmax of small rows ({@link #MIN} to {@link #MAX} entries) in batches, on the SIMD
 * path: the rows are taken {@link #LANES} at a time, and each vector lane holds one row (the
 * group is transposed: vector c holds entry c of each of the rows). Every step of the
 * single-vector kernel ({@link PanamaVectorSupport#softmax(double[], int, double[], int, int,
 * String)}) then runs on full vectors, the per-row ones included: the maximum, the exponential,
 * the double-double sum, its inverse and the scaling. No vector tail per row, no scalar
 * exponential for the entries past the last full vector of a row, no per-row call chain.
 *
 * <p><b>The same bits as the single-vector kernel.</b> The single-vector kernel adds the terms
 * of a row in a fixed order: its tail entries (from the last multiple of {@code LANES}) into a
 * double-double that starts at 0, each with its trailing part; the other entries into
 * {@code LANES} lane sums that start at 1 (entry c into lane c mod {@code LANES}); then the
 * lanes' compensations, and the lanes one by one, into the double-double. This kernel does
 * the same additions in the same order, one row per lane, and its terms are the same lane
 * exponential (on the single-vector path the tail entries take the scalar
 * {@link ExpLog#expQuick}, which has the same bits there, as {@code PanamaVectorSupport}
 * explains). So each row's result equals the single-vector result bit for bit, as
 * {@link VectorSupport#softmax(double[], int, double[], int, int, String)} promises for
 * batches; {@code SmallRowKernelTest} checks it (and fails when a sum moves by 2^-60).
 *
 * <p><b>Kept in step with {@code PanamaVectorSupport}.</b> {@link #reduce}, {@link #terms},
 * {@link #sums} and {@link #scale} (and the float loops) repeat that class's lane exponential,
 * summation order and scaling, with a maximum per lane instead of one broadcast maximum: a change
 * there must be made here too, or the rows of a batch stop equalling the single-vector results
 * ({@code SmallRowKernelTest} then fails on the SIMD run).
 *
 * <p><b>Rows left to the single-vector kernel</b>, after the rest of their group is written:
 * a row with an entry more than 693 below its maximum (−∞ included; there the single-vector
 * kernel rounds subnormal terms in scalar code), a row with a +∞ entry (its maximum is +∞), and
 * for the float kernel a row with fewer than three entries above −∞ or a +∞ entry. The rows
 * that do not fill a last group, too.
 *
 * <p><b>Log-softmax</b> of row-major rows of {@link #LOG_MIN} to {@link #MAX} entries
 * ({@link #LOG_MAX_GATHERED} when the exponential's table is gathered; {@link #logSoftmax(double[],
 * int, double[], int, int, int, VectorSupport, boolean, String)}) runs the same way on the same
 * terms: per group the maxima, the terms, the sums s = Σ exp(z_i − m) − 1 in the order of the
 * single-vector kernel that would take the row (the scalar one below {@code LANES} entries),
 * L = {@link ExpLog#log1pQuick}(s) for each row (its correction step in lanes, operation for
 * operation: {@link #LOG1P}), and the shift (z_i − m) − L rounded once: each row the bits of
 * {@code PanamaVectorSupport.logSoftmax} on it alone. It leaves to that kernel the rows with an
 * entry more than 665 below the maximum (−∞ included) or a +∞ entry. <b>Logsumexp</b>
 * ({@link #logSumExp}) shares these sums and takes the single-vector kernel's first tier per row;
 * the rows whose m + L fails its error bound go to that kernel's next tiers.
 *
 * <p>Like the other kernels, each vector loop is its own method and gets arrays and numbers,
 * never a vector, so that C2 compiles every Vector API call inlined.
 *
 * <p>Internal: not part of the public API.
 */
final class PanamaRows {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** Rows per group: one per lane. */
    static final int LANES = D.length();
    private static final VectorSpecies<Integer> IH =
            VectorSpecies.of(int.class, VectorShape.forBitSize(D.vectorBitSize() / 2));

    /** The shortest row this kernel takes: shorter rows are the sigmoid pair or 1.0. */
    static final int MIN = 3;
    /** The longest row this kernel takes (longer rows amortise the single-vector kernel's overhead). */
    static final int MAX = 64;
    /** The shortest row the log-softmax and logsumexp kernels take (a row of one entry is 0.0, or the entry). */
    static final int LOG_MIN = 2;

    private static final double MAGIC = ExpLog.MAGIC;
    private static final long MAGIC_BITS = ExpLog.MAGIC_BITS;
    /** As {@code PanamaVectorSupport.LOW}: below it the single-vector kernel takes the scalar route. */
    private static final double LOW = -693.0;
    /**
     * As {@code PanamaVectorSupport.TINY}: below it the single-vector log-softmax sums its terms in
     * scalar code, on a scale of their own.
     */
    private static final double TINY = -665.0;
    private static final double[] TAB_HI = ExpLog.TAB_HI;
    private static final double[] TAB_LO = ExpLog.TAB_LO;
    private static final double INV_L = ExpLog.INV_L;
    private static final double L_A = ExpLog.L_A;
    private static final double L_B = ExpLog.L_B;
    private static final double INV_LN2 = ExpLog.INV_LN2;
    private static final double LN2_A = ExpLog.LN2_A;
    private static final double FLOAT_FLOOR = ExpLog.FLOAT_EXP_FLOOR;
    private static final int MASK = ExpLog.TABLE_SIZE - 1;
    private static final int BITS = ExpLog.TABLE_BITS;

    /**
     * This thread's small buffers (3.1 KiB with 8 lanes). The group's entries, terms and
     * results (4 × {@code LANES} × {@link #MAX} doubles at most) live in
     * {@link ThreadBuffers#floatScratch}, which every thread may hold anyway, so that a thread's
     * buffers stay within {@link ThreadBuffers#MAX_THREAD_BUFFER_BYTES}.
     */
    private static final PerThread<Buffers> BUFFERS = PerThread.withInitial(Buffers::new);

    private static final class Buffers {
        /** The table indices of a group. */
        final int[] j = new int[LANES * MAX];
        /** Per row of the group: the maximum, then the least entry minus the maximum. */
        final double[] m = new double[2 * LANES];
        /** The lane sums minus 1, lane after lane, each a vector over the rows. */
        final double[] lanes = new double[LANES * LANES];
        /** Per row: the inverse of the sum, as hi then lo (log-softmax: s = Σ exp(z_i − m) − 1, then L = log1p(s)). */
        final double[] inv = new double[2 * LANES];
        /** The rows of a log-softmax or logsumexp group left to the single-vector kernel, one bit per lane. */
        int special;
        /** The log-softmax group's logarithms in lanes: g, g_l, e, y0 and a flag per row ({@code LOG1P}). */
        final double[] log = new double[5 * LANES];
        /** How many rows of the group take the logarithm in lanes. */
        int logLanes;
    }

    private PanamaRows() {
    }

    /** Returns the bytes of this thread's own buffers (the larger ones are {@link ThreadBuffers#floatScratch}). */
    static long threadBufferBytes() {
        Buffers w = BUFFERS.get();
        return 4L * w.j.length + 8L * (w.m.length + w.lanes.length + w.inv.length + w.log.length);
    }

    /**
     * Returns whether rows of {@code n} entries take this kernel: {@link #MIN} to {@link #MAX}
     * entries, with at most 31 lanes (a group's rows are the bits of an int) and a group's
     * buffers within {@link ThreadBuffers#floatScratch}.
     */
    static boolean takes(int n) {
        return n >= MIN && n <= MAX && LANES <= 31 && 4L * LANES * n <= ThreadBuffers.FLOAT_BUFFER;
    }

    /**
     * Returns whether rows of {@code n} entries take the log-softmax and logsumexp kernels: as
     * {@link #takes}, from {@link #LOG_MIN} entries, and with the exponential's table gathered
     * (not in registers) up to {@link #LOG_MAX_GATHERED} entries.
     */
    static boolean takesLogSoftmax(int n, boolean registers) {
        return n >= LOG_MIN && n <= (registers ? MAX : LOG_MAX_GATHERED) && LANES <= 31
                && 4L * LANES * n <= ThreadBuffers.FLOAT_BUFFER;
    }

    /**
     * The longest row the log-softmax and logsumexp kernels take when the exponential's table is
     * gathered (JDK 17 without {@code -XX:PerMethodTrapLimit=1000}). There, log-softmax of
     * 10,000 rows measured against the single-vector kernel row by row, three forks each
     * (2026-12-06, one core): 16 entries 4.6–4.8 against 6.8–7.1 ms, 32 entries 3.0–4.1 against
     * 4.2–4.4, but 48 entries 4.1–4.7 against 3.5–3.7 and 64 entries 3.7–3.8 against 2.8 (the
     * single-vector kernel has no tail there); with the table in registers the kernel measured
     * faster at 64 too (0.93x).
     */
    static final int LOG_MAX_GATHERED = 32;

    // ------------------------------------------------------------------ double, drivers

    /**
     * Softmax of {@code rows} rows of {@code n} entries ({@link #takes}), checked (no NaN, no row
     * all −∞): row r of z[zo, ...) into the same row of out[oo, ...) (the same region of the same
     * array, or disjoint ones). {@code single} computes the rows this kernel leaves.
     */
    static void softmax(double[] z, int zo, double[] out, int oo, int rows, int n, VectorSupport single,
            boolean registers, String name) {
        rows(z, zo, out, oo, rows, n, false, single, registers, name);
    }

    /**
     * The driver of {@link #softmax(double[], int, double[], int, int, int, VectorSupport, boolean,
     * String)} and of {@link #logSoftmax(double[], int, double[], int, int, int, VectorSupport,
     * boolean, String)} ({@code log}): groups of {@link #LANES} rows gathered, computed and
     * scattered, the rows a group leaves and those of a last partial group through {@code single}.
     */
    private static void rows(double[] z, int zo, double[] out, int oo, int rows, int n, boolean log,
            VectorSupport single, boolean registers, String name) {
        Buffers w = BUFFERS.get();
        double[] b = ThreadBuffers.floatScratch(4 * LANES * n);
        int r = 0;
        for (; r + LANES <= rows; r += LANES) {
            int zb = zo + r * n;
            int ob = oo + r * n;
            gather(z, zb, n, b);
            int special = log ? logGroup(b, n, w, registers) : group(b, n, w, registers);
            for (int l = 0; l < LANES; l++) {
                if ((special & (1 << l)) == 0) {
                    scatterRow(b, l, out, ob + l * n, n);
                }
            }
            for (int l = 0; l < LANES; l++) {
                if ((special & (1 << l)) != 0) {
                    singleRow(z, zb + l * n, out, ob + l * n, n, log, single, name);
                }
            }
        }
        for (; r < rows; r++) {
            singleRow(z, zo + r * n, out, oo + r * n, n, log, single, name);
        }
    }

    private static void singleRow(double[] z, int zo, double[] out, int oo, int n, boolean log, VectorSupport single,
            String name) {
        if (log) {
            single.logSoftmax(z, zo, out, oo, n, name);
        } else {
            single.softmax(z, zo, out, oo, n, name);
        }
    }

    /**
     * Softmax of rows[from, to) into out[from, to) (same shapes, checked): runs of
     * {@link #LANES} rows of one length that this kernel takes go through it, the other rows
     * through {@code single}.
     */
    static void softmax(double[][] rows, double[][] out, int from, int to, VectorSupport single, boolean registers,
            String name) {
        Buffers w = BUFFERS.get();
        int r = from;
        while (r < to) {
            int n = rows[r].length;
            if (!takes(n) || r + LANES > to || !sameLength(rows, r, n)) {
                single.softmax(rows[r], 0, out[r], 0, n, name);
                r++;
                continue;
            }
            double[] b = ThreadBuffers.floatScratch(4 * LANES * n);
            for (int l = 0; l < LANES; l++) {
                double[] row = rows[r + l];
                for (int c = 0; c < n; c++) {
                    b[c * LANES + l] = row[c];
                }
            }
            int special = group(b, n, w, registers);
            for (int l = 0; l < LANES; l++) {
                if ((special & (1 << l)) == 0) {
                    scatterRow(b, l, out[r + l], 0, n);
                }
            }
            for (int l = 0; l < LANES; l++) {
                if ((special & (1 << l)) != 0) {
                    single.softmax(rows[r + l], 0, out[r + l], 0, n, name);
                }
            }
            r += LANES;
        }
    }

    /** Whether rows[from + 1, from + LANES) all have n entries. */
    private static boolean sameLength(double[][] rows, int from, int n) {
        for (int l = 1; l < LANES; l++) {
            if (rows[from + l].length != n) {
                return false;
            }
        }
        return true;
    }

    /** Float form of {@link #sameLength(double[][], int, int)}. */
    private static boolean sameLength(float[][] rows, int from, int n) {
        for (int l = 1; l < LANES; l++) {
            if (rows[from + l].length != n) {
                return false;
            }
        }
        return true;
    }

    /** Writes row l of the group's results (b[c·LANES + l]) to out[at, at + n). */
    private static void scatterRow(double[] b, int l, double[] out, int at, int n) {
        for (int c = 0; c < n; c++) {
            out[at + c] = b[c * LANES + l];
        }
    }

    /**
     * The group in b[0, LANES·n) (entry c of row l at c·LANES + l): leaves the results there
     * and returns the rows left to the single-vector kernel, one bit per lane.
     */
    private static int group(double[] b, int n, Buffers w, boolean registers) {
        maxima(b, n, w.m);
        int special = 0;
        for (int l = 0; l < LANES; l++) {
            // also true for NaN: a +∞ maximum gives ∞ − ∞
            if (!(w.m[LANES + l] >= LOW)) {
                special |= 1 << l;
            }
        }
        if (special == (1 << LANES) - 1) {
            return special;
        }
        for (Step step : registers ? REG_STEPS : STEPS) {
            step.run(b, n, w);
        }
        return special;
    }

    /**
     * One vector loop of a group, called through {@link #STEPS}: that call site sees four
     * classes, so C2 never inlines them into it (a call site with more than two receiver
     * classes is a virtual call) and compiles each loop in a compilation of its own. Called
     * directly, the loops were inlined into one compilation, which passed C2's node budget and
     * left the table gathers of {@link #terms} as calls that allocate their vectors: 200 B per
     * row of 10 and a third slower (JDK 17, 2026-12-05).
     */
    private abstract static class Step {
        abstract void run(double[] b, int n, Buffers w);
    }

    private static final Step[] STEPS = {
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                reduce(b, LANES * n, 0, LANES * n, w.m, w.j);
            }
        },
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                terms(b, LANES * n, 0, LANES * n, w.j);
            }
        },
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                sums(b, n, w.lanes, w.inv);
            }
        },
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                scale(b, n, w.inv);
            }
        },
    };

    /**
     * The steps with the exponential's table in registers (JDK 25, 8 lanes), as the single-vector
     * kernel runs it there: its vector part (the first n − n mod LANES entries of a row) with
     * {@code PanamaVectorSupport.reduceReg} and {@code expTermsReg}, its tail with the scalar
     * exponential, whose bits the gathered loops have; so a row keeps the single-vector bits.
     */
    private static final Step[] REG_STEPS = {
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                reduceReg(b, LANES * n, LANES * (n - n % LANES), w.m);
            }
        },
        // the tails in steps of their own too: run in the same step as the register loops, the
        // gathers of terms were left as calls that allocate, 40 B per row of 10 (JFR, JDK 17
        // with the table in registers, 2026-12-06)
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                reduce(b, LANES * n, LANES * (n - n % LANES), LANES * n, w.m, w.j);
            }
        },
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                termsReg(b, LANES * n, LANES * (n - n % LANES));
            }
        },
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                terms(b, LANES * n, LANES * (n - n % LANES), LANES * n, w.j);
            }
        },
        STEPS[2],
        STEPS[3],
    };

    // ------------------------------------------------------------------ double, vector loops

    /**
     * b[c·LANES + l] = z[zb + l·n + c]: the group transposed (scalar copies: as fast as one
     * vector gather per entry, 3.5 against 3.6 ns per entry for rows of 10, JDK 17).
     */
    private static void gather(double[] z, int zb, int n, double[] b) {
        for (int l = 0; l < LANES; l++) {
            int from = zb + l * n;
            for (int c = 0; c < n; c++) {
                b[c * LANES + l] = z[from + c];
            }
        }
    }

    /**
     * Per row: the maximum (the first of equal entries, as {@link LogSumExpKernels#max}, so −0.0 before
     * +0.0 gives −0.0, the single-vector kernel's choice too) into m[0, LANES), and the least
     * entry minus it into m[LANES, 2·LANES): the least z_i − m, as the rounding is monotonic.
     */
    private static void maxima(double[] b, int n, double[] m) {
        DoubleVector max = DoubleVector.fromArray(D, b, 0);
        DoubleVector min = max;
        for (int c = 1; c < n; c++) {
            DoubleVector v = DoubleVector.fromArray(D, b, c * LANES);
            max = max.blend(v, v.compare(VectorOperators.GT, max));
            min = min.min(v);
        }
        max.intoArray(m, 0);
        min.sub(max).intoArray(m, LANES);
    }

    /**
     * {@code PanamaVectorSupport.reduce} for softmax with a maximum per lane: from the entries
     * b[from, to) (of b[0, g)), w into b[g + from, g + to), the table index into j, n into
     * b[2g + from, 2g + to).
     */
    private static void reduce(double[] b, int g, int from, int to, double[] m, int[] j) {
        DoubleVector negM = DoubleVector.fromArray(D, m, 0).neg();
        DoubleVector negLa = DoubleVector.broadcast(D, -L_A);
        DoubleVector negLb = DoubleVector.broadcast(D, -L_B);
        DoubleVector sixth = DoubleVector.broadcast(D, 1.0 / 6);
        DoubleVector half = DoubleVector.broadcast(D, 0.5);
        for (int o = from; o < to; o += LANES) {
            DoubleVector a = DoubleVector.fromArray(D, b, o);
            DoubleVector xh = a.add(negM);
            DoubleVector bx = xh.sub(a);
            DoubleVector xl = a.sub(xh.sub(bx)).add(negM.sub(bx));
            DoubleVector t = xh.fma(INV_L, MAGIC);
            DoubleVector nd = t.sub(MAGIC);
            LongVector nl = ((LongVector) t.viewAsIntegralLanes()).sub(MAGIC_BITS);
            DoubleVector rh = nd.fma(negLa, xh);
            DoubleVector rl = nd.fma(negLb, xl);
            DoubleVector r = rh.add(rl);
            DoubleVector q = r.fma(1.0 / 120, 1.0 / 24).fma(r, sixth).fma(r, half);
            rh.add(r.mul(r).fma(q, rl)).intoArray(b, g + o);
            ((IntVector) nl.and(MASK).convertShape(VectorOperators.L2I, IH, 0)).intoArray(j, o);
            nd.intoArray(b, 2 * g + o);
        }
    }

    /**
     * {@code PanamaVectorSupport.expTerms} without the sums, over entries [from, to): the term
     * e = mh·2^k into b[g + o] and its trailing part ml·2^k into b[2g + o].
     */
    private static void terms(double[] b, int g, int from, int to, int[] j) {
        for (int o = from; o < to; o += LANES) {
            DoubleVector th = DoubleVector.fromArray(D, TAB_HI, 0, j, o);
            DoubleVector v = th.fma(DoubleVector.fromArray(D, b, g + o), DoubleVector.fromArray(D, TAB_LO, 0, j, o));
            DoubleVector mh = th.add(v);
            DoubleVector ml = th.sub(mh).add(v);
            DoubleVector scale = ((LongVector) DoubleVector.fromArray(D, b, 2 * g + o).add(PanamaVectorSupport.MAGIC_SCALE)
                    .viewAsIntegralLanes()).lanewise(VectorOperators.ASHR, BITS).lanewise(VectorOperators.LSHL, 52)
                    .viewAsFloatingLanes();
            mh.mul(scale).intoArray(b, g + o);
            ml.mul(scale).intoArray(b, 2 * g + o);
        }
    }

    /**
     * {@code PanamaVectorSupport.reduceReg} with a maximum per lane, over entries [0, to) of the
     * group: r_h into b[g + o], n into b[2g + o], the polynomial part p into b[3g + o].
     */
    private static void reduceReg(double[] b, int g, int to, double[] m) {
        DoubleVector negM = DoubleVector.fromArray(D, m, 0).neg();
        DoubleVector negLa = DoubleVector.broadcast(D, -PanamaVectorSupport.L_A8);
        DoubleVector negLb = DoubleVector.broadcast(D, -PanamaVectorSupport.L_B8);
        DoubleVector c7 = DoubleVector.broadcast(D, 1.0 / 5040);
        DoubleVector c6 = DoubleVector.broadcast(D, 1.0 / 720);
        DoubleVector c5 = DoubleVector.broadcast(D, 1.0 / 120);
        DoubleVector c4 = DoubleVector.broadcast(D, 1.0 / 24);
        DoubleVector c3 = DoubleVector.broadcast(D, 1.0 / 6);
        DoubleVector half = DoubleVector.broadcast(D, 0.5);
        for (int o = 0; o < to; o += LANES) {
            DoubleVector a = DoubleVector.fromArray(D, b, o);
            DoubleVector xh = a.add(negM);
            DoubleVector bx = xh.sub(a);
            DoubleVector xl = a.sub(xh.sub(bx)).add(negM.sub(bx));
            DoubleVector nd = xh.fma(PanamaVectorSupport.INV_L8, MAGIC).sub(MAGIC);
            DoubleVector rh = nd.fma(negLa, xh);
            DoubleVector rl = nd.fma(negLb, xl);
            DoubleVector r = rh.add(rl);
            DoubleVector q = r.fma(1.0 / 362880, 1.0 / 40320).fma(r, c7).fma(r, c6).fma(r, c5).fma(r, c4).fma(r, c3)
                    .fma(r, half);
            DoubleVector rr = rh.fma(rh, rh.mul(rl.add(rl)));
            rh.intoArray(b, g + o);
            rr.fma(q, rl).intoArray(b, 3 * g + o);
            nd.intoArray(b, 2 * g + o);
        }
    }

    /**
     * {@code PanamaVectorSupport.expTermsReg} without the sums, over entries [0, to): the term
     * mh·2^k into b[g + o] and its trailing part ml·2^k into b[2g + o].
     */
    private static void termsReg(double[] b, int g, int to) {
        LongVector tabHi = PanamaVectorSupport.REG_HI;
        LongVector tabLo = PanamaVectorSupport.REG_LO;
        for (int o = 0; o < to; o += LANES) {
            LongVector nl = ((LongVector) DoubleVector.fromArray(D, b, 2 * g + o).add(PanamaVectorSupport.MAGIC_REG)
                    .viewAsIntegralLanes());
            LongVector j = nl.and(LANES - 1);
            DoubleVector th = j.selectFrom(tabHi).viewAsFloatingLanes();
            DoubleVector tl = j.selectFrom(tabLo).viewAsFloatingLanes();
            DoubleVector rh = DoubleVector.fromArray(D, b, g + o);
            DoubleVector p = DoubleVector.fromArray(D, b, 3 * g + o);
            DoubleVector uh = th.fma(rh, th);
            DoubleVector v = th.fma(p, tl.fma(rh.add(p), tl).add(th.fma(rh, th.sub(uh))));
            DoubleVector mh = uh.add(v);
            DoubleVector ml = uh.sub(mh).add(v);
            DoubleVector scale = nl.lanewise(VectorOperators.ASHR, PanamaVectorSupport.REG_BITS)
                    .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
            mh.mul(scale).intoArray(b, g + o);
            ml.mul(scale).intoArray(b, 2 * g + o);
        }
    }

    /**
     * Per row, the sum S of the terms in the single-vector kernel's order (see the class
     * comment) and 1/S as hi, lo into inv: {@code expPass}, {@code scalarTerms},
     * {@code addLanes}, then {@code Dd.twoSum} and {@code Dd.div} as the single-vector
     * kernel calls them, operation for operation.
     */
    private static void sums(double[] b, int n, double[] lanes, double[] inv) {
        int g = LANES * n;
        int bound = n - n % LANES;
        DoubleVector zero = DoubleVector.zero(D);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        // scalarTerms: the tail entries into (sum, comp) = (0, 0), trailing parts first
        DoubleVector sum = zero;
        DoubleVector comp = zero;
        for (int c = bound; c < n; c++) {
            DoubleVector e = DoubleVector.fromArray(D, b, g + c * LANES);
            comp = comp.add(DoubleVector.fromArray(D, b, 2 * g + c * LANES));
            DoubleVector s = sum.add(e);
            DoubleVector bb = s.sub(sum);
            comp = comp.add(sum.sub(s.sub(bb)).add(e.sub(bb)));
            sum = s;
        }
        // expTerms: lane l adds entries l, l + LANES, ... below bound, starting at 1
        DoubleVector compensation = zero;
        for (int l = 0; l < LANES; l++) {
            DoubleVector ls = one;
            DoubleVector lc = zero;
            for (int c = l; c < bound; c += LANES) {
                DoubleVector e = DoubleVector.fromArray(D, b, g + c * LANES);
                DoubleVector s = ls.add(e);
                lc = lc.add(e.sub(s.sub(ls))).add(DoubleVector.fromArray(D, b, 2 * g + c * LANES));
                ls = s;
            }
            ls.sub(one).intoArray(lanes, l * LANES);
            compensation = compensation.add(lc);
        }
        // addLanes
        comp = comp.add(compensation);
        for (int l = 0; l < LANES; l++) {
            DoubleVector e = DoubleVector.fromArray(D, lanes, l * LANES);
            DoubleVector s = sum.add(e);
            DoubleVector bb = s.sub(sum);
            comp = comp.add(sum.sub(s.sub(bb)).add(e.sub(bb)));
            sum = s;
        }
        // Dd.twoSum(sum, comp), then Dd.set(1, 0).div(sh, sl)
        DoubleVector sh = sum.add(comp);
        DoubleVector bs = sh.sub(sum);
        DoubleVector sl = sum.sub(sh.sub(bs)).add(comp.sub(bs));
        DoubleVector q1 = one.div(sh);
        DoubleVector rem = q1.neg().fma(sh, one).add(zero).sub(q1.mul(sl));
        DoubleVector q2 = rem.div(sh);
        DoubleVector r = q1.add(q2);
        r.intoArray(inv, 0);
        q2.sub(r.sub(q1)).intoArray(inv, LANES);
    }

    /** {@code PanamaVectorSupport.scalePass}: p = e·(ih + il) rounded once, into b[0, g). */
    private static void scale(double[] b, int n, double[] inv) {
        int g = LANES * n;
        DoubleVector ih = DoubleVector.fromArray(D, inv, 0);
        DoubleVector il = DoubleVector.fromArray(D, inv, LANES);
        for (int o = 0; o < g; o += LANES) {
            DoubleVector e = DoubleVector.fromArray(D, b, g + o);
            DoubleVector ph = e.mul(ih);
            ph.add(e.fma(ih, ph.neg()).add(e.mul(il))).intoArray(b, o);
        }
    }

    // ------------------------------------------------------------------ log-softmax, double

    /**
     * Log-softmax of {@code rows} rows of {@code n} entries ({@link #takesLogSoftmax} with
     * {@code registers}), checked (no NaN, no row all −∞): row r of z[zo, ...) into the same row
     * of out[oo, ...) (the same region
     * of the same array, or disjoint ones), each row the bits of
     * {@code PanamaVectorSupport.logSoftmax} on it alone. {@code single} computes the rows this
     * kernel leaves: a row with an entry more than 665 below its maximum (−∞ included; there the
     * single-vector kernel sums tiny terms in scalar code) or a +∞ entry, and the rows that do not
     * fill a last group.
     *
     * <p>Per group: the maxima ({@link #maxima}), the terms exp(z_i − m) as the softmax rows have
     * them ({@link #reduce} and {@link #terms}, or the table in registers), the double-double sums
     * s = Σ exp(z_i − m) − 1 in the single-vector kernel's order ({@link #logSums}), L =
     * {@link ExpLog#log1pQuick}(s) row by row ({@link #LOG1P}), and out_i = (z_i − m) − L rounded
     * once ({@link #logShift}).
     */
    static void logSoftmax(double[] z, int zo, double[] out, int oo, int rows, int n, VectorSupport single,
            boolean registers, String name) {
        rows(z, zo, out, oo, rows, n, true, single, registers, name);
    }

    /**
     * The log-softmax group in b[0, LANES·n) (entry c of row l at c·LANES + l): leaves the results
     * there and returns the rows left to the single-vector kernel, one bit per lane.
     */
    private static int logGroup(double[] b, int n, Buffers w, boolean registers) {
        return logFamilyGroup(b, n, w, registers ? LOG_REG_STEPS : LOG_STEPS);
    }

    /**
     * The maxima of a log-softmax or logsumexp group, the rows to leave (an entry more than 665
     * below the maximum, −∞ included, a +∞ maximum (∞ − ∞), a row all −∞, a range that
     * overflows), then {@code steps} on the rest; returns {@code w.special} as the steps leave it.
     */
    private static int logFamilyGroup(double[] b, int n, Buffers w, Step[] steps) {
        maxima(b, n, w.m);
        int special = 0;
        for (int l = 0; l < LANES; l++) {
            if (!(w.m[LANES + l] >= TINY)) {
                special |= 1 << l;
            }
        }
        w.special = special;
        if (special == (1 << LANES) - 1) {
            return special;
        }
        for (Step step : steps) {
            step.run(b, n, w);
        }
        return w.special;
    }

    /**
     * L = {@link ExpLog#log1pQuick}(s) per row, s in {@code w.inv} (hi, lo) and L written over it
     * (special rows skipped), in two steps: this one, in scalar code, and {@link #LOG1P_FINISH}
     * in lanes. A row with s &gt; 0.5 takes {@code log1pQuick}'s logarithm of 1 + s: the
     * reduction 1 + s = (f_h + f_l)·2^e, g = f − 1 (the operations of {@code ExpLog.log}, here
     * one lane at a time) and y0 = {@link Math#log1p}(g_h) (no vector form of it) are computed
     * here into {@code w.log}; the correction step that follows, t = (1 + g)·e^−y0 − 1 on the
     * quick exponential, L = y0 + (t − t²/2) + e·ln 2 in double-double, runs in lanes with the
     * same operations, so L has the bits of the scalar call and the analysis of
     * {@link ExpLog#log1pQuick} holds unchanged (relative error below 2^-59.69; with s's own
     * 2^-61, within {@link LogSumExpKernels#QUICK_LOG1P_ERROR}). The other rows (s &lt;= 0.5,
     * where {@code log1pQuick} keeps the full correction step, and |g| &lt; 2^-20, where it takes
     * a series) call {@code log1pQuick} here.
     */
    private static final Step LOG1P = new Step() {
        @Override
        void run(double[] b, int n, Buffers w) {
            double[] hl = w.inv;
            double[] v = w.log;
            int lanes = 0;
            for (int l = 0; l < LANES; l++) {
                v[l] = 0;
                v[LANES + l] = 0;
                v[2 * LANES + l] = 0;
                v[3 * LANES + l] = 0;
                v[4 * LANES + l] = 0;
                if ((w.special & (1 << l)) != 0) {
                    continue;
                }
                double xh = hl[l];
                double xl = hl[LANES + l];
                if (xh > 0.5) {
                    // log1pQuick: d.twoSum(1, xh).add(xl, 0), then ExpLog.log's reduction
                    double s1 = 1 + xh;
                    double bb = s1 - 1;
                    double e1 = (1 - (s1 - bb)) + (xh - bb);
                    double s2 = s1 + xl;
                    double bb2 = s2 - s1;
                    double e2 = ((s1 - (s2 - bb2)) + (xl - bb2)) + (e1 + 0.0);
                    double uh = s2 + e2;
                    double ul = e2 - (uh - s2);
                    int e = Math.getExponent(uh);
                    double fh = Math.scalb(uh, -e);
                    double fl = Math.scalb(ul, -e);
                    if (fh > 1.5) {
                        fh *= 0.5;
                        fl *= 0.5;
                        e++;
                    }
                    double gh = fh - 1;
                    double g = gh + fl;
                    if (Math.abs(g) >= 0x1p-20) {
                        v[l] = g;
                        v[LANES + l] = fl - (g - gh);
                        v[2 * LANES + l] = e;
                        v[3 * LANES + l] = Math.log1p(g);
                        v[4 * LANES + l] = 1;
                        lanes++;
                        continue;
                    }
                }
                Dd d = ThreadBuffers.register();
                ExpLog.log1pQuick(xh, xl, d);
                hl[l] = d.hi;
                hl[LANES + l] = d.lo;
            }
            w.logLanes = lanes;
        }
    };

    /** The lanes' part of {@link #LOG1P}, when a row takes it. */
    private static final Step LOG1P_FINISH = new Step() {
        @Override
        void run(double[] b, int n, Buffers w) {
            if (w.logLanes > 0) {
                log1pFinish(w.log, w.j, w.inv);
            }
        }
    };

    /**
     * The correction step of {@code ExpLog.log1pNearZero} with the quick exponential and the
     * e·ln 2 of {@code ExpLog.log}, operation for operation, for the lanes flagged in
     * v[4·LANES, 5·LANES): from g, g_l, e and y0 in v[0, 4·LANES), L as hi, lo into hl.
     * {@code ExpLog.expQuickScaled}(−y0, 0) is {@link #reduce} and {@link #terms}' exponential
     * (the scalar bits); its k is −1 or 0 (|y0| &lt; 0.41), so 2^k scales exactly, as
     * {@link Math#scalb} does.
     */
    private static void log1pFinish(double[] v, int[] j, double[] hl) {
        DoubleVector zero = DoubleVector.zero(D);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        DoubleVector g = DoubleVector.fromArray(D, v, 0);
        DoubleVector gl = DoubleVector.fromArray(D, v, LANES);
        DoubleVector ed = DoubleVector.fromArray(D, v, 2 * LANES);
        DoubleVector y0 = DoubleVector.fromArray(D, v, 3 * LANES);
        VectorMask<Double> take = DoubleVector.fromArray(D, v, 4 * LANES).compare(VectorOperators.NE, 0.0);
        // expQuickScaled(−y0, 0)
        DoubleVector xh = y0.neg();
        DoubleVector t0 = xh.fma(INV_L, MAGIC);
        DoubleVector nd = t0.sub(MAGIC);
        LongVector nl = ((LongVector) t0.viewAsIntegralLanes()).sub(MAGIC_BITS);
        DoubleVector rh = nd.fma(DoubleVector.broadcast(D, -L_A), xh);
        DoubleVector rl = nd.fma(DoubleVector.broadcast(D, -L_B), zero);
        DoubleVector r = rh.add(rl);
        DoubleVector q = r.fma(1.0 / 120, 1.0 / 24).fma(r, DoubleVector.broadcast(D, 1.0 / 6))
                .fma(r, DoubleVector.broadcast(D, 0.5));
        DoubleVector wv = rh.add(r.mul(r).fma(q, rl));
        ((IntVector) nl.and(MASK).convertShape(VectorOperators.L2I, IH, 0)).intoArray(j, 0);
        DoubleVector th = DoubleVector.fromArray(D, TAB_HI, 0, j, 0);
        DoubleVector tv = th.fma(wv, DoubleVector.fromArray(D, TAB_LO, 0, j, 0));
        DoubleVector mh = th.add(tv);
        DoubleVector ml = th.sub(mh).add(tv);
        DoubleVector scale = ((LongVector) nd.add(PanamaVectorSupport.MAGIC_SCALE).viewAsIntegralLanes())
                .lanewise(VectorOperators.ASHR, BITS).lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        DoubleVector eh = mh.mul(scale);
        DoubleVector el = ml.mul(scale);
        // t = (1 + g)·e^−y0 − 1
        DoubleVector uh = one.add(g);
        DoubleVector ul = one.sub(uh).add(g).add(gl);
        DoubleVector ph = uh.mul(eh);
        DoubleVector pl = uh.fma(eh, ph.neg());
        DoubleVector t = ph.sub(one).add(pl.add(uh.mul(el)).add(ul.mul(eh)));
        DoubleVector c = t.sub(t.mul(0.5).mul(t));
        // d.set(y0, 0).add(c, 0)
        DoubleVector s = y0.add(c);
        DoubleVector bb = s.sub(y0);
        DoubleVector err = y0.sub(s.sub(bb)).add(c.sub(bb)).add(zero.add(zero));
        DoubleVector hi = s.add(err);
        DoubleVector lo = err.sub(hi.sub(s));
        // then, for e != 0, d.add(e·LN2_HI, 0).add(e·LN2_MID, 0).add(e·LN2_LO, 0)
        DoubleVector ah = hi;
        DoubleVector al = lo;
        for (double part : LN2_PARTS) {
            DoubleVector bh = ed.mul(part);
            DoubleVector s3 = ah.add(bh);
            DoubleVector bb3 = s3.sub(ah);
            DoubleVector e3 = ah.sub(s3.sub(bb3)).add(bh.sub(bb3)).add(al.add(zero));
            DoubleVector r3 = s3.add(e3);
            al = e3.sub(r3.sub(s3));
            ah = r3;
        }
        VectorMask<Double> scaled = ed.compare(VectorOperators.NE, 0.0);
        hi = hi.blend(ah, scaled);
        lo = lo.blend(al, scaled);
        DoubleVector.fromArray(D, hl, 0).blend(hi, take).intoArray(hl, 0);
        DoubleVector.fromArray(D, hl, LANES).blend(lo, take).intoArray(hl, LANES);
    }

    /** ln 2 in the three parts that {@code ExpLog.log} adds e times, in its order. */
    private static final double[] LN2_PARTS = {ExpLog.LN2_HI, ExpLog.LN2_MID, ExpLog.LN2_LO};

    private static final Step LOG_MAXIMA = new Step() {
        @Override
        void run(double[] b, int n, Buffers w) {
            logMaxima(b, n, w.m, w.inv);
        }
    };

    private static final Step LOG_SUMS = new Step() {
        @Override
        void run(double[] b, int n, Buffers w) {
            logSums(b, n, w.lanes, w.inv);
        }
    };

    private static final Step LOG_SHIFT = new Step() {
        @Override
        void run(double[] b, int n, Buffers w) {
            logShift(b, n, w.m, w.inv);
        }
    };

    /**
     * The log-softmax group's loops, called as {@link #STEPS} are (one call site, five or more
     * classes: a virtual call, each loop compiled on its own): the softmax terms, then the sums,
     * the logarithms and the shift.
     */
    private static final Step[] LOG_STEPS = {STEPS[0], STEPS[1], LOG_MAXIMA, LOG_SUMS, LOG1P, LOG1P_FINISH, LOG_SHIFT};

    /**
     * {@link #LOG_STEPS} with the table in registers for the vector part of each row: the terms
     * as {@link #REG_STEPS} computes them (each loop a step of its own: run in one step with
     * {@link #termsReg}, the gathers of the tails' {@link #terms} were not compiled as intrinsics
     * and allocated 40 B per row of 10, JDK 17, 2026-12-06).
     */
    private static final Step[] LOG_REG_STEPS = {
        REG_STEPS[0], REG_STEPS[1], REG_STEPS[2], REG_STEPS[3], LOG_MAXIMA, LOG_SUMS, LOG1P, LOG1P_FINISH, LOG_SHIFT,
    };

    /**
     * Per row, s = Σ exp(z_i − m) − 1 in double-double, in the order of the single-vector kernel
     * that would compute the row, into s[0, LANES) (hi) and s[LANES, 2·LANES) (lo), from maxima − 1
     * in s[0, LANES) ({@link #logMaxima}); the terms e = exp(z_i − m) are in b[g, 2g), their
     * trailing parts in b[2g, 3g), those of the maxima 0 (which leaves the sums' bits as skipping
     * them does: the sums and compensations start at +0 and never become −0). Below
     * {@code LANES} entries the single-vector kernel is
     * {@link LogSumExpKernels#logSoftmax(double[], int, double[], int, int, String)}: every term
     * into one running sum from 0 by a two-sum, the error plus the trailing part into the
     * compensation, then {@code d.twoSum(maxima − 1, sum).add(comp, 0)}. From {@code LANES}
     * entries it is {@code PanamaVectorSupport.sumMinusOne}: entry c &lt; n − n mod LANES into
     * lane c mod LANES (a sum and a compensation per lane, from 0), the tail entries into a
     * running sum as the scalar kernel adds them, the lanes' compensations into the tail's one
     * by one, then {@code addLanes} from maxima − 1 and the same last two-sum.
     */
    private static void logSums(double[] b, int n, double[] lanes, double[] s) {
        int g = LANES * n;
        int bound = n < LANES ? 0 : n - n % LANES;
        DoubleVector zero = DoubleVector.zero(D);
        // the tail (every entry below LANES): scalar order
        DoubleVector sum = zero;
        DoubleVector comp = zero;
        for (int o = LANES * bound; o < g; o += LANES) {
            DoubleVector e = DoubleVector.fromArray(D, b, g + o);
            DoubleVector t = sum.add(e);
            DoubleVector bs = t.sub(sum);
            comp = comp.add(sum.sub(t.sub(bs)).add(e.sub(bs)).add(DoubleVector.fromArray(D, b, 2 * g + o)));
            sum = t;
        }
        // the lanes of the single-vector kernel, their compensations into comp in lane order
        for (int l = 0; l < LANES && bound > 0; l++) {
            DoubleVector ls = zero;
            DoubleVector lc = zero;
            for (int o = l * LANES; o < LANES * bound; o += LANES * LANES) {
                DoubleVector e = DoubleVector.fromArray(D, b, g + o);
                DoubleVector t = ls.add(e);
                DoubleVector bs = t.sub(ls);
                lc = lc.add(ls.sub(t.sub(bs)).add(e.sub(bs))).add(DoubleVector.fromArray(D, b, 2 * g + o));
                ls = t;
            }
            ls.intoArray(lanes, l * LANES);
            comp = comp.add(lc);
        }
        // addLanes: from (maxima − 1, 0), the lanes one by one
        DoubleVector a = DoubleVector.fromArray(D, s, 0);
        if (bound > 0) {
            comp = zero.add(comp);
            for (int l = 0; l < LANES; l++) {
                DoubleVector e = DoubleVector.fromArray(D, lanes, l * LANES);
                DoubleVector t = a.add(e);
                DoubleVector bb = t.sub(a);
                comp = comp.add(a.sub(t.sub(bb)).add(e.sub(bb)));
                a = t;
            }
        }
        // Dd.twoSum(a, sum), then Dd.add(comp, 0)
        DoubleVector s1 = a.add(sum);
        DoubleVector bb1 = s1.sub(a);
        DoubleVector e1 = a.sub(s1.sub(bb1)).add(sum.sub(bb1));
        DoubleVector s2 = s1.add(comp);
        DoubleVector bb2 = s2.sub(s1);
        DoubleVector e2 = s1.sub(s2.sub(bb2)).add(comp.sub(bb2)).add(e1.add(zero));
        DoubleVector r = s2.add(e2);
        r.intoArray(s, 0);
        e2.sub(r.sub(s2)).intoArray(s, LANES);
    }

    /**
     * The maxima of the log-softmax rows: per row, (count of entries equal to m) − 1 into
     * c[0, LANES), and the term and trailing part of each such entry (e = 1, 0) replaced by +0 in
     * b[g, 3g).
     */
    private static void logMaxima(double[] b, int n, double[] m, double[] c) {
        int g = LANES * n;
        DoubleVector vm = DoubleVector.fromArray(D, m, 0);
        DoubleVector zero = DoubleVector.zero(D);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        DoubleVector maxima = one.neg();
        for (int o = 0; o < g; o += LANES) {
            VectorMask<Double> isMax = DoubleVector.fromArray(D, b, o).compare(VectorOperators.EQ, vm);
            maxima = maxima.add(zero.blend(one, isMax));
            DoubleVector.fromArray(D, b, g + o).blend(zero, isMax).intoArray(b, g + o);
            DoubleVector.fromArray(D, b, 2 * g + o).blend(zero, isMax).intoArray(b, 2 * g + o);
        }
        maxima.intoArray(c, 0);
    }

    /**
     * {@code PanamaVectorSupport.logSoftmaxPass} with a maximum and an L per lane: out_i =
     * (z_i − m) − (lh + ll), the difference in double-double and rounded once, over b[0, g) in
     * place. (The rows here have no −∞ entry and no difference that overflows.)
     */
    private static void logShift(double[] b, int n, double[] m, double[] hl) {
        int g = LANES * n;
        DoubleVector negM = DoubleVector.fromArray(D, m, 0).neg();
        DoubleVector nlh = DoubleVector.fromArray(D, hl, 0).neg();
        DoubleVector nll = DoubleVector.fromArray(D, hl, LANES).neg();
        for (int o = 0; o < g; o += LANES) {
            DoubleVector a = DoubleVector.fromArray(D, b, o);
            DoubleVector s = a.add(negM);
            DoubleVector bb = s.sub(a);
            DoubleVector lo = a.sub(s.sub(bb)).add(negM.sub(bb));
            DoubleVector s2 = s.add(nlh);
            DoubleVector bb2 = s2.sub(s);
            DoubleVector e = s.sub(s2.sub(bb2)).add(nlh.sub(bb2)).add(lo.add(nll));
            DoubleVector r = s2.add(e);
            r.add(e.sub(r.sub(s2))).intoArray(b, o);
        }
    }

    // ------------------------------------------------------------------ logsumexp, double

    /**
     * Logsumexp of {@code rows} rows of {@code n} entries ({@link #takesLogSoftmax} with
     * {@code registers}), checked (no
     * NaN): row r of z[zo, ...) into out[oo + r] ({@code out} may be {@code z} outside the rows),
     * each value the bits of {@code PanamaVectorSupport.logSumExp} on the row alone. Per group:
     * the maxima, terms and sums s of {@link #logSoftmax(double[], int, double[], int, int, int,
     * VectorSupport, boolean, String)} (the quick exponential), then per row the first tier of
     * the single-vector kernels ({@link LogSumExpKernels#logSumExpTier}: L = {@link ExpLog#log1p}(s),
     * m + L rounded once, kept if m &gt;= 0 or its error bound is below 1/16 ulp). {@code single}
     * computes the rows this kernel leaves: those of the log-softmax kernel (an entry more than
     * 665 below the maximum, −∞ and rows all −∞ included, or a +∞ entry), the rows whose m + L
     * may cancel beyond that bound (the single-vector kernel then takes its next tiers), and the
     * rows that do not fill a last group.
     */
    static void logSumExp(double[] z, int zo, double[] out, int oo, int rows, int n, VectorSupport single,
            boolean registers) {
        Buffers w = BUFFERS.get();
        double[] b = ThreadBuffers.floatScratch(4 * LANES * n);
        int r = 0;
        for (; r + LANES <= rows; r += LANES) {
            int zb = zo + r * n;
            gather(z, zb, n, b);
            int special = lseGroup(b, n, w, registers);
            for (int l = 0; l < LANES; l++) {
                int from = zb + l * n;
                out[oo + r + l] = (special & (1 << l)) == 0 ? w.inv[l] : single.logSumExp(z, from, from + n);
            }
        }
        for (; r < rows; r++) {
            int from = zo + r * n;
            out[oo + r] = single.logSumExp(z, from, from + n);
        }
    }

    /**
     * The logsumexp group in b[0, LANES·n): leaves each row's result in {@code w.inv[l]} and
     * returns the rows left to the single-vector kernel, one bit per lane (those of
     * {@link #logGroup} and the rows whose bound fails).
     */
    private static int lseGroup(double[] b, int n, Buffers w, boolean registers) {
        return logFamilyGroup(b, n, w, registers ? LSE_REG_STEPS : LSE_STEPS);
    }

    /**
     * Per row, {@code LogSumExpKernels.logSumExpTier(m, false, d)} on d = s from {@code w.inv}:
     * the result into {@code w.inv[l]}, or the row's bit set in {@code w.special} when its
     * error bound fails (special rows skipped).
     */
    private static final Step LSE_LOG = new Step() {
        @Override
        void run(double[] b, int n, Buffers w) {
            Dd d = ThreadBuffers.register();
            double[] hl = w.inv;
            int special = w.special;
            for (int l = 0; l < LANES; l++) {
                if ((special & (1 << l)) != 0) {
                    continue;
                }
                d.set(hl[l], hl[LANES + l]);
                double r = LogSumExpKernels.logSumExpTier(w.m[l], false, d);
                if (r == r) {
                    hl[l] = r;
                } else {
                    special |= 1 << l;
                }
            }
            w.special = special;
        }
    };

    /** The logsumexp group's loops, as {@link #LOG_STEPS} without the shift. */
    private static final Step[] LSE_STEPS = {STEPS[0], STEPS[1], LOG_MAXIMA, LOG_SUMS, LSE_LOG};

    /** {@link #LSE_STEPS} with the table in registers, as {@link #LOG_REG_STEPS}. */
    private static final Step[] LSE_REG_STEPS = {
        LOG_REG_STEPS[0], LOG_REG_STEPS[1], LOG_REG_STEPS[2], LOG_REG_STEPS[3], LOG_MAXIMA, LOG_SUMS, LSE_LOG,
    };

    // ------------------------------------------------------------------ float

    /**
     * Float form of {@link #softmax(double[], int, double[], int, int, int, VectorSupport, String)}:
     * each row the bits of {@code PanamaVectorSupport.softmax(float[], ...)}.
     */
    static void softmax(float[] z, int zo, float[] out, int oo, int rows, int n, VectorSupport single,
            boolean registers, String name) {
        Buffers w = BUFFERS.get();
        int r = 0;
        for (; r + LANES <= rows; r += LANES) {
            int zb = zo + r * n;
            int ob = oo + r * n;
            // the buffer is asked for again each time: the single-vector kernel below may use it
            double[] b = ThreadBuffers.floatScratch(2 * LANES * n);
            gather(z, zb, n, b);
            int special = floatGroup(b, n, w);
            for (int l = 0; l < LANES; l++) {
                if ((special & (1 << l)) == 0) {
                    scatterRow(b, l, out, ob + l * n, n);
                }
            }
            for (int l = 0; l < LANES; l++) {
                if ((special & (1 << l)) != 0) {
                    single.softmax(z, zb + l * n, out, ob + l * n, n, name);
                }
            }
        }
        for (; r < rows; r++) {
            single.softmax(z, zo + r * n, out, oo + r * n, n, name);
        }
    }

    /** Float form of {@link #softmax(double[][], double[][], int, int, VectorSupport, String)}. */
    static void softmax(float[][] rows, float[][] out, int from, int to, VectorSupport single, boolean registers,
            String name) {
        Buffers w = BUFFERS.get();
        int r = from;
        while (r < to) {
            int n = rows[r].length;
            if (!takes(n) || r + LANES > to || !sameLength(rows, r, n)) {
                single.softmax(rows[r], 0, out[r], 0, n, name);
                r++;
                continue;
            }
            double[] b = ThreadBuffers.floatScratch(2 * LANES * n);
            for (int l = 0; l < LANES; l++) {
                float[] row = rows[r + l];
                for (int c = 0; c < n; c++) {
                    b[c * LANES + l] = row[c];
                }
            }
            int special = floatGroup(b, n, w);
            for (int l = 0; l < LANES; l++) {
                if ((special & (1 << l)) == 0) {
                    scatterRow(b, l, out[r + l], 0, n);
                }
            }
            for (int l = 0; l < LANES; l++) {
                if ((special & (1 << l)) != 0) {
                    single.softmax(rows[r + l], 0, out[r + l], 0, n, name);
                }
            }
            r += LANES;
        }
    }

    /**
     * The float group in b[0, LANES·n), widened (entry c of row l at c·LANES + l): leaves the
     * results, not yet rounded to float, there and returns the rows left to the single-vector
     * kernel (a +∞ maximum, or fewer than three entries above −∞), one bit per lane.
     */
    private static int floatGroup(double[] b, int n, Buffers w) {
        floatMaxima(b, n, w.m);
        int special = 0;
        for (int l = 0; l < LANES; l++) {
            if (w.m[l] == Double.POSITIVE_INFINITY || n - w.m[LANES + l] < 3) {
                special |= 1 << l;
            }
        }
        if (special == (1 << LANES) - 1) {
            return special;
        }
        for (Step step : FLOAT_STEPS) {
            step.run(b, n, w);
        }
        return special;
    }

    /** The float group's loops, called as {@link #STEPS} are (three classes: a virtual call). */
    private static final Step[] FLOAT_STEPS = {
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                floatTerms(b, LANES * n, w.m);
            }
        },
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                floatSums(b, n, w.inv);
            }
        },
        new Step() {
            @Override
            void run(double[] b, int n, Buffers w) {
                floatScale(b, n, w.inv);
            }
        },
    };

    /** Per row: the maximum into m[0, LANES), the count of −∞ entries into m[LANES, 2·LANES). */
    private static void floatMaxima(double[] b, int n, double[] m) {
        DoubleVector zero = DoubleVector.zero(D);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        DoubleVector max = DoubleVector.fromArray(D, b, 0);
        DoubleVector count = zero.blend(one, max.compare(VectorOperators.EQ, Double.NEGATIVE_INFINITY));
        for (int c = 1; c < n; c++) {
            DoubleVector v = DoubleVector.fromArray(D, b, c * LANES);
            max = max.blend(v, v.compare(VectorOperators.GT, max));
            count = count.add(zero.blend(one, v.compare(VectorOperators.EQ, Double.NEGATIVE_INFINITY)));
        }
        max.intoArray(m, 0);
        count.intoArray(m, LANES);
    }

    /**
     * The float softmax's terms, {@code PanamaVectorSupport.floatExpStore}'s exponential
     * ({@link ExpLog#expForFloat} lane by lane) with a maximum per lane: b[0, g) into b[g, 2g).
     */
    private static void floatTerms(double[] b, int g, double[] m) {
        DoubleVector negM = DoubleVector.fromArray(D, m, 0).neg();
        DoubleVector floor = DoubleVector.broadcast(D, FLOAT_FLOOR);
        DoubleVector invLn2 = DoubleVector.broadcast(D, INV_LN2);
        DoubleVector magic = DoubleVector.broadcast(D, ExpLog.FLOAT_MAGIC);
        DoubleVector nla = DoubleVector.broadcast(D, -LN2_A);
        DoubleVector c5 = DoubleVector.broadcast(D, ExpLog.FLOAT_C5);
        DoubleVector c4 = DoubleVector.broadcast(D, ExpLog.FLOAT_C4);
        DoubleVector c3 = DoubleVector.broadcast(D, ExpLog.FLOAT_C3);
        DoubleVector c2 = DoubleVector.broadcast(D, ExpLog.FLOAT_C2);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int o = 0; o < g; o += LANES) {
            DoubleVector x = DoubleVector.fromArray(D, b, o).add(negM).max(floor);
            DoubleVector t = x.fma(invLn2, magic);
            DoubleVector r = t.sub(magic).fma(nla, x);
            DoubleVector p = r.fma(ExpLog.FLOAT_C7, ExpLog.FLOAT_C6).fma(r, c5).fma(r, c4).fma(r, c3).fma(r, c2)
                    .fma(r, one).fma(r, one);
            p.mul(((LongVector) t.viewAsIntegralLanes()).lanewise(VectorOperators.LSHL, 52)
                    .viewAsFloatingLanes()).intoArray(b, g + o);
        }
    }

    /**
     * Per row, 1/S into inv[0, LANES), S summed in the single-vector float kernel's order:
     * below {@code LANES} entries the scalar kernel's ({@link SoftmaxKernels#softmax(float[], int,
     * float[], int, int, String)}: one running sum from 0, added to a total from 0); else lane
     * sums from 0 (entry c into lane c mod {@code LANES}) added one by one from 0, plus the
     * tail entries' sum from 0.
     */
    private static void floatSums(double[] b, int n, double[] inv) {
        int g = LANES * n;
        DoubleVector zero = DoubleVector.zero(D);
        DoubleVector total;
        if (n < LANES) {
            DoubleVector sum = zero;
            for (int c = 0; c < n; c++) {
                sum = sum.add(DoubleVector.fromArray(D, b, g + c * LANES));
            }
            total = zero.add(sum);
        } else {
            int bound = n - n % LANES;
            total = zero;
            for (int l = 0; l < LANES; l++) {
                DoubleVector lane = zero;
                for (int c = l; c < bound; c += LANES) {
                    lane = lane.add(DoubleVector.fromArray(D, b, g + c * LANES));
                }
                total = total.add(zero.add(lane));
            }
            DoubleVector tail = zero;
            for (int c = bound; c < n; c++) {
                tail = tail.add(DoubleVector.fromArray(D, b, g + c * LANES));
            }
            total = total.add(tail);
        }
        DoubleVector.broadcast(D, 1.0).div(total).intoArray(inv, 0);
    }

    /** p = e·(1/S) into b[0, g), rounded to float when written out. */
    private static void floatScale(double[] b, int n, double[] inv) {
        int g = LANES * n;
        DoubleVector vinv = DoubleVector.fromArray(D, inv, 0);
        for (int o = 0; o < g; o += LANES) {
            DoubleVector.fromArray(D, b, g + o).mul(vinv).intoArray(b, o);
        }
    }

    /** b[c·LANES + l] = z[zb + l·n + c], widened: the group transposed. */
    private static void gather(float[] z, int zb, int n, double[] b) {
        for (int l = 0; l < LANES; l++) {
            int from = zb + l * n;
            for (int c = 0; c < n; c++) {
                b[c * LANES + l] = z[from + c];
            }
        }
    }

    /** Writes row l of the group's results, rounded to float, to out[at, at + n). */
    private static void scatterRow(double[] b, int l, float[] out, int at, int n) {
        for (int c = 0; c < n; c++) {
            out[at + c] = (float) b[c * LANES + l];
        }
    }
}
