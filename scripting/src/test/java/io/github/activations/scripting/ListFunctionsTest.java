/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every core function as a plain function on Groovy lists, and as an extension method of List. */
class ListFunctionsTest {
    @TempDir
    Path dir;

    /** Runs a script whose last experiment checks each assertion with Groovy's power assert. */
    private void assertScript(String... lines) throws ScriptFailure {
        Scripts.run(dir, String.join("\n", lines));
    }

    @Test
    void everyFunctionWorksOnLists() throws ScriptFailure {
        assertScript(
                "def close(a, b) { [a, b].transpose().every { x, y -> Math.abs(x - y) < 1e-3 } }",
                "assert close(softmax([0.25, 1.23, -0.8]), [0.249, 0.664, 0.087])",
                "assert close(softmax([0.25, 1.23, -0.8], 1), softmax([0.25, 1.23, -0.8]))",
                "assert softmax([1, 2, 3], [true, false, false]) == [1.0d, 0.0d, 0.0d]",
                "assert close(logSoftmax([0, 0]), [-0.693, -0.693])",
                "assert Math.abs(logSumExp([0, 0]) - Math.log(2)) < 1e-15",
                "assert close(softmin([0.25, 1.23, -0.8]), softmax([-0.25, -1.23, 0.8]))",
                "assert sigmoid(0) == 0.5d && sigmoid([0, 0]) == [0.5d, 0.5d]",
                "assert logSigmoid(0) == Math.log(0.5) && logSigmoid([0]) == [Math.log(0.5)]",
                "assert logit(0.5) == 0d && logit([0.5]) == [0d]",
                "assert argmax([0.25, 1.23, -0.8]) == 1",
                "assert topK([0.25, 1.23, -0.8], 2) == [1, 0]",
                "assert oneHot(1, 3) == [0d, 1d, 0d]",
                "assert close(divideBySum([0.1, 0.9, 0.2]), [0.083, 0.75, 0.167])",
                "assert Math.abs(crossEntropy([0, 0], 1) - Math.log(2)) < 1e-15",
                "assert Math.abs(crossEntropy([0, 0], [0.5, 0.5]) - Math.log(2)) < 1e-15",
                "assert argmax([[1, 2], [3, 1]]) == [1, 0]",
                "assert softmax([[0, 0], [5, 5]]) == [[0.5d, 0.5d], [0.5d, 0.5d]]");
    }

    @Test
    void everyFunctionIsAnExtensionMethodOfList() throws ScriptFailure {
        assertScript(
                "assert [0.25, 1.23, -0.8].softmax() == softmax([0.25, 1.23, -0.8])",
                "assert [0.25, 1.23, -0.8].softmax(2) == softmax([0.25, 1.23, -0.8], 2)",
                "assert [0, 0].logSoftmax() == logSoftmax([0, 0])",
                "assert [0, 0].logSumExp() == logSumExp([0, 0])",
                "assert [1, 2].softmin() == softmin([1, 2])",
                "assert [0].sigmoid() == [0.5d] && [0].logSigmoid() == [Math.log(0.5)] && [0.5].logit() == [0d]",
                "assert [1, 3, 2].argmax() == 1 && [1, 3, 2].topK(2) == [1, 2]",
                "assert [1, 3].divideBySum() == [0.25d, 0.75d]",
                "assert [0, 0].crossEntropy(0) == crossEntropy([0, 0], 0)",
                "assert List.oneHot(2, 3) == [0d, 0d, 1d]");
    }

    @Test
    void coreErrorsReachTheScriptWithTheirLine() {
        ScriptFailure f = Scripts.fail(dir, "def z = [1, -1]\nprintln divideBySum(z)\n");
        assertEquals(2, f.line());
        assertEquals(List.of("IllegalArgumentException"), List.of(f.reason().split(":")[0]));
    }
}
