/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.kotlin

import io.github.activations.Sigmoid
import io.github.activations.Softmax
import kotlin.math.exp

/** exp(zᵢ) / Σⱼ exp(zⱼ) as written: overflows to NaN once a logit passes ln(Double.MAX_VALUE) ≈ 709.78. */
// tag::naive-softmax[]
fun naiveSoftmax(z: DoubleArray): DoubleArray {
    val e = z.map { exp(it) }                 // exp(1000.0) = Infinity
    val sum = e.sum()
    return e.map { it / sum }.toDoubleArray() // Infinity / Infinity = NaN
}
// end::naive-softmax[]

/** Step 5: the naive formula and `Softmax.of` on the tutorial's logits plus 1000. */
fun stability(): Pair<DoubleArray, DoubleArray> {
    // tag::numerical-stability[]
    val z = doubleArrayOf(0.25, 1.23, -0.8).map { it + 1000 }.toDoubleArray()
    val naive = naiveSoftmax(z)               // [NaN, NaN, NaN]
    val stable = Softmax.of(z)                // [0.249, 0.664, 0.087]: subtracting the max first cannot overflow
    // end::numerical-stability[]
    return naive to stable
}

/** Step 6: with a second logit fixed at 0, softmax is the sigmoid, bit for bit. Returns the z where they differ. */
fun twoClassMismatches(zs: Sequence<Double>): List<Double> =
    // tag::two-classes[]
    zs.filter { z ->
        val p = Softmax.of(doubleArrayOf(z, 0.0))
        p[0].toRawBits() != Sigmoid.of(z).toRawBits()
    }.toList()                                // empty: softmax([z, 0])[0] == sigmoid(z) to the last bit
    // end::two-classes[]
