/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The DSL's vocabulary, for "did you mean …" suggestions. */
public final class Words {
    /** Words of the top level of a script (see {@link Lab}). */
    static final List<String> TOP_LEVEL = List.of("experiment", "random", "normal", "uniform");

    /** Words inside {@code experiment { … }} (see {@link ExperimentSpec}). */
    static final List<String> EXPERIMENT = List.of("logits", "apply", "show", "plot", "check", "summarize");

    /** Named parameters of the DSL words. */
    static final List<String> PARAMETERS = List.of("temperature", "mask", "k", "label", "target", "digits", "rows",
            "from", "to", "file", "points", "width", "height", "title", "tries", "seed", "classes", "count",
            "distribution");

    /** How each DSL word is written, for messages about a word used the wrong way. */
    static final java.util.Map<String, String> USAGE = java.util.Map.ofEntries(
            java.util.Map.entry("experiment", "experiment('name') { … }"),
            java.util.Map.entry("logits", "logits z: [0.25, 1.23, -0.8]"),
            java.util.Map.entry("apply", "apply softmax, divideBySum"),
            java.util.Map.entry("show", "show digits: 3"),
            java.util.Map.entry("plot", "plot 'results.png'"),
            java.util.Map.entry("check", "check('name') { double z -> sigmoid(z) > 0 }"),
            java.util.Map.entry("summarize", "summarize entropy, maxProbability"),
            java.util.Map.entry("random", "logits random(classes: 10, count: 100)"),
            java.util.Map.entry("normal", "random(classes: 10, distribution: normal(0, 3))"),
            java.util.Map.entry("uniform", "random(classes: 10, distribution: uniform(-1, 1))"),
            java.util.Map.entry("temperature", "apply softmax, temperature: [0.5, 1, 2]"),
            java.util.Map.entry("mask", "apply softmax, mask: [true, false, true]"),
            java.util.Map.entry("k", "apply topK, k: 2"),
            java.util.Map.entry("label", "apply crossEntropy, label: 1"),
            java.util.Map.entry("target", "apply crossEntropy, target: [0, 1, 0]"),
            java.util.Map.entry("digits", "show digits: 3"),
            java.util.Map.entry("rows", "show rows: 50"),
            java.util.Map.entry("from", "plot sigmoid, from: -10, to: 10, file: 'sigmoid.svg'"),
            java.util.Map.entry("to", "plot sigmoid, from: -10, to: 10, file: 'sigmoid.svg'"),
            java.util.Map.entry("file", "plot sigmoid, from: -10, to: 10, file: 'sigmoid.svg'"),
            java.util.Map.entry("points", "plot sigmoid, points: 401, file: 'sigmoid.svg'"),
            java.util.Map.entry("width", "plot 'results.png', width: 800"),
            java.util.Map.entry("height", "plot 'results.png', height: 600"),
            java.util.Map.entry("title", "plot 'results.png', title: 'Softmax'"),
            java.util.Map.entry("tries", "check('name', tries: 10_000) { double z -> … }"),
            java.util.Map.entry("seed", "check('name', seed: 7) { double z -> … }"),
            java.util.Map.entry("classes", "logits random(classes: 10, count: 100)"),
            java.util.Map.entry("count", "logits random(classes: 10, count: 100)"),
            java.util.Map.entry("distribution", "logits random(classes: 10, distribution: normal(0, 3))"));

    private Words() {
    }

    /**
     * Returns every word the DSL knows: DSL words, function names, statistics and parameter names.
     *
     * @return the vocabulary, in a stable order
     */
    public static Set<String> all() {
        Set<String> words = new LinkedHashSet<>(TOP_LEVEL);
        words.addAll(EXPERIMENT);
        for (ActivationFunction f : ActivationFunction.values()) {
            words.add(f.word());
        }
        for (Statistic s : Statistic.values()) {
            words.add(s.word());
        }
        words.addAll(PARAMETERS);
        return words;
    }

    /**
     * Returns the closest known word to {@code unknown}, if one is close enough to be a typo.
     *
     * @param unknown a word the script used
     * @return the suggestion, or empty
     */
    public static Optional<String> suggest(String unknown) {
        return suggest(unknown, all());
    }

    /**
     * Returns the closest of {@code candidates} to {@code unknown}, if one is close enough to be a typo.
     *
     * @param unknown a word the user wrote
     * @param candidates the words it may have meant
     * @return the suggestion, or empty
     */
    public static Optional<String> suggest(String unknown, Collection<String> candidates) {
        String u = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(u, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, unknown.length() / 3));
        return (best != null && bestDistance <= allowed && !best.equals(unknown)) ? Optional.of(best)
                : Optional.empty();
    }

    /** " (did you mean 'x'?)" or "", for appending to a message. */
    static String didYouMean(String unknown, Collection<String> candidates) {
        return suggest(unknown, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    static List<String> sorted(Collection<String> words) {
        List<String> list = new ArrayList<>(words);
        list.sort(null);
        return list;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
