/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.LogSigmoid;
import io.github.activations.Sigmoid;
import io.github.activations.data.Dataset;
import io.github.activations.data.LogitMatrix;
import java.util.Locale;
import java.util.Objects;

/**
 * Platt scaling (J. Platt, "Probabilistic outputs for support vector machines and comparisons to
 * regularized likelihood methods", 1999): for one score s per row, the map σ(a·s + b) that
 * minimises the cross-entropy against the labels, a logistic regression on one feature. Apply
 * it to other one-score data sets through {@link #calibrator()}.
 *
 * <p><b>Targets.</b> By default ({@link Targets#PLATT}) the labels are replaced by Platt's
 * targets t₊ = (N₊ + 1)/(N₊ + 2) for positives and t₋ = 1/(N₋ + 2) for negatives, as Platt does
 * and as scikit-learn's {@code CalibratedClassifierCV(method="sigmoid")} does. They keep the fit
 * finite on separable data (all positive scores above all negative ones), where the
 * maximum-likelihood slope is infinite, and on data of one class. {@link Targets#LABELS} fits
 * the labels themselves (the plain maximum-likelihood logistic regression) and refuses data whose
 * optimum is infinite. Either way {@link #nllBefore()} and {@link #nllAfter()} are the binary NLL
 * against the labels, −ln σ(±(a·s + b)) computed by {@link LogSigmoid}.
 *
 * <p><b>Algorithm.</b> The scores are standardised, u = (s − mean)/sd, and Newton's method with a
 * backtracking (Armijo) line search minimises the convex objective in (α, γ) for σ(α·u + γ),
 * starting from α = 0 and the best constant γ, as Lin, Lin and Weng ("A note on Platt's
 * probabilistic outputs for support vector machines", 2007) do; the gradient and the 2 × 2
 * Hessian come from one pass. It stops after a Newton step below 10⁻¹⁰ relative (Newton
 * converges quadratically, so the error left is far below that), then a = α/sd and
 * b = γ − α·mean/sd. {@link #iterations()} counts the passes.
 *
 * <table class="striped">
 *   <caption>Special cases</caption>
 *   <thead><tr><th scope="col">input</th><th scope="col">result</th></tr></thead>
 *   <tbody>
 *   <tr><td>more than one column, or no labels</td><td>{@code IllegalArgumentException}</td></tr>
 *   <tr><td>a score ±∞</td><td>{@code IllegalArgumentException} naming the row</td></tr>
 *   <tr><td>separable data (max negative score ≤ min positive, or the reverse), {@code PLATT}</td><td>a finite fit; {@link #separable()} is true</td></tr>
 *   <tr><td>separable data, or one class only, {@code LABELS}</td><td>{@code IllegalArgumentException}: the optimum is at infinity</td></tr>
 *   <tr><td>one class only, {@code PLATT}</td><td>a = 0, σ(b) = that class's target</td></tr>
 *   <tr><td>every score equal, {@code PLATT}</td><td>a = 0 and σ(b) = the mean target (a is not identifiable: a = 0 is chosen)</td></tr>
 *   </tbody>
 * </table>
 */
public final class PlattScaling {
    /** What the scores are fitted against. */
    public enum Targets {
        /** Platt's smoothed targets (N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2): always a finite fit. */
        PLATT,
        /** The labels 0 and 1: plain maximum likelihood, infinite on separable data. */
        LABELS
    }

    private static final int MAX_ITERATIONS = 200;

    private final String dataset;
    private final double slope;
    private final double intercept;
    private final double nllBefore;
    private final double nllAfter;
    private final int iterations;
    private final boolean separable;
    private final Targets targets;
    private final Calibrator calibrator;

    private PlattScaling(String dataset, double slope, double intercept, double nllBefore, double nllAfter,
            int iterations, boolean separable, Targets targets, Calibrator calibrator) {
        this.dataset = dataset;
        this.slope = slope;
        this.intercept = intercept;
        this.nllBefore = nllBefore;
        this.nllAfter = nllAfter;
        this.iterations = iterations;
        this.separable = separable;
        this.targets = targets;
        this.calibrator = calibrator;
    }

    /**
     * Returns the Platt fit of {@code data} against Platt's targets.
     *
     * @param data a labelled data set of one score per row
     * @return the fit
     */
    public static PlattScaling fit(Dataset data) {
        return fit(data, Targets.PLATT);
    }

    /**
     * Returns the Platt fit of {@code data} against the given targets.
     *
     * @param data a labelled data set of one score per row
     * @param targets {@link Targets#PLATT} or {@link Targets#LABELS}
     * @return the fit
     */
    public static PlattScaling fit(Dataset data, Targets targets) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(targets, "targets");
        if (!data.isBinary()) {
            throw new IllegalArgumentException("Platt scaling fits one score per row, but data set '" + data.name()
                    + "' has " + data.logits().columns() + " logit columns; use temperature scaling");
        }
        if (!data.hasLabels()) {
            throw new IllegalArgumentException("Platt scaling fits the scores against labels, but data set '"
                    + data.name() + "' has none");
        }
        Fit f = new Fit(data);
        f.scan();
        boolean separable = !(f.positives > 0 && f.negatives > 0 && f.minPositive < f.maxNegative
                && f.minNegative < f.maxPositive);
        if (separable && targets == Targets.LABELS) {
            String why = f.positives == 0 || f.negatives == 0 ? "it has only one class"
                    : f.minPositive >= f.maxNegative
                            ? "every positive score (min " + f.minPositive + ") is >= every negative one (max "
                                    + f.maxNegative + ")"
                            : "every positive score (max " + f.maxPositive + ") is <= every negative one (min "
                                    + f.minNegative + ")";
            throw new IllegalArgumentException("Platt scaling against the labels has no finite optimum on data set '"
                    + data.name() + "': " + why + ", so the likelihood grows without bound as |a| or |b| → ∞; "
                    + "use Targets.PLATT (Platt's smoothed targets)");
        }
        if (targets == Targets.PLATT) {
            f.positiveTarget = (f.positives + 1.0) / (f.positives + 2.0);
            f.negativeTarget = 1.0 / (f.negatives + 2.0);
        }
        f.solve();
        Calibrator c = Calibrator.fittedPlatt(f.a, f.b, data.name());
        return new PlattScaling(data.name(), f.a, f.b, Metrics.nll(data), Metrics.nll(data, c), f.passes, separable,
                targets, c);
    }

    /** The Newton iteration and its passes. */
    private static final class Fit {
        private final Dataset data;
        private final LogitMatrix scores;
        private final Chunks chunks;
        long positives;
        long negatives;
        double minPositive = Double.POSITIVE_INFINITY;
        double maxPositive = Double.NEGATIVE_INFINITY;
        double minNegative = Double.POSITIVE_INFINITY;
        double maxNegative = Double.NEGATIVE_INFINITY;
        double mean;
        double sd;
        double positiveTarget = 1.0;
        double negativeTarget = 0.0;
        double a;
        double b;
        int passes;

        Fit(Dataset data) {
            this.data = data;
            this.scores = data.logits();
            this.chunks = new Chunks(data.rows(), 1);
        }

        /** Counts, extremes per class, mean and standard deviation; rejects infinite scores. */
        void scan() {
            int rows = data.rows();
            Sum sum = new Sum();
            for (int r = 0; r < rows; r++) {
                double s = scores.get(r, 0);
                if (!Double.isFinite(s)) {
                    throw new IllegalArgumentException("Platt scaling needs finite scores: data set '" + data.name()
                            + "', row " + r + " is " + s);
                }
                sum.add(s);
                if (data.label(r) == 1) {
                    positives++;
                    minPositive = Math.min(minPositive, s);
                    maxPositive = Math.max(maxPositive, s);
                } else {
                    negatives++;
                    minNegative = Math.min(minNegative, s);
                    maxNegative = Math.max(maxNegative, s);
                }
            }
            mean = sum.value() / rows;
            Sum squares = new Sum();
            for (int r = 0; r < rows; r++) {
                double d = scores.get(r, 0) - mean;
                squares.add(d * d);
            }
            sd = Math.sqrt(squares.value() / rows);
        }

        /** Per-chunk sums of the objective, gradient and Hessian. */
        private static final class Part {
            final Sum loss = new Sum();
            final Sum gu = new Sum();
            final Sum g1 = new Sum();
            final Sum huu = new Sum();
            final Sum hu1 = new Sum();
            final Sum h11 = new Sum();
        }

        /** Returns {loss, g_α, g_γ, H_αα, H_αγ, H_γγ} at (α, γ), summed over the rows. */
        double[] evaluate(double alpha, double gamma) {
            if (passes >= MAX_ITERATIONS) {
                throw new IllegalStateException("Platt scaling on data set '" + data.name() + "' did not converge in "
                        + MAX_ITERATIONS + " passes");
            }
            passes++;
            Part[] parts = new Part[chunks.count()];
            chunks.run(() -> this, (s, c, from, to) -> {
                Part part = new Part();
                for (int r = from; r < to; r++) {
                    double u = sd > 0 ? (scores.get(r, 0) - mean) / sd : 0.0;
                    double t = data.label(r) == 1 ? positiveTarget : negativeTarget;
                    double f = alpha * u + gamma;
                    double p = Sigmoid.of(f);
                    double q = Sigmoid.of(-f);
                    double loss = 0;
                    if (t > 0) {
                        loss -= t * LogSigmoid.of(f);
                    }
                    if (t < 1) {
                        loss -= (1 - t) * LogSigmoid.of(-f);
                    }
                    double residual = p - t;
                    double w = p * q;
                    part.loss.add(loss);
                    part.gu.add(residual * u);
                    part.g1.add(residual);
                    part.huu.add(w * u * u);
                    part.hu1.add(w * u);
                    part.h11.add(w);
                }
                parts[c] = part;
            });
            Sum[] total = {new Sum(), new Sum(), new Sum(), new Sum(), new Sum(), new Sum()};
            for (Part part : parts) {
                total[0].add(part.loss);
                total[1].add(part.gu);
                total[2].add(part.g1);
                total[3].add(part.huu);
                total[4].add(part.hu1);
                total[5].add(part.h11);
            }
            double[] v = new double[6];
            for (int i = 0; i < 6; i++) {
                v[i] = total[i].value();
            }
            return v;
        }

        void solve() {
            double rows = data.rows();
            double meanTarget = (positives * positiveTarget + negatives * negativeTarget) / rows;
            double alpha = 0;
            double gamma = Math.log(meanTarget / (1 - meanTarget));
            if (sd == 0) {
                // every score equal: only α·u + γ = γ matters, and α = 0 with the best constant is optimal
                a = 0;
                b = gamma;
                return;
            }
            double[] v = evaluate(alpha, gamma);
            while (true) {
                double huu = v[3];
                double hu1 = v[4];
                double h11 = v[5];
                double det = huu * h11 - hu1 * hu1;
                if (!(det > 0)) {
                    // flat directions where σ saturates: a ridge keeps the step defined
                    double ridge = 1e-12 * (huu + h11) + Double.MIN_NORMAL;
                    huu += ridge;
                    h11 += ridge;
                    det = huu * h11 - hu1 * hu1;
                }
                double da = (-v[1] * h11 + v[2] * hu1) / det;
                double dg = (-v[2] * huu + v[1] * hu1) / det;
                double size = Math.max(Math.abs(da), Math.abs(dg));
                double scale = Math.max(1, Math.max(Math.abs(alpha), Math.abs(gamma)));
                if (size <= 1e-10 * scale) {
                    alpha += da;
                    gamma += dg;
                    break;
                }
                double slopeAlong = v[1] * da + v[2] * dg;
                double step = 1;
                double[] w;
                while (true) {
                    w = evaluate(alpha + step * da, gamma + step * dg);
                    if (w[0] <= v[0] + 1e-4 * step * slopeAlong || step * size <= 1e-10 * scale) {
                        break;
                    }
                    step *= 0.5;
                }
                alpha += step * da;
                gamma += step * dg;
                v = w;
            }
            a = alpha / sd;
            b = gamma - alpha * mean / sd;
        }
    }

    /**
     * Returns the fitted slope a.
     *
     * @return a
     */
    public double slope() {
        return slope;
    }

    /**
     * Returns the fitted intercept b.
     *
     * @return b
     */
    public double intercept() {
        return intercept;
    }

    /**
     * Returns the binary NLL of σ(s) against the labels, before scaling.
     *
     * @return the NLL before
     */
    public double nllBefore() {
        return nllBefore;
    }

    /**
     * Returns the binary NLL of σ(a·s + b) against the labels.
     *
     * @return the NLL after
     */
    public double nllAfter() {
        return nllAfter;
    }

    /**
     * Returns the number of passes over the scores (each computed the objective, its gradient
     * and its Hessian at one point).
     *
     * @return the passes, 0 when every score is equal
     */
    public int iterations() {
        return iterations;
    }

    /**
     * Returns whether the scores separate the labels (including data of one class), where
     * only Platt's targets keep the fit finite.
     *
     * @return true for separable data
     */
    public boolean separable() {
        return separable;
    }

    /**
     * Returns the targets fitted against.
     *
     * @return the targets
     */
    public Targets targets() {
        return targets;
    }

    /**
     * Returns the fitted calibrator σ(a·s + b), for one-score data sets.
     *
     * @return the calibrator
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

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PlattScaling['%s', %s targets, a = %s, b = %s, NLL %.6f -> %.6f, %d passes%s]",
                dataset, targets, slope, intercept, nllBefore, nllAfter, iterations, separable ? ", separable" : "");
    }
}
