/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.testing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.apache.commons.math3.dfp.DfpMath;

/**
 * The oracle: softmax, log-softmax, log-sum-exp, entropy, sigmoid, log-sigmoid and logit computed with
 * Commons Math's {@link Dfp} at {@value #DIGITS} decimal digits, returned as exact
 * {@link BigDecimal}s to measure ulp errors against. The formulas are the textbook ones
 * (no tricks to get right, which is the point); 50 digits leave over 30 digits of margin on
 * every data set we use, the cancelling ones ([0, −37], [−ln 2, −ln 2]) included.
 *
 * <p>Entries equal to each other are exponentiated once, so a 10^5-element vector of
 * near-equal logits drawn from a thousand distinct values costs a thousand exponentials.
 * Only finite inputs (and −∞ entries in vectors) are supported: the special cases are tested
 * elsewhere.
 */
public final class Reference {
    /** Decimal digits of the Dfp field. */
    public static final int DIGITS = 50;

    private static final DfpField FIELD = new DfpField(DIGITS);
    /** exp(x) for x below this is under 1e−347: it cannot reach a double result and is taken as 0. */
    private static final double EXP_CUTOFF = -800;

    private Reference() {
    }

    /**
     * Returns x as a Dfp (exact to 50 digits).
     *
     * @param x a finite double
     * @return x
     */
    public static Dfp dfp(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("the reference takes finite values only: " + x);
        }
        return FIELD.newDfp(x);
    }

    /**
     * Returns the Dfp as a BigDecimal.
     *
     * @param x a finite Dfp
     * @return the same value
     */
    public static BigDecimal big(Dfp x) {
        if (x.isNaN() || x.isInfinite()) {
            throw new ArithmeticException("reference overflow: " + x);
        }
        if (x.isZero()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(x.toString());
    }

    private static Dfp exp(Dfp x) {
        if (x.lessThan(dfp(EXP_CUTOFF))) {
            return FIELD.getZero();
        }
        return DfpMath.exp(x);
    }

    /**
     * Returns ln(1 + r), by its series for tiny r: ln(1 + r) formed as such would lose r
     * entirely once r is below 1e−50 (e.g. r = e^−745 in LSE([0, −745])).
     */
    private static Dfp log1p(Dfp r) {
        if (r.abs().lessThan(dfp(1e-12))) {
            // r − r²/2 + r³/3 − r⁴/4 + r⁵/5: the next term is below 1e-72 · |r|
            Dfp sum = FIELD.getZero();
            Dfp power = r;
            for (int k = 1; k <= 5; k++) {
                Dfp term = power.divide(k);
                sum = k % 2 == 1 ? sum.add(term) : sum.subtract(term);
                power = power.multiply(r);
            }
            return sum;
        }
        return DfpMath.log(FIELD.getOne().add(r));
    }

    /**
     * exp((v − m)/t) for each distinct finite v, their sum with multiplicities, and that sum
     * minus 1 formed without cancellation (the maximum's own term, 1, left out).
     */
    private static final class Terms {
        final Map<Double, Dfp> e = new HashMap<>();
        Dfp sum = FIELD.getZero();
        Dfp rest = FIELD.getZero();
        final double m;
        final double t;

        Terms(double[] z, double t) {
            this.t = t;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                if (v != v || v == Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException("the reference takes finite or −∞ entries only: " + v);
                }
                max = Math.max(max, v);
            }
            if (max == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("every entry is −∞");
            }
            m = max;
            boolean skipped = false;
            for (double v : z) {
                if (v == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                Dfp ev = e.get(v);
                if (ev == null) {
                    ev = exp(scaled(v));
                    e.put(v, ev);
                }
                if (v == m && !skipped) {
                    skipped = true; // the maximum's term, exactly 1, is the "1 +" of 1 + rest
                } else {
                    rest = rest.add(ev);
                }
            }
            sum = FIELD.getOne().add(rest);
        }

        /** (v − m)/t, exact to 50 digits. */
        Dfp scaled(double v) {
            Dfp x = dfp(v).subtract(dfp(m));
            return t == 1 ? x : x.divide(dfp(t));
        }

        /** ln Σ exp((v − m)/t) = log1p(rest). */
        Dfp logSum() {
            return log1p(rest);
        }
    }

    /**
     * Returns softmax(z)ᵢ = exp(zᵢ − m) / Σⱼ exp(zⱼ − m).
     *
     * @param z finite logits (−∞ allowed, not all)
     * @return the exact probabilities
     */
    public static BigDecimal[] softmax(double[] z) {
        return softmax(z, 1);
    }

    /**
     * Returns softmax(z / t), with z / t never rounded to double.
     *
     * @param z finite logits (−∞ allowed, not all)
     * @param t a finite temperature &gt; 0
     * @return the exact probabilities
     */
    public static BigDecimal[] softmax(double[] z, double t) {
        Terms terms = new Terms(z, t);
        Map<Double, BigDecimal> p = new HashMap<>();
        BigDecimal[] out = new BigDecimal[z.length];
        for (int i = 0; i < z.length; i++) {
            if (z[i] == Double.NEGATIVE_INFINITY) {
                out[i] = BigDecimal.ZERO;
            } else {
                out[i] = p.computeIfAbsent(z[i], v -> big(terms.e.get(v).divide(terms.sum)));
            }
        }
        return out;
    }

    /**
     * Returns log-softmax(z)ᵢ = (zᵢ − m) − ln Σⱼ exp(zⱼ − m).
     *
     * @param z finite logits
     * @return the exact log-probabilities
     */
    public static BigDecimal[] logSoftmax(double[] z) {
        return logSoftmax(z, 1);
    }

    /**
     * Returns log-softmax(z / t)ᵢ = (zᵢ − m)/t − ln Σⱼ exp((zⱼ − m)/t), with (zᵢ − m)/t never
     * rounded to double.
     *
     * @param z finite logits
     * @param t a finite temperature &gt; 0
     * @return the exact log-probabilities
     */
    public static BigDecimal[] logSoftmax(double[] z, double t) {
        Terms terms = new Terms(z, t);
        Dfp lnS = terms.logSum();
        Map<Double, BigDecimal> l = new HashMap<>();
        BigDecimal[] out = new BigDecimal[z.length];
        for (int i = 0; i < z.length; i++) {
            if (z[i] == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("log-softmax of −∞ is −∞, not a number");
            }
            out[i] = l.computeIfAbsent(z[i], v -> big(terms.scaled(v).subtract(lnS)));
        }
        return out;
    }

    /**
     * Returns the entropy −Σ pᵢ ln pᵢ of p = softmax(z / t), as ln S + Σ eᵢ·(m − zᵢ)/t / S with
     * eᵢ = exp((zᵢ − m)/t) and S = Σ eᵢ: two terms &gt;= 0 (no cancellation), ln S as log1p of
     * the non-maximal terms. Entries −∞, and entries whose exponential is below the cutoff,
     * contribute 0.
     *
     * @param z finite logits (−∞ allowed, not all)
     * @param t a finite temperature &gt; 0
     * @return the exact entropy
     */
    public static BigDecimal entropy(double[] z, double t) {
        Terms terms = new Terms(z, t);
        Map<Double, Dfp> weighted = new HashMap<>();
        Dfp a = FIELD.getZero();
        for (double v : z) {
            if (v == Double.NEGATIVE_INFINITY) {
                continue;
            }
            a = a.add(weighted.computeIfAbsent(v, w -> terms.e.get(w).multiply(terms.scaled(w).negate())));
        }
        return big(terms.logSum().add(a.divide(terms.sum)));
    }

    /**
     * Returns −Σ pᵢ ln pᵢ for probabilities pᵢ in [0, 1] (0 · ln 0 = 0), as given.
     *
     * @param p probabilities
     * @return the exact entropy
     */
    public static BigDecimal entropy(double[] p) {
        Dfp h = FIELD.getZero();
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("not a probability: " + v);
            }
            if (v != 0) {
                h = h.subtract(dfp(v).multiply(DfpMath.log(dfp(v))));
            }
        }
        return big(h);
    }

    /**
     * Returns ln Σ exp(zᵢ) = m + ln Σ exp(zᵢ − m).
     *
     * @param z finite logits (−∞ allowed, not all)
     * @return the exact log-sum-exp
     */
    public static BigDecimal logSumExp(double[] z) {
        Terms terms = new Terms(z, 1);
        return big(dfp(terms.m).add(terms.logSum()));
    }

    /**
     * Returns σ(x) = 1 / (1 + e^−x) (as e^x / (1 + e^x) for x &lt; 0).
     *
     * @param x a finite logit
     * @return the exact sigmoid
     */
    public static BigDecimal sigmoid(double x) {
        Dfp one = FIELD.getOne();
        if (x >= 0) {
            return big(one.divide(one.add(exp(dfp(-x)))));
        }
        Dfp e = exp(dfp(x));
        return big(e.divide(one.add(e)));
    }

    /**
     * Returns ln σ(x) = −ln(1 + e^−x) (as x − ln(1 + e^x) for x &lt; 0).
     *
     * @param x a finite logit
     * @return the exact log-sigmoid
     */
    public static BigDecimal logSigmoid(double x) {
        if (x >= 0) {
            return big(log1p(exp(dfp(-x))).negate());
        }
        return big(dfp(x).subtract(log1p(exp(dfp(x)))));
    }

    /**
     * Returns logit(p) = ln(p / (1 − p)).
     *
     * @param p a probability strictly between 0 and 1
     * @return the exact logit
     */
    public static BigDecimal logit(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("the reference takes p in (0, 1) only: " + p);
        }
        Dfp dp = dfp(p);
        Dfp q = FIELD.getOne().subtract(dp);
        if (p >= 0.25 && p <= 0.75) {
            // log1p((2p − 1) / (1 − p)): keeps the digits of results near 0 (p near 1/2)
            return big(log1p(dp.add(dp).subtract(FIELD.getOne()).divide(q)));
        }
        return big(DfpMath.log(dp).subtract(DfpMath.log(q)));
    }
}
