/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * The per-thread state of the kernels: one double-double register and one buffer of doubles,
 * which together stay below {@link #MAX_THREAD_BUFFER_BYTES} whatever the inputs a thread has
 * seen, so that memory does not grow with the number of threads. Each is a {@link PerThread}:
 * the common pool's workers keep theirs from task to task (a thread-local there was made again
 * for every task).
 *
 * <p>Internal: not part of the public API.
 */
public final class ThreadBuffers {
    private ThreadBuffers() {
    }

    /**
     * One double-double register per thread for the kernels over arrays (softmax, log-softmax,
     * logsumexp, cross-entropy), so that they allocate nothing per call (escape
     * analysis does not always remove a {@code new Dd()} that is passed to the exponential).
     * None of them calls another while it holds the register (the kernel files call each
     * other, but never while holding it).
     */
    private static final PerThread<Dd> REGISTER = PerThread.withInitial(Dd::new);

    /** Returns this thread's double-double register. */
    static Dd register() {
        return REGISTER.get();
    }

    /**
     * Up to this length the float softmax keeps exp(z_i − m) in a per-thread buffer of doubles
     * (47 KiB at most), so each exponential is computed once; longer vectors compute it twice,
     * a block at a time. With the SIMD path's block buffers (about 13 KiB, and 3.1 KiB for the
     * small-row kernel) a thread keeps at most {@link #MAX_THREAD_BUFFER_BYTES}; 6,016 rather
     * than 6,144 so that they fit beside it. The buffer was 2^17 doubles (1 MiB) until issue 13:
     * every thread that had run one float softmax of 10^5 entries kept 1 MiB (1,000 parked
     * virtual threads, 1 GB); the results are the same bits either way (the same terms, summed
     * in the same order).
     */
    public static final int FLOAT_BUFFER = 6016;

    /** The most all of a thread's buffers may hold together, in bytes ({@link VectorSupport#threadBufferBytes}). */
    public static final int MAX_THREAD_BUFFER_BYTES = 64 * 1024;

    private static final PerThread<double[][]> FLOAT_SCRATCH = PerThread.withInitial(() -> new double[1][0]);

    /** Returns the bytes held by this thread's float buffer ({@link #floatScratch}). */
    public static long floatScratchBytes() {
        return 8L * FLOAT_SCRATCH.get()[0].length;
    }

    /**
     * Returns this thread's buffer of at least {@code n} doubles (grown by doubling, up to
     * {@link #FLOAT_BUFFER}), or null when {@code n} is larger.
     */
    public static double[] floatScratch(int n) {
        if (n > FLOAT_BUFFER) {
            return null;
        }
        double[][] holder = FLOAT_SCRATCH.get();
        if (holder[0].length < n) {
            holder[0] = new double[Math.min(FLOAT_BUFFER, Math.max(n, 2 * holder[0].length))];
        }
        return holder[0];
    }
}
