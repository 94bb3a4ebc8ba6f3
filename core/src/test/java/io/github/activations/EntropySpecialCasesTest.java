/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.returns;
import static io.github.activations.SpecialCases.returnsRows;
import static io.github.activations.SpecialCases.returnsSameAs;
import static io.github.activations.SpecialCases.returnsWithinUlps;
import static io.github.activations.SpecialCases.throwsIae;
import static io.github.activations.SpecialCases.throwsNpe;

import io.github.activations.SpecialCases.Call;
import io.github.activations.SpecialCases.Outcome;
import io.github.activations.SpecialCases.Table;
import io.github.activations.testing.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row of the special-cases table of {@link Entropy}, as documented. */
class EntropySpecialCasesTest {
    private static final Table TABLE = Table.of(Entropy.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double MAX = Double.MAX_VALUE;
    private static final double LN2 = 0.6931471805599453; // ln 2 correctly rounded
    private static final double LN3 = 1.0986122886681098; // ln 3 correctly rounded

    /** The 50-digit entropy of softmax(z / t), rounded to double. */
    private static double exact(double[] z, double t) {
        return Reference.entropy(z, t).doubleValue();
    }

    static List<Arguments> table() {
        String nulls = "p, z or a row null / length 0";
        String sums = "probabilities that do not sum to 1";
        return List.of(
                TABLE.row(nulls, "z null", throwsNpe("z is null"), () -> Entropy.ofLogits((double[]) null)),
                TABLE.row(nulls, "p null, float", throwsNpe("p is null"), () -> Entropy.of((float[]) null)),
                TABLE.row(nulls, "a row null", throwsNpe("rows[1] is null"), () -> Entropy.ofLogits(new double[][] {{1}, null}, 2.0)),
                TABLE.row(nulls, "a row of p null", throwsNpe("rows[0] is null"), () -> Entropy.of(new double[][] {null})),
                TABLE.row(nulls, "z empty", throwsIae("z is empty"), () -> Entropy.ofLogits(new double[0], 0.5)),
                TABLE.row(nulls, "float z empty", throwsIae("z is empty"), () -> Entropy.ofLogits(new float[0])),
                TABLE.row(nulls, "p empty", throwsIae("p is empty"), () -> Entropy.of(new double[0])),
                TABLE.row("a logit NaN", throwsIae("z[1] is NaN"), () -> Entropy.ofLogits(new double[] {0, Double.NaN, 1})),
                TABLE.row("a logit NaN", "float, with a temperature", throwsIae("z[0] is NaN"),
                        () -> Entropy.ofLogits(new float[] {Float.NaN}, 2.0)),
                TABLE.row("a logit NaN", "a row", throwsIae("rows[1][2] is NaN"),
                        () -> Entropy.ofLogits(new double[][] {{0}, {1, 2, Double.NaN}})),
                TABLE.row("every logit −∞", throwsIae("z has every entry -Infinity"),
                        () -> Entropy.ofLogits(new double[] {-INF, -INF})),
                TABLE.row("every logit −∞", "at T = 0", throwsIae("z has every entry -Infinity"),
                        () -> Entropy.ofLogits(new double[] {-INF}, 0.0)),
                TABLE.row("every logit −∞", "a row", throwsIae("rows[1] has every entry -Infinity"),
                        () -> Entropy.ofLogits(new double[][] {{0}, {-INF}})),
                TABLE.row("one logit, or a unique maximum with every other logit more than 800 below it (e.g. [0, −1e6])",
                        "one logit", returns(0.0), () -> Entropy.ofLogits(new double[] {-1e300})),
                TABLE.row("one logit, or a unique maximum with every other logit more than 800 below it (e.g. [0, −1e6])",
                        "[0, −1e6]", returns(0.0), () -> Entropy.ofLogits(new double[] {0, -1e6})),
                TABLE.row("one logit, or a unique maximum with every other logit more than 800 below it (e.g. [0, −1e6])",
                        "one +∞ among finite logits", returns(0.0), () -> Entropy.ofLogits(new double[] {3, INF, MAX})),
                TABLE.row("k logits +∞", "k = 2", returns(LN2), () -> Entropy.ofLogits(new double[] {INF, 3, INF})),
                TABLE.row("k logits +∞", "k = 3, any temperature", returns(LN3),
                        () -> Entropy.ofLogits(new double[] {INF, INF, -INF, INF}, 1e-300)),
                TABLE.row("a logit −∞ (some logit > −∞)", "the rest as without it",
                        returnsSameAs(() -> Entropy.ofLogits(new double[] {1, 2, 3})),
                        () -> Entropy.ofLogits(new double[] {-INF, 1, 2, -INF, 3})),
                TABLE.row("a nearly one-hot row, e.g. [0, −50]", "[0, −50]",
                        returnsWithinUlps(1, exact(new double[] {0, -50}, 1)), () -> Entropy.ofLogits(new double[] {0, -50})),
                TABLE.row("a nearly one-hot row, e.g. [0, −50]", "subnormal: [0, −740]",
                        returnsWithinUlps(1, exact(new double[] {0, -740}, 1)), () -> Entropy.ofLogits(new double[] {0, -740})),
                TABLE.row("a nearly one-hot row, e.g. [0, −50]", "exp below MIN_VALUE, entropy above: [0, −750]",
                        returnsWithinUlps(1, exact(new double[] {0, -750}, 1)), () -> Entropy.ofLogits(new double[] {0, -750})),
                TABLE.row("a nearly one-hot row, e.g. [0, −50]", "float [0, −30]",
                        returns((float) exact(new double[] {0, -30}, 1)), () -> Entropy.ofLogits(new float[] {0, -30})),
                TABLE.row("logits near ±Double.MAX_VALUE, e.g. [1e308, −1e308]", returns(0.0),
                        () -> Entropy.ofLogits(new double[] {1e308, -1e308})),
                TABLE.row("logits near ±Double.MAX_VALUE, e.g. [1e308, −1e308]", "equal maxima", returns(LN2),
                        () -> Entropy.ofLogits(new double[] {MAX, -MAX, MAX})),
                TABLE.row("logits near ±Double.MAX_VALUE, e.g. [1e308, −1e308]", "moderate quotients at a huge T",
                        returnsWithinUlps(1, exact(new double[] {MAX, -MAX, 0}, 0x1p1020)),
                        () -> Entropy.ofLogits(new double[] {MAX, -MAX, 0}, 0x1p1020)),
                TABLE.row("temperature T > 0 finite", "exact quotient z / 2",
                        returnsSameAs(() -> Entropy.ofLogits(new double[] {0.5, 1, 1.5})),
                        () -> Entropy.ofLogits(new double[] {1, 2, 3}, 2.0)),
                TABLE.row("temperature T > 0 finite", "z / 0.1 not rounded",
                        returnsWithinUlps(1, exact(new double[] {0.25, 1.23, -0.8}, 0.1)),
                        () -> Entropy.ofLogits(new double[] {0.25, 1.23, -0.8}, 0.1)),
                TABLE.row("temperature T > 0 finite", "rows",
                        returnsSameAs(() -> new double[] {Entropy.ofLogits(new double[] {1, 2}, 3.0),
                                Entropy.ofLogits(new double[] {4, 0, 1}, 3.0)}),
                        () -> Entropy.ofLogits(new double[][] {{1, 2}, {4, 0, 1}}, 3.0)),
                TABLE.row("temperature 0 (or −0.0)", "two tied maxima", returns(LN2),
                        () -> Entropy.ofLogits(new double[] {3, 1, 3}, 0.0)),
                TABLE.row("temperature 0 (or −0.0)", "unique maximum, −0.0", returns(0.0),
                        () -> Entropy.ofLogits(new double[] {3, 1, 2.9999999999999996}, -0.0)),
                TABLE.row("temperature 0 (or −0.0)", "float", returns((float) LN2),
                        () -> Entropy.ofLogits(new float[] {7, 7, -1}, 0.0)),
                TABLE.row("temperature +∞", "ln n over the logits above −∞", returns(LN3),
                        () -> Entropy.ofLogits(new double[] {1e308, -INF, -1e308, 0}, INF)),
                TABLE.row("temperature +∞", "k logits +∞", returns(LN2),
                        () -> Entropy.ofLogits(new double[] {INF, 1, INF}, INF)),
                TABLE.row("temperature negative or NaN", "negative", throwsIae("temperature must be >= 0", "-1.0"),
                        () -> Entropy.ofLogits(new double[] {1, 2}, -1.0)),
                TABLE.row("temperature negative or NaN", "NaN, float", throwsIae("temperature", "NaN"),
                        () -> Entropy.ofLogits(new float[] {1, 2}, Double.NaN)),
                TABLE.row("temperature negative or NaN", "rows", throwsIae("temperature", "-Infinity"),
                        () -> Entropy.ofLogits(new double[][] {{1}}, -INF)),
                TABLE.row("a probability NaN or outside [0, 1]", "above 1", throwsIae("p[1] = 1.5", "not a probability in [0, 1]"),
                        () -> Entropy.of(new double[] {0, 1.5})),
                TABLE.row("a probability NaN or outside [0, 1]", "negative", throwsIae("p[0] = -0.1"),
                        () -> Entropy.of(new double[] {-0.1, 1})),
                TABLE.row("a probability NaN or outside [0, 1]", "NaN, float", throwsIae("p[2] = NaN"),
                        () -> Entropy.of(new float[] {0.5f, 0.5f, Float.NaN})),
                TABLE.row("a probability NaN or outside [0, 1]", "a row", throwsIae("rows[1][0] = Infinity"),
                        () -> Entropy.of(new double[][] {{1}, {INF}})),
                TABLE.row("a probability 0 or 1", "one-hot", returns(0.0), () -> Entropy.of(new double[] {0, 1, 0})),
                TABLE.row("a probability 0 or 1", "zeros dropped, not NaN",
                        returnsSameAs(() -> Entropy.of(new double[] {0.5, 0.5})), () -> Entropy.of(new double[] {0.5, 0, 0.5, 0})),
                TABLE.row(sums, "[0.5] gives 0.5 · ln 2", returnsWithinUlps(1, Reference.entropy(new double[] {0.5}).doubleValue()),
                        () -> Entropy.of(new double[] {0.5})),
                TABLE.row(sums, "[1, 1] (sum 2): 0", returns(0.0), () -> Entropy.of(new double[] {1, 1})),
                TABLE.row(sums, "subnormal probabilities only",
                        returnsWithinUlps(1, Reference.entropy(new double[] {Double.MIN_VALUE, 0x1p-1060}).doubleValue()),
                        () -> Entropy.of(new double[] {Double.MIN_VALUE, 0x1p-1060})),
                TABLE.row("batch of zero rows", "logits", returnsRows(0), () -> Entropy.ofLogits(new double[0][])),
                TABLE.row("batch of zero rows", "probabilities", returnsRows(0), () -> Entropy.of(new double[0][])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void row(Outcome expected, Call call) {
        expected.check(call);
    }

    @Test
    void everyRowOfTheTableIsTested() {
        TABLE.assertEveryRowTested(table());
    }
}
