/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.LogSoftmax;
import io.github.activations.LogSumExp;
import io.github.activations.Sigmoid;
import io.github.activations.Softmax;
import io.github.activations.TopK;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * No thread keeps more than 64 KiB of buffers, whatever it computed: the per-thread buffers,
 * all of them together, are measured by their capacity ({@link VectorSupport#threadBufferBytes}), on the active path
 * and on the scalar one, after the calls that use them most (float softmax of 10^5 and 10^6
 * entries, and of lengths around the buffer size; float rows widened for log-softmax,
 * log-sum-exp and top-k; float sigmoid). Before issue 13 a float softmax of 10^5 entries left
 * 800 KB in its thread.
 */
class ThreadBufferTest {
    private static float[] logits(int n, long seed) {
        Random rnd = new Random(seed);
        float[] z = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) (rnd.nextGaussian() * 5);
        }
        return z;
    }

    /** Runs the calls that use the buffers most, on the calling thread. */
    private static void heavyCalls(VectorSupport scalar) {
        for (int n : new int[] {100, ThreadBuffers.FLOAT_BUFFER - 1, ThreadBuffers.FLOAT_BUFFER, ThreadBuffers.FLOAT_BUFFER + 1,
            100_000, 1_000_000}) {
            float[] z = logits(n, n);
            Softmax.into(z, new float[n]);
            scalar.softmax(z, new float[n], "z");
            Sigmoid.into(z, new float[n]);
            LogSoftmax.into(z, new float[n]);
        }
        float[] flat = logits(200_000, 7);
        Softmax.intoRows(flat, 20_000, new float[flat.length]);
        Softmax.intoRows(flat, 10, new float[flat.length]);
        LogSoftmax.intoRows(flat, 8_000, new float[flat.length]);
        LogSoftmax.intoRows(flat, 10_000, new float[flat.length]);
        LogSumExp.intoRows(flat, 100_000, new float[2]);
        TopK.intoRows(flat, 50_000, 3, new int[12]);
    }

    @Test
    void noThreadKeepsMoreThan64KiB() throws InterruptedException {
        VectorSupport active = VectorSupportProvider.get();
        VectorSupport scalar = VectorSupportProvider.scalar();
        AtomicLong most = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] threads = new Thread[3];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                try {
                    heavyCalls(scalar);
                    most.accumulateAndGet(Math.max(active.threadBufferBytes(), scalar.threadBufferBytes()), Math::max);
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        heavyCalls(scalar);
        long here = Math.max(active.threadBufferBytes(), scalar.threadBufferBytes());
        assertTrue(here > 0, "the buffers were used: " + here);
        assertTrue(here <= ThreadBuffers.MAX_THREAD_BUFFER_BYTES, active.describe() + ": this thread keeps " + here + " bytes");
        assertTrue(most.get() <= ThreadBuffers.MAX_THREAD_BUFFER_BYTES, active.describe() + ": a thread keeps " + most.get() + " bytes");
    }
}
