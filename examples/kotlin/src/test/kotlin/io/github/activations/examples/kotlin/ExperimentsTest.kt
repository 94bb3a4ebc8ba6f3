/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.kotlin

import io.github.activations.scripting.ActivationFunction.ARGMAX
import io.github.activations.scripting.ActivationFunction.DIVIDE_BY_SUM
import io.github.activations.scripting.ActivationFunction.SOFTMAX
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import kotlin.math.ln

/** The Groovy tutorial's experiments, driven from Kotlin, give the Groovy script's numbers (to 3 decimals). */
class ExperimentsTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `softmax, divide-by-sum and a temperature sweep, read through typed accessors`() {
        val lab = TutorialExperiments(dir)
        val softmax = lab.softmax()
        val divideBySum = lab.divideBySum()
        val sweep = lab.temperatureSweep()

        // tag::lab-results[]
        val p: DoubleArray = softmax.cell("z", SOFTMAX).vector()           // [0.249, 0.664, 0.087]
        val k: Int = softmax.cell("z", ARGMAX).index()                     // 1: "panda"
        val z2: String? = divideBySum.cell("z2", DIVIDE_BY_SUM).error()    // "sum of logits is 0 in z: ..."
        val byTemperature = sweep.cells(SOFTMAX).map { it.vector() }       // one row per temperature, in order
        val entropy = sweep.summaries().map { it.mean() }                  // grows with the temperature
        // end::lab-results[]

        assertArrayEquals(doubleArrayOf(0.249, 0.664, 0.087), p, 5e-4)
        assertEquals(1, k)
        assertEquals("panda", CLASSES[k])

        assertTrue(z2!!.startsWith("sum of logits is 0"), z2)
        assertNull(divideBySum.cell("z2", DIVIDE_BY_SUM).output())
        assertArrayEquals(doubleArrayOf(0.196, 0.685, 0.119), divideBySum.cell("z2", SOFTMAX).vector(), 5e-4)
        assertArrayEquals(doubleArrayOf(0.368, 1.809, -1.176), divideBySum.cell("z1", DIVIDE_BY_SUM).vector(), 5e-4)
        assertArrayEquals(doubleArrayOf(0.083, 0.75, 0.167), divideBySum.cell("z3", DIVIDE_BY_SUM).vector(), 5e-4)
        assertArrayEquals(doubleArrayOf(0.231, 0.514, 0.255), divideBySum.cell("z3", SOFTMAX).vector(), 5e-4)
        assertArrayEquals(doubleArrayOf(0.0, 0.9, 0.1), divideBySum.cell("z4", DIVIDE_BY_SUM).vector(), 5e-4)
        assertArrayEquals(doubleArrayOf(0.219, 0.539, 0.242), divideBySum.cell("z4", SOFTMAX).vector(), 5e-4)

        assertEquals(listOf(0.1, 0.5, 1.0, 2.0, 10.0), sweep.cells(SOFTMAX).map { it.params()["temperature"] })
        assertArrayEquals(doubleArrayOf(0.0, 1.0, 0.0), byTemperature[0], 5e-4)      // T = 0.1: nearly argmax
        assertArrayEquals(doubleArrayOf(0.122, 0.863, 0.015), byTemperature[1], 5e-4)
        assertArrayEquals(doubleArrayOf(0.249, 0.664, 0.087), byTemperature[2], 5e-4) // T = 1: plain softmax
        assertArrayEquals(doubleArrayOf(0.310, 0.506, 0.183), byTemperature[3], 5e-4)
        assertArrayEquals(doubleArrayOf(0.333, 0.367, 0.300), byTemperature[4], 5e-4) // T = 10: nearly uniform
        // One vector per temperature, so each mean is that vector's entropy: rising towards ln 3 (uniform).
        assertArrayEquals(doubleArrayOf(0.001, 0.446, 0.831, 1.019, 1.095), entropy.toDoubleArray(), 5e-4)
        assertEquals(entropy.sorted(), entropy)
        assertTrue(entropy.last() < ln(3.0))
        val png = dir.resolve("temperature.png")
        assertArrayEquals(byteArrayOf(0x89.toByte(), 'P'.code.toByte(), 'N'.code.toByte(), 'G'.code.toByte()),
            Files.readAllBytes(png).copyOf(4))
        assertEquals(listOf(png.toString(), dir.resolve("temperature.csv").toString()), sweep.files())   // and its numbers
    }

    @Test
    fun `a Kotlin lambda is the property of a check`() {
        val check = TutorialExperiments(dir).twoClasses().checks().single()
        assertEquals("softmax([z, 0])[0] == sigmoid(z)", check.name())
        assertTrue(check.passed(), check.toString())
        assertEquals(10_000L, check.tries())
        assertEquals(42L, check.seed())
        assertNull(check.counterexample())
    }
}
