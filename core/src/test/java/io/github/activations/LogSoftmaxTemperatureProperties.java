/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.testing.LogitGenerator;
import io.github.activations.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * Properties of log-softmax and cross-entropy with a temperature, each run on at least
 * {@value Property#CASES} seeded inputs from {@link LogitGenerator} (edge cases mixed in). On
 * failure the message gives the seed, the case and the input.
 *
 * <p>Notation: ε = 2^−53; l̂ = {@code LogSoftmax.of(z, T)}, within 2 ulp of the exact
 * l = ln softmax(z / T) (the class Javadoc).
 */
class LogSoftmaxTemperatureProperties {
    private static final String NAME = "LogSoftmaxTemperatureProperties#";
    private static final double EPS = 0x1p-53;

    record Tempered(double[] z, double t) {
    }

    /** Logits with ±∞ entries now and then, and a temperature: finite (tiny to huge), 0 or +∞, never 1. */
    private static Tempered tempered(LogitGenerator g) {
        double[] z = g.logitsWithInfinities();
        double u = g.uniform(0, 1);
        double t = u < 0.1 ? 0.0 : u < 0.2 ? Double.POSITIVE_INFINITY : g.temperature();
        return new Tempered(z, t == 1 ? 0.5 : t);
    }

    // At T ≠ 1 both are the same double-double, (m − z_y)/T + L and (z_y − m)/T − L, rounded
    // once; negation is exact and rounding to nearest is symmetric, so they agree bit for bit
    // (0.0 − l turns the −0.0 of a negated 0 into the 0.0 the loss returns). In the limits
    // (T = 0, T = +∞, +∞ logits) both are ln k or infinite from the same count.
    @Test
    void crossEntropyIsMinusLogSoftmaxAtTheLabel() {
        Property.forAll(NAME + "crossEntropyIsMinusLogSoftmaxAtTheLabel", Property.CASES,
                LogSoftmaxTemperatureProperties::tempered, c -> {
                    double[] l = LogSoftmax.of(c.z(), c.t());
                    int n = Math.min(c.z().length, 50);
                    for (int y = 0; y < n; y++) {
                        double loss = CrossEntropy.of(c.z(), y, c.t());
                        double expected = 0.0 - l[y];
                        int label = y;
                        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(loss),
                                () -> "label " + label + ": CE " + loss + " vs −log-softmax " + expected);
                    }
                });
    }

    // ln softmax(z/T)ᵢ = log-softmax(z/T)ᵢ exactly. Where p̂ᵢ = Softmax.of(z, T)ᵢ is normal it is
    // pᵢ(1 + η) with |η| <= 4ε (2 ulp), so ln p̂ᵢ is off by at most 4.01ε (absolute), plus 1 ulp for
    // Math.log and 2 ulp for log-softmax (ulps taken above the larger magnitude). Where p̂ᵢ = 0
    // the exact pᵢ is below 2·2^-1074, so log-softmax must be below ln 2^-1073.
    @Test
    void isTheLogOfSoftmaxWithTheSameTemperature() {
        Property.forAll(NAME + "isTheLogOfSoftmaxWithTheSameTemperature", Property.CASES,
                LogSoftmaxTemperatureProperties::tempered, c -> {
                    double[] p = Softmax.of(c.z(), c.t());
                    double[] l = LogSoftmax.of(c.z(), c.t());
                    for (int i = 0; i < p.length; i++) {
                        int index = i;
                        if (p[i] >= Double.MIN_NORMAL) {
                            double lnP = Math.log(p[i]);
                            double big = Math.max(Math.abs(lnP), Math.abs(l[i])) * (1 + 0x1p-48);
                            double tol = 4.01 * EPS + 3 * Math.ulp(big);
                            assertTrue(Math.abs(lnP - l[i]) <= tol,
                                    () -> "ln p̂[" + index + "] = " + lnP + " vs log-softmax " + l[index] + ", tol " + tol);
                        } else if (p[i] == 0) {
                            assertTrue(l[i] <= -1073 * Math.log(2) + 1e-12, () -> "p̂ = 0 but log-softmax = " + l[index]);
                        }
                    }
                });
    }

    // T → 0⁺: the k maxima share the mass, so log-softmax is −ln k there and −∞ elsewhere (ln k
    // within 1 ulp of Math.log(k), which is itself within 1 ulp: 2 ulp apart at most). At
    // T = MIN_VALUE, with every gap m − zᵢ at least 2^-1000, the others' terms e^(−2^74) vanish, so
    // the maxima get the T = 0 values bit for bit and the others are at most −2^73.
    @Test
    void temperatureZeroGivesMinusLnOfTheTies() {
        Property.forAll(NAME + "temperatureZeroGivesMinusLnOfTheTies", Property.CASES, LogitGenerator::logits, z -> {
            SoftmaxProperties.Ties ties = SoftmaxProperties.Ties.of(z);
            double[] l0 = LogSoftmax.of(z, 0.0);
            double lnK = Math.log(ties.k());
            double[] tiny = ties.wideGaps() ? LogSoftmax.of(z, Double.MIN_VALUE) : null;
            for (int i = 0; i < z.length; i++) {
                int index = i;
                if (z[i] == ties.m()) {
                    assertTrue(Math.abs(l0[i] + lnK) <= 2 * Math.ulp(lnK), () -> "maximum " + index + ": " + l0[index]);
                    if (tiny != null) {
                        assertEquals(Double.doubleToRawLongBits(l0[i]), Double.doubleToRawLongBits(tiny[i]), "T = MIN_VALUE at " + i);
                    }
                } else {
                    assertEquals(Double.NEGATIVE_INFINITY, l0[i], "T = 0 below the maximum at " + i);
                    if (tiny != null) {
                        assertTrue(tiny[i] <= -0x1p73, () -> "T = MIN_VALUE below the maximum at " + index + ": " + tiny[index]);
                    }
                }
            }
        });
    }

    // T → ∞: with range R = max − min, pᵢ·n = e^(zᵢ/T)/mean(e^(zⱼ/T)) lies in [e^(−R/T), e^(R/T)], so
    // |lᵢ + ln n| <= R/T; l̂ᵢ adds 2 ulp and Math.log(n) 1 ulp (taken above the larger magnitude).
    // At T = +∞ every entry is −ln n: within 1 ulp of −Math.log(n), and the same bits for all.
    @Test
    void largeTemperatureApproachesMinusLnN() {
        Property.forAll(NAME + "largeTemperatureApproachesMinusLnN", Property.CASES, g -> {
            double[] z = g.chance(0.7) ? g.ordinary(g.length()) : g.logits();
            double t = g.chance(0.5) ? Math.exp(g.uniform(Math.log(1e3), Math.log(1e12))) : g.oneOf(1e300, Double.MAX_VALUE);
            return new Tempered(z, t);
        }, c -> {
            double[] z = c.z();
            int n = z.length;
            double lnN = Math.log(n);
            double[] flat = LogSoftmax.of(z, Double.POSITIVE_INFINITY);
            double min = z[0];
            double max = z[0];
            for (int i = 0; i < n; i++) {
                assertEquals(Double.doubleToRawLongBits(flat[0]), Double.doubleToRawLongBits(flat[i]), "T = +∞ at " + i);
                min = Math.min(min, z[i]);
                max = Math.max(max, z[i]);
            }
            assertTrue(Math.abs(flat[0] + lnN) <= Math.ulp(lnN), () -> "T = +∞: " + flat[0] + " vs −ln n = " + -lnN);
            double rOverT = (max / c.t() - min / c.t()) * (1 + 0x1p-50) + 0x1p-1070;
            double[] l = LogSoftmax.of(z, c.t());
            for (int i = 0; i < n; i++) {
                double tol = rOverT + 3 * Math.ulp(Math.max(Math.abs(l[i]), lnN) * (1 + 0x1p-48));
                int index = i;
                assertTrue(Math.abs(l[i] + lnN) <= tol, () -> "|l[" + index + "] + ln n| = " + Math.abs(l[index] + lnN) + " > " + tol);
            }
        });
    }
}
