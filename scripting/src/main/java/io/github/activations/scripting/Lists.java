/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.Argmax;
import io.github.activations.CrossEntropy;
import io.github.activations.DivideBySum;
import io.github.activations.LogSigmoid;
import io.github.activations.LogSoftmax;
import io.github.activations.LogSumExp;
import io.github.activations.Logit;
import io.github.activations.OneHot;
import io.github.activations.Sigmoid;
import io.github.activations.Softmax;
import io.github.activations.Softmin;
import io.github.activations.TopK;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The core functions on Groovy lists: a list of numbers, or a list of rows (each row independently). */
final class Lists {
    private Lists() {
    }

    static List<?> vector(Object z, Function<double[], double[]> f) {
        if (Values.isRows(z)) {
            List<Object> out = new ArrayList<>();
            for (Object row : rows(z)) {
                out.add(Values.toList(f.apply(Values.toDoubles(row, "z row"))));
            }
            return out;
        }
        return Values.toList(f.apply(Values.toDoubles(z, "z")));
    }

    static Object reduce(Object z, Function<double[], Object> f) {
        if (Values.isRows(z)) {
            List<Object> out = new ArrayList<>();
            for (Object row : rows(z)) {
                out.add(f.apply(Values.toDoubles(row, "z row")));
            }
            return out;
        }
        return f.apply(Values.toDoubles(z, "z"));
    }

    private static List<?> rows(Object z) {
        if (z instanceof double[][]) {
            return List.of((Object[]) z);
        }
        return (List<?>) z;
    }

    static List<?> softmax(Object z) {
        return vector(z, Softmax::of);
    }

    static List<?> softmax(Object z, double temperature) {
        return vector(z, v -> Softmax.of(v, temperature));
    }

    static List<?> softmax(Object z, List<?> mask) {
        boolean[] m = Values.toBooleans(mask, "mask");
        return vector(z, v -> Softmax.of(v, m));
    }

    static List<?> logSoftmax(Object z) {
        return vector(z, LogSoftmax::of);
    }

    static Object logSumExp(Object z) {
        return reduce(z, LogSumExp::of);
    }

    static List<?> softmin(Object z) {
        return vector(z, Softmin::of);
    }

    static List<?> sigmoid(Object z) {
        return vector(z, Sigmoid::of);
    }

    static List<?> logSigmoid(Object z) {
        return vector(z, v -> map(v, LogSigmoid::of));
    }

    static List<?> logit(Object p) {
        return vector(p, v -> map(v, Logit::of));
    }

    static Object argmax(Object z) {
        return reduce(z, Argmax::of);
    }

    static Object topK(Object z, int k) {
        return reduce(z, v -> Values.toList(TopK.of(v, k)));
    }

    static List<Double> oneHot(int index, int n) {
        return Values.toList(OneHot.of(index, n));
    }

    static List<?> divideBySum(Object z) {
        return vector(z, DivideBySum::of);
    }

    static Object crossEntropy(Object z, int label) {
        return reduce(z, v -> CrossEntropy.of(v, label));
    }

    static Object crossEntropy(Object z, List<?> target) {
        double[] t = Values.toDoubles(target, "target");
        return reduce(z, v -> CrossEntropy.of(v, t));
    }

    private static double[] map(double[] v, java.util.function.DoubleUnaryOperator f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = f.applyAsDouble(v[i]);
        }
        return out;
    }
}
