/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Activations: softmax, sigmoid, argmax and their family (see the package
 * {@link io.github.activations}). Only that package is exported;
 * {@code io.github.activations.internal} stays inside the module.
 *
 * <p>The JSpecify annotations are needed at compile time only ({@code requires static}), and
 * {@code java.management} is optional: where the JVM has it, the SIMD path reads the JVM's
 * {@code -XX:PerMethodTrapLimit} through it to choose its exponential's table lookup. The
 * SIMD path needs no {@code requires}: when the JVM is started with
 * {@code --add-modules jdk.incubator.vector}, the module reads it at run time (see
 * {@link io.github.activations.VectorPath}), so the JDK's incubator warning is printed only then.
 */
module io.github.activations {
    requires static org.jspecify;
    // optional: JitOptions reads the JVM's arguments through it when the JVM has it
    requires static java.management;

    exports io.github.activations;
}
