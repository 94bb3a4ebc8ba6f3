/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.testing;

/**
 * The seed of every randomized test. Fixed by default, so a build is reproducible; override
 * with {@code -Dactivations.seed=N} (the parent POM passes the property to Surefire; an empty
 * value means the default).
 */
public final class Seeds {
    /** The system property that overrides the seed. */
    public static final String PROPERTY = "activations.seed";
    /** The seed used when {@value #PROPERTY} is unset or empty. */
    public static final long DEFAULT = 20_240_611L;

    private Seeds() {
    }

    /**
     * Returns the seed: {@code -Dactivations.seed=N} if given and not empty, else {@link #DEFAULT}.
     *
     * @return the seed
     * @throws IllegalArgumentException if the property is set but not a long
     */
    public static long seed() {
        String value = System.getProperty(PROPERTY, "").trim();
        if (value.isEmpty()) {
            return DEFAULT;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " is not a long: '" + value + "'", e);
        }
    }

    /**
     * Returns the Maven command line that reruns one test with the given seed.
     *
     * @param test the Surefire test selector, e.g. {@code SoftmaxProperties#isShiftInvariant}
     * @param seed the seed to replay
     * @return a command line
     */
    public static String rerun(String test, long seed) {
        return "./mvnw -B -pl core test -Dtest=" + test + " -D" + PROPERTY + "=" + seed;
    }

    /**
     * Derives an independent seed for one case of one property (SplitMix64 finaliser over the
     * run seed, the property name and the case number), so each case replays on its own.
     *
     * @param seed the run seed
     * @param name the property name
     * @param caseNumber the case number, from 0
     * @return the case seed
     */
    public static long forCase(long seed, String name, int caseNumber) {
        long h = seed ^ (name.hashCode() * 0x9E3779B97F4A7C15L) ^ (caseNumber * 0xC2B2AE3D27D4EB4FL);
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
