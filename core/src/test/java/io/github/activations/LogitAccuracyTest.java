/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.testing.LogitGenerator;
import io.github.activations.testing.Reference;
import io.github.activations.testing.Seeds;
import io.github.activations.testing.UlpStats;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * The logit against the 50-digit {@link Reference}: within 1 ulp, for p uniform, p near 0
 * (subnormal p included), p near 1 (1 − k·2^−53) and p near 1/2 (results near 0); the float
 * form within 1 ulp of the exact float result. RMS bounds are half the max bounds.
 */
class LogitAccuracyTest {
    private static final String NAME = "LogitAccuracyTest";
    /** Issue 2: within 1 ulp; float forms within 1 ulp. */
    private static final double MAX_ULP = 1;

    private static LogitGenerator generator(String dataSet) {
        return new LogitGenerator(Seeds.forCase(Seeds.seed(), NAME + " " + dataSet, 0));
    }

    private static void dataSet(String name, int n, DoubleSupplier p) {
        UlpStats stats = new UlpStats(NAME, name);
        for (int i = 0; i < n; i++) {
            double pi = p.getAsDouble();
            if (pi > 0 && pi < 1) {
                stats.add(Logit.of(pi), Reference.logit(pi), () -> "p=" + pi);
            }
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }

    @Test
    void uniform() {
        LogitGenerator g = generator("uniform");
        dataSet("uniform(0,1)", 5000, () -> g.uniform(0, 1));
    }

    @Test
    void nearZero() {
        LogitGenerator g = generator("near-zero");
        dataSet("near-zero(subnormal-incl)", 3000, () -> Math.scalb(g.uniform(0.5, 1), -g.between(1, 1074)));
    }

    @Test
    void nearOne() {
        LogitGenerator g = generator("near-one");
        dataSet("near-one", 3000, () -> g.chance(0.5) ? 1 - g.between(1, 1 << 20) * 0x1p-53
                : 1 - Math.scalb(g.uniform(0.5, 1), -g.between(2, 53)));
    }

    @Test
    void nearOneHalf() {
        LogitGenerator g = generator("near-half");
        dataSet("near-half", 3000, () -> g.chance(0.5) ? 0.5 + g.between(-1 << 20, 1 << 20) * 0x1p-54
                : g.uniform(0.25, 0.75));
    }

    @Test
    void floatForm() {
        LogitGenerator g = generator("float");
        UlpStats stats = new UlpStats(NAME, "float mixed");
        for (int c = 0; c < 3000; c++) {
            float p;
            switch (c % 4) {
                case 0:
                    p = (float) g.uniform(0, 1);
                    break;
                case 1:
                    p = Math.scalb((float) g.uniform(0.5, 1), -g.between(1, 149));
                    break;
                case 2:
                    p = 1 - g.between(1, 1 << 10) * 0x1p-24f;
                    break;
                default:
                    p = 0.5f + g.between(-1 << 10, 1 << 10) * 0x1p-25f;
                    break;
            }
            if (p > 0 && p < 1) {
                float pf = p;
                stats.addFloat(Logit.of(new float[] {p})[0], Reference.logit(p), () -> "p=" + pf + "f");
            }
        }
        stats.assertWithin(MAX_ULP, MAX_ULP / 2);
    }
}
