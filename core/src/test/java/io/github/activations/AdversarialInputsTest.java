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
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Inputs chosen to break things: extreme temperatures, values at the edges of the double and
 * float ranges, subnormals, ties, masks over NaN, jagged batches, overflowing intermediate
 * results and long vectors. Expected values come from the 50-digit {@link Reference} or from
 * the exact mathematics stated next to each case.
 */
class AdversarialInputsTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double MAX = Double.MAX_VALUE;
    private static final double MIN = Double.MIN_VALUE;

    private static void assertUlps(double bound, double actual, BigDecimal exact, String what) {
        double err = Ulps.error(actual, exact);
        assertTrue(err <= bound, () -> what + ": " + actual + " is " + err + " ulp from " + exact);
    }

    private static void assertFloatUlps(double bound, float actual, BigDecimal exact, String what) {
        double err = Ulps.floatError(actual, exact);
        assertTrue(err <= bound, () -> what + ": " + actual + " is " + err + " float ulp from " + exact);
    }

    private static void assertSoftmaxOf(double[] scaled, double[] p) {
        BigDecimal[] ex = Reference.softmax(scaled);
        for (int i = 0; i < p.length; i++) {
            assertUlps(2, p[i], ex[i], "softmax of " + Arrays.toString(scaled) + " [" + i + "]");
        }
    }

    /**
     * Σ values − 1 in double-double (two-sum of every term): exact to about 2^-100 for 10^6
     * probabilities, and much faster than the BigDecimal sum of {@link Ulps#sumErrorFromOne}.
     */
    private static double sumMinusOne(double[] values) {
        double hi = -1;
        double lo = 0;
        for (double v : values) {
            double s = hi + v;
            double bb = s - hi;
            lo += (hi - (s - bb)) + (v - bb);
            hi = s;
        }
        return hi + lo;
    }

    // ----------------------------------------------------------------- temperature

    @Test
    void subnormalTemperatureDividesWithoutRounding() {
        // z / T with T = MIN_VALUE: [MIN, 0] / MIN = [1, 0] exactly, so the answer is softmax([1, 0])
        assertArrayEquals(Softmax.of(new double[] {1, 0}), Softmax.of(new double[] {MIN, 0}, MIN));
        // three entries take the general path: [MIN, 0, -MIN] / MIN = [1, 0, -1]
        assertSoftmaxOf(new double[] {1, 0, -1}, Softmax.of(new double[] {MIN, 0, -MIN}, MIN));
        // a gap of 1 over T = MIN is 2^1074: everything but the maximum underflows to 0
        assertArrayEquals(new double[] {1, 0, 0}, Softmax.of(new double[] {1, 0, -1}, MIN));
        assertArrayEquals(new double[] {1, 0}, Softmax.of(new double[] {MAX, -MAX}, MIN));
    }

    @Test
    void hugeTemperatureKeepsTheQuotientOfAnOverflowingDifference() {
        // (MAX - (-MAX)) / MAX = 2 although MAX - (-MAX) overflows: [σ(2), σ(-2)]
        assertArrayEquals(new double[] {Sigmoid.of(2), Sigmoid.of(-2)}, Softmax.of(new double[] {MAX, -MAX}, MAX));
        // three entries: [MAX, -MAX, 0] / MAX = [1, -1, 0]
        assertSoftmaxOf(new double[] {1, -1, 0}, Softmax.of(new double[] {MAX, -MAX, 0}, MAX));
        // ordinary logits at T = MAX are uniform to the last bit
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.of(new double[] {1, 0}, MAX));
        assertArrayEquals(new float[] {0.5f, 0.5f}, Softmax.of(new float[] {1, 0}, Float.MAX_VALUE));
    }

    @Test
    void negativeZeroTemperatureIsTheZeroLimit() {
        // -0.0 is not below 0, so it is accepted as the T = 0 limit (argmax, ties share)
        assertArrayEquals(new double[] {0, 1}, Softmax.of(new double[] {1, 2}, -0.0));
        assertThrows(IllegalArgumentException.class, () -> Softmax.of(new double[] {1, 2}, -MIN));
        assertThrows(IllegalArgumentException.class, () -> Softmax.of(new double[] {1, 2}, Double.NaN));
    }

    // ----------------------------------------------------------------- n = 1, n = 2, ties, zeros

    @Test
    void oneEntryIsCertainWhateverItIs() {
        for (double x : new double[] {MIN, -MIN, 0.0, -0.0, -MAX, MAX, INF, 1e-300, -745}) {
            assertArrayEquals(new double[] {1.0}, Softmax.of(new double[] {x}), "softmax [" + x + "]");
            assertArrayEquals(new double[] {0.0}, LogSoftmax.of(new double[] {x}), "log-softmax [" + x + "]");
            assertEquals(0.0, CrossEntropy.of(new double[] {x}, 0), "CE [" + x + "]");
            assertEquals(x, LogSumExp.of(new double[] {x}));
        }
    }

    @Test
    void twoClassesAgreeWithTheSigmoidAtTheEdges() {
        double[] xs = {0.0, -0.0, MIN, -MIN, 1e-310, -1e-310, Double.MIN_NORMAL, 36.7368005696771, 37.5, -37.5,
            708.39, -708.4, 709.78, -709.79, -745.13, -745.14, 745.2, -746, 1e300, -1e300, MAX, -MAX, INF, -INF};
        for (double x : xs) {
            assertEquals(Sigmoid.of(x), Softmax.of(new double[] {x, 0})[0], "x = " + x);
            assertEquals(Sigmoid.of(-x), Softmax.of(new double[] {x, 0})[1], "x = " + x);
            // the same pair kept by a mask (with NaN padding) takes the same kernel
            assertEquals(Sigmoid.of(x),
                    Softmax.of(new double[] {x, Double.NaN, 0}, new boolean[] {true, false, true})[0], "mask " + x);
            // and the float forms, each rounded once from the same double
            float xf = (float) x;
            assertEquals(Sigmoid.of(new float[] {xf})[0], Softmax.of(new float[] {xf, 0f})[0], "float " + xf);
        }
        // σ(−745) is the subnormal MIN_VALUE, not 0
        assertEquals(MIN, Softmax.of(new double[] {-745, 0})[0]);
    }

    @Test
    void manyTiesShareExactly() {
        // 1000 equal maxima and one far below: each gets 1/1000 (to 2 ulp), the sum within 4 ulp of 1
        double[] z = new double[1001];
        Arrays.fill(z, 3.25);
        z[500] = -1e300;
        double[] p = Softmax.of(z);
        assertEquals(0.0, p[500]);
        for (int i = 0; i < z.length; i++) {
            if (i != 500) {
                assertTrue(Ulps.distance(p[i], 1e-3) <= 2, "p[" + i + "] = " + p[i]);
            }
        }
        assertTrue(Ulps.sumErrorFromOne(p) <= 4);
        assertEquals(-Math.log(1000), LogSoftmax.of(z)[0], Math.ulp(Math.log(1000)) * 2);
        // -0.0 and +0.0 are the same value: softmax gives the same mass, argmax and top-k the first index
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.of(new double[] {-0.0, 0.0}));
        assertEquals(0, Argmax.of(new double[] {-0.0, 0.0}));
        assertEquals(0, Argmax.of(new double[] {0.0, -0.0}));
        assertArrayEquals(new int[] {1, 2, 0, 3}, TopK.of(new double[] {-1, 0.0, -0.0, -INF}, 4));
        assertArrayEquals(new int[] {0, 2}, TopK.of(new double[] {INF, -1, INF}, 2));
    }

    @Test
    void topKMatchesAStableSortOnTieHeavyVectors() {
        // ties by ascending index, values with ±0, ±∞ and repeats; k from 0 to n
        Random random = new Random(20240611L);
        double[] pool = {0.0, -0.0, 1, -1, INF, -INF, 2, MIN, -MAX};
        for (int c = 0; c < 3000; c++) {
            int n = 1 + random.nextInt(12);
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                z[i] = pool[random.nextInt(pool.length)];
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> z[a] == z[b] ? Integer.compare(a, b) : Double.compare(z[b], z[a]));
            int k = random.nextInt(n + 1);
            int[] expected = new int[k];
            for (int i = 0; i < k; i++) {
                expected[i] = order[i];
            }
            assertArrayEquals(expected, TopK.of(z, k), () -> Arrays.toString(z) + " k = " + k);
            assertEquals((int) order[0], Argmax.of(z), () -> Arrays.toString(z));
        }
    }

    // ----------------------------------------------------------------- subnormal and extreme logits

    @Test
    void subnormalLogitsAreJustZeroForSoftmaxButNotForLogSumExp() {
        // e^MIN = 1 + MIN rounds to 1: the softmax of subnormals is uniform
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.of(new double[] {MIN, -MIN}));
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, Softmax.of(new double[] {MIN, 0, -MIN}));
        // LSE([MIN, -MIN]) = ln 2 + (tiny) rounds to ln 2
        assertEquals(Math.log(2), LogSumExp.of(new double[] {MIN, -MIN}));
        // [−MAX, −MAX] is −MAX + ln 2, which rounds to −MAX
        assertEquals(-MAX, LogSumExp.of(new double[] {-MAX, -MAX, -MAX}));
    }

    @Test
    void logSumExpCancellingToNearZeroOnALongVector() {
        // 1000 distinct logits shifted by their own LSE: the result is the tiny rounding residue,
        // which only the exact slow path gets right; we compare with the 50-digit reference
        Random random = new Random(9);
        double[] d = new double[1000];
        for (int i = 0; i < d.length; i++) {
            d[i] = random.nextGaussian();
        }
        double shift = LogSumExp.of(d);
        double[] z = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            z[i] = d[i] - shift;
        }
        assertUlps(2, LogSumExp.of(z), Reference.logSumExp(z), "LSE near 0");
        // n copies of fl(−ln n): the result is ln n − fl(ln n)
        double[] c = new double[4096];
        Arrays.fill(c, -Math.log(4096));
        assertUlps(2, LogSumExp.of(c), Reference.logSumExp(c), "LSE(4096 x -ln 4096)");
    }

    // ----------------------------------------------------------------- float forms at the float range edges

    @Test
    void floatFormsNearFloatOverflowAndUnderflow() {
        // e^88.7 is near Float.MAX_VALUE, e^-103.9 below Float.MIN_NORMAL: computed in double, no overflow
        float[] p = Softmax.of(new float[] {88.7f, -103.9f});
        assertArrayEquals(new float[] {1f, 0f}, p);
        float[] q = Softmax.of(new float[] {0f, -103.9f, -103.9f});
        BigDecimal[] ex = Reference.softmax(new double[] {0, -103.9f, -103.9f});
        for (int i = 0; i < 3; i++) {
            assertFloatUlps(1, q[i], ex[i], "float softmax [" + i + "]");
        }
        assertEquals(Float.MIN_VALUE, q[1]); // e^-103.9 = 7.5e-46 rounds up to 1.4e-45
        float[] s = Sigmoid.of(new float[] {-103.9f, -104f, -88.7f, 88.7f, 17f});
        float[] xs = {-103.9f, -104f, -88.7f, 88.7f, 17f};
        for (int i = 0; i < xs.length; i++) {
            assertFloatUlps(1, s[i], Reference.sigmoid(xs[i]), "float sigmoid " + xs[i]);
        }
        assertEquals(0f, s[1]); // e^-104 = 6.8e-46 is below half of Float.MIN_VALUE
        assertFloatUlps(1, LogSumExp.of(new float[] {88.7f, 88.7f}),
                Reference.logSumExp(new double[] {88.7f, 88.7f}), "float LSE");
        assertEquals(Float.MAX_VALUE, LogSumExp.of(new float[] {Float.MAX_VALUE, Float.MAX_VALUE}));
        float[] l = LogSigmoid.of(new float[] {-103.9f, 103.9f, 88f});
        assertEquals(-103.9f, l[0]);
        assertEquals(-Float.MIN_VALUE, l[1]); // -e^-103.9 rounds to -MIN_VALUE in float
        assertFloatUlps(1, l[2], Reference.logSigmoid(88), "float log-sigmoid 88");
        float[] lg = Logit.of(new float[] {1 - 0x1p-24f, Float.MIN_VALUE});
        assertFloatUlps(1, lg[0], Reference.logit(1 - 0x1p-24), "float logit 1-2^-24");
        assertFloatUlps(1, lg[1], Reference.logit(Float.MIN_VALUE), "float logit MIN");
    }

    // ----------------------------------------------------------------- scalar functions at their edges

    @Test
    void logitAroundOneHalfAndAtTheEnds() {
        double[] ps = {Math.nextUp(0.5), Math.nextDown(0.5), Math.nextDown(1.0), Math.nextDown(Math.nextDown(1.0)),
            MIN, 1e-320, Double.MIN_NORMAL, Math.nextDown(0.25), 0.25, Math.nextUp(0.75), 0.75, Math.nextDown(0.75)};
        for (double p : ps) {
            assertUlps(1, Logit.of(p), Reference.logit(p), "logit(" + p + ")");
        }
        // near 1/2, logit(p) ≈ 4 (p − 1/2): the first doubles either side give ±4 · their distance
        assertEquals(4 * 0x1p-53, Logit.of(Math.nextUp(0.5)), Math.ulp(4 * 0x1p-53));
        assertEquals(-4 * 0x1p-54, Logit.of(Math.nextDown(0.5)), Math.ulp(4 * 0x1p-54));
    }

    @Test
    void logSigmoidNearZeroAndTheDerivativeInTheTails() {
        for (double x : new double[] {MIN, -MIN, 1e-300, -1e-300, 1e-17, -1e-17, 1e-9, -1e-9}) {
            assertUlps(1, LogSigmoid.of(x), Reference.logSigmoid(x), "log-sigmoid(" + x + ")");
        }
        for (double x : new double[] {0, 1e-9, 37, -37, 708, -709, 744, -745, 745.13}) {
            BigDecimal exact = Reference.sigmoid(x).multiply(Reference.sigmoid(-x));
            assertUlps(1, Sigmoid.derivative(x), exact, "σ'(" + x + ")");
        }
        assertEquals(0.0, Sigmoid.derivative(-INF));
        assertEquals(MIN, Sigmoid.derivative(745)); // e^-745 is MIN_VALUE after rounding
    }

    // ----------------------------------------------------------------- masks and batches

    @Test
    void masksIgnoreWhateverIsUnderThem() {
        double nan = Double.NaN;
        assertArrayEquals(new double[] {0, 1, 0}, Softmax.of(new double[] {nan, 1, nan}, new boolean[] {false, true, false}));
        assertArrayEquals(new double[] {0, 0}, Softmax.of(new double[] {nan, INF}, new boolean[] {false, false}));
        // a +∞ under the mask does not take the mass
        double[] p = Softmax.of(new double[] {INF, 0, 1, 2}, new boolean[] {false, true, true, true});
        assertArrayEquals(Softmax.of(new double[] {0, 1, 2}), Arrays.copyOfRange(p, 1, 4));
        assertEquals(0.0, p[0]);
        // the only kept entry −∞: undefined, rejected
        assertThrows(IllegalArgumentException.class,
                () -> Softmax.of(new double[] {-INF, 1}, new boolean[] {true, false}));
        // NaN in a kept entry is named
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Softmax.of(new double[] {1, nan}, new boolean[] {true, true}));
        assertTrue(e.getMessage().contains("[1]"), e.getMessage());
    }

    @Test
    void jaggedAndEmptyBatches() {
        double[][] rows = {{1}, {1, 2}, {1, 2, 3}, {-INF, 0}};
        double[][] p = Softmax.of(rows);
        for (int r = 0; r < rows.length; r++) {
            assertArrayEquals(Softmax.of(rows[r]), p[r]);
        }
        assertEquals(0, Softmax.of(new double[0][]).length);
        assertEquals(0, LogSumExp.of(new double[0][]).length);
        assertEquals(0, Argmax.of(new double[0][]).length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Softmax.of(new double[][] {{1}, {}}));
        assertTrue(e.getMessage().contains("rows[1]"), e.getMessage());
        // a later all −∞ row is caught before the earlier rows are written
        double[][] in = {{1, 2}, {-INF, -INF}};
        double[][] out = {{7, 7}, {7, 7}};
        assertThrows(IllegalArgumentException.class, () -> Softmax.into(in, out));
        assertArrayEquals(new double[] {7, 7}, out[0]);
        // top-k needs k within every row
        assertThrows(IllegalArgumentException.class, () -> TopK.of(new double[][] {{1, 2}, {3}}, 2));
    }

    // ----------------------------------------------------------------- cross-entropy

    @Test
    void crossEntropyWithTargetsThatDoNotSumToOne() {
        double[] z = {1, 2, 3};
        // the target is taken as given: [1, 0, 1] is the sum of the two label losses
        BigDecimal exact = Reference.logSoftmax(z)[0].add(Reference.logSoftmax(z)[2]).negate();
        assertUlps(2, CrossEntropy.of(z, new double[] {1, 0, 1}), exact, "target sums to 2");
        // an all-zero target is a zero loss
        assertEquals(0.0, CrossEntropy.of(z, new double[] {0, 0, 0}));
        // a zero target against a −∞ logit contributes 0 (0 · ln 0 = 0); a positive one makes it +∞
        assertEquals(CrossEntropy.of(new double[] {2, 3}, new double[] {0.5, 0.5}),
                CrossEntropy.of(new double[] {-INF, 2, 3}, new double[] {0, 0.5, 0.5}));
        assertEquals(INF, CrossEntropy.of(new double[] {-INF, 2, 3}, new double[] {0.1, 0.4, 0.5}));
        // −0.0 is a zero weight, not a negative one
        assertEquals(CrossEntropy.of(new double[] {1, 2}, 1), CrossEntropy.of(new double[] {1, 2}, new double[] {-0.0, 1}));
        assertThrows(IllegalArgumentException.class, () -> CrossEntropy.of(z, new double[] {-MIN, 0, 1}));
        // ties of +∞: ln k
        assertEquals(Math.log(3), CrossEntropy.of(new double[] {INF, INF, INF}, 1), Math.ulp(Math.log(3)));
        // a huge but finite loss stays finite: [MAX, −MAX, 0] with label 2 is MAX
        assertEquals(MAX, CrossEntropy.of(new double[] {MAX, -MAX, 0}, 2));
        // a confident right answer is tiny, not 0 (float form too)
        assertUlps(2, CrossEntropy.of(new double[] {0, -37}, 0), Reference.logSoftmax(new double[] {0, -37})[0].negate(),
                "CE [0, -37]");
        assertFloatUlps(1, CrossEntropy.of(new float[] {88.7f, -103.9f}, 1),
                Reference.logSoftmax(new double[] {88.7f, -103.9f})[1].negate(), "float CE");
    }

    @Test
    void crossEntropyMeanOfAnInfiniteLossIsInfinite() {
        assertEquals(INF, CrossEntropy.mean(new double[][] {{0, -INF}}, new int[] {1}));
        assertEquals(INF, CrossEntropy.mean(new double[][] {{0, -INF}, {0, 0}}, new int[] {1, 0}));
    }

    @Test
    void crossEntropyMeanIsRoundedOnce() {
        // the rows' losses are summed as double-doubles and divided in double-double, then
        // rounded once (it summed the rounded losses and divided them: 1.7 ulp seen), so the
        // mean is within 1 ulp of the exact mean of the exact losses
        Random random = new Random(20261130L);
        for (int c = 0; c < 1000; c++) {
            double[][] logits = new double[1 + random.nextInt(6)][1 + random.nextInt(6)];
            int[] labels = new int[logits.length];
            BigDecimal sum = BigDecimal.ZERO;
            double spread = new double[] {1, 700, 1e5}[c % 3];
            for (int r = 0; r < logits.length; r++) {
                for (int j = 0; j < logits[r].length; j++) {
                    logits[r][j] = random.nextGaussian() * spread;
                }
                labels[r] = random.nextInt(logits[r].length);
                sum = sum.add(Reference.logSoftmax(logits[r])[labels[r]].negate());
            }
            BigDecimal exact = sum.divide(BigDecimal.valueOf(logits.length), new MathContext(50));
            assertUlps(1, CrossEntropy.mean(logits, labels), exact, "CE mean of " + Arrays.deepToString(logits));
        }
    }

    @Test
    void crossEntropyMeanOfHugeFiniteLossesIsFinite() {
        // each loss is 1e308 + ln(1 + e^-1e308) = 1e308; their mean is 1e308
        assertEquals(1e308, CrossEntropy.mean(new double[][] {{0, -1e308}, {0, -1e308}}, new int[] {1, 1}));
    }

    @Test
    void crossEntropyTargetTermThatOverflowsIsInfinite() {
        // 2 · 1e308 and MAX · 1.31 are beyond the double range: the loss is +∞, never NaN
        assertEquals(INF, CrossEntropy.of(new double[] {0, -1e308}, new double[] {0, 2}));
        assertEquals(INF, CrossEntropy.of(new double[] {0, -1}, new double[] {0, MAX}));
        assertEquals(INF, CrossEntropy.of(new double[] {0, -1e308, -1e308}, new double[] {0, 1, 1}));
    }

    // ----------------------------------------------------------------- backward

    @Test
    void backwardWithProbabilitiesZeroAndOne() {
        // p = one-hot: the gradient is exactly 0 whatever (finite) g is
        // (zeros compared by value: p_i · (g_i − s) may be −0.0, which is fine)
        assertArrayEquals(new double[] {0, 0}, Softmax.backward(new double[] {1, 0}, new double[] {1, 2}), 0.0);
        assertArrayEquals(new double[] {0, 0, 0},
                Softmax.backward(new double[] {0, 1, 0}, new double[] {-5, 3, 1e300}), 0.0);
        double[][] j = Softmax.jacobian(new double[] {1, 0});
        for (double[] row : j) {
            for (double v : row) {
                assertEquals(0.0, v, 0.0);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Softmax.backward(new double[] {1.5, -0.5}, new double[] {1, 1}));
    }

    @Test
    void backwardKeepsTheDigitsOfEveryElement() {
        // against the exact pᵢ (gᵢ − Σ pⱼgⱼ): a saturated softmax (pₜ = 1, the rest tiny) with
        // gradients of mixed magnitudes once lost every digit below 2^-106 of pₜgₜ (1.9e7 ulp
        // off), and results that went subnormal at the 2^-64 scale used for huge gradients lost
        // digits too. Each result is now rounded once from a value within 2^-60 of it, or from
        // the exact value where the difference cancels: within 1 ulp (normal results)
        Random random = new Random(20261129L);
        MathContext digits = new MathContext(60);
        for (int c = 0; c < 3000; c++) {
            double[] z = new double[1 + random.nextInt(8)];
            double[] g = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = random.nextGaussian() * (c % 3 == 0 ? 300 : 5);
                g[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20) * (random.nextInt(5) == 0 ? 1e288 : 1);
            }
            double[] p = Softmax.of(z);
            double[] out = Softmax.backward(p, g);
            BigDecimal dot = BigDecimal.ZERO;
            for (int j = 0; j < p.length; j++) {
                dot = dot.add(new BigDecimal(p[j]).multiply(new BigDecimal(g[j])));
            }
            for (int i = 0; i < p.length; i++) {
                BigDecimal exact = new BigDecimal(p[i]).multiply(new BigDecimal(g[i]).subtract(dot), digits);
                double magnitude = Math.abs(exact.doubleValue());
                if (magnitude >= Double.MIN_NORMAL && magnitude <= MAX) {
                    assertUlps(1, out[i], exact, "backward(" + Arrays.toString(p) + ", " + Arrays.toString(g) + ")[" + i + "]");
                }
            }
        }
    }

    @Test
    void backwardDoesNotOverflowInTheDifference() {
        double r = 0.375 * MAX;
        assertArrayEquals(new double[] {r, -r}, Softmax.backward(new double[] {0.25, 0.75}, new double[] {MAX, -MAX}));
        assertArrayEquals(new double[] {0, 0}, Softmax.backward(new double[] {1, 0}, new double[] {-MAX, MAX}), 0.0);
    }

    // ----------------------------------------------------------------- divide-by-sum

    @Test
    void divideBySumOfHugeEntriesWithATinyExactSum() {
        // the exact sum is MIN_VALUE, not 0: the table says "sum tiny against the entries: may overflow to ±∞"
        assertArrayEquals(new double[] {INF, -INF, 1.0}, DivideBySum.of(new double[] {MAX, -MAX, MIN}));
    }

    // ----------------------------------------------------------------- long vectors

    @Test
    void aMillionLogitsStaySummedToOneAndFast() {
        Random random = new Random(1);
        double[] z = new double[1_000_000];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextGaussian() * 3;
        }
        long start = System.nanoTime();
        double[] p = Softmax.of(z);
        double[] l = LogSoftmax.of(z);
        double lse = LogSumExp.of(z);
        long millis = (System.nanoTime() - start) / 1_000_000;
        double sumError = Math.abs(sumMinusOne(p)) / Ulps.ULP_OF_ONE;
        assertTrue(sumError <= 4, "sum is " + sumError + " ulp from 1");
        assertEquals(z[0] - lse, l[0], 1e-12);
        assertTrue(millis < 5_000, "softmax, log-softmax and LSE of 10^6 took " + millis + " ms");
        // the −745 tails: 10^6 − 1 subnormal terms next to a 0
        double[] tails = new double[1_000_000];
        Arrays.fill(tails, -745);
        tails[0] = 0;
        double[] q = Softmax.of(tails);
        assertEquals(MIN, q[1]);
        assertTrue(Ulps.distance(1.0, q[0]) <= 1);
    }
}
