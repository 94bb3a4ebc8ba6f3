/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A typed parameter for {@link ExperimentSpec#apply(Parameter, ActivationFunction...)}, for Java and
 * Kotlin: what a script writes as {@code apply softmax, temperature: [0.1, 0.5, 1, 2, 10]} reads
 * {@code e.apply(Parameter.temperature(0.1, 0.5, 1, 2, 10), SOFTMAX)}. Several values sweep the
 * parameter, one cell per value, in order.
 *
 * <p>Each function takes at most one parameter at a time (softmax: temperature or mask; crossEntropy:
 * label or target; topK: k), so one {@code Parameter} is all {@code apply} needs.
 */
public final class Parameter {
    private final String name;
    private final Object value;

    private Parameter(String name, Object value) {
        this.name = name;
        this.value = value;
    }

    /**
     * Returns softmax's temperature: {@code softmax(z / T)}; several values sweep it.
     *
     * @param temperatures one or more temperatures, each strictly positive
     * @return the parameter
     */
    public static Parameter temperature(double... temperatures) {
        List<Double> list = new ArrayList<>(temperatures.length);
        for (double t : temperatures) {
            list.add(t);
        }
        return sweep("temperature", list);
    }

    /**
     * Returns softmax's mask: entries where {@code mask} is false get probability 0.
     *
     * @param mask one flag per logit
     * @return the parameter
     */
    public static Parameter mask(boolean... mask) {
        return new Parameter("mask", mask.clone());
    }

    /**
     * Returns topK's k; several values sweep it.
     *
     * @param k one or more counts
     * @return the parameter
     */
    public static Parameter k(int... k) {
        return sweep("k", ints(k));
    }

    /**
     * Returns crossEntropy's label (the index of the true class); several values sweep it.
     *
     * @param labels one or more class indices
     * @return the parameter
     */
    public static Parameter label(int... labels) {
        return sweep("label", ints(labels));
    }

    /**
     * Returns crossEntropy's target distribution.
     *
     * @param target one probability per class
     * @return the parameter
     */
    public static Parameter target(double... target) {
        return new Parameter("target", target.clone());
    }

    private static Parameter sweep(String name, List<?> values) {
        if (values.isEmpty()) {
            throw new DslException(name + " needs at least one value");
        }
        return new Parameter(name, values.size() == 1 ? values.get(0) : List.copyOf(values));
    }

    private static List<Integer> ints(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    /**
     * Returns the parameter as a script would pass it: {@code {temperature=[0.1, 0.5]}}.
     *
     * @return a one-entry map; a sweep's value is a list
     */
    public Map<String, Object> asMap() {
        return Map.of(name, value);
    }

    @Override
    public String toString() {
        String v = value instanceof boolean[] ? Arrays.toString((boolean[]) value)
                : value instanceof double[] ? Arrays.toString((double[]) value) : value.toString();
        return name + ": " + v;
    }
}
