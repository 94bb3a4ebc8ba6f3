/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A Groovy DSL for activation-function experiments, written in Java so that Groovy, Java and
 * Kotlin drive the same experiments.
 *
 * <p>{@link io.github.activations.scripting.Lab} is the top level of a script ({@code experiment},
 * the functions on lists, {@code random}, {@code normal}); each experiment's closure delegates to
 * an {@link io.github.activations.scripting.ExperimentSpec} ({@code logits}, {@code apply},
 * {@code show}, {@code plot}, {@code check}, {@code summarize}).
 * {@link io.github.activations.scripting.ScriptRunner} compiles and runs a script file.
 * Scripts are trusted code: nothing here is a sandbox.
 */
@org.jspecify.annotations.NullMarked
package io.github.activations.scripting;
