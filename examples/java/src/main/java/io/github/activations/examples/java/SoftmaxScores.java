/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import io.github.activations.Argmax;
import io.github.activations.Softmax;
import java.util.List;

/**
 * Step 1: softmax turns the raw outputs of a seal/panda/duck classifier into probabilities.
 *
 * <p>The tutorial's network outputs z = [0.25, 1.23, −0.8]; softmax gives [0.249, 0.664, 0.087]: every entry in
 * (0, 1), the entries sum to 1, the order of z is kept, and the most likely class is index 1, "panda".
 */
public final class SoftmaxScores {
    /** The tutorial's classes, in the order of the network's outputs. */
    public static final List<String> CLASSES = List.of("seal", "panda", "duck");

    /**
     * What step 1 computes.
     *
     * @param z the raw outputs (logits)
     * @param p the softmax probabilities
     * @param total {@code p[0] + p[1] + p[2]}
     * @param k the index of the most likely class
     * @param label the name of that class
     */
    public record Result(double[] z, double[] p, double total, int k, String label) { }

    private SoftmaxScores() { }

    /**
     * Computes the tutorial's softmax scores and prediction.
     *
     * @return the logits, probabilities, their sum and the predicted class
     */
    public static Result compute() {
        // tag::softmax-scores[]
        double[] z = {0.25, 1.23, -0.8};            // raw outputs for seal, panda, duck
        double[] p = Softmax.of(z);                 // [0.249, 0.664, 0.087] to 3 decimals
        double total = p[0] + p[1] + p[2];          // 1, up to rounding
        int k = Argmax.of(p);                       // 1: the same index as Argmax.of(z)
        String label = CLASSES.get(k);              // "panda"
        // end::softmax-scores[]
        return new Result(z, p, total, k, label);
    }
}
