package io.github.activations.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
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
     * two rows or more and the pool has two threads or more; else sequentially. With an
     * executor: always split over it (the caller chose). When rows fail, the exception of the
     * lowest failing row is thrown, as a sequential run would throw it.
     */
    public static void run(int rows, long elements, RowTask task, @Nullable Executor executor) {
        Executor ex = executor;
        if (ex == null) {
            if (!ENABLED || rows < 2 || elements < THRESHOLD || ForkJoinPool.getCommonPoolParallelism() < 2) {
                sequential(rows, task);
                return;
            }
            ex = ForkJoinPool.commonPool();
        } else if (rows < 2) {
            sequential(rows, task);
            return;
        }
        int parallelism = Math.max(2, Runtime.getRuntime().availableProcessors());
        int blocks = Math.min(rows, 4 * parallelism);
        RuntimeException[] failure = new RuntimeException[blocks];
        int[] failedRow = new int[blocks];
        CompletableFuture<?>[] futures = new CompletableFuture<?>[blocks];
        for (int b = 0; b < blocks; b++) {
            int from = (int) ((long) rows * b / blocks);
            int to = (int) ((long) rows * (b + 1) / blocks);
            int block = b;
            futures[b] = CompletableFuture.runAsync(() -> {
                for (int r = from; r < to; r++) {
                    try {
                        task.run(r);
                    } catch (RuntimeException e) {
                        failure[block] = e;
                        failedRow[block] = r;
                        return;
                    }
                }
            }, ex);
        }
        CompletableFuture.allOf(futures).join();
        RuntimeException first = null;
        int firstRow = Integer.MAX_VALUE;
        for (int b = 0; b < blocks; b++) {
            if (failure[b] != null && failedRow[b] < firstRow) {
                first = failure[b];
                firstRow = failedRow[b];
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void sequential(int rows, RowTask task) {
        for (int r = 0; r < rows; r++) {
            task.run(r);
        }
    }
}
