/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a browser shows it: headless Chromium (Debian's {@code chromium}) takes a screenshot
 * of it from a {@code file:} URL, offline. Skipped when {@code /usr/bin/chromium} is absent; CI
 * installs it ({@code .ci/run}). The screenshot and the page are kept in
 * {@code target/html-report/} to be looked at.
 */
class HtmlReportChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 2000;
    /** The charts' first series colour (Okabe and Ito's blue); the page's CSS uses no colour near it. */
    private static final int[] CHART_BLUE = {0x00, 0x72, 0xB2};

    @TempDir
    Path dir;

    @Test
    void chromiumShowsTheTablesAndDrawsThePlots() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " (apt-get install chromium)");
        Path script = Files.writeString(dir.resolve("shot.groovy"), """
                experiment('Temperature sweep <of> z') {
                    logits z: [0.25, 1.23, -0.8]
                    apply softmax, temperature: [0.1, 0.5, 1, 2, 10]
                    show digits: 3
                    plot 'sweep.png'
                }
                experiment('Sigmoid') {
                    plot sigmoid, file: 'sigmoid.svg'
                    check('sigmoid < 1', tries: 100, seed: 3) { double z -> sigmoid(z) < 1 }
                }
                """, StandardCharsets.UTF_8);
        Path report = dir.resolve("report.html");
        Cli r = Cli.run("run", script.toString(), "--out", dir.resolve("out").toString(), "--report",
                report.toString());
        assertEquals(1, r.exit(), "the check fails on a large z: " + r.err());

        Path png = screenshot(report);
        keep(report, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "not a PNG ImageIO can read: " + png);
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());

        // text and table rules at the top of the page (dark on white)
        int top = count(image, 0, 400, rgb -> luminance(rgb) < 128);
        assertTrue(top > 2_000, "hardly any text at the top: " + top + " dark pixels");
        // the plots drawn: their blue lines, below the header and the results table
        int firstBlueRow = -1;
        int blue = 0;
        for (int y = 0; y < HEIGHT; y++) {
            int inRow = count(image, y, y + 1, HtmlReportChromiumTest::isChartBlue);
            if (inRow > 0 && firstBlueRow < 0) {
                firstBlueRow = y;
            }
            blue += inRow;
        }
        assertTrue(blue > 1_000, "the plots' blue lines are missing: " + blue + " pixels");
        assertTrue(firstBlueRow > 300, "blue above the plots, at row " + firstBlueRow);
    }

    /** Runs Chromium headless on the page; no network (the page has no URL, and no host name resolves). */
    private Path screenshot(Path page) throws IOException, InterruptedException {
        Path png = dir.resolve("screenshot.png");
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Path log = dir.resolve("chromium.log");
        ProcessBuilder pb = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile,
                "--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // nothing written to the user's home: caches and settings go to the fresh profile folder
        Map<String, String> env = pb.environment();
        env.put("HOME", profile.toString());
        env.put("XDG_CONFIG_HOME", profile.toString());
        env.put("XDG_CACHE_HOME", profile.toString());
        Process p = pb.start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                fail("chromium did not finish in 120 s:\n" + Files.readString(log));
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(Files.isRegularFile(png), "no screenshot (exit " + p.exitValue() + "):\n" + Files.readString(log));
        return png;
    }

    /** Copies the page and its screenshot to target/html-report, for a person to look at. */
    private static void keep(Path report, Path png) throws IOException {
        Path target = Path.of("target", "html-report");
        Files.createDirectories(target);
        Files.copy(report, target.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(png, target.resolve("screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean isChartBlue(int rgb) {
        return Math.abs((rgb >> 16 & 0xFF) - CHART_BLUE[0]) <= 40 && Math.abs((rgb >> 8 & 0xFF) - CHART_BLUE[1]) <= 40
                && Math.abs((rgb & 0xFF) - CHART_BLUE[2]) <= 40;
    }

    private static int luminance(int rgb) {
        return ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    private static int count(BufferedImage image, int fromRow, int toRow, java.util.function.IntPredicate test) {
        int n = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(image.getRGB(x, y) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
