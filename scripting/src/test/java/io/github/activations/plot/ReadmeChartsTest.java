/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripting README's chart snippet, run verbatim (with its paths under a temporary folder). */
class ReadmeChartsTest {
    private static final Path README = Path.of(System.getProperty("activations.examples", "../examples/scripts"))
            .resolve("../../scripting/README.md").normalize();

    @TempDir
    Path dir;

    @Test
    void chartSnippetRunsAndWritesWhatItSays() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String snippet = readme.substring(readme.indexOf("```java", readme.indexOf("## Charts from Java")));
        assertTrue(snippet.contains("chart.write(Path.of(\"plots/reliability.svg\"), 640, 480);"));
        assertTrue(snippet.contains("new long[] {120, 880}, new double[] {0.45, 0.81}, new double[] {0.38, 0.92});"));
        // the snippet, verbatim but for the folder:
        double[] lower = {0, 0.5}, upper = {0.5, 1};
        ReliabilityDiagram chart = ReliabilityDiagram.of("Validation set", 0.0825, lower, upper,
                new long[] {120, 880}, new double[] {0.45, 0.81}, new double[] {0.38, 0.92});
        chart.write(dir.resolve("plots/reliability.svg"), 640, 480);   // title: "Validation set (ECE = 0.0825)"
        chart.writeCsv(dir.resolve("plots/reliability.csv"));          // lower,upper,count,accuracy,confidence,ece
        ChartFiles.svg(Files.readString(dir.resolve("plots/reliability.svg")), 640, 480,
                "Validation set (ECE = 0.0825)", List.of());
        assertTrue(snippet.contains("// title: \"Validation set (ECE = 0.0825)\""));
        assertEquals("lower,upper,count,accuracy,confidence,ece",
                Files.readAllLines(dir.resolve("plots/reliability.csv")).get(0));
        assertTrue(snippet.contains("// lower,upper,count,accuracy,confidence,ece"));
    }
}
