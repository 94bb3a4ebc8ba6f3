/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import io.github.activations.testing.LogitGenerator;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal property-test runner on plain JUnit: draw inputs from a seeded {@link LogitGenerator}, check a law on
 * each, and on the first counterexample fail with the property, the case number, the input and the seed to replay.
 *
 * <p>The generator and the seed come from core's test-jar ({@code io.github.activations.testing}), so these
 * examples draw the same edge cases as core's own property tests, and {@code -Dactivations.seed=N} replaces the
 * seed for both. The runner is our own, because it is part of the lesson: the whole idea fits on one screen.
 * (Core's {@code Property} runner adds per-case seeds, which a learner does not need, and its replay command
 * names core's module rather than this one.)
 */
final class PropertyCheck {
    /** Inputs checked per property. */
    static final int CASES = 1_000;

    /** A property that found a counterexample. Its message names the seed that replays it. */
    static final class Falsified extends AssertionError {
        private static final long serialVersionUID = 1L;

        Falsified(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private PropertyCheck() { }

    /**
     * Checks {@code law} on {@link #CASES} inputs drawn by {@code draw} from a generator seeded with {@code seed}.
     * The law signals a violation by throwing; any exception counts.
     *
     * @throws Falsified on the first input that violates the law
     */
    static <T> void forAll(String property, long seed, Function<LogitGenerator, T> draw, Consumer<T> law) {
        LogitGenerator generator = new LogitGenerator(seed);
        for (int i = 1; i <= CASES; i++) {
            T input = draw.apply(generator);
            try {
                law.accept(input);
            } catch (RuntimeException | AssertionError e) {
                throw new Falsified("property '" + property + "' falsified at case " + i + " of " + CASES
                        + " with seed " + seed + "\n  input: " + describe(input)
                        + "\n  because: " + e.getMessage()
                        + "\n  replay: ./mvnw -B verify -Dactivations.seed=" + seed, e);
            }
        }
    }

    /** Prints an input exactly (Double.toString round-trips), eliding the middle of long vectors. */
    static String describe(Object input) {
        if (input instanceof double[]) {
            double[] z = (double[]) input;
            if (z.length <= 12) {
                return Arrays.toString(z);
            }
            return Arrays.toString(Arrays.copyOf(z, 6)).replace("]", ", ...")
                    + Arrays.toString(Arrays.copyOfRange(z, z.length - 6, z.length)).replace("[", " ")
                    + " (" + z.length + " logits)";
        }
        return String.valueOf(input);
    }
}
