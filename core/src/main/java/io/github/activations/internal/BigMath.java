package io.github.activations.internal;

import java.math.BigDecimal;
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
