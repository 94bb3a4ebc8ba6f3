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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The core functions by their DSL names, as {@code apply} uses them on one vector of logits.
 *
 * <p>Outputs are {@code double[]} (softmax and the other vector functions), {@code Double}
 * ({@code logSumExp}, {@code crossEntropy}), {@code Integer} ({@code argmax}) or {@code int[]}
 * ({@code topK}). Scalar functions ({@code sigmoid}, {@code logSigmoid}, {@code logit}) apply to
 * each element. {@code oneHot} gives the one-hot vector of the argmax.
 */
public enum ActivationFunction {
    /** {@link Softmax#of(double[])}; parameters {@code temperature}, {@code mask}. */
    SOFTMAX("softmax", "probabilities exp(zᵢ) / Σ exp(zⱼ), with temperature or mask", Set.of("temperature", "mask"), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            Object t = p.get("temperature");
            Object m = p.get("mask");
            if (t != null && m != null) {
                throw new DslException("softmax takes temperature or mask, not both");
            }
            if (t != null) {
                return Softmax.of(z, (Double) t);
            }
            if (m != null) {
                return Softmax.of(z, (boolean[]) m);
            }
            return Softmax.of(z);
        }
    },
    /** {@link LogSoftmax#of(double[])}. */
    LOG_SOFTMAX("logSoftmax", "ln softmax(z), without forming softmax", Set.of(), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            return LogSoftmax.of(z);
        }
    },
    /** {@link LogSumExp#of(double[])}: one number per vector. */
    LOG_SUM_EXP("logSumExp", "ln Σ exp(zᵢ): one number per vector", Set.of(), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            return LogSumExp.of(z);
        }
    },
    /** {@link Softmin#of(double[])}. */
    SOFTMIN("softmin", "softmax(−z)", Set.of(), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            return Softmin.of(z);
        }
    },
    /** {@link Sigmoid#of(double)} on each element. */
    SIGMOID("sigmoid", "1 / (1 + exp(−x)) on each element", Set.of(), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            return Sigmoid.of(z);
        }

        @Override
        public double applyScalar(double x) {
            return Sigmoid.of(x);
        }
    },
    /** {@link LogSigmoid#of(double)} on each element. */
    LOG_SIGMOID("logSigmoid", "ln sigmoid(x) on each element", Set.of(), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            double[] out = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                out[i] = LogSigmoid.of(z[i]);
            }
            return out;
        }

        @Override
        public double applyScalar(double x) {
            return LogSigmoid.of(x);
        }
    },
    /** {@link Logit#of(double)} on each element (the inverse of sigmoid). */
    LOGIT("logit", "ln(p / (1 − p)) on each element: the inverse of sigmoid", Set.of(), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            double[] out = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                out[i] = Logit.of(z[i]);
            }
            return out;
        }

        @Override
        public double applyScalar(double x) {
            return Logit.of(x);
        }
    },
    /** {@link Argmax#of(double[])}: the index of the largest logit (ties: the first). */
    ARGMAX("argmax", "the index of the largest entry (ties: the first)", Set.of(), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            return Argmax.of(z);
        }
    },
    /** {@link TopK#of(double[], int)}; parameter {@code k} (required). */
    TOP_K("topK", "the indices of the k largest entries", Set.of("k"), Set.of("k")) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            return TopK.of(z, (Integer) p.get("k"));
        }
    },
    /** {@link OneHot#of(int, int)} of the argmax: the hard version of softmax. */
    ONE_HOT("oneHot", "the one-hot vector of the argmax", Set.of(), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            return OneHot.of(Argmax.of(z), z.length);
        }
    },
    /** {@link DivideBySum#of(double[])}: the tutorial's naive normalisation (fails on a zero sum). */
    DIVIDE_BY_SUM("divideBySum", "zᵢ / Σ z: the tutorial's naive normalisation", Set.of(), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            return DivideBySum.of(z);
        }
    },
    /** {@link CrossEntropy}; parameter {@code label} (a class index) or {@code target} (a distribution). */
    CROSS_ENTROPY("crossEntropy", "−ln softmax(z)[label], or against a target distribution", Set.of("label", "target"), Set.of()) {
        @Override
        Object compute(double[] z, Map<String, Object> p) {
            Object label = p.get("label");
            Object target = p.get("target");
            if ((label == null) == (target == null)) {
                throw new DslException("crossEntropy needs exactly one of label: (a class index) or target: (a list)");
            }
            return label != null ? CrossEntropy.of(z, (Integer) label) : CrossEntropy.of(z, (double[]) target);
        }
    };

    private final String word;
    private final String meaning;
    private final Set<String> parameters;
    private final Set<String> required;

    ActivationFunction(String word, String meaning, Set<String> parameters, Set<String> required) {
        this.word = word;
        this.meaning = meaning;
        this.parameters = parameters;
        this.required = required;
    }

    abstract Object compute(double[] z, Map<String, Object> params);

    /**
     * Returns the function's DSL name, e.g. {@code divideBySum}.
     *
     * @return the name a script uses
     */
    public String word() {
        return word;
    }

    /**
     * Returns what the function computes, in one line.
     *
     * @return the meaning
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Returns the names of the parameters {@code apply} accepts for this function.
     *
     * @return parameter names, possibly empty
     */
    public Set<String> parameters() {
        return parameters;
    }

    /**
     * Returns the probability distribution an output of this function stands for, for
     * {@code summarize}: softmax, softmin and oneHot outputs as they are, a logSoftmax output as
     * exp(output); null for the other functions, whose outputs are not distributions (sigmoid gives
     * one probability per entry, divideBySum may be negative, logSumExp is a number).
     *
     * @param output an output of {@link #apply(double[], Map)}
     * @return the distribution, or null
     */
    public double @Nullable [] distribution(Object output) {
        if (!(output instanceof double[])) {
            return null;
        }
        double[] v = (double[]) output;
        switch (this) {
            case SOFTMAX:
            case SOFTMIN:
            case ONE_HOT:
                return v;
            case LOG_SOFTMAX:
                double[] p = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    p[i] = Math.exp(v[i]);
                }
                return p;
            default:
                return null;
        }
    }

    /**
     * Returns whether the function maps one number to one number (and so can be plotted as a curve).
     *
     * @return true for sigmoid, logSigmoid and logit
     */
    public boolean isScalar() {
        return this == SIGMOID || this == LOG_SIGMOID || this == LOGIT;
    }

    /**
     * Applies a scalar function to one number.
     *
     * @param x the argument
     * @return the function's value at {@code x}
     * @throws UnsupportedOperationException if the function takes a vector (see {@link #isScalar()})
     */
    public double applyScalar(double x) {
        throw new UnsupportedOperationException(word + " takes a vector, not a number");
    }

    /**
     * Applies the function to one vector of logits.
     *
     * @param z the logits (not modified)
     * @param params parameters in canonical form (see {@link #normalize(String, Object)}), by name
     * @return {@code double[]}, {@code Double}, {@code Integer} or {@code int[]}
     * @throws IllegalArgumentException when the core function rejects the input
     */
    public Object apply(double[] z, Map<String, Object> params) {
        for (String r : required) {
            if (!params.containsKey(r)) {
                throw new DslException(word + " needs " + r + ":, e.g. apply " + word + ", " + r + ": 2");
            }
        }
        return compute(z, params);
    }

    /**
     * Checks that this function takes parameter {@code name}.
     *
     * @param name a parameter name from a script
     * @throws DslException naming the function, the parameter and the likely intended one
     */
    public void requireParameter(String name) {
        if (parameters.contains(name)) {
            return;
        }
        Set<String> known = Words.options("apply");
        if (!known.contains(name)) {
            throw new DslException("unknown parameter '" + name + "' for apply" + Words.didYouMean(name, known));
        }
        throw new DslException(word + " takes no parameter '" + name + "'"
                + (parameters.isEmpty() ? "" : " (it takes " + String.join(", ", Words.sorted(parameters)) + ")"));
    }

    /**
     * Converts a parameter value from a script to its canonical type: {@code Double} temperature,
     * {@code boolean[]} mask, {@code Integer} k and label, {@code double[]} target.
     *
     * @param name the parameter name
     * @param value the value as written in the script
     * @return the canonical value
     * @throws DslException if the value has the wrong kind
     */
    public static Object normalize(String name, @Nullable Object value) {
        switch (name) {
            case "temperature":
                return Values.toDouble(value, "temperature");
            case "mask":
                return Values.toBooleans(value, "mask");
            case "k":
                return Values.toInt(value, "k");
            case "label":
                return Values.toInt(value, "label");
            case "target":
                return Values.toDoubles(value, "target");
            default:
                throw new DslException("unknown parameter '" + name + "'");
        }
    }

    /**
     * Finds a function by its DSL name.
     *
     * @param word e.g. {@code softmax}
     * @return the function, or empty
     */
    public static Optional<ActivationFunction> byWord(String word) {
        for (ActivationFunction f : values()) {
            if (f.word.equals(word)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word;
    }
}
