package io.github.activations.examples.java;

import java.util.SplittableRandom;

/**
 * A seeded source of logits for property tests: ordinary values with the edge cases that break softmax
 * implementations mixed in (±0, subnormals, ±MAX_VALUE, the overflow threshold of exp at ±709.78, the subnormal
 * tail at −745, exact ties, near-equal logits, long vectors).
 *
 * <p>Same seed, same sequence: a failure found with seed S is found again with {@code -Dactivations.seed=S}.
 */
final class LogitGenerator {
    /** Values where floating-point softmax implementations go wrong. None is NaN. */
    static final double[] SPECIAL = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, 1e-310, -1e-310,
        1e-20, -1e-20, 1, -1, 36.7, -36.7, 709.78, -709.78, 710, -710, 745, -745, -745.2, 1000, -1000,
        1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE,
    };

    private final SplittableRandom random;

    LogitGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Any double but NaN, infinities included: the scalar input of the sigmoid. */
    double scalar() {
        switch (random.nextInt(5)) {
            case 0:
                return random.nextInt(8) == 0 ? (random.nextBoolean() ? 1 : -1) * Double.POSITIVE_INFINITY
                        : special();
            case 1:
                return random.nextDouble(-40, 40);         // where the sigmoid is neither 0 nor 1
            case 2:
                return random.nextDouble(-800, 800);       // the overflow and underflow of exp
            default:
                double z;
                do {
                    z = Double.longBitsToDouble(random.nextLong());   // any bit pattern: every binade equally
                } while (Double.isNaN(z));
                return z;
        }
    }

    /** A finite logit vector of length 1 to 1,000, mostly short, drawn from one of several families. */
    double[] finiteVector() {
        int n = length();
        double[] z = new double[n];
        switch (random.nextInt(6)) {
            case 0:    // the tutorial's scale
                fill(z, -10, 10);
                break;
            case 1:    // logits far apart: most probabilities underflow
                fill(z, -1000, 1000);
                break;
            case 2: {  // near-equal logits: probabilities close to 1/n
                double base = random.nextDouble(-100, 100);
                for (int i = 0; i < n; i++) {
                    z[i] = base + random.nextInt(-4, 5) * Math.ulp(base) * random.nextInt(1, 1 << 20);
                }
                break;
            }
            case 3: {  // exact ties: a few distinct values, repeated
                double[] values = {random.nextDouble(-5, 5), random.nextDouble(-5, 5), special()};
                for (int i = 0; i < n; i++) {
                    z[i] = values[random.nextInt(values.length)];
                }
                break;
            }
            case 4:    // huge magnitudes: differences overflow if computed carelessly
                for (int i = 0; i < n; i++) {
                    z[i] = random.nextDouble(-1, 1) * Double.MAX_VALUE;
                }
                break;
            default:   // ordinary values with special ones mixed in
                fill(z, -50, 50);
                for (int i = 0; i < n; i++) {
                    if (random.nextInt(4) == 0) {
                        z[i] = special();
                    }
                }
                break;
        }
        return z;
    }

    /** A finite vector with, now and then, some infinite entries (never all −∞, which has no softmax). */
    double[] vector() {
        double[] z = finiteVector();
        if (random.nextInt(10) == 0) {
            int k = random.nextInt(1, z.length + 1);
            for (int j = 0; j < k; j++) {
                z[random.nextInt(z.length)] = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
            if (allNegativeInfinity(z)) {
                z[random.nextInt(z.length)] = special();
            }
        }
        return z;
    }

    /** A shift c to add to every logit: ordinary, large (past the overflow of exp), or tiny. */
    double shift() {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextDouble(-10, 10);
            case 1:
                return random.nextInt(-1000, 1001);        // an integer: often z + c is exact
            case 2:
                return random.nextDouble(-1000, 1000);
            default:
                return random.nextDouble(-1e-10, 1e-10);
        }
    }

    private int length() {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return random.nextInt(100, 1001);              // long vectors: 5% of cases
        }
        if (kind == 1) {
            return 1;
        }
        return random.nextInt(2, 12);
    }

    private double special() {
        return SPECIAL[random.nextInt(SPECIAL.length)];
    }

    private void fill(double[] z, double from, double to) {
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextDouble(from, to);
        }
    }

    private static boolean allNegativeInfinity(double[] z) {
        for (double v : z) {
            if (v != Double.NEGATIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }
}
