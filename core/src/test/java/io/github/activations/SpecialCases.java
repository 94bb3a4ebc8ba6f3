/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Support for the {@code XxxSpecialCasesTest} classes: one test per row of a class's
 * Javadoc special-cases table.
 *
 * <p>{@link Table} reads the table from the class's source file, so each test is named by the
 * row's own text ("input → result") and a row added to the Javadoc without a test fails
 * {@code everyRowOfTheTableIsTested}. {@link Outcome} states the documented result exactly:
 * the value bit for bit ({@code -0.0} is not {@code 0.0}), or the exception type and the key
 * parts of its message.
 */
final class SpecialCases {
    private SpecialCases() {
    }

    /** A call whose result (a value, an array or a batch) is compared with the documented one. */
    @FunctionalInterface
    interface Call {
        Object run() throws Throwable;
    }

    // ------------------------------------------------------------------ the Javadoc table

    /** One captioned special-cases table of a public class, read from its source. */
    static final class Table {
        private static final Pattern TABLE = Pattern.compile(
                "<caption>(.*?)</caption>(.*?)</table>", Pattern.DOTALL);
        private static final Pattern ROW = Pattern.compile(
                "<tr><td>(.*?)</td><td>(.*?)</td></tr>", Pattern.DOTALL);

        private final String name;
        private final Map<String, String> rows = new LinkedHashMap<>();

        private Table(String name, Map<String, String> rows) {
            this.name = name;
            this.rows.putAll(rows);
        }

        /** Reads the table captioned {@code caption} from the Javadoc of {@code type}. */
        static Table of(Class<?> type, String caption) {
            Path source = Paths.get("src", "main", "java", type.getName().replace('.', '/') + ".java");
            String text;
            try {
                text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + source.toAbsolutePath()
                        + " (the special-cases tests run from the core module directory)", e);
            }
            text = text.replaceAll("\\n\\s*\\*", " ");
            Matcher t = TABLE.matcher(text);
            while (t.find()) {
                if (clean(t.group(1)).equals(caption)) {
                    Map<String, String> rows = new LinkedHashMap<>();
                    Matcher r = ROW.matcher(t.group(2));
                    while (r.find()) {
                        rows.put(clean(r.group(1)), clean(r.group(2)));
                    }
                    return new Table(type.getSimpleName() + " \"" + caption + "\"", rows);
                }
            }
            throw new IllegalStateException("no table captioned \"" + caption + "\" in " + source);
        }

        /** Javadoc HTML to the text a reader sees. */
        static String clean(String html) {
            return html.replaceAll("\\{@(?:code|link|linkplain) ([^}]*)}", "$1")
                    .replaceAll("<[^>]+>", "")
                    .replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
                    .replaceAll("\\s+", " ").trim();
        }

        /** The row texts, "input → result", in table order. */
        List<String> rows() {
            return rows.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue())
                    .collect(Collectors.toList());
        }

        /**
         * One test case for the row whose input cell is {@code input}; the display name is the
         * whole row. Fails at once if the table has no such row (it was reworded or removed).
         */
        Arguments row(String input, Outcome expected, Call call) {
            return row(input, "", expected, call);
        }

        /** As {@link #row(String, Outcome, Call)}, with a note naming the example. */
        Arguments row(String input, String example, Outcome expected, Call call) {
            String result = rows.get(input);
            if (result == null) {
                throw new IllegalStateException(name + " has no row with input \"" + input
                        + "\"; its rows are " + rows.keySet());
            }
            String display = input + " → " + result + (example.isEmpty() ? "" : "  [" + example + "]");
            return Arguments.of(Named.of(display, expected), call);
        }

        /**
         * Asserts that every row of the table has at least one test case among {@code cases},
         * or is one of {@code testedSeparately} (rows with their own named, e.g. disabled, test).
         */
        void assertEveryRowTested(List<Arguments> cases, String... testedSeparately) {
            Set<String> tested = new TreeSet<>();
            for (String input : testedSeparately) {
                assertTrue(rows.containsKey(input), () -> name + " has no row \"" + input + "\"");
                tested.add(input);
            }
            for (Arguments a : cases) {
                String display = ((Named<?>) a.get()[0]).getName();
                for (Map.Entry<String, String> e : rows.entrySet()) {
                    if (display.startsWith(e.getKey() + " → " + e.getValue())) {
                        tested.add(e.getKey());
                    }
                }
            }
            List<String> untested = new ArrayList<>(rows.keySet());
            untested.removeAll(tested);
            assertTrue(untested.isEmpty(), name + ": rows without a test: " + untested);
            assertTrue(rows.size() >= 3, name + ": suspiciously few rows parsed: " + rows.keySet());
        }
    }

    // ------------------------------------------------------------------ expected outcomes

    /** What a row documents; {@link #check} runs the call and compares. */
    abstract static class Outcome {
        private final List<Runnable> afterwards = new ArrayList<>();

        abstract void verify(Call call);

        /** Adds a check run after the call, e.g. that {@code out} still holds its sentinel. */
        Outcome andThen(Runnable check) {
            afterwards.add(check);
            return this;
        }

        final void check(Call call) {
            verify(call);
            afterwards.forEach(Runnable::run);
        }
    }

    /** The call returns exactly these values, bit for bit ({@code -0.0 != 0.0}; NaN == NaN). */
    static Outcome returns(double... expected) {
        return new Outcome() {
            @Override
            void verify(Call call) {
                double[] actual = values(run(call));
                assertEquals(Arrays.toString(expected), Arrays.toString(actual));
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(actual[i]),
                            () -> "entry " + Arrays.toString(actual));
                }
            }
        };
    }

    /** The call returns exactly the same values as {@code reference} (both bit for bit). */
    static Outcome returnsSameAs(Call reference) {
        return new Outcome() {
            @Override
            void verify(Call call) {
                returns(values(run(reference))).verify(call);
            }
        };
    }

    /** The call returns a value within {@code ulps} of each expected value. */
    static Outcome returnsWithinUlps(double ulps, double... expected) {
        return new Outcome() {
            @Override
            void verify(Call call) {
                double[] actual = values(run(call));
                assertEquals(expected.length, actual.length);
                for (int i = 0; i < expected.length; i++) {
                    double err = ulpDistance(actual[i], expected[i]);
                    int at = i;
                    assertTrue(err <= ulps, () -> "entry " + at + ": " + actual[at] + " is " + err
                            + " ulp from " + expected[at] + " (allowed " + ulps + ")");
                }
            }
        };
    }

    /** The call returns a batch (or an index array) with {@code n} rows. */
    static Outcome returnsRows(int n) {
        return new Outcome() {
            @Override
            void verify(Call call) {
                Object r = run(call);
                assertEquals(n, java.lang.reflect.Array.getLength(r), "rows of " + r);
            }
        };
    }

    /** The call throws {@code IllegalArgumentException} whose message contains every fragment. */
    static Outcome throwsIae(String... fragments) {
        return throwing(IllegalArgumentException.class, fragments);
    }

    /** The call throws {@code IndexOutOfBoundsException} whose message contains every fragment. */
    static Outcome throwsIoobe(String... fragments) {
        return throwing(IndexOutOfBoundsException.class, fragments);
    }

    /** The call throws {@code NullPointerException} whose message contains every fragment. */
    static Outcome throwsNpe(String... fragments) {
        return throwing(NullPointerException.class, fragments);
    }

    private static Outcome throwing(Class<? extends Throwable> type, String... fragments) {
        return new Outcome() {
            @Override
            void verify(Call call) {
                Throwable e = assertThrows(type, call::run);
                assertEquals(type, e.getClass(), "exactly " + type.getSimpleName());
                assertMessage(e, fragments);
            }
        };
    }

    static void assertMessage(Throwable e, String... fragments) {
        String m = String.valueOf(e.getMessage());
        for (String f : fragments) {
            assertTrue(m.contains(f), () -> "message \"" + m + "\" does not contain \"" + f + "\"");
        }
    }

    private static Object run(Call call) {
        try {
            return call.run();
        } catch (Throwable t) {
            return fail("expected a result, got " + t, t);
        }
    }

    /** A result as a flat double[]: numbers, double[]/float[]/int[] and batches of them. */
    static double[] values(Object r) {
        if (r instanceof Double || r instanceof Float || r instanceof Integer) {
            return new double[] {((Number) r).doubleValue()};
        }
        if (r instanceof double[]) {
            return (double[]) r;
        }
        if (r instanceof float[]) {
            float[] f = (float[]) r;
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        if (r instanceof int[]) {
            return Arrays.stream((int[]) r).asDoubleStream().toArray();
        }
        if (r instanceof Object[]) {
            return Arrays.stream((Object[]) r).map(SpecialCases::values).flatMapToDouble(Arrays::stream).toArray();
        }
        throw new IllegalArgumentException("not a numeric result: " + r);
    }

    /** |actual − expected| in ulps of the expected value; 0 when bitwise equal, ∞ on NaN or sign mismatch at ∞. */
    static double ulpDistance(double actual, double expected) {
        if (Double.compare(actual, expected) == 0 || actual == expected) {
            return 0;
        }
        if (Double.isNaN(actual) || Double.isNaN(expected) || Double.isInfinite(actual) || Double.isInfinite(expected)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(actual - expected) / Math.ulp(expected);
    }

    /** An array of {@code n} copies of {@code v}. */
    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** An array of {@code n} copies of {@code v}. */
    static float[] filled(int n, float v) {
        float[] a = new float[n];
        Arrays.fill(a, v);
        return a;
    }
}
