/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RecursiveAction;
import org.jspecify.annotations.Nullable;

/**
 * Runs the rows of a batch, in parallel when it pays (the way {@code Arrays.parallelSort}
 * does): each row is computed by the same sequential kernel, so the results are bit for bit
 * those of a sequential run, whatever the split.
 *
 * <p>Internal: not part of the public API.
 */
public final class Batches {
    /** System property: {@code false} runs every batch sequentially on the caller's thread. */
    public static final String PROPERTY = "activations.parallel";
    /** Smallest batch, in elements, sent to the common pool (mirrored in {@code VectorPath}). */
    public static final int THRESHOLD = 1 << 16;

    private static final boolean ENABLED =
            !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());

    private Batches() {
    }

    /** The work for one row. */
    @FunctionalInterface
    public interface RowTask {
        /** Computes row {@code r}. */
        void run(int r);
    }

    /** The work for a range of rows. */
    @FunctionalInterface
    public interface RangeTask {
        /** Computes rows {@code [from, to)}. */
        void run(int from, int to);
    }

    /**
     * Returns whether {@link #run(int, long, RowTask, Executor)} without an executor would split
     * this batch over the common pool. The row-major forms ask first and, when it would not, run
     * their row loop directly: no task object, no lambda, nothing allocated.
     *
     * <p>{@link Runtime#availableProcessors()} is asked last, only for batches above the
     * threshold: in a container it reads the cgroup limits, about 2.5 µs per call on JDK 25 and
     * 0.15–0.4 µs on JDK 17 (2-core container, 2026-12-05). Asked first, as until then, it was
     * most of the cost of a small batch (the {@code double[][]} forms asked three times: the NaN
     * scan, the shape check and the rows); the JMH figures are in {@code examples/jmh/README.md}
     * (issue 13).
     */
    public static boolean parallel(int rows, long elements) {
        return rows >= 2 && ENABLED && elements >= THRESHOLD && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /**
     * Runs {@code task} over rows 0 to {@code rows - 1} in ranges, split as
     * {@link #run(int, long, RowTask, Executor)} splits rows on the common pool (call it when
     * {@link #parallel} is true; it also works otherwise). When ranges fail, the exception of the
     * lowest failing range is thrown.
     */
    public static void runRanges(int rows, RangeTask task) {
        int processors = Runtime.getRuntime().availableProcessors();
        int blocks = Math.min(rows, 4 * Math.max(2, processors));
        Failure failure = new Failure();
        new Split(r -> task.run(r, r + 1), task, 0, rows, (rows + blocks - 1) / blocks, failure).invoke();
        failure.rethrow();
    }

    /** Returns the number of elements of a batch, as a long. */
    public static long elements(double[][] rows) {
        long n = 0;
        for (double[] row : rows) {
            n += row.length;
        }
        return n;
    }

    /** Returns the number of elements of a batch, as a long. */
    public static long elements(float[][] rows) {
        long n = 0;
        for (float[] row : rows) {
            n += row.length;
        }
        return n;
    }

    /**
     * Runs {@code task} for rows 0 to {@code rows - 1}. With {@code executor} null: on the
     * common pool when enabled, the batch holds at least {@link #THRESHOLD} elements, there are
     * two rows or more and two processors or more; else sequentially. The common-pool form
     * splits the rows in halves as {@link RecursiveAction}s that the calling thread helps run
     * (as parallel streams do), so a 2-core machine, whose common pool has one worker, still
     * uses both cores. With an executor: always split over it (the caller chose). When rows
     * fail, the exception of the lowest failing row is thrown, as a sequential run would throw it.
     */
    public static void run(int rows, long elements, RowTask task, @Nullable Executor executor) {
        if (rows < 2 || (executor == null && !parallel(rows, elements))) {
            sequential(rows, task);
            return;
        }
        int processors = Runtime.getRuntime().availableProcessors();
        int blocks = Math.min(rows, 4 * Math.max(2, processors));
        Failure failure = new Failure();
        if (executor == null) {
            new Split(task, null, 0, rows, (rows + blocks - 1) / blocks, failure).invoke();
        } else {
            CompletableFuture<?>[] futures = new CompletableFuture<?>[blocks];
            for (int b = 0; b < blocks; b++) {
                int from = (int) ((long) rows * b / blocks);
                int to = (int) ((long) rows * (b + 1) / blocks);
                futures[b] = CompletableFuture.runAsync(() -> rowsOf(task, from, to, failure), executor);
            }
            CompletableFuture.allOf(futures).join();
        }
        failure.rethrow();
    }

    /** Runs rows {@code [from, to)}, recording the first failure of the range. */
    private static void rowsOf(RowTask task, int from, int to, Failure failure) {
        for (int r = from; r < to; r++) {
            try {
                task.run(r);
            } catch (RuntimeException e) {
                failure.record(r, e);
                return;
            }
        }
    }

    /** The failure of the lowest row, across threads. */
    private static final class Failure {
        private int row = Integer.MAX_VALUE;
        private @Nullable RuntimeException error;

        synchronized void record(int r, RuntimeException e) {
            if (r < row) {
                row = r;
                error = e;
            }
        }

        synchronized void rethrow() {
            if (error != null) {
                throw error;
            }
        }
    }

    /**
     * Halves a range of rows until it is at most {@code grain} rows long; then runs it row by row
     * with {@code task}, or as one range with {@code ranges} when that is not null (the
     * row-major forms check every row first, so a range does not fail; if one did, the failure
     * is recorded at the range's first row).
     */
    private static final class Split extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient RowTask task;
        private final transient @Nullable RangeTask ranges;
        private final int from;
        private final int to;
        private final int grain;
        private final transient Failure failure;

        Split(RowTask task, @Nullable RangeTask ranges, int from, int to, int grain, Failure failure) {
            this.task = task;
            this.ranges = ranges;
            this.from = from;
            this.to = to;
            this.grain = grain;
            this.failure = failure;
        }

        @Override
        protected void compute() {
            if (to - from <= grain) {
                if (ranges == null) {
                    rowsOf(task, from, to, failure);
                    return;
                }
                try {
                    ranges.run(from, to);
                } catch (RuntimeException e) {
                    failure.record(from, e);
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Split(task, ranges, from, mid, grain, failure), new Split(task, ranges, mid, to, grain, failure));
        }
    }

    private static void sequential(int rows, RowTask task) {
        for (int r = 0; r < rows; r++) {
            task.run(r);
        }
    }
}
