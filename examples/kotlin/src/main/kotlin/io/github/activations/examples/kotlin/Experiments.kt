/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.kotlin

import io.github.activations.Sigmoid
import io.github.activations.Softmax
import io.github.activations.scripting.ActivationFunction.ARGMAX
import io.github.activations.scripting.ActivationFunction.DIVIDE_BY_SUM
import io.github.activations.scripting.ActivationFunction.SOFTMAX
import io.github.activations.scripting.ExperimentResult
import io.github.activations.scripting.Lab
import io.github.activations.scripting.Parameter
import io.github.activations.scripting.Progress
import io.github.activations.scripting.Statistic.ENTROPY
import java.nio.file.Path

/**
 * The Groovy tutorial script (`examples/scripts/tutorial.groovy`) and its temperature sweep, driven from Kotlin
 * lambdas through the scripting module's `Lab.experiment(name, Consumer<ExperimentSpec>)`: the same experiments,
 * with Kotlin's types instead of Groovy's named arguments.
 */
class TutorialExperiments(outDir: Path) {
    // tag::lab[]
    private val lab = Lab(outDir, Progress.NONE) { result -> println("ran '${result.name()}'") }
    // end::lab[]

    /** Softmax and argmax of the tutorial's logits. */
    fun softmax(): ExperimentResult =
        // tag::lab-softmax[]
        lab.experiment("softmax(z) for z = [0.25, 1.23, -0.8]") { e ->
            e.logits("z", 0.25, 1.23, -0.8)
            e.apply(SOFTMAX, ARGMAX)
        }
        // end::lab-softmax[]

    /** The four divide-by-sum cases next to softmax; z2 sums to 0, and its cell carries the error. */
    fun divideBySum(): ExperimentResult =
        // tag::lab-divide-by-sum[]
        lab.experiment("Divide-by-sum vs softmax") { e ->
            e.logits("z1", 0.25, 1.23, -0.8)
            e.logits("z2", -0.25, 1.0, -0.75)
            e.logits("z3", 0.1, 0.9, 0.2)
            e.logits("z4", 0.0, 0.9, 0.1)
            e.apply(DIVIDE_BY_SUM, SOFTMAX)
        }
        // end::lab-divide-by-sum[]

    /** softmax(z / T) for five temperatures, plotted, with the mean entropy per temperature. */
    fun temperatureSweep(): ExperimentResult =
        // tag::lab-temperature[]
        lab.experiment("Temperature sweep of z = [0.25, 1.23, -0.8]") { e ->
            e.logits("z", 0.25, 1.23, -0.8)
            e.apply(Parameter.temperature(0.1, 0.5, 1.0, 2.0, 10.0), SOFTMAX)   // one cell per temperature
            e.summarize(ENTROPY)
            e.plot("temperature.png")                                           // in the Lab's outDir
        }
        // end::lab-temperature[]

    /** softmax([z, 0])[0] == sigmoid(z), bit for bit, on seeded random z: a Kotlin lambda as the property. */
    fun twoClasses(): ExperimentResult =
        // tag::lab-check[]
        lab.experiment("N = 2: softmax is sigmoid") { e ->
            e.check("softmax([z, 0])[0] == sigmoid(z)", 10_000, 42) { z ->
                Softmax.of(doubleArrayOf(z, 0.0))[0].toRawBits() == Sigmoid.of(z).toRawBits()
            }
        }
        // end::lab-check[]
}
