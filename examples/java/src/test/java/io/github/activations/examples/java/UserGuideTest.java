/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.activations.testing.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the learners' guide ({@code examples/README.md}) honest: every Java code block in it is a tagged region
 * ({@code // tag::name[]} … {@code // end::name[]}) of this module's sources, which the other tests compile and run;
 * and every tagged region is shown in the guide. Change the code and the guide must follow.
 */
class UserGuideTest {
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
    private static final Path README = BASEDIR.resolve("../README.md");
    private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w-]+)\\[]\\s*$");

    @Test
    void everyJavaBlockInTheGuideIsTestedCode() {
        Map<String, String> regions = regions(List.of(BASEDIR.resolve("src/main/java"), BASEDIR.resolve("src/test/java")));
        List<String> blocks = blocks(read(README), "java");
        assertFalse(blocks.isEmpty(), "no ```java blocks in " + README);
        for (String block : blocks) {
            assertTrue(regions.containsValue(block),
                    "this ```java block in README.md is not a tagged region of examples/java (edit the source and "
                            + "copy the region, or tag it):\n" + block);
        }
    }

    @Test
    void everyTaggedRegionIsInTheGuide() {
        Map<String, String> regions = regions(List.of(BASEDIR.resolve("src/main/java"), BASEDIR.resolve("src/test/java")));
        List<String> blocks = blocks(read(README), "java");
        regions.forEach((name, region) -> assertTrue(blocks.contains(region),
                "tagged region '" + name + "' changed or is missing from README.md; it now reads:\n" + region));
    }

    @Test
    void theGuidesFailureReportIsTheRealOne() {
        // The guide shows what a caught bug looks like; with the default seed the report is exactly reproducible.
        assumeTrue(Seeds.seed() == Seeds.DEFAULT, "the guide shows the default seed's report");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> SoftmaxProperties.sumsToOne(BrokenSoftmax::summedInFloat));
        List<String> texts = blocks(read(README), "text");
        assertTrue(texts.contains(failure.getMessage()),
                "README.md should show this report in a ```text block:\n" + failure.getMessage());
    }

    @Test
    void theGuidesTutorialOutputIsTheRealOne() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Tutorial.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), Path.of("target/sigmoid.png"));
        String output = bytes.toString(StandardCharsets.UTF_8).stripTrailing();
        assertTrue(blocks(read(README), "text").contains(output),
                "README.md should show the Tutorial's output in a ```text block:\n" + output);
    }

    @Test
    void everyGroovyBlockInTheGuideIsPartOfATestedScript() {
        // scripting's ExamplesTest runs every script in examples/scripts and asserts its numbers, so a block that is
        // a verbatim run of lines of one of those scripts is tested code; no tags needed in the scripts.
        List<String> scripts = scripts().values().stream().map(s -> "\n" + s.replace("\r\n", "\n") + "\n")
                .collect(Collectors.toList());
        List<String> blocks = blocks(read(README), "groovy");
        assertFalse(blocks.isEmpty(), "no ```groovy blocks in " + README);
        for (String block : blocks) {
            assertTrue(scripts.stream().anyMatch(s -> s.contains("\n" + block + "\n")),
                    "this ```groovy block in README.md is not a run of lines of a script in examples/scripts:\n" + block);
        }
    }

    @Test
    void everyScriptTheGuideNamesExists() {
        Matcher named = Pattern.compile("examples/scripts/([\\w-]+\\.groovy)").matcher(read(README));
        int count = 0;
        while (named.find()) {
            assertTrue(scripts().containsKey(named.group(1)), "README.md names a missing script: " + named.group());
            count++;
        }
        assertTrue(count > 0, "README.md should say how to run the Groovy scripts");
    }

    @Test
    void theGuidesGroovyOutputIsTheOneScriptingChecks() {
        // scripting's ReadmeTest compares the block in scripting/README.md with a real run of tutorial.groovy.
        String scripting = read(BASEDIR.resolve("../../scripting/README.md"));
        String checked = blocks(scripting, "").stream().filter(b -> b.startsWith("== softmax(z)")).findFirst()
                .orElseThrow(() -> new AssertionError("scripting/README.md no longer shows tutorial.groovy's output"));
        assertTrue(blocks(read(README), "text").contains(checked),
                "README.md should show tutorial.groovy's output in a ```text block:\n" + checked);
    }

    private static Map<String, String> scripts() {
        Map<String, String> scripts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(BASEDIR.resolve("../scripts"))) {
            files.filter(f -> f.toString().endsWith(".groovy")).sorted()
                    .forEach(f -> scripts.put(f.getFileName().toString(), read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scripts;
    }

    /** Returns the tagged regions of all Java files under the roots, dedented, by name. */
    static Map<String, String> regions(List<Path> roots) {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                    List<String> lines = read(file).lines().collect(Collectors.toList());
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher tag = TAG.matcher(lines.get(i));
                        if (tag.matches()) {
                            String name = tag.group(1);
                            int end = i + 1;
                            while (!lines.get(end).trim().equals("// end::" + name + "[]")) {
                                end++;   // IndexOutOfBoundsException: a tag without its end
                            }
                            String previous = regions.put(name, dedent(lines.subList(i + 1, end)));
                            assertEquals(null, previous, "tag '" + name + "' used twice");
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return regions;
    }

    /** Returns the contents of the fenced code blocks of the given language ("" for blocks without one). */
    static List<String> blocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().collect(Collectors.toList());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {            // an opening fence: skip to its closing one
                int end = i + 1;
                while (!lines.get(end).equals("```")) {
                    end++;
                }
                if (lines.get(i).equals("```" + language)) {
                    blocks.add(String.join("\n", lines.subList(i + 1, end)));
                }
                i = end;
            }
        }
        return blocks;
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
                .collect(Collectors.joining("\n"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
