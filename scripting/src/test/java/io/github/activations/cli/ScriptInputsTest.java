/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a script and its inputs come from: standard input, arguments, --param, --classpath; and @Grab refused. */
class ScriptInputsTest {
    @TempDir
    Path dir;

    private String script(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    @Test
    void aScriptFromStandardInput() {
        Cli r = Cli.runWithInput("experiment('from stdin') { logits z: [0.25, 1.23, -0.8]; apply softmax }\n", "run", "-",
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> e = ExamplesTest.experiments(r.json()).get(0);
        assertEquals("from stdin", e.get("name"));
        assertEquals(List.of(0.2491036012488624, 0.663725645234628, 0.08717075351650969),
                ((List<?>) ExamplesTest.list(e.get("results")).get(0).get("output")).stream()
                        .map(x -> ((Number) x).doubleValue()).toList());

        Cli bad = Cli.runWithInput("experiment('x') {\n  logits z: [1]\n  apply softmaxx\n}\n", "run", "-");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("<stdin>:3: unknown word 'softmaxx'; did you mean 'softmax'?"), bad.err());

        Cli check = Cli.runWithInput("experiment('x') { logits z: [1]; apply softmax }", "check", "-");
        assertEquals(0, check.exit(), check.err());
        assertEquals("<stdin>: ok" + System.lineSeparator(), check.out());
        Cli checkBad = Cli.runWithInput("experiment('x') {\n  logits z: [1,\n", "check", "-");
        assertEquals(1, checkBad.exit());
        assertTrue(checkBad.err().startsWith("<stdin>:"), checkBad.err());
    }

    @Test
    void theScriptAndADataSetCannotBothReadStandardInput() {
        Cli r = Cli.runWithInput("", "run", "-", "--data", "val=-");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("activations: the script and a data set cannot both come from standard input"),
                r.err());
    }

    @Test
    void argumentsAfterTwoDashesAndParamsReachTheScript() throws IOException {
        String s = script("with_args.groovy", String.join("\n",
                "println \"type=${args.getClass().name}\"",
                "experiment(args[0]) {",
                "  logits z: [0.25, 1.23, -0.8]",
                "  apply softmax, temperature: (T as double)",
                "}",
                "println \"args=${args.toList()} T=$T\""));
        Cli r = Cli.run("run", s, "--param", "T=2", "--", "my run", "--format", "x y");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("== my run" + System.lineSeparator()), r.out());
        assertTrue(r.out().contains("temperature=2"), r.out());
        // everything after -- is the script's, even what looks like the runner's options
        assertTrue(r.out().contains("args=[my run, --format, x y] T=2"), r.out());
        assertTrue(r.out().startsWith("type=[Ljava.lang.String;"), r.out());

        Cli none = Cli.run("run", script("none.groovy", "println args.length"));
        assertEquals(0, none.exit(), none.err());
        assertEquals("0" + System.lineSeparator(), none.out());

        Cli word = Cli.run("run", s, "--param", "softmax=1");
        assertEquals(2, word.exit());
        assertTrue(word.err().startsWith("activations: --param softmax=1: 'softmax' is a word of the DSL"), word.err());
        Cli taken = Cli.run("run", s, "--param", "args=1");
        assertEquals(2, taken.exit());
        assertTrue(taken.err().contains("'args' is a variable every script has"), taken.err());
    }

    @Test
    void classpathJarsCanBeImported() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/demo"));
        Files.writeString(src.resolve("Scores.java"), "package demo; public final class Scores {"
                + " public static double[] logits() { return new double[] {0.25, 1.23, -0.8}; } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), src.resolve("Scores.java").toString()));
        Path jar = dir.resolve("scores.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("demo/Scores.class"));
            out.write(Files.readAllBytes(classes.resolve("demo/Scores.class")));
            out.closeEntry();
        }
        String s = script("cp.groovy", "import demo.Scores\n"
                + "experiment('from a jar') { logits z: Scores.logits() as List; apply argmax }");
        Cli r = Cli.run("run", s, "--classpath", dir.resolve("nothing.jar") + File.pathSeparator + jar, "--format", "json");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().startsWith("activations: --classpath: no such jar or directory: "
                + dir.resolve("nothing.jar")), r.err());

        Cli ok = Cli.run("run", s, "--classpath", jar.toString(), "--format", "json");
        assertEquals(0, ok.exit(), ok.err());
        assertEquals(1, ((Number) ExamplesTest.list(ExamplesTest.experiments(ok.json()).get(0).get("results")).get(0)
                .get("output")).intValue());
        Cli folder = Cli.run("run", s, "-cp", classes.toString());
        assertEquals(0, folder.exit(), folder.err());
        Cli check = Cli.run("check", s, "--classpath", jar.toString());
        assertEquals(0, check.exit(), check.err());
        Cli checkWithout = Cli.run("check", s);
        assertEquals(1, checkWithout.exit());
        assertTrue(checkWithout.err().startsWith(s + ":1: unable to resolve class demo.Scores"), checkWithout.err());

        Cli without = Cli.run("run", s);
        assertEquals(1, without.exit());
        assertTrue(without.err().startsWith(s + ":1: unable to resolve class demo.Scores"), without.err());
    }

    @Test
    void grabIsRefusedWithWhatToDoInstead() throws IOException {
        String s = script("grab.groovy", String.join("\n",
                "// a script found online",
                "@Grab('org.apache.commons:commons-lang3:3.14.0')",
                "import org.apache.commons.lang3.StringUtils",
                "experiment('x') { logits z: [1, 2]; apply softmax }"));
        Cli r = Cli.run("run", s);
        assertEquals(1, r.exit());
        String first = r.err().lines().findFirst().orElse("");
        assertEquals(s + ":2: @Grab needs Apache Ivy, which the activations runner does not bundle: put the jars on"
                + " --classpath instead, or run the script with plain groovy", first);
        assertTrue(!r.err().contains("NoClassDefFoundError"), r.err());

        String onDeclaration = script("grab2.groovy", "@Grapes([@Grab('a:b:1')])\ndef x = 1\n"
                + "@GrabResolver(name = 'r', root = 'https://example.invalid/')\ndef y = 2\n");
        Cli d = Cli.run("check", onDeclaration);
        assertEquals(1, d.exit());
        List<String> lines = d.err().lines().toList();
        assertEquals(2, lines.size(), d.err());
        assertTrue(lines.get(0).startsWith(onDeclaration + ":1: @Grapes needs Apache Ivy"), d.err());
        assertTrue(lines.get(1).startsWith(onDeclaration + ":3: @GrabResolver needs Apache Ivy"), d.err());
    }
}
