/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.data;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Growable primitive arrays for the text formats, whose row count is known only at the end (or
 * estimated beforehand: then {@link Doubles#toArray} hands back the array itself when the estimate
 * was exact). Each growth is checked against the heap first.
 */
final class Store {
    private Store() {
    }

    private static long grown(long capacity, long needed) {
        return Math.min(Memory.MAX_ARRAY, Math.max(needed, capacity + (capacity >> 1) + 16));
    }

    /** Doubles, appended one by one. */
    static final class Doubles {
        private final LongSupplier memory;
        private final String file;
        private final String what;
        private double[] data;
        private int size;

        Doubles(LongSupplier memory, String file, String what, long capacity) {
            this.memory = memory;
            this.file = file;
            this.what = what;
            this.data = Memory.doubles(memory, file, what, Math.max(capacity, 16));
        }

        void add(double v) {
            if (size == data.length) {
                grow();
            }
            data[size++] = v;
        }

        private void grow() {
            long capacity = grown(data.length, (long) size + 1);
            if (capacity <= size) {
                Memory.requireEntries(file, what, (long) size + 1);
            }
            double[] more = Memory.doubles(memory, file, what + " (growing)", capacity);
            System.arraycopy(data, 0, more, 0, size);
            data = more;
        }

        int size() {
            return size;
        }

        /** Returns the values: the array itself if it is full, else a copy of its first entries. */
        double[] toArray() {
            if (size == data.length) {
                return data;
            }
            Memory.require(memory, file, what, (long) size * Double.BYTES);
            return Arrays.copyOf(data, size);
        }
    }

    /** Ints, appended one by one. */
    static final class Ints {
        private final LongSupplier memory;
        private final String file;
        private final String what;
        private int[] data;
        private int size;

        Ints(LongSupplier memory, String file, String what, long capacity) {
            this.memory = memory;
            this.file = file;
            this.what = what;
            this.data = Memory.ints(memory, file, what, Math.max(capacity, 16));
        }

        void add(int v) {
            if (size == data.length) {
                long capacity = grown(data.length, (long) size + 1);
                if (capacity <= size) {
                    Memory.requireEntries(file, what, (long) size + 1);
                }
                int[] more = Memory.ints(memory, file, what + " (growing)", capacity);
                System.arraycopy(data, 0, more, 0, size);
                data = more;
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return size == data.length ? data : Arrays.copyOf(data, size);
        }
    }
}
