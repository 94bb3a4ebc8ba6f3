/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Number and value formatting for tables and CSV, always in {@code Locale.ROOT}. */
final class Fmt {
    private static final MathContext SIX = new MathContext(6);

    private Fmt() {
    }

    /** {@code digits} decimals ({@code show digits: 3}), or six significant digits when digits is -1. */
    static String number(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        double a = Math.abs(x);
        if (digits >= 0) {
            return a < 1e15 ? String.format(Locale.ROOT, "%." + digits + "f", x)
                    : String.format(Locale.ROOT, "%." + digits + "e", x);
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0" : "0";
        }
        BigDecimal b = new BigDecimal(x).round(SIX).stripTrailingZeros();
        if (a >= 1e-4 && a < 1e15) {
            return b.toPlainString();
        }
        // scientific for every small or huge number: 5.54485e-5, not BigDecimal's 0.0000554485
        String unscaled = b.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - b.scale();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return (x < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
    }

    static String input(double[] z) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double x : z) {
            j.add(Values.plain(x));
        }
        return j.toString();
    }

    /** An output value: {@code double[]}, {@code int[]}, a number. */
    static String value(Object v, int digits) {
        if (v instanceof double[]) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            for (double x : (double[]) v) {
                j.add(number(x, digits));
            }
            return j.toString();
        }
        if (v instanceof int[]) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            for (int x : (int[]) v) {
                j.add(Integer.toString(x));
            }
            return j.toString();
        }
        if (v instanceof boolean[]) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            for (boolean x : (boolean[]) v) {
                j.add(Boolean.toString(x));
            }
            return j.toString();
        }
        if (v instanceof Double || v instanceof Float) {
            return number(((Number) v).doubleValue(), digits);
        }
        if (v instanceof List) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            for (Object o : (List<?>) v) {
                j.add(o == null ? "null" : value(o, digits));
            }
            return j.toString();
        }
        return String.valueOf(v);
    }

    /** Vectors longer than this print in tables as their first entries and a count of the rest. */
    static final int SHOWN_ENTRIES = 8;

    /**
     * A value for a table: as {@link #value(Object, int)}, but a vector of more than
     * {@value #SHOWN_ENTRIES} entries as {@code [0.249, 0.664, 0.087, … 997 more]} (CSV and JSON keep all).
     */
    static String brief(Object v, int digits) {
        int n = v instanceof double[] ? ((double[]) v).length : v instanceof int[] ? ((int[]) v).length
                : v instanceof boolean[] ? ((boolean[]) v).length : 0;
        if (n <= SHOWN_ENTRIES) {
            return value(v, digits);
        }
        StringJoiner j = new StringJoiner(", ", "[", ", … " + (n - 3) + " more]");
        for (int i = 0; i < 3; i++) {
            j.add(v instanceof double[] ? number(((double[]) v)[i], digits)
                    : v instanceof int[] ? Integer.toString(((int[]) v)[i]) : Boolean.toString(((boolean[]) v)[i]));
        }
        return j.toString();
    }

    /** Parameters as {@code temperature=0.5, k=2}, numbers at full precision; empty for none. */
    static String params(Map<String, Object> params) {
        StringJoiner j = new StringJoiner(", ");
        params.forEach((k, v) -> j.add(k + "=" + full(v)));
        return j.toString();
    }

    /**
     * A value at full precision, for CSV: numbers as {@link Values#plain(double)} (the shortest decimal that
     * reads back as the same double), vectors and lists as {@code [a, b, …]}.
     */
    static String full(@Nullable Object v) {
        if (v instanceof Double || v instanceof Float) {
            return Values.plain(((Number) v).doubleValue());
        }
        if (v instanceof double[]) {
            return input((double[]) v);
        }
        if (v instanceof List) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            for (Object o : (List<?>) v) {
                j.add(full(o));
            }
            return j.toString();
        }
        return v == null ? "null" : value(v, -1);
    }
}
