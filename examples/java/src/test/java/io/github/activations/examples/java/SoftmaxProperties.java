/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.DivideBySum;
import io.github.activations.Sigmoid;
import io.github.activations.Softmax;
import io.github.activations.testing.LogitGenerator;
import io.github.activations.testing.Seeds;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Property tests that teach. Each law of softmax is written once, as a method that takes an implementation; a test
 * checks it on {@code Softmax.of}, and the test next to it checks that the same law catches a deliberately broken
 * implementation: the generator finds a counterexample, and the report names the seed that replays it.
 *
 * <p>1,000 seeded inputs per law, from core's {@link LogitGenerator} (core's test-jar); {@code -Dactivations.seed=N}
 * explores others or replays a failure.
 */
class SoftmaxProperties {
    private static final long SEED = Seeds.seed();

    // ---------------------------------------------------------------------------------------------------------------
    // tag::law-sum[]
    // Law: softmax turns any logits into a probability distribution, so its outputs add up to 1.
    // Bound: 4 ulp(1) for the exact (BigDecimal) sum of the outputs, the bound core documents. Why that is
    // reachable: if each pᵢ is within 2 ulp of its exact value, and ulp(x) ≤ 2⁻⁵²·x for normal x, the errors add
    // up to at most 2·2⁻⁵²·Σpᵢ ≈ 2 ulp(1). Adding the exponentials up naively can lose far more, so core sums
    // them accurately.
    // Inputs: finite logits with the generator's edge cases (core's own property tests add ±∞).
    static void sumsToOne(UnaryOperator<double[]> softmax) {
        PropertyCheck.forAll("sums to one within 4 ulps", SEED, LogitGenerator::logits, z -> {
            double[] p = softmax.apply(z);
            BigDecimal sum = BigDecimal.ZERO;
            for (double x : p) {
                if (!Double.isFinite(x)) {
                    throw new AssertionError("an output is " + x);
                }
                sum = sum.add(new BigDecimal(x));                          // exact: no rounding at all
            }
            double ulps = sum.subtract(BigDecimal.ONE).abs().doubleValue() / Math.ulp(1.0);
            if (!(ulps <= 4)) {
                throw new AssertionError("the outputs sum to " + sum.round(new MathContext(20)) + ", "
                        + Math.round(ulps) + " ulps from 1");
            }
        });
    }
    // end::law-sum[]

    @Test
    void sumsToOneWithinFourUlps() {
        sumsToOne(Softmax::of);
    }

    @Test
    void sumsToOneCatchesASoftmaxThatSumsInFloat() {
        assertCaught(() -> sumsToOne(BrokenSoftmax::summedInFloat));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // tag::law-order[]
    // Law: softmax keeps the order of the logits: a larger logit never gets a smaller probability, and equal
    // logits get equal probabilities.
    // Bound: none, the law is exact. exp is increasing and dividing by the same positive sum keeps order; rounding
    // is monotone, so it can turn "<" into "=" (two tiny probabilities both underflow to 0) but never into ">".
    static void preservesOrder(UnaryOperator<double[]> softmax) {
        PropertyCheck.forAll("preserves order", SEED, LogitGenerator::logits, z -> {
            double[] p = softmax.apply(z);
            Integer[] byLogit = IntStream.range(0, z.length).boxed().toArray(Integer[]::new);
            Arrays.sort(byLogit, Comparator.comparingDouble(i -> z[i]));
            for (int k = 1; k < z.length; k++) {
                int i = byLogit[k - 1];
                int j = byLogit[k];                                        // z[i] <= z[j]
                boolean ok = z[i] == z[j] ? p[i] == p[j] : p[i] <= p[j];   // false for NaN, too
                if (!ok) {
                    throw new AssertionError("z[" + i + "] = " + z[i] + " <= z[" + j + "] = " + z[j]
                            + " but p[" + i + "] = " + p[i] + ", p[" + j + "] = " + p[j]);
                }
            }
        });
    }
    // end::law-order[]

    @Test
    void preservesOrder() {
        preservesOrder(Softmax::of);
    }

    @Test
    void preservesOrderCatchesDivideBySum() {
        // Dividing by a negative sum turns the order upside down; a zero sum throws, which counts as a failure too.
        assertCaught(() -> preservesOrder(DivideBySum::of));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // tag::law-shift[]
    // Law: adding the same constant c to every logit changes nothing: e^(zᵢ+c) / Σ e^(zⱼ+c) = e^zᵢ / Σ e^zⱼ.
    // Bound: the computer rounds z + c to zᵢ + c + δᵢ (δᵢ = 0 when the addition is exact; we measure it exactly).
    // Since ln softmax(x)ᵢ = xᵢ − ln Σ e^xⱼ and the second term moves by at most max|δ|, each ln pᵢ moves by at
    // most η = 2·max|δ|, so pᵢ moves by at most a factor e^η. On top of that each computed pᵢ is within 2 ulp of
    // its exact value, on both sides: 4 ulp, doubled to 8 because we measure ulp on the computed value, which may
    // sit one binade below the exact one. (When δ is huge, say MAX_VALUE + c, the bound says nothing: fair, since
    // the computer then no longer adds the same c to every logit.)
    static void isShiftInvariant(UnaryOperator<double[]> softmax) {
        PropertyCheck.forAll("is shift invariant", SEED, Shifted::draw, s -> {
            double[] p = softmax.apply(s.z());
            double[] q = softmax.apply(s.shifted());
            double eta = 2 * s.maxRoundingError();
            for (int i = 0; i < p.length; i++) {
                if (Double.isNaN(p[i]) || Double.isNaN(q[i])) {
                    throw new AssertionError("p[" + i + "] = " + p[i] + " before the shift and " + q[i]
                            + " after it: NaN is not a probability");
                }
                double larger = Math.max(p[i], q[i]);
                double bound = (larger > 0 ? larger * Math.expm1(eta) : 0) + 8 * Math.ulp(larger);
                if (!(Math.abs(p[i] - q[i]) <= bound)) {
                    throw new AssertionError("p[" + i + "] = " + p[i] + " before the shift and " + q[i]
                            + " after it: further apart than the bound " + bound);
                }
            }
        });
    }
    // end::law-shift[]

    /** Logits z, a shift c, and z + c as the computer rounds it. */
    record Shifted(double[] z, double c, double[] shifted) {
        static Shifted draw(LogitGenerator generator) {
            double[] z = generator.logits();
            double c = shift(generator);
            return new Shifted(z, c, Arrays.stream(z).map(v -> v + c).toArray());
        }

        /** A shift c: ordinary, an integer up to ±1000 (then z + c is often exact), large, or tiny. */
        static double shift(LogitGenerator generator) {
            switch (generator.nextInt(4)) {
                case 0:
                    return generator.uniform(-10, 10);
                case 1:
                    return generator.between(-1000, 1000);
                case 2:
                    return generator.uniform(-1000, 1000);
                default:
                    return generator.uniform(-1e-10, 1e-10);
            }
        }

        /** Returns max |δᵢ|, where the computer's zᵢ + c is the exact zᵢ + c + δᵢ. BigDecimal adds exactly. */
        double maxRoundingError() {
            double max = 0;
            for (int i = 0; i < z.length; i++) {
                BigDecimal exact = new BigDecimal(z[i]).add(new BigDecimal(c));
                max = Math.max(max, new BigDecimal(shifted[i]).subtract(exact).abs().doubleValue());
            }
            return max;
        }

        @Override
        public String toString() {
            return "z = " + PropertyCheck.describe(z) + ", c = " + c;
        }
    }

    @Test
    void isShiftInvariant() {
        isShiftInvariant(Softmax::of);
    }

    @Test
    void isShiftInvariantCatchesASoftmaxWithoutTheMaxShift() {
        // exp(z + c) overflows to ∞ once z + c passes 709.78, and ∞/∞ is NaN: the unshifted and shifted disagree.
        assertCaught(() -> isShiftInvariant(BrokenSoftmax::withoutMaxShift));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // tag::law-two-classes[]
    // Law: with two classes, softmax is the sigmoid: softmax([z, 0])₀ = eᶻ / (eᶻ + e⁰) = σ(z).
    // Bound: none: bit for bit, for every double z, tails included. Core designs Softmax and Sigmoid together so
    // that this holds, and code can switch between them without changing a single result.
    static void equalsSigmoidForTwoClasses(UnaryOperator<double[]> softmax) {
        PropertyCheck.forAll("equals sigmoid for two classes", SEED, SoftmaxProperties::scalar, z -> {
            double p = softmax.apply(new double[] {z, 0})[0];
            double s = Sigmoid.of(z);
            if (Double.doubleToRawLongBits(p) != Double.doubleToRawLongBits(s)) {
                throw new AssertionError("softmax([z, 0])[0] = " + p + " but sigmoid(z) = " + s);
            }
        });
    }
    // end::law-two-classes[]

    /** One logit: half the time ordinary or an edge value, half the time any double but NaN (±∞, every binade). */
    static double scalar(LogitGenerator generator) {
        return generator.chance(0.5) ? generator.logit() : generator.anyDouble();
    }

    @Test
    void equalsSigmoidForTwoClasses() {
        equalsSigmoidForTwoClasses(Softmax::of);
    }

    @Test
    void equalsSigmoidForTwoClassesCatchesASoftmaxWithoutTheMaxShift() {
        // exp(800)/(exp(800) + 1) is ∞/∞ = NaN where σ(800) = 1; and where both are finite, the last bit differs.
        assertCaught(() -> equalsSigmoidForTwoClasses(BrokenSoftmax::withoutMaxShift));
    }

    // ---------------------------------------------------------------------------------------------------------------
    /** Asserts that the property fails, and that its report says how to replay the failure. */
    private static void assertCaught(Executable property) {
        PropertyCheck.Falsified failure = assertThrows(PropertyCheck.Falsified.class, property,
                "the property should have found a counterexample with seed " + SEED);
        String report = failure.getMessage();
        assertTrue(report.contains("with seed " + SEED), report);
        assertTrue(report.contains("-Dactivations.seed=" + SEED), report);
        assertTrue(report.contains("input: "), report);
    }
}
