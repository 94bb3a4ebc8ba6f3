/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import io.github.activations.Sigmoid;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Step 7: the sigmoid curve over [−10, 10], as a PNG. The tutorial plots 200 points with seaborn; here plain
 * {@code java.awt} draws them into an image, headless (no screen needed).
 *
 * <p>The picture shows what the sigmoid does: it maps every real number into (0, 1), is 0.5 at 0, and is already
 * within 0.0001 of 0 or 1 beyond ±10.
 */
public final class SigmoidCurve {
    /** Width of the image, in pixels. */
    public static final int WIDTH = 640;
    /** Height of the image, in pixels. */
    public static final int HEIGHT = 400;
    /** Colour of the curve. */
    public static final Color CURVE = new Color(0x1f, 0x77, 0xb4);

    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;
    private static final double X_MIN = -10;
    private static final double X_MAX = 10;

    private SigmoidCurve() { }

    /**
     * Writes the plot of σ(x) over [−10, 10] to a PNG file, {@value #WIDTH} × {@value #HEIGHT} pixels.
     *
     * @param file where to write the PNG; parent directories are created
     * @return {@code file}
     * @throws UncheckedIOException if the file cannot be written
     */
    public static Path write(Path file) {
        // tag::sigmoid-curve[]
        double[] x = new double[200];                      // like np.linspace(-10, 10, num=200)
        for (int i = 0; i < x.length; i++) {
            x[i] = -10 + 20.0 * i / (x.length - 1);
        }
        double[] y = Sigmoid.of(x);                        // σ of each point, in (0, 1)
        BufferedImage image = plot(x, y, "Sigmoid function");
        // end::sigmoid-curve[]
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /**
     * Writes the plot to the path given as the first argument, or to {@code target/sigmoid.png}.
     *
     * @param args an optional output path
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path out = write(Path.of(args.length > 0 ? args[0] : "target/sigmoid.png"));
        System.out.println("wrote " + out.toAbsolutePath());
    }

    /**
     * Returns the pixel column of abscissa {@code x}.
     *
     * @param x a value in [−10, 10]
     * @return its column in the image
     */
    public static int column(double x) {
        return (int) Math.round(LEFT + (x - X_MIN) / (X_MAX - X_MIN) * (WIDTH - LEFT - RIGHT));
    }

    /**
     * Returns the pixel row of ordinate {@code y}.
     *
     * @param y a value in [0, 1]
     * @return its row in the image (row 0 is the top)
     */
    public static int row(double y) {
        return (int) Math.round(HEIGHT - BOTTOM - y * (HEIGHT - TOP - BOTTOM));
    }

    private static BufferedImage plot(double[] x, double[] y, String title) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(new Color(0xea, 0xea, 0xf2));       // seaborn's grey background
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, TOP);
            g.fillRect(0, 0, LEFT, HEIGHT);
            g.fillRect(0, HEIGHT - BOTTOM, WIDTH, BOTTOM);
            g.fillRect(WIDTH - RIGHT, 0, RIGHT, HEIGHT);

            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setStroke(new BasicStroke(1f));
            for (int t = -10; t <= 10; t += 5) {           // vertical grid lines and x labels
                g.setColor(Color.WHITE);
                g.drawLine(column(t), TOP, column(t), HEIGHT - BOTTOM);
                g.setColor(Color.DARK_GRAY);
                String label = Integer.toString(t);
                g.drawString(label, column(t) - g.getFontMetrics().stringWidth(label) / 2, HEIGHT - BOTTOM + 18);
            }
            for (int t = 0; t <= 4; t++) {                 // horizontal grid lines and y labels
                double v = t / 4.0;
                g.setColor(Color.WHITE);
                g.drawLine(LEFT, row(v), WIDTH - RIGHT, row(v));
                g.setColor(Color.DARK_GRAY);
                String label = String.format(Locale.ROOT, "%.2f", v);
                g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), row(v) + 4);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title, (WIDTH - g.getFontMetrics().stringWidth(title)) / 2, TOP - 14);

            Path2D.Double curve = new Path2D.Double();
            for (int i = 0; i < x.length; i++) {
                double px = LEFT + (x[i] - X_MIN) / (X_MAX - X_MIN) * (WIDTH - LEFT - RIGHT);
                double py = HEIGHT - BOTTOM - y[i] * (HEIGHT - TOP - BOTTOM);
                if (i == 0) {
                    curve.moveTo(px, py);
                } else {
                    curve.lineTo(px, py);
                }
            }
            g.setColor(CURVE);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(curve);
        } finally {
            g.dispose();
        }
        return image;
    }
}
