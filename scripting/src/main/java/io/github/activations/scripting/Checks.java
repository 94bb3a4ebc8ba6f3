/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Runs a property on seeded random inputs, one generated value per closure parameter, chosen by the
 * parameter's declared type. Doubles mix ordinary values with the edge cases numerical code gets
 * wrong: ±0, subnormals, ±MIN_NORMAL, ±MAX_VALUE, ±709.78 (exp overflow), −745 (exp underflow), ±∞.
 */
final class Checks {
    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        -Double.MIN_NORMAL, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE, 709.78, -709.78, 745.13, -745.13, 36.7,
        -36.7, 1e-300, -1e-300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private static final int PROGRESS_STEP = 1024;

    private Checks() {
    }

    static CheckResult run(String name, long tries, long seed, Class<?>[] types, Function<Object[], Object> property,
            Progress progress) {
        List<Generator> generators = new ArrayList<>();
        for (Class<?> t : types) {
            generators.add(generatorFor(t));
        }
        if (generators.isEmpty()) {
            generators.add(Checks::anyDouble);
        }
        RandomGenerator rng = new Well19937c(seed);
        progress.start("check '" + name + "'", tries);
        try {
            for (long i = 0; i < tries; i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("interrupted");
                }
                Object[] args = new Object[generators.size()];
                for (int a = 0; a < args.length; a++) {
                    args[a] = generators.get(a).next(rng);
                }
                String error = null;
                boolean ok;
                try {
                    Object result = property.apply(args);
                    if (result == null || result instanceof Boolean) {
                        ok = result == null || (Boolean) result; // null: a closure that asserts and returns nothing
                    } else {
                        ok = false;
                        error = "the property returned " + Values.describe(result)
                                + ", not true or false; compare it, e.g. { double z -> sigmoid(z) > 0 }";
                    }
                } catch (AssertionError e) {
                    ok = false;
                    error = firstLine(e.getMessage() == null ? "assertion failed" : e.getMessage());
                } catch (RuntimeException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw e;
                    }
                    ok = false;
                    error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
                }
                if (!ok) {
                    return new CheckResult(name, i + 1, false, seed, List.of(args), error);
                }
                if (i % PROGRESS_STEP == 0) {
                    progress.advance(i);
                }
            }
            progress.advance(tries);
        } finally {
            progress.finish();
        }
        return new CheckResult(name, tries, true, seed, null, null);
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    static void requireSupported(Class<?>[] types) {
        for (Class<?> t : types) {
            generatorFor(t);
        }
    }

    @FunctionalInterface
    private interface Generator {
        Object next(RandomGenerator rng);
    }

    private static Generator generatorFor(Class<?> type) {
        if (type == double.class || type == Double.class || type == Object.class || type == Number.class) {
            return Checks::anyDouble;
        }
        if (type == float.class || type == Float.class) {
            return rng -> (float) anyDouble(rng);
        }
        if (type == int.class || type == Integer.class) {
            return rng -> rng.nextInt(10) == 0 ? pick(rng, new int[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE})
                    : rng.nextInt(201) - 100;
        }
        if (type == long.class || type == Long.class) {
            return rng -> rng.nextInt(10) == 0 ? rng.nextLong() : (long) (rng.nextInt(2001) - 1000);
        }
        if (type == boolean.class || type == Boolean.class) {
            return RandomGenerator::nextBoolean;
        }
        if (type == double[].class) {
            return Checks::vector;
        }
        if (type == List.class || type == Collection.class || type == Iterable.class) {
            return rng -> Values.toList(vector(rng));
        }
        throw new DslException("check cannot generate values of type " + type.getSimpleName()
                + "; declare the closure's parameters as double, float, int, long, boolean, List or double[]");
    }

    private static int pick(RandomGenerator rng, int[] values) {
        return values[rng.nextInt(values.length)];
    }

    /** Any double but NaN, with edge cases about one time in five. */
    static double anyDouble(RandomGenerator rng) {
        int r = rng.nextInt(10);
        if (r < 2) {
            return SPECIAL[rng.nextInt(SPECIAL.length)];
        }
        if (r < 6) {
            return -10 + 20 * rng.nextDouble();
        }
        if (r < 8) {
            return -1000 + 2000 * rng.nextDouble();
        }
        if (r < 9) {
            double magnitude = Math.exp(-745 + 1454 * rng.nextDouble());
            return rng.nextBoolean() ? magnitude : -magnitude;
        }
        double bits;
        do {
            bits = Double.longBitsToDouble(rng.nextLong());
        } while (Double.isNaN(bits));
        return bits;
    }

    /** A finite logit vector of length 1–8 (sometimes up to 64), with ties and huge values mixed in. */
    static double[] vector(RandomGenerator rng) {
        int n = rng.nextInt(5) == 0 ? 1 + rng.nextInt(64) : 1 + rng.nextInt(8);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double x;
            do {
                x = anyDouble(rng);
            } while (Double.isInfinite(x));
            z[i] = (i > 0 && rng.nextInt(8) == 0) ? z[i - 1] : x;
        }
        return z;
    }
}
