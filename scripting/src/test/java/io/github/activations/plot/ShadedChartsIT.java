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
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart kind drawn by the packaged target/activations.jar in a fresh headless JVM: the shaded
 * jar holds every class the charts need (xmlgraphics-commons is left out on purpose) and none of
 * the GPL/LGPL libraries it used to or could pull in.
 */
class ShadedChartsIT {
    private static final Path JAR = Path.of(System.getProperty("activations.jar", "target/activations.jar"));

    @TempDir
    Path dir;

    @Test
    void drawsEveryChartKindFromAScript() throws Exception {
        String out = dir.toString().replace("\\", "/");
        Path script = Files.writeString(dir.resolve("charts.groovy"), String.join("\n",
                "import io.github.activations.plot.*",
                "import java.nio.file.Path",
                "def out = Path.of('" + out + "')",
                "double[] lo = [0, 0.5], hi = [0.5, 1]",
                "long[] n = [10, 90]",
                "double[] t = [0.5, 1, 2], y = [0.9, 0.5, 0.7]",
                "def charts = [",
                "  reliability: ReliabilityDiagram.of('R', 0.1, lo, hi, n, [0.4, 0.8] as double[], [0.3, 0.95] as double[]),",
                "  histogram: ConfidenceHistogram.of('H', lo, hi, n, 0.9, 0.76),",
                "  sweep: SweepChart.of('S', 'temperature', 'NLL', true, [Series.of('NLL', t, y)]),",
                "  curves: CurveChart.of('C', 'x', 'y', [Series.of('a', t, y), Series.of('b', t, t)]),",
                "  bars: BarChart.of('B', 'class', 'p', ['c0', 'c1'], ['s'], [[0.25, 0.75] as double[]] as double[][])]",
                "charts.each { name, chart ->",
                "  chart.write(out.resolve(name + '.png'), 320, 240)",
                "  chart.write(out.resolve(name + '.svg'), 320, 240)",
                "  chart.writeCsv(out.resolve(name + '.csv'))",
                "}",
                "experiment('dsl') { plot sigmoid, from: -10, to: 10, file: '" + out + "/sigmoid.svg' }",
                "println 'charts ok'"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "run", script.toString()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("charts ok"), log);
        for (String name : List.of("reliability", "histogram", "sweep", "curves", "bars")) {
            ChartFiles.png(Files.readAllBytes(dir.resolve(name + ".png")), 320, 240);
            ChartFiles.svg(Files.readString(dir.resolve(name + ".svg")), 320, 240,
                    name.equals("reliability") ? "R (ECE = 0.1)" : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT),
                    List.of());
            assertTrue(Files.readString(dir.resolve(name + ".csv")).lines().count() > 2);
        }
        ChartFiles.svg(Files.readString(dir.resolve("sigmoid.svg")), 640, 480, "sigmoid", List.of("sigmoid(x)"));
    }

    @Test
    void holdsNoneOfTheLeftOutLibraries() throws Exception {
        List<String> banned = List.of("org/jfree/", "de/erichseifert/", "de/rototor/", "com/madgag/",
                "org/apache/xmlgraphics/", "org/apache/commons/logging/");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> found = jar.stream().map(e -> e.getName())
                    .filter(n -> banned.stream().anyMatch(n::startsWith)).limit(5).toList();
            assertEquals(List.of(), found);
            assertTrue(jar.getEntry("org/knowm/xchart/XYChart.class") != null);
            assertTrue(jar.getEntry("org/apache/batik/svggen/SVGGraphics2D.class") != null);
        }
    }
}
