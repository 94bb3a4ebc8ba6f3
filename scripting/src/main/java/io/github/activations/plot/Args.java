/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Argument checks of the chart factories; each message names the argument and the index. */
final class Args {
    private Args() {
    }

    static double[] copy(double[] a, String name) {
        return Objects.requireNonNull(a, name).clone();
    }

    static long[] copy(long[] a, String name) {
        return Objects.requireNonNull(a, name).clone();
    }

    static void sameLength(int expected, String first, int actual, String name) {
        if (actual != expected) {
            throw new IllegalArgumentException(name + ".length " + actual + " != " + first + ".length " + expected);
        }
    }

    /**
     * Checks bins: at least one, edges finite in [0, 1], lower &lt; upper, in increasing order and not
     * overlapping by more than {@code 1e-9} (edges computed as {@code i / n} and {@code lower + 1 / n}
     * may differ by rounding).
     */
    static void bins(double[] lower, double[] upper) {
        if (lower.length == 0) {
            throw new IllegalArgumentException("no bins: lower and upper are empty");
        }
        sameLength(lower.length, "lower", upper.length, "upper");
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] >= 0 && upper[i] <= 1 && lower[i] < upper[i])) {
                throw new IllegalArgumentException("bin " + i + " is not 0 <= lower < upper <= 1: lower "
                        + lower[i] + ", upper " + upper[i]);
            }
            if (i > 0 && lower[i] < upper[i - 1] - 1e-9) {
                throw new IllegalArgumentException("bin " + i + " starts at " + lower[i]
                        + ", before bin " + (i - 1) + " ends (" + upper[i - 1] + "): bins must be in increasing order");
            }
        }
    }

    static void counts(long[] count, int bins) {
        sameLength(bins, "lower", count.length, "count");
        for (int i = 0; i < count.length; i++) {
            if (count[i] < 0) {
                throw new IllegalArgumentException("count[" + i + "] is negative: " + count[i]);
            }
        }
    }

    /** A fraction in [0, 1]; NaN only where the bin is empty. */
    static void fractions(double[] v, String name, long[] count) {
        sameLength(count.length, "lower", v.length, name);
        for (int i = 0; i < v.length; i++) {
            boolean ok = v[i] >= 0 && v[i] <= 1 || Double.isNaN(v[i]) && count[i] == 0;
            if (!ok) {
                throw new IllegalArgumentException(name + "[" + i + "] is not in [0, 1]" + (Double.isNaN(v[i])
                        ? " (NaN is allowed only in an empty bin; count[" + i + "] is " + count[i] + ")" : "")
                        + ": " + v[i]);
            }
        }
    }

    /** In [0, 1], or NaN. */
    static double fractionOrNaN(double v, String name) {
        if (!(v >= 0 && v <= 1) && !Double.isNaN(v)) {
            throw new IllegalArgumentException(name + " is not in [0, 1] (nor NaN): " + v);
        }
        return v;
    }

    static List<Series> series(List<Series> series, boolean logX) {
        List<Series> copy = List.copyOf(Objects.requireNonNull(series, "series"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no series");
        }
        Set<String> names = new HashSet<>();
        for (Series s : copy) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("series name '" + s.name() + "' appears twice");
            }
            if (logX) {
                for (int i = 0; i < s.size(); i++) {
                    double x = s.xAt(i);
                    if (!(x > 0) && !Double.isNaN(x)) {
                        throw new IllegalArgumentException("series '" + s.name() + "' has x[" + i + "] = " + x
                                + ", not > 0, on a log x axis");
                    }
                }
            }
        }
        return copy;
    }

    static String label(String label, String name) {
        return Objects.requireNonNull(label, name);
    }
}
