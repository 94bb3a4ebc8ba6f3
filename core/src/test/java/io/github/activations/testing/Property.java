/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.testing;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property runner on plain JUnit Jupiter: draws {@code cases} inputs from a seeded
 * {@link LogitGenerator} and checks each. On the first failure it throws an
 * {@link AssertionError} naming the property, the seed, the case number, the input (arrays in
 * full, as {@code Arrays.toString}: {@link Double#toString} round-trips, so nothing is lost)
 * and the command that replays it.
 *
 * <pre>{@code
 * Property.forAll("SoftmaxProperties#isShiftInvariant", 1000, LogitGenerator::logits, z -> {
 *     ...assertions...
 * });
 * }</pre>
 *
 * <p>Each case has its own generator, seeded from the run seed, the name and the case number,
 * so {@code -Dactivations.case=N} (with the same seed) replays case N alone.
 */
public final class Property {
    /** The minimum number of cases per property. */
    public static final int CASES = 1000;
    /** The system property that restricts a run to one case number. */
    public static final String CASE_PROPERTY = "activations.case";
    /** Arrays longer than this are shown truncated in failure messages (rerun to get them). */
    static final int MAX_SHOWN = 10_000;

    private Property() {
    }

    /**
     * Runs {@code check} on {@code cases} inputs drawn by {@code generator}.
     *
     * @param <T> the input type (an array, a record of arrays and numbers, ...)
     * @param name the Surefire selector {@code Class#method}, used in the messages
     * @param cases how many cases to run
     * @param generator draws one input from a generator
     * @param check throws (typically {@code AssertionError}) when the property fails
     */
    public static <T> void forAll(String name, int cases, Function<LogitGenerator, T> generator, Consumer<T> check) {
        long seed = Seeds.seed();
        String only = System.getProperty(CASE_PROPERTY, "").trim();
        int from = 0;
        int to = cases;
        if (!only.isEmpty()) {
            from = Integer.parseInt(only);
            to = from + 1;
        }
        for (int c = from; c < to; c++) {
            LogitGenerator gen = new LogitGenerator(Seeds.forCase(seed, name, c));
            T input = generator.apply(gen);
            try {
                check.accept(input);
            } catch (Throwable t) {
                throw new AssertionError(failure(name, seed, c, cases, input, t), t);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d cases passed (seed %d)%n", name, to - from, seed);
    }

    static String failure(String name, long seed, int c, int cases, Object input, Throwable t) {
        return "Property " + name + " failed at case " + c + " of " + cases + " (seed " + seed + ")"
                + "\n  input: " + describe(input)
                + "\n  cause: " + t
                + "\n  rerun: " + Seeds.rerun(name, seed)
                + " (add -D" + CASE_PROPERTY + "=" + c + " for this case alone)";
    }

    /**
     * Formats a test input at full precision: arrays as {@code Arrays.toString} (nested arrays
     * deeply), records component by component, anything else by {@code toString}.
     *
     * @param o the input
     * @return its description
     */
    public static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        Class<?> type = o.getClass();
        if (type.isArray()) {
            int n = Array.getLength(o);
            StringBuilder sb = new StringBuilder("[");
            int shown = Math.min(n, MAX_SHOWN);
            for (int i = 0; i < shown; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(describe(Array.get(o, i)));
            }
            if (shown < n) {
                sb.append(", ... (").append(n - shown).append(" more of length ").append(n)
                        .append("; replay with the seed to get them all)");
            }
            return sb.append(']').toString();
        }
        if (type.isRecord()) {
            StringBuilder sb = new StringBuilder(type.getSimpleName()).append('[');
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(components[i].getName()).append('=');
                try {
                    java.lang.reflect.Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    sb.append(describe(accessor.invoke(o)));
                } catch (ReflectiveOperationException e) {
                    sb.append("<unreadable: ").append(e).append('>');
                }
            }
            return sb.append(']').toString();
        }
        return String.valueOf(o);
    }
}
