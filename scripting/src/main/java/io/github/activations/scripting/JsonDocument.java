/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import groovy.json.JsonGenerator;
import io.github.activations.evaluation.ClassMetrics;
import io.github.activations.evaluation.ConfusionMatrix;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --format json} document, written by groovy-json's {@link JsonGenerator}:
 * {@code {"experiments":[{"name", "results", "checks", "summaries", "files", "evaluations", "calibrations"}]}}. Numbers keep full
 * precision ({@code show digits} is for tables): {@link Double#toString}, the shortest decimal that
 * reads back as the same double; a {@code float} is written as the double it widens to. NaN and ±∞,
 * which JSON lacks, are the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 * Non-ASCII text is written as is (the output is UTF-8), control characters escaped.
 */
final class JsonDocument {
    private static final JsonGenerator GENERATOR = new JsonGenerator.Options().disableUnicodeEscaping()
            .addConverter(new Numbers()).build();

    private JsonDocument() {
    }

    static String of(List<ExperimentResult> experiments) {
        return of(experiments, List.of());
    }

    /**
     * The document of a run; after a failure it holds the experiments that ran and, after them,
     * {@code "error"} (the first problem: file, line, reason) and {@code "problems"} (all of them).
     */
    static String of(List<ExperimentResult> experiments, List<ScriptFailure.Problem> failure) {
        List<Object> list = new ArrayList<>();
        for (ExperimentResult e : experiments) {
            list.add(experimentMap(e));
        }
        Map<String, @Nullable Object> document = new LinkedHashMap<>();
        document.put("experiments", list);
        if (!failure.isEmpty()) {
            List<Object> problems = new ArrayList<>();
            for (ScriptFailure.Problem p : failure) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", p.file());
                m.put("line", p.line());
                m.put("reason", p.reason());
                problems.add(m);
            }
            document.put("error", problems.get(0));
            document.put("problems", problems);
        }
        return GENERATOR.toJson(document);
    }

    /** One experiment's object, as the document holds it. */
    static String experiment(ExperimentResult e) {
        return GENERATOR.toJson(experimentMap(e));
    }

    private static Map<String, @Nullable Object> experimentMap(ExperimentResult e) {
        List<Object> results = new ArrayList<>();
        for (Cell c : e.cells()) {
            Map<String, @Nullable Object> m = new LinkedHashMap<>();
            m.put("logits", c.logits());
            m.put("input", c.input());
            m.put("activation", c.activation());
            m.put("params", c.params());
            if (c.error() != null) {
                m.put("error", c.error());
            } else {
                m.put("output", c.output());
            }
            results.add(m);
        }
        List<Object> checks = new ArrayList<>();
        for (CheckResult c : e.checks()) {
            Map<String, @Nullable Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("tries", c.tries());
            m.put("passed", c.passed());
            m.put("seed", c.seed());
            m.put("counterexample", c.counterexample());
            if (c.error() != null) {
                m.put("error", c.error());
            }
            checks.add(m);
        }
        List<Object> summaries = new ArrayList<>();
        for (Summary s : e.summaries()) {
            Map<String, @Nullable Object> m = new LinkedHashMap<>();
            m.put("activation", s.activation());
            m.put("params", s.params());
            m.put("statistic", s.statistic());
            m.put("count", s.count());
            m.put("mean", s.mean());
            m.put("sd", s.sd());
            m.put("min", s.min());
            m.put("median", s.median());
            m.put("max", s.max());
            summaries.add(m);
        }
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("results", results);
        m.put("checks", checks);
        m.put("summaries", summaries);
        m.put("files", e.files());
        m.put("evaluations", evaluations(e));
        m.put("calibrations", calibrations(e));
        return m;
    }

    private static List<Object> evaluations(ExperimentResult e) {
        List<Object> out = new ArrayList<>();
        for (EvaluationResult r : e.evaluations()) {
            Map<String, @Nullable Object> m = new LinkedHashMap<>();
            m.put("dataset", r.dataset());
            m.put("rows", r.rows());
            m.put("classes", r.classes());
            m.put("activation", r.activation());
            m.put("params", r.params());
            m.put("calibration", r.calibration());
            m.put("metrics", r.metrics());
            ConfusionMatrix cm = r.confusion();
            if (cm != null) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("classes", cm.classNames());
                List<Object> counts = new ArrayList<>();
                for (long[] row : cm.toArray()) {
                    List<Long> l = new ArrayList<>();
                    for (long x : row) {
                        l.add(x);
                    }
                    counts.add(l);
                }
                c.put("counts", counts);
                m.put("confusion", c);
            }
            if (!r.perClass().isEmpty()) {
                List<Object> classes = new ArrayList<>();
                for (ClassMetrics c : r.perClass()) {
                    Map<String, Object> k = new LinkedHashMap<>();
                    k.put("class", c.name());
                    k.put("support", c.support());
                    k.put("predicted", c.predicted());
                    k.put("precision", c.precision());
                    k.put("recall", c.recall());
                    k.put("f1", c.f1());
                    classes.add(k);
                }
                m.put("perClass", classes);
            }
            out.add(m);
        }
        return out;
    }

    private static List<Object> calibrations(ExperimentResult e) {
        List<Object> out = new ArrayList<>();
        for (CalibrationResult c : e.calibrations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", c.method());
            m.put("fittedOn", c.fittedOn());
            m.put("fittedRows", c.fittedRows());
            m.put("parameters", c.parameters());
            m.put("status", c.status());
            m.put("evaluations", c.evaluations());
            m.put("dataset", c.dataset());
            m.put("before", c.before());
            m.put("after", c.after());
            out.add(m);
        }
        return out;
    }

    /**
     * Doubles and floats, alone or in arrays, as numbers or, when not finite, strings; any type JSON
     * has no form for as its {@code toString}: the generator would otherwise write its bean properties,
     * or recurse without end through an {@code Iterable} of itself such as a {@code Path}.
     */
    private static final class Numbers implements JsonGenerator.Converter {
        @Override
        public boolean handles(Class<?> type) {
            return type == Double.class || type == Float.class || type == double[].class || type == float[].class
                    || !(CharSequence.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)
                            || type == Boolean.class || Map.class.isAssignableFrom(type)
                            || Collection.class.isAssignableFrom(type) || type.isArray());
        }

        @Override
        public Object convert(Object value, @Nullable String key) {
            if (value instanceof double[]) {
                List<Object> list = new ArrayList<>();
                for (double x : (double[]) value) {
                    list.add(number(x));
                }
                return list;
            }
            if (value instanceof float[]) {
                List<Object> list = new ArrayList<>();
                for (float x : (float[]) value) {
                    list.add(number(x));
                }
                return list;
            }
            if (value instanceof Double || value instanceof Float) {
                return number(((Number) value).doubleValue());
            }
            return String.valueOf(value);
        }

        private static Object number(double x) {
            return Double.isFinite(x) ? (Object) x : Double.toString(x);
        }
    }
}
