/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.jmh;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector floors of the benchmarks: the only benchmark code importing
 * {@code jdk.incubator.vector} (loaded only by the methods that use it).
 */
final class VectorFloors {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private VectorFloors() {
    }

    /** {@code VectorOperators.EXP} of each element into {@code out}. */
    static double[] exp(double[] z, double[] out) {
        int i = 0;
        int bound = D.loopBound(z.length);
        for (; i < bound; i += D.length()) {
            DoubleVector.fromArray(D, z, i).lanewise(VectorOperators.EXP).intoArray(out, i);
        }
        for (; i < z.length; i++) {
            out[i] = Math.exp(z[i]);
        }
        return out;
    }
}
