/**
 * A model's outputs as data: {@link io.github.activations.data.LogitMatrix} holds logits in one
 * row-major {@code float[]} or {@code double[]} (as inference engines hand them out), and
 * {@link io.github.activations.data.Dataset} pairs them with labels and class names.
 */
@org.jspecify.annotations.NullMarked
package io.github.activations.data;
