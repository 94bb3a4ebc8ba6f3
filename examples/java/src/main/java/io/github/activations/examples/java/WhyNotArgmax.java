/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import io.github.activations.Argmax;
import io.github.activations.OneHot;
import io.github.activations.Softmax;
import java.util.function.UnaryOperator;

/**
 * Step 3: why not argmax? Its one-hot output is flat almost everywhere, so its gradient is zero and a network
 * trained through it would never learn. Softmax has a useful gradient everywhere: {@link Softmax#backward}.
 *
 * <p>Both gradients are vector-Jacobian products: given how much the loss changes with each output
 * ({@code gradOut}), they say how much it changes with each logit. We compute the one of argmax by nudging each logit
 * by a small {@code h}, and check the same nudging against {@code Softmax.backward} in the test.
 */
public final class WhyNotArgmax {
    /**
     * What step 3 computes.
     *
     * @param oneHot argmax as a vector: all the mass on the maximum
     * @param p the softmax of the same logits
     * @param softmaxGradient {@code Softmax.backward(p, gradOut)}: not zero
     * @param argmaxGradient the gradient of the one-hot output, by nudging: exactly zero
     */
    public record Result(double[] oneHot, double[] p, double[] softmaxGradient, double[] argmaxGradient) { }

    private WhyNotArgmax() { }

    /**
     * Compares the gradients of softmax and of a one-hot argmax at the tutorial's logits.
     *
     * @return both outputs and both gradients
     */
    public static Result compute() {
        // tag::why-not-argmax[]
        double[] z = {0.25, 1.23, -0.8};
        double[] oneHot = OneHot.of(Argmax.of(z), z.length);  // [0, 1, 0]: all the mass on "panda"
        double[] p = Softmax.of(z);                           // [0.249, 0.664, 0.087]

        double[] gradOut = {0, 1, 0};                         // how much we care about each output: "panda"
        double[] softmaxGradient = Softmax.backward(p, gradOut);        // [-0.165, 0.223, -0.058]
        double[] argmaxGradient = gradientByNudging(
                x -> OneHot.of(Argmax.of(x), x.length), z, gradOut);    // [0, 0, 0]: nothing to learn from
        // end::why-not-argmax[]
        return new Result(oneHot, p, softmaxGradient, argmaxGradient);
    }

    /**
     * Returns the gradient of {@code Σᵢ gradOut[i]·f(z)[i]} with respect to each {@code z[j]}, by central
     * differences with step h = 1e-6.
     *
     * @param f the function to differentiate
     * @param z the point
     * @param gradOut the weights of the outputs
     * @return the estimated gradient, one entry per logit
     */
    // tag::gradient-by-nudging[]
    public static double[] gradientByNudging(UnaryOperator<double[]> f, double[] z, double[] gradOut) {
        double h = 1e-6;
        double[] gradient = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double[] up = z.clone();
            double[] down = z.clone();
            up[j] += h;
            down[j] -= h;
            double[] fUp = f.apply(up);
            double[] fDown = f.apply(down);
            for (int i = 0; i < gradOut.length; i++) {
                gradient[j] += gradOut[i] * (fUp[i] - fDown[i]) / (2 * h);
            }
        }
        return gradient;
    }
    // end::gradient-by-nudging[]
}
