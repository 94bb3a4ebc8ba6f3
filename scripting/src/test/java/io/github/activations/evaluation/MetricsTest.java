/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.activations.data.Dataset;
import io.github.activations.evaluation.Evaluation.Spec;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final Dataset DATA = Simulated.multiClass("metrics", 400, 6, 1.2, 2.0, Simulated.SEED);

    /** Each facade method equals the one-pass evaluation bit for bit, in each of its three forms. */
    @Test
    void everyMethodEqualsTheOnePassEvaluation() {
        Calibrator c = Calibrator.temperature(1.8);
        for (Spec spec : new Spec[] {Spec.all().topK(3).bins(12), Spec.all().topK(3).bins(12).temperature(1.8),
            Spec.all().topK(3).bins(12).calibrator(c)}) {
            Evaluation e = Evaluation.of(DATA, spec);
            boolean identity = spec.calibrator().kind() == Calibrator.Kind.IDENTITY;
            double t = spec.calibrator().temperature();
            assertEquals(e.accuracy(), identity ? Metrics.accuracy(DATA) : Metrics.accuracy(DATA, t));
            assertEquals(e.accuracy(), Metrics.accuracy(DATA, spec.calibrator()));
            assertEquals(e.topKAccuracy(3), identity ? Metrics.topKAccuracy(DATA, 3) : Metrics.topKAccuracy(DATA, 3, t));
            assertEquals(e.topKAccuracy(3), Metrics.topKAccuracy(DATA, 3, spec.calibrator()));
            assertEquals(e.nll(), identity ? Metrics.nll(DATA) : Metrics.nll(DATA, t));
            assertEquals(e.nll(), Metrics.nll(DATA, spec.calibrator()));
            assertEquals(e.brier(), identity ? Metrics.brier(DATA) : Metrics.brier(DATA, t));
            assertEquals(e.brier(), Metrics.brier(DATA, spec.calibrator()));
            assertEquals(e.ece(), identity ? Metrics.ece(DATA, 12) : Metrics.ece(DATA, 12, t));
            assertEquals(e.ece(), Metrics.ece(DATA, 12, spec.calibrator()));
            assertEquals(e.mce(), identity ? Metrics.mce(DATA, 12) : Metrics.mce(DATA, 12, t));
            assertEquals(e.mce(), Metrics.mce(DATA, 12, spec.calibrator()));
            assertEquals(e.reliability().bins(), (identity ? Metrics.reliability(DATA, 12)
                    : Metrics.reliability(DATA, 12, t)).bins());
            assertEquals(e.reliability().bins(), Metrics.reliability(DATA, 12, spec.calibrator()).bins());
            assertEquals(e.meanEntropy(), identity ? Metrics.meanEntropy(DATA) : Metrics.meanEntropy(DATA, t));
            assertEquals(e.meanEntropy(), Metrics.meanEntropy(DATA, spec.calibrator()));
            assertArrayEquals(e.confusion().toArray(), (identity ? Metrics.confusion(DATA)
                    : Metrics.confusion(DATA, t)).toArray());
            assertArrayEquals(e.confusion().toArray(), Metrics.confusion(DATA, spec.calibrator()).toArray());
        }
        // and the temperature changes the probability metrics but not the predictions
        assertNotEquals(Metrics.nll(DATA), Metrics.nll(DATA, 1.8));
        assertEquals(Metrics.accuracy(DATA), Metrics.accuracy(DATA, 1.8));
    }
}
