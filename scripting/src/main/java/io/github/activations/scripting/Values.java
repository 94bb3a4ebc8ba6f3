/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Conversions between Groovy values (lists of numbers) and arrays, with DSL error messages. */
final class Values {
    private Values() {
    }

    /** Returns {@code value} (a list of numbers or a {@code double[]}) as a new {@code double[]}. */
    static double[] toDoubles(Object value, String what) {
        if (value instanceof double[]) {
            return ((double[]) value).clone();
        }
        if (value instanceof float[]) {
            float[] f = (float[]) value;
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        if (value instanceof int[]) {
            int[] f = (int[]) value;
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            double[] d = new double[list.size()];
            for (int i = 0; i < d.length; i++) {
                Object e = list.get(i);
                if (!(e instanceof Number)) {
                    throw new DslException(what + "[" + i + "] is not a number: " + describe(e));
                }
                d[i] = ((Number) e).doubleValue();
            }
            return d;
        }
        if (value instanceof Number) {
            String n = plainNumber((Number) value);
            throw new DslException(what + " must be a list of numbers, e.g. [" + n + "], not the single number " + n);
        }
        throw new DslException(what + " must be a list of numbers, not " + describe(value));
    }

    /** Returns {@code value}, which must be {@code true} or {@code false}. */
    static boolean toBoolean(Object value, String what) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        throw new DslException(what + " must be true or false, not " + describe(value));
    }

    /** Returns {@code value} (a list of booleans or a {@code boolean[]}) as a new {@code boolean[]}. */
    static boolean[] toBooleans(Object value, String what) {
        if (value instanceof boolean[]) {
            return ((boolean[]) value).clone();
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            boolean[] b = new boolean[list.size()];
            for (int i = 0; i < b.length; i++) {
                Object e = list.get(i);
                if (!(e instanceof Boolean)) {
                    throw new DslException(what + "[" + i + "] is not true or false: " + describe(e));
                }
                b[i] = (Boolean) e;
            }
            return b;
        }
        throw new DslException(what + " must be a list of true/false, not " + describe(value));
    }

    /** True if {@code value} is a list whose first element is itself a list (rows of logits). */
    static boolean isRows(Object value) {
        if (value instanceof double[][]) {
            return true;
        }
        return value instanceof List && !((List<?>) value).isEmpty()
                && (((List<?>) value).get(0) instanceof List || ((List<?>) value).get(0) instanceof double[]);
    }

    static double toDouble(Object value, String what) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        throw new DslException(what + " must be a number, not " + describe(value));
    }

    static int toInt(Object value, String what) {
        if (value instanceof Number) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        throw new DslException(what + " must be a whole number, not " + describe(value));
    }

    static long toLong(Object value, String what) {
        if (value instanceof Number) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d)) {
                return ((Number) value).longValue();
            }
        }
        throw new DslException(what + " must be a whole number, not " + describe(value));
    }

    static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return Collections.unmodifiableList(list);
    }

    static List<Integer> toList(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add(v);
        }
        return Collections.unmodifiableList(list);
    }

    /** A short description of a value for error messages: its Groovy-ish type and text. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence) {
            return "'" + value + "' (a string)";
        }
        if (value instanceof Number) {
            return plainNumber((Number) value) + " (a number)";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof java.util.Map) {
            return "named values " + value;
        }
        if (value instanceof groovy.lang.Closure) {
            return "a closure { … }";
        }
        return value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static String plainNumber(Number n) {
        if (n instanceof BigDecimal) {
            return ((BigDecimal) n).toPlainString();
        }
        if (n instanceof Double || n instanceof Float) {
            return plain(n.doubleValue());
        }
        return n.toString();
    }

    /**
     * Formats an input number the way a person typed it: {@code 1}, {@code -0.25}, {@code 1.0E-300};
     * independent of the default locale.
     */
    static String plain(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0" : "0";
        }
        double a = Math.abs(x);
        if (a >= 1e-6 && a < 1e15) {
            return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
        }
        return scientific(x);
    }

    /** {@code 1e-300}, {@code -2.5e+20}: the shortest digits of {@code x}, in the style of the tables. */
    static String scientific(double x) {
        BigDecimal b = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        return b.toString().replace('E', 'e');
    }
}
