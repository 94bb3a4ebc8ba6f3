/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arbitrary-precision exponential and logarithm on {@link BigDecimal}: used once at class
 * initialisation to build exact constant tables, and as the slow path of
 * {@code LogSumExp} when the fast double-double path cannot guarantee its bound
 * (catastrophic cancellation of the maximum against the logarithm).
 *
 * <p>Internal: not part of the public API.
 */
public final class BigMath {
    /** ln 2 to 90 significant digits. */
    public static final BigDecimal LN2 = new BigDecimal(
            "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863327");

    private BigMath() {
    }

    /** Fixed-point tables for {@link #sumExp}, built on first use (the slow path is rare). */
    private static final class Fixed {
        /** Fraction bits of every fixed-point number: values are BigInteger · 2^-P. */
        static final int P = 200;
        static final int DEGREE = 14;
        static final double INV_STEP = 256 / Math.log(2);
        static final BigInteger STEP;
        static final BigInteger[] POW2 = new BigInteger[256];
        static final BigInteger[] INV_FACT = new BigInteger[DEGREE + 1];

        static {
            MathContext wide = new MathContext(90, RoundingMode.HALF_EVEN);
            BigDecimal one = new BigDecimal(BigInteger.ONE.shiftLeft(P));
            BigDecimal step = LN2.divide(BigDecimal.valueOf(256), wide);
            STEP = step.multiply(one).toBigInteger();
            BigDecimal e = exp(step, wide);
            BigDecimal t = BigDecimal.ONE;
            for (int j = 0; j < 256; j++) {
                POW2[j] = t.multiply(one).toBigInteger();
                t = t.multiply(e, wide);
            }
            BigInteger f = BigInteger.ONE;
            for (int k = 0; k <= DEGREE; k++) {
                if (k > 0) {
                    f = f.multiply(BigInteger.valueOf(k));
                }
                INV_FACT[k] = BigInteger.ONE.shiftLeft(P).divide(f);
            }
        }

        /** Returns x · 2^P truncated toward zero (exact for |x| &gt;= 2^-147). */
        static BigInteger of(double x) {
            long bits = Double.doubleToRawLongBits(x);
            int exp = (int) ((bits >>> 52) & 0x7ff);
            long mant = bits & 0xfffffffffffffL;
            if (exp == 0) {
                exp = 1;
            } else {
                mant |= 1L << 52;
            }
            int shift = exp - 1075 + P;
            BigInteger m = BigInteger.valueOf(mant);
            m = shift >= 0 ? m.shiftLeft(shift) : m.shiftRight(-shift);
            return x < 0 ? m.negate() : m;
        }
    }

    /**
     * Returns Σ exp(zᵢ − m) over the entries with zᵢ − m &gt;= -200, in binary fixed point with
     * 200 fraction bits (absolute error below 2^-180 per term), as an exact BigDecimal. Each
     * term: zᵢ − m exactly, n = round((zᵢ − m)·256/ln 2), r = zᵢ − m − n·ln2/256 (|r| &lt;= 0.0014),
     * a degree-14 Taylor polynomial, the table 2^(j/256), then a shift by n/256.
     */
    public static BigDecimal sumExp(double[] z, double m) {
        int p = Fixed.P;
        BigInteger fm = Fixed.of(m);
        BigInteger sum = BigInteger.ZERO;
        for (double zi : z) {
            double approx = zi - m;
            if (zi == Double.NEGATIVE_INFINITY || approx < -200) {
                continue;
            }
            BigInteger x = Fixed.of(zi).subtract(fm);
            int n = (int) Math.rint(approx * Fixed.INV_STEP);
            BigInteger r = x.subtract(Fixed.STEP.multiply(BigInteger.valueOf(n)));
            BigInteger poly = Fixed.INV_FACT[Fixed.DEGREE];
            for (int k = Fixed.DEGREE - 1; k >= 0; k--) {
                poly = poly.multiply(r).shiftRight(p).add(Fixed.INV_FACT[k]);
            }
            BigInteger term = poly.multiply(Fixed.POW2[n & 255]).shiftRight(p);
            int k = n >> 8;
            sum = sum.add(k >= 0 ? term.shiftLeft(k) : term.shiftRight(-k));
        }
        return new BigDecimal(sum).divide(new BigDecimal(BigInteger.ONE.shiftLeft(p)));
    }

    /**
     * Returns exp(x) rounded to {@code mc}; x must lie in [-800, 800].
     * Algorithm: x / 2^s with |x / 2^s| < 2^-10, Taylor series, then s squarings, all with
     * enough guard digits that the squarings' error growth (a factor 2^s) stays below
     * the requested precision.
     */
    public static BigDecimal exp(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        int s = 10;
        double ax = Math.abs(x.doubleValue());
        while (ax >= 1.0 / 1024) {
            ax /= 2;
            s++;
        }
        int guard = 10 + (int) Math.ceil(s * 0.30103);
        MathContext wc = new MathContext(mc.getPrecision() + guard, RoundingMode.HALF_EVEN);
        BigDecimal r = x.divide(BigDecimal.valueOf(2).pow(s), wc);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(wc.getPrecision() + 2);
        for (int n = 1; n < 200; n++) {
            term = term.multiply(r, wc).divide(BigDecimal.valueOf(n), wc);
            sum = sum.add(term, wc);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < s; i++) {
            sum = sum.multiply(sum, wc);
        }
        return sum.round(mc);
    }

    /**
     * Returns ln(x) rounded to {@code mc}, for x &gt; 0 whose double value is a normal
     * number. Halley's iteration on exp, started from {@link Math#log}: each step
     * triples the number of correct digits.
     */
    public static BigDecimal log(BigDecimal x, MathContext mc) {
        MathContext wc = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal y = new BigDecimal(Math.log(x.doubleValue()));
        BigDecimal two = BigDecimal.valueOf(2);
        // 53 correct bits, then 159, 477, ...: stop once well past the working precision
        for (int bits = 50; bits < wc.getPrecision() * 3.33 + 20; bits *= 3) {
            BigDecimal e = exp(y, wc);
            BigDecimal num = x.subtract(e, wc).multiply(two, wc);
            BigDecimal den = x.add(e, wc);
            y = y.add(num.divide(den, wc), wc);
        }
        return y.round(mc);
    }
}
