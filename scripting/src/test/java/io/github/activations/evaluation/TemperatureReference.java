/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.data.Dataset;
import java.util.Comparator;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpMath;

/**
 * An independent minimiser of NLL(β) = mean of ln Σⱼ exp(β zⱼ) − β z_y, written without the
 * library: a dense grid over log β, golden-section search on the NLL in double down to a
 * bracket of 10⁻⁶ relative, then golden-section search on the NLL in 40-digit {@link Dfp}
 * arithmetic down to 10⁻¹⁰ relative. The double stage cannot go further: near its minimum the
 * NLL is flat to second order, so rounding errors of 10⁻¹⁶ hide the minimum within about
 * 10⁻⁸ relative; in 40 digits they hide it within 10⁻¹⁸. The logits must be multiples of 1/16
 * (as {@link Simulated} makes them), so each β needs one 40-digit exponential per distinct logit.
 */
final class TemperatureReference {
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final int rows;
    private final int width;
    private final int[] k;
    private final int[] label;
    private final int kMin;
    private final int kMax;

    TemperatureReference(Dataset data) {
        rows = data.rows();
        width = data.isBinary() ? 2 : data.logits().columns();
        k = new int[rows * width];
        label = new int[rows];
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int r = 0; r < rows; r++) {
            label[r] = data.label(r);
            for (int j = 0; j < width; j++) {
                double z = data.isBinary() ? (j == 0 ? 0.0 : data.logits().get(r, 0)) : data.logits().get(r, j);
                double scaled = z * 16;
                if (scaled != Math.rint(scaled)) {
                    throw new IllegalArgumentException("the reference needs logits in multiples of 1/16: " + z);
                }
                k[r * width + j] = (int) scaled;
                lo = Math.min(lo, (int) scaled);
                hi = Math.max(hi, (int) scaled);
            }
        }
        kMin = lo;
        kMax = hi;
    }

    /** NLL(β) in double, through a shifted log-sum-exp. */
    double nll(double beta) {
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int m = Integer.MIN_VALUE;
            for (int j = 0; j < width; j++) {
                m = Math.max(m, k[r * width + j]);
            }
            double s = 0;
            for (int j = 0; j < width; j++) {
                s += Math.exp(beta * (k[r * width + j] - m) / 16.0);
            }
            total += Math.log(s) + beta * (m - k[r * width + label[r]]) / 16.0;
        }
        return total / rows;
    }

    /** NLL(β) · rows in 40 digits: ln Π_r Σⱼ exp(β zⱼ) − β Σ_r z_y. */
    Dfp nllTimesRows(double beta) {
        Dfp b = Reference.dfp(beta);
        Dfp[] e = new Dfp[kMax - kMin + 1];
        for (int i = kMin; i <= kMax; i++) {
            e[i - kMin] = DfpMath.exp(b.multiply(i).divide(16));
        }
        Dfp product = Reference.FIELD.getOne();
        long labelSum = 0;
        for (int r = 0; r < rows; r++) {
            Dfp s = Reference.FIELD.getZero();
            for (int j = 0; j < width; j++) {
                s = s.add(e[k[r * width + j] - kMin]);
            }
            product = product.multiply(s);
            labelSum += k[r * width + label[r]];
        }
        return DfpMath.log(product).subtract(b.multiply(Reference.dfp(labelSum)).divide(16));
    }

    /** Returns the minimising β, to 10⁻¹⁰ relative. */
    double minimiser() {
        // dense grid: 601 points, log β from -6 to 6 (T from 0.0025 to 403)
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 600; i++) {
            double v = nll(Math.exp(-6 + i * 0.02));
            if (v < bestValue) {
                bestValue = v;
                best = i;
            }
        }
        if (best == 0 || best == 600) {
            throw new IllegalStateException("the minimum is outside the reference's grid (index " + best + ")");
        }
        double[] bracket = golden(Math.exp(-6 + (best - 1) * 0.02), Math.exp(-6 + (best + 1) * 0.02), 1e-6,
                this::nll, Double::compare);
        // widen by the bracket's width on each side, so that a misstep of the double stage at its noise floor is caught
        double w = bracket[1] - bracket[0];
        bracket = golden(bracket[0] - w, bracket[1] + w, 1e-10, this::nllTimesRows,
                (x, y) -> x.lessThan(y) ? -1 : y.lessThan(x) ? 1 : 0);
        return 0.5 * (bracket[0] + bracket[1]);
    }

    /** Golden-section search for the minimum of f on [a, b] until b − a &lt;= tolerance · a; returns {a, b}. */
    private static <T> double[] golden(double a, double b, double tolerance, DoubleFunction<T> f,
            Comparator<T> order) {
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        T fc = f.apply(c);
        T fd = f.apply(d);
        while (b - a > tolerance * a) {
            if (order.compare(fc, fd) < 0) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = f.apply(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = f.apply(d);
            }
        }
        return new double[] {a, b};
    }
}
