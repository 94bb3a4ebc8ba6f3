/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.VectorPath;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs a body over the rows of a data set in fixed-size chunks, in parallel on the common
 * {@link ForkJoinPool} for large inputs (the calling thread works too). Chunk boundaries depend
 * only on the shape, never on the number of threads, and every chunk writes its own result
 * slot, so callers that combine the slots in chunk order get results that do not depend on the
 * split. Each task creates one scratch object (its row buffers) and reuses it for all its rows.
 *
 * <p>A runtime exception thrown for a row stops that task; the exception of the lowest failing
 * chunk is rethrown, unchanged, to the caller, so the message names the first bad row whatever
 * the split.
 */
final class Chunks {
    /** Entries (rows × columns) per chunk, about 256 KB of double rows. */
    static final int ENTRIES = 1 << 15;

    /** Off with {@code -Dactivations.parallel=false}; tests in this package switch it to compare both paths. */
    static volatile boolean parallelEnabled = !"false".equals(System.getProperty("activations.parallel"));

    /** The work on one chunk of rows, {@code from} inclusive to {@code to} exclusive. */
    @FunctionalInterface
    interface Body<S> {
        void run(S scratch, int chunk, int from, int to);
    }

    private final int rows;
    private final int perChunk;
    private final int chunks;
    private final boolean parallel;

    /**
     * Splits {@code rows} rows of {@code columns} entries into chunks.
     *
     * @param rows at least 1
     * @param columns at least 1
     */
    Chunks(int rows, int columns) {
        this.rows = rows;
        this.perChunk = Math.max(1, ENTRIES / columns);
        this.chunks = (int) (((long) rows + perChunk - 1) / perChunk);
        this.parallel = parallelEnabled && rows > 1 && (long) rows * columns >= VectorPath.PARALLEL_THRESHOLD
                && Runtime.getRuntime().availableProcessors() > 1 && chunks > 1;
    }

    /** Returns the number of rows per chunk (the last chunk may hold fewer). */
    int rowsPerChunk() {
        return perChunk;
    }

    /** Returns the number of chunks, the length of the caller's result arrays. */
    int count() {
        return chunks;
    }

    /** Runs {@code body} on every chunk; see the class comment for threads and exceptions. */
    <S> void run(Supplier<S> scratch, Body<S> body) {
        Failure failure = new Failure();
        if (parallel) {
            int leaf = Math.max(1, chunks / (8 * (ForkJoinPool.getCommonPoolParallelism() + 1)));
            new Task<>(0, chunks, leaf, scratch, body, failure).invoke();
        } else {
            runRange(0, chunks, scratch, body, failure);
        }
        failure.rethrow();
    }

    private <S> void runRange(int fromChunk, int toChunk, Supplier<S> scratch, Body<S> body, Failure failure) {
        S s = scratch.get();
        for (int c = fromChunk; c < toChunk; c++) {
            int from = c * perChunk;
            int to = (int) Math.min((long) from + perChunk, rows);
            try {
                body.run(s, c, from, to);
            } catch (RuntimeException e) {
                failure.offer(c, e);
                return;
            }
        }
    }

    private static final class Failure {
        private int chunk = Integer.MAX_VALUE;
        private @Nullable RuntimeException error;

        synchronized void offer(int c, RuntimeException e) {
            if (c < chunk) {
                chunk = c;
                error = e;
            }
        }

        synchronized void rethrow() {
            RuntimeException e = error;
            if (e != null) {
                throw e;
            }
        }
    }

    private final class Task<S> extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;
        private final int leaf;
        private final transient Supplier<S> scratch;
        private final transient Body<S> body;
        private final transient Failure failure;

        Task(int from, int to, int leaf, Supplier<S> scratch, Body<S> body, Failure failure) {
            this.from = from;
            this.to = to;
            this.leaf = leaf;
            this.scratch = scratch;
            this.body = body;
            this.failure = failure;
        }

        @Override
        protected void compute() {
            if (to - from <= leaf) {
                runRange(from, to, scratch, body, failure);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Task<>(from, mid, leaf, scratch, body, failure),
                    new Task<>(mid, to, leaf, scratch, body, failure));
        }
    }
}
