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
