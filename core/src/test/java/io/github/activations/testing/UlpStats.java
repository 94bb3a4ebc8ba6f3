/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.testing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Max and RMS ulp error over one data set, with the worst case kept for the failure message.
 * {@link #report()} prints one line the lead can quote, e.g.
 * {@code SoftmaxAccuracyTest ordinary n=3200 max=0.93 ulp rms=0.31 ulp}.
 */
public final class UlpStats {
    private final String test;
    private final String dataSet;
    private long count;
    private double sumSquares;
    private double max = -1;
    private String worst = "none";

    /**
     * Creates an empty accumulator.
     *
     * @param test the test class name, printed first
     * @param dataSet the data set name
     */
    public UlpStats(String test, String dataSet) {
        this.test = test;
        this.dataSet = dataSet;
    }

    /**
     * Adds one double result, measured against its exact value.
     *
     * @param actual the computed value
     * @param exact the exact value
     * @param input describes the input, evaluated only if this becomes the worst case
     * @return the error in ulps
     */
    public double add(double actual, BigDecimal exact, Supplier<String> input) {
        double e = Ulps.error(actual, exact);
        record(e, actual, exact, input);
        return e;
    }

    /**
     * Adds one float result, measured in float ulps against its exact value.
     *
     * @param actual the computed float
     * @param exact the exact value
     * @param input describes the input, evaluated only if this becomes the worst case
     * @return the error in float ulps
     */
    public double addFloat(float actual, BigDecimal exact, Supplier<String> input) {
        double e = Ulps.floatError(actual, exact);
        record(e, actual, exact, input);
        return e;
    }

    /**
     * Adds an error already measured (e.g. a sum's distance from 1 in ulps of 1).
     *
     * @param error the error in ulps
     * @param input describes the input, evaluated only if this becomes the worst case
     */
    public void addError(double error, Supplier<String> input) {
        count++;
        sumSquares += error * error;
        if (!(error <= max)) {
            max = error;
            worst = input.get();
        }
    }

    private void record(double e, double actual, BigDecimal exact, Supplier<String> input) {
        count++;
        sumSquares += e * e;
        if (!(e <= max)) {
            max = e;
            worst = input.get() + " -> actual " + actual + ", exact " + exact.round(new java.math.MathContext(25)).toString()
                    + ", error " + e + " ulp";
        }
    }

    /** @return the number of results measured */
    public long count() {
        return count;
    }

    /** @return the largest error, in ulps */
    public double max() {
        return max;
    }

    /** @return the root-mean-square error, in ulps */
    public double rms() {
        return count == 0 ? 0 : Math.sqrt(sumSquares / count);
    }

    /** @return the description of the worst case */
    public String worst() {
        return worst;
    }

    /**
     * Prints the one-line summary and returns it.
     *
     * @return {@code "<test> <dataSet> n=<count> max=<max> ulp rms=<rms> ulp"}
     */
    public String report() {
        String line = String.format(Locale.ROOT, "%s %s n=%d max=%.3f ulp rms=%.3f ulp", test, dataSet, count, max, rms());
        System.out.println(line);
        return line;
    }

    /**
     * Prints the summary, then fails unless max &lt;= maxBound and RMS &lt;= rmsBound.
     *
     * @param maxBound the largest error allowed, in ulps
     * @param rmsBound the largest RMS error allowed, in ulps
     */
    public void assertWithin(double maxBound, double rmsBound) {
        String line = report();
        if (count == 0) {
            throw new AssertionError(line + ": empty data set");
        }
        if (!(max <= maxBound) || !(rms() <= rmsBound)) {
            throw new AssertionError(line + " exceeds max " + maxBound + " ulp / rms " + rmsBound
                    + " ulp (seed " + Seeds.seed() + "; rerun with -D" + Seeds.PROPERTY + "=" + Seeds.seed()
                    + "); worst: " + worst);
        }
    }
}
