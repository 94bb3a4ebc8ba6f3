/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.kotlin

import io.github.activations.Argmax
import io.github.activations.DivideBySum
import io.github.activations.OneHot
import io.github.activations.Sigmoid
import io.github.activations.Softmax

/** What step 2 computes: the sigmoid of each logit, their sum, and how many pass the threshold 0.5. */
class SigmoidAlone(val s: DoubleArray, val total: Double, val aboveThreshold: Int)

/** Step 2: the sigmoid squashes each logit on its own, so the scores do not sum to 1 and two classes pass 0.5. */
fun whyNotSigmoid(): SigmoidAlone {
    // tag::why-not-sigmoid[]
    val z = doubleArrayOf(0.25, 1.23, -0.8)
    val s = Sigmoid.of(z)                     // [0.562, 0.774, 0.310]: each logit on its own
    val total = s.sum()                       // 1.646: not a probability distribution
    val aboveThreshold = s.count { it > 0.5 } // 2: seal and panda pass T = 0.5
    // end::why-not-sigmoid[]
    return SigmoidAlone(s, total, aboveThreshold)
}

/** What step 3 computes: argmax as a one-hot vector, softmax, and the gradient of each. */
class Gradients(val oneHot: DoubleArray, val p: DoubleArray, val softmaxGradient: DoubleArray, val argmaxGradient: DoubleArray)

/** Step 3: argmax is flat almost everywhere, so its gradient is zero; softmax's is not. */
fun whyNotArgmax(): Gradients {
    // tag::why-not-argmax[]
    val z = doubleArrayOf(0.25, 1.23, -0.8)
    val oneHot = OneHot.of(Argmax.of(z), z.size)          // [0, 1, 0]
    val p = Softmax.of(z)
    val gradOut = doubleArrayOf(0.0, 1.0, 0.0)            // we care about the "panda" output
    val softmaxGradient = Softmax.backward(p, gradOut)    // [-0.165, 0.223, -0.058]
    val argmaxGradient = gradientByNudging(z, gradOut) { x -> OneHot.of(Argmax.of(x), x.size) }  // [0, 0, 0]
    // end::why-not-argmax[]
    return Gradients(oneHot, p, softmaxGradient, argmaxGradient)
}

/** Returns the gradient of `Σᵢ gradOut[i]·f(z)[i]` with respect to each `z[j]`, by central differences. */
fun gradientByNudging(z: DoubleArray, gradOut: DoubleArray, h: Double = 1e-6, f: (DoubleArray) -> DoubleArray): DoubleArray =
    DoubleArray(z.size) { j ->
        val up = f(z.copyOf().also { it[j] += h })
        val down = f(z.copyOf().also { it[j] -= h })
        gradOut.indices.sumOf { i -> gradOut[i] * (up[i] - down[i]) / (2 * h) }
    }

/** What step 4 computes: the tutorial's four divide-by-sum cases, next to softmax. */
class DivideBySumCases(
    val z1: DoubleArray,
    val z2error: IllegalArgumentException,
    val z3: DoubleArray,
    val softmaxZ3: DoubleArray,
    val z4: DoubleArray,
    val softmaxZ4: DoubleArray,
)

/** Step 4: dividing by the sum gives negative "probabilities", fails on a zero sum and ignores differences. */
fun whyNotDivideBySum(): DivideBySumCases {
    // tag::why-not-divide-by-sum[]
    val byZ1 = DivideBySum.of(doubleArrayOf(0.25, 1.23, -0.8))     // [0.368, 1.809, -1.176]
    val z2error = runCatching { DivideBySum.of(doubleArrayOf(-0.25, 1.0, -0.75)) }
        .exceptionOrNull() as IllegalArgumentException              // the logits sum to 0
    val z3 = doubleArrayOf(0.1, 0.9, 0.2)
    val (byZ3, softZ3) = DivideBySum.of(z3) to Softmax.of(z3)       // [0.083, 0.75, 0.167] vs [0.231, 0.514, 0.255]
    val z4 = doubleArrayOf(0.0, 0.9, 0.1)
    val (byZ4, softZ4) = DivideBySum.of(z4) to Softmax.of(z4)       // [0, 0.9, 0.1] vs [0.219, 0.539, 0.242]
    // end::why-not-divide-by-sum[]
    return DivideBySumCases(byZ1, z2error, byZ3, softZ3, byZ4, softZ4)
}
