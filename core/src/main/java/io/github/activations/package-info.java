/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Activations: turn logits into probabilities and decisions, correct to the last bits on
 * extreme input.
 *
 * <p>One final class per function, each with a static {@code of} that returns a new result:
 * {@link io.github.activations.Softmax}, {@link io.github.activations.LogSoftmax},
 * {@link io.github.activations.LogSumExp}, {@link io.github.activations.Softmin},
 * {@link io.github.activations.Sigmoid}, {@link io.github.activations.LogSigmoid},
 * {@link io.github.activations.Logit}, {@link io.github.activations.Argmax},
 * {@link io.github.activations.TopK}, {@link io.github.activations.OneHot},
 * {@link io.github.activations.DivideBySum}, {@link io.github.activations.CrossEntropy} and
 * {@link io.github.activations.Entropy}.
 * Methods that write into an array say so in their name ({@code into}, {@code inPlace});
 * no other method modifies its arguments.
 *
 * <p>Every vector function has {@code double[]} and {@code float[]} forms (float input is
 * computed in double and rounded once) and a row-wise form over {@code double[][]} /
 * {@code float[][]}, each row independent (jagged rows allowed; a batch of zero rows gives
 * zero results). The exceptions: {@code CrossEntropy}'s row-wise forms take {@code double[][]}
 * and labels only, {@code Entropy}'s take {@code double[][]} only, and masked softmax has no row-wise form. Each class documents its special cases in a table and its accuracy in
 * ulps (units in the last place), measured against 40-digit references in the tests.
 *
 * <p>Bad input is rejected before anything is written: {@code null} gives a
 * {@link java.lang.NullPointerException} naming the parameter; an empty vector, a NaN entry
 * (with its index, and its row in a batch) or a length mismatch gives an
 * {@link java.lang.IllegalArgumentException}. Scalar functions follow {@link java.lang.Math}:
 * NaN in, NaN out.
 *
 * <p>The exponential and logarithm used inside are the library's own double-double kernels
 * (relative error below 2^-61 or 2^-68 where the result is rounded once or nothing cancels,
 * about 2^-100 where a later step could cancel; built from {@code +}, {@code *} and {@link java.lang.Math#fma}; {@code Math.exp}
 * is never called),
 * so results are reproducible across platforms wherever {@code Math.fma} is exact (it is
 * required to be) and {@link java.lang.Math#log} / {@link java.lang.Math#log1p} seeds agree.
 */
@NullMarked
package io.github.activations;

import org.jspecify.annotations.NullMarked;
