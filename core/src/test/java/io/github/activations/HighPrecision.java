/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import java.math.BigDecimal;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.apache.commons.math3.dfp.DfpMath;

/**
 * Reference values at 40 significant digits with Commons Math's {@link Dfp}, rounded once to
 * double (through {@link BigDecimal#doubleValue}, which rounds correctly). For ordinary, finite
 * inputs only: the special values are what the special-cases tests are for.
 */
final class HighPrecision {
    private static final DfpField FIELD = new DfpField(40);

    private HighPrecision() {
    }

    static Dfp dfp(double x) {
        return FIELD.newDfp(x);
    }

    static double toDouble(Dfp x) {
        if (x.isZero()) {
            return 0.0;
        }
        return new BigDecimal(x.toString()).doubleValue();
    }

    /** softmax(z / t), the quotients exact to 40 digits. */
    static double[] softmax(double[] z, double t) {
        Dfp[] e = new Dfp[z.length];
        Dfp sum = FIELD.getZero();
        for (int i = 0; i < z.length; i++) {
            e[i] = DfpMath.exp(dfp(z[i]).divide(dfp(t)));
            sum = sum.add(e[i]);
        }
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = toDouble(e[i].divide(sum));
        }
        return p;
    }

    static double[] softmax(double[] z) {
        return softmax(z, 1.0);
    }

    /** ln Σ exp(zᵢ − m) with m = max(z), as a Dfp: exactly 0 for one entry. */
    static Dfp logSumShifted(double[] z) {
        double m = max(z);
        Dfp sum = FIELD.getZero();
        for (double v : z) {
            sum = sum.add(DfpMath.exp(dfp(v).subtract(dfp(m))));
        }
        return DfpMath.log(sum);
    }

    static double max(double[] z) {
        double m = z[0];
        for (double v : z) {
            m = Math.max(m, v);
        }
        return m;
    }

    static double logSumExp(double[] z) {
        return toDouble(logSumShifted(z).add(dfp(max(z))));
    }

    static double[] logSoftmax(double[] z) {
        Dfp lse = logSumShifted(z);
        Dfp m = dfp(max(z));
        double[] r = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            r[i] = toDouble(dfp(z[i]).subtract(m).subtract(lse));
        }
        return r;
    }

    static double sigmoid(double x) {
        return toDouble(FIELD.getOne().divide(FIELD.getOne().add(DfpMath.exp(dfp(-x)))));
    }

    static double logSigmoid(double x) {
        return toDouble(DfpMath.log(FIELD.getOne().add(DfpMath.exp(dfp(-x)))).negate());
    }

    static double logit(double p) {
        return toDouble(DfpMath.log(dfp(p).divide(FIELD.getOne().subtract(dfp(p)))));
    }

    static double[] divideBySum(double[] z) {
        Dfp sum = FIELD.getZero();
        for (double v : z) {
            sum = sum.add(dfp(v));
        }
        double[] r = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            r[i] = toDouble(dfp(z[i]).divide(sum));
        }
        return r;
    }

    static double crossEntropy(double[] z, int label) {
        return toDouble(logSumShifted(z).add(dfp(max(z)).subtract(dfp(z[label]))));
    }
}
