/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.kotlin

import io.github.activations.Argmax
import io.github.activations.Softmax

// tag::extensions[]
/** `z.softmax()` reads naturally in Kotlin; core stays a plain Java API. */
fun DoubleArray.softmax(): DoubleArray = Softmax.of(this)

/** `z.softmax(temperature = 2.0)`: a named argument says what the number is. */
fun DoubleArray.softmax(temperature: Double): DoubleArray = Softmax.of(this, temperature)

/** The index of the largest entry; ties go to the first index. */
fun DoubleArray.argmax(): Int = Argmax.of(this)
// end::extensions[]

/** Predicts a label for each row of a batch of logits, using the row-wise forms. */
fun predict(batch: Array<DoubleArray>, labels: List<String>): List<String> {
    // tag::batch[]
    val probabilities: Array<DoubleArray> = Softmax.of(batch)   // each row on its own
    val predicted: IntArray = Argmax.of(probabilities)          // one index per row
    return predicted.map { labels[it] }
    // end::batch[]
}
