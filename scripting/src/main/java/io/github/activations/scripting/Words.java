/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DSL's vocabulary: one table of every word a script can write, where it goes, how it is
 * written and what it means. The parser ({@link WordSyntax}), the option checks of each word,
 * "did you mean …" suggestions, the IDE descriptor ({@code activations.gdsl}), the word list in
 * {@code scripting/README.md} and the tests all read this table.
 */
public final class Words {
    /** Where a word is written. */
    public enum Place {
        /** The top level of a script ({@link Lab}). */
        TOP_LEVEL,
        /** Inside {@code experiment { … }} ({@link ExperimentSpec}). */
        EXPERIMENT,
        /** A function, named in {@code apply} and {@code plot} and callable on lists. */
        FUNCTION,
        /** A statistic of {@code summarize}. */
        STATISTIC,
        /** A metric of {@code evaluate}. */
        METRIC,
        /** A method of {@code calibrate}. */
        CALIBRATOR,
        /** What {@code plot} draws from a data set. */
        PLOT_KIND,
        /** A named parameter of another word. */
        PARAMETER
    }

    /**
     * One word of the DSL.
     *
     * @param name the word as a script writes it
     * @param place where it is written
     * @param usage an example of its use
     * @param meaning what it does, in one sentence
     * @param options the named parameters it takes (empty for none)
     */
    public record Word(String name, Place place, String usage, String meaning, Set<String> options) {
        /**
         * Creates a word; {@code options} is copied.
         *
         * @param name the word as a script writes it
         * @param place where it is written
         * @param usage an example of its use
         * @param meaning what it does, in one sentence
         * @param options the named parameters it takes (empty for none)
         */
        public Word {
            options = Collections.unmodifiableSet(new LinkedHashSet<>(new java.util.TreeSet<>(options)));
        }
    }

    private static final Map<String, String> USAGE_OF_PARAMETER = Map.of("temperature", "temperature: [0.5, 1, 2]",
            "mask", "mask: [true, false, true]", "k", "k: 2", "label", "label: 1", "target", "target: [0, 1, 0]");

    private static final Map<MetricWord.Kind, String> METRIC_MEANINGS = Map.of(
            MetricWord.Kind.ACCURACY, "fraction of rows whose argmax is the label",
            MetricWord.Kind.TOP_K, "fraction of rows whose label is among the k most probable classes",
            MetricWord.Kind.NLL, "negative log-likelihood: mean cross-entropy, through log-softmax",
            MetricWord.Kind.BRIER, "Brier score: mean over rows of Σⱼ (pⱼ − yⱼ)²",
            MetricWord.Kind.ECE, "expected calibration error: top-label confidence, equal-width bins weighted by count",
            MetricWord.Kind.MCE, "maximum calibration error over the non-empty bins",
            MetricWord.Kind.ENTROPY, "mean entropy of the predicted distributions, in nats",
            MetricWord.Kind.CONFUSION, "the confusion matrix: rows true classes, columns predicted",
            MetricWord.Kind.PER_CLASS, "support, precision, recall and F1 of each class");

    private static final List<Word> TABLE = buildTable();

    /** Words of the top level of a script (see {@link Lab}). */
    static final List<String> TOP_LEVEL = names(Place.TOP_LEVEL);

    /** Words inside {@code experiment { … }} (see {@link ExperimentSpec}). */
    static final List<String> EXPERIMENT = names(Place.EXPERIMENT);

    /** Named parameters of the DSL words that are not also words of their own (like {@code logits}). */
    static final List<String> PARAMETERS = parametersOnly();

    /** How each DSL word is written, for messages about a word used the wrong way. */
    static final Map<String, String> USAGE = usages();

    private static List<Word> buildTable() {
        List<Word> t = new ArrayList<>();
        t.add(new Word("experiment", Place.TOP_LEVEL, "experiment('name') { … }",
                "defines and runs one experiment", Set.of()));
        t.add(new Word("random", Place.TOP_LEVEL, "logits random(classes: 10, count: 100)",
                "seeded random logit vectors r1 … rN (Commons Math Well19937c); count defaults to 1, seed to 1",
                Set.of("classes", "count", "distribution", "seed")));
        t.add(new Word("normal", Place.TOP_LEVEL, "random(classes: 10, distribution: normal(0, 3))",
                "a normal distribution (mean, sd) for random", Set.of()));
        t.add(new Word("uniform", Place.TOP_LEVEL, "random(classes: 10, distribution: uniform(-1, 1))",
                "a uniform distribution (lower, upper) for random", Set.of()));
        t.add(new Word("dataset", Place.TOP_LEVEL,
                "dataset(logits: 'val_logits.npy', labels: 'val_labels.npy', classes: ['seal', 'panda', 'duck'])",
                "reads a model's logits (or one score per row) and labels from .npy, .npz, CSV/TSV or JSON, or - for stdin",
                Set.of("logits", "labels", "scores", "classes", "labelColumn", "format", "name")));
        t.add(new Word("simulated", Place.TOP_LEVEL,
                "simulated(classes: 10, count: 5000, separation: 2, overconfidence: 2.5, seed: 1)",
                "a simulated classifier's outputs whose calibration is known: temperature scaling finds T = overconfidence",
                Set.of("classes", "count", "separation", "overconfidence", "binary", "seed", "name")));
        t.add(new Word("logits", Place.EXPERIMENT, "logits z: [0.25, 1.23, -0.8]",
                "named logit vectors, a list, rows, or random(...)", Set.of()));
        t.add(new Word("apply", Place.EXPERIMENT, "apply softmax, divideBySum",
                "applies each function to each logits vector; a list of parameter values sweeps it",
                Set.of("temperature", "mask", "k", "label", "target")));
        t.add(new Word("show", Place.EXPERIMENT, "show digits: 3",
                "decimals in tables and rows shown before the rest is elided", Set.of("digits", "rows")));
        t.add(new Word("plot", Place.EXPERIMENT, "plot 'results.png'",
                "plots the results, or a curve of sigmoid, logSigmoid or logit, to PNG or SVG",
                Set.of("file", "width", "height", "title", "from", "to", "points")));
        t.add(new Word("check", Place.EXPERIMENT, "check('name') { double z -> sigmoid(z) > 0 }",
                "tries a property on seeded random input typed by the closure's parameters",
                Set.of("tries", "seed")));
        t.add(new Word("data", Place.EXPERIMENT, "data val",
                "evaluates the experiment on data sets from dataset(...)", Set.of()));
        t.add(new Word("evaluate", Place.EXPERIMENT, "evaluate accuracy, nll, ece",
                "computes metrics on the data sets, for each applied function and parameter", Set.of()));
        t.add(new Word("calibrate", Place.EXPERIMENT, "calibrate temperature",
                "fits temperature or Platt scaling and reports its parameters and the metrics before and after",
                Set.of("on")));
        t.add(new Word("summarize", Place.EXPERIMENT, "summarize entropy, maxProbability",
                "mean, sd, min, median and max of each statistic over the vector outputs", Set.of()));
        for (ActivationFunction f : ActivationFunction.values()) {
            t.add(new Word(f.word(), Place.FUNCTION, "apply " + f.word() + f.parameters().stream()
                    .findFirst().map(p -> ", " + USAGE_OF_PARAMETER.get(p)).orElse(""),
                    f.meaning(), f.parameters()));
        }
        for (Statistic s : Statistic.values()) {
            t.add(new Word(s.word(), Place.STATISTIC, "summarize " + s.word(), s.meaning(), Set.of()));
        }
        for (MetricWord.Kind m : MetricWord.Kind.values()) {
            t.add(new Word(m.word(), Place.METRIC, "evaluate " + (m == MetricWord.Kind.TOP_K ? "topK(5)"
                    : m == MetricWord.Kind.ECE || m == MetricWord.Kind.MCE ? m.word() + "(bins: 15)" : m.word()),
                    METRIC_MEANINGS.get(m), m == MetricWord.Kind.ECE || m == MetricWord.Kind.MCE ? Set.of("bins") : Set.of()));
        }
        t.add(new Word("temperature", Place.CALIBRATOR, "calibrate temperature",
                "temperature scaling: softmax(z / T), T fitted by minimising the NLL", Set.of()));
        t.add(new Word("platt", Place.CALIBRATOR, "calibrate platt",
                "Platt scaling of one score per row: sigmoid(a·s + b), a and b fitted by minimising the NLL", Set.of()));
        t.add(new Word("reliability", Place.PLOT_KIND, "plot reliability, file: 'reliability.png'",
                "reliability diagram: accuracy against confidence per bin, the diagonal, the counts, the ECE",
                Set.of()));
        t.add(new Word("confidence", Place.PLOT_KIND, "plot confidence, file: 'confidence.svg'",
                "confidence histogram, with the mean confidence and the accuracy marked", Set.of()));
        String[][] parameters = {
            {"temperature", "apply softmax, temperature: [0.5, 1, 2]", "softmax of z / T; a list sweeps it"},
            {"mask", "apply softmax, mask: [true, false, true]", "entries that take part (others get 0)"},
            {"k", "apply topK, k: 2", "how many indices topK returns; a list sweeps it"},
            {"label", "apply crossEntropy, label: 1", "the true class of crossEntropy; a list sweeps it"},
            {"target", "apply crossEntropy, target: [0, 1, 0]", "a target distribution for crossEntropy"},
            {"digits", "show digits: 3", "decimals in tables and CSV"},
            {"rows", "show rows: 50", "table rows before the rest is elided (default 20)"},
            {"from", "plot sigmoid, from: -10, to: 10, file: 'sigmoid.svg'", "start of a curve (default -10)"},
            {"to", "plot sigmoid, from: -10, to: 10, file: 'sigmoid.svg'", "end of a curve (default 10)"},
            {"file", "plot sigmoid, from: -10, to: 10, file: 'sigmoid.svg'", "the plot's file, .png or .svg"},
            {"points", "plot sigmoid, points: 401, file: 'sigmoid.svg'", "points of a curve (default 201)"},
            {"width", "plot 'results.png', width: 800", "plot width in pixels (default 640)"},
            {"height", "plot 'results.png', height: 600", "plot height in pixels (default 480)"},
            {"title", "plot 'results.png', title: 'Softmax'", "the plot's title"},
            {"tries", "check('name', tries: 10_000) { double z -> … }", "inputs a check tries (default 1000)"},
            {"seed", "check('name', seed: 7) { double z -> … }", "the seed of check or random"},
            {"classes", "logits random(classes: 10, count: 100)",
                "classes per random vector; for dataset, the class names"},
            {"count", "logits random(classes: 10, count: 100)", "how many random vectors (default 1)"},
            {"distribution", "logits random(classes: 10, distribution: normal(0, 3))",
                "normal(mean, sd) or uniform(lower, upper) (default normal(0, 1))"},
            {"logits", "dataset(logits: 'val_logits.npy', labels: 'val_labels.npy')", "the file of logits of dataset"},
            {"labels", "dataset(logits: 'val.npy', labels: 'val_labels.npy')", "the file of labels of dataset"},
            {"scores", "dataset(scores: 'scores.npy', labels: 'labels.npy')",
                "a file of one score (binary logit) per row, for dataset"},
            {"labelColumn", "dataset('val.csv', labelColumn: 'target')",
                "the CSV column (name or index from 0) holding the labels; default the one named label or labels,"
                        + " null for none"},
            {"format", "dataset('-', format: 'csv')", "npy, npz, csv, tsv or json, when the file name does not say"},
            {"name", "dataset('val.npz', name: 'validation')", "the data set's name in tables (default the file name)"},
            {"separation", "simulated(separation: 2)", "how far apart a simulated classifier's classes are"},
            {"overconfidence", "simulated(overconfidence: 2.5)", "the factor a simulated classifier's logits are scaled by"},
            {"binary", "simulated(binary: true)", "one score per row (two classes) for simulated"},
            {"on", "calibrate temperature, on: calibrationSet", "the data set to fit the calibration on"},
            {"bins", "evaluate ece(bins: 15)", "equal-width confidence bins of ece and mce (default 15)"},
        };
        for (String[] p : parameters) {
            t.add(new Word(p[0], Place.PARAMETER, p[1], p[2], Set.of()));
        }
        return List.copyOf(t);
    }

    private static List<String> names(Place place) {
        List<String> out = new ArrayList<>();
        for (Word w : TABLE) {
            if (w.place() == place) {
                out.add(w.name());
            }
        }
        return List.copyOf(out);
    }

    private static List<String> parametersOnly() {
        List<String> out = new ArrayList<>();
        for (Word w : TABLE) {
            if (w.place() == Place.PARAMETER && TABLE.stream().noneMatch(o -> o.name().equals(w.name())
                    && o.place() != Place.PARAMETER)) {
                out.add(w.name());
            }
        }
        return List.copyOf(out);
    }

    /** The metric words of {@code evaluate}, for messages. */
    static List<String> metricWords() {
        return names(Place.METRIC);
    }

    private static Map<String, String> usages() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Word w : TABLE) {
            if (w.place() != Place.FUNCTION && w.place() != Place.STATISTIC) {
                out.putIfAbsent(w.name(), w.usage());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private Words() {
    }

    /**
     * Returns the whole table, in a stable order: top-level words, experiment words, functions,
     * statistics, parameters.
     *
     * @return every word
     */
    public static List<Word> table() {
        return TABLE;
    }

    /**
     * Returns the word called {@code name} at {@code place}.
     *
     * @param name a word
     * @param place where it is written
     * @return the word
     * @throws IllegalArgumentException if the table has no such word
     */
    public static Word word(String name, Place place) {
        for (Word w : TABLE) {
            if (w.name().equals(name) && w.place() == place) {
                return w;
            }
        }
        throw new IllegalArgumentException("no " + place + " word '" + name + "'");
    }

    /** The named parameters {@code word} takes, from the table. */
    static Set<String> options(String word) {
        for (Word w : TABLE) {
            if (w.name().equals(word) && (w.place() == Place.EXPERIMENT || w.place() == Place.TOP_LEVEL)) {
                return w.options();
            }
        }
        throw new IllegalArgumentException("no word '" + word + "'");
    }

    /**
     * Returns the word index of {@code scripting/README.md}: a Markdown table of every word, where it
     * is written, what it does and the parameters it takes, generated from the table.
     *
     * @return the Markdown table
     */
    public static String markdown() {
        StringBuilder s = new StringBuilder("| word | where | what it does | parameters |\n| --- | --- | --- | --- |\n");
        for (Word w : TABLE) {
            s.append("| `").append(w.name()).append("` | ").append(w.place().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ')).append(" | ").append(w.meaning().replace("|", "\\|")).append(" | ");
            s.append(w.options().isEmpty() ? "" : "`" + String.join("`, `", w.options()) + "`").append(" |\n");
        }
        return s.toString();
    }

    /**
     * Returns the IntelliJ IDEA GDSL descriptor for experiment scripts, generated from the table:
     * the scripting jar ships it as {@code io/github/activations/scripting/activations.gdsl}, so the
     * IDE completes the words (with their meaning as documentation) and marks unknown ones.
     *
     * @return the descriptor's text
     */
    public static String gdsl() {
        StringBuilder s = new StringBuilder();
        s.append("// IntelliJ IDEA GDSL for Activations experiment scripts: words complete, unknown words are marked.\n");
        s.append("// Generated from io.github.activations.scripting.Words (VocabularyTest checks it); do not edit.\n");
        s.append("def script = context(scope: scriptScope(), filetypes: ['groovy'])\n");
        s.append("contributor(script) {\n");
        s.append("    delegatesTo(findClass('io.github.activations.scripting.Lab'))\n");
        for (Word w : TABLE) {
            if (w.place() == Place.TOP_LEVEL) {
                s.append("    method name: '").append(w.name()).append("', type: 'java.lang.Object', params: [:], doc: ")
                        .append(groovyString(w.meaning() + ": " + w.usage())).append('\n');
            }
        }
        s.append("}\n");
        s.append("def body = context(scope: closureScope(), filetypes: ['groovy'])\n");
        s.append("contributor(body) {\n");
        s.append("    if (enclosingCall('experiment')) {\n");
        s.append("        delegatesTo(findClass('io.github.activations.scripting.ExperimentSpec'))\n");
        for (Word w : TABLE) {
            if (w.place() == Place.EXPERIMENT) {
                s.append("        method name: '").append(w.name())
                        .append("', type: 'void', params: [:], doc: ").append(groovyString(w.meaning() + ": "
                        + w.usage())).append('\n');
            }
        }
        // A word in two places (topK: a function and a metric; entropy: a statistic and a metric) is
        // one property of the script, of the type its getter returns (the first place in the table):
        // declared once, with both meanings.
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, List<String>> docs = new LinkedHashMap<>();
        for (Word w : TABLE) {
            String type = PROPERTY_TYPES.get(w.place());
            if (type != null) {
                types.putIfAbsent(w.name(), type);
                docs.computeIfAbsent(w.name(), k -> new ArrayList<>())
                        .add(w.place().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + w.meaning());
            }
        }
        for (Map.Entry<String, String> e : types.entrySet()) {
            List<String> meanings = docs.get(e.getKey());
            String doc = meanings.size() == 1 ? meanings.get(0).substring(meanings.get(0).indexOf(": ") + 2)
                    : String.join("; ", meanings);
            s.append("        property name: '").append(e.getKey()).append("', type: '").append(e.getValue())
                    .append("', doc: ").append(groovyString(doc)).append('\n');
        }
        s.append("    }\n");
        s.append("}\n");
        return s.toString();
    }

    private static final Map<Place, String> PROPERTY_TYPES = Map.of(
            Place.FUNCTION, "io.github.activations.scripting.ActivationFunction",
            Place.STATISTIC, "io.github.activations.scripting.Statistic",
            Place.METRIC, "io.github.activations.scripting.MetricWord",
            Place.CALIBRATOR, "io.github.activations.scripting.CalibrationWord",
            Place.PLOT_KIND, "io.github.activations.scripting.PlotKind");

    private static String groovyString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /**
     * Returns every word the DSL knows: DSL words, function names, statistics and parameter names.
     *
     * @return the vocabulary, in a stable order
     */
    public static Set<String> all() {
        Set<String> words = new LinkedHashSet<>();
        for (Word w : TABLE) {
            words.add(w.name());
        }
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
        // one letter is one edit from every one-letter word: T is no typo of k, but K is
        int allowed = unknown.length() == 1 ? 0 : Math.max(1, Math.min(3, unknown.length() / 3));
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
