/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.jspecify.annotations.Nullable;

/**
 * The SIMD implementation of {@link VectorSupport} on the JDK Vector API (incubator module
 * {@code jdk.incubator.vector}, JDK 17 to 25). The only class of the library that imports it;
 * loaded reflectively by {@link VectorSupportProvider}.
 *
 * <p><b>Numerics.</b> The exponential is not {@code VectorOperators.EXP} (about 1 ulp, not
 * enough for the library's bounds). The sigmoid, and everything before JDK 25 or on vectors of
 * other than 8 double lanes, runs the scalar exponential lane by lane, with the same constants and the same
 * operations in the same order ({@link ExpLog#expQuickScaled}, {@link ExpLog#expForFloat} for the
 * float softmax): the argument reduction x = n·ln2/256 + r in two fused steps (n rounded with the
 * 1.5·2^52 trick, which equals {@link Math#rint} for |n| &lt; 2^51), the 2^(j/256) table
 * gathered from {@code TAB_HI} / {@code TAB_LO}, the polynomial, and the table product (the
 * float softmax reduces by ln 2 and needs no table), so each lane produces the scalar bits.
 * On JDK 25 and 8 double lanes (512-bit vectors) the double softmax, log-softmax and log-sum-exp
 * instead take 2^(j/8) out of a table held in one vector per part ({@code LongVector.selectFrom},
 * a lane permutation, instead of two gathers, which cost about 0.8 of the 2 ns of a softmax
 * element; see {@link #registers} for why not on JDK 17), with a longer polynomial and an exact
 * large product ({@link #expTermsReg}): the same error bound as the scalar exponential (2^-61),
 * not its bits.
 * The order of the sums differs too (one accumulator per lane, combined at the end), which
 * moves a softmax normaliser or a log-sum-exp argument by about 2^-100 relative (2^-53 for the
 * float softmax). The outputs may therefore differ from the scalar path by 1 ulp, rarely; the
 * sigmoid has its bits, as its public contract says ({@code VectorSupportTest} states the bounds).
 *
 * <p>Chunks with a lane outside the range where the vector code is bit-exact (x &lt; −693,
 * where the scalar kernel rounds a subnormal once; −∞; overflowing differences) go to the
 * scalar code, so special cases keep the scalar behaviour.
 *
 * <p>Each loop is its own method, and the scalar fallbacks are out of line, so that C2
 * compiles every vector loop with all Vector API calls inlined (a vector that escapes a
 * non-inlined call is boxed on the heap, hundreds of times slower). The softmax, sigmoid and
 * log-sum-exp exponentials run as two loops per block of {@link #BLOCK} entries for the same
 * reason, and the second loops ({@link #expTerms}, {@link #sigmoidTerms}, {@link #sumTerms},
 * and with the table in registers {@link #expTermsReg}, {@link #sumTermsReg}) each write out the
 * table product and 2^k: moving 2^k into a shared helper measured 15–20% slower for log-softmax
 * and log-sum-exp (2026-11-29).
 *
 * <p>Internal: not part of the public API.
 */
public final class PanamaVectorSupport implements VectorSupport {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = D.length();
    /** Floats with as many lanes as {@link #D}, for the float forms computed in double. */
    private static final VectorSpecies<Float> FH =
            VectorSpecies.of(float.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
    /** Ints with as many lanes as {@link #D}, for the table indices. */
    private static final VectorSpecies<Integer> IH =
            VectorSpecies.of(int.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    /** Longs with as many lanes as {@link #D}, for the exponent and index arithmetic. */
    private static final VectorSpecies<Long> LD = LongVector.SPECIES_PREFERRED;

    private static final double MAGIC = ExpLog.MAGIC;
    private static final long MAGIC_BITS = ExpLog.MAGIC_BITS;
    /** Below this, the reduction gives k &lt; −1000, where the scalar kernel rounds differently. */
    private static final double LOW = -693.0;
    /** Below this, k &lt; −960: the scalar log-sum-exp kernel sums such terms on their own scale. */
    private static final double TINY = -665.0;
    private static final double[] TAB_HI = ExpLog.TAB_HI;
    private static final double[] TAB_LO = ExpLog.TAB_LO;
    private static final double INV_L = ExpLog.INV_L;
    private static final double L_A = ExpLog.L_A;
    private static final double L_B = ExpLog.L_B;
    private static final double INV_LN2 = ExpLog.INV_LN2;
    private static final double LN2_A = ExpLog.LN2_A;
    private static final double FLOAT_MAGIC = ExpLog.FLOAT_MAGIC;
    private static final double FC7 = ExpLog.FLOAT_C7;
    private static final double FC6 = ExpLog.FLOAT_C6;
    private static final double FLOAT_FLOOR = ExpLog.FLOAT_EXP_FLOOR;
    private static final int MASK = ExpLog.TABLE_SIZE - 1;
    private static final int BITS = ExpLog.TABLE_BITS;

    /** Index bits of the table in registers: 2^(j/8), j = 0..7, one vector of 8 lanes. */
    static final int REG_BITS = 3;
    /** 8 / ln 2: {@link #INV_L} / 32, exactly (a power of two apart). */
    static final double INV_L8 = INV_L / 32;
    /** ln2/8 = L_A8 + L_B8: 32·{@link #L_A} and 32·{@link #L_B}, exactly. */
    static final double L_A8 = 32 * L_A;
    static final double L_B8 = 32 * L_B;
    /** 2^(j/8) as double-double, hi and lo, the bits of each in a long lane (null unless 8 lanes). */
    /**
     * {@link #MAGIC} + 1023·256: the bits of n + MAGIC_SCALE (n = 256·k + j the reduction's
     * integer, k &gt;= −1022) are those of MAGIC with 2^51 + n + 1023·256 in the low 52 bits, so
     * shifting them right by 8 (arithmetic) then left by 52 leaves k + 1023 in the exponent field
     * and nothing else: 2^k in two operations instead of four (the bits do not change).
     */
    static final double MAGIC_SCALE = MAGIC + (1023 << BITS);
    /**
     * {@link #MAGIC} + 1023·8, the same for n = 8·k + j of the table in registers: the low 3 bits
     * of n + MAGIC_REG are j (1023·8 and MAGIC's bits are multiples of 8), and shifting right by 3
     * then left by 52 leaves k + 1023.
     */
    static final double MAGIC_REG = MAGIC + (1023 << REG_BITS);
    static final LongVector REG_HI;
    static final LongVector REG_LO;

    static {
        if (LANES == 1 << REG_BITS) {
            long[] hi = new long[LANES];
            long[] lo = new long[LANES];
            for (int j = 0; j < LANES; j++) {
                int t = j << (BITS - REG_BITS);
                hi[j] = Double.doubleToRawLongBits(TAB_HI[t]);
                lo[j] = Double.doubleToRawLongBits(TAB_LO[t]);
            }
            REG_HI = LongVector.fromArray(LD, hi, 0);
            REG_LO = LongVector.fromArray(LD, lo, 0);
        } else {
            REG_HI = null;
            REG_LO = null;
        }
    }

    /**
     * Whether the softmax, log-softmax and log-sum-exp exponentials look the 8-entry table up in
     * registers (else they gather from the 256-entry one, as the sigmoid always does, for the
     * scalar bits). Chosen when the vectors hold 8 doubles and {@link #registersOn} says so: on JDK
     * 25 and later ({@link #REGISTERS_JDK}) C2 compiles {@code selectFrom} through an intrinsic of
     * its own ({@code VectorSupport.selectFromOp}, absent from JDK 17) and the lookup measured
     * faster, without allocating ({@code ExpTableBenchmark}, examples/jmh/README.md). JDK 17
     * compiles it as {@code rearrange(toShuffle())}, and with the default
     * {@code -XX:PerMethodTrapLimit} (100) C2 boxed every vector of the loop (44 bytes per element
     * or more, 2 to 4 times slower) in 5 of the 11 JMH forks measured at n = 100,000 on 2026-12-05;
     * with the limit at 1000 ({@link JitOptions}) in none of 16 on 2026-12-06, and the lookup then
     * measured 0.67–0.75 of the gathers' time for softmax, 0.89–0.95 for log-sum-exp. So JDK 17
     * takes it when the JVM was given that limit; JDK 18 to 24 were not measured and keep the
     * gathers.
     */
    private final boolean registers;

    /** The first JDK feature release on which the table in registers is the default. */
    private static final int REGISTERS_JDK = 25;

    /** Per-thread buffers, so that the kernels allocate nothing per call. */
    private static final PerThread<Scratch> SCRATCH = PerThread.withInitial(Scratch::new);

    /** Buffers of one thread: lanes of a sum, two double-double registers, and the blocks' buffers. */
    private static final class Scratch {
        final double[] lanes = new double[LANES];
        final Dd acc = new Dd();
        final Dd d = new Dd();
        /** Per block: the reduced arguments w, the table indices j and the n of x = n·ln2/256 + r. */
        final double[] wbuf = new double[BLOCK];
        /** Per block, table in registers: the polynomial part p of exp(r) − 1 = r_h + p (r_h in {@code wbuf}). */
        final double[] pbuf = new double[BLOCK];
        final int[] jbuf = new int[BLOCK];
        final double[] sbuf = new double[BLOCK];
        /** Per block: offsets of the chunks left to the scalar code, and their results until the block is written. */
        final int[] slow = new int[BLOCK / LANES];
        final double[] slowOut = new double[BLOCK];
        /** Lane sums and compensations of the softmax and of the log-sum-exp sums, carried from block to block. */
        final double[] sums = new double[2 * LANES];
        /** Widened inputs and double results of the float sigmoid, one block at a time. */
        final double[] zbuf = new double[BLOCK];
        final double[] obuf = new double[BLOCK];
    }

    /**
     * Entries per block of the two-loop kernels (a multiple of every lane count). The
     * exponential runs as two loops over a block, each its own method: the argument reduction,
     * then the table lookup and what follows. One loop holding both exceeds the budget of
     * nodes that C2 inlines into one compilation, and a Vector API call that is not inlined
     * allocates its vectors (several times slower).
     */
    private static final int BLOCK = 256;

    /**
     * Creates the SIMD implementation.
     *
     * @throws UnsupportedOperationException if the preferred vectors hold fewer than 2 doubles
     */
    public PanamaVectorSupport() {
        this(defaultRegisters());
    }

    /**
     * The default lookup on this JVM: {@link #registersOn} for 8-lane vectors, reading the JVM's
     * arguments (and starting {@code java.management}) only on JDK 17, where they decide.
     */
    private static boolean defaultRegisters() {
        if (LANES != 1 << REG_BITS) {
            return false;
        }
        int feature = Runtime.version().feature();
        return registersOn(feature, feature == 17 ? JitOptions.perMethodTrapLimit() : -1);
    }

    /**
     * Whether the table in registers is the default on this JDK feature release, given the JVM's
     * {@code -XX:PerMethodTrapLimit} (−1 when not given or unknown): on JDK 25 and later always,
     * on JDK 17 with a limit of at least {@link JitOptions#TRAP_LIMIT_FOR_REGISTERS}.
     */
    static boolean registersOn(int feature, long perMethodTrapLimit) {
        return feature >= REGISTERS_JDK || feature == 17 && perMethodTrapLimit >= JitOptions.TRAP_LIMIT_FOR_REGISTERS;
    }

    /**
     * Creates the SIMD implementation with the given table lookup (package-private: the tests and
     * {@code ExpTableBenchmark} compare both).
     *
     * @param registers whether the exponentials use the 8-entry table in registers (requires 8 lanes)
     * @throws UnsupportedOperationException if the preferred vectors hold fewer than 2 doubles,
     *     or {@code registers} is asked for and they do not hold 8
     */
    PanamaVectorSupport(boolean registers) {
        if (LANES < 2) {
            throw new UnsupportedOperationException("vectors of " + D.vectorBitSize() + " bits are too narrow");
        }
        if (registers && LANES != 1 << REG_BITS) {
            throw new UnsupportedOperationException("the table in registers needs 8 double lanes, not " + LANES);
        }
        this.registers = registers;
    }

    @Override
    public String describe() {
        return "SIMD (jdk.incubator.vector, " + D.vectorBitSize() + "-bit vectors, " + LANES + " double lanes, exp table "
                + (registers ? "in registers" : "gathered") + ")";
    }

    @Override
    public boolean isVectorized() {
        return true;
    }

    @Override
    public long threadBufferBytes() {
        Scratch w = SCRATCH.get();
        long doubles = w.lanes.length + w.wbuf.length + w.pbuf.length + w.sbuf.length + w.slowOut.length + w.sums.length
                + w.zbuf.length + w.obuf.length;
        long ints = w.jbuf.length + w.slow.length;
        return ThreadBuffers.floatScratchBytes() + 8 * doubles + 4 * ints + PanamaRows.threadBufferBytes();
    }

    // ------------------------------------------------------------------ batches of small rows

    @Override
    public boolean groupsRows(int n) {
        return PanamaRows.takes(n);
    }

    @Override
    public void softmaxRows(double[] z, int zo, double[] out, int oo, int rows, int n, String name) {
        if (PanamaRows.takes(n) && rows >= PanamaRows.LANES) {
            PanamaRows.softmax(z, zo, out, oo, rows, n, this, registers, name);
        } else {
            VectorSupport.super.softmaxRows(z, zo, out, oo, rows, n, name);
        }
    }

    @Override
    public void softmaxRows(float[] z, int zo, float[] out, int oo, int rows, int n, String name) {
        if (PanamaRows.takes(n) && rows >= PanamaRows.LANES) {
            PanamaRows.softmax(z, zo, out, oo, rows, n, this, registers, name);
        } else {
            VectorSupport.super.softmaxRows(z, zo, out, oo, rows, n, name);
        }
    }

    @Override
    public void logSoftmaxRows(double[] z, int zo, double[] out, int oo, int rows, int n, String name) {
        if (PanamaRows.takesLogSoftmax(n, registers) && rows >= PanamaRows.LANES) {
            PanamaRows.logSoftmax(z, zo, out, oo, rows, n, this, registers, name);
        } else {
            VectorSupport.super.logSoftmaxRows(z, zo, out, oo, rows, n, name);
        }
    }

    @Override
    public void logSumExpRows(double[] z, int zo, double[] out, int oo, int rows, int n) {
        if (PanamaRows.takesLogSoftmax(n, registers) && rows >= PanamaRows.LANES) {
            PanamaRows.logSumExp(z, zo, out, oo, rows, n, this, registers);
        } else {
            VectorSupport.super.logSumExpRows(z, zo, out, oo, rows, n);
        }
    }

    @Override
    public void softmaxRows(double[][] rows, double[][] out, int from, int to, String name) {
        if (to - from >= PanamaRows.LANES && PanamaRows.takes(rows[from].length)) {
            PanamaRows.softmax(rows, out, from, to, this, registers, name);
        } else {
            VectorSupport.super.softmaxRows(rows, out, from, to, name);
        }
    }

    @Override
    public void softmaxRows(float[][] rows, float[][] out, int from, int to, String name) {
        if (to - from >= PanamaRows.LANES && PanamaRows.takes(rows[from].length)) {
            PanamaRows.softmax(rows, out, from, to, this, registers, name);
        } else {
            VectorSupport.super.softmaxRows(rows, out, from, to, name);
        }
    }

    // ------------------------------------------------------------------ NaN scan, max, argmax

    @Override
    public int indexOfNaN(double[] z, int from, int to) {
        int n = to;
        int i = from;
        int bound = from + D.loopBound(to - from);
        // four vectors at a time: their sum is NaN if one holds a NaN (or, harmlessly, if
        // +∞ meets −∞; the exact scan below then settles it)
        for (; i + 3 * LANES < bound; i += 4 * LANES) {
            DoubleVector v = DoubleVector.fromArray(D, z, i).add(DoubleVector.fromArray(D, z, i + LANES))
                    .add(DoubleVector.fromArray(D, z, i + 2 * LANES)).add(DoubleVector.fromArray(D, z, i + 3 * LANES));
            if (v.compare(VectorOperators.NE, v).anyTrue()) {
                for (int j = i; j < i + 4 * LANES; j++) {
                    if (z[j] != z[j]) {
                        return j;
                    }
                }
            }
        }
        for (; i < n; i++) {
            if (z[i] != z[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int indexOfNaN(float[] z, int from, int to) {
        int n = to;
        int i = from;
        int step = F.length();
        int bound = from + F.loopBound(to - from);
        // as for double: a NaN in four vectors makes their sum NaN
        for (; i + 3 * step < bound; i += 4 * step) {
            FloatVector v = FloatVector.fromArray(F, z, i).add(FloatVector.fromArray(F, z, i + step))
                    .add(FloatVector.fromArray(F, z, i + 2 * step)).add(FloatVector.fromArray(F, z, i + 3 * step));
            if (v.compare(VectorOperators.NE, v).anyTrue()) {
                for (int j = i; j < i + 4 * step; j++) {
                    if (z[j] != z[j]) {
                        return j;
                    }
                }
            }
        }
        for (; i < n; i++) {
            if (z[i] != z[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public double max(double[] z, int from, int to) {
        return maxOf(z, from, to);
    }

    @Override
    public float max(float[] z, int from, int to) {
        return maxOf(z, from, to);
    }

    /**
     * Returns max(z), or NaN if z holds one: the vector MAX follows {@link Math#max}, which
     * returns NaN when either argument is NaN, and the tail keeps the first NaN it meets.
     */
    private static double maxOf(double[] z, int from, int to) {
        int n = to;
        int i = from;
        double m = Double.NEGATIVE_INFINITY;
        int bound = from + D.loopBound(to - from);
        if (bound > from) {
            // four independent accumulators: one MAX chain is latency bound (MAX's choice
            // between -0.0 and +0.0 is redone below)
            DoubleVector m0 = DoubleVector.fromArray(D, z, from);
            DoubleVector m1 = m0;
            DoubleVector m2 = m0;
            DoubleVector m3 = m0;
            for (i = from + LANES; i + 3 * LANES < bound; i += 4 * LANES) {
                m0 = m0.lanewise(VectorOperators.MAX, DoubleVector.fromArray(D, z, i));
                m1 = m1.lanewise(VectorOperators.MAX, DoubleVector.fromArray(D, z, i + LANES));
                m2 = m2.lanewise(VectorOperators.MAX, DoubleVector.fromArray(D, z, i + 2 * LANES));
                m3 = m3.lanewise(VectorOperators.MAX, DoubleVector.fromArray(D, z, i + 3 * LANES));
            }
            for (; i < bound; i += LANES) {
                m0 = m0.lanewise(VectorOperators.MAX, DoubleVector.fromArray(D, z, i));
            }
            m = m0.lanewise(VectorOperators.MAX, m1).lanewise(VectorOperators.MAX, m2.lanewise(VectorOperators.MAX, m3))
                    .reduceLanes(VectorOperators.MAX);
        }
        for (; i < n; i++) {
            if (z[i] > m || z[i] != z[i]) {
                m = z[i];
            }
        }
        // the scalar kernel keeps the first of -0.0 and +0.0; reproduce its sign
        return m == 0 ? LogSumExpKernels.max(z, from, to) : m;
    }

    /** Float form of {@link #max(double[], int, int)}: NaN if z holds one. */
    private static float maxOf(float[] z, int from, int to) {
        int n = to;
        int i = from;
        float m = Float.NEGATIVE_INFINITY;
        int step = F.length();
        int bound = from + F.loopBound(to - from);
        if (bound > from) {
            // four independent accumulators, as for double (the sign of a zero maximum does not
            // matter to the float softmax: it only subtracts it)
            FloatVector m0 = FloatVector.fromArray(F, z, from);
            FloatVector m1 = m0;
            FloatVector m2 = m0;
            FloatVector m3 = m0;
            for (i = from + step; i + 3 * step < bound; i += 4 * step) {
                m0 = m0.lanewise(VectorOperators.MAX, FloatVector.fromArray(F, z, i));
                m1 = m1.lanewise(VectorOperators.MAX, FloatVector.fromArray(F, z, i + step));
                m2 = m2.lanewise(VectorOperators.MAX, FloatVector.fromArray(F, z, i + 2 * step));
                m3 = m3.lanewise(VectorOperators.MAX, FloatVector.fromArray(F, z, i + 3 * step));
            }
            for (; i < bound; i += step) {
                m0 = m0.lanewise(VectorOperators.MAX, FloatVector.fromArray(F, z, i));
            }
            m = m0.lanewise(VectorOperators.MAX, m1).lanewise(VectorOperators.MAX, m2.lanewise(VectorOperators.MAX, m3))
                    .reduceLanes(VectorOperators.MAX);
        }
        for (; i < n; i++) {
            if (z[i] > m || z[i] != z[i]) {
                m = z[i];
            }
        }
        return m;
    }

    @Override
    public int argmax(double[] z, int from, int to) {
        double m = max(z, from, to);
        if (m != m) {
            return -1;
        }
        int i = from;
        int bound = from + D.loopBound(to - from);
        for (; i < bound; i += LANES) {
            VectorMask<Double> eq = DoubleVector.fromArray(D, z, i).compare(VectorOperators.EQ, m);
            if (eq.anyTrue()) {
                return i - from + eq.firstTrue();
            }
        }
        for (; i < to; i++) {
            if (z[i] == m) {
                return i - from;
            }
        }
        return 0;
    }

    @Override
    public int argmax(float[] z, int from, int to) {
        float m = max(z, from, to);
        if (m != m) {
            return -1;
        }
        int i = from;
        int bound = from + F.loopBound(to - from);
        for (; i < bound; i += F.length()) {
            VectorMask<Float> eq = FloatVector.fromArray(F, z, i).compare(VectorOperators.EQ, m);
            if (eq.anyTrue()) {
                return i - from + eq.firstTrue();
            }
        }
        for (; i < to; i++) {
            if (z[i] == m) {
                return i - from;
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ softmax, double

    @Override
    public void softmax(double[] z, int zo, double[] out, int oo, int n, String name) {
        if (n < 3) {
            SoftmaxKernels.softmax(z, zo, out, oo, n, 1.0, null, name);
            return;
        }
        double m = maxOf(z, zo, zo + n);
        if (m != m) {
            throw Failures.nanIn(z, zo, name);
        }
        if (m == Double.NEGATIVE_INFINITY) {
            throw Failures.allNegativeInfinity(name);
        }
        if (m == Double.POSITIVE_INFINITY || SoftmaxKernels.live(z, zo, n) < 3) {
            // +∞ limits, and two entries above −∞: the scalar kernel's sigmoid pair
            SoftmaxKernels.softmax(z, zo, out, oo, n, 1.0, null, name);
            return;
        }
        if (n > VectorSplit.CHUNK) {
            VectorSplit.softmax(this, z, zo, out, oo, n, m, false);
            return;
        }
        Scratch w = SCRATCH.get();
        Dd acc = w.acc;
        Dd d = w.d;
        // pass 1: e_i = exp(z_i - m) stored rounded, S = Σ e_i in double-double
        expPass(z, zo, m, out, oo, n, w, registers);
        d.twoSum(acc.hi, acc.lo);
        double sh = d.hi;
        double sl = d.lo;
        d.set(1, 0).div(sh, sl);
        // pass 2: p_i = e_i / S, rounded once from e_i · (1/S) in double-double
        scalePass(out, oo, n, d.hi, d.lo);
    }

    @Override
    public void softmaxTerms(double[] z, int zo, double m, double[] out, int oo, int n, double[] sums, int at) {
        Scratch w = SCRATCH.get();
        expPass(z, zo, m, out, oo, n, w, registers);
        sums[at] = w.acc.hi;
        sums[at + 1] = w.acc.lo;
    }

    @Override
    public void softmaxScale(double[] out, int oo, int n, double ih, double il) {
        scalePass(out, oo, n, ih, il);
    }

    @Override
    public double softmaxTermSum(float[] z, int zo, int n, double m) {
        return floatExpSum(z, zo, n, m, FH.loopBound(n), ThreadBuffers.floatScratch(LANES));
    }

    @Override
    public void softmaxScale(float[] z, int zo, int n, double m, double inv, float[] out, int oo) {
        floatExpScale(z, zo, n, m, inv, out, oo, FH.loopBound(n));
    }

    /**
     * Pass 1 of the double softmax; leaves (sum, compensation) in {@code w.acc}. With the gathers
     * each lane runs {@link ExpLog#expQuickScaled} and the unscaling of the scalar kernel, so the
     * terms have the scalar bits; with the table in registers ({@link #expTermsReg}) they have the
     * same error bound, 2^-61 relative, and may differ from the scalar terms in the last bit.
     * The order of the sum differs either way. The lane sums start at 1, so every
     * term (at most exp(0) = 1) is below the running sum and the fast two-sum is exact; the
     * extra 1 per lane is taken off at the end, exactly.
     */
    private static void expPass(double[] z, int zo, double m, double[] out, int oo, int n, Scratch w,
            boolean registers) {
        Dd acc = w.acc;
        Dd d = w.d;
        double[] sums = w.sums;
        java.util.Arrays.fill(sums, 0, LANES, 1.0);
        java.util.Arrays.fill(sums, LANES, 2 * LANES, 0.0);
        acc.set(0, 0);
        int bound = D.loopBound(n);
        for (int b = 0; b < bound; b += BLOCK) {
            int len = Math.min(BLOCK, bound - b);
            int slow = registers ? reduceReg(z, zo + b, len, m, LOW, w.wbuf, w.pbuf, w.sbuf, w.slow)
                    : reduce(z, zo + b, len, m, LOW, false, w.wbuf, w.jbuf, w.sbuf, w.slow);
            // the scalar chunks are computed before out (which may be z) is written
            for (int c = 0; c < slow; c++) {
                int from = zo + b + w.slow[c];
                scalarTerms(z, m, w.slowOut, c * LANES, from, from + LANES, acc, d);
            }
            if (registers) {
                expTermsReg(out, oo + b, len, w.wbuf, w.pbuf, w.sbuf, sums);
            } else {
                expTerms(out, oo + b, len, w.wbuf, w.jbuf, w.sbuf, sums);
            }
            for (int c = 0; c < slow; c++) {
                System.arraycopy(w.slowOut, c * LANES, out, oo + b + w.slow[c], LANES);
            }
        }
        scalarTerms(z, m, out, oo + bound, zo + bound, zo + n, acc, d);
        double[] lanes = w.lanes;
        double comp = 0;
        for (int l = 0; l < LANES; l++) {
            lanes[l] = sums[l] - 1.0;
            comp += sums[LANES + l];
        }
        addLanes(lanes, comp, acc);
    }

    /**
     * First loop of the exponential over z[from, from + len): the argument x (the exact
     * difference z_i − m for softmax, −|z_i| for sigmoid), its reduction x = n·ln2/256 + r and w = exp(r) − 1 as in
     * {@link ExpLog#expQuickScaled}, stored with the table index j and n. Chunks
     * with an x below {@code low} ({@link #LOW}, where k &lt; −1000 and the scalar code rounds a
     * subnormal once, or {@link #TINY} for the sums) get
     * w = −1, j = 0 and n = 0, which give a term 0 (T_0 + T_0·w = 0), and their offsets are
     * listed in {@code slow}; returns how many.
     * ({@code sbuf} receives n, from which the next loop builds 2^k, k = n &gt;&gt; 8.)
     */
    private static int reduce(double[] z, int from, int len, double m, double low, boolean sigmoid,
            double[] wbuf, int[] jbuf, double[] sbuf, int[] slow) {
        DoubleVector negM = DoubleVector.broadcast(D, -m);
        DoubleVector zero = DoubleVector.zero(D);
        DoubleVector negLa = DoubleVector.broadcast(D, -L_A);
        DoubleVector negLb = DoubleVector.broadcast(D, -L_B);
        DoubleVector sixth = DoubleVector.broadcast(D, 1.0 / 6);
        DoubleVector half = DoubleVector.broadcast(D, 0.5);
        int count = 0;
        for (int o = 0; o < len; o += LANES) {
            DoubleVector a = DoubleVector.fromArray(D, z, from + o);
            // softmax: x = z_i − m; sigmoid: x = −|z_i| (exact)
            DoubleVector xh = sigmoid ? a.abs().neg() : a.add(negM);
            if (xh.compare(VectorOperators.LT, low).anyTrue()) {
                // scalar stores: a vector operation in this rarely taken branch may not be
                // compiled as an intrinsic (its profile is empty) and would then allocate
                for (int l = o; l < o + LANES; l++) {
                    wbuf[l] = -1;
                    sbuf[l] = 0;
                    jbuf[l] = 0;
                }
                slow[count++] = o;
                continue;
            }
            DoubleVector bx = xh.sub(a);
            DoubleVector xl = sigmoid ? zero : a.sub(xh.sub(bx)).add(negM.sub(bx));
            DoubleVector t = xh.fma(INV_L, MAGIC);
            DoubleVector nd = t.sub(MAGIC);
            LongVector nl = ((LongVector) t.viewAsIntegralLanes()).sub(MAGIC_BITS);
            DoubleVector rh = nd.fma(negLa, xh);
            DoubleVector rl = nd.fma(negLb, xl);
            DoubleVector r = rh.add(rl);
            DoubleVector q = r.fma(1.0 / 120, 1.0 / 24).fma(r, sixth).fma(r, half);
            rh.add(r.mul(r).fma(q, rl)).intoArray(wbuf, o);
            ((IntVector) nl.and(MASK).convertShape(VectorOperators.L2I, IH, 0)).intoArray(jbuf, o);
            // n itself, as a double: the next loop builds 2^k from it (a stored vector that was
            // reinterpreted from longs is not always compiled as an intrinsic)
            nd.intoArray(sbuf, o);
        }
        return count;
    }

    /**
     * Second loop of the softmax exponential: e = 2^k · (T_j + T_j·w + t_j) as mh + ml, e_i =
     * mh·2^k stored (exact for k &gt;= −1000) and added to the lane sums, ml·2^k to the
     * compensations ({@code sums} holds both, carried from block to block).
     */
    private static void expTerms(double[] out, int from, int len, double[] wbuf, int[] jbuf, double[] sbuf, double[] sums) {
        DoubleVector vsum = DoubleVector.fromArray(D, sums, 0);
        DoubleVector vcomp = DoubleVector.fromArray(D, sums, LANES);
        for (int o = 0; o < len; o += LANES) {
            DoubleVector th = DoubleVector.fromArray(D, TAB_HI, 0, jbuf, o);
            DoubleVector v = th.fma(DoubleVector.fromArray(D, wbuf, o), DoubleVector.fromArray(D, TAB_LO, 0, jbuf, o));
            DoubleVector mh = th.add(v);
            DoubleVector ml = th.sub(mh).add(v);
            DoubleVector scale = ((LongVector) DoubleVector.fromArray(D, sbuf, o).add(MAGIC_SCALE).viewAsIntegralLanes())
                    .lanewise(VectorOperators.ASHR, BITS).lanewise(VectorOperators.LSHL, 52)
                    .viewAsFloatingLanes();
            DoubleVector eh = mh.mul(scale);
            eh.intoArray(out, from + o);
            DoubleVector s = vsum.add(eh);
            vcomp = vcomp.add(eh.sub(s.sub(vsum))).add(ml.mul(scale));
            vsum = s;
        }
        vsum.intoArray(sums, 0);
        vcomp.intoArray(sums, LANES);
    }

    /**
     * {@link #reduce} for the table in registers: x = n·ln2/8 + r with |r| &lt;= ln2/16, r = r_h + r_l,
     * and exp(r) − 1 = r_h + p with p = r_l + r²·q(r), q of degree 7 (exp to degree 9). r_h =
     * x_h − n·L_A8 is exact in one fused step: for n ≠ 0, |x_h| &gt; 2^-5, so x_h and n·L_A8 are
     * multiples of 2^-57 and their difference, below 2^-4, fits in 53 bits.
     * Stores r_h in {@code rbuf}, p in {@code pbuf} and n in {@code sbuf}; the slow chunks get
     * r_h = −1, p = 0, n = 0, whose term is 0. See {@link #expTermsReg} for the error analysis.
     */
    private static int reduceReg(double[] z, int from, int len, double m, double low, double[] rbuf, double[] pbuf,
            double[] sbuf, int[] slow) {
        DoubleVector negM = DoubleVector.broadcast(D, -m);
        DoubleVector negLa = DoubleVector.broadcast(D, -L_A8);
        DoubleVector negLb = DoubleVector.broadcast(D, -L_B8);
        DoubleVector c7 = DoubleVector.broadcast(D, 1.0 / 5040);
        DoubleVector c6 = DoubleVector.broadcast(D, 1.0 / 720);
        DoubleVector c5 = DoubleVector.broadcast(D, 1.0 / 120);
        DoubleVector c4 = DoubleVector.broadcast(D, 1.0 / 24);
        DoubleVector c3 = DoubleVector.broadcast(D, 1.0 / 6);
        DoubleVector half = DoubleVector.broadcast(D, 0.5);
        int count = 0;
        for (int o = 0; o < len; o += LANES) {
            DoubleVector a = DoubleVector.fromArray(D, z, from + o);
            DoubleVector xh = a.add(negM);
            if (xh.compare(VectorOperators.LT, low).anyTrue()) {
                // scalar stores, as in reduce
                for (int l = o; l < o + LANES; l++) {
                    rbuf[l] = -1;
                    pbuf[l] = 0;
                    sbuf[l] = 0;
                }
                slow[count++] = o;
                continue;
            }
            DoubleVector bx = xh.sub(a);
            DoubleVector xl = a.sub(xh.sub(bx)).add(negM.sub(bx));
            DoubleVector nd = xh.fma(INV_L8, MAGIC).sub(MAGIC);
            DoubleVector rh = nd.fma(negLa, xh);
            DoubleVector rl = nd.fma(negLb, xl);
            DoubleVector r = rh.add(rl);
            DoubleVector q = r.fma(1.0 / 362880, 1.0 / 40320).fma(r, c7).fma(r, c6).fma(r, c5).fma(r, c4).fma(r, c3)
                    .fma(r, half);
            // r² as r_h² + 2·r_h·r_l rounded once (r_l² is below 2^-85)
            DoubleVector rr = rh.fma(rh, rh.mul(rl.add(rl)));
            rh.intoArray(rbuf, o);
            rr.fma(q, rl).intoArray(pbuf, o);
            nd.intoArray(sbuf, o);
        }
        return count;
    }

    /**
     * Second loop of the softmax exponential with the table in registers: {@link #expTerms} with
     * T = T_h + T_l = 2^(j/8) (j = n mod 8, k = n &gt;&gt; 3) taken from {@link #REG_HI} and
     * {@link #REG_LO} by a lane permutation instead of two gathers, and a product that keeps the
     * large part exact: u_h = T_h + T_h·r_h rounded once (a fused step; |T_h·r_h| &lt; 2^-3.5),
     * its residual c = T_h·r_h + (T_h − u_h) by a second fused step (T_h − u_h is exact by
     * Sterbenz's lemma, u_h / T_h being within 0.95 and 1.05; the residual is below ulp(u_h)/2 =
     * 2^-52, so c's one rounding is below 2^-105), then v = T_h·p + (T_l·(1 + r_h + p) + c) in one
     * fused step and the fast two-sum m_h + m_l = u_h + v (so |m_l| &lt;= ulp(m_h)/2). The lane
     * compensations take m_l·2^k in a fused step.
     *
     * <p>Error of m_h + m_l against 2^(j/8)·exp(r), relative, with |r| &lt;= ln2/16 (r_h² &lt;
     * 2^-9.05, 0.49 &lt; q &lt; 0.508, |p| &lt; 2^-10, |r_l| &lt; 2^-42.7), each error of p weighted by
     * T_h / (T·e^r) &lt;= 1/0.957:
     * <ul>
     *   <li>r² rounded once: 2^-53·r²·q &lt; 2^-63.0;</li>
     *   <li>q: half an ulp of its last Horner step plus |r| times that of the one before
     *       (2^-54 + 2^-60.5), times r²: &lt; 2^-63.0; the coefficients 1/k! rounded: &lt; 2^-67;</li>
     *   <li>p rounded: half an ulp, &lt; 2^-64;</li>
     *   <li>v rounded: 2^-53·|v| &lt;= 2^-53·(T_h·|p| + 2^-51), over T &gt;= 0.957·T_h: &lt; 2^-62.97;</li>
     *   <li>the first omitted term r^10/10!: &lt; 2^-67.0;</li>
     *   <li>the rest (c's rounding, the fast two-sum, T_l's own rounding, the reduction's
     *       2^-95, the small sums inside v): below 2^-90.</li>
     * </ul>
     * Together below 3.7·2^-63 = 2^-61.1, within the 2^-61 of {@link ExpLog#expQuickScaled}
     * that the softmax and log-sum-exp bounds use ({@link LogSumExpKernels#QUICK_LOG1P_ERROR}); 2^-61.7
     * was the largest error seen on 9.6 million random arguments in [−690, 0], against
     * {@link ExpLog#exp} (2026-12-05; {@code VectorSupportTest} checks 2^-61 on its own sample).
     * Not the scalar bits: a softmax output may differ from the scalar path's in the last place,
     * as the order of the sums already allows.
     */
    private static void expTermsReg(double[] out, int from, int len, double[] rbuf, double[] pbuf, double[] sbuf,
            double[] sums) {
        LongVector tabHi = REG_HI;
        LongVector tabLo = REG_LO;
        DoubleVector vsum = DoubleVector.fromArray(D, sums, 0);
        DoubleVector vcomp = DoubleVector.fromArray(D, sums, LANES);
        for (int o = 0; o < len; o += LANES) {
            LongVector nl = ((LongVector) DoubleVector.fromArray(D, sbuf, o).add(MAGIC_REG)
                    .viewAsIntegralLanes());
            LongVector j = nl.and(LANES - 1);
            DoubleVector th = j.selectFrom(tabHi).viewAsFloatingLanes();
            DoubleVector tl = j.selectFrom(tabLo).viewAsFloatingLanes();
            DoubleVector rh = DoubleVector.fromArray(D, rbuf, o);
            DoubleVector p = DoubleVector.fromArray(D, pbuf, o);
            DoubleVector uh = th.fma(rh, th);
            DoubleVector v = th.fma(p, tl.fma(rh.add(p), tl).add(th.fma(rh, th.sub(uh))));
            DoubleVector mh = uh.add(v);
            DoubleVector ml = uh.sub(mh).add(v);
            DoubleVector scale = nl.lanewise(VectorOperators.ASHR, REG_BITS).lanewise(VectorOperators.LSHL, 52)
                    .viewAsFloatingLanes();
            DoubleVector eh = mh.mul(scale);
            eh.intoArray(out, from + o);
            DoubleVector s = vsum.add(eh);
            vcomp = ml.fma(scale, vcomp.add(eh.sub(s.sub(vsum))));
            vsum = s;
        }
        vsum.intoArray(sums, 0);
        vcomp.intoArray(sums, LANES);
    }

    /**
     * Adds the lanes of a sum (stored in {@code lanes}, so that no vector crosses a call and gets
     * boxed) and a compensation to {@code acc}, error-free.
     */
    private static void addLanes(double[] lanes, double compensation, Dd acc) {
        double sum = acc.hi;
        double comp = acc.lo + compensation;
        for (int l = 0; l < LANES; l++) {
            double e = lanes[l];
            double s = sum + e;
            double bb = s - sum;
            comp += (sum - (s - bb)) + (e - bb);
            sum = s;
        }
        acc.hi = sum;
        acc.lo = comp;
    }

    /**
     * The scalar softmax terms of {@code z[from..to)}, stored from {@code dst[at]} on and added
     * to {@code acc}.
     */
    private static void scalarTerms(double[] z, double m, double[] dst, int at, int from, int to, Dd acc, Dd d) {
        double sum = acc.hi;
        double comp = acc.lo;
        for (int j = from; j < to; j++) {
            double e = scalarTerm(z[j], m, d);
            comp += d.lo;
            dst[at + j - from] = e;
            double s = sum + e;
            double bb = s - sum;
            comp += (sum - (s - bb)) + (e - bb);
            sum = s;
        }
        acc.hi = sum;
        acc.lo = comp;
    }

    /**
     * exp(z_i − m) as the scalar softmax kernel computes it (temperature 1): returns the
     * rounded term and leaves its trailing part in {@code d.lo} (0 when the term is 0).
     */
    private static double scalarTerm(double zi, double m, Dd d) {
        if (zi == Double.NEGATIVE_INFINITY) {
            d.set(0, 0);
            return 0;
        }
        Quotients.diffOverT(zi, m, 1.0, d);
        if (d.hi < ExpLog.EXP_UNDERFLOW - 1) {
            d.set(0, 0);
            return 0;
        }
        ExpLog.expQuick(d.hi, d.lo, d);
        return d.hi;
    }

    /** Pass 2 of the double softmax: out_i = e_i · (ih + il) rounded once. */
    private static void scalePass(double[] out, int oo, int n, double ih, double il) {
        DoubleVector vih = DoubleVector.broadcast(D, ih);
        DoubleVector vil = DoubleVector.broadcast(D, il);
        int i = oo;
        int bound = oo + D.loopBound(n);
        n += oo;
        for (; i < bound; i += LANES) {
            DoubleVector e = DoubleVector.fromArray(D, out, i);
            DoubleVector ph = e.mul(vih);
            ph.add(e.fma(vih, ph.neg()).add(e.mul(vil))).intoArray(out, i);
        }
        for (; i < n; i++) {
            double e = out[i];
            if (e != 0) {
                double ph = e * ih;
                out[i] = ph + (Math.fma(e, ih, -ph) + e * il);
            }
        }
    }

    // ------------------------------------------------------------------ softmax, float

    @Override
    public void softmax(float[] z, int zo, float[] out, int oo, int n, String name) {
        float mf = maxOf(z, zo, zo + n);
        if (mf != mf) {
            throw Failures.nanIn(z, zo, name);
        }
        if (mf == Float.NEGATIVE_INFINITY) {
            throw Failures.allNegativeInfinity(name);
        }
        if (n < FH.length() || mf == Float.POSITIVE_INFINITY || SoftmaxKernels.live(z, zo, n) < 3) {
            SoftmaxKernels.softmax(z, zo, out, oo, n, name);
            return;
        }
        // SoftmaxKernels.softmax(float[], ...) with its exponential lane by lane: the same terms, summed
        // in lanes (runs of FLOAT_BLOCK terms per lane), then p_i = exp(z_i − m) · (1/S)
        double m = mf;
        int bound = FH.loopBound(n);
        // n terms, then LANES slots for the lane sums (see floatExpStore)
        double[] w = ThreadBuffers.floatScratch(n + LANES);
        if (w == null) {
            VectorSplit.softmax(this, z, zo, out, oo, n, m, false);
            return;
        }
        double inv = 1 / floatExpStore(z, zo, n, m, bound, w);
        floatScaleStored(w, inv, out, oo, n);
    }

    /**
     * Pass 1 of the float softmax up to {@link ThreadBuffers#FLOAT_BUFFER} entries: w_i = exp(z_i − m)
     * stored, S = Σ w_i returned (in lanes, runs of FLOAT_BLOCK terms per lane).
     */
    private static double floatExpStore(float[] z, int zo, int n, double m, int bound, double[] w) {
        DoubleVector negM = DoubleVector.broadcast(D, -m);
        DoubleVector floor = DoubleVector.broadcast(D, FLOAT_FLOOR);
        DoubleVector invLn2 = DoubleVector.broadcast(D, INV_LN2);
        DoubleVector magic = DoubleVector.broadcast(D, FLOAT_MAGIC);
        DoubleVector nla = DoubleVector.broadcast(D, -LN2_A);
        DoubleVector c5 = DoubleVector.broadcast(D, ExpLog.FLOAT_C5);
        DoubleVector c4 = DoubleVector.broadcast(D, ExpLog.FLOAT_C4);
        DoubleVector c3 = DoubleVector.broadcast(D, ExpLog.FLOAT_C3);
        DoubleVector c2 = DoubleVector.broadcast(D, ExpLog.FLOAT_C2);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        java.util.Arrays.fill(w, n, n + LANES, 0.0);
        int i = 0;
        while (i < bound) {
            int end = Math.min(bound, i + SoftmaxKernels.FLOAT_BLOCK * LANES);
            DoubleVector sum = DoubleVector.zero(D);
            for (; i < end; i += LANES) {
                DoubleVector x = ((DoubleVector) FloatVector.fromArray(FH, z, zo + i).convertShape(VectorOperators.F2D, D, 0))
                        .add(negM).max(floor);
                // ExpLog.expForFloat, lane by lane
                DoubleVector t = x.fma(invLn2, magic);
                DoubleVector r = t.sub(magic).fma(nla, x);
                DoubleVector p = r.fma(FC7, FC6).fma(r, c5).fma(r, c4).fma(r, c3).fma(r, c2).fma(r, one).fma(r, one);
                DoubleVector e = p.mul(((LongVector) t.viewAsIntegralLanes()).lanewise(VectorOperators.LSHL, 52)
                        .viewAsFloatingLanes());
                e.intoArray(w, i);
                sum = sum.add(e);
            }
            // the total of the runs kept in memory (from w[n] on): a vector carried by this outer
            // loop was boxed at its end, about 100 bytes allocated per call (JFR, JDK 17)
            DoubleVector.fromArray(D, w, n).add(sum).intoArray(w, n);
        }
        double tail = 0;
        for (int j = bound; j < n; j++) {
            double e = SoftmaxKernels.floatTerm(z[zo + j], m);
            w[j] = e;
            tail += e;
        }
        // the lanes added one by one, lane 0 first: reduceLanes leaves the order unspecified
        // (newer C2 versions have an unordered x86 reduction), and the batch kernel
        // (PanamaRows) must repeat this order to give the same bits
        double s = 0;
        for (int l = 0; l < LANES; l++) {
            s += w[n + l];
        }
        return s + tail;
    }

    /** Pass 2 of the float softmax on stored terms: out_i = w_i · (1/S), rounded to float. */
    private static void floatScaleStored(double[] w, double inv, float[] out, int oo, int n) {
        DoubleVector vinv = DoubleVector.broadcast(D, inv);
        int i = 0;
        int bound = FH.loopBound(n);
        for (; i < bound; i += LANES) {
            ((FloatVector) DoubleVector.fromArray(D, w, i).mul(vinv).convertShape(VectorOperators.D2F, FH, 0))
                    .intoArray(out, oo + i);
        }
        for (; i < n; i++) {
            out[oo + i] = (float) (w[i] * inv);
        }
    }

    /** Pass 1 of the float softmax: S = Σ exp(z_i − m), in lanes, in runs of FLOAT_BLOCK terms per lane. */
    private static double floatExpSum(float[] z, int zo, int n, double m, int bound, double[] lanes) {
        DoubleVector negM = DoubleVector.broadcast(D, -m);
        DoubleVector nla = DoubleVector.broadcast(D, -LN2_A);
        DoubleVector c5 = DoubleVector.broadcast(D, ExpLog.FLOAT_C5);
        DoubleVector c4 = DoubleVector.broadcast(D, ExpLog.FLOAT_C4);
        DoubleVector c3 = DoubleVector.broadcast(D, ExpLog.FLOAT_C3);
        DoubleVector c2 = DoubleVector.broadcast(D, ExpLog.FLOAT_C2);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        java.util.Arrays.fill(lanes, 0, LANES, 0.0);
        int i = 0;
        while (i < bound) {
            int end = Math.min(bound, i + SoftmaxKernels.FLOAT_BLOCK * LANES);
            DoubleVector sum = DoubleVector.zero(D);
            for (; i < end; i += LANES) {
                DoubleVector x = ((DoubleVector) FloatVector.fromArray(FH, z, zo + i).convertShape(VectorOperators.F2D, D, 0))
                        .add(negM).max(FLOAT_FLOOR);
                // ExpLog.expForFloat, lane by lane
                DoubleVector t = x.fma(INV_LN2, FLOAT_MAGIC);
                DoubleVector r = t.sub(FLOAT_MAGIC).fma(nla, x);
                DoubleVector p = r.fma(FC7, FC6).fma(r, c5).fma(r, c4).fma(r, c3).fma(r, c2).fma(r, one).fma(r, one);
                DoubleVector scale = ((LongVector) t.viewAsIntegralLanes()).lanewise(VectorOperators.LSHL, 52)
                        .viewAsFloatingLanes();
                sum = p.fma(scale, sum);
            }
            // the total of the runs kept in memory, as in floatExpStore
            DoubleVector.fromArray(D, lanes, 0).add(sum).intoArray(lanes, 0);
        }
        double tail = 0;
        for (int j = bound; j < n; j++) {
            tail += SoftmaxKernels.floatTerm(z[zo + j], m);
        }
        // in floatExpStore's order
        double s = 0;
        for (int l = 0; l < LANES; l++) {
            s += lanes[l];
        }
        return s + tail;
    }

    /** Pass 2 of the float softmax: out_i = exp(z_i − m) · (1/S), rounded to float. */
    private static void floatExpScale(float[] z, int zo, int n, double m, double inv, float[] out, int oo, int bound) {
        DoubleVector negM = DoubleVector.broadcast(D, -m);
        DoubleVector nla = DoubleVector.broadcast(D, -LN2_A);
        DoubleVector c5 = DoubleVector.broadcast(D, ExpLog.FLOAT_C5);
        DoubleVector c4 = DoubleVector.broadcast(D, ExpLog.FLOAT_C4);
        DoubleVector c3 = DoubleVector.broadcast(D, ExpLog.FLOAT_C3);
        DoubleVector c2 = DoubleVector.broadcast(D, ExpLog.FLOAT_C2);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        DoubleVector vinv = DoubleVector.broadcast(D, inv);
        int i = 0;
        for (; i < bound; i += LANES) {
            DoubleVector x = ((DoubleVector) FloatVector.fromArray(FH, z, zo + i).convertShape(VectorOperators.F2D, D, 0))
                    .add(negM).max(FLOAT_FLOOR);
            // ExpLog.expForFloat, lane by lane
            DoubleVector t = x.fma(INV_LN2, FLOAT_MAGIC);
            DoubleVector r = t.sub(FLOAT_MAGIC).fma(nla, x);
            DoubleVector p = r.fma(FC7, FC6).fma(r, c5).fma(r, c4).fma(r, c3).fma(r, c2).fma(r, one).fma(r, one);
            DoubleVector scale = ((LongVector) t.viewAsIntegralLanes()).lanewise(VectorOperators.LSHL, 52)
                    .viewAsFloatingLanes();
            ((FloatVector) p.mul(scale).mul(vinv).convertShape(VectorOperators.D2F, FH, 0)).intoArray(out, oo + i);
        }
        for (int j = bound; j < n; j++) {
            out[oo + j] = (float) (SoftmaxKernels.floatTerm(z[zo + j], m) * inv);
        }
    }

    // ------------------------------------------------------------------ sigmoid

    @Override
    public void sigmoid(double[] z, int zo, double[] out, int oo, int n) {
        Scratch w = SCRATCH.get();
        int bound = D.loopBound(n);
        sigmoidBlocks(z, zo, out, oo, bound, w);
        sigmoidScalar(z, zo + bound, out, oo + bound, n - bound);
    }

    /**
     * σ over z[zo, zo + bound) into out[oo, oo + bound), block by block; bound is a multiple of
     * the lane count.
     */
    private static void sigmoidBlocks(double[] z, int zo, double[] out, int oo, int bound, Scratch w) {
        for (int b = 0; b < bound; b += BLOCK) {
            int len = Math.min(BLOCK, bound - b);
            int slow = reduce(z, zo + b, len, 0, LOW, true, w.wbuf, w.jbuf, w.sbuf, w.slow);
            // the scalar chunks are computed before out (which may be z) is written
            for (int c = 0; c < slow; c++) {
                int from = zo + b + w.slow[c];
                for (int j = 0; j < LANES; j++) {
                    w.slowOut[c * LANES + j] = SigmoidKernels.sigmoid(z[from + j], 0);
                }
            }
            sigmoidTerms(z, zo + b, out, oo + b, len, w.wbuf, w.jbuf, w.sbuf);
            for (int c = 0; c < slow; c++) {
                System.arraycopy(w.slowOut, c * LANES, out, oo + b + w.slow[c], LANES);
            }
        }
    }

    /**
     * Second loop of the sigmoid, as {@link SigmoidKernels#sigmoid}: e = e^-|x| as (mh + ml)·2^k,
     * 1 + e as s + sl, and the numerator 1 (x &gt;= 0) or mh + ml (x &lt; 0) divided once,
     * corrected by its remainder, then scaled back by 2^k for x &lt; 0.
     */
    private static void sigmoidTerms(double[] z, int from, double[] out, int to, int len, double[] wbuf, int[] jbuf,
            double[] sbuf) {
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        for (int o = 0; o < len; o += LANES) {
            VectorMask<Double> pos = DoubleVector.fromArray(D, z, from + o).compare(VectorOperators.GE, 0.0);
            DoubleVector th = DoubleVector.fromArray(D, TAB_HI, 0, jbuf, o);
            DoubleVector v = th.fma(DoubleVector.fromArray(D, wbuf, o), DoubleVector.fromArray(D, TAB_LO, 0, jbuf, o));
            DoubleVector mh = th.add(v);
            DoubleVector ml = th.sub(mh).add(v);
            DoubleVector scale = ((LongVector) DoubleVector.fromArray(D, sbuf, o).add(MAGIC_SCALE).viewAsIntegralLanes())
                    .lanewise(VectorOperators.ASHR, BITS).lanewise(VectorOperators.LSHL, 52)
                    .viewAsFloatingLanes();
            DoubleVector eh = mh.mul(scale);
            DoubleVector s = one.add(eh);
            DoubleVector sl = eh.sub(s.sub(one)).add(ml.mul(scale));
            DoubleVector nh = mh.blend(one, pos);
            DoubleVector inv = one.div(s);
            DoubleVector q1 = nh.mul(inv);
            DoubleVector rem = q1.neg().fma(s, nh).add(ml.blend(0.0, pos)).sub(q1.mul(sl));
            rem.fma(inv, q1).mul(scale.blend(one, pos)).intoArray(out, to + o);
        }
    }

    private static void sigmoidScalar(double[] z, int zo, double[] out, int oo, int n) {
        for (int j = 0; j < n; j++) {
            out[oo + j] = SigmoidKernels.sigmoid(z[zo + j], 0);
        }
    }

    @Override
    public void sigmoid(float[] z, int zo, float[] out, int oo, int n) {
        Scratch w = SCRATCH.get();
        double[] zb = w.zbuf;
        double[] ob = w.obuf;
        int bound = FH.loopBound(n);
        // widened one block at a time, then the double kernel (the same bits as the scalar
        // path, which rounds the double sigmoid to float)
        for (int b = 0; b < bound; b += BLOCK) {
            int len = Math.min(BLOCK, bound - b);
            for (int j = 0; j < len; j++) {
                zb[j] = z[zo + b + j];
            }
            sigmoidBlocks(zb, 0, ob, 0, len, w);
            for (int j = 0; j < len; j++) {
                out[oo + b + j] = (float) ob[j];
            }
        }
        for (int j = bound; j < n; j++) {
            out[oo + j] = (float) SigmoidKernels.sigmoid(z[zo + j], 0);
        }
    }

    // ------------------------------------------------------------------ log-softmax, logsumexp

    /**
     * Sets {@code d} to Σ exp(z_i − m) − 1 over the non-maximal entries plus (maxima − 1), with
     * the quick exponential, as {@link LogSumExpKernels#sumMinusOne} with {@code full = false}. The
     * reduction is the softmax's ({@link #reduce}), the rest {@link #sumTerms} (with the table in
     * registers, {@link #reduceReg} and {@link #sumTermsReg}: the same error bound, 2^-61 per
     * term, not the scalar bits). Returns false,
     * with {@code d} undefined, when a term is below e^-665, where the scalar kernel sums the
     * tiny terms on their own scale (the caller then runs the scalar kernel). With
     * {@code summary} not null, writes the chunk summary of
     * {@link LogSumExpKernels#sumMinusOneChunk} at summary[at] instead (no tiny terms: their sum
     * is 0).
     */
    private static boolean sumMinusOne(double[] z, int from, int n, double m, Scratch w, boolean registers,
            double @Nullable [] summary, int at) {
        Dd d = w.d;
        double[] sums = w.sums;
        java.util.Arrays.fill(sums, 0.0);
        int maxima = 0;
        int bound = D.loopBound(n);
        for (int b = 0; b < bound; b += BLOCK) {
            int len = Math.min(BLOCK, bound - b);
            if (registers) {
                if (reduceReg(z, from + b, len, m, TINY, w.wbuf, w.pbuf, w.sbuf, w.slow) > 0) {
                    return false;
                }
                maxima += sumTermsReg(z, m, from + b, len, w.wbuf, w.pbuf, w.sbuf, sums);
            } else {
                if (reduce(z, from + b, len, m, TINY, false, w.wbuf, w.jbuf, w.sbuf, w.slow) > 0) {
                    return false;
                }
                maxima += sumTerms(z, m, from + b, len, w.wbuf, w.jbuf, w.sbuf, sums);
            }
        }
        double sum = 0;
        double comp = 0;
        for (int i = bound; i < n; i++) {
            double zi = z[from + i];
            if (zi == m) {
                maxima++;
                continue;
            }
            // also false for −∞
            if (!(zi - m >= TINY)) {
                return false;
            }
            d.twoSum(zi, -m);
            ExpLog.expQuickScaled(d.hi, d.lo, d);
            double scale = Double.longBitsToDouble((long) (d.k + 1023) << 52);
            double e = d.hi * scale;
            double s = sum + e;
            double bs = s - sum;
            comp += ((sum - (s - bs)) + (e - bs)) + d.lo * scale;
            sum = s;
        }
        double[] lanes = w.lanes;
        for (int l = 0; l < LANES; l++) {
            lanes[l] = sums[l];
            comp += sums[LANES + l];
        }
        Dd acc = w.acc;
        if (summary != null) {
            // the lanes and the tail as one running sum and its compensation, error-free
            acc.set(0, 0);
            addLanes(lanes, comp, acc);
            d.twoSum(acc.hi, sum);
            summary[at + LogSumExpKernels.SUM] = d.hi;
            summary[at + LogSumExpKernels.COMP] = acc.lo + d.lo;
            summary[at + LogSumExpKernels.TINY_HI] = 0;
            summary[at + LogSumExpKernels.TINY_LO] = 0;
            summary[at + LogSumExpKernels.MAXIMA] = maxima;
            return true;
        }
        acc.set(maxima - 1.0, 0);
        addLanes(lanes, comp, acc);
        d.twoSum(acc.hi, sum).add(acc.lo, 0);
        return true;
    }

    @Override
    public void sumMinusOneChunk(double[] z, int from, int n, double m, boolean full, double[] sums, int at) {
        // the full exponential, and chunks with terms below e^-665: the scalar kernel's chunk
        if (full || !sumMinusOne(z, from, n, m, SCRATCH.get(), registers, sums, at)) {
            LogSumExpKernels.sumMinusOneChunk(z, from, from + n, m, full, sums, at);
        }
    }

    @Override
    public void logSoftmaxShift(double[] z, int zo, double m, double lh, double ll, double[] out, int oo, int n) {
        if (!(Math.abs(m) < 0x1p1023)) {
            // the vector two-sum of z_i − m may overflow (s − z_i rounds past MAX_VALUE, then
            // NaN) only for |m| >= 2^1023; the scalar pass redoes it at half scale. (A vector
            // that short takes the scalar kernel whole: such a z_i gives a term below e^-665.)
            LogSumExpKernels.logSoftmaxShift(z, zo, m, lh, ll, out, oo, n);
            return;
        }
        logSoftmaxPass(z, zo, m, lh, ll, out, oo, n, SCRATCH.get().d);
    }

    /**
     * Second loop of the sums' exponential: {@link #expTerms} without stores, the maxima's
     * terms left out (their count is returned), and a full two-sum into lane sums that start
     * at 0: the sum may be tiny, so its terms must not be absorbed into a larger running sum
     * and left to the plain sum of the compensations.
     */
    private static int sumTerms(double[] z, double m, int from, int len, double[] wbuf, int[] jbuf, double[] sbuf,
            double[] sums) {
        DoubleVector vsum = DoubleVector.fromArray(D, sums, 0);
        DoubleVector vcomp = DoubleVector.fromArray(D, sums, LANES);
        int maxima = 0;
        for (int o = 0; o < len; o += LANES) {
            VectorMask<Double> isMax = DoubleVector.fromArray(D, z, from + o).compare(VectorOperators.EQ, m);
            maxima += isMax.trueCount();
            DoubleVector th = DoubleVector.fromArray(D, TAB_HI, 0, jbuf, o);
            DoubleVector v = th.fma(DoubleVector.fromArray(D, wbuf, o), DoubleVector.fromArray(D, TAB_LO, 0, jbuf, o));
            DoubleVector mh = th.add(v);
            DoubleVector ml = th.sub(mh).add(v);
            DoubleVector scale = ((LongVector) DoubleVector.fromArray(D, sbuf, o).add(MAGIC_SCALE).viewAsIntegralLanes())
                    .lanewise(VectorOperators.ASHR, BITS).lanewise(VectorOperators.LSHL, 52)
                    .viewAsFloatingLanes();
            DoubleVector eh = mh.mul(scale).blend(0.0, isMax);
            DoubleVector el = ml.mul(scale).blend(0.0, isMax);
            DoubleVector s = vsum.add(eh);
            DoubleVector bs = s.sub(vsum);
            vcomp = vcomp.add(vsum.sub(s.sub(bs)).add(eh.sub(bs))).add(el);
            vsum = s;
        }
        vsum.intoArray(sums, 0);
        vcomp.intoArray(sums, LANES);
        return maxima;
    }

    /** {@link #sumTerms} with the table in registers and the product of {@link #expTermsReg}. */
    private static int sumTermsReg(double[] z, double m, int from, int len, double[] rbuf, double[] pbuf,
            double[] sbuf, double[] sums) {
        LongVector tabHi = REG_HI;
        LongVector tabLo = REG_LO;
        DoubleVector vsum = DoubleVector.fromArray(D, sums, 0);
        DoubleVector vcomp = DoubleVector.fromArray(D, sums, LANES);
        int maxima = 0;
        for (int o = 0; o < len; o += LANES) {
            VectorMask<Double> isMax = DoubleVector.fromArray(D, z, from + o).compare(VectorOperators.EQ, m);
            maxima += isMax.trueCount();
            LongVector nl = ((LongVector) DoubleVector.fromArray(D, sbuf, o).add(MAGIC_REG)
                    .viewAsIntegralLanes());
            LongVector j = nl.and(LANES - 1);
            DoubleVector th = j.selectFrom(tabHi).viewAsFloatingLanes();
            DoubleVector tl = j.selectFrom(tabLo).viewAsFloatingLanes();
            DoubleVector rh = DoubleVector.fromArray(D, rbuf, o);
            DoubleVector p = DoubleVector.fromArray(D, pbuf, o);
            DoubleVector uh = th.fma(rh, th);
            DoubleVector v = th.fma(p, tl.fma(rh.add(p), tl).add(th.fma(rh, th.sub(uh))));
            DoubleVector mh = uh.add(v);
            DoubleVector ml = uh.sub(mh).add(v);
            DoubleVector scale = nl.lanewise(VectorOperators.ASHR, REG_BITS).lanewise(VectorOperators.LSHL, 52)
                    .viewAsFloatingLanes();
            DoubleVector eh = mh.mul(scale).blend(0.0, isMax);
            DoubleVector el = ml.mul(scale).blend(0.0, isMax);
            DoubleVector s = vsum.add(eh);
            DoubleVector bs = s.sub(vsum);
            vcomp = vcomp.add(vsum.sub(s.sub(bs)).add(eh.sub(bs))).add(el);
            vsum = s;
        }
        vsum.intoArray(sums, 0);
        vcomp.intoArray(sums, LANES);
        return maxima;
    }

    @Override
    public void logSoftmax(double[] z, int zo, double[] out, int oo, int n, String name) {
        double m = maxOf(z, zo, zo + n);
        if (m != m) {
            throw Failures.nanIn(z, zo, name);
        }
        if (m == Double.NEGATIVE_INFINITY) {
            throw Failures.allNegativeInfinity(name);
        }
        if (m == Double.POSITIVE_INFINITY || n < LANES) {
            LogSumExpKernels.logSoftmax(z, zo, out, oo, n, name);
            return;
        }
        if (n > VectorSplit.CHUNK) {
            VectorSplit.logSoftmax(this, z, zo, out, oo, n, m, false);
            return;
        }
        Scratch w = SCRATCH.get();
        Dd d = w.d;
        if (!sumMinusOne(z, zo, n, m, w, registers, null, 0)) {
            LogSumExpKernels.logSoftmax(z, zo, out, oo, n, name);
            return;
        }
        ExpLog.log1pQuick(d.hi, d.lo, d);
        logSoftmaxPass(z, zo, m, d.hi, d.lo, out, oo, n, d);
    }

    /** out_i = (z_i − m) − (lh + ll), each difference in double-double and rounded once. */
    private static void logSoftmaxPass(double[] z, int zo, double m, double lh, double ll, double[] out, int oo, int n,
            Dd d) {
        DoubleVector negM = DoubleVector.broadcast(D, -m);
        DoubleVector nlh = DoubleVector.broadcast(D, -lh);
        DoubleVector nll = DoubleVector.broadcast(D, -ll);
        int i = 0;
        int bound = D.loopBound(n);
        for (; i < bound; i += LANES) {
            DoubleVector a = DoubleVector.fromArray(D, z, zo + i);
            DoubleVector s = a.add(negM);
            VectorMask<Double> inf = s.compare(VectorOperators.EQ, Double.NEGATIVE_INFINITY);
            DoubleVector bb = s.sub(a);
            DoubleVector lo = a.sub(s.sub(bb)).add(negM.sub(bb));
            DoubleVector s2 = s.add(nlh);
            DoubleVector bb2 = s2.sub(s);
            DoubleVector e = s.sub(s2.sub(bb2)).add(nlh.sub(bb2)).add(lo.add(nll));
            DoubleVector r = s2.add(e);
            DoubleVector lo2 = e.sub(r.sub(s2));
            r.add(lo2).blend(Double.NEGATIVE_INFINITY, inf).intoArray(out, oo + i);
        }
        for (; i < n; i++) {
            double zi = z[zo + i];
            if (zi == Double.NEGATIVE_INFINITY) {
                out[oo + i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            d.twoSum(zi, -m);
            if (Double.isInfinite(d.hi)) {
                out[oo + i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            d.add(-lh, -ll);
            out[oo + i] = d.value();
        }
    }

    @Override
    public double logSumExp(double[] z, int from, int to) {
        double m = max(z, from, to);
        if (m != m) {
            return m;
        }
        if (Double.isInfinite(m) || to - from < LANES) {
            return LogSumExpKernels.logSumExp(z, from, to);
        }
        if (to - from > VectorSplit.CHUNK) {
            return VectorSplit.logSumExp(this, z, from, to - from, m, false);
        }
        Scratch w = SCRATCH.get();
        Dd d = w.d;
        if (!sumMinusOne(z, from, to - from, m, w, registers, null, 0)) {
            return LogSumExpKernels.logSumExp(z, from, to);
        }
        ExpLog.log1p(d.hi, d.lo, d);
        double lh = d.hi;
        double ll = d.lo;
        d.twoSum(m, lh).add(ll, 0);
        double r = d.value();
        if (m >= 0 || LogSumExpKernels.QUICK_LOG1P_ERROR * lh <= Math.ulp(r) / 16) {
            return r;
        }
        // the cancelling case: the scalar kernel's full-precision tiers decide
        return LogSumExpKernels.logSumExp(z, from, to);
    }
}
