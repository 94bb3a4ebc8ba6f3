/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.data.Dataset;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an evaluation turns a row of logits into probabilities: unchanged (softmax of the logits,
 * σ of a score), with a temperature T (softmax(z / T), σ(s / T)) or with Platt's map σ(a·s + b)
 * for one score per row. {@link TemperatureScaling#fit} and {@link PlattScaling#fit} return
 * calibrators fitted on one data set, to apply to any other of the same class count with
 * {@link Evaluation#of(Dataset, Calibrator)} or the {@link Metrics} methods.
 *
 * <p>A temperature never changes which class is predicted (it keeps the order of the logits;
 * T = 0 and T = +∞ are taken as the limits, as {@link io.github.activations.Softmax} does); a
 * Platt map with a &lt; 0 or b ≠ 0 can.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>temperature NaN or negative</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>temperature 0</td><td>the limit T → 0⁺: all mass on the largest logits, shared equally</td></tr>
 *   <tr><td>temperature +∞</td><td>the limit T → ∞: uniform over the finite logits (+∞ logits keep all the mass)</td></tr>
 *   <tr><td>Platt a or b NaN or infinite</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>Platt a = 0</td><td>σ(b) for every score, ±∞ scores included</td></tr>
 *   <tr><td>a fitted calibrator on a data set of another class count</td><td>{@code IllegalArgumentException} naming both</td></tr>
 *   <tr><td>a Platt calibrator on a data set of more than one column</td><td>{@code IllegalArgumentException}</td></tr>
 *   </tbody>
 * </table>
 */
public final class Calibrator {
    /** The family of the map. */
    public enum Kind {
        /** Probabilities from the logits as they are (temperature 1). */
        IDENTITY,
        /** softmax(z / T), or σ(s / T) for one score per row. */
        TEMPERATURE,
        /** σ(a·s + b), for one score per row only. */
        PLATT
    }

    private static final Calibrator IDENTITY = new Calibrator(Kind.IDENTITY, 1.0, Double.NaN, Double.NaN, 0, null);

    private final Kind kind;
    private final double temperature;
    private final double slope;
    private final double intercept;
    private final int classes;
    private final @Nullable String fittedOn;

    private Calibrator(Kind kind, double temperature, double slope, double intercept, int classes,
            @Nullable String fittedOn) {
        this.kind = kind;
        this.temperature = temperature;
        this.slope = slope;
        this.intercept = intercept;
        this.classes = classes;
        this.fittedOn = fittedOn;
    }

    /**
     * Returns the calibrator that leaves the logits unchanged (temperature 1).
     *
     * @return the identity
     */
    public static Calibrator identity() {
        return IDENTITY;
    }

    /**
     * Returns a temperature calibrator for any class count: probabilities softmax(z / T), or
     * σ(s / T) for one score per row.
     *
     * @param temperature T &gt;= 0; 0 and +∞ are the limits
     * @return the calibrator
     */
    public static Calibrator temperature(double temperature) {
        return new Calibrator(Kind.TEMPERATURE, checkTemperature(temperature), Double.NaN, Double.NaN, 0, null);
    }

    /**
     * Returns a Platt calibrator σ(a·s + b) for data sets of one score per row.
     *
     * @param a the slope, finite
     * @param b the intercept, finite
     * @return the calibrator
     */
    public static Calibrator platt(double a, double b) {
        checkPlatt(a, b);
        return new Calibrator(Kind.PLATT, Double.NaN, a, b, 2, null);
    }

    static Calibrator fittedTemperature(double temperature, int classes, String dataset) {
        return new Calibrator(Kind.TEMPERATURE, checkTemperature(temperature), Double.NaN, Double.NaN, classes,
                dataset);
    }

    static Calibrator fittedPlatt(double a, double b, String dataset) {
        checkPlatt(a, b);
        return new Calibrator(Kind.PLATT, Double.NaN, a, b, 2, dataset);
    }

    static double checkTemperature(double t) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("temperature must be >= 0 (0 and +Infinity are the limits), got " + t);
        }
        return t;
    }

    private static void checkPlatt(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("Platt scaling needs a finite slope and intercept, got a = " + a
                    + ", b = " + b);
        }
    }

    /**
     * Returns the family of the map.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the temperature T: 1 for the identity.
     *
     * @return T &gt;= 0, possibly +∞
     * @throws IllegalStateException for a Platt calibrator
     */
    public double temperature() {
        if (kind == Kind.PLATT) {
            throw new IllegalStateException("a Platt calibrator has no temperature: it maps a score s to σ(a·s + b)");
        }
        return temperature;
    }

    /**
     * Returns Platt's slope a.
     *
     * @return a
     * @throws IllegalStateException unless this is a Platt calibrator
     */
    public double slope() {
        requirePlatt();
        return slope;
    }

    /**
     * Returns Platt's intercept b.
     *
     * @return b
     * @throws IllegalStateException unless this is a Platt calibrator
     */
    public double intercept() {
        requirePlatt();
        return intercept;
    }

    private void requirePlatt() {
        if (kind != Kind.PLATT) {
            throw new IllegalStateException("a " + kind.name().toLowerCase(Locale.ROOT)
                    + " calibrator has no Platt slope or intercept");
        }
    }

    /**
     * Returns the class count the calibrator was fitted for (2 for Platt), or 0 for one made
     * with {@link #identity()} or {@link #temperature(double)}, which applies to any.
     *
     * @return the class count, or 0
     */
    public int classes() {
        return classes;
    }

    /**
     * Returns the name of the data set it was fitted on, or null if it was made by hand.
     *
     * @return the name, or null
     */
    public @Nullable String fittedOn() {
        return fittedOn;
    }

    /**
     * Checks that this calibrator applies to {@code data}: the same class count when it was
     * fitted, one score per row for Platt.
     *
     * @param data the data set
     * @return {@code data}
     * @throws IllegalArgumentException naming both class counts otherwise
     */
    public Dataset requireCompatible(Dataset data) {
        Objects.requireNonNull(data, "data");
        if (kind == Kind.PLATT && !data.isBinary()) {
            throw new IllegalArgumentException("Platt scaling maps one score per row, but data set '" + data.name()
                    + "' has " + data.logits().columns() + " logit columns; use a temperature for several classes");
        }
        if (classes != 0 && classes != data.classes()) {
            throw new IllegalArgumentException("the calibrator was fitted on " + classes + " classes"
                    + (fittedOn == null ? "" : " (data set '" + fittedOn + "')") + ", but data set '" + data.name()
                    + "' has " + data.classes() + " classes");
        }
        return data;
    }

    /** Maps one score (one-column data) to the logit of the positive class. */
    double mapScore(double s) {
        switch (kind) {
            case PLATT:
                return slope == 0 ? intercept : slope * s + intercept;
            case TEMPERATURE:
                if (Double.isInfinite(s) || s == 0 || temperature == 1) {
                    return s;
                }
                return temperature == Double.POSITIVE_INFINITY ? 0.0 : s / temperature;
            default:
                return s;
        }
    }

    /** Returns the temperature used for multi-class rows (1 for the identity). */
    double rowTemperature() {
        return temperature;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Calibrator)) {
            return false;
        }
        Calibrator c = (Calibrator) o;
        return kind == c.kind && Double.compare(temperature, c.temperature) == 0 && Double.compare(slope, c.slope) == 0
                && Double.compare(intercept, c.intercept) == 0 && classes == c.classes
                && Objects.equals(fittedOn, c.fittedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, temperature, slope, intercept, classes, fittedOn);
    }

    @Override
    public String toString() {
        String fitted = fittedOn == null ? "" : ", fitted on '" + fittedOn + "' (" + classes + " classes)";
        switch (kind) {
            case PLATT:
                return String.format(Locale.ROOT, "Platt σ(%s·s + %s)%s", slope, intercept, fitted);
            case TEMPERATURE:
                return "temperature " + temperature + fitted;
            default:
                return "identity";
        }
    }
}
