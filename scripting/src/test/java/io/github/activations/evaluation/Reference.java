/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.evaluation;

import io.github.activations.data.Dataset;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.apache.commons.math3.dfp.DfpMath;

/**
 * Independent reference values, computed in 40-digit decimal arithmetic (Commons Math's
 * {@link Dfp}) straight from the definitions, without any code of the library under test.
 */
final class Reference {
    static final DfpField FIELD = new DfpField(40);

    private Reference() {
    }

    static Dfp dfp(double x) {
        return FIELD.newDfp(x);
    }

    /** softmax(z / t) in 40 digits; z finite. */
    static Dfp[] softmax(double[] z, double t) {
        Dfp[] e = new Dfp[z.length];
        Dfp max = dfp(z[0]);
        for (double v : z) {
            Dfp d = dfp(v);
            if (d.greaterThan(max)) {
                max = d;
            }
        }
        Dfp sum = FIELD.getZero();
        Dfp temperature = dfp(t);
        for (int j = 0; j < z.length; j++) {
            e[j] = DfpMath.exp(dfp(z[j]).subtract(max).divide(temperature));
            sum = sum.add(e[j]);
        }
        for (int j = 0; j < z.length; j++) {
            e[j] = e[j].divide(sum);
        }
        return e;
    }

    /** σ(x) = 1 / (1 + e^−x) in 40 digits. */
    static Dfp sigmoid(Dfp x) {
        return FIELD.getOne().divide(FIELD.getOne().add(DfpMath.exp(x.negate())));
    }

    /** Metrics at temperature t: see {@link #metrics(Dataset, double, double, double, int)}. */
    static double[] metrics(Dataset data, double t, int bins) {
        return metrics(data, t, 1, 0, bins);
    }

    /**
     * Metrics from the definitions: index 0 NLL, 1 Brier, 2 mean entropy, 3 ECE, 4 MCE. Multi-class
     * rows use softmax(z / t); one score s per row uses σ((a·s + b) / t), all in 40 digits.
     */
    static double[] metrics(Dataset data, double t, double a, double b, int bins) {
        int rows = data.rows();
        Dfp nll = FIELD.getZero();
        Dfp brier = FIELD.getZero();
        Dfp entropy = FIELD.getZero();
        Dfp[] confidence = new Dfp[bins];
        long[] count = new long[bins];
        long[] right = new long[bins];
        for (int i = 0; i < bins; i++) {
            confidence[i] = FIELD.getZero();
        }
        for (int r = 0; r < rows; r++) {
            int y = data.label(r);
            Dfp[] p;
            int predicted;
            if (data.isBinary()) {
                Dfp logit = dfp(a).multiply(dfp(data.logits().get(r, 0))).add(dfp(b)).divide(dfp(t));
                Dfp p1 = sigmoid(logit);
                p = new Dfp[] {FIELD.getOne().subtract(p1), p1};
                predicted = logit.greaterThan(FIELD.getZero()) ? 1 : 0;
            } else {
                double[] z = data.logits().row(r);
                p = softmax(z, t);
                predicted = 0;
                for (int j = 1; j < z.length; j++) {
                    if (z[j] > z[predicted]) {
                        predicted = j;
                    }
                }
            }
            nll = nll.subtract(DfpMath.log(p[y]));
            Dfp squares = FIELD.getZero();
            for (int j = 0; j < p.length; j++) {
                Dfp d = p[j].subtract(j == y ? FIELD.getOne() : FIELD.getZero());
                squares = squares.add(d.multiply(d));
                if (!p[j].isZero()) {
                    entropy = entropy.subtract(p[j].multiply(DfpMath.log(p[j])));
                }
            }
            brier = brier.add(data.isBinary() ? squares.divide(2) : squares);
            double c = p[predicted].toDouble();
            int bin = 0;
            while (bin < bins - 1 && c > (double) (bin + 1) / bins) {
                bin++;
            }
            count[bin]++;
            right[bin] += predicted == y ? 1 : 0;
            confidence[bin] = confidence[bin].add(p[predicted]);
        }
        Dfp ece = FIELD.getZero();
        double mce = 0;
        for (int i = 0; i < bins; i++) {
            if (count[i] > 0) {
                Dfp gap = dfp(right[i]).subtract(confidence[i]).abs();
                ece = ece.add(gap);
                mce = Math.max(mce, gap.divide(dfp(count[i])).toDouble());
            }
        }
        Dfp n = dfp(rows);
        return new double[] {nll.divide(n).toDouble(), brier.divide(n).toDouble(), entropy.divide(n).toDouble(),
            ece.divide(n).toDouble(), mce};
    }
}
