/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.List;

/**
 * Groovy extension methods: the core functions as methods of lists, {@code [0.25, 1.23, -0.8].softmax()}.
 * A list of lists is treated row by row. Registered through
 * {@code META-INF/groovy/org.codehaus.groovy.runtime.ExtensionModule}.
 */
public final class ListExtensions {
    private ListExtensions() {
    }

    /**
     * Returns the softmax of the list.
     *
     * @param self logits
     * @return probabilities
     */
    public static List<?> softmax(List<?> self) {
        return Lists.softmax(self);
    }

    /**
     * Returns the softmax of the list at a temperature.
     *
     * @param self logits
     * @param temperature greater than 0
     * @return probabilities
     */
    public static List<?> softmax(List<?> self, Number temperature) {
        return Lists.softmax(self, temperature.doubleValue());
    }

    /**
     * Returns the log-softmax of the list.
     *
     * @param self logits
     * @return log-probabilities
     */
    public static List<?> logSoftmax(List<?> self) {
        return Lists.logSoftmax(self);
    }

    /**
     * Returns log Σ exp of the list.
     *
     * @param self logits
     * @return a number (a list of numbers for rows)
     */
    public static Object logSumExp(List<?> self) {
        return Lists.logSumExp(self);
    }

    /**
     * Returns the softmin of the list.
     *
     * @param self logits
     * @return probabilities, largest for the smallest logit
     */
    public static List<?> softmin(List<?> self) {
        return Lists.softmin(self);
    }

    /**
     * Returns the sigmoid of each element.
     *
     * @param self numbers
     * @return values in [0, 1]
     */
    public static List<?> sigmoid(List<?> self) {
        return Lists.sigmoid(self);
    }

    /**
     * Returns the log-sigmoid of each element.
     *
     * @param self numbers
     * @return values ≤ 0
     */
    public static List<?> logSigmoid(List<?> self) {
        return Lists.logSigmoid(self);
    }

    /**
     * Returns the logit (inverse sigmoid) of each element.
     *
     * @param self probabilities
     * @return log-odds
     */
    public static List<?> logit(List<?> self) {
        return Lists.logit(self);
    }

    /**
     * Returns the index of the largest element (ties: the first).
     *
     * @param self logits
     * @return an index (a list of indices for rows)
     */
    public static Object argmax(List<?> self) {
        return Lists.argmax(self);
    }

    /**
     * Returns the indices of the {@code k} largest elements, largest first.
     *
     * @param self logits
     * @param k how many
     * @return indices
     */
    public static Object topK(List<?> self, int k) {
        return Lists.topK(self, k);
    }

    /**
     * Returns the list divided by its sum (the tutorial's naive normalisation).
     *
     * @param self logits
     * @return the normalised list
     */
    public static List<?> divideBySum(List<?> self) {
        return Lists.divideBySum(self);
    }

    /**
     * Returns the cross-entropy of the logits against a class index.
     *
     * @param self logits
     * @param label the true class
     * @return the loss in nats
     */
    public static Object crossEntropy(List<?> self, int label) {
        return Lists.crossEntropy(self, label);
    }
}
