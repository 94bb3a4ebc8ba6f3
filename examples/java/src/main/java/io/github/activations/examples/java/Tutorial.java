/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Runs the seed tutorial's steps in order and prints their numbers, rounded to 3 decimals as the tutorial does.
 *
 * <p>Numbers are printed with {@link Locale#ROOT}: under a German default locale {@code 0.249} would print as
 * {@code 0,249}.
 */
public final class Tutorial {
    private Tutorial() { }

    /**
     * Prints every step; writes the sigmoid plot to the path given as the first argument, or to
     * {@code target/sigmoid.png}.
     *
     * @param args an optional path for the sigmoid plot
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        run(System.out, Path.of(args.length > 0 ? args[0] : "target/sigmoid.png"));
    }

    /**
     * Prints every step to {@code out} and writes the sigmoid plot to {@code png}.
     *
     * @param out where to print
     * @param png where to write the sigmoid plot
     */
    public static void run(PrintStream out, Path png) {
        SoftmaxScores.Result scores = SoftmaxScores.compute();
        out.println("1. softmax(" + round3(scores.z()) + ") = " + round3(scores.p())
                + ", sum " + round3(scores.total()) + ", argmax " + scores.k() + " (" + scores.label() + ")");

        WhyNotSigmoid.Result sigmoid = WhyNotSigmoid.compute();
        out.println("2. sigmoid of each logit = " + round3(sigmoid.s()) + ", sum " + round3(sigmoid.total())
                + ", classes above 0.5: " + sigmoid.aboveThreshold());

        WhyNotArgmax.Result argmax = WhyNotArgmax.compute();
        out.println("3. one-hot argmax = " + round3(argmax.oneHot())
                + ", gradient " + round3(argmax.argmaxGradient())
                + "; softmax gradient " + round3(argmax.softmaxGradient()));

        WhyNotDivideBySum.Result divide = WhyNotDivideBySum.compute();
        out.println("4. divide by sum: z1 -> " + round3(divide.z1())
                + "; z2 -> " + divide.z2error().getMessage()
                + "; z3 -> " + round3(divide.z3()) + " vs softmax " + round3(divide.softmaxZ3())
                + "; z4 -> " + round3(divide.z4()) + " vs softmax " + round3(divide.softmaxZ4()));

        NumericalStability.Result stability = NumericalStability.compute();
        out.println("5. logits + 1000: naive " + round3(stability.naive()) + ", Softmax.of " + round3(stability.stable()));

        long mismatches = TwoClasses.mismatches(-750, 750, 0.125);
        out.println("6. softmax([z, 0])[0] vs sigmoid(z) for z in [-750, 750] step 0.125: " + mismatches
                + " bit mismatches");

        out.println("7. sigmoid curve written to " + SigmoidCurve.write(png));
    }

    /**
     * Formats a vector rounded to 3 decimals, like NumPy's {@code np.round(v, 3)}: {@code [0.249, 0.664, 0.087]}.
     *
     * @param v the vector
     * @return its text
     */
    public static String round3(double[] v) {
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        for (double x : v) {
            joiner.add(round3(x));
        }
        return joiner.toString();
    }

    /**
     * Formats a number rounded to 3 decimals with {@link Locale#ROOT}, dropping trailing zeros: {@code 0.75}.
     *
     * @param x the number
     * @return its text
     */
    public static String round3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        String s = String.format(Locale.ROOT, "%.3f", x);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
