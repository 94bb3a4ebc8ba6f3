/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.returns;
import static io.github.activations.SpecialCases.returnsRows;
import static io.github.activations.SpecialCases.throwsIae;
import static io.github.activations.SpecialCases.throwsNpe;

import io.github.activations.SpecialCases.Call;
import io.github.activations.SpecialCases.Outcome;
import io.github.activations.SpecialCases.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row of the special-cases table of {@link Argmax}, as documented. */
class ArgmaxSpecialCasesTest {
    private static final Table TABLE = Table.of(Argmax.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;

    static List<Arguments> table() {
        return List.of(
                TABLE.row("null / length 0", "null", throwsNpe("z is null"), () -> Argmax.of((double[]) null)),
                TABLE.row("null / length 0", "null batch", throwsNpe("rows is null"), () -> Argmax.of((float[][]) null)),
                TABLE.row("null / length 0", "length 0", throwsIae("z is empty"), () -> Argmax.of(new float[0])),
                TABLE.row("any entry NaN", throwsIae("z[2] is NaN"), () -> Argmax.of(new double[] {1, 2, Double.NaN})),
                TABLE.row("any entry NaN", "row", throwsIae("rows[1][0] is NaN"),
                        () -> Argmax.of(new double[][] {{1}, {Double.NaN, 2}})),
                TABLE.row("ties (equal maxima)", returns(1), () -> Argmax.of(new double[] {1, 3, 0, 3})),
                TABLE.row("ties (equal maxima)", "float", returns(0), () -> Argmax.of(new float[] {5, 5, 5})),
                TABLE.row("ties (equal maxima)", "batch", returns(1, 0),
                        () -> Argmax.of(new double[][] {{0, 2, 2}, {7, 7}})),
                TABLE.row("−0.0 and +0.0", returns(0, 0, 0),
                        () -> new int[] {Argmax.of(new double[] {-0.0, 0.0}), Argmax.of(new double[] {0.0, -0.0}),
                            Argmax.of(new float[] {-0.0f, 0.0f})}),
                TABLE.row("entries +∞", returns(1), () -> Argmax.of(new double[] {Double.MAX_VALUE, INF, 3, INF})),
                TABLE.row("every entry −∞", returns(0, 0),
                        () -> new int[] {Argmax.of(new double[] {-INF, -INF}), Argmax.of(new float[] {Float.NEGATIVE_INFINITY})}),
                TABLE.row("batch of zero rows", returnsRows(0), () -> Argmax.of(new double[0][])),
                TABLE.row("batch of zero rows", "float", returnsRows(0), () -> Argmax.of(new float[0][])));
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
