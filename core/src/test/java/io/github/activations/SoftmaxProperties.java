/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.testing.LogitGenerator;
import io.github.activations.testing.Property;
import io.github.activations.testing.Ulps;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * Properties of softmax, each run on at least {@value Property#CASES} seeded inputs from
 * {@link LogitGenerator} (edge cases mixed in). On failure the message gives the seed, the
 * case and the input; replay with {@code -Dactivations.seed=N}.
 *
 * <p>Notation: p = softmax(z) exactly, p̂ = {@code Softmax.of(z)}; ε = 2^−53 (half an ulp of
 * 1). The documented accuracy is |p̂ᵢ − pᵢ| &lt;= 2 ulp(pᵢ) &lt;= 4ε·pᵢ + 2·2^−1074 (the last
 * term covers subnormal results, whose ulp is 2^−1074).
 */
class SoftmaxProperties {
    private static final String NAME = "SoftmaxProperties#";
    private static final double EPS = 0x1p-53;
    private static final double TINY = Double.MIN_VALUE;

    // The exact probabilities sum to 1. Each p̂ᵢ is within 2 ulp(pᵢ) <= 4ε·pᵢ (+ 2^-1073 if
    // subnormal), so the exact sum of the p̂ᵢ is within 4ε = 2 ulp(1) of 1 (plus n·2^-1073);
    // the documented bound, 4 ulp of 1 (Math.ulp(1.0) = 2^-52), leaves a factor 2 of margin.
    @Test
    void sumsToOneWithinFourUlps() {
        Property.forAll(NAME + "sumsToOneWithinFourUlps", Property.CASES, LogitGenerator::logitsWithInfinities, z -> {
            double error = Ulps.sumErrorFromOne(Softmax.of(z));
            assertTrue(error <= 4, () -> "exact sum is " + error + " ulp(1) from 1");
        });
    }

    // exp is increasing, so zᵢ < zⱼ gives pᵢ < pⱼ exactly. After rounding we check pᵢ <= pⱼ
    // always, and pᵢ < pⱼ when p̂ᵢ is normal and zⱼ − zᵢ > 2^-49: then pⱼ/pᵢ = e^(zⱼ−zᵢ) >
    // 1 + 16ε while each side moves by at most 4ε relatively, so the rounded values cannot meet.
    // (Closer logits, e.g. 1e-20 and 2e-20, legitimately round to the same probability.)
    @Test
    void preservesOrder() {
        Property.forAll(NAME + "preservesOrder", Property.CASES, LogitGenerator::logitsWithInfinities, z -> {
            double[] p = Softmax.of(z);
            int n = Math.min(z.length, 300);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (z[i] < z[j]) {
                        String where = "i=" + i + ", j=" + j + ", p[i]=" + p[i] + ", p[j]=" + p[j];
                        assertTrue(p[i] <= p[j], where);
                        if (p[i] >= Double.MIN_NORMAL && z[j] - z[i] > 0x1p-49) {
                            assertTrue(p[i] < p[j], "strict: " + where);
                        }
                    }
                }
            }
        });
    }

    record Shift(double[] z, double c) {
    }

    // softmax(z + c) = softmax(z) exactly, but w = fl(z + c) has wᵢ = zᵢ + c + δᵢ with
    // |δᵢ| <= ulp(zᵢ + c)/2 (computed exactly here by two-sum). Then softmax(w)ᵢ = pᵢ e^δᵢ / Σⱼ pⱼ e^δⱼ,
    // and since min δ <= ln Σⱼ pⱼ e^δⱼ <= max δ: |ln(qᵢ/pᵢ)| <= U = max(δᵢ − min δ, max δ − δᵢ),
    // so |qᵢ − pᵢ| <= pᵢ(e^U − 1). Add each side's rounding (4ε relative + 2^-1073 absolute).
    @Test
    void isShiftInvariant() {
        Property.forAll(NAME + "isShiftInvariant", Property.CASES, g -> {
            double[] z = g.chance(0.8) ? g.ordinary(g.between(1, 40)) : g.nearEqual(g.between(2, 40));
            double c;
            switch (g.nextInt(4)) {
                case 0:
                    c = g.between(-1000, 1000);
                    break;
                case 1:
                    c = g.uniform(-1, 1);
                    break;
                case 2:
                    c = g.uniform(-1e6, 1e6);
                    break;
                default:
                    c = g.oneOf(0.5, -0.25, 1e-300, 3.0e5, 709.78, -745.0);
                    break;
            }
            return new Shift(z, c);
        }, s -> {
            double[] z = s.z();
            int n = z.length;
            double[] w = new double[n];
            double[] delta = new double[n];
            double minDelta = Double.POSITIVE_INFINITY;
            double maxDelta = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                w[i] = z[i] + s.c();
                // two-sum: w + err = z + c exactly, so delta = w − (z + c) = −err
                double bb = w[i] - z[i];
                double err = (z[i] - (w[i] - bb)) + (s.c() - bb);
                delta[i] = -err;
                minDelta = Math.min(minDelta, delta[i]);
                maxDelta = Math.max(maxDelta, delta[i]);
            }
            double[] p = Softmax.of(z);
            double[] q = Softmax.of(w);
            for (int i = 0; i < n; i++) {
                double u = Math.max(delta[i] - minDelta, maxDelta - delta[i]);
                double pBound = (p[i] + 2 * TINY) * (1 + 4 * EPS) * (1 + 0x1p-40);
                double tol = (pBound * Math.expm1(u) + 4 * EPS * (pBound + pBound * Math.exp(u)) + 4 * TINY) * (1 + 0x1p-40);
                int index = i;
                assertTrue(Math.abs(q[i] - p[i]) <= tol,
                        () -> "softmax(z + c)[" + index + "] = " + q[index] + " vs softmax(z) = " + p[index] + ", tol " + tol);
            }
        });
    }

    // σ(z) = 1/(1 + e^−z) = e^z/(e^z + e^0) is softmax([z, 0])₀, and σ(−z) is its entry 1.
    // The library computes both with one kernel, so they agree bit for bit, for any double z.
    @Test
    void equalsSigmoidForTwoClasses() {
        Property.forAll(NAME + "equalsSigmoidForTwoClasses", Property.CASES * 10, g -> {
            switch (g.nextInt(3)) {
                case 0:
                    return g.anyDouble();
                case 1:
                    return g.edge();
                default:
                    return g.logit();
            }
        }, z -> {
            double[] p = Softmax.of(new double[] {z, 0});
            assertEquals(Double.doubleToRawLongBits(Sigmoid.of(z)), Double.doubleToRawLongBits(p[0]), "entry 0 vs σ(z)");
            assertEquals(Double.doubleToRawLongBits(Sigmoid.of(-z)), Double.doubleToRawLongBits(p[1]), "entry 1 vs σ(−z)");
        });
    }

    // Softmax is increasing in each logit, so the predicted class survives. What is checked:
    // (1) the entry at Argmax.of(z) holds the largest probability; (2) Argmax.of(p̂) ==
    // Argmax.of(z) whenever every non-maximal logit is more than 2^-49 below the maximum
    // (closer ones may round to the same probability, see preservesOrder); with tied maxima
    // both give the first index, since tied logits get bit-identical probabilities.
    @Test
    void argmaxOfSoftmaxIsArgmax() {
        Property.forAll(NAME + "argmaxOfSoftmaxIsArgmax", Property.CASES, LogitGenerator::logitsWithInfinities, z -> {
            double[] p = Softmax.of(z);
            int k = Argmax.of(z);
            double maxP = p[Argmax.of(p)];
            assertEquals(maxP, p[k], "p at argmax(z) is not the largest probability");
            boolean separated = true;
            for (double v : z) {
                if (v != z[k] && !(z[k] - v > 0x1p-49)) {
                    separated = false;
                }
            }
            if (separated) {
                assertEquals(k, Argmax.of(p));
            }
            for (int i = 0; i < z.length; i++) {
                if (z[i] == z[k]) {
                    assertEquals(Double.doubleToRawLongBits(p[k]), Double.doubleToRawLongBits(p[i]), "tied maxima differ at " + i);
                }
            }
        });
    }

    // ln softmax(z)ᵢ = log-softmax(z)ᵢ exactly. Where p̂ᵢ is normal, p̂ᵢ = pᵢ(1 + η) with |η| <= 4ε,
    // so ln p̂ᵢ is off by |ln(1 + η)| <= 4.01ε (absolute!), plus 1 ulp for Math.log and 2 ulp
    // for LogSoftmax (ulps taken just above the larger magnitude, covering a binade edge).
    // Where p̂ᵢ = 0 the exact pᵢ is below 2·2^-1074, so log-softmax must be below ln 2^-1073.
    @Test
    void logSoftmaxIsLogOfSoftmaxWhereFinite() {
        Property.forAll(NAME + "logSoftmaxIsLogOfSoftmaxWhereFinite", Property.CASES, LogitGenerator::logits, z -> {
            double[] p = Softmax.of(z);
            double[] l = LogSoftmax.of(z);
            for (int i = 0; i < z.length; i++) {
                if (p[i] >= Double.MIN_NORMAL) {
                    double lnP = Math.log(p[i]);
                    double big = Math.max(Math.abs(lnP), Math.abs(l[i])) * (1 + 0x1p-48);
                    double tol = 4.01 * EPS + 3 * Math.ulp(big);
                    int index = i;
                    assertTrue(Math.abs(lnP - l[i]) <= tol,
                            () -> "ln p̂[" + index + "] = " + lnP + " vs log-softmax " + l[index] + ", tol " + tol);
                } else if (p[i] == 0) {
                    assertTrue(l[i] <= -1073 * Math.log(2) + 1e-12, "p̂ = 0 but log-softmax = " + l[i]);
                }
            }
        });
    }

    record Tempered(double[] z, double t) {
    }

    /** The maximum m of a finite vector, its count k, and whether every other entry is at least 2^-1000 below m. */
    record Ties(double m, int k, boolean wideGaps) {
        static Ties of(double[] z) {
            double m = z[Argmax.of(z)];
            int k = 0;
            boolean wideGaps = true;
            for (double v : z) {
                if (v == m) {
                    k++;
                } else if (!(m - v >= 0x1p-1000)) {
                    wideGaps = false;
                }
            }
            return new Ties(m, k, wideGaps);
        }
    }

    // T → 0⁺: e^((zᵢ − m)/T) → 0 below the maximum, so the k maxima share the mass: exactly 1/k
    // each (1.0/k rounded), 0 elsewhere, bit for bit. T = MIN_VALUE must already give that
    // limit when every gap m − zᵢ is at least 2^-1000 (the gap over T is then >= 2^74).
    @Test
    void temperatureZeroGivesOneHotArgmaxWithTiesSharing() {
        Property.forAll(NAME + "temperatureZeroGivesOneHotArgmaxWithTiesSharing", Property.CASES, LogitGenerator::logits, z -> {
            Ties ties = Ties.of(z);
            double[] expected = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                expected[i] = z[i] == ties.m() ? 1.0 / ties.k() : 0.0;
            }
            assertArraysBitEqual(expected, Softmax.of(z, 0), "T = 0");
            if (ties.wideGaps()) {
                assertArraysBitEqual(expected, Softmax.of(z, Double.MIN_VALUE), "T = MIN_VALUE");
            }
        });
    }

    // T → ∞: (zᵢ − m)/T → 0, so every finite entry gets exactly 1/n (1.0/n rounded) at T = +∞.
    // For finite T with range R = max − min: pᵢ/(1/n) = e^(zᵢ/T)/mean(e^(zⱼ/T)) lies in
    // [e^(−R/T), e^(R/T)], so |n·pᵢ − 1| <= expm1(R/T); plus 4ε relative rounding.
    @Test
    void largeTemperatureApproachesUniform() {
        Property.forAll(NAME + "largeTemperatureApproachesUniform", Property.CASES, g -> {
            double[] z = g.chance(0.7) ? g.ordinary(g.length()) : g.logits();
            double t = g.chance(0.5) ? Math.exp(g.uniform(Math.log(1e3), Math.log(1e12))) : g.oneOf(1e300, Double.MAX_VALUE);
            return new Tempered(z, t);
        }, c -> {
            double[] z = c.z();
            int n = z.length;
            double[] uniform = new double[n];
            java.util.Arrays.fill(uniform, 1.0 / n);
            assertArraysBitEqual(uniform, Softmax.of(z, Double.POSITIVE_INFINITY), "T = +inf");
            double min = z[0];
            double max = z[0];
            for (double v : z) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            // R/T without overflow: (max/T) − (min/T), each quotient within 1 ulp, inflated
            double rOverT = (max / c.t() - min / c.t()) * (1 + 0x1p-50) + 4 * TINY;
            double bound = Math.expm1(rOverT) * (1 + 0x1p-50) + 4 * EPS * Math.exp(rOverT) + 0x1p-60;
            double[] p = Softmax.of(z, c.t());
            for (int i = 0; i < n; i++) {
                double deviation = Math.abs(n * p[i] - 1) - n * EPS; // n·p̂ᵢ itself rounds by ≤ ε·n·p̂ᵢ
                int index = i;
                assertTrue(deviation <= bound, () -> "|n·p[" + index + "] − 1| = " + Math.abs(n * p[index] - 1) + " > " + bound);
            }
        });
    }

    // T → 0⁺ with k tied maxima m and gap g = m − (largest other logit):
    // each maximum gets pₘ = 1/(k + Σ_{others} e^(−(m − zⱼ)/T)) ∈ [1/(k + (n − k)e^(−g/T)), 1/k],
    // and every other entry pⱼ <= e^(−(m − zⱼ)/T). Checked with 4ε relative + 2^-1073 rounding.
    @Test
    void smallTemperatureApproachesOneHot() {
        Property.forAll(NAME + "smallTemperatureApproachesOneHot", Property.CASES, g -> {
            double[] z = g.chance(0.5) ? g.withTies(g.ordinary(g.between(2, 40))) : g.ordinary(g.between(2, 40));
            return new Tempered(z, Math.exp(g.uniform(Math.log(1e-4), Math.log(0.5))));
        }, c -> {
            double[] z = c.z();
            double t = c.t();
            int n = z.length;
            double m = z[Argmax.of(z)];
            int k = 0;
            double second = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                if (v == m) {
                    k++;
                } else {
                    second = Math.max(second, v);
                }
            }
            double[] p = Softmax.of(z, t);
            // a lower bound on g/T: the double difference and quotient each round by ≤ ε
            double gapOverT = (m - second) / t * (1 - 4 * EPS);
            double lower = 1.0 / (k + (n - k) * Math.exp(-gapOverT)) * (1 - 8 * EPS);
            int maxima = k;
            for (int i = 0; i < n; i++) {
                int index = i;
                if (z[i] == m) {
                    assertTrue(p[i] >= lower && p[i] <= (1.0 / k) * (1 + 8 * EPS),
                            () -> "maximum " + index + ": p = " + p[index] + " not in [" + lower + ", 1/" + maxima + "]");
                } else {
                    double upper = Math.exp(-(m - z[i]) / t * (1 - 4 * EPS)) * (1 + 8 * EPS) + 2 * TINY;
                    assertTrue(p[i] <= upper, () -> "other " + index + ": p = " + p[index] + " > " + upper);
                }
            }
        });
    }

    record Backward(double[] z, double[] g) {
    }

    private static Backward backwardCase(LogitGenerator gen, int maxN) {
        double[] z = gen.chance(0.8) ? gen.ordinary(gen.between(1, maxN)) : gen.tails(gen.between(2, maxN));
        double[] g = new double[z.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = gen.chance(0.1) ? gen.oneOf(0.0, 1.0, -1.0, 1e100, -1e-100) : gen.uniform(-10, 10);
        }
        return new Backward(z, g);
    }

    // backward(p, g)ᵢ = pᵢ(gᵢ − Σⱼ pⱼgⱼ) = Σⱼ J[j][i]·gⱼ with J = diag(p) − ppᵀ. Each backward
    // result is rounded twice (the difference, then the product: 2ε relative) after a
    // double-double dot product (2^-100 Σ|pⱼgⱼ| absolute, times pᵢ); each jacobian entry is
    // rounded at most twice (1 − pᵢ, then the product). With Aᵢ = Σⱼ |J[j][i]·gⱼ| the exact
    // products from the returned J differ from backward by at most 4.01ε·Aᵢ, plus subnormal slack.
    @Test
    void backwardAgreesWithJacobian() {
        Property.forAll(NAME + "backwardAgreesWithJacobian", Property.CASES, gen -> backwardCase(gen, 30), c -> {
            double[] p = Softmax.of(c.z());
            double[] g = c.g();
            double[] b = Softmax.backward(p, g);
            double[][] j = Softmax.jacobian(p);
            double sumAbsG = 0;
            double dotAbs = 0;
            for (int i = 0; i < g.length; i++) {
                sumAbsG += Math.abs(g[i]);
                dotAbs += Math.abs(p[i] * g[i]);
            }
            for (int i = 0; i < p.length; i++) {
                BigDecimal exact = BigDecimal.ZERO;
                double a = 0;
                for (int r = 0; r < p.length; r++) {
                    exact = exact.add(new BigDecimal(j[r][i]).multiply(new BigDecimal(g[r])));
                    a += Math.abs(j[r][i] * g[r]);
                }
                double tol = 4.01 * EPS * a * (1 + 0x1p-40) + 0x1p-100 * p[i] * dotAbs * 2
                        + 8 * TINY * (1 + sumAbsG);
                double diff = new BigDecimal(b[i]).subtract(exact).abs().doubleValue();
                int index = i;
                BigDecimal product = exact;
                assertTrue(diff <= tol, () -> "backward[" + index + "] = " + b[index] + " vs Σ J·g = "
                        + product.round(MathContext.DECIMAL64) + ", diff " + diff + " > tol " + tol);
            }
        });
    }

    // The directional derivative of L(z) = Σ gⱼ softmax(z)ⱼ along v is backward(p, g)·v.
    // Central difference (L(z + hv) − L(z − hv))/2h with h = 2^-17 on a grid where z ± hv is
    // exact: truncation <= h²/6·|L'''| <= h²/6 · 2.75R³·max|g| (R = range of v; log-derivatives
    // of p are bounded by R, R²/4, R³), rounding of L <= 4ε·max|g| per evaluation over 2h,
    // plus 2.01ε Σ|bᵢvᵢ| for the dot product with backward.
    @Test
    void backwardAgreesWithFiniteDifferences() {
        double h = 0x1p-17;
        Property.forAll(NAME + "backwardAgreesWithFiniteDifferences", Property.CASES, gen -> {
            int n = gen.between(1, 20);
            double[] z = new double[2 * n]; // z then v, both on binary grids
            for (int i = 0; i < n; i++) {
                z[i] = gen.between(-10 << 20, 10 << 20) * 0x1p-20;
                z[n + i] = gen.between(-1024, 1024) * 0x1p-10;
            }
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = gen.uniform(-1, 1);
            }
            return new Backward(z, g);
        }, c -> {
            int n = c.g().length;
            double[] z = java.util.Arrays.copyOf(c.z(), n);
            double[] v = java.util.Arrays.copyOfRange(c.z(), n, 2 * n);
            double[] g = c.g();
            double[] plus = new double[n];
            double[] minus = new double[n];
            double maxG = 0;
            double minV = Double.POSITIVE_INFINITY;
            double maxV = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                plus[i] = z[i] + h * v[i]; // exact: 24 + 27 bits
                minus[i] = z[i] - h * v[i];
                maxG = Math.max(maxG, Math.abs(g[i]));
                minV = Math.min(minV, v[i]);
                maxV = Math.max(maxV, v[i]);
            }
            BigDecimal difference = loss(g, Softmax.of(plus)).subtract(loss(g, Softmax.of(minus)));
            double fd = difference.doubleValue() / (2 * h);
            double[] b = Softmax.backward(Softmax.of(z), g);
            double analytic = 0;
            double absTerms = 0;
            for (int i = 0; i < n; i++) {
                analytic += b[i] * v[i];
                absTerms += Math.abs(b[i] * v[i]);
            }
            double range = maxV - minV;
            double truncation = h * h / 6 * 2.75 * range * range * range * maxG;
            double rounding = 2 * (4 * EPS * maxG + 1e-300) / (2 * h);
            double tol = (truncation + rounding + (2.01 * EPS + n * EPS) * absTerms) * 1.01;
            double a = analytic;
            assertTrue(Math.abs(fd - analytic) <= tol, () -> "finite difference " + fd + " vs backward·v " + a + ", tol " + tol);
        });
    }

    /** L = Σ gⱼ pⱼ, summed exactly. */
    private static BigDecimal loss(double[] g, double[] p) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < g.length; i++) {
            sum = sum.add(new BigDecimal(g[i]).multiply(new BigDecimal(p[i])));
        }
        return sum;
    }

    private static void assertArraysBitEqual(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                throw new AssertionError(what + ": element " + i + " is " + actual[i] + ", expected " + expected[i]);
            }
        }
    }
}
