/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.testing.Reference;
import io.github.activations.testing.Ulps;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Inputs and expected outputs taken from other libraries' test suites, translated to our API.
 * Each case names its source. Where the other library publishes a value computed in high
 * precision (mpmath), we check our result against that value and against our own 50-digit
 * {@link Reference}, with our documented bound (softmax and log-softmax 2 ulp, the scalar
 * functions 1 ulp). Where the other library only checks a few decimals, we check our bound
 * against the reference and the published decimals loosely.
 *
 * <p>Convention differences (documented, tested here so they stay deliberate): we throw
 * {@link IllegalArgumentException} on NaN in a vector, on an empty vector and on an all −∞
 * softmax, where SciPy returns NaN or −∞ and JAX returns an empty array; {@link OneHot} throws
 * on an out-of-range class where JAX returns a row of zeros.
 */
class CrossLibraryCasesTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double MAX = Double.MAX_VALUE;

    // ----------------------------------------------------------------- helpers

    private static void assertUlps(double bound, double actual, BigDecimal exact, String what) {
        double err = Ulps.error(actual, exact);
        assertTrue(err <= bound, () -> what + ": " + actual + " is " + err + " ulp from " + exact);
    }

    /** Every entry within {@code bound} ulp of the 50-digit softmax. */
    private static void assertSoftmax(double[] z, double[] p, double bound) {
        BigDecimal[] ex = Reference.softmax(z);
        for (int i = 0; i < z.length; i++) {
            assertUlps(bound, p[i], ex[i], "softmax" + Arrays.toString(z) + "[" + i + "]");
        }
        assertTrue(Ulps.sumErrorFromOne(p) <= 4, () -> "sum of " + Arrays.toString(p));
    }

    private static void assertLogSoftmax(double[] z, double[] l, double bound) {
        BigDecimal[] ex = Reference.logSoftmax(z);
        for (int i = 0; i < z.length; i++) {
            assertUlps(bound, l[i], ex[i], "logSoftmax" + Arrays.toString(z) + "[" + i + "]");
        }
    }

    /** The published value is correctly rounded (mpmath): we may be {@code ulps} away from it. */
    private static void assertNear(double expected, double actual, long ulps, String what) {
        long d = Ulps.distance(expected, actual);
        assertTrue(d <= ulps, () -> what + ": expected " + expected + " got " + actual + " (" + d + " ulp)");
    }

    private static double[] linspace(double a, double b, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // the same formula as NumPy's linspace: a + i * step, the last point exactly b
            x[i] = i == n - 1 ? b : a + i * ((b - a) / (n - 1));
        }
        return x;
    }

    // ----------------------------------------------------------------- SciPy: special/tests/test_log_softmax.py

    @Test
    void scipyLogSoftmaxOfAHugeGapIsZeroAndTheGap() {
        // SciPy test_log_softmax: [1000, 1] -> [0, -999]
        assertArrayEquals(new double[] {0, -999}, LogSoftmax.of(new double[] {1000, 1}));
    }

    @Test
    void scipyLogSoftmaxOfZeroToThreeMatchesMpmath() {
        // SciPy test_log_softmax: arange(4), expected values from mpmath at 200 digits
        double[] expected = {-3.4401896985611953, -2.4401896985611953, -1.4401896985611953, -0.44018969856119533};
        double[] z = {0, 1, 2, 3};
        double[] l = LogSoftmax.of(z);
        assertLogSoftmax(z, l, 2);
        for (int i = 0; i < 4; i++) {
            assertNear(expected[i], l[i], 2, "log_softmax(arange(4))[" + i + "]");
        }
        // SciPy test_log_softmax_translation: adding 100 to every entry changes nothing (the
        // shift is exact here, so the results must be the same to within the 2-ulp bound)
        double[] shifted = LogSoftmax.of(new double[] {100, 101, 102, 103});
        for (int i = 0; i < 4; i++) {
            assertNear(expected[i], shifted[i], 2, "translated[" + i + "]");
        }
        // SciPy test_log_softmax_scalar: one entry gives 0
        assertArrayEquals(new double[] {0.0}, LogSoftmax.of(new double[] {1.0}));
    }

    @Test
    void scipyLogSoftmaxAlongEitherAxisOfTheSameBatch() {
        // SciPy test_axes: [[1000, 1], [1000, 1]]: rows give [0, -999]; columns give ln 0.5
        double[][] rows = LogSoftmax.of(new double[][] {{1000, 1}, {1000, 1}});
        assertArrayEquals(new double[] {0, -999}, rows[0]);
        assertArrayEquals(new double[] {0, -999}, rows[1]);
        double[][] columns = LogSoftmax.of(new double[][] {{1000, 1000}, {1, 1}});
        assertArrayEquals(new double[] {-Math.log(2), -Math.log(2)}, columns[0]);
        assertArrayEquals(new double[] {-Math.log(2), -Math.log(2)}, columns[1]);
    }

    // ----------------------------------------------------------------- SciPy: special/tests/test_logsumexp.py

    @Test
    void scipyLogSumExpOfLargeAndRepeatedInputs() {
        // arange(200): compared there with log(sum(exp(a))); here with the 50-digit reference
        double[] a = new double[200];
        for (int i = 0; i < 200; i++) {
            a[i] = i;
        }
        assertUlps(2, LogSumExp.of(a), Reference.logSumExp(a), "LSE(arange(200))");
        // [1000, 1000] -> 1000 + ln 2
        assertUlps(2, LogSumExp.of(new double[] {1000, 1000}),
                new BigDecimal(1000).add(BigMathHelper.LN2), "LSE([1000, 1000])");
        // 1000 copies of 10000 -> 10000 + ln 1000
        double[] b = new double[1000];
        Arrays.fill(b, 10000);
        assertUlps(2, LogSumExp.of(b), Reference.logSumExp(b), "LSE(1000 x 10000)");
        assertEquals(10000 + Math.log(1000), LogSumExp.of(b), 1e-9);
    }

    @Test
    void scipyLogSumExpOfAMillionTinyProbabilities() {
        // 10^6 copies of ln(1e-40): exp(LSE) is the sum, 1e-34 (SciPy checks it to rtol 1e-7)
        double[] logx = new double[1_000_000];
        Arrays.fill(logx, Math.log(1e-40));
        double lse = LogSumExp.of(logx);
        assertEquals(1e-34, Math.exp(lse), 1e-34 * 1e-12);
        // and to the last bits: ln(1e-40) rounded, plus ln 10^6
        BigDecimal exact = Reference.logSumExp(new double[] {Math.log(1e-40)})
                .add(Reference.logSumExp(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}).multiply(new BigDecimal(6)));
        assertUlps(2, lse, exact, "LSE(10^6 x ln 1e-40)");
    }

    @Test
    void scipyLogSumExpSpecialValues() {
        // SciPy: logsumexp(inf) = inf, logsumexp(-inf) = -inf, logsumexp([-inf, -inf]) = -inf
        assertEquals(INF, LogSumExp.of(new double[] {INF}));
        assertEquals(-INF, LogSumExp.of(new double[] {-INF}));
        assertEquals(-INF, LogSumExp.of(new double[] {-INF, -INF}));
        // convention: SciPy returns nan for [nan] and -inf for []; we reject both
        assertThrows(IllegalArgumentException.class, () -> LogSumExp.of(new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> LogSumExp.of(new double[0]));
        // rows of very different magnitude: [[1e10, 1e-10], [-1e10, -inf]] -> [1e10, -1e10]
        assertArrayEquals(new double[] {1e10, -1e10}, LogSumExp.of(new double[][] {{1e10, 1e-10}, {-1e10, -INF}}));
        // both rows together (axis=(-1, -2)) -> 1e10
        assertEquals(1e10, LogSumExp.of(new double[] {1e10, 1e-10, -1e10, -INF}));
    }

    @Test
    void scipyLogSumExpKeepsTheSmallTermOfZeroAndMinusForty() {
        // SciPy gh-18295: LSE([0, -40]) lost precision; the answer is log1p(e^-40) = 4.248e-18
        double[] z = {0, -40};
        assertUlps(2, LogSumExp.of(z), Reference.logSumExp(z), "LSE([0, -40])");
        assertNear(Math.log1p(Math.exp(-40)), LogSumExp.of(z), 1, "LSE([0, -40]) vs log1p");
    }

    // ----------------------------------------------------------------- SciPy: TestSoftmax in test_logsumexp.py

    @Test
    void scipySoftmaxFixtures() {
        // [1000, 0, 0, 0] -> [1, 0, 0, 0] (rtol 1e-13 there; the zeros are e^-1000, which underflow)
        assertArrayEquals(new double[] {1, 0, 0, 0}, Softmax.of(new double[] {1000, 0, 0, 0}));
        // [1, 1] -> [0.5, 0.5]
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.of(new double[] {1, 1}));
        // [0, 1] -> [1, e] / (1 + e)
        double[] p = Softmax.of(new double[] {0, 1});
        assertSoftmax(new double[] {0, 1}, p, 2);
        assertEquals(1 / (1 + Math.E), p[0], 1e-16);
        // arange(4), mpmath values
        double[] expected = {0.03205860328008499, 0.08714431874203256, 0.23688281808991013, 0.6439142598879722};
        double[] z = {0, 1, 2, 3};
        double[] q = Softmax.of(z);
        assertSoftmax(z, q, 2);
        for (int i = 0; i < 4; i++) {
            assertNear(expected[i], q[i], 2, "softmax(arange(4))[" + i + "]");
        }
        // translation by 100
        double[] t = Softmax.of(new double[] {100, 101, 102, 103});
        for (int i = 0; i < 4; i++) {
            assertNear(expected[i], t[i], 2, "softmax(arange(4) + 100)[" + i + "]");
        }
    }

    @Test
    void scipySoftmaxMultiAxisMpmathRows() {
        // test_softmax_multi_axes: rows [-25, 0, 25, 50] and [1, 325, 749, 750], mpmath values
        double[][] rows = {{-25, 0, 25, 50}, {1, 325, 749, 750}};
        double[][] expected = {
            {2.678636961770877e-33, 1.9287498479371314e-22, 1.3887943864771144e-11, 0.999999999986112},
            {0.0, 1.9444526359919372e-185, 0.2689414213699951, 0.7310585786300048}};
        double[][] p = Softmax.of(rows);
        for (int r = 0; r < 2; r++) {
            assertSoftmax(rows[r], p[r], 2);
            for (int i = 0; i < 4; i++) {
                assertNear(expected[r][i], p[r][i], 2, "row " + r + "[" + i + "]");
            }
        }
        // [[1000, 0], [1000, 0]] along rows -> [1, 0]; along columns -> [0.5, 0.5]
        assertArrayEquals(new double[] {1, 0}, Softmax.of(new double[] {1000, 0}));
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.of(new double[] {1000, 1000}));
    }

    // ----------------------------------------------------------------- SciPy: special/tests/test_logit.py

    @Test
    void scipyLogitOfTenEvenlySpacedProbabilities() {
        // TestLogit.test_float64: logit(linspace(0, 1, 10)) to 7 decimals, -inf and +inf at the ends
        double[] expected = {-INF, -2.07944154, -1.25276297, -0.69314718, -0.22314355, 0.22314355,
            0.69314718, 1.25276297, 2.07944154, INF};
        double[] p = linspace(0, 1, 10);
        double[] l = Logit.of(p);
        for (int i = 0; i < 10; i++) {
            if (Double.isInfinite(expected[i])) {
                assertEquals(expected[i], l[i]);
            } else {
                assertEquals(expected[i], l[i], 1.5e-7);
                assertUlps(1, l[i], Reference.logit(p[i]), "logit(" + p[i] + ")");
            }
        }
        // test_float32: the same grid in float, results to 7 decimals (the float inputs differ)
        float[] pf = new float[10];
        for (int i = 0; i < 10; i++) {
            pf[i] = (float) p[i];
        }
        float[] expectedF = {Float.NEGATIVE_INFINITY, -2.07944155f, -1.25276291f, -0.69314718f, -0.22314353f,
            0.22314365f, 0.6931473f, 1.25276303f, 2.07944155f, Float.POSITIVE_INFINITY};
        float[] lf = Logit.of(pf);
        for (int i = 0; i < 10; i++) {
            if (Float.isInfinite(expectedF[i])) {
                assertEquals(expectedF[i], lf[i]);
            } else {
                assertEquals(expectedF[i], lf[i], 1.5e-7);
                assertTrue(Ulps.floatError(lf[i], Reference.logit(pf[i])) <= 1, "logit float " + pf[i]);
            }
        }
    }

    @Test
    void scipyLogitLongDoubleValuesAndEnds() {
        // test_longdouble: eighths, with values to 28 digits; we must be within 1 ulp of them
        double[] p = {0.125, 0.25, 0.375, 0.625, 0.75, 0.875};
        String[] expected = {"-1.945910149055313305105352773", "-1.098612288668109691395245246",
            "-0.5108256237659906832055140971", "0.5108256237659906832055140971",
            "1.098612288668109691395245246", "1.945910149055313305105352773"};
        for (int i = 0; i < p.length; i++) {
            assertUlps(1, Logit.of(p[i]), new BigDecimal(expected[i]), "logit(" + p[i] + ")");
        }
        assertEquals(0.0, Logit.of(0.5));
        assertEquals(INF, Logit.of(1.0));
        assertEquals(-INF, Logit.of(0.0));
        // test_nan: outside [0, 1] the scalar gives NaN (as SciPy); the array form rejects it
        for (double bad : new double[] {-3, -2, 2, 3}) {
            assertTrue(Double.isNaN(Logit.of(bad)));
        }
        assertThrows(IllegalArgumentException.class, () -> Logit.of(new double[] {-3, -2, 2, 3}));
    }

    @Test
    void scipyExpitOfTenEvenlySpacedLogits() {
        // TestExpit.test_float64: expit(linspace(-4, 4, 10)) to 7 decimals
        double[] expected = {0.01798621, 0.04265125, 0.0977726, 0.20860853, 0.39068246, 0.60931754,
            0.79139147, 0.9022274, 0.95734875, 0.98201379};
        double[] x = linspace(-4, 4, 10);
        double[] s = Sigmoid.of(x);
        for (int i = 0; i < 10; i++) {
            assertEquals(expected[i], s[i], 1.5e-7);
            assertUlps(1, s[i], Reference.sigmoid(x[i]), "expit(" + x[i] + ")");
        }
        // test_float32
        float[] expectedF = {0.01798621f, 0.04265125f, 0.09777259f, 0.20860852f, 0.39068246f, 0.60931754f,
            0.79139149f, 0.9022274f, 0.95734876f, 0.98201376f};
        float[] xf = new float[10];
        for (int i = 0; i < 10; i++) {
            xf[i] = (float) x[i];
        }
        float[] sf = Sigmoid.of(xf);
        for (int i = 0; i < 10; i++) {
            assertEquals(expectedF[i], sf[i], 1.5e-7);
            assertTrue(Ulps.floatError(sf[i], Reference.sigmoid(xf[i])) <= 1, "expit float " + xf[i]);
        }
    }

    @Test
    void scipyExpitOfLargeArguments() {
        // test_large: expit(±n) is 1 and 0 to atol 1e-20 for n in 88, 89, 709, 710, 11356, 11357
        for (double n : new double[] {88, 89, 709, 710, 11356, 11357}) {
            assertEquals(1.0, Sigmoid.of(n), 1e-20);
            assertEquals(0.0, Sigmoid.of(-n), 1e-20);
            if (n < 745) {
                // ours are not flushed: the correctly rounded tail, to 1 ulp (subnormal included)
                assertUlps(1, Sigmoid.of(-n), Reference.sigmoid(-n), "expit(-" + n + ")");
            }
            float f = (float) n;
            assertEquals(1.0f, Sigmoid.of(new float[] {f})[0], 1e-20f);
            assertEquals(0.0f, Sigmoid.of(new float[] {-f})[0], 1e-20f);
        }
        // 709 and 710 are the double exp overflow edge: σ(-709) is normal, σ(-710) ~ 4.4e-309 subnormal
        assertTrue(Sigmoid.of(-710) > 0 && Sigmoid.of(-710) < Double.MIN_NORMAL);
    }

    @Test
    void scipyLogExpitLargeArgumentsAreExact() {
        // TestLogExpit.test_large_negative: log_expit(x) == x for x in -10000, -750, -500, -35
        for (double x : new double[] {-10000, -750, -500, -35}) {
            assertEquals(x, LogSigmoid.of(x));
        }
        // test_large_positive: -0.0 for 750, 1000, 10000 (SciPy does not insist on the sign; we do,
        // as our table says -0.0)
        for (double x : new double[] {750, 1000, 10000}) {
            assertEquals(-0.0, LogSigmoid.of(x));
            assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(LogSigmoid.of(x)));
        }
    }

    @Test
    void scipyLogExpitMpmathValuesIncludingSubnormals() {
        // test_basic_float64: mpmath at 100 digits, checked there to rtol 1e-15 (which allows 1e-320
        // results to be off entirely: we require 1 ulp of the reference and of their value)
        double[] x = {-32, -20, -10, -3, -1, -0.1, -1e-9, 0, 1e-9, 0.1, 1, 10, 100, 500, 710, 725, 735};
        double[] expected = {-32.000000000000014, -20.000000002061153, -10.000045398899218, -3.048587351573742,
            -1.3132616875182228, -0.7443966600735709, -0.6931471810599453, -0.6931471805599453,
            -0.6931471800599454, -0.6443966600735709, -0.3132616875182228, -4.539889921686465e-05,
            -3.720075976020836e-44, -7.124576406741286e-218, -4.47628622567513e-309, -1.36930634e-315,
            -6.217e-320};
        double[] y = LogSigmoid.of(x);
        for (int i = 0; i < x.length; i++) {
            assertUlps(1, y[i], Reference.logSigmoid(x[i]), "log_expit(" + x[i] + ")");
            assertNear(expected[i], y[i], 1, "log_expit(" + x[i] + ")");
        }
        // test_basic_float32: the float forms, to rtol 5e-7 there; 1 float ulp of the exact here
        float[] xf = {-32, -20, -10, -3, -1, -0.1f, -1e-9f, 0, 1e-9f, 0.1f, 1, 10, 100};
        float[] expectedF = {-32.0f, -20.0f, -10.000046f, -3.0485873f, -1.3132616f, -0.7443967f, -0.6931472f,
            -0.6931472f, -0.6931472f, -0.64439666f, -0.3132617f, -4.5398898e-05f, -3.8e-44f};
        float[] yf = LogSigmoid.of(xf);
        for (int i = 0; i < xf.length; i++) {
            assertTrue(Ulps.floatError(yf[i], Reference.logSigmoid(xf[i])) <= 1, "log_expit float " + xf[i]);
            assertEquals(expectedF[i], yf[i], Math.abs(expectedF[i]) * 5e-7 + Float.MIN_VALUE);
        }
    }

    // ----------------------------------------------------------------- NumPy: core/tests/test_umath.py (TestLogAddExp)

    @Test
    void numpyLogAddExpValuesRangeAndInfinities() {
        // test_logaddexp_values: logaddexp(ln x, ln y) = ln 6 for x + y = 6
        for (int x = 1; x <= 5; x++) {
            double[] z = {Math.log(x), Math.log(6 - x)};
            assertUlps(2, LogSumExp.of(z), Reference.logSumExp(z), "LSE(ln " + x + ", ln " + (6 - x) + ")");
            assertEquals(Math.log(6), LogSumExp.of(z), 1e-15);
        }
        // test_logaddexp_range: the larger of two far-apart values, exactly
        double[][] pairs = {{1000000, 1000200}, {-1000000, -1000200}, {1000200, 1000000}, {-1000200, -1000000}};
        double[] expected = {1000200, -1000000, 1000200, -1000000};
        for (int i = 0; i < pairs.length; i++) {
            assertEquals(expected[i], LogSumExp.of(pairs[i]));
        }
        // test_inf: the table of ±inf pairs
        double[] xs = {INF, -INF, INF, -INF, INF, 1, -INF, 1};
        double[] ys = {INF, INF, -INF, -INF, 1, INF, 1, -INF};
        double[] zs = {INF, INF, INF, -INF, INF, INF, 1, 1};
        for (int i = 0; i < xs.length; i++) {
            assertEquals(zs[i], LogSumExp.of(new double[] {xs[i], ys[i]}), "logaddexp(" + xs[i] + ", " + ys[i] + ")");
            assertEquals((float) zs[i], LogSumExp.of(new float[] {(float) xs[i], (float) ys[i]}));
        }
    }

    // ----------------------------------------------------------------- TensorFlow: kernel_tests/softmax_op_test.py

    @Test
    void tensorflowSoftmaxAndLogSoftmaxOfTheTwoRowBatch() {
        // testNpSoftmax: [[1,1,1,1],[1,2,3,4]], values to 1e-5
        double[][] rows = {{1, 1, 1, 1}, {1, 2, 3, 4}};
        double[][] p = Softmax.of(rows);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, p[0]);
        assertArrayEquals(new double[] {0.0320586, 0.08714432, 0.23688282, 0.64391426}, p[1], 1e-8);
        assertSoftmax(rows[1], p[1], 2);
        double[][] l = LogSoftmax.of(rows);
        assertArrayEquals(new double[] {-1.386294, -1.386294, -1.386294, -1.386294}, l[0], 1e-6);
        assertArrayEquals(new double[] {-3.4401897, -2.4401897, -1.4401897, -0.4401897}, l[1], 1e-7);
        assertEquals(-2 * Math.log(2), l[0][0]);
        // the float batch
        float[][] pf = Softmax.of(new float[][] {{1, 1, 1, 1}, {1, 2, 3, 4}});
        assertArrayEquals(new float[] {0.25f, 0.25f, 0.25f, 0.25f}, pf[0]);
        for (int i = 0; i < 4; i++) {
            assertTrue(Ulps.floatError(pf[1][i], Reference.softmax(rows[1])[i]) <= 1);
        }
        // test1DTensorAsInput [3, 2, 3, 9] and the 3-D rows [2..5], [6..9], [5, 4, 3, 2]
        for (double[] z : new double[][] {{3, 2, 3, 9}, {2, 3, 4, 5}, {6, 7, 8, 9}, {5, 4, 3, 2}}) {
            assertSoftmax(z, Softmax.of(z), 2);
            assertLogSoftmax(z, LogSoftmax.of(z), 2);
        }
        // shift invariance across those rows: [2..5] and [6..9] are [1..4] shifted exactly
        assertArrayEquals(p[1], Softmax.of(new double[] {6, 7, 8, 9}));
        assertArrayEquals(p[1], Softmax.of(new double[] {2, 3, 4, 5}));
    }

    @Test
    void tensorflowLogSoftmaxOverflowCase() {
        // _testOverflow: log_softmax([MAX, 1, 2, 3]) = [0, -MAX, -MAX, -MAX] in double and float
        assertArrayEquals(new double[] {0, -MAX, -MAX, -MAX}, LogSoftmax.of(new double[] {MAX, 1, 2, 3}));
        float fm = Float.MAX_VALUE;
        assertArrayEquals(new float[] {0, -fm, -fm, -fm}, LogSoftmax.of(new float[] {fm, 1, 2, 3}));
        // and the first row [1, 1, 1, 1] -> -ln 4
        assertArrayEquals(new double[] {-Math.log(4), -Math.log(4), -Math.log(4), -Math.log(4)},
                LogSoftmax.of(new double[] {1, 1, 1, 1}));
        // testEmptyInput: an empty softmax is an error there too
        assertThrows(IllegalArgumentException.class, () -> Softmax.of(new double[0]));
    }

    // ----------------------------------------------------------------- JAX: tests/nn_test.py

    @Test
    void jaxSoftmaxWhereMask() {
        // testSoftmaxWhereMask: x = [5.5, 1.3, -4.2, 0.9], mask [T, F, T, T]: the kept entries
        // equal the softmax of the kept values, and the result sums to 1
        double[] x = {5.5, 1.3, -4.2, 0.9};
        boolean[] m = {true, false, true, true};
        double[] p = Softmax.of(x, m);
        double[] kept = Softmax.of(new double[] {5.5, -4.2, 0.9});
        assertArrayEquals(new double[] {kept[0], 0, kept[1], kept[2]}, p);
        assertTrue(Ulps.sumErrorFromOne(p) <= 4);
        // the float form agrees
        float[] pf = Softmax.of(new float[] {5.5f, 1.3f, -4.2f, 0.9f}, m);
        assertEquals(0f, pf[1]);
        // testSoftmaxEmptyMask: every entry masked gives zeros
        assertArrayEquals(new double[4], Softmax.of(x, new boolean[4]));
        // testSoftmaxWhereGrad: [36, 10000] with the mask x < 1000 keeps only the first: [1, 0]
        assertArrayEquals(new double[] {1, 0}, Softmax.of(new double[] {36, 10000}, new boolean[] {true, false}));
        // and the masked entry may be anything, NaN included
        assertArrayEquals(new double[] {1, 0},
                Softmax.of(new double[] {36, Double.NaN}, new boolean[] {true, false}));
    }

    @Test
    void jaxSoftplusValuesAsLogSigmoid() {
        // softplus(x) = -log_sigmoid(-x). testSoftplusZero: softplus(0) = ln 2 exactly (as rounded)
        assertEquals(-Math.log(2), LogSigmoid.of(0.0));
        assertEquals(-Math.log(2), LogSigmoid.of(-0.0));
        // testSoftplusValue: softplus(89) ≈ 89; here exactly 89 (89 + e^-89 rounds to 89)
        assertEquals(-89.0, LogSigmoid.of(-89.0));
        // testSoftplusGradInf: the gradient of softplus at +inf is 1 = sigmoid(+inf)
        assertEquals(1.0, Sigmoid.of(INF));
        assertEquals(0.0, Sigmoid.derivative(INF));
    }

    @Test
    void jaxOneHotAndItsConventionDifferences() {
        // testOneHot: labels [0, 1, 2] and [1, 2, 0] with 3 classes
        assertArrayEquals(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, OneHot.of(new int[] {0, 1, 2}, 3));
        assertArrayEquals(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}, OneHot.of(new int[] {1, 2, 0}, 3));
        // convention: JAX gives a zero row for -1 and 3 (testOneHotOutOfBound); we reject them
        assertThrows(IllegalArgumentException.class, () -> OneHot.of(new int[] {-1, 3}, 3));
        // convention: JAX's softmax of an empty array is empty (testSoftmaxEmptyArray); we reject it
        assertThrows(IllegalArgumentException.class, () -> Softmax.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> LogSoftmax.of(new double[0]));
    }

    // ----------------------------------------------------------------- PyTorch: test/test_reductions.py and usage

    @Test
    void pytorchLogSumExpOfAnAllMinusInfinityRowAndCrossEntropyWithMaskedLogits() {
        // test_logsumexp: a row set to -inf gives -inf (checked there against SciPy)
        assertArrayEquals(new double[] {-INF, LogSumExp.of(new double[] {1, 2})},
                LogSumExp.of(new double[][] {{-INF, -INF}, {1, 2}}));
        // cross-entropy of [[10000, -inf, -inf], [-inf, 10000, -inf]] with labels [0, 1]: 0
        // (a common PyTorch check that masked logits do not make the loss NaN)
        double[][] logits = {{10000, -INF, -INF}, {-INF, 10000, -INF}};
        assertArrayEquals(new double[] {0, 0}, CrossEntropy.of(logits, new int[] {0, 1}));
        assertEquals(0.0, CrossEntropy.mean(logits, new int[] {0, 1}));
        // and with one-hot targets: 0 · ln 0 terms are 0, so the loss is 0, not NaN
        assertEquals(0.0, CrossEntropy.of(logits[0], new double[] {1, 0, 0}));
    }

    @Test
    void pytorchCrossEntropyOfABookExampleWithOneHotTargets() {
        // nn.CrossEntropyLoss with probability targets on [[-1.90, -0.29, -2.30], [-0.29, -1.90, -2.30]]
        // and targets [[0, 1, 0], [1, 0, 0]]: both rows are the same loss, -log_softmax of -0.29
        double[] row = {-1.90, -0.29, -2.30};
        BigDecimal exact = Reference.logSoftmax(row)[1].negate();
        assertUlps(2, CrossEntropy.of(row, 1), exact, "CE label");
        assertUlps(2, CrossEntropy.of(row, new double[] {0, 1, 0}), exact, "CE target");
        double mean = CrossEntropy.mean(new double[][] {row, {-0.29, -1.90, -2.30}}, new int[] {1, 0});
        assertUlps(2, mean, exact, "CE mean");
        assertEquals(0.288, mean, 0.0005); // -ln(e^-0.29 / (e^-1.90 + e^-0.29 + e^-2.30)), by hand
    }

    // ----------------------------------------------------------------- RubixML: tests/Other/Functions/LogSumExpTest.php

    @Test
    void rubixLogSumExpOfNineValues() {
        // their assertEquals compares with 2.8194175400311074 exactly; we allow our 2-ulp bound
        double[] z = {0.5, 0.4, 0.9, 1.0, 0.2, 0.9, 0.1, 0.5, 0.7};
        assertUlps(2, LogSumExp.of(z), Reference.logSumExp(z), "LSE(nine)");
        assertNear(2.8194175400311074, LogSumExp.of(z), 2, "RubixML value");
    }

    // ----------------------------------------------------------------- kevin_toolbox: patches/for_numpy/test (softmax temperature)

    @Test
    void temperatureCasesFromANumpyToolbox() {
        // softmax([0, 0.1] * 10) equals softmax([0, 0.1], T = 0.1) ≈ [0.26894142, 0.73105858]
        double[] scaled = Softmax.of(new double[] {0 * 10, 0.1 * 10});
        double[] tempered = Softmax.of(new double[] {0, 0.1}, 0.1);
        assertArrayEquals(scaled, tempered);
        assertArrayEquals(new double[] {0.26894142, 0.73105858}, tempered, 1e-8);
        // T = 0 (and T -> 0): one-hot on the maximum; a tie shares the mass
        assertArrayEquals(new double[] {0, 1}, Softmax.of(new double[] {0, 0.1}, 0));
        assertArrayEquals(new double[] {0, 1}, Softmax.of(new double[] {0, 0.1}, 0.00001));
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.of(new double[] {0.1, 0.1}, 0));
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.of(new double[] {0.1, 0.1}, 0.00001));
        // softmax(ln[0.1, 0.9] / 0.5) ≈ [0.01219512, 0.98780488] (that is [1, 81] / 82)
        double[] z = {Math.log(0.1), Math.log(0.9)};
        double[] p = Softmax.of(z, 0.5);
        assertArrayEquals(new double[] {0.01219512, 0.98780488}, p, 1e-8);
        BigDecimal[] ex = Reference.softmax(z, 0.5);
        assertUlps(2, p[0], ex[0], "T=0.5 [0]");
        assertUlps(2, p[1], ex[1], "T=0.5 [1]");
    }

    /** ln 2 to 50 digits, for the [1000, 1000] case. */
    private static final class BigMathHelper {
        static final BigDecimal LN2 = new BigDecimal("0.69314718055994530941723212145817656807550013436026");
    }
}
