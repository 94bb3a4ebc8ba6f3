/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A model's outputs as data: {@link io.github.activations.data.LogitMatrix} holds logits in one
 * row-major {@code float[]} or {@code double[]} (as inference engines hand them out),
 * {@link io.github.activations.data.Dataset} pairs them with labels and class names, and
 * {@link io.github.activations.data.DatasetReader} reads both from NumPy {@code .npy}/{@code .npz},
 * CSV/TSV and JSON files or standard input, failing with a
 * {@link io.github.activations.data.DataException} that names the file, line and column.
 */
@org.jspecify.annotations.NullMarked
package io.github.activations.data;
