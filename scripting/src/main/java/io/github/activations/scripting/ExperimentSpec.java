/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import groovy.lang.Closure;
import io.github.activations.data.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.jspecify.annotations.Nullable;

/**
 * The words inside {@code experiment('name') { … }}: what to compute ({@code logits}, {@code apply}),
 * how to show it ({@code show}, {@code plot}, {@code summarize}) and what must hold ({@code check}).
 *
 * <p>Words record what to do and check their arguments at once, so a mistake is reported on its
 * own line; the experiment runs when its closure (or {@code Consumer}) returns.
 */
public final class ExperimentSpec extends DslFunctions {
    private static final Set<String> SWEEPABLE = Set.of("temperature", "k", "label");
    private static final Set<String> SHOW_OPTIONS = Words.options("show");
    private static final Set<String> PLOT_OPTIONS = Set.of("file", "width", "height", "title");
    private static final Set<String> CALIBRATE_OPTIONS = Words.options("calibrate");
    private static final Set<String> CURVE_OPTIONS = Words.options("plot");
    private static final Set<String> CHECK_OPTIONS = Words.options("check");
    private static final int DEFAULT_ROWS = 20;
    private static final int DEFAULT_WIDTH = 640;
    private static final int DEFAULT_HEIGHT = 480;
    private static final long DEFAULT_TRIES = 1000;
    private static final long DEFAULT_SEED = 42;

    private final String name;
    private final Progress progress;
    private final Map<String, double[]> logits = new LinkedHashMap<>();
    private final List<ExperimentPlan.Step> steps = new ArrayList<>();
    private final List<ExperimentPlan.PlotRequest> plots = new ArrayList<>();
    private final List<ExperimentPlan.CheckRequest> checks = new ArrayList<>();
    private final List<Statistic> statistics = new ArrayList<>();
    private final List<Dataset> data = new ArrayList<>();
    private final List<MetricWord> metrics = new ArrayList<>();
    private final List<ExperimentPlan.CalibrationRequest> calibrations = new ArrayList<>();
    private int digits = -1;
    private int rows = DEFAULT_ROWS;
    private @Nullable Throwable applyOrigin;
    private @Nullable Throwable summarizeOrigin;
    private @Nullable Throwable evaluateOrigin;

    /**
     * Creates an empty experiment; {@link Lab#experiment(String, java.util.function.Consumer)} is the usual way.
     *
     * @param name the experiment's name
     */
    public ExperimentSpec(String name) {
        this(name, Progress.NONE);
    }

    ExperimentSpec(String name, Progress progress) {
        this.name = name;
        this.progress = progress;
    }

    @Override
    protected Progress progress() {
        return progress;
    }

    /**
     * Returns the experiment's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    // ----- logits -------------------------------------------------------------------------------

    /**
     * Adds named logit vectors: {@code logits z1: [0.25, 1.23, -0.8], z2: [-0.25, 1, -0.75]}.
     *
     * @param named vectors by name
     */
    public void logits(Map<String, ?> named) {
        if (named.isEmpty()) {
            throw new DslException("logits needs at least one vector, e.g. logits z: [0.25, 1.23, -0.8]");
        }
        named.forEach((k, v) -> add(String.valueOf(k), Values.toDoubles(v, "logits " + k)));
    }

    /**
     * Adds one named vector: {@code logits 'z', [0.25, 1.23, -0.8]}.
     *
     * @param name the vector's name
     * @param values the logits
     */
    public void logits(String name, List<?> values) {
        add(name, Values.toDoubles(values, "logits " + name));
    }

    /**
     * Adds one named vector (for Java and Kotlin).
     *
     * @param name the vector's name
     * @param values the logits
     */
    public void logits(String name, double... values) {
        add(name, values.clone());
    }

    /**
     * Adds one vector named {@code z}, or rows named {@code z1}, {@code z2}, …:
     * {@code logits [0.25, 1.23, -0.8]} or {@code logits [[1, 2], [3, 4]]}.
     *
     * @param values a list of numbers, or a list of lists
     */
    public void logits(List<?> values) {
        if (Values.isRows(values)) {
            int i = 1;
            for (Object row : values) {
                add("z" + i, Values.toDoubles(row, "logits row " + i));
                i++;
            }
        } else {
            add("z", Values.toDoubles(values, "logits"));
        }
    }

    /**
     * Adds seeded random vectors, named {@code r1}, {@code r2}, …
     *
     * @param random from {@code random(classes: …, count: …, distribution: …, seed: …)}
     */
    public void logits(RandomLogits random) {
        int i = 1;
        for (double[] row : random.generate()) {
            add("r" + i++, row);
        }
    }

    private void add(String key, double[] values) {
        if (logits.putIfAbsent(key, values) != null) {
            throw new DslException("logits '" + key + "' given twice in experiment '" + name + "'");
        }
    }

    // ----- data, evaluate, calibrate ------------------------------------------------------------

    /**
     * Evaluates the experiment on data sets: {@code data val} (from {@code dataset(...)}); several
     * data sets are evaluated one after the other.
     *
     * @param sets the data sets
     */
    public void data(Dataset... sets) {
        if (sets.length == 0) {
            throw new DslException("data needs a data set, e.g. data dataset('val.npz')");
        }
        for (Dataset d : sets) {
            if (d == null) {
                throw new DslException("data got null; give it a data set, e.g. data dataset('val.npz')");
            }
            for (Dataset known : data) {
                if (known == d) {
                    throw new DslException("data set '" + d.name() + "' given twice in experiment '" + name + "'");
                }
            }
            data.add(d);
        }
    }

    /**
     * Computes metrics on the experiment's data sets:
     * {@code evaluate accuracy, topK(5), nll, brier, ece(bins: 15), mce, entropy, confusion, perClass}.
     *
     * @param metrics {@link MetricWord}s ({@code entropy} is the mean entropy of the predictions)
     */
    public void evaluate(Object... metrics) {
        if (metrics.length == 0) {
            throw new DslException("evaluate needs at least one metric, e.g. evaluate accuracy, nll, ece");
        }
        for (Object m : metrics) {
            MetricWord metric;
            if (m instanceof MetricWord) {
                metric = (MetricWord) m;
            } else if (m == Statistic.ENTROPY) {
                metric = MetricWord.of(MetricWord.Kind.ENTROPY);
            } else if (m == ActivationFunction.TOP_K) {
                metric = MetricWord.topK(5);
            } else {
                throw new DslException("evaluate takes metrics (" + String.join(", ", Words.metricWords())
                        + "), not " + Values.describe(m));
            }
            if (!this.metrics.contains(metric)) {
                this.metrics.add(metric);
            }
        }
        if (evaluateOrigin == null) {
            evaluateOrigin = origin();
        }
    }

    /**
     * Calibrates the model on each data set and reports its parameters and every metric before and
     * after: {@code calibrate temperature} (multi-class) or {@code calibrate platt} (one score per row).
     *
     * @param calibrator {@code temperature} or {@code platt}
     */
    public void calibrate(CalibrationWord calibrator) {
        calibrate(Map.of(), calibrator);
    }

    /**
     * Calibrates with options: {@code calibrate temperature, on: calibrationSet} fits on one data set
     * and evaluates on the experiment's.
     *
     * @param options {@code on}: the data set to fit on (default: each evaluated data set itself)
     * @param calibrator {@code temperature} or {@code platt}
     */
    public void calibrate(Map<String, ?> options, CalibrationWord calibrator) {
        requireOptions("calibrate", options, CALIBRATE_OPTIONS);
        Object on = options.get("on");
        if (on != null && !(on instanceof Dataset)) {
            throw new DslException("calibrate on: needs a data set, e.g. on: dataset('calibration.npz'), not "
                    + Values.describe(on));
        }
        for (ExperimentPlan.CalibrationRequest c : calibrations) {
            if (c.calibrator() == calibrator && c.on() == on) {
                throw new DslException("calibrate " + calibrator.word() + " given twice");
            }
        }
        calibrations.add(new ExperimentPlan.CalibrationRequest(calibrator, (Dataset) on, origin()));
    }

    // ----- apply --------------------------------------------------------------------------------

    /**
     * Applies functions to every logits vector: {@code apply softmax, divideBySum}.
     *
     * @param functions the functions, by DSL name
     */
    public void apply(ActivationFunction... functions) {
        apply(Map.of(), functions);
    }

    /**
     * Applies functions with a typed parameter (for Java and Kotlin):
     * {@code e.apply(Parameter.temperature(0.1, 0.5, 1, 2, 10), SOFTMAX)} sweeps the temperature.
     *
     * @param parameter e.g. {@link Parameter#temperature(double...)}
     * @param functions the functions
     */
    public void apply(Parameter parameter, ActivationFunction... functions) {
        apply(parameter.asMap(), functions);
    }

    /**
     * Applies functions with parameters; a list of values sweeps the parameter:
     * {@code apply softmax, temperature: [0.1, 0.5, 1, 2, 10]}.
     *
     * @param params {@code temperature}, {@code mask}, {@code k}, {@code label}, {@code target}
     * @param functions the functions, by DSL name
     */
    public void apply(Map<String, ?> params, ActivationFunction... functions) {
        if (functions.length == 0) {
            throw new DslException("apply needs at least one function, e.g. apply softmax");
        }
        List<Map<String, Object>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Map.Entry<String, ?> e : params.entrySet()) {
            String key = String.valueOf(e.getKey());
            for (ActivationFunction f : functions) {
                f.requireParameter(key);
            }
            List<Object> values = new ArrayList<>();
            Object v = e.getValue();
            boolean sweep = SWEEPABLE.contains(key) ? v instanceof List : Values.isRows(v);
            if (sweep) {
                if (((List<?>) v).isEmpty()) {
                    throw new DslException(key + ": [] sweeps no values");
                }
                for (Object one : (List<?>) v) {
                    values.add(ActivationFunction.normalize(key, one));
                }
            } else {
                values.add(ActivationFunction.normalize(key, v));
            }
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> combo : combos) {
                for (Object value : values) {
                    Map<String, Object> m = new LinkedHashMap<>(combo);
                    m.put(key, value);
                    next.add(m);
                }
            }
            combos = next;
        }
        if (applyOrigin == null) {
            applyOrigin = origin();
        }
        for (ActivationFunction f : functions) {
            validate(f, combos.get(0).keySet());
            List<Map<String, Object>> frozen = new ArrayList<>();
            for (Map<String, Object> c : combos) {
                frozen.add(Collections.unmodifiableMap(c));
            }
            steps.add(new ExperimentPlan.Step(f, List.copyOf(frozen)));
        }
    }

    private static void validate(ActivationFunction f, Set<String> keys) {
        if (f == ActivationFunction.TOP_K && !keys.contains("k")) {
            throw new DslException("topK needs k:, e.g. apply topK, k: 2");
        }
        if (f == ActivationFunction.CROSS_ENTROPY && keys.contains("label") == keys.contains("target")) {
            throw new DslException("crossEntropy needs exactly one of label: (a class index) or target: (a list)");
        }
        if (f == ActivationFunction.SOFTMAX && keys.contains("temperature") && keys.contains("mask")) {
            throw new DslException("softmax takes temperature or mask, not both");
        }
    }

    // ----- show, summarize ----------------------------------------------------------------------

    /**
     * Sets how results print: {@code show digits: 3} (decimals; JSON keeps full precision),
     * {@code rows: 50} (table rows before the rest is elided).
     *
     * @param options {@code digits}, {@code rows}
     */
    public void show(Map<String, ?> options) {
        requireOptions("show", options, SHOW_OPTIONS);
        if (options.containsKey("digits")) {
            int d = Values.toInt(options.get("digits"), "digits");
            if (d < 0 || d > 17) {
                throw new DslException("digits must be between 0 and 17, not " + d);
            }
            digits = d;
        }
        if (options.containsKey("rows")) {
            int r = Values.toInt(options.get("rows"), "rows");
            if (r < 1) {
                throw new DslException("rows must be at least 1, not " + r);
            }
            rows = r;
        }
    }

    /**
     * Summarizes every vector output of each applied function: {@code summarize entropy, maxProbability}
     * gives mean, sd, min, median and max over the experiment's logits.
     *
     * @param stats the statistics
     */
    public void summarize(Statistic... stats) {
        if (stats.length == 0) {
            throw new DslException("summarize needs at least one statistic: entropy, maxProbability, margin");
        }
        statistics.addAll(Arrays.asList(stats));
        if (summarizeOrigin == null) {
            summarizeOrigin = origin();
        }
    }

    // ----- plot ---------------------------------------------------------------------------------

    /**
     * Plots the experiment's results to a PNG or SVG file: {@code plot 'temperature.png'}.
     *
     * @param file a path ending in {@code .png} or {@code .svg}, relative to the output directory
     */
    public void plot(String file) {
        plot(Map.of("file", file));
    }

    /**
     * Plots the experiment's results: {@code plot file: 'p.svg', width: 800, height: 600, title: 'T'}.
     *
     * @param options {@code file} (required), {@code width}, {@code height}, {@code title}
     */
    public void plot(Map<String, ?> options) {
        requireOptions("plot", options, PLOT_OPTIONS);
        plots.add(plotRequest(options, List.of(), null, List.of(), name));
    }

    /**
     * Plots the experiment's results to a file with options: {@code plot 'p.svg', width: 800, title: 'T'}.
     *
     * @param options {@code width}, {@code height}, {@code title}
     * @param file a path ending in {@code .png} or {@code .svg}, relative to the output directory
     */
    public void plot(Map<String, ?> options, String file) {
        if (options.containsKey("file")) {
            throw new DslException("plot got the file twice: give it either as plot 'x.png', ... or as file: 'x.png'");
        }
        Map<String, Object> all = new java.util.LinkedHashMap<>(options);
        all.put("file", file);
        plot(all);
    }

    /**
     * Plots scalar functions as curves, several in one plot:
     * {@code plot sigmoid, logSigmoid, from: -10, to: 10, file: 'sigmoid.svg'}.
     *
     * @param options {@code file} (required), {@code from}, {@code to}, {@code points}, {@code width},
     *     {@code height}, {@code title}
     * @param functions sigmoid, logSigmoid or logit
     */
    public void plot(Map<String, ?> options, ActivationFunction... functions) {
        requireOptions("plot", options, CURVE_OPTIONS);
        if (functions.length == 0) {
            throw new DslException("plot needs a function, e.g. plot sigmoid, file: 'sigmoid.svg'");
        }
        for (ActivationFunction function : functions) {
            if (!function.isScalar()) {
                throw new DslException("plot of a curve needs a function of one number (sigmoid, logSigmoid, logit); "
                        + function.word() + " takes a vector: apply it and plot 'file.png' instead");
            }
        }
        List<String> words = new ArrayList<>();
        for (ActivationFunction f : functions) {
            words.add(f.word());
        }
        plots.add(plotRequest(options, List.of(functions), null, List.of(), String.join(", ", words)));
    }

    /**
     * Plots a data set's {@code reliability} diagram or {@code confidence} histogram:
     * {@code plot reliability, file: 'reliability.png'} (one file per data set when there are several).
     *
     * @param options {@code file} (required), {@code width}, {@code height}, {@code title}
     * @param kind {@code reliability} or {@code confidence}
     */
    public void plot(Map<String, ?> options, PlotKind kind) {
        requireOptions("plot " + kind.word(), options, PLOT_OPTIONS);
        plots.add(plotRequest(options, List.of(), kind, List.of(), kind.word()));
    }

    /**
     * Plots metrics against the swept parameter: {@code plot nll, ece, file: 'nll.png'} after
     * {@code apply softmax, temperature: [..]} on data.
     *
     * @param options {@code file} (required), {@code width}, {@code height}, {@code title}
     * @param metrics numeric metrics
     */
    public void plot(Map<String, ?> options, MetricWord... metrics) {
        requireOptions("plot", options, PLOT_OPTIONS);
        for (MetricWord m : metrics) {
            if (!m.isNumber()) {
                throw new DslException("plot of " + m.label() + ": only metrics that are one number can be plotted"
                        + " against a parameter");
            }
        }
        plots.add(plotRequest(options, List.of(), null, List.of(metrics), name));
    }

    private static ExperimentPlan.PlotRequest plotRequest(Map<String, ?> options, List<ActivationFunction> functions,
            @Nullable PlotKind kind, List<MetricWord> metrics, String title) {
        Object file = options.get("file");
        if (!(file instanceof CharSequence)) {
            throw new DslException("plot needs file:, e.g. plot sigmoid, from: -10, to: 10, file: 'sigmoid.svg'");
        }
        Plots.requireFormat(file.toString());
        double from = options.containsKey("from") ? Values.toDouble(options.get("from"), "from") : -10;
        double to = options.containsKey("to") ? Values.toDouble(options.get("to"), "to") : 10;
        if (!(from < to) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new DslException("plot needs finite from < to, not from: " + Values.plain(from) + ", to: "
                    + Values.plain(to));
        }
        int points = options.containsKey("points") ? Values.toInt(options.get("points"), "points") : 201;
        int width = options.containsKey("width") ? Values.toInt(options.get("width"), "width") : DEFAULT_WIDTH;
        int height = options.containsKey("height") ? Values.toInt(options.get("height"), "height") : DEFAULT_HEIGHT;
        if (points < 2 || width < 16 || height < 16 || width > 10_000 || height > 10_000) {
            throw new DslException("plot needs points >= 2 and width, height in [16, 10000]");
        }
        Object t = options.get("title");
        return new ExperimentPlan.PlotRequest(file.toString(), functions, kind, metrics, from, to, points, width, height,
                t == null ? title : t.toString(), origin());
    }

    // ----- check --------------------------------------------------------------------------------

    /**
     * Checks a property on 1000 seeded random inputs (seed 42).
     *
     * @param name the property, as it should be reported
     * @param property a closure whose typed parameters choose the inputs ({@code double z}, {@code List z}, …)
     */
    public void check(String name, Closure<?> property) {
        check(Map.of(), name, property);
    }

    /**
     * Checks a property on seeded random inputs:
     * {@code check('softmax([z, 0])[0] == sigmoid(z)', tries: 100_000, seed: 42) { double z -> … }}.
     * Doubles mix ordinary values with edge cases (±0, subnormals, ±MAX_VALUE, ±∞).
     *
     * @param options {@code tries} (default 1000), {@code seed} (default 42)
     * @param name the property, as it should be reported
     * @param property a closure whose typed parameters choose the inputs
     */
    public void check(Map<String, ?> options, String name, Closure<?> property) {
        requireOptions("check", options, CHECK_OPTIONS);
        long tries = options.containsKey("tries") ? Values.toLong(options.get("tries"), "tries") : DEFAULT_TRIES;
        long seed = options.containsKey("seed") ? Values.toLong(options.get("seed"), "seed") : DEFAULT_SEED;
        if (tries < 1) {
            throw new DslException("tries must be at least 1, not " + tries);
        }
        Class<?>[] types = property.getParameterTypes();
        Checks.requireSupported(types);
        checks.add(new ExperimentPlan.CheckRequest(name, tries, seed, types, args -> property.call(args), origin()));
    }

    /**
     * Checks a property of one double on seeded random inputs (for Java and Kotlin).
     *
     * @param name the property, as it should be reported
     * @param tries how many inputs
     * @param seed the generator's seed
     * @param property the property
     */
    public void check(String name, long tries, long seed, DoublePredicate property) {
        if (tries < 1) {
            throw new DslException("tries must be at least 1, not " + tries);
        }
        checks.add(new ExperimentPlan.CheckRequest(name, tries, seed, new Class<?>[] {double.class},
            args -> property.test((Double) args[0]), origin()));
    }

    private static void requireOptions(String word, Map<String, ?> options, Set<String> allowed) {
        for (Object key : options.keySet()) {
            String k = String.valueOf(key);
            if (!allowed.contains(k)) {
                throw new DslException("unknown parameter '" + k + "' for " + word + Words.didYouMean(k, allowed)
                        + " (" + word + " takes " + String.join(", ", Words.sorted(allowed)) + ")");
            }
        }
    }

    // ----- running ------------------------------------------------------------------------------

    /** Where a word was written: the stack of this call holds the script's line. */
    private static Throwable origin() {
        return new Throwable("where the word was written");
    }

    /** What the words recorded, for {@link ExperimentRun}; checks that need the whole experiment first. */
    ExperimentPlan plan() {
        if (!steps.isEmpty() && logits.isEmpty() && data.isEmpty()) {
            throw new DslException("experiment '" + name + "' applies functions but has no logits; add e.g. "
                    + "logits z: [0.25, 1.23, -0.8]", applyOrigin);
        }
        if (!statistics.isEmpty() && steps.isEmpty()) {
            throw new DslException("experiment '" + name + "' summarizes but applies nothing; add e.g. apply softmax",
                    summarizeOrigin);
        }
        if ((!metrics.isEmpty() || !calibrations.isEmpty()) && data.isEmpty()) {
            throw new DslException("experiment '" + name + "' " + (metrics.isEmpty() ? "calibrates" : "evaluates")
                    + " but has no data; add e.g. data dataset('val.npz')",
                    metrics.isEmpty() ? calibrations.get(0).origin() : evaluateOrigin);
        }
        return new ExperimentPlan(name, Collections.unmodifiableMap(new LinkedHashMap<>(logits)), List.copyOf(steps),
                List.copyOf(plots), List.copyOf(checks), List.copyOf(statistics), digits, rows, summarizeOrigin,
                List.copyOf(data), List.copyOf(metrics), List.copyOf(calibrations), applyOrigin, evaluateOrigin);
    }
}
