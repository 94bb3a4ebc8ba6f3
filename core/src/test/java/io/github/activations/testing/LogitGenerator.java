/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.testing;

import java.util.SplittableRandom;

/**
 * Seeded generator of logits, probabilities and temperatures that mixes ordinary values with
 * the edge cases where softmax code breaks: ±0, subnormals, ±{@code MAX_VALUE}, ±709.78
 * (where exp overflows), −745 (where it underflows past the last subnormal), exact ties,
 * long vectors and near-equal logits. No NaN unless asked; infinities only from
 * {@link #logitsWithInfinities()} and {@link #anyDouble()}.
 *
 * <p>Same seed, same sequence: every draw comes from one {@link SplittableRandom}.
 */
public final class LogitGenerator {
    /** ln 2 rounded to double. */
    public static final double LN2 = Math.log(2);

    /** Values at the edges of double arithmetic and of exp, log and the sigmoid. */
    private static final double[] EDGES = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 0x1p-1070, -0x1.8p-1060,
        Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        1e308, -1e308, 0x1p1023, -0x1p1023,
        709.78, -709.78, 709.782712893384, -709.782712893384, 710, -710,
        -708.4, 708.4, -745, 745, -745.13, -745.1332191019412, -745.2, -744.44,
        36.7368005696771, -36.7368005696771, 37, -37, 40, -40,
        1, -1, 0.5, -0.5, LN2, -LN2, 1e-300, -1e-300, 1e-16, -1e-16, 0x1p-53, -0x1p-53,
    };

    private final SplittableRandom random;

    /**
     * Creates a generator.
     *
     * @param seed the seed
     */
    public LogitGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    // ------------------------------------------------------------------ primitives

    /** @return a uniform int in [0, bound) */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** @return a uniform int in [from, to] (both inclusive) */
    public int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    /** @return a uniform double in [from, to) */
    public double uniform(double from, double to) {
        return random.nextDouble(from, to);
    }

    /** @return true with probability p */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** @return a random long */
    public long nextLong() {
        return random.nextLong();
    }

    /** @return a standard normal variate */
    public double gaussian() {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** @return one of the given values, uniformly */
    public double oneOf(double... values) {
        return values[random.nextInt(values.length)];
    }

    // ------------------------------------------------------------------ scalars

    /** @return an edge value (see the class comment) */
    public double edge() {
        if (chance(0.2)) {
            return subnormal();
        }
        return EDGES[random.nextInt(EDGES.length)];
    }

    /** @return a random subnormal, either sign */
    public double subnormal() {
        double s = Double.longBitsToDouble(random.nextLong(1, 1L << 52));
        return random.nextBoolean() ? s : -s;
    }

    /** @return a double from uniformly random bits, finite or infinite, never NaN */
    public double anyDouble() {
        while (true) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (x == x) {
                return x;
            }
        }
    }

    /** @return a finite double from uniformly random bits */
    public double anyFinite() {
        while (true) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(x)) {
                return x;
            }
        }
    }

    /** @return an ordinary logit: uniform on [−20, 20], normal, or a short binary fraction (ties likely) */
    public double ordinary() {
        switch (random.nextInt(3)) {
            case 0:
                return uniform(-20, 20);
            case 1:
                return 5 * gaussian();
            default:
                return random.nextInt(-64, 65) / 8.0;
        }
    }

    /** @return a logit: mostly ordinary, sometimes an edge value, now and then any finite double */
    public double logit() {
        double u = random.nextDouble();
        if (u < 0.75) {
            return ordinary();
        }
        if (u < 0.95) {
            return edge();
        }
        return anyFinite();
    }

    /**
     * @return a probability in [0, 1]: uniform, near 0 (subnormals included), near 1
     *     (1 − k·2^−53), near 1/2, or exactly 0, 1/2 or 1
     */
    public double probability() {
        switch (random.nextInt(6)) {
            case 0:
                return random.nextDouble();
            case 1:
                return Math.scalb(uniform(0.5, 1), -random.nextInt(1, 1075));
            case 2:
                return 1 - random.nextInt(1, 1 << 20) * 0x1p-53;
            case 3:
                return 1 - Math.scalb(uniform(0.5, 1), -random.nextInt(1, 54));
            case 4:
                return 0.5 + random.nextInt(-1 << 20, 1 << 20) * 0x1p-54;
            default:
                return oneOf(0.0, 0.5, 1.0, Double.MIN_VALUE, 0.25, 0.75, Math.nextDown(1.0));
        }
    }

    /** @return a temperature: mostly in [0.01, 100], sometimes tiny or huge (finite, &gt; 0) */
    public double temperature() {
        double u = random.nextDouble();
        if (u < 0.8) {
            return Math.exp(uniform(Math.log(0.01), Math.log(100)));
        }
        if (u < 0.9) {
            return Math.scalb(1.0, random.nextInt(-1074, 1024)) * uniform(1, 2 - 0x1p-52);
        }
        return oneOf(Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e300, Double.MAX_VALUE, 1.0);
    }

    /** @return a length: mostly 1 to 12, sometimes up to 200, rarely 1,000 to 20,000 */
    public int length() {
        double u = random.nextDouble();
        if (u < 0.8) {
            return random.nextInt(1, 13);
        }
        if (u < 0.98) {
            return random.nextInt(13, 201);
        }
        return random.nextInt(1_000, 20_001);
    }

    // ------------------------------------------------------------------ vectors

    /** @return {@code n} ordinary logits */
    public double[] ordinary(int n) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = ordinary();
        }
        return z;
    }

    /**
     * @return {@code n} near-equal logits: c + kᵢ·2^e with c random, |kᵢ| &lt;= 1000 and the
     *     step 2^e between one ulp of c and 2^−20, so the differences are tiny
     */
    public double[] nearEqual(int n) {
        double c = ordinary();
        double step = Math.max(Math.ulp(c), Math.scalb(1.0, random.nextInt(-60, -19)));
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = c + random.nextInt(-1000, 1001) * step;
        }
        return z;
    }

    /**
     * @return a vector with a maximum m and the other entries between m − 760 and m − 700,
     *     so their probabilities are subnormal or underflow to 0 (the −745 tail)
     */
    public double[] tails(int n) {
        double m = chance(0.5) ? 0 : ordinary();
        double[] z = new double[n];
        z[random.nextInt(n)] = m;
        for (int i = 0; i < n; i++) {
            if (z[i] != m) {
                z[i] = m - (chance(0.3) ? oneOf(745, 745.13, 744.44, 708.4, 709.78) : uniform(700, 760));
            }
        }
        return z;
    }

    /**
     * @param n the length, at least 1
     * @return a maximum 0 then n − 1 entries between −790 and −746: each term alone rounds to 0
     *     (e^−745.13 is half the smallest subnormal), but thousands of them sum to a subnormal
     */
    public double[] underflowingTail(int n) {
        double[] z = new double[n];
        for (int i = 1; i < n; i++) {
            z[i] = -uniform(746, 790);
        }
        return z;
    }

    /**
     * {@code maxima} entries equal to 0, then 1 to 3 entries in (−38.5, −35]: with 3, 6, 12 …
     * maxima, Σ e^(zᵢ − m) − 1 is 1.5·2^k − 1 plus a bit more than half an ulp of it.
     *
     * @param maxima how many entries share the maximum
     * @return the logits
     */
    public double[] maximaWithTinyTerms(int maxima) {
        double[] z = new double[maxima + between(1, 3)];
        for (int i = maxima; i < z.length; i++) {
            z[i] = -uniform(35, 38.5);
        }
        return z;
    }

    /**
     * A maximum m first (0, or an ordinary logit), then {@code n − 1} entries m − scale·gap with
     * gaps in [30, 45] or anywhere in [1, 745.2]: the log-probability of the maximum (the loss
     * of a confident right answer) is tiny, down to subnormal.
     *
     * @param n the length, at least 2
     * @param scale the gaps' unit, e.g. the temperature
     * @return the logits
     */
    public double[] confident(int n, double scale) {
        double m = chance(1.0 / 3) ? 0 : ordinary();
        boolean near = chance(0.5);
        double[] z = new double[n];
        z[0] = m;
        for (int i = 1; i < n; i++) {
            z[i] = m - scale * (near ? uniform(30, 45) : uniform(1, 745.2));
        }
        return z;
    }

    /** @return a temperature in [0.01, 100], log-uniform (the range of calibration and beyond) */
    public double moderateTemperature() {
        return Math.exp(uniform(Math.log(0.01), Math.log(100)));
    }

    /** @return {@code n} logits near ±{@code MAX_VALUE}, with ties at the top */
    public double[] huge(int n) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(4)) {
                case 0:
                    z[i] = oneOf(Double.MAX_VALUE, -Double.MAX_VALUE, 1e308, -1e308);
                    break;
                case 1:
                    z[i] = Double.MAX_VALUE - random.nextInt(0, 4) * Math.ulp(Double.MAX_VALUE);
                    break;
                case 2:
                    z[i] = uniform(-1, 1) * Double.MAX_VALUE;
                    break;
                default:
                    z[i] = i > 0 ? z[random.nextInt(i)] : 1e308;
                    break;
            }
        }
        return z;
    }

    /**
     * @return a vector of random shape: ordinary, with exact ties, near-equal, with −745
     *     tails, huge, long, or ordinary with edge values mixed in; always finite, no NaN
     */
    public double[] logits() {
        int n = length();
        switch (random.nextInt(8)) {
            case 0:
            case 1:
                return ordinary(n);
            case 2:
                return withTies(ordinary(n));
            case 3:
                return nearEqual(n);
            case 4:
                return tails(n);
            case 5:
                return huge(n);
            default:
                double[] z = new double[n];
                for (int i = 0; i < n; i++) {
                    z[i] = logit();
                }
                return chance(0.3) ? withTies(z) : z;
        }
    }

    /** @return like {@link #logits()}, with some entries replaced by ±∞ (never all −∞) */
    public double[] logitsWithInfinities() {
        double[] z = logits();
        int k = random.nextInt(0, Math.min(3, z.length) + 1);
        for (int j = 0; j < k; j++) {
            z[random.nextInt(z.length)] = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        boolean allNegativeInfinity = true;
        for (double v : z) {
            allNegativeInfinity &= v == Double.NEGATIVE_INFINITY;
        }
        if (allNegativeInfinity) {
            z[random.nextInt(z.length)] = ordinary();
        }
        return z;
    }

    /** Copies random entries over others (in place) so exact ties appear, the maximum included; returns z. */
    public double[] withTies(double[] z) {
        if (z.length < 2) {
            return z;
        }
        int copies = random.nextInt(1, z.length);
        for (int j = 0; j < copies; j++) {
            z[random.nextInt(z.length)] = z[random.nextInt(z.length)];
        }
        if (chance(0.5)) {
            double m = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                m = Math.max(m, v);
            }
            z[random.nextInt(z.length)] = m;
        }
        return z;
    }
}
