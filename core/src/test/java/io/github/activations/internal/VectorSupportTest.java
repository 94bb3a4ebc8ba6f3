/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test: the SIMD implementation against the scalar reference, on lengths that
 * exercise the loop tails of every vector width (1–17, 31–33, 63–65, 1000, 1024), on several
 * kinds of input. Skipped by assumption when {@code jdk.incubator.vector} is absent (run with
 * {@code --add-modules jdk.incubator.vector}: the {@code test-vector} surefire execution does).
 *
 * <p>Stated bounds, SIMD vs scalar:
 * <ul>
 *   <li>argmax: identical index;</li>
 *   <li>sigmoid (double and float): bit for bit (each lane runs the scalar operations in the
 *       scalar order);</li>
 *   <li>softmax (double), log-softmax, logsumexp: at most 1 ulp; the order of the sum differs,
 *       which moves the normaliser by about 2^-100, and on 8-lane vectors the exponential (table
 *       in registers) has the scalar one's error bound, 2^-61, but not its bits;</li>
 *   <li>softmax (float): at most 1 float ulp; both paths compute the same terms exp(z_i − m)
 *       in double (2^-34), only the order of the sum differs.</li>
 * </ul>
 * The SIMD softmax is also checked against a 40-digit reference: every element within 2 ulp,
 * the exact sum within 4 ulp of 1, and the exponential with the table in registers against
 * {@link ExpLog#exp}: within 2^-61 relative. Every SIMD test runs on each table lookup this
 * machine has: on 8-lane vectors both the gathers (the default before JDK 25 and on other
 * vector widths) and the table in registers (the default on JDK 25), whatever the JDK, the one
 * that is not the default made through the package-private constructor. The seed is fixed and
 * printed; {@code -Dactivations.seed=N} replays another.
 */
class VectorSupportTest {
    private static final int[] SIZES = IntStream.concat(IntStream.concat(IntStream.rangeClosed(1, 17),
            IntStream.rangeClosed(31, 33)), IntStream.concat(IntStream.rangeClosed(63, 65), IntStream.of(1000, 1024)))
            .toArray();
    private static final String[] KINDS = {"ordinary", "wide", "tails", "ties", "specials", "nearEqual", "huge"};

    private static VectorSupport scalar;
    private static long seed;

    @BeforeAll
    static void load() {
        String s = System.getProperty("activations.seed", "");
        seed = s.isBlank() ? 20240605L : Long.parseLong(s.trim());
        scalar = VectorSupportProvider.scalar();
    }

    /**
     * The SIMD implementations: the default one (the table in registers on JDK 25 with 8-lane
     * vectors, else the gathers) and, on 8-lane vectors, the other lookup, whatever the JDK; a
     * single null when {@code jdk.incubator.vector} is absent.
     */
    static List<VectorSupport> simds() {
        VectorSupport simd;
        try {
            simd = VectorSupportProvider.vector();
        } catch (UnsupportedOperationException e) {
            return Collections.singletonList(null);
        }
        List<VectorSupport> all = new ArrayList<>();
        all.add(simd);
        try {
            Constructor<?> c = simd.getClass().getDeclaredConstructor(boolean.class);
            c.setAccessible(true);
            all.add((VectorSupport) c.newInstance(!simd.describe().contains("in registers")));
        } catch (InvocationTargetException e) {
            // the table in registers needs 8 lanes: only the gathers here
            assertTrue(e.getCause() instanceof UnsupportedOperationException, e.toString());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return all;
    }

    /**
     * Which lookup the default SIMD implementation takes: the table in registers on JDK 25 and
     * later, and on JDK 17 only with {@code -XX:PerMethodTrapLimit} of 1000 or more (below it C2
     * boxed that loop in some JVMs); never on JDK 18 to 24 (not measured) or without 8 lanes.
     */
    @Test
    void theTableInRegistersIsChosenWhereItWasMeasured() throws ReflectiveOperationException {
        VectorSupport simd = simds().get(0);
        assumeTrue(simd != null, "no SIMD implementation here");
        Method on = simd.getClass().getDeclaredMethod("registersOn", int.class, long.class);
        on.setAccessible(true);
        assertEquals(true, on.invoke(null, 25, -1L));
        assertEquals(true, on.invoke(null, 26, 100L));
        assertEquals(true, on.invoke(null, 17, 1000L));
        assertEquals(true, on.invoke(null, 17, 1L << 20));
        assertEquals(false, on.invoke(null, 17, -1L));
        assertEquals(false, on.invoke(null, 17, 100L));
        assertEquals(false, on.invoke(null, 17, 999L));
        assertEquals(false, on.invoke(null, 21, 1000L));
        boolean expected = simd.describe().contains(" 8 double lanes")
                && (boolean) on.invoke(null, Runtime.version().feature(), JitOptions.perMethodTrapLimit());
        assertEquals(expected, simd.describe().contains("in registers"), simd.describe());
    }

    /** The SIMD implementation with the table in registers, or null if this machine has none. */
    private static VectorSupport registers() {
        return simds().stream().filter(v -> v != null && v.describe().contains("in registers")).findFirst()
                .orElse(null);
    }

    private static void assumeSimd(VectorSupport simd) {
        assumeTrue(simd != null, "jdk.incubator.vector not available: SIMD path not tested");
    }

    /** The scalar implementation and the SIMD ones. */
    private static List<VectorSupport> allPaths() {
        List<VectorSupport> all = new ArrayList<>();
        all.add(scalar);
        simds().stream().filter(v -> v != null).forEach(all::add);
        return all;
    }

    /** Logits of a given kind; every kind keeps at least one finite entry. */
    static double[] logits(String kind, int n, Random rnd) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case "ordinary":
                    z[i] = rnd.nextGaussian() * 4;
                    break;
                case "wide":
                    z[i] = -800 * rnd.nextDouble() + 20;
                    break;
                case "tails":
                    z[i] = rnd.nextBoolean() ? -700 - 50 * rnd.nextDouble() : -rnd.nextDouble();
                    break;
                case "ties":
                    z[i] = rnd.nextInt(3);
                    break;
                case "specials": {
                    double[] v = {0.0, -0.0, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
                        -745.0, 709.78, -709.78, 1e-300, 37.5, -37.5, 1.0};
                    z[i] = v[rnd.nextInt(v.length)];
                    break;
                }
                case "nearEqual":
                    z[i] = 3.0 + Math.ulp(3.0) * rnd.nextInt(16);
                    break;
                case "huge":
                    z[i] = rnd.nextBoolean() ? Double.MAX_VALUE * rnd.nextDouble() : -Double.MAX_VALUE * rnd.nextDouble();
                    break;
                default:
                    throw new AssertionError(kind);
            }
        }
        if (Arrays.stream(z).allMatch(x -> x == Double.NEGATIVE_INFINITY)) {
            z[rnd.nextInt(n)] = 0.0;
        }
        return z;
    }

    static float[] narrow(double[] z) {
        float[] f = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            f[i] = (float) z[i];
        }
        if (IntStream.range(0, f.length).allMatch(i -> f[i] == Float.NEGATIVE_INFINITY)) {
            f[0] = 0f;
        }
        return f;
    }

    /** Distance in ulps between two doubles of the same sign (0 for equal values, ±0 included). */
    static long ulps(double a, double b) {
        if (a == b) {
            return 0;
        }
        if (Double.isNaN(a) || Double.isNaN(b) || Math.signum(a) * Math.signum(b) < 0) {
            return Long.MAX_VALUE;
        }
        return Math.abs(Double.doubleToLongBits(Math.abs(a)) - Double.doubleToLongBits(Math.abs(b)));
    }

    static long ulps(float a, float b) {
        if (a == b) {
            return 0;
        }
        if (Float.isNaN(a) || Float.isNaN(b) || Math.signum(a) * Math.signum(b) < 0) {
            return Long.MAX_VALUE;
        }
        return Math.abs(Float.floatToIntBits(Math.abs(a)) - Float.floatToIntBits(Math.abs(b)));
    }

    private interface Case {
        void check(String kind, int n, double[] z, String where);
    }

    private static void forAll(Case c) {
        Random rnd = new Random(seed);
        for (String kind : KINDS) {
            for (int n : SIZES) {
                for (int rep = 0; rep < 3; rep++) {
                    double[] z = logits(kind, n, rnd);
                    c.check(kind, n, z, "seed " + seed + ", kind " + kind + ", n " + n + ", rep " + rep);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("simds")
    void argmaxIsIdentical(VectorSupport simd) {
        assumeSimd(simd);
        forAll((kind, n, z, where) -> {
            assertEquals(scalar.argmax(z), simd.argmax(z), where);
            float[] f = narrow(z);
            assertEquals(scalar.argmax(f), simd.argmax(f), where + " (float)");
        });
    }

    @ParameterizedTest
    @MethodSource("simds")
    void sigmoidIsBitForBit(VectorSupport simd) {
        assumeSimd(simd);
        forAll((kind, n, z, where) -> {
            double[] a = new double[n];
            double[] b = new double[n];
            scalar.sigmoid(z, a);
            simd.sigmoid(z, b);
            for (int i = 0; i < n; i++) {
                assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]),
                        where + ", i " + i + ", z " + z[i] + ": " + a[i] + " vs " + b[i]);
            }
            float[] f = narrow(z);
            float[] fa = new float[n];
            float[] fb = new float[n];
            scalar.sigmoid(f, fa);
            simd.sigmoid(f, fb);
            for (int i = 0; i < n; i++) {
                assertEquals(Float.floatToRawIntBits(fa[i]), Float.floatToRawIntBits(fb[i]), where + ", i " + i + " (float)");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("simds")
    void softmaxWithinOneUlpOfScalar(VectorSupport simd) {
        assumeSimd(simd);
        long[] worst = new long[2];
        forAll((kind, n, z, where) -> {
            double[] a = new double[n];
            double[] b = new double[n];
            scalar.softmax(z, a, "z");
            simd.softmax(z, b, "z");
            for (int i = 0; i < n; i++) {
                long u = ulps(a[i], b[i]);
                worst[0] = Math.max(worst[0], u);
                assertTrue(u <= 1, where + ", i " + i + ": " + a[i] + " vs " + b[i]);
            }
            float[] f = narrow(z);
            float[] fa = new float[n];
            float[] fb = new float[n];
            scalar.softmax(f, fa, "z");
            simd.softmax(f, fb, "z");
            for (int i = 0; i < n; i++) {
                long u = ulps(fa[i], fb[i]);
                worst[1] = Math.max(worst[1], u);
                assertTrue(u <= 1, where + ", i " + i + " (float): " + fa[i] + " vs " + fb[i]);
            }
        });
        System.out.println("VectorSupportTest softmax (" + simd.describe() + "): max ulp SIMD vs scalar, double " + worst[0] + ", float " + worst[1]);
    }

    /** Two entries above −∞ among many: both paths use the sigmoid pair, bit for bit. */
    @ParameterizedTest
    @MethodSource("simds")
    void twoLiveEntriesUseTheSigmoidPair(VectorSupport simd) {
        assumeSimd(simd);
        for (int n : SIZES) {
            if (n < 3) {
                continue;
            }
            double[] z = new double[n];
            Arrays.fill(z, Double.NEGATIVE_INFINITY);
            z[n / 3] = 2.5;
            z[n - 1] = -1.25;
            double[] a = new double[n];
            double[] b = new double[n];
            scalar.softmax(z, a, "z");
            simd.softmax(z, b, "z");
            assertTrue(Arrays.equals(a, b), "n " + n);
            float[] f = narrow(z);
            float[] fa = new float[n];
            float[] fb = new float[n];
            scalar.softmax(f, fa, "z");
            simd.softmax(f, fb, "z");
            assertTrue(Arrays.equals(fa, fb), "float n " + n);
        }
    }

    @ParameterizedTest
    @MethodSource("simds")
    void inPlaceSoftmaxEqualsInto(VectorSupport simd) {
        assumeSimd(simd);
        forAll((kind, n, z, where) -> {
            double[] a = new double[n];
            simd.softmax(z, a, "z");
            double[] b = z.clone();
            simd.softmax(b, b, "z");
            assertTrue(Arrays.equals(a, b), where);
        });
    }

    @ParameterizedTest
    @MethodSource("simds")
    void logSoftmaxAndLogSumExpWithinOneUlpOfScalar(VectorSupport simd) {
        assumeSimd(simd);
        long[] worst = new long[2];
        forAll((kind, n, z, where) -> {
            double[] a = new double[n];
            double[] b = new double[n];
            scalar.logSoftmax(z, a, "z");
            simd.logSoftmax(z, b, "z");
            for (int i = 0; i < n; i++) {
                long u = ulps(a[i], b[i]);
                worst[0] = Math.max(worst[0], u);
                assertTrue(u <= 1, where + ", i " + i + ": " + a[i] + " vs " + b[i]);
            }
            double la = scalar.logSumExp(z);
            double lb = simd.logSumExp(z);
            long u = ulps(la, lb);
            worst[1] = Math.max(worst[1], u);
            assertTrue(u <= 1, where + ": " + la + " vs " + lb);
        });
        System.out.println("VectorSupportTest (" + simd.describe() + "): max ulp SIMD vs scalar, log-softmax " + worst[0] + ", logsumexp " + worst[1]);
    }

    /** The SIMD softmax against 40 digits: elements within 2 ulp, exact sum within 4 ulp of 1. */
    @ParameterizedTest
    @MethodSource("simds")
    void simdSoftmaxMeetsTheAccuracyContract(VectorSupport simd) {
        assumeSimd(simd);
        MathContext mc = new MathContext(40);
        Random rnd = new Random(seed + 1);
        for (String kind : new String[] {"ordinary", "wide", "tails", "nearEqual"}) {
            for (int n : new int[] {3, 17, 33, 65, 1000}) {
                double[] z = logits(kind, n, rnd);
                double[] p = new double[n];
                simd.softmax(z, p, "z");
                double m = Arrays.stream(z).max().getAsDouble();
                BigDecimal[] e = new BigDecimal[n];
                BigDecimal s = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    double d = z[i] - m;
                    e[i] = d < -800 ? BigDecimal.ZERO
                            : BigMath.exp(new BigDecimal(z[i]).subtract(new BigDecimal(m)), mc);
                    s = s.add(e[i], mc);
                }
                BigDecimal exactSum = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    double want = e[i].divide(s, mc).doubleValue();
                    assertTrue(ulps(want, p[i]) <= 2, kind + " n " + n + " i " + i + ": " + p[i] + " vs " + want);
                    exactSum = exactSum.add(new BigDecimal(p[i]));
                }
                double err = exactSum.subtract(BigDecimal.ONE).abs().doubleValue();
                assertTrue(err <= 4 * Math.ulp(1.0), kind + " n " + n + ": sum off by " + err);
            }
        }
    }

    /**
     * The exponential with the table in registers (8-lane vectors) against {@link ExpLog#exp}
     * (2^-100): every term m_h + m_l of 200,000 random arguments in [−690, 0] (near 0, near the
     * table's steps and over the whole range) within 2^-61 relative, the bound the softmax and
     * log-sum-exp analyses use (the kernel's Javadoc derives 2^-61.1; about 2^-61.7 is the
     * largest error seen), and m_l within half an ulp of m_h (m_h is the stored, rounded term).
     * The two loops are private: called by reflection, one vector at a time, so that the lane
     * sums, which start at 0, hold m_h and m_l.
     */
    @Test
    void exponentialInRegistersWithin2ToMinus61() throws ReflectiveOperationException {
        VectorSupport simd = registers();
        assumeTrue(simd != null, "no table in registers here (needs jdk.incubator.vector and 8 double lanes)");
        Class<?> c = simd.getClass();
        Method reduce = c.getDeclaredMethod("reduceReg", double[].class, int.class, int.class, double.class,
                double.class, double[].class, double[].class, double[].class, int[].class);
        Method terms = c.getDeclaredMethod("expTermsReg", double[].class, int.class, int.class, double[].class,
                double[].class, double[].class, double[].class);
        reduce.setAccessible(true);
        terms.setAccessible(true);
        int lanes = 8;
        double[] z = new double[lanes];
        double[] rbuf = new double[lanes];
        double[] pbuf = new double[lanes];
        double[] sbuf = new double[lanes];
        double[] out = new double[lanes];
        double[] sums = new double[2 * lanes];
        int[] slow = new int[1];
        Dd d = new Dd();
        Random rnd = new Random(seed + 3);
        double worst = 0;
        double[] spans = {1e-3, 0.1, 1, 30, 690};
        for (int it = 0; it < 25_000; it++) {
            double m = rnd.nextGaussian() * 5;
            double span = spans[it % spans.length];
            for (int l = 0; l < lanes; l++) {
                // near multiples of ln2/8 too, where the table index changes
                double steps = Math.rint(rnd.nextDouble() * span * 11.54);
                z[l] = it % 7 == 0 ? m - steps * (Math.log(2) / 8) * (1 + 1e-15 * rnd.nextGaussian())
                        : m - rnd.nextDouble() * span;
            }
            Arrays.fill(sums, 0);
            int n = (int) reduce.invoke(null, z, 0, lanes, m, -693.0, rbuf, pbuf, sbuf, slow);
            assertEquals(0, n, "no slow chunk in [−690, 0]");
            terms.invoke(null, out, 0, lanes, rbuf, pbuf, sbuf, sums);
            for (int l = 0; l < lanes; l++) {
                d.twoSum(z[l], -m);
                double xh = d.hi;
                ExpLog.exp(xh, d.lo, d);
                double hi = sums[l];
                double lo = sums[lanes + l];
                double err = Math.abs(((hi - d.hi) + (lo - d.lo)) / d.hi);
                worst = Math.max(worst, err);
                String where = "seed " + seed + ", x " + xh;
                assertTrue(err <= 0x1p-61, where + ": relative error " + err);
                assertEquals(out[l], hi, where);
                assertTrue(Math.abs(lo) <= Math.ulp(hi) / 2, where + ": m_l " + lo + " beyond half an ulp of " + hi);
            }
        }
        System.out.println("VectorSupportTest: exponential in registers, largest relative error 2^"
                + Math.log(worst) / Math.log(2));
    }

    /**
     * Float vectors longer than {@link ThreadBuffers#FLOAT_BUFFER} compute each term twice instead of
     * keeping it: both paths within 1 float ulp of the double softmax of the widened vector
     * rounded to float (ours is within 0.51 ulp of the exact value, the reference within 0.5 ulp
     * plus 2 double ulps, so they differ by at most 1); a −∞ entry gives 0.
     */
    @Test
    void longFloatVectorsComputeEachTermTwice() {
        int n = ThreadBuffers.FLOAT_BUFFER + 13;
        Random rnd = new Random(seed + 2);
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) (rnd.nextGaussian() * 4);
        }
        f[n / 2] = Float.NEGATIVE_INFINITY;
        double[] wide = new double[n];
        for (int i = 0; i < n; i++) {
            wide[i] = f[i];
        }
        double[] ref = new double[n];
        scalar.softmax(wide, ref, "z");
        for (VectorSupport path : allPaths()) {
            float[] p = new float[n];
            path.softmax(f, p, "z");
            for (int i = 0; i < n; i++) {
                assertTrue(ulps((float) ref[i], p[i]) <= 1, path.describe() + ", i " + i + ": " + p[i] + " vs " + ref[i]);
            }
            assertEquals(0f, p[n / 2]);
        }
    }

    /**
     * The kernels that start by taking the maximum find a NaN there, on both implementations:
     * softmax (double and float) and log-softmax throw naming its first index before writing,
     * logsumexp returns NaN and argmax -1 (argmax's public method relies on it).
     */
    @Test
    void kernelsFindNaNInTheirMaximumPass() {
        Random rnd = new Random(seed);
        for (VectorSupport vs : allPaths()) {
            for (int n : SIZES) {
                for (int t = 0; t < 6; t++) {
                    int at = t == 0 ? 0 : t == 1 ? n - 1 : rnd.nextInt(n);
                    double[] z = new double[n];
                    for (int i = 0; i < n; i++) {
                        z[i] = rnd.nextInt(8) == 0 ? Double.NEGATIVE_INFINITY : rnd.nextGaussian() * 20;
                    }
                    z[at] = t == 2 ? Double.longBitsToDouble(0xfff8000000000001L) : Double.NaN;
                    float[] f = new float[n];
                    for (int i = 0; i < n; i++) {
                        f[i] = (float) z[i];
                    }
                    String ctx = vs.describe() + ", n = " + n + ", NaN at " + at;
                    double[] out = new double[n];
                    float[] outF = new float[n];
                    assertNaNAt(at, ctx, () -> vs.softmax(z, out, "z"));
                    assertNaNAt(at, ctx, () -> vs.softmax(f, outF, "z"));
                    assertNaNAt(at, ctx, () -> vs.logSoftmax(z, out, "z"));
                    assertTrue(Double.isNaN(vs.logSumExp(z)), ctx);
                    assertEquals(-1, vs.argmax(z), ctx);
                    assertEquals(-1, vs.argmax(f), ctx);
                    assertTrue(Arrays.equals(new double[n], out) && Arrays.equals(new float[n], outF), ctx + ": out written");
                }
            }
        }
    }

    private static void assertNaNAt(int at, String ctx, Runnable call) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, call::run, ctx);
        assertEquals("z[" + at + "] is NaN", e.getMessage(), ctx);
    }
}
