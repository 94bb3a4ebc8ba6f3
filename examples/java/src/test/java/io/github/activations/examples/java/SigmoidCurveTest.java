/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigmoidCurveTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    static Path dir;

    private static Path png;
    private static BufferedImage image;

    @BeforeAll
    static void draw() throws IOException {
        System.setProperty("java.awt.headless", "true");
        png = SigmoidCurve.write(dir.resolve("plots/sigmoid.png"));
        image = ImageIO.read(png.toFile());
    }

    @Test
    void writesAPngFile() throws IOException {
        try (InputStream in = Files.newInputStream(png)) {
            assertArrayEquals(PNG_SIGNATURE, in.readNBytes(8));
        }
    }

    @Test
    void hasTheExpectedSize() {
        assertNotNull(image, "ImageIO could not decode the file");
        assertEquals(SigmoidCurve.WIDTH, image.getWidth());
        assertEquals(SigmoidCurve.HEIGHT, image.getHeight());
    }

    @Test
    void curvePassesThroughOneHalfAtZeroAndHugsZeroAndOneAtTheEnds() {
        assertTrue(curveNear(0, 0.5), "σ(0) = 0.5");
        assertTrue(curveNear(-10, 0), "σ(-10) ≈ 0.0000454");
        assertTrue(curveNear(10, 1), "σ(10) ≈ 0.9999546");
        assertTrue(curveNear(2, 0.8808), "σ(2) ≈ 0.881");
        assertTrue(!curveNear(2, 0.5), "and not a flat line");
    }

    /** Whether a pixel of the curve's colour lies within 2 pixels of the point (x, y). */
    private static boolean curveNear(double x, double y) {
        int cx = SigmoidCurve.column(x);
        int cy = SigmoidCurve.row(y);
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                int px = cx + dx;
                int py = cy + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                        && close(new Color(image.getRGB(px, py)), SigmoidCurve.CURVE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 40;
    }
}
