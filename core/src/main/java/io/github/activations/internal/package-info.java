/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Internal kernels, checks and double-double arithmetic. Not part of the public API: these
 * types may change in any release.
 *
 * <p>How the public classes reach them, from the top down:
 * <ul>
 *   <li>the argument checks and the batching stay with the public classes: {@link Checks},
 *       {@link RowMajor} (row-major slices), {@link Batches} (rows in parallel),
 *       {@link Floats} (widening and narrowing);</li>
 *   <li>the kernels are reached through one door, {@link Dispatch}, which picks the
 *       {@link VectorSupport} chosen by {@link VectorSupportProvider} (SIMD, or
 *       {@link ScalarVectorSupport}) for the loops that have a SIMD form, and a scalar kernel
 *       file for the rest; a long single vector goes through {@link VectorSplit}, which runs
 *       that {@code VectorSupport}'s chunk methods on one thread or over the common pool;</li>
 *   <li>the scalar kernels, one file per family: {@link SoftmaxKernels} (with the backward
 *       pass), {@link LogSumExpKernels} (log-sum-exp and log-softmax), {@link EntropyKernels}
 *       (cross-entropy and entropy), {@link SigmoidKernels} (sigmoid, log-sigmoid, logit),
 *       {@link RankingKernels} (argmax, top-k), {@link DivideBySumKernels};</li>
 *   <li>what they share: {@link ExpLog} and {@link BigMath} (exponential and logarithm),
 *       {@link Dd} (double-double), {@link Quotients} ((a − b) / t), {@link ThreadBuffers}
 *       (the per-thread register and buffer), and {@link Failures}, which builds the exceptions
 *       of undefined inputs for the checks and the kernels alike.</li>
 * </ul>
 * The SIMD implementation, {@code PanamaVectorSupport}, lives in a source set of its own
 * (compiled with {@code jdk.incubator.vector}); it calls the scalar kernel files for its
 * special cases and nothing outside it imports the incubator module. References run downwards
 * only: the kernels never call the checks or the provider.
 */
@NullMarked
package io.github.activations.internal;

import org.jspecify.annotations.NullMarked;
