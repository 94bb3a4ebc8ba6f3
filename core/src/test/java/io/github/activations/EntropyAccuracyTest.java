/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.testing.LogitGenerator;
import io.github.activations.testing.Property;
import io.github.activations.testing.Reference;
import io.github.activations.testing.Seeds;
import io.github.activations.testing.UlpStats;
import org.junit.jupiter.api.Test;

/**
 * Entropy against the 50-digit {@link Reference}: within 1 ulp of the exact entropy of the
 * given doubles, relative to the result however small (nearly one-hot rows, subnormal results),
 * for logits at any temperature and for probability vectors; float forms within 1 ulp of the
 * float result. RMS bounds are half the max bounds. Each data set prints one line with its
 * measured max and RMS ulp.
 */
class EntropyAccuracyTest {
    private static final String NAME = "EntropyAccuracyTest";
    /** The class Javadoc: within 1 ulp. */
    private static final double MAX_ULP = 1;
    /** Float forms within 1 ulp of the float result. */
    private static final double FLOAT_ULP = 1;

    private static LogitGenerator generator(String dataSet) {
        return new LogitGenerator(Seeds.forCase(Seeds.seed(), NAME + " " + dataSet, 0));
    }

    private static void measure(UlpStats stats, double[] z, double t) {
        double h = t == 1 ? Entropy.ofLogits(z) : Entropy.ofLogits(z, t);
        stats.add(h, Reference.entropy(z, t), () -> "z=" + Property.describe(z) + ", T=" + t);
    }

    @Test
    void ordinaryLogits() {
        LogitGenerator g = generator("ordinary");
        UlpStats stats = new UlpStats(NAME, "ordinary");
        for (int c = 0; c < 1000; c++) {
            measure(stats, g.ordinary(g.between(1, 30)), 1);
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void ordinaryLogitsWithTemperature() {
        LogitGenerator g = generator("temperature");
        UlpStats stats = new UlpStats(NAME, "T ordinary");
        for (int c = 0; c < 1000; c++) {
            measure(stats, g.ordinary(g.between(2, 30)), g.moderateTemperature());
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void nearlyOneHotRows() {
        // a maximum and the rest (1 to 745)·T or (30 to 45)·T below it: H from about 1 down to
        // 1e-320, measured relative to itself
        LogitGenerator g = generator("one-hot");
        UlpStats stats = new UlpStats(NAME, "T nearly one-hot (tiny H)");
        for (int c = 0; c < 1000; c++) {
            double t = c % 2 == 0 ? 1 : g.moderateTemperature();
            measure(stats, g.confident(g.between(2, 8), t), t);
        }
        measure(stats, new double[] {0, -50}, 1);
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void tailsNearMinus745() {
        // the others 700 to 760 below the maximum: H subnormal or 0, terms whose exponential is
        // below 2^-1074 while their entropy term is not
        LogitGenerator g = generator("tails");
        UlpStats stats = new UlpStats(NAME, "tails-745 (subnormal H)");
        for (int c = 0; c < 600; c++) {
            double t = c % 2 == 0 ? 1 : g.oneOf(0.5, 2, 0.25);
            double[] z = g.tails(g.between(2, 12));
            for (int i = 0; i < z.length; i++) {
                z[i] *= t; // exact: powers of two
            }
            measure(stats, z, t);
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void tiesWithTinyTerms() {
        LogitGenerator g = generator("ties");
        UlpStats stats = new UlpStats(NAME, "ties-1.5*2^k");
        for (int c = 0; c < 300; c++) {
            measure(stats, g.maximaWithTinyTerms(3 << (c % 6)), 1);
            measure(stats, g.withTies(g.ordinary(g.between(2, 20))), g.moderateTemperature());
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void hugeLogitsWithHugeTemperature() {
        LogitGenerator g = generator("huge");
        UlpStats stats = new UlpStats(NAME, "T huge");
        for (int c = 0; c < 400; c++) {
            double[] z = g.huge(g.between(2, 10));
            if (c % 2 == 0) {
                measure(stats, z, 1);
            } else {
                measure(stats, z, Math.scalb(g.uniform(1, 2), g.between(1013, 1023)));
            }
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void longAndThousandClassRows() {
        // near-equal logits of length 10^4 (H near ln n, tiny differences), and rows of 1,000
        // normal logits (sd 3) at the temperatures of a calibration sweep
        LogitGenerator g = generator("long");
        UlpStats stats = new UlpStats(NAME, "T long rows (1e4 near-equal, 1000-class)");
        for (int c = 0; c < 3; c++) {
            measure(stats, g.nearEqual(10_000), 1);
        }
        for (double t : new double[] {0.05, 0.5, 0.9, 1, 1.1, 1.7, 4, 30}) {
            double[] z = new double[1000];
            for (int i = 0; i < z.length; i++) {
                z[i] = 3 * g.gaussian();
            }
            measure(stats, z, t);
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void probabilityVectors() {
        // probabilities from the generator (0, 1, subnormals, 1 − k·2^-53, near 1/2: not summing
        // to 1), softmax outputs (nearly one-hot ones included), and subnormal entries only
        LogitGenerator g = generator("probabilities");
        UlpStats stats = new UlpStats(NAME, "probabilities");
        for (int c = 0; c < 1500; c++) {
            double[] p;
            switch (c % 3) {
                case 0:
                    p = new double[g.between(1, 30)];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = g.probability();
                    }
                    break;
                case 1:
                    p = Softmax.of(c % 2 == 0 ? g.ordinary(g.between(1, 30)) : g.confident(g.between(2, 6), 1));
                    break;
                default:
                    p = new double[g.between(1, 10)];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = Math.abs(g.subnormal());
                    }
                    break;
            }
            double[] input = p;
            stats.add(Entropy.of(p), Reference.entropy(p), () -> "p=" + Property.describe(input));
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void floatForms() {
        LogitGenerator g = generator("float");
        UlpStats logits = new UlpStats(NAME, "float logits (T)");
        UlpStats probabilities = new UlpStats(NAME, "float probabilities");
        for (int c = 0; c < 600; c++) {
            float[] z = SoftmaxAccuracyTest.narrow(c % 2 == 0 ? g.ordinary(g.between(1, 30)) : g.confident(g.between(2, 6), 0.1));
            double t = c % 3 == 0 ? 1 : g.moderateTemperature();
            float h = t == 1 ? Entropy.ofLogits(z) : Entropy.ofLogits(z, t);
            logits.addFloat(h, Reference.entropy(ActivationContractTest.widen(z), t),
                    () -> "z=" + Property.describe(z) + ", T=" + t);
            float[] p = new float[g.between(1, 20)];
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) g.probability();
            }
            probabilities.addFloat(Entropy.of(p), Reference.entropy(ActivationContractTest.widen(p)),
                    () -> "p=" + Property.describe(p));
        }
        logits.assertWithin(FLOAT_ULP, FLOAT_ULP / 2);
        probabilities.assertWithin(FLOAT_ULP, FLOAT_ULP / 2);
    }
}
