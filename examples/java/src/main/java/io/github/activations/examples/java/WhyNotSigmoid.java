/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import io.github.activations.Sigmoid;
import java.util.Arrays;

/**
 * Step 2: why not the sigmoid alone? It squashes each logit on its own, so the scores of mutually exclusive classes
 * do not add up to 1, and a threshold can pick two classes at once.
 *
 * <p>For two classes the sigmoid is exactly right: σ(z) and 1 − σ(z) = σ(−z) sum to 1 (see {@link TwoClasses}).
 */
public final class WhyNotSigmoid {
    /**
     * What step 2 computes.
     *
     * @param s the sigmoid of each logit
     * @param total the sum of {@code s}: not 1
     * @param aboveThreshold how many classes score above the threshold 0.5
     */
    public record Result(double[] s, double total, long aboveThreshold) { }

    private WhyNotSigmoid() { }

    /**
     * Applies the sigmoid to the tutorial's logits, one at a time.
     *
     * @return the scores, their sum, and how many pass the threshold
     */
    public static Result compute() {
        // tag::why-not-sigmoid[]
        double[] z = {0.25, 1.23, -0.8};
        double[] s = Sigmoid.of(z);                 // [0.562, 0.774, 0.310]: each logit on its own
        double total = s[0] + s[1] + s[2];          // 1.646: not a probability distribution
        long aboveThreshold = Arrays.stream(s).filter(x -> x > 0.5).count();  // 2: seal and panda pass T = 0.5
        // end::why-not-sigmoid[]
        return new Result(s, total, aboveThreshold);
    }
}
