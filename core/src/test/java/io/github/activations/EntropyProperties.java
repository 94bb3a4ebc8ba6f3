/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.testing.LogitGenerator;
import io.github.activations.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Entropy}, each run on at least {@value Property#CASES} seeded inputs from
 * {@link LogitGenerator} (edge cases mixed in). On failure the message gives the seed, the case
 * and the input.
 *
 * <p>Notation: H = the exact entropy of softmax(z / T), Ĥ = {@code Entropy.ofLogits(z, T)},
 * within 1 ulp of H (the class Javadoc): |Ĥ − H| &lt;= 2^-52·H, plus 2^-1074 where H is
 * subnormal; ε = 2^-53.
 */
class EntropyProperties {
    private static final String NAME = "EntropyProperties#";
    private static final double EPS = 0x1p-53;

    record Tempered(double[] z, double t) {
    }

    private static Tempered tempered(LogitGenerator g) {
        double u = g.uniform(0, 1);
        double t = u < 0.1 ? 0.0 : u < 0.2 ? Double.POSITIVE_INFINITY : g.temperature();
        return new Tempered(g.logitsWithInfinities(), t);
    }

    /** The number of entries that can carry mass: the +∞ entries if any, else those above −∞. */
    private static int live(double[] z) {
        int infinite = 0;
        int aboveMinusInfinity = 0;
        for (double v : z) {
            infinite += v == Double.POSITIVE_INFINITY ? 1 : 0;
            aboveMinusInfinity += v != Double.NEGATIVE_INFINITY ? 1 : 0;
        }
        return infinite > 0 ? infinite : aboveMinusInfinity;
    }

    // Every term −pᵢ ln pᵢ is >= 0, and H <= ln n for n entries that carry mass (the uniform
    // distribution maximises it). Ĥ is a rounded sum of non-negative parts, so Ĥ >= 0 exactly;
    // Ĥ <= H(1 + 2^-52) and Math.log(n) >= ln n (1 − 2^-52), so Ĥ <= Math.log(n)(1 + 2^-50).
    @Test
    void isBetweenZeroAndLnN() {
        Property.forAll(NAME + "isBetweenZeroAndLnN", Property.CASES, EntropyProperties::tempered, c -> {
            double h = Entropy.ofLogits(c.z(), c.t());
            double lnN = Math.log(live(c.z()));
            assertTrue(h >= 0 && h <= lnN * (1 + 0x1p-50), () -> "H = " + h + " not in [0, ln n = " + lnN + "]");
        });
    }

    // With β = 1/T, dH/dβ = −β·Var_p(z) <= 0: the entropy grows with the temperature, from
    // ln(#maxima) at T = 0 to ln(#entries above −∞) at T = +∞. So H(T₁) <= H(T₂) for T₁ < T₂, and
    // the computed values can be out of order by at most ulp(H₁) + ulp(H₂) <= 2^-51·max + 2^-1073.
    @Test
    void growsWithTemperature() {
        Property.forAll(NAME + "growsWithTemperature", Property.CASES, g -> {
            double[] z = g.chance(0.5) ? g.ordinary(g.between(2, 40)) : g.logitsWithInfinities();
            return new Tempered(z, g.temperature());
        }, c -> {
            double t1 = c.t();
            double t2 = t1 * 1.5 <= Double.MAX_VALUE ? t1 * 1.5 : Double.POSITIVE_INFINITY;
            double[] ts = {0.0, t1 / 4, t1, t2, Double.POSITIVE_INFINITY};
            double previous = -1;
            double previousT = -1;
            for (double t : ts) {
                double h = Entropy.ofLogits(c.z(), t);
                double tol = 0x1p-50 * Math.max(h, previous) + 0x1p-1072;
                double p = previous;
                double pt = previousT;
                assertTrue(p <= h + tol, () -> "H(T = " + pt + ") = " + p + " > H(T = " + t + ") = " + h);
                previous = h;
                previousT = t;
            }
        });
    }

    // Entropy.of(Softmax.of(z, T)) computes the same H from rounded probabilities. Softmax's
    // p̂ᵢ are within 2 ulp: p̂ᵢ = pᵢ(1 + ηᵢ), |ηᵢ| <= 4ε, where pᵢ is normal, and |p̂ᵢ − pᵢ| <= 2·2^-1074
    // where it is subnormal. f(x) = −x ln x has |f'(ξ)| = |ln ξ + 1| <= |ln pᵢ| + 1 + 8ε between
    // pᵢ and p̂ᵢ, so the normal terms move by at most 4ε(pᵢ|ln pᵢ| + pᵢ)(1 + 8ε), in all
    // 4ε(H + 1)(1 + 8ε) (Σ pᵢ = 1); a subnormal pair moves by at most f(3·2^-1074) < 2^-1062. Each
    // side adds its own 1 ulp (of the larger value, times 1 + 2^-40 for the binade edge).
    @Test
    void agreesWithTheEntropyOfTheSoftmax() {
        Property.forAll(NAME + "agreesWithTheEntropyOfTheSoftmax", Property.CASES, EntropyProperties::tempered, c -> {
            double h = Entropy.ofLogits(c.z(), c.t());
            double viaP = Entropy.of(Softmax.of(c.z(), c.t()));
            double big = Math.max(h, viaP) * (1 + 0x1p-40);
            double tol = 4 * EPS * (h + 1) * (1 + 0x1p-40) + 2 * Math.ulp(big) + c.z().length * 0x1p-1062;
            assertTrue(Math.abs(h - viaP) <= tol, () -> "from logits " + h + ", from softmax " + viaP + ", tol " + tol);
        });
    }

    // The entropy does not depend on the order of the entries; each order's result is within
    // 1 ulp of the same H, so two orders differ by at most 2 ulp (of the larger, 1 + 2^-40 for the
    // binade edge; 2·2^-1074 where H is subnormal).
    @Test
    void doesNotDependOnTheOrder() {
        Property.forAll(NAME + "doesNotDependOnTheOrder", Property.CASES, EntropyProperties::tempered, c -> {
            double[] z = c.z();
            double[] reversed = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                reversed[i] = z[z.length - 1 - i];
            }
            double h = Entropy.ofLogits(z, c.t());
            double r = Entropy.ofLogits(reversed, c.t());
            double tol = 2 * Math.ulp(Math.max(h, r) * (1 + 0x1p-40));
            assertTrue(Math.abs(h - r) <= tol, () -> "H = " + h + ", reversed " + r + ", tol " + tol);
        });
    }
}
