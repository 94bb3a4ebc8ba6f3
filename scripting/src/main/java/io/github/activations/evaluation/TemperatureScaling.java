/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.Softmax;
import io.github.activations.data.Dataset;
import io.github.activations.data.LogitMatrix;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Temperature scaling (Guo, Pleiss, Sun and Weinberger, "On calibration of modern neural
 * networks", ICML 2017): the one temperature T that minimises the negative log-likelihood
 * NLL(T) = mean of −ln softmax(zᵣ / T)[yᵣ] on a labelled data set, to apply to other data sets
 * of the same class count through {@link #calibrator()}. One score per row is treated as the
 * two logits [0, s], so T then fits σ(s / T).
 *
 * <pre>{@code
 * TemperatureScaling fit = TemperatureScaling.fit(validation);
 * fit.temperature();   // e.g. 2.31: the model was overconfident
 * Evaluation.of(test, fit.calibrator()).ece();
 * }</pre>
 *
 * <p><b>Algorithm.</b> With β = 1/T, NLL(β) = mean of ln Σⱼ exp(β zⱼ) − β z_y is convex, with
 * derivative g(β) = mean of E_p[z] − z_y and second derivative mean of Var_p(z) ≥ 0, p =
 * softmax(β z). One pass over the rows computes both (the softmax by
 * {@link Softmax#into(double[], double[])} of the products β·zⱼ, each rounded once, which moves
 * the root by about 10⁻¹⁵ relative; g as Σⱼ pⱼ (zⱼ − z_y), which does not cancel when p_y ≈ 1).
 * The first pass, at T = 1, also checks the logits and finds, from the logits alone, the limits
 * g(0) = mean of (mean z − z_y) and g(∞) = mean of (max z − z_y) (zero exactly when every label
 * is among its row's largest logits), which decide whether a finite minimum exists (see
 * {@link Status}). Safeguarded Newton steps then find
 * two evaluated points of opposite sign of g, and Commons Math's {@link BrentSolver} finds the
 * root of g between them to a relative 10⁻¹⁴ in β. The root of the derivative is searched, not
 * the minimum of the NLL: near its minimum the NLL is flat to second order, so its rounding
 * (about 10⁻¹⁶ relative) would place the minimum only to about 10⁻⁸ relative, while g crosses
 * zero with slope Var_p(z) and its root is found to about 10⁻¹⁴. (The tests compare T with an
 * independent 40-digit golden-section search to 10⁻⁹; they agree to about 10⁻¹¹, the
 * reference's own bracket.) {@link #evaluations()} counts
 * the passes over the data set that computed g; the NLL before and after take two more.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>no labels</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>a logit ±∞</td><td>{@code IllegalArgumentException} naming the row and column</td></tr>
 *   <tr><td>some labels not the largest logit, logits better than uniform</td><td>{@link Status#CONVERGED}, 0 &lt; T &lt; ∞</td></tr>
 *   <tr><td>every label among its row's largest logits (all right, ties allowed), e.g. one row predicted right</td><td>{@link Status#ZERO_LIMIT}: the NLL decreases all the way to T → 0; T = 0 is reported</td></tr>
 *   <tr><td>g(0) &gt;= 0: the labels' logits are on average at most their rows' means (e.g. all wrong, labels at the bottom)</td><td>{@link Status#INFINITE_LIMIT}: the NLL decreases all the way to T → ∞ (uniform); T = +∞ is reported</td></tr>
 *   <tr><td>all wrong but the labels above their rows' means</td><td>{@link Status#CONVERGED}, usually a large T</td></tr>
 *   <tr><td>every row's logits equal</td><td>{@link Status#CONSTANT}: the NLL is ln C for every T; T = 1 is reported</td></tr>
 *   <tr><td>one row</td><td>as any other data set: right gives {@code ZERO_LIMIT}, wrong a finite T or {@code INFINITE_LIMIT}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The limits are reported, not thrown: T = 0 and T = +∞ are the valid limit temperatures of
 * {@link Softmax#of(double[], double)}, and the NLL after is the limit value. But a calibrator
 * of T = 0 puts probability 1 on its prediction and gives NLL = +∞ on any data set where the
 * model makes one mistake: check {@link #isConverged()} before using it, and fit on held-out data
 * that the model gets partly wrong.
 */
public final class TemperatureScaling {
    /** How the fit ended. */
    public enum Status {
        /** A finite minimum, 0 &lt; T &lt; ∞. */
        CONVERGED,
        /** No minimum: every label has its row's largest logit, so the NLL falls towards 0 as T → 0. */
        ZERO_LIMIT,
        /** No minimum: the NLL falls as T grows, towards ln C at T → ∞ (the model is no better than uniform). */
        INFINITE_LIMIT,
        /** Every row's logits are equal: the NLL does not depend on T. */
        CONSTANT
    }

    private static final int MAX_EVALUATIONS = 200;

    private final String dataset;
    private final int classes;
    private final double temperature;
    private final double nllBefore;
    private final double nllAfter;
    private final int evaluations;
    private final Status status;
    private final Calibrator calibrator;

    private TemperatureScaling(Dataset data, double temperature, double nllBefore, double nllAfter, int evaluations,
            Status status, Calibrator calibrator) {
        this.dataset = data.name();
        this.classes = data.classes();
        this.temperature = temperature;
        this.nllBefore = nllBefore;
        this.nllAfter = nllAfter;
        this.evaluations = evaluations;
        this.status = status;
        this.calibrator = calibrator;
    }

    /**
     * Returns the temperature that minimises the NLL on {@code data}, or the limit it tends to.
     *
     * @param data a labelled data set with finite logits
     * @return the fit
     */
    public static TemperatureScaling fit(Dataset data) {
        Objects.requireNonNull(data, "data");
        if (!data.hasLabels()) {
            throw new IllegalArgumentException("temperature scaling fits the NLL against labels, but data set '"
                    + data.name() + "' has none");
        }
        Objective f = new Objective(data);
        double[] at1 = f.first();
        Status status;
        double beta;
        if (f.nonConstantRows == 0) {
            status = Status.CONSTANT;
            beta = 1.0;
        } else if (f.wrongRows == 0) {
            status = Status.ZERO_LIMIT;
            beta = Double.POSITIVE_INFINITY;
        } else if (f.gAtZero >= 0) {
            status = Status.INFINITE_LIMIT;
            beta = 0.0;
        } else {
            status = Status.CONVERGED;
            beta = f.root(at1);
        }
        double t = 1.0 / beta; // 1/∞ = 0 and 1/0 = ∞ are the limits
        Calibrator c = Calibrator.fittedTemperature(t, data.classes(), data.name());
        double before = Metrics.nll(data);
        double after = Metrics.nll(data, c);
        return new TemperatureScaling(data, t, before, after, f.evaluations, status, c);
    }

    /** g(β) and g'(β) over the data set, memoised, with the limits found by the first pass. */
    private static final class Objective {
        private final Dataset data;
        private final LogitMatrix logits;
        private final int width;
        private final Chunks chunks;
        private final Map<Double, double[]> memo = new HashMap<>();
        int evaluations;
        long wrongRows;
        long nonConstantRows;
        double gAtZero;

        Objective(Dataset data) {
            this.data = data;
            this.logits = data.logits();
            this.width = data.isBinary() ? 2 : logits.columns();
            this.chunks = new Chunks(data.rows(), width);
        }

        /** Per-chunk sums. */
        private static final class Part {
            final Sum g = new Sum();
            final Sum slope = new Sum();
            final Sum gZero = new Sum();
            long wrong;
            long nonConstant;
        }

        /** The pass at β = 1, which also checks the logits and finds the limits. */
        double[] first() {
            return evaluate(1.0, true);
        }

        double[] value(double beta) {
            double[] v = memo.get(beta);
            return v != null ? v : evaluate(beta, false);
        }

        private double[] evaluate(double beta, boolean first) {
            if (evaluations >= MAX_EVALUATIONS) {
                throw new IllegalStateException("temperature scaling on data set '" + data.name() + "' did not converge"
                        + " in " + MAX_EVALUATIONS + " passes (β = " + beta + ")");
            }
            evaluations++;
            Part[] parts = new Part[chunks.count()];
            chunks.run(() -> new double[][] {new double[width], new double[width]}, (s, c, from, to) -> {
                Part part = new Part();
                double[] z = s[0];
                double[] p = s[1];
                for (int r = from; r < to; r++) {
                    if (width == 2 && data.isBinary()) {
                        z[0] = 0.0;
                        z[1] = logits.get(r, 0);
                    } else {
                        logits.rowInto(r, z);
                    }
                    int y = data.label(r);
                    double zy = z[y];
                    if (first) {
                        scan(z, zy, r, part);
                    }
                    for (int j = 0; j < width; j++) {
                        p[j] = beta * z[j];
                    }
                    Softmax.into(p, p);
                    double g = 0;
                    for (int j = 0; j < width; j++) {
                        g += p[j] * (z[j] - zy);
                    }
                    double v = 0;
                    for (int j = 0; j < width; j++) {
                        double d = z[j] - zy - g;
                        v += p[j] * d * d;
                    }
                    part.g.add(g);
                    part.slope.add(v);
                }
                parts[c] = part;
            });
            Sum g = new Sum();
            Sum slope = new Sum();
            Sum gZero = new Sum();
            for (Part part : parts) {
                g.add(part.g);
                slope.add(part.slope);
                if (first) {
                    gZero.add(part.gZero);
                    wrongRows += part.wrong;
                    nonConstantRows += part.nonConstant;
                }
            }
            int rows = data.rows();
            if (first) {
                gAtZero = gZero.value() / rows;
            }
            double[] v = {g.value() / rows, slope.value() / rows};
            memo.put(beta, v);
            return v;
        }

        private void scan(double[] z, double zy, int r, Part part) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double d = 0;
            for (int j = 0; j < width; j++) {
                if (!Double.isFinite(z[j])) {
                    throw new IllegalArgumentException("temperature scaling needs finite logits: data set '"
                            + data.name() + "', row " + r + ", column " + j + " is " + z[j]);
                }
                max = Math.max(max, z[j]);
                min = Math.min(min, z[j]);
                d += z[j] - zy;
            }
            part.gZero.add(d / width);
            if (zy < max) {
                part.wrong++;
            }
            if (min < max) {
                part.nonConstant++;
            }
        }

        /**
         * Returns the root of g, given g(0) &lt; 0 &lt; g(∞) and the value at β = 1: Newton steps
         * until two evaluated points bracket it, then Brent's method between them.
         */
        double root(double[] at1) {
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            double beta = 1.0;
            double[] v = at1;
            double grow = 4;
            while (true) {
                if (v[0] == 0) {
                    return beta;
                }
                if (v[0] < 0) {
                    lo = beta;
                } else {
                    hi = beta;
                }
                double step = -v[0] / v[1];
                boolean near = Math.abs(step) <= 1e-2 * beta;
                if (lo > 0 && hi < Double.POSITIVE_INFINITY && (near || hi - lo <= 1e-2 * lo)) {
                    break;
                }
                // near the root Newton approaches from one side; 1.5 steps land just beyond it
                double next = beta + (near ? 1.5 * step : step);
                if (!(v[1] > 0 && next > lo && next < hi)) {
                    if (lo > 0 && hi < Double.POSITIVE_INFINITY) {
                        next = Math.sqrt(lo * hi);
                    } else {
                        next = hi == Double.POSITIVE_INFINITY ? beta * grow : beta / grow;
                        grow = Math.min(grow * grow, 1e16);
                    }
                }
                beta = next;
                v = value(beta);
            }
            double[] vLo = value(lo);
            double[] vHi = value(hi);
            double[] best = Math.abs(vLo[0]) <= Math.abs(vHi[0]) ? vLo : vHi;
            double from = best == vLo ? lo : hi;
            double start = from - best[0] / best[1];
            if (!(start > lo && start < hi)) {
                start = 0.5 * (lo + hi);
            }
            BrentSolver solver = new BrentSolver(1e-14, Double.MIN_NORMAL, 0.0);
            try {
                return solver.solve(MAX_EVALUATIONS, b -> value(b)[0], lo, hi, start);
            } catch (MathIllegalStateException e) {
                throw new IllegalStateException("temperature scaling on data set '" + data.name()
                        + "': Brent's method failed between β = " + lo + " and " + hi + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Returns the fitted temperature: 0 or +∞ for the limits, 1 for {@link Status#CONSTANT}.
     *
     * @return T
     */
    public double temperature() {
        return temperature;
    }

    /**
     * Returns the NLL at T = 1, the model as it is.
     *
     * @return the NLL before scaling
     */
    public double nllBefore() {
        return nllBefore;
    }

    /**
     * Returns the NLL at the fitted temperature (the limit value for the limits); never above
     * {@link #nllBefore()} except by rounding.
     *
     * @return the NLL after scaling
     */
    public double nllAfter() {
        return nllAfter;
    }

    /**
     * Returns the number of passes over the data set that computed the NLL's derivative.
     *
     * @return at least 1
     */
    public int evaluations() {
        return evaluations;
    }

    /**
     * Returns how the fit ended.
     *
     * @return the status
     */
    public Status status() {
        return status;
    }

    /**
     * Returns whether a finite minimum was found.
     *
     * @return true for {@link Status#CONVERGED}
     */
    public boolean isConverged() {
        return status == Status.CONVERGED;
    }

    /**
     * Returns the fitted calibrator, for data sets of the same class count.
     *
     * @return the calibrator of temperature {@link #temperature()}
     */
    public Calibrator calibrator() {
        return calibrator;
    }

    /**
     * Returns the name of the data set fitted on.
     *
     * @return the name
     */
    public String dataset() {
        return dataset;
    }

    /**
     * Returns the class count fitted on.
     *
     * @return the classes
     */
    public int classes() {
        return classes;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TemperatureScaling['%s', %s, T = %s, NLL %.6f -> %.6f, %d evaluations]",
                dataset, status, temperature, nllBefore, nllAfter, evaluations);
    }
}
