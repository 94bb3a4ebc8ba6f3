/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.kotlin

import io.github.activations.Argmax
import io.github.activations.Sigmoid
import io.github.activations.Softmax
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The seed tutorial's numbers, from Kotlin. "To 3 decimals" means within 5e-4, as np.round(p, 3) shows them. */
class TutorialTest {
    @Test
    fun `softmax gives the tutorial's probabilities, sums to one, keeps order and predicts panda`() {
        val r = softmaxScores()
        assertArrayEquals(doubleArrayOf(0.249, 0.664, 0.087), r.p, 5e-4)
        assertTrue(r.p.all { it > 0 && it < 1 })
        assertEquals(1.0, r.total, 2 * Math.ulp(1.0))
        assertTrue(r.p[1] > r.p[0] && r.p[0] > r.p[2], "same order as the logits")
        assertEquals(1, r.k)
        assertEquals(Argmax.of(r.z), r.k)
        assertEquals("panda", r.label)
    }

    @Test
    fun `float arrays give the same numbers`() {
        val p = softmaxScoresInFloat()
        assertArrayEquals(floatArrayOf(0.249f, 0.664f, 0.087f), p, 5e-4f)
        // Computed in double and rounded once: exactly the double result rounded to float.
        val fromDouble = Softmax.of(doubleArrayOf(0.25f.toDouble(), 1.23f.toDouble(), (-0.8f).toDouble()))
        assertArrayEquals(FloatArray(3) { fromDouble[it].toFloat() }, p)
    }

    @Test
    fun `the sigmoid alone does not give a distribution`() {
        val r = whyNotSigmoid()
        assertArrayEquals(doubleArrayOf(0.562, 0.774, 0.310), r.s, 5e-4)
        assertEquals(1.646, r.total, 5e-4)
        assertEquals(2, r.aboveThreshold)
    }

    @Test
    fun `argmax has a zero gradient and softmax does not`() {
        val r = whyNotArgmax()
        assertArrayEquals(doubleArrayOf(0.0, 1.0, 0.0), r.oneHot)
        assertArrayEquals(doubleArrayOf(0.0, 0.0, 0.0), r.argmaxGradient)
        assertArrayEquals(doubleArrayOf(-0.165, 0.223, -0.058), r.softmaxGradient, 5e-4)
        // Central differences: truncation ~1e-12, rounding ~ulp(1)/h ≈ 2e-10.
        val nudged = gradientByNudging(doubleArrayOf(0.25, 1.23, -0.8), doubleArrayOf(0.0, 1.0, 0.0)) { Softmax.of(it) }
        assertArrayEquals(nudged, r.softmaxGradient, 1e-8)
    }

    @Test
    fun `divide by sum fails the tutorial's four cases`() {
        val r = whyNotDivideBySum()
        assertArrayEquals(doubleArrayOf(0.368, 1.809, -1.176), r.z1, 5e-4)
        assertTrue(r.z1.any { it < 0 } && r.z1.any { it > 1 }, "negative and above-one 'probabilities'")
        assertTrue(r.z2error.message.orEmpty().contains("sum"), r.z2error.message)
        assertArrayEquals(doubleArrayOf(0.083, 0.75, 0.167), r.z3, 5e-4)
        assertArrayEquals(doubleArrayOf(0.231, 0.514, 0.255), r.softmaxZ3, 5e-4)
        assertArrayEquals(doubleArrayOf(0.0, 0.9, 0.1), r.z4, 5e-4)
        assertArrayEquals(doubleArrayOf(0.219, 0.539, 0.242), r.softmaxZ4, 5e-4)
    }

    @Test
    fun `the naive formula overflows where Softmax_of does not`() {
        val (naive, stable) = stability()
        assertTrue(naive.all { it.isNaN() })
        assertArrayEquals(doubleArrayOf(0.249, 0.664, 0.087), stable, 5e-4)
    }

    @Test
    fun `two-class softmax is the sigmoid bit for bit`() {
        val range = generateSequence(-750.0) { it + 0.125 }.takeWhile { it <= 750.0 }
        val tails = sequenceOf(-Double.MAX_VALUE, -745.2, -745.0, 1e-300, 745.0, Double.MAX_VALUE, Double.NEGATIVE_INFINITY)
        assertEquals(emptyList<Double>(), twoClassMismatches(range + tails))
        assertEquals(Sigmoid.of(3.0), Softmax.of(doubleArrayOf(3.0, 0.0))[0])
    }

    @Test
    fun `extension functions and batches read like Kotlin`() {
        val z = doubleArrayOf(0.25, 1.23, -0.8)
        assertArrayEquals(Softmax.of(z), z.softmax())
        assertArrayEquals(Softmax.of(z, 2.0), z.softmax(temperature = 2.0))
        assertEquals(1, z.argmax())
        val batch = arrayOf(z, doubleArrayOf(0.1, 0.9, 0.2), doubleArrayOf(3.0, 0.0, 0.0))
        assertEquals(listOf("panda", "panda", "seal"), predict(batch, CLASSES))
    }
}
