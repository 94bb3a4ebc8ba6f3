/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link PerThread}: one value per thread, made once, on ordinary threads and on the common
 * pool's workers, whose thread-locals the pool erases between tasks (the buffers of the
 * kernels were made again for every split call before).
 */
class PerThreadTest {
    @Test
    void aThreadGetsItsOwnValueOnceAndOthersTheirs() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        PerThread<Object> value = counting(made);
        Object mine = value.get();
        assertSame(mine, value.get());
        Object[] theirs = new Object[1];
        Thread other = new Thread(() -> theirs[0] = value.get());
        other.start();
        other.join();
        assertNotSame(mine, theirs[0]);
        assertEquals(2, made.get());
    }

    /**
     * Many top-level tasks on the common pool: each worker gets one value for its pool index
     * and gets the same one in every later task, so at most one value is made per worker index
     * seen (a thread-local, erased by the pool after a task, was made again per task).
     */
    @Test
    void aCommonPoolWorkerKeepsItsValueFromTaskToTask() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        PerThread<Object> value = counting(made);
        Map<Integer, Object> byIndex = new HashMap<>();
        int onWorkers = 0;
        for (int task = 0; task < 200; task++) {
            Object[] seen = new Object[2];
            CountDownLatch done = new CountDownLatch(1);
            // execute and a latch, not submit and join: a join may take the task back and run
            // it on this thread (JDK 17 does)
            ForkJoinPool.commonPool().execute(() -> {
                Thread t = Thread.currentThread();
                if (t instanceof ForkJoinWorkerThread) {
                    seen[0] = ((ForkJoinWorkerThread) t).getPoolIndex();
                    seen[1] = value.get();
                }
                done.countDown();
            });
            done.await();
            if (seen[0] == null) {
                continue; // a pool without workers runs tasks on threads of their own: nothing to check
            }
            onWorkers++;
            Object before = byIndex.putIfAbsent((Integer) seen[0], seen[1]);
            if (before != null) {
                assertSame(before, seen[1], "worker " + seen[0] + " got a new value in task " + task);
            }
        }
        // every task ran on a worker unless the pool has none (parallelism 0: not on these machines)
        if (ForkJoinPool.getCommonPoolParallelism() > 0) {
            assertEquals(200, onWorkers);
        }
        assertEquals(byIndex.size(), made.get());
        assertTrue(made.get() <= PerThread.SLOTS);
    }

    /** A per-thread value whose initial supplier counts the values it makes. */
    private static PerThread<Object> counting(AtomicInteger made) {
        return PerThread.withInitial(() -> {
            made.incrementAndGet();
            return new Object();
        });
    }
}
