/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GroovyShell;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table of words is the one source: the shipped GDSL, the README's word list and the parser agree with it. */
class VocabularyTest {
    private static final Path SOURCE_GDSL = Path.of("src/main/resources/io/github/activations/scripting/activations.gdsl");
    private static final Path README = Path.of("README.md");

    @Test
    void shippedGdslIsGeneratedFromTheTable() throws IOException {
        if (Boolean.getBoolean("activations.updateGdsl")) {
            Files.writeString(SOURCE_GDSL, Words.gdsl(), StandardCharsets.UTF_8);
        }
        try (InputStream in = Words.class.getResourceAsStream("activations.gdsl")) {
            assertTrue(in != null, "activations.gdsl is not on the class path");
            assertEquals(Words.gdsl(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "activations.gdsl is out of date: rerun this test with -Dactivations.updateGdsl=true");
        }
        for (Words.Word w : Words.table()) {
            if (w.place() != Words.Place.PARAMETER) {
                assertTrue(Words.gdsl().contains("name: '" + w.name() + "'"), w.name());
            }
        }
    }

    /**
     * Runs the descriptor as IntelliJ would, against a stand-in for its GDSL API that records what
     * the descriptor contributes: it must run, name classes that exist, and declare every word of the
     * table (but parameters, which are named arguments) once, in the place the table gives.
     */
    @Test
    void gdslRunsAndContributesEveryWordInItsPlace() throws Exception {
        Recorder scriptScope = new Recorder();
        Recorder experimentScope = new Recorder();
        Binding binding = new Binding();
        binding.setVariable("scriptScope", closure(args -> "script"));
        binding.setVariable("closureScope", closure(args -> "closure"));
        binding.setVariable("context", closure(args -> ((Map<?, ?>) args[0]).get("scope")));
        binding.setVariable("contributor", closure(args -> {
            Closure<?> body = (Closure<?>) args[1];
            body.setDelegate("script".equals(args[0]) ? scriptScope : experimentScope);
            body.setResolveStrategy(Closure.DELEGATE_FIRST);
            return body.call();
        }));
        new GroovyShell(binding).evaluate(Words.gdsl(), "activations.gdsl");

        assertEquals(List.of(Lab.class), scriptScope.delegates);
        assertEquals(List.of(ExperimentSpec.class), experimentScope.delegates);
        assertEquals(List.of("experiment"), experimentScope.enclosingCalls);
        assertEquals(names(Words.Place.TOP_LEVEL), sorted(scriptScope.methods));
        assertEquals(names(Words.Place.EXPERIMENT), sorted(experimentScope.methods));
        Set<String> values = new TreeSet<>();
        for (Words.Word w : Words.table()) {
            if (w.place() != Words.Place.TOP_LEVEL && w.place() != Words.Place.EXPERIMENT
                    && w.place() != Words.Place.PARAMETER) {
                values.add(w.name());
            }
        }
        assertEquals(new ArrayList<>(values), sorted(experimentScope.properties));
        assertEquals(experimentScope.properties.size(), new LinkedHashSet<>(experimentScope.properties).size(),
                "a property declared twice: " + experimentScope.properties);
    }

    private static List<String> names(Words.Place place) {
        return Words.table().stream().filter(w -> w.place() == place).map(Words.Word::name).sorted().toList();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    private static Closure<Object> closure(java.util.function.Function<Object[], Object> body) {
        return new Closure<>(null) {
            @Override
            public Object call(Object... args) {
                return body.apply(args);
            }
        };
    }

    /** What one {@code contributor} block declares; the methods are those of IntelliJ's GDSL API it uses. */
    public static final class Recorder {
        final List<Class<?>> delegates = new ArrayList<>();
        final List<String> enclosingCalls = new ArrayList<>();
        final List<String> methods = new ArrayList<>();
        final List<String> properties = new ArrayList<>();

        /** {@code findClass(name)}: the class must exist. */
        public Class<?> findClass(String name) throws ClassNotFoundException {
            return Class.forName(name);
        }

        /** {@code delegatesTo(class)}. */
        public void delegatesTo(Class<?> type) {
            delegates.add(type);
        }

        /** {@code enclosingCall(name)}: true here, so the block's declarations are recorded. */
        public boolean enclosingCall(String name) {
            enclosingCalls.add(name);
            return true;
        }

        /** {@code method name:, type:, params:, doc:}. */
        public void method(Map<String, Object> spec) throws ClassNotFoundException {
            checkType(spec);
            methods.add((String) spec.get("name"));
        }

        /** {@code property name:, type:, doc:}. */
        public void property(Map<String, Object> spec) throws ClassNotFoundException {
            checkType(spec);
            properties.add((String) spec.get("name"));
        }

        private static void checkType(Map<String, Object> spec) throws ClassNotFoundException {
            String type = (String) spec.get("type");
            assertTrue(spec.get("doc") instanceof String doc && !doc.isBlank(), "no doc: " + spec);
            if (!"void".equals(type)) {
                Class.forName(type);
            }
        }
    }

    @Test
    void readmeWordIndexIsGeneratedFromTheTable() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String begin = "<!-- words:begin (generated from Words.markdown(); VocabularyTest checks it) -->\n";
        String end = "<!-- words:end -->";
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertTrue(from >= 0 && to > from, "README.md has no generated word index");
        if (Boolean.getBoolean("activations.updateGdsl")) {
            readme = readme.substring(0, from + begin.length()) + Words.markdown() + readme.substring(to);
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            to = readme.indexOf(end);
        }
        assertEquals(Words.markdown(), readme.substring(from + begin.length(), to),
                "README.md's word index is out of date: rerun this test with -Dactivations.updateGdsl=true");
        // and the hand-written table of the main words names only words of the table
        String words = readme.substring(readme.indexOf("## The words"), from);
        Matcher row = Pattern.compile("(?m)^\\| `([a-zA-Z]+)").matcher(words);
        Set<String> rows = new LinkedHashSet<>();
        while (row.find()) {
            rows.add(row.group(1));
        }
        rows.removeAll(Words.all());
        assertEquals(Set.of(), rows, "README rows for words the table does not have");
    }

    @Test
    void optionSetsComeFromTheTable() {
        assertEquals(Words.word("show", Words.Place.EXPERIMENT).options(), Words.options("show"));
        for (ActivationFunction f : ActivationFunction.values()) {
            assertTrue(Words.options("apply").containsAll(f.parameters()), f.word());
            assertEquals(f.parameters(), Words.word(f.word(), Words.Place.FUNCTION).options());
        }
        for (String p : Words.PARAMETERS) {
            assertTrue(Words.USAGE.containsKey(p), p);
        }
    }
}
