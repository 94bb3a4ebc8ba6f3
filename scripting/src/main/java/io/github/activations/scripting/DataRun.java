/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import io.github.activations.data.Dataset;
import io.github.activations.evaluation.Calibrator;
import io.github.activations.evaluation.Evaluation;
import io.github.activations.evaluation.Metric;
import io.github.activations.evaluation.PlattScaling;
import io.github.activations.evaluation.Reliability;
import io.github.activations.evaluation.ReliabilityBin;
import io.github.activations.evaluation.TemperatureScaling;
import io.github.activations.plot.Chart;
import io.github.activations.plot.ConfidenceHistogram;
import io.github.activations.plot.ReliabilityDiagram;
import io.github.activations.plot.Series;
import io.github.activations.plot.SweepChart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


/**
 * Runs the data part of an experiment: {@code data}, {@code apply} on data, {@code evaluate},
 * {@code calibrate} and the plots drawn from data ({@code reliability}, {@code confidence}, metrics
 * against the swept temperature). Everything is computed before any file is written, so a failure
 * leaves no partial plot.
 */
final class DataRun {
    /** What {@code calibrate} or a data plot reports when {@code evaluate} named no metric. */
    static final List<MetricWord> DEFAULT_METRICS = List.of(MetricWord.of(MetricWord.Kind.ACCURACY),
            MetricWord.of(MetricWord.Kind.NLL), MetricWord.of(MetricWord.Kind.BRIER), MetricWord.of(MetricWord.Kind.ECE));

    private final ExperimentPlan plan;
    private final Progress progress;
    private final List<MetricWord> metrics;
    private final List<EvaluationResult> evaluations = new ArrayList<>();
    private final List<CalibrationResult> calibrations = new ArrayList<>();
    /** Per data set, the fitted calibrator of the experiment's first calibrate (for the plots). */
    private final Map<Dataset, Fitted> firstFit = new IdentityHashMap<>();
    /** Fits by (method, data set fitted on), so {@code on: cal} fits once for several data sets. */
    private final Map<Dataset, Map<CalibrationWord, Fitted>> fits = new IdentityHashMap<>();

    /** One prediction to evaluate: a function and its parameters, and the calibrator that makes it. */
    private record Prediction(ActivationFunction function, Map<String, Object> params, double temperature) {
    }

    /** A fitted calibrator and how it reads in tables. */
    private record Fitted(Calibrator calibrator, CalibrationWord method, String fittedOn, int fittedRows,
            Map<String, Double> parameters, String status, int evaluations, String description) {
    }

    /** A chart to write, once everything is computed. */
    record PendingPlot(Chart chart, Path file, int width, int height, Throwable origin) {
    }

    DataRun(ExperimentPlan plan, Progress progress) {
        this.plan = plan;
        this.progress = progress;
        this.metrics = plan.metrics().isEmpty() ? DEFAULT_METRICS : plan.metrics();
    }

    List<EvaluationResult> evaluations() {
        return List.copyOf(evaluations);
    }

    List<CalibrationResult> calibrations() {
        return List.copyOf(calibrations);
    }

    void run() {
        if (plan.data().isEmpty()) {
            return;
        }
        int task = 0;
        int tasks = 0;
        for (Dataset d : plan.data()) {
            tasks += predictions(d).size() + 2 * plan.calibrations().size();
        }
        progress.start("experiment '" + plan.name() + "': evaluate", tasks);
        try {
            for (Dataset d : plan.data()) {
                for (Prediction p : predictions(d)) {
                    Evaluation e = evaluate(d, Calibrator.temperature(p.temperature()), metrics, 0);
                    evaluations.add(result(d, p.function().word(), p.params(), "", e));
                    progress.advance(++task);
                }
                for (ExperimentPlan.CalibrationRequest c : plan.calibrations()) {
                    Fitted fit = fit(c, d);
                    firstFit.putIfAbsent(d, fit);
                    Evaluation before = evaluate(d, Calibrator.identity(), metrics, 0);
                    progress.advance(++task);
                    Evaluation after = evaluate(d, fit.calibrator(), metrics, 0);
                    progress.advance(++task);
                    evaluations.add(result(d, base(d).word(), Map.of(), fit.description(), after));
                    calibrations.add(new CalibrationResult(fit.method().word(), fit.fittedOn(), fit.fittedRows(),
                            fit.parameters(), fit.status(), fit.evaluations(), d.name(), numbers(before),
                            numbers(after)));
                }
            }
        } finally {
            progress.finish();
        }
    }

    private static ActivationFunction base(Dataset d) {
        return d.isBinary() ? ActivationFunction.SIGMOID : ActivationFunction.SOFTMAX;
    }

    /** The predictions {@code apply} asks for on a data set; softmax (sigmoid for one score) when it asks none. */
    private List<Prediction> predictions(Dataset d) {
        List<Prediction> out = new ArrayList<>();
        if (plan.steps().isEmpty()) {
            out.add(new Prediction(base(d), Map.of(), 1));
            return out;
        }
        for (ExperimentPlan.Step s : plan.steps()) {
            ActivationFunction f = s.function();
            boolean fits = d.isBinary() ? f == ActivationFunction.SIGMOID || f == ActivationFunction.LOG_SIGMOID
                    : f == ActivationFunction.SOFTMAX || f == ActivationFunction.LOG_SOFTMAX;
            if (!fits) {
                throw new DslException("on data set '" + d.name() + "' (" + (d.isBinary() ? "one score per row"
                        : d.classes() + " classes") + ") apply takes " + (d.isBinary() ? "sigmoid or logSigmoid"
                        : "softmax or logSoftmax") + ", not " + f.word(), plan.applyOrigin());
            }
            for (Map<String, Object> params : s.combos()) {
                for (String key : params.keySet()) {
                    if (!key.equals("temperature")) {
                        throw new DslException("on data, apply " + f.word() + " takes temperature:, not " + key + ":",
                                plan.applyOrigin());
                    }
                }
                Object t = params.get("temperature");
                out.add(new Prediction(f, params, t == null ? 1 : (Double) t));
            }
        }
        return out;
    }

    private Fitted fit(ExperimentPlan.CalibrationRequest c, Dataset d) {
        Dataset on = c.on() != null ? c.on() : d;
        Fitted known = fits.computeIfAbsent(on, k -> new LinkedHashMap<>()).get(c.calibrator());
        if (known != null) {
            return checked(known, d, c);
        }
        Fitted fit;
        try {
            if (c.calibrator() == CalibrationWord.TEMPERATURE) {
                if (on.isBinary()) {
                    throw new DslException("calibrate temperature needs several classes; data set '" + on.name()
                            + "' has one score per row: calibrate platt", c.origin());
                }
                TemperatureScaling t = TemperatureScaling.fit(on);
                Map<String, Double> parameters = Map.of("T", t.temperature());
                String status = t.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                fit = new Fitted(t.calibrator(), c.calibrator(), on.name(), on.rows(), parameters, status,
                        t.evaluations(), "temperature T = " + shortNumber(t.temperature()) + fittedOn(on, d));
            } else {
                if (!on.isBinary()) {
                    throw new DslException("calibrate platt needs one score per row; data set '" + on.name()
                            + "' has " + on.classes() + " classes: calibrate temperature", c.origin());
                }
                PlattScaling p = PlattScaling.fit(on);
                Map<String, Double> parameters = new LinkedHashMap<>();
                parameters.put("a", p.slope());
                parameters.put("b", p.intercept());
                fit = new Fitted(p.calibrator(), c.calibrator(), on.name(), on.rows(), parameters,
                        p.separable() ? "separable (Platt's smoothed targets keep it finite)" : "converged",
                        p.iterations(), "platt a = " + shortNumber(p.slope()) + ", b = " + shortNumber(p.intercept())
                        + fittedOn(on, d));
            }
        } catch (IllegalArgumentException e) {
            throw new DslException("calibrate " + c.calibrator().word() + " on '" + on.name() + "': " + e.getMessage(),
                    c.origin());
        }
        fits.get(on).put(c.calibrator(), fit);
        return checked(fit, d, c);
    }

    /** Four significant digits, for titles and the calibration column (the parameters keep every digit). */
    static String shortNumber(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return Values.plain(x);
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** The fitted parameters in four digits, for titles: {@code T = 2.293} or {@code a = 0.379, b = -0.0848}. */
    private static String shortParameters(Fitted fit) {
        StringBuilder b = new StringBuilder();
        fit.parameters().forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" = ")
                .append(shortNumber(v)));
        return b.toString();
    }

    private static String fittedOn(Dataset on, Dataset d) {
        return on == d ? "" : " (fitted on " + on.name() + ")";
    }

    private static Fitted checked(Fitted fit, Dataset d, ExperimentPlan.CalibrationRequest c) {
        try {
            fit.calibrator().requireCompatible(d);
        } catch (IllegalArgumentException e) {
            throw new DslException("calibrate " + c.calibrator().word() + ": " + e.getMessage(), c.origin());
        }
        return fit;
    }

    private Evaluation evaluate(Dataset d, Calibrator calibrator, List<MetricWord> words, int plotBins) {
        Set<Metric> kinds = EnumSet.noneOf(Metric.class);
        Set<Integer> ks = new LinkedHashSet<>();
        Set<Integer> bins = new LinkedHashSet<>();
        for (MetricWord w : words) {
            switch (w.kind()) {
                case ACCURACY:
                    kinds.add(Metric.ACCURACY);
                    break;
                case TOP_K:
                    kinds.add(Metric.TOP_K);
                    ks.add(w.k());
                    break;
                case NLL:
                    kinds.add(Metric.NLL);
                    break;
                case BRIER:
                    kinds.add(Metric.BRIER);
                    break;
                case ECE:
                    kinds.add(Metric.ECE);
                    bins.add(w.bins());
                    break;
                case MCE:
                    kinds.add(Metric.MCE);
                    bins.add(w.bins());
                    break;
                case ENTROPY:
                    kinds.add(Metric.ENTROPY);
                    break;
                default:
                    kinds.add(Metric.CONFUSION);
            }
        }
        if (plotBins > 0) {
            kinds.add(Metric.ECE);
            kinds.add(Metric.ACCURACY);
            bins.add(plotBins);
        }
        if (!d.hasLabels() && !(kinds.size() == 1 && kinds.contains(Metric.ENTROPY))) {
            throw new DslException("data set '" + d.name() + "' has no labels: evaluate can compute only entropy "
                    + "without them; give labels, e.g. dataset(logits: 'val.npy', labels: 'val_labels.npy')",
                    plan.evaluateOrigin() != null || plan.calibrations().isEmpty() ? plan.evaluateOrigin()
                    : plan.calibrations().get(0).origin());
        }
        Evaluation.Spec spec = Evaluation.Spec.of(kinds.toArray(new Metric[0])).calibrator(calibrator);
        if (!ks.isEmpty()) {
            spec = spec.topK(ks.stream().mapToInt(Integer::intValue).toArray());
        }
        if (!bins.isEmpty()) {
            spec = spec.bins(bins.stream().mapToInt(Integer::intValue).toArray());
        }
        try {
            return Evaluation.of(d, spec);
        } catch (IllegalArgumentException e) {
            throw new DslException("evaluate on '" + d.name() + "': " + e.getMessage(), plan.evaluateOrigin());
        }
    }

    private Map<String, Double> numbers(Evaluation e) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricWord w : metrics) {
            switch (w.kind()) {
                case ACCURACY:
                    out.put(w.label(), e.accuracy());
                    break;
                case TOP_K:
                    out.put(w.label(), e.topKAccuracy(w.k()));
                    break;
                case NLL:
                    out.put(w.label(), e.nll());
                    break;
                case BRIER:
                    out.put(w.label(), e.brier());
                    break;
                case ECE:
                    out.put(w.label(), e.ece(w.bins()));
                    break;
                case MCE:
                    out.put(w.label(), e.mce(w.bins()));
                    break;
                case ENTROPY:
                    out.put(w.label(), e.meanEntropy());
                    break;
                default:
                    break;
            }
        }
        return out;
    }

    private EvaluationResult result(Dataset d, String activation, Map<String, Object> params, String calibration,
            Evaluation e) {
        boolean confusion = metrics.contains(MetricWord.of(MetricWord.Kind.CONFUSION));
        boolean perClass = metrics.contains(MetricWord.of(MetricWord.Kind.PER_CLASS));
        return new EvaluationResult(d.name(), d.rows(), d.classes(), activation, params, calibration, numbers(e),
                confusion ? e.confusion() : null, perClass ? e.perClass() : List.of());
    }

    // ----- plots from data ------------------------------------------------------------------------

    /** The charts a data plot request draws, one per data set (file names get the data set's name when several). */
    List<PendingPlot> charts(ExperimentPlan.PlotRequest p, Path outDir) {
        List<PendingPlot> out = new ArrayList<>();
        PlotKind kind = p.kind();
        if (kind != null) {
            int bins = binsForPlots();
            for (Dataset d : plan.data()) {
                Fitted fit = firstFit.get(d);
                Evaluation e = evaluate(d, fit == null ? Calibrator.identity() : fit.calibrator(), List.of(), bins);
                Reliability r = e.reliability(bins);
                String title = (p.title().equals(kind.word()) ? kind.word() : p.title()) + ": " + d.name()
                        + (fit == null ? "" : ", " + shortParameters(fit));
                Chart chart = kind == PlotKind.RELIABILITY ? reliability(title, r) : confidence(title, r, e);
                out.add(new PendingPlot(chart, file(outDir, p.file(), d), p.width(), p.height(), p.origin()));
            }
            return out;
        }
        List<MetricWord> plotted = new ArrayList<>();
        for (MetricWord m : p.metrics().isEmpty() ? metrics : p.metrics()) {
            if (m.isNumber()) {
                plotted.add(m);
            }
        }
        for (MetricWord m : plotted) {
            if (!metrics.contains(m)) {
                throw new DslException("plot " + m.label() + ": evaluate does not compute it; add it to evaluate",
                        p.origin());
            }
        }
        List<Series> series = new ArrayList<>();
        for (Dataset d : plan.data()) {
            for (ExperimentPlan.Step s : plan.steps()) {
                List<EvaluationResult> swept = new ArrayList<>();
                for (EvaluationResult r : evaluations) {
                    if (r.dataset().equals(d.name()) && r.activation().equals(s.function().word())
                            && r.calibration().isEmpty() && r.params().containsKey("temperature")) {
                        swept.add(r);
                    }
                }
                if (swept.size() < 2) {
                    continue;
                }
                swept.sort((a, b) -> Double.compare((Double) a.params().get("temperature"),
                        (Double) b.params().get("temperature")));
                for (MetricWord m : plotted) {
                    double[] x = new double[swept.size()];
                    double[] y = new double[swept.size()];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = (Double) swept.get(i).params().get("temperature");
                        y[i] = swept.get(i).metrics().get(m.label());
                    }
                    String name = m.label() + (plan.data().size() > 1 ? " " + d.name() : "")
                            + (plan.steps().size() > 1 ? " " + s.function().word() : "");
                    series.add(Series.of(name, x, y));
                }
            }
        }
        if (series.isEmpty()) {
            throw new DslException("plot '" + p.file() + "': metrics are plotted against a swept temperature; add e.g. "
                    + "apply softmax, temperature: [0.5, 1, 2]", p.origin());
        }
        boolean logX = true;
        for (Series s : series) {
            for (double x : s.x()) {
                logX &= x > 0 && Double.isFinite(x);
            }
        }
        String yLabel = plotted.size() == 1 ? plotted.get(0).label() : "metric";
        out.add(new PendingPlot(SweepChart.of(p.title(), "temperature", yLabel, logX, series),
                outDir.resolve(p.file()), p.width(), p.height(), p.origin()));
        return out;
    }

    private int binsForPlots() {
        for (MetricWord m : metrics) {
            if (m.bins() > 0) {
                return m.bins();
            }
        }
        return MetricWord.DEFAULT_BINS;
    }

    private Path file(Path outDir, String file, Dataset d) {
        Path f = outDir.resolve(file);
        if (plan.data().size() == 1) {
            return f;
        }
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String safe = d.name().replaceAll("[^\\p{L}\\p{N}._]+", "-").replaceAll("^-+|-+$", "");
        return f.resolveSibling(name.substring(0, dot) + "-" + safe + name.substring(dot));
    }

    private static Chart reliability(String title, Reliability r) {
        List<ReliabilityBin> bins = r.bins();
        int n = bins.size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        long[] count = new long[n];
        double[] accuracy = new double[n];
        double[] confidence = new double[n];
        for (int i = 0; i < n; i++) {
            ReliabilityBin b = bins.get(i);
            lower[i] = b.lower();
            upper[i] = b.upper();
            count[i] = b.count();
            accuracy[i] = b.accuracy();
            confidence[i] = b.meanConfidence();
        }
        return ReliabilityDiagram.of(title, r.ece(), lower, upper, count, accuracy, confidence);
    }

    private static Chart confidence(String title, Reliability r, Evaluation e) {
        List<ReliabilityBin> bins = r.bins();
        int n = bins.size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        long[] count = new long[n];
        double confidenceSum = 0;
        for (int i = 0; i < n; i++) {
            ReliabilityBin b = bins.get(i);
            lower[i] = b.lower();
            upper[i] = b.upper();
            count[i] = b.count();
            if (b.count() > 0) {
                confidenceSum += b.meanConfidence() * b.count();
            }
        }
        return ConfidenceHistogram.of(title, lower, upper, count, confidenceSum / r.rows(), e.accuracy());
    }

}
