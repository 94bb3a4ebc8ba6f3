/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

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

/** Each row of the special-cases table of {@link OneHot}, as documented. */
class OneHotSpecialCasesTest {
    private static final Table TABLE = Table.of(OneHot.class, "Special cases");

    static List<Arguments> table() {
        return List.of(
                TABLE.row("n <= 0", "n = 0", throwsIae("n = 0"), () -> OneHot.of(0, 0)),
                TABLE.row("n <= 0", "n = −1, float", throwsIae("n = -1"), () -> OneHot.ofFloat(0, -1)),
                TABLE.row("n <= 0", "labels", throwsIae("n = 0"), () -> OneHot.of(new int[] {0}, 0)),
                TABLE.row("index < 0 or index >= n", "index = n", throwsIae("index = 3", "[0, 3)"), () -> OneHot.of(3, 3)),
                TABLE.row("index < 0 or index >= n", "index = −1, float", throwsIae("index = -1", "[0, 2)"),
                        () -> OneHot.ofFloat(-1, 2)),
                TABLE.row("index < 0 or index >= n", "a label", throwsIae("labels[1] = 5", "[0, 4)"),
                        () -> OneHot.of(new int[] {0, 5}, 4)),
                TABLE.row("labels null", throwsNpe("labels"), () -> OneHot.of(null, 3)),
                TABLE.row("labels empty", returnsRows(0), () -> OneHot.of(new int[0], 3)));
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
