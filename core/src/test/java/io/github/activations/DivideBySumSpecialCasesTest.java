/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.filled;
import static io.github.activations.SpecialCases.returns;
import static io.github.activations.SpecialCases.returnsWithinUlps;
import static io.github.activations.SpecialCases.throwsIae;
import static io.github.activations.SpecialCases.throwsNpe;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.activations.SpecialCases.Call;
import io.github.activations.SpecialCases.Outcome;
import io.github.activations.SpecialCases.Table;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row of the special-cases table of {@link DivideBySum}, as documented. */
class DivideBySumSpecialCasesTest {
    private static final Table TABLE = Table.of(DivideBySum.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double MAX = Double.MAX_VALUE;

    static List<Arguments> table() {
        double[] out = filled(4, 7.0);
        double[] zeroSum = {-0.25, 1, -0.75};
        double[] zeroSumCopy = zeroSum.clone();
        return List.of(
                TABLE.row("null / length 0", "null", throwsNpe("z is null"), () -> DivideBySum.of((double[]) null)),
                TABLE.row("null / length 0", "length 0", throwsIae("z is empty"), () -> DivideBySum.of(new float[0])),
                TABLE.row("any entry NaN", throwsIae("z[1] is NaN"), () -> DivideBySum.of(new double[] {1, Double.NaN})),
                TABLE.row("any entry NaN", "row", throwsIae("rows[1][1] is NaN"),
                        () -> DivideBySum.of(new double[][] {{1}, {1, Double.NaN}})),
                TABLE.row("any entry ±∞", "+∞", throwsIae("z[1] is Infinity"), () -> DivideBySum.of(new double[] {1, INF})),
                TABLE.row("any entry ±∞", "−∞ in a row", throwsIae("rows[0][0] is -Infinity"),
                        () -> DivideBySum.of(new double[][] {{-INF, 1}})),
                TABLE.row("the exact sum is 0", "z2 of the tutorial, in place: nothing written",
                        throwsIae("sum of logits is 0").andThen(() -> assertArrayEquals(zeroSumCopy, zeroSum)),
                        () -> DivideBySum.inPlace(zeroSum)),
                TABLE.row("the exact sum is 0", "all zeros, float", throwsIae("sum of logits is 0"),
                        () -> DivideBySum.of(new float[] {0, -0f})),
                TABLE.row("the exact sum is 0", "cancelling huge entries", throwsIae("sum of logits is 0"),
                        () -> DivideBySum.of(new double[] {MAX, 1, -MAX, -1})),
                TABLE.row("the exact sum is 0", "not 0 exactly: 0.1 + 0.2 − 0.3 = 2^-55 in doubles",
                        returnsWithinUlps(1, HighPrecision.divideBySum(new double[] {0.1, 0.2, -0.3})),
                        () -> DivideBySum.of(new double[] {0.1, 0.2, -0.3})),
                TABLE.row("the exact sum is 0", "not 0 exactly: [1e16, 1, −1e16] sums to 1",
                        returns(1e16, 1, -1e16), () -> DivideBySum.of(new double[] {1e16, 1, -1e16})),
                TABLE.row("negative entries or a negative sum", "z1 of the tutorial",
                        returnsWithinUlps(1, 0.36764705882352944, 1.808823529411765, -1.1764705882352944),
                        () -> DivideBySum.of(new double[] {0.25, 1.23, -0.8})),
                TABLE.row("negative entries or a negative sum", "negative sum", returns(-0.5, 1.5),
                        () -> DivideBySum.of(new double[] {1, -3})),
                TABLE.row("sum tiny against the entries", "finite: 1 / 1e-300",
                        returnsWithinUlps(1, 1e300, -1e300, 1.0),
                        () -> DivideBySum.of(new double[] {1, -1, 1e-300})),
                TABLE.row("sum beyond Double.MAX_VALUE (e.g. [1e308, 1e308])", returns(0.5, 0.5),
                        () -> DivideBySum.of(new double[] {1e308, 1e308})),
                TABLE.row("sum beyond Double.MAX_VALUE (e.g. [1e308, 1e308])", "[MAX, MAX, −MAX]",
                        returns(1.0, 1.0, -1.0), () -> DivideBySum.of(new double[] {MAX, MAX, -MAX})),
                TABLE.row("out of another length",
                        throwsIae("out.length 4", "z.length 2").andThen(() -> assertArrayEquals(filled(4, 7.0), out)),
                        () -> DivideBySum.into(new double[] {1, 2}, out)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void row(Outcome expected, Call call) {
        expected.check(call);
    }

    @Test
    @DisplayName("sum tiny against the entries → results may overflow to ±∞  [1e300, −1e300, 1e-300]")
    void tinySumOverflows() {
        assertArrayEquals(new double[] {INF, -INF, 1.0}, DivideBySum.of(new double[] {1e300, -1e300, 1e-300}));
    }

    @Test
    void everyRowOfTheTableIsTested() {
        TABLE.assertEveryRowTested(table());
    }
}
