/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged target/activations.jar, run as users run it: java -jar in a fresh JVM. */
class ShadedJarIT {
    private static final Path JAR = Path.of(System.getProperty("activations.jar", "target/activations.jar"));

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void runsTheTutorial() throws Exception {
        Run r = java("run", ExamplesTest.EXAMPLES.resolve("tutorial.groovy").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("softmax             [0.249, 0.664, 0.087]"), r.out());
        assertTrue(r.out().contains("error: sum of logits is 0"), r.out());
        assertTrue(r.out().contains("passed"), r.out());
    }

    @Test
    void extensionMethodsSurviveShading() throws Exception {
        Path script = Files.writeString(dir.resolve("ext.groovy"), String.join("\n",
                "assert [0.25, 1.23, -0.8].softmax() == softmax([0.25, 1.23, -0.8])",
                "assert List.oneHot(1, 3) == [0d, 1d, 0d]",
                "println 'extensions ok'"));
        Run r = java("run", script.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("extensions ok", r.out().strip());
    }

    @Test
    void mergedDescriptorListsOurExtensionClasses() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("io.github.activations.cli.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            Properties p = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/groovy/org.codehaus.groovy.runtime.ExtensionModule"))) {
                p.load(in);
            }
            assertTrue(p.getProperty("extensionClasses").contains("io.github.activations.scripting.ListExtensions"));
            assertTrue(p.getProperty("staticExtensionClasses").contains("ListStaticExtensions"));
        }
    }

    @Test
    void exitCodesAndErrorsFromTheRealProcess() throws Exception {
        assertEquals(2, java("run").exit());
        Path bad = Files.writeString(dir.resolve("bad.groovy"), "experiment('e') {\n  logits z: [1, 2]\n  tempratures [1]\n}\n");
        Run r = java("run", bad.toString());
        assertEquals(1, r.exit());
        assertEquals(bad + ":3: unknown word 'tempratures'; did you mean 'temperature'?", r.err().strip());
        Run v = java("--version");
        assertEquals(0, v.exit(), v.err());
        assertTrue(v.out().startsWith("activations "), v.out());
        Run typo = java("run", bad.toString(), "--fromat", "json");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().startsWith("activations: unknown option '--fromat'; did you mean '--format'?"), typo.err());
    }

    /** picocli, groovy-json and Commons CSV are inside the jar: help, completion, JSON and CSV work from it. */
    @Test
    void helpCompletionJsonAndCsvFromTheJar() throws Exception {
        Run help = java("--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: activations run FILE.groovy"), help.out());
        Run runHelp = java("run", "--help");
        assertEquals(0, runHelp.exit(), runHelp.err());
        assertTrue(runHelp.out().contains("--format=table|csv|json"), runHelp.out());
        Run completion = java("generate-completion");
        assertEquals(0, completion.exit(), completion.err());
        assertTrue(completion.out().contains("complete -F _complete_activations"), completion.out());

        Path nan = Files.writeString(dir.resolve("nan.groovy"), "experiment('N, \"quoted\"') {\n"
                + "  logits z: [0.25, 1.23, -0.8]\n  apply softmax, temperature: [1, Double.POSITIVE_INFINITY]\n}\n");
        Run json = java("run", nan.toString(), "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"temperature\":\"Infinity\""), json.out());
        assertTrue(((java.util.Map<?, ?>) new groovy.json.JsonSlurper().parseText(json.out())).containsKey("experiments"));
        Run csv = java("run", nan.toString(), "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().startsWith("experiment,logits,activation,params,index,input,output,error\r\n"
                + "\"N, \"\"quoted\"\"\",z,softmax,temperature=1,0,0.25,0.2491036012488624,\r\n"), csv.out());
        assertTrue(csv.out().contains("z,softmax,temperature=Infinity,2,-0.8,0.3333333333333333,\r\n"), csv.out());
    }
}
