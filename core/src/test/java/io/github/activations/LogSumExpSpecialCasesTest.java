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
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.activations.SpecialCases.Call;
import io.github.activations.SpecialCases.Outcome;
import io.github.activations.SpecialCases.Table;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row of the special-cases table of {@link LogSumExp}, as documented. */
class LogSumExpSpecialCasesTest {
    private static final Table TABLE = Table.of(LogSumExp.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double MAX = Double.MAX_VALUE;

    static List<Arguments> table() {
        double ln2 = Math.log(2);
        return List.of(
                TABLE.row("null / length 0", "null", throwsNpe("z is null"), () -> LogSumExp.of((double[]) null)),
                TABLE.row("null / length 0", "length 0", throwsIae("z is empty"), () -> LogSumExp.of(new double[0])),
                TABLE.row("null / length 0", "a float row of length 0",
                        throwsIae("rows[0] is empty"), () -> LogSumExp.of(new float[][] {{}})),
                TABLE.row("any entry NaN", throwsIae("z[0] is NaN"), () -> LogSumExp.of(new double[] {Double.NaN, 1})),
                TABLE.row("any entry NaN", "row", throwsIae("rows[1][1] is NaN"),
                        () -> LogSumExp.of(new double[][] {{1}, {2, Double.NaN}})),
                TABLE.row("any entry +∞", returns(INF), () -> LogSumExp.of(new double[] {1, INF, -INF})),
                TABLE.row("any entry +∞", "float", returns(INF),
                        () -> LogSumExp.of(new float[] {Float.POSITIVE_INFINITY, 1})),
                TABLE.row("every entry −∞", returns(-INF), () -> LogSumExp.of(new double[] {-INF, -INF, -INF})),
                TABLE.row("some entries −∞", returnsSameAs(() -> LogSumExp.of(new double[] {1, 2})),
                        () -> LogSumExp.of(new double[] {-INF, 1, -INF, 2})),
                TABLE.row("length 1", "3.7", returns(3.7), () -> LogSumExp.of(new double[] {3.7})),
                TABLE.row("length 1", "-MAX_VALUE", returns(-MAX), () -> LogSumExp.of(new double[] {-MAX})),
                TABLE.row("length 1", "subnormal", returns(Double.MIN_VALUE),
                        () -> LogSumExp.of(new double[] {Double.MIN_VALUE})),
                TABLE.row("entries near Double.MAX_VALUE", "[MAX, MAX]", returns(MAX),
                        () -> LogSumExp.of(new double[] {MAX, MAX})),
                TABLE.row("entries near Double.MAX_VALUE", "[1e308, 1e308]: 1e308 + ln 2 rounds to 1e308",
                        returns(1e308), () -> LogSumExp.of(new double[] {1e308, 1e308})),
                TABLE.row("entries near Double.MAX_VALUE", "[MAX, −MAX]", returns(MAX),
                        () -> LogSumExp.of(new double[] {MAX, -MAX})),
                TABLE.row("result near 0 by cancellation (e.g. [−ln 2, −ln 2])",
                        // ln 2 − fl(ln 2), correctly rounded (40-digit ln 2)
                        returnsWithinUlps(2, 2.3190468138462996E-17), () -> LogSumExp.of(new double[] {-ln2, -ln2})),
                TABLE.row("result near 0 by cancellation (e.g. [−ln 2, −ln 2])", "[−ln 4, −ln 4, −ln 4, −ln 4]",
                        returnsWithinUlps(2, HighPrecision.logSumExp(new double[] {-Math.log(4), -Math.log(4),
                            -Math.log(4), -Math.log(4)})),
                        () -> LogSumExp.of(new double[] {-Math.log(4), -Math.log(4), -Math.log(4), -Math.log(4)})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void row(Outcome expected, Call call) {
        expected.check(call);
    }

    @Test
    @DisplayName("length 1 → the entry itself, exactly  [−0.0]")
    void lengthOneNegativeZero() {
        assertEquals(-0.0, LogSumExp.of(new double[] {-0.0}));
    }

    @Test
    void everyRowOfTheTableIsTested() {
        TABLE.assertEveryRowTested(table());
    }
}
