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

/** Each row of the special-cases table of {@link TopK}, as documented. */
class TopKSpecialCasesTest {
    private static final Table TABLE = Table.of(TopK.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;

    static List<Arguments> table() {
        double[] z = {3, 1, 2};
        return List.of(
                TABLE.row("null / length 0", "null", throwsNpe("z is null"), () -> TopK.of((double[]) null, 0)),
                TABLE.row("null / length 0", "null row", throwsNpe("rows[0] is null"),
                        () -> TopK.of(new double[][] {null}, 0)),
                TABLE.row("null / length 0", "length 0 (even with k = 0)", throwsIae("z is empty"),
                        () -> TopK.of(new float[0], 0)),
                TABLE.row("any entry NaN", throwsIae("z[1] is NaN"), () -> TopK.of(new double[] {1, Double.NaN}, 1)),
                TABLE.row("any entry NaN", "row", throwsIae("rows[1][0] is NaN"),
                        () -> TopK.of(new double[][] {{1}, {Double.NaN}}, 1)),
                TABLE.row("k < 0 or k > length", "k = −1", throwsIae("k = -1", "z.length = 3"), () -> TopK.of(z, -1)),
                TABLE.row("k < 0 or k > length", "k = 4", throwsIae("k = 4", "z.length = 3"), () -> TopK.of(z, 4)),
                TABLE.row("k < 0 or k > length", "k beyond the shortest row", throwsIae("k = 2", "rows[1].length = 1"),
                        () -> TopK.of(new double[][] {{1, 2}, {3}}, 2)),
                TABLE.row("k = 0", returns(), () -> TopK.of(z, 0)),
                TABLE.row("k = 0", "batch", returnsRows(2), () -> TopK.of(new double[][] {{1}, {2, 3}}, 0)),
                TABLE.row("k = length", returns(0, 2, 1), () -> TopK.of(z, 3)),
                TABLE.row("k = length", "float", returns(1, 0), () -> TopK.of(new float[] {1, 2}, 2)),
                TABLE.row("equal values (−0.0 and +0.0 included)", "zeros",
                        returns(0, 1, 2), () -> TopK.of(new double[] {0.0, -0.0, 0.0}, 3)),
                TABLE.row("equal values (−0.0 and +0.0 included)", "ties",
                        returns(1, 2, 0, 4), () -> TopK.of(new double[] {1, 2, 2, 0, 1}, 4)),
                TABLE.row("±∞ entries", returns(2, 4, 1, 0, 3),
                        () -> TopK.of(new double[] {-INF, 1, INF, -INF, INF}, 5)));
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
