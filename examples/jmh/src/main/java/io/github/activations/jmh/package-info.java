/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JMH benchmarks of {@code io.github.activations}. Build with {@code ./mvnw -B package -DskipTests}, then run
 * {@code java -jar examples/jmh/target/benchmarks.jar}.
 */
package io.github.activations.jmh;
