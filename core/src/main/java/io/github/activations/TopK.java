/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import io.github.activations.internal.Checks;
import io.github.activations.internal.Floats;

/**
 * Top-k: the indices of the k largest entries, by descending value, ties by ascending index
 * (a stable order, so {@code TopK.of(z, 1)[0] == Argmax.of(z)}).
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code null} / length 0</td><td>{@code NullPointerException} / {@code IllegalArgumentException}</td></tr>
 *   <tr><td>any entry NaN</td><td>{@code IllegalArgumentException} naming the index (and row)</td></tr>
 *   <tr><td>k &lt; 0 or k &gt; length</td><td>{@code IllegalArgumentException} with k and the length</td></tr>
 *   <tr><td>k = 0</td><td>an empty array</td></tr>
 *   <tr><td>k = length</td><td>every index, sorted by descending value</td></tr>
 *   <tr><td>equal values (−0.0 and +0.0 included)</td><td>lower index first</td></tr>
 *   <tr><td>±∞ entries</td><td>ordered as values: +∞ first, −∞ last</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Algorithm.</b> A bounded binary heap of the k best indices: O(n log k) time, O(k) memory.
 */
public final class TopK {
    private TopK() {
    }

    /**
     * Returns the indices of the {@code k} largest entries, by descending value, ties by index.
     *
     * @param z the scores
     * @param k how many indices, 0 to {@code z.length}
     * @return {@code k} indices
     */
    public static int[] of(double[] z, int k) {
        Checks.vector(z, "z");
        checkK(k, z.length, "z");
        return select(z, k);
    }

    /**
     * Returns the indices of the {@code k} largest float entries, by descending value, ties by index.
     *
     * @param z the scores
     * @param k how many indices, 0 to {@code z.length}
     * @return {@code k} indices
     */
    public static int[] of(float[] z, int k) {
        Checks.vector(z, "z");
        checkK(k, z.length, "z");
        return select(Floats.widen(z), k);
    }

    /**
     * Returns the top-k indices of each row.
     *
     * @param rows the scores, one vector per row
     * @param k how many indices per row, at most the shortest row's length
     * @return {@code k} indices per row
     */
    public static int[][] of(double[][] rows, int k) {
        Checks.rows(rows, "rows");
        for (int r = 0; r < rows.length; r++) {
            checkK(k, rows[r].length, "rows[" + r + "]");
        }
        int[][] out = new int[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = select(rows[r], k);
        }
        return out;
    }

    /**
     * Returns the top-k indices of each float row.
     *
     * @param rows the scores, one vector per row
     * @param k how many indices per row, at most the shortest row's length
     * @return {@code k} indices per row
     */
    public static int[][] of(float[][] rows, int k) {
        Checks.rows(rows, "rows");
        for (int r = 0; r < rows.length; r++) {
            checkK(k, rows[r].length, "rows[" + r + "]");
        }
        int[][] out = new int[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = of(rows[r], k);
        }
        return out;
    }

    private static void checkK(int k, int n, String name) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("k = " + k + " is not in [0, " + name + ".length = " + n + "]");
        }
    }

    /** True if entry a ranks before entry b: larger value, or equal value and lower index. */
    private static boolean before(double[] z, int a, int b) {
        return z[a] > z[b] || (z[a] == z[b] && a < b);
    }

    private static int[] select(double[] z, int k) {
        if (k == 0) {
            return new int[0];
        }
        // min-heap (by rank) of the best k seen so far: the root is the worst of them
        int[] heap = new int[k];
        int size = 0;
        for (int i = 0; i < z.length; i++) {
            if (size < k) {
                heap[size] = i;
                siftUp(z, heap, size++);
            } else if (before(z, i, heap[0])) {
                heap[0] = i;
                siftDown(z, heap, size);
            }
        }
        // pop worst-first into the back of the result
        int[] out = new int[k];
        for (int pos = k - 1; pos >= 0; pos--) {
            out[pos] = heap[0];
            heap[0] = heap[--size];
            siftDown(z, heap, size);
        }
        return out;
    }

    private static void siftUp(double[] z, int[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(z, heap[parent], heap[i])) {
                break;
            }
            int t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
    }

    private static void siftDown(double[] z, int[] heap, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int worst = l;
            int r = l + 1;
            if (r < size && before(z, heap[l], heap[r])) {
                worst = r;
            }
            if (!before(z, heap[i], heap[worst])) {
                return;
            }
            int t = heap[worst];
            heap[worst] = heap[i];
            heap[i] = t;
            i = worst;
        }
    }
}
