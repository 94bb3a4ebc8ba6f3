/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static io.github.activations.SpecialCases.filled;
import static io.github.activations.SpecialCases.returns;
import static io.github.activations.SpecialCases.throwsIae;
import static io.github.activations.SpecialCases.throwsNpe;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.activations.SpecialCases.Call;
import io.github.activations.SpecialCases.Outcome;
import io.github.activations.SpecialCases.Table;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row of the special-cases table of {@link LogSigmoid}; subnormals from mpmath at 400 bits. */
class LogSigmoidSpecialCasesTest {
    private static final Table TABLE = Table.of(LogSigmoid.class, "Special cases");
    private static final double INF = Double.POSITIVE_INFINITY;

    static List<Arguments> table() {
        float[] out = filled(4, 7f);
        String arrays = "an array entry NaN / array null or empty";
        return List.of(
                TABLE.row("x NaN (scalar form)", returns(Double.NaN), () -> LogSigmoid.of(Double.NaN)),
                TABLE.row(arrays, "NaN entry", throwsIae("z[2] is NaN"),
                        () -> LogSigmoid.of(new double[] {0, 1, Double.NaN})),
                TABLE.row(arrays, "null", throwsNpe("z is null"), () -> LogSigmoid.of((float[]) null)),
                TABLE.row(arrays, "empty", throwsIae("z is empty"), () -> LogSigmoid.of(new double[0])),
                TABLE.row("x = +∞", returns(-0.0), () -> LogSigmoid.of(INF)),
                TABLE.row("x = −∞", returns(-INF), () -> LogSigmoid.of(-INF)),
                TABLE.row("x = ±0.0", returns(-0.6931471805599453, -0.6931471805599453),
                        () -> new double[] {LogSigmoid.of(0.0), LogSigmoid.of(-0.0)}),
                TABLE.row("x > 708.4", "710, 720: subnormals",
                        returns(-4.47628622567513E-309, -2.0322308024E-313),
                        () -> new double[] {LogSigmoid.of(710), LogSigmoid.of(720)}),
                TABLE.row("x > 708.4", "745, 745.13: −MIN_VALUE", returns(-Double.MIN_VALUE, -Double.MIN_VALUE),
                        () -> new double[] {LogSigmoid.of(745), LogSigmoid.of(745.13)}),
                TABLE.row("x > 708.4", "745.14, 1000: −0.0", returns(-0.0, -0.0),
                        () -> new double[] {LogSigmoid.of(745.14), LogSigmoid.of(1000)}),
                TABLE.row("x < −33.27 (about)", returns(-33.28, -34.0, -37.5, -40.0, -1e300, -Double.MAX_VALUE),
                        () -> LogSigmoid.of(new double[] {-33.28, -34, -37.5, -40, -1e300, -Double.MAX_VALUE})),
                TABLE.row("x < −33.27 (about)", "−33.26: above the row, one ulp below x",
                        returns(Math.nextDown(-33.26)), () -> LogSigmoid.of(-33.26)),
                TABLE.row("out of another length",
                        throwsIae("out.length 4", "z.length 1").andThen(() -> assertArrayEquals(filled(4, 7f), out)),
                        () -> LogSigmoid.into(new float[] {1}, out)));
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
