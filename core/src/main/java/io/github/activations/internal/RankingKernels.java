/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

/**
 * The ranking kernels: argmax and top-k. They compare entries and compute nothing, so their
 * results are exact; ties go to the lower index.
 *
 * <p>Internal: not part of the public API.
 */
public final class RankingKernels {
    private RankingKernels() {
    }

    /**
     * Returns the index, counted from {@code from}, of the first maximal entry of z[from, to)
     * (non-empty), or -1 if it holds a NaN (found in the same pass).
     */
    public static int argmax(double[] z, int from, int to) {
        int best = from;
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            if (!(z[i] <= m)) {
                if (z[i] != z[i]) {
                    return -1;
                }
                m = z[i];
                best = i;
            }
        }
        return best - from;
    }

    /** Float form of {@link #argmax(double[], int, int)}. */
    public static int argmax(float[] z, int from, int to) {
        int best = from;
        float m = Float.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            if (!(z[i] <= m)) {
                if (z[i] != z[i]) {
                    return -1;
                }
                m = z[i];
                best = i;
            }
        }
        return best - from;
    }

    /** True if entry a ranks before entry b (indices from {@code base}): larger value, or equal value and lower index. */
    private static boolean before(double[] z, int base, int a, int b) {
        double za = z[base + a];
        double zb = z[base + b];
        return za > zb || (za == zb && a < b);
    }

    /** Returns the top-k indices of z (k in [0, z.length]) as a new array, by descending value, ties by index. */
    public static int[] topK(double[] z, int k) {
        int[] out = new int[k];
        topK(z, 0, z.length, k, out, 0);
        return out;
    }

    /**
     * Writes the top-k indices of z[base, base + n) (counted from base) into out[at, at + k):
     * a min-heap (by rank) of the best k seen so far is kept in out[at, at + k) itself, its root
     * the worst of them, then sorted in place (heapsort: the worst popped to the back).
     */
    public static void topK(double[] z, int base, int n, int k, int[] out, int at) {
        if (k == 0) {
            return;
        }
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (size < k) {
                out[at + size] = i;
                siftUp(z, base, out, at, size++);
            } else if (before(z, base, i, out[at])) {
                out[at] = i;
                siftDown(z, base, out, at, size);
            }
        }
        // pop worst-first into the back of the result
        for (int pos = k - 1; pos > 0; pos--) {
            int worst = out[at];
            out[at] = out[at + pos];
            out[at + pos] = worst;
            siftDown(z, base, out, at, pos);
        }
    }

    private static void siftUp(double[] z, int base, int[] heap, int at, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(z, base, heap[at + parent], heap[at + i])) {
                break;
            }
            int t = heap[at + parent];
            heap[at + parent] = heap[at + i];
            heap[at + i] = t;
            i = parent;
        }
    }

    private static void siftDown(double[] z, int base, int[] heap, int at, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int worst = l;
            int r = l + 1;
            if (r < size && before(z, base, heap[at + l], heap[at + r])) {
                worst = r;
            }
            if (!before(z, base, heap[at + i], heap[at + worst])) {
                return;
            }
            int t = heap[at + worst];
            heap[at + worst] = heap[at + i];
            heap[at + i] = t;
            i = worst;
        }
    }
}
