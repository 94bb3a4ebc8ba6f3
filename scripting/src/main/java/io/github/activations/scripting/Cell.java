/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One result of {@code apply}: a function with fixed parameters on one named vector of logits.
 * Exactly one of {@code output} and {@code error} is non-null: a failing cell (divide-by-sum of a
 * vector summing to 0) carries the core's message and does not stop the experiment.
 *
 * <p>Java and Kotlin read the output through the typed accessors ({@link #vector()}, {@link #number()},
 * {@link #index()}, {@link #indices()}) rather than casting {@link #output()}.
 *
 * @param logits the name of the logits ({@code z1}), as the script gave it
 * @param input the logits
 * @param activation the function's DSL name
 * @param params the parameters ({@code temperature: 0.5}), canonical types, possibly empty
 * @param output {@code double[]}, {@code Double}, {@code Integer} or {@code int[]}; null on error
 * @param error the reason the function rejected the input; null on success
 */
public record Cell(String logits, double[] input, String activation, Map<String, Object> params,
        @Nullable Object output, @Nullable String error) {

    /**
     * Returns the output of a vector function (softmax, sigmoid, divideBySum, ...) as a new array.
     *
     * @return a copy of the output
     * @throws IllegalStateException if the cell failed, or its output is not a vector
     */
    public double[] vector() {
        return ((double[]) typed(double[].class, "vector()")).clone();
    }

    /**
     * Returns the output of a function giving one number (logSumExp, crossEntropy).
     *
     * @return the number
     * @throws IllegalStateException if the cell failed, or its output is not a number
     */
    public double number() {
        return (Double) typed(Double.class, "number()");
    }

    /**
     * Returns the output of argmax: the index of the largest logit.
     *
     * @return the index
     * @throws IllegalStateException if the cell failed, or its output is not an index
     */
    public int index() {
        return (Integer) typed(Integer.class, "index()");
    }

    /**
     * Returns the output of topK: the indices of the k largest logits, largest first, as a new array.
     *
     * @return a copy of the indices
     * @throws IllegalStateException if the cell failed, or its output is not a list of indices
     */
    public int[] indices() {
        return ((int[]) typed(int[].class, "indices()")).clone();
    }

    private Object typed(Class<?> type, String accessor) {
        Object out = output;
        if (out == null) {
            throw new IllegalStateException(activation + " of " + logits + " failed: " + error);
        }
        if (!type.isInstance(out)) {
            throw new IllegalStateException(activation + " of " + logits + " gives " + kind(out) + ", so "
                    + accessor + " does not apply; use " + accessorFor(out));
        }
        return out;
    }

    private static String kind(Object out) {
        return out instanceof double[] ? "a vector" : out instanceof int[] ? "indices"
                : out instanceof Integer ? "an index" : "a number";
    }

    private static String accessorFor(Object out) {
        return out instanceof double[] ? "vector()" : out instanceof int[] ? "indices()"
                : out instanceof Integer ? "index()" : "number()";
    }
}
