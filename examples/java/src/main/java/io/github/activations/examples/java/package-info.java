/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The seed tutorial ("Softmax Activation Function: Everything You Need to Know") step by step in Java.
 *
 * <p>Each class is one step of the learners' guide ({@code examples/README.md}); the code between
 * {@code // tag::name[]} and {@code // end::name[]} is quoted verbatim in the guide, and a test checks both the
 * numbers and that the guide still quotes the code. Run them all with {@link
 * io.github.activations.examples.java.Tutorial#main(String[])}.
 */
@NullMarked
package io.github.activations.examples.java;

import org.jspecify.annotations.NullMarked;
