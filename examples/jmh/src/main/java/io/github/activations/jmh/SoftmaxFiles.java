/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.jmh;

import io.github.activations.Softmax;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Softmax of a vector read from a file of raw little-endian numbers, written to another the
 * same way: what {@code peers_accuracy.py} runs to set our results beside NumPy's, SciPy's
 * and PyTorch's on the same logits. Not a benchmark.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.activations.jmh.SoftmaxFiles f64|f32 IN OUT}
 */
public final class SoftmaxFiles {
    private SoftmaxFiles() {
    }

    /**
     * Reads IN, writes the softmax of its numbers (one vector) to OUT.
     *
     * @param args {@code f64} or {@code f32}, the input file, the output file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("f64") || args[0].equals("f32"))) {
            throw new IllegalArgumentException("usage: SoftmaxFiles f64|f32 IN OUT");
        }
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(Path.of(args[1]))).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.allocate(in.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        if (args[0].equals("f64")) {
            double[] z = new double[in.capacity() / Double.BYTES];
            in.asDoubleBuffer().get(z);
            out.asDoubleBuffer().put(Softmax.of(z));
        } else {
            float[] z = new float[in.capacity() / Float.BYTES];
            in.asFloatBuffer().get(z);
            out.asFloatBuffer().put(Softmax.of(z));
        }
        Files.write(Path.of(args[2]), out.array());
    }
}
