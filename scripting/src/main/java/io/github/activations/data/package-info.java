/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A model's outputs as data: {@link io.github.activations.data.LogitMatrix} holds logits in one
 * row-major {@code float[]} or {@code double[]} (as inference engines hand them out), and
 * {@link io.github.activations.data.Dataset} pairs them with labels and class names.
 */
@org.jspecify.annotations.NullMarked
package io.github.activations.data;
