/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * One value per thread, as {@link ThreadLocal#withInitial} gives, kept across tasks on the
 * workers of the common {@link ForkJoinPool} too.
 *
 * <p>The common pool erases its workers' thread-locals after the tasks they run, so the
 * kernels' buffers, held in thread-locals, were made again on every split call: a softmax of
 * 10^5 doubles split over the common pool allocated about 50 KB per call, nearly all of it the
 * worker's buffers (JFR allocation samples, JDK 17, 2026-12-06). On a common-pool worker the
 * value lives here in a slot of its pool index instead, which {@link
 * ForkJoinWorkerThread#getPoolIndex()} keeps unique among the pool's live workers and fixed for
 * each one's lifetime: a slot is used by one thread at a time (a worker that ends leaves its
 * slot to the worker that takes its index next). The slots hold at most one value per index
 * the pool has used, so memory grows with the pool's size, never with the number of threads
 * that ever ran. Workers of other pools and every other thread, virtual ones included, use the
 * thread-local.
 *
 * <p>Internal: not part of the public API.
 *
 * @param <T> the type of the value
 */
final class PerThread<T> {
    /** Pool indices with a slot; a worker of a larger index (a pool of hundreds of threads) uses the thread-local. */
    static final int SLOTS = 256;

    private final Supplier<T> initial;
    private final ThreadLocal<T> local;
    private final AtomicReferenceArray<T> workers = new AtomicReferenceArray<>(SLOTS);

    private PerThread(Supplier<T> initial) {
        this.initial = initial;
        this.local = ThreadLocal.withInitial(initial);
    }

    /** Returns a per-thread value made by {@code initial} on a thread's first use. */
    static <T> PerThread<T> withInitial(Supplier<T> initial) {
        return new PerThread<>(initial);
    }

    /** Returns this thread's value. */
    T get() {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread) {
            ForkJoinWorkerThread w = (ForkJoinWorkerThread) t;
            int i = w.getPoolIndex();
            if (i >= 0 && i < SLOTS && w.getPool() == ForkJoinPool.commonPool()) {
                T v = workers.get(i);
                if (v == null) {
                    v = initial.get();
                    workers.set(i, v);
                }
                return v;
            }
        }
        return local.get();
    }
}
