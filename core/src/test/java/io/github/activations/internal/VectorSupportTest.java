/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
 *   <li>softmax (double), log-softmax, logsumexp: at most 1 ulp; the exponentials are bit for
 *       bit, only the order of the sum differs, which moves the normaliser by about 2^-100;</li>
 *   <li>softmax (float): at most 1 float ulp; both paths compute the same terms exp(z_i − m)
 *       in double (2^-35), only the order of the sum differs.</li>
 * </ul>
 * The SIMD softmax is also checked against a 40-digit reference: every element within 2 ulp,
 * the exact sum within 4 ulp of 1. The seed is fixed and printed; {@code -Dactivations.seed=N}
 * replays another.
 */
class VectorSupportTest {
    private static final int[] SIZES = IntStream.concat(IntStream.concat(IntStream.rangeClosed(1, 17),
            IntStream.rangeClosed(31, 33)), IntStream.concat(IntStream.rangeClosed(63, 65), IntStream.of(1000, 1024)))
            .toArray();
    private static final String[] KINDS = {"ordinary", "wide", "tails", "ties", "specials", "nearEqual", "huge"};

    private static VectorSupport simd;
    private static VectorSupport scalar;
    private static long seed;

    @BeforeAll
    static void load() {
        String s = System.getProperty("activations.seed", "");
        seed = s.isBlank() ? 20240605L : Long.parseLong(s.trim());
        scalar = VectorSupportProvider.scalar();
        try {
            simd = VectorSupportProvider.vector();
        } catch (UnsupportedOperationException e) {
            simd = null;
        }
    }

    private static void assumeSimd() {
        assumeTrue(simd != null, "jdk.incubator.vector not available: SIMD path not tested");
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

    @Test
    void argmaxIsIdentical() {
        assumeSimd();
        forAll((kind, n, z, where) -> {
            assertEquals(scalar.argmax(z), simd.argmax(z), where);
            float[] f = narrow(z);
            assertEquals(scalar.argmax(f), simd.argmax(f), where + " (float)");
        });
    }

    @Test
    void sigmoidIsBitForBit() {
        assumeSimd();
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

    @Test
    void softmaxWithinOneUlpOfScalar() {
        assumeSimd();
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
        System.out.println("VectorSupportTest softmax: max ulp SIMD vs scalar, double " + worst[0] + ", float " + worst[1]);
    }

    /** Two entries above −∞ among many: both paths use the sigmoid pair, bit for bit. */
    @Test
    void twoLiveEntriesUseTheSigmoidPair() {
        assumeSimd();
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

    @Test
    void inPlaceSoftmaxEqualsInto() {
        assumeSimd();
        forAll((kind, n, z, where) -> {
            double[] a = new double[n];
            simd.softmax(z, a, "z");
            double[] b = z.clone();
            simd.softmax(b, b, "z");
            assertTrue(Arrays.equals(a, b), where);
        });
    }

    @Test
    void logSoftmaxAndLogSumExpWithinOneUlpOfScalar() {
        assumeSimd();
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
        System.out.println("VectorSupportTest: max ulp SIMD vs scalar, log-softmax " + worst[0] + ", logsumexp " + worst[1]);
    }

    /** The SIMD softmax against 40 digits: elements within 2 ulp, exact sum within 4 ulp of 1. */
    @Test
    void simdSoftmaxMeetsTheAccuracyContract() {
        assumeSimd();
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
        for (VectorSupport path : simd == null ? new VectorSupport[] {scalar} : new VectorSupport[] {scalar, simd}) {
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
        for (VectorSupport vs : simd == null ? new VectorSupport[] {scalar} : new VectorSupport[] {scalar, simd}) {
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
