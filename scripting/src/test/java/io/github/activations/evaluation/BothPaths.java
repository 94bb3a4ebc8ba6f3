/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import java.util.List;
import java.util.function.Supplier;

/** Runs a computation once on the calling thread alone and once split over the common pool. */
final class BothPaths {
    private BothPaths() {
    }

    /** Returns {sequential result, parallel result}. */
    static <T> List<T> run(Supplier<T> computation) {
        boolean saved = Chunks.parallelEnabled;
        try {
            Chunks.parallelEnabled = false;
            T one = computation.get();
            Chunks.parallelEnabled = true;
            T many = computation.get();
            return List.of(one, many);
        } finally {
            Chunks.parallelEnabled = saved;
        }
    }
}
