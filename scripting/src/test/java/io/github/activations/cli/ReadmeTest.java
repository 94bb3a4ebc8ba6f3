/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.scripting.ActivationFunction;
import io.github.activations.scripting.ExperimentResult;
import io.github.activations.scripting.Lab;
import io.github.activations.scripting.Parameter;
import io.github.activations.scripting.Progress;
import io.github.activations.scripting.ScriptRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripting README's snippets run, and its printed output is what the tutorial prints. */
class ReadmeTest {
    private static final Path README = ExamplesTest.EXAMPLES.resolve("../../scripting/README.md").normalize();

    @TempDir
    Path dir;

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    private static List<String> blocks(String text, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void printedTutorialOutputIsCurrent() throws IOException {
        String text = readme();
        String after = text.substring(text.indexOf("prints the tutorial's numbers:"));
        String shown = blocks(after, "").get(0);
        Cli r = Cli.run("run", ExamplesTest.EXAMPLES.resolve("tutorial.groovy").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(shown.strip(), r.out().replace(System.lineSeparator(), "\n").strip());
    }

    @Test
    void groovySnippetsRun() throws Exception {
        List<String> snippets = blocks(readme(), "groovy");
        assertEquals(3, snippets.size());
        ScriptRunner runner = new ScriptRunner(dir, Progress.NONE, x -> { }, Duration.ofSeconds(60),
                new PrintWriter(new StringWriter()));
        List<ExperimentResult> tour = runner.run(Files.writeString(dir.resolve("tour.groovy"), snippets.get(0)));
        assertEquals(5, tour.size());
        assertTrue(Files.exists(dir.resolve("temperature.png")) && Files.exists(dir.resolve("sigmoid.svg")));
        runner.run(Files.writeString(dir.resolve("lists.groovy"), snippets.get(1)));
    }

    @Test
    void dataSnippetPrintsWhatTheReadmeShows() throws Exception {
        String text = readme();
        String snippet = blocks(text, "groovy").get(2);
        Path data = ExamplesTest.EXAMPLES.resolve("../data").toAbsolutePath().normalize();
        Path script = Files.writeString(dir.resolve("data.groovy"),
                snippet.replace("'examples/data/", "'" + data.toString().replace("\\", "/") + "/"));
        Cli r = Cli.run("run", script.toString(), "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        String after = text.substring(text.indexOf("prints, among the rest:"));
        String printed = r.out().replace(System.lineSeparator(), "\n");
        for (String line : blocks(after, "").get(0).split("\n")) {
            if (!line.strip().equals("...")) {
                assertTrue(printed.contains(line), "README line not printed: " + line + "\n" + printed);
            }
        }
    }

    @Test
    void javaSnippetRuns() throws IOException {
        String java = blocks(readme(), "java").get(0);
        assertTrue(java.contains("e.apply(Parameter.temperature(0.5, 1, 2), ActivationFunction.SOFTMAX);"));
        assertTrue(java.contains(".cell(\"z\", ActivationFunction.SOFTMAX).vector();"));
        // the snippet, verbatim:
        Lab lab = new Lab();
        lab.experiment("Softmax", e -> {
            e.logits("z", 0.25, 1.23, -0.8);
            e.apply(ActivationFunction.SOFTMAX, ActivationFunction.DIVIDE_BY_SUM);
            e.apply(Parameter.temperature(0.5, 1, 2), ActivationFunction.SOFTMAX);
        });
        double[] p = lab.results().get(0).cell("z", ActivationFunction.SOFTMAX).vector();   // [0.249, 0.664, 0.087]
        assertArrayEquals(new double[] {0.249, 0.664, 0.087}, p, 5e-4);
        assertEquals(5, lab.results().get(0).cells().size());
    }
}
