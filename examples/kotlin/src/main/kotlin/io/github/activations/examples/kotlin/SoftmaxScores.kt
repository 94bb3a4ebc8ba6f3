/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.kotlin

import io.github.activations.Argmax
import io.github.activations.Softmax

/** The tutorial's classes, in the order of the network's outputs. */
val CLASSES = listOf("seal", "panda", "duck")

/** What step 1 computes: logits, probabilities, their sum and the predicted class. */
class SoftmaxScores(val z: DoubleArray, val p: DoubleArray, val total: Double, val k: Int, val label: String)

/**
 * Step 1: softmax turns the raw outputs of a seal/panda/duck classifier into probabilities that sum to 1,
 * keep the order of the logits, and put the most mass on "panda".
 */
fun softmaxScores(): SoftmaxScores {
    // tag::softmax-scores[]
    val z = doubleArrayOf(0.25, 1.23, -0.8)   // raw outputs for seal, panda, duck
    val p = Softmax.of(z)                     // DoubleArray, never null: [0.249, 0.664, 0.087]
    val total = p.sum()                       // 1, up to rounding
    val k = Argmax.of(p)                      // 1
    val label = CLASSES[k]                    // "panda"
    // end::softmax-scores[]
    return SoftmaxScores(z, p, total, k, label)
}

/** The same step in single precision: `FloatArray` in, `FloatArray` out (computed in double, rounded once). */
fun softmaxScoresInFloat(): FloatArray {
    // tag::float-arrays[]
    val z = floatArrayOf(0.25f, 1.23f, -0.8f)
    val p: FloatArray = Softmax.of(z)         // [0.249, 0.664, 0.087] as floats
    // end::float-arrays[]
    return p
}
