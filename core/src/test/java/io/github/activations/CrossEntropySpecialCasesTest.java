/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.returns;
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

/** Each row of the special-cases table of {@link CrossEntropy}, as documented. */
class CrossEntropySpecialCasesTest {
    private static final Table TABLE = Table.of(CrossEntropy.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double LN2 = 0.6931471805599453;
    private static final double LN3 = 1.0986122886681098;

    static List<Arguments> table() {
        double[] z = {1, 2, 3};
        String nulls = "logits/target null / empty";
        String target = "target of another length, or an entry negative, NaN or infinite";
        String k = "k logits +∞, the label among them";
        return List.of(
                TABLE.row(nulls, "logits null", throwsNpe("logits is null"), () -> CrossEntropy.of((double[]) null, 0)),
                TABLE.row(nulls, "target null", throwsNpe("target is null"), () -> CrossEntropy.of(z, null)),
                TABLE.row(nulls, "float target null", throwsNpe("target is null"),
                        () -> CrossEntropy.of(new float[] {1}, (float[]) null)),
                TABLE.row(nulls, "labels null", throwsNpe("labels is null"), () -> CrossEntropy.of(new double[][] {z}, null)),
                TABLE.row(nulls, "logits empty", throwsIae("logits is empty"), () -> CrossEntropy.of(new double[0], 0)),
                TABLE.row(nulls, "target empty", throwsIae("target.length 0", "logits.length 3"),
                        () -> CrossEntropy.of(z, new double[0])),
                TABLE.row("a logit NaN", throwsIae("logits[1] is NaN"), () -> CrossEntropy.of(new double[] {0, Double.NaN}, 0)),
                TABLE.row("a logit NaN", "target form, float", throwsIae("logits[0] is NaN"),
                        () -> CrossEntropy.of(new float[] {Float.NaN}, new float[] {1})),
                TABLE.row("a logit NaN", "row", throwsIae("logits[1][2] is NaN"),
                        () -> CrossEntropy.of(new double[][] {z, {0, 1, Double.NaN}}, new int[] {0, 0})),
                TABLE.row("label < 0 or >= length", "label = length", throwsIae("label = 3", "[0, 3)"),
                        () -> CrossEntropy.of(z, 3)),
                TABLE.row("label < 0 or >= length", "label = −1, float", throwsIae("label = -1", "[0, 1)"),
                        () -> CrossEntropy.of(new float[] {1}, -1)),
                TABLE.row("label < 0 or >= length", "a row's label", throwsIae("labels[1] = 2", "[0, 2)"),
                        () -> CrossEntropy.of(new double[][] {z, {1, 2}}, new int[] {2, 2})),
                TABLE.row(target, "another length", throwsIae("target.length 2", "logits.length 3"),
                        () -> CrossEntropy.of(z, new double[] {0.5, 0.5})),
                TABLE.row(target, "negative", throwsIae("target[1] = -0.5"), () -> CrossEntropy.of(z, new double[] {1, -0.5, 0.5})),
                TABLE.row(target, "NaN", throwsIae("target[0] = NaN"), () -> CrossEntropy.of(z, new double[] {Double.NaN, 0, 1})),
                TABLE.row(target, "infinite", throwsIae("target[2] = Infinity"), () -> CrossEntropy.of(z, new double[] {0, 0, INF})),
                TABLE.row("every logit −∞", "label", throwsIae("logits has every entry -Infinity"),
                        () -> CrossEntropy.of(new double[] {-INF, -INF}, 0)),
                TABLE.row("every logit −∞", "target", throwsIae("logits has every entry -Infinity"),
                        () -> CrossEntropy.of(new double[] {-INF}, new double[] {1})),
                TABLE.row("every logit −∞", "a row", throwsIae("logits[0] has every entry -Infinity"),
                        () -> CrossEntropy.of(new double[][] {{-INF}}, new int[] {0})),
                TABLE.row("the label's logit −∞ (some other finite)", returns(INF), () -> CrossEntropy.of(new double[] {0, -INF}, 1)),
                TABLE.row("the label's logit −∞ (some other finite)", "target weight on it", returns(INF),
                        () -> CrossEntropy.of(new double[] {0, -INF}, new double[] {0.5, 0.5})),
                TABLE.row(k, "k = 2, label among them", returns(LN2), () -> CrossEntropy.of(new double[] {INF, 0, INF}, 0)),
                TABLE.row(k, "k = 3", returns(LN3), () -> CrossEntropy.of(new double[] {INF, INF, INF}, 2)),
                TABLE.row(k, "label not among them", returns(INF), () -> CrossEntropy.of(new double[] {INF, 0, INF}, 1)),
                TABLE.row(k, "target form", returns(LN2), () -> CrossEntropy.of(new double[] {INF, INF}, new double[] {0.5, 0.5})),
                TABLE.row("target entry 0 where the logit is −∞", "the term is dropped, not NaN",
                        returnsSameAs(() -> CrossEntropy.of(new double[] {0, 0}, new double[] {0.5, 0.5})),
                        () -> CrossEntropy.of(new double[] {0, 0, -INF}, new double[] {0.5, 0.5, 0})),
                TABLE.row("target entry 0 where the logit is −∞", "one-hot target", returns(0.0),
                        () -> CrossEntropy.of(new double[] {0, -INF}, new double[] {1, 0})),
                TABLE.row("a confident right answer, e.g. [0, −37] with label 0",
                        // log1p(e^-37) correctly rounded (mpmath, 400 bits)
                        returnsWithinUlps(2, 8.533047625744066E-17), () -> CrossEntropy.of(new double[] {0, -37}, 0)),
                TABLE.row("a confident right answer, e.g. [0, −37] with label 0", "one-hot target",
                        returnsWithinUlps(2, 8.533047625744066E-17),
                        () -> CrossEntropy.of(new double[] {0, -37}, new double[] {1, 0})),
                TABLE.row("temperature T > 0 finite (label forms)", "exact quotient z / 2",
                        returnsSameAs(() -> CrossEntropy.of(new double[] {0.5, 1, 1.5}, 2)),
                        () -> CrossEntropy.of(new double[] {1, 2, 3}, 2, 2.0)),
                TABLE.row("temperature T > 0 finite (label forms)", "z / 0.1 not rounded",
                        returnsWithinUlps(2, Reference.logSoftmax(new double[] {0.25, 1.23, -0.8}, 0.1)[0].negate().doubleValue()),
                        () -> CrossEntropy.of(new double[] {0.25, 1.23, -0.8}, 0, 0.1)),
                TABLE.row("temperature T > 0 finite (label forms)", "a confident right answer stays tiny",
                        // [0, −37] at T = 0.5 is [0, −74]: log1p(e^-74)
                        returnsWithinUlps(2, Reference.logSoftmax(new double[] {0, -74})[0].negate().doubleValue()),
                        () -> CrossEntropy.of(new double[] {0, -37}, 0, 0.5)),
                TABLE.row("temperature T > 0 finite (label forms)", "rows",
                        returnsSameAs(() -> new double[] {CrossEntropy.of(new double[] {1, 2}, 0, 3.0),
                                CrossEntropy.of(new double[] {4, 0, 1}, 2, 3.0)}),
                        () -> CrossEntropy.of(new double[][] {{1, 2}, {4, 0, 1}}, new int[] {0, 2}, 3.0)),
                TABLE.row("temperature T > 0 finite (label forms)", "mean of two equal rows: their loss",
                        returnsSameAs(() -> CrossEntropy.of(new double[] {4, 0, 1}, 2, 3.0)),
                        () -> CrossEntropy.mean(new double[][] {{4, 0, 1}, {4, 0, 1}}, new int[] {2, 2}, 3.0)),
                TABLE.row("temperature 0 (or −0.0)", "label among 2 maxima", returns(LN2),
                        () -> CrossEntropy.of(new double[] {3, 1, 3}, 2, 0.0)),
                TABLE.row("temperature 0 (or −0.0)", "unique maximum, −0.0", returns(0.0),
                        () -> CrossEntropy.of(new double[] {3, 1, 2.9999999999999996}, 0, -0.0)),
                TABLE.row("temperature 0 (or −0.0)", "label not a maximum", returns(INF),
                        () -> CrossEntropy.of(new double[] {3, 1, 3}, 1, 0.0)),
                TABLE.row("temperature 0 (or −0.0)", "+∞ logits are the maxima; mean", returns(INF),
                        () -> CrossEntropy.mean(new double[][] {{INF, INF}, {0, 1}}, new int[] {0, 0}, 0.0)),
                TABLE.row("temperature +∞", "ln n over the logits above −∞", returns(LN3),
                        () -> CrossEntropy.of(new double[] {1e308, -INF, -1e308, 0}, 3, INF)),
                TABLE.row("temperature +∞", "the label's logit −∞", returns(INF),
                        () -> CrossEntropy.of(new double[] {0, -INF}, 1, INF)),
                TABLE.row("temperature +∞", "k logits +∞, float form", returns((float) LN2),
                        () -> CrossEntropy.of(new float[] {Float.POSITIVE_INFINITY, 1, Float.POSITIVE_INFINITY}, 0, INF)),
                TABLE.row("temperature +∞", "k logits +∞, label not among them", returns(INF),
                        () -> CrossEntropy.of(new double[] {INF, 1, INF}, 1, INF)),
                TABLE.row("temperature negative or NaN", "negative", throwsIae("temperature must be >= 0", "-2.0"),
                        () -> CrossEntropy.of(z, 0, -2.0)),
                TABLE.row("temperature negative or NaN", "NaN, float form", throwsIae("temperature", "NaN"),
                        () -> CrossEntropy.of(new float[] {1, 2}, 0, Double.NaN)),
                TABLE.row("temperature negative or NaN", "rows", throwsIae("temperature", "-Infinity"),
                        () -> CrossEntropy.of(new double[][] {z}, new int[] {0}, -INF)),
                TABLE.row("temperature negative or NaN", "mean", throwsIae("temperature", "-4.9E-324"),
                        () -> CrossEntropy.mean(new double[][] {z}, new int[] {0}, -Double.MIN_VALUE)));
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
