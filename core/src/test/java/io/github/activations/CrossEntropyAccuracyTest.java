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
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * Cross-entropy against a label, with a temperature, against the 50-digit {@link Reference}
 * (−log-softmax(z / T) at the label, (zᵢ − m)/T exact): within 2 ulp for the single-row form,
 * losses near 0 included; the batch mean within 1 ulp of the exact mean of the exact losses;
 * the float form within 1 ulp of the float result. RMS bounds are half the max bounds. Each
 * data set prints one line with its measured max and RMS ulp.
 */
class CrossEntropyAccuracyTest {
    private static final String NAME = "CrossEntropyAccuracyTest";
    /** The class Javadoc: the label form within 2 ulp. */
    private static final double MAX_ULP = 2;
    /** The mean is rounded once from a double-double: within 1 ulp. */
    private static final double MEAN_ULP = 1;
    /** Float forms within 1 ulp of the float result. */
    private static final double FLOAT_ULP = 1;

    private static LogitGenerator generator(String dataSet) {
        return new LogitGenerator(Seeds.forCase(Seeds.seed(), NAME + " " + dataSet, 0));
    }

    /** Measures the loss at every label of z (each label is one case). */
    private static void measure(UlpStats stats, double[] z, double t) {
        BigDecimal[] exact = Reference.logSoftmax(z, t);
        for (int y = 0; y < z.length; y++) {
            int label = y;
            stats.add(CrossEntropy.of(z, y, t), exact[y].negate(),
                    () -> "z=" + Property.describe(z) + ", T=" + t + ", label " + label);
        }
    }

    @Test
    void ordinaryLogitsWithTemperature() {
        LogitGenerator g = generator("ordinary");
        UlpStats stats = new UlpStats(NAME, "T ordinary");
        for (int c = 0; c < 400; c++) {
            measure(stats, g.ordinary(g.between(1, 30)), g.moderateTemperature());
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void confidentRightAnswersWithTemperature() {
        // the label is the maximum and the others are (30 to 745) · T below it: the loss is
        // log1p(Σ e^((zⱼ − m)/T)), down to subnormal
        LogitGenerator g = generator("confident");
        UlpStats stats = new UlpStats(NAME, "T confident (loss near 0)");
        for (int c = 0; c < 600; c++) {
            double t = g.moderateTemperature();
            measure(stats, g.confident(g.between(2, 6), t), t);
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void hugeLogitsWithHugeTemperature() {
        LogitGenerator g = generator("huge");
        UlpStats stats = new UlpStats(NAME, "T huge");
        for (int c = 0; c < 300; c++) {
            measure(stats, g.huge(g.between(2, 10)), Math.scalb(g.uniform(1, 2), g.between(1013, 1023)));
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void thousandClassRowsAsInCalibration() {
        // rows of 1,000 logits (normal, sd 3, the evaluation's shape) at the temperatures of a
        // calibration sweep; every label of a row measured
        LogitGenerator g = generator("1000-classes");
        UlpStats stats = new UlpStats(NAME, "T 1000-class rows");
        double[] temperatures = {0.05, 0.5, 0.9, 1.1, 1.7, 4, 30};
        for (int c = 0; c < temperatures.length; c++) {
            double[] z = new double[1000];
            for (int i = 0; i < z.length; i++) {
                z[i] = 3 * g.gaussian();
            }
            measure(stats, z, temperatures[c]);
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void meanWithTemperatureIsRoundedOnce() {
        LogitGenerator g = generator("mean");
        UlpStats stats = new UlpStats(NAME, "T mean");
        for (int c = 0; c < 400; c++) {
            double t = g.moderateTemperature();
            double[][] logits = new double[g.between(1, 8)][];
            int[] labels = new int[logits.length];
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = 0; r < logits.length; r++) {
                logits[r] = c % 4 == 0 ? g.tails(g.between(2, 8)) : g.ordinary(g.between(1, 12));
                labels[r] = g.nextInt(logits[r].length);
                sum = sum.add(Reference.logSoftmax(logits[r], t)[labels[r]].negate());
            }
            BigDecimal exact = sum.divide(BigDecimal.valueOf(logits.length), new MathContext(50));
            stats.add(CrossEntropy.mean(logits, labels, t), exact,
                    () -> "logits=" + Property.describe(logits) + ", labels=" + Property.describe(labels) + ", T=" + t);
        }
        stats.assertWithin(MEAN_ULP, MEAN_ULP / 2);
    }

    @Test
    void floatFormWithTemperature() {
        LogitGenerator g = generator("float");
        UlpStats stats = new UlpStats(NAME, "T float");
        for (int c = 0; c < 300; c++) {
            float[] z = SoftmaxAccuracyTest.narrow(g.ordinary(g.between(1, 30)));
            double t = g.moderateTemperature();
            BigDecimal[] exact = Reference.logSoftmax(ActivationContractTest.widen(z), t);
            for (int y = 0; y < z.length; y++) {
                int label = y;
                stats.addFloat(CrossEntropy.of(z, y, t), exact[y].negate(),
                        () -> "z=" + Property.describe(z) + ", T=" + t + ", label " + label);
            }
        }
        stats.assertWithin(FLOAT_ULP, FLOAT_ULP / 2);
    }
}
