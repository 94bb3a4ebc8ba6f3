/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged runner as users start it: the {@code activations} launcher beside the jar (the SIMD
 * path on, standard input, arguments, exit codes, a symbolic link to it), and the DSL outside the
 * runner: a plain Groovy script with {@code @BaseScript}, and JShell. activations.cmd is not run:
 * no Windows here.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
    private static final Path JAR = Path.of(System.getProperty("activations.jar", "target/activations.jar"));
    private static final Path LAUNCHER = JAR.resolveSibling("activations");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run start(List<String> command, String stdin, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().remove("ACTIVATIONS_OPTS");
        b.environment().remove("ACTIVATIONS_VECTOR");
        b.environment().remove("JAVA_OPTS");
        b.environment().put("JAVA_HOME", System.getProperty("java.home"));
        b.environment().putAll(env);
        Process p = b.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static Run launcher(Path launcher, String stdin, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return start(command, stdin, env);
    }

    @Test
    void launchersSitBesideTheJar() {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is not executable");
        assertTrue(Files.isRegularFile(JAR.resolveSibling("activations.cmd")));
    }

    @Test
    void theLauncherTurnsTheSimdPathOn() throws Exception {
        String script = "println io.github.activations.VectorPath.active()";
        Run simd = launcher(LAUNCHER, script, Map.of(), "run", "-");
        assertEquals(0, simd.exit(), simd.err());
        assertTrue(simd.out().startsWith("SIMD (jdk.incubator.vector"), simd.out());
        // with the launcher's trap limit, JDK 17 (as JDK 25 always) looks the exponential's table
        // up in registers on 8-lane vectors (the launcher runs this JVM's java: JAVA_HOME)
        int feature = Runtime.version().feature();
        if (simd.out().contains(" 8 double lanes") && (feature == 17 || feature >= 25)) {
            assertTrue(simd.out().contains("exp table in registers"), simd.out());
        }

        Run scalar = launcher(LAUNCHER, script, Map.of("ACTIVATIONS_VECTOR", "off"), "run", "-");
        assertEquals(0, scalar.exit(), scalar.err());
        assertTrue(scalar.out().startsWith("scalar ("), scalar.out());
        assertTrue(!scalar.err().contains("incubator"), scalar.err());

        // the JIT trap limit that keeps JDK 17 from boxing long double vectors (README, "Speed")
        Run jvm = launcher(LAUNCHER, "println java.lang.management.ManagementFactory.runtimeMXBean.inputArguments",
                Map.of(), "run", "-");
        assertEquals(0, jvm.exit(), jvm.err());
        assertTrue(jvm.out().contains("-XX:PerMethodTrapLimit=1000"), jvm.out());

        // JVM options pass through, e.g. a heap limit
        Run opts = launcher(LAUNCHER, "println Runtime.runtime.maxMemory() >> 20", Map.of("ACTIVATIONS_OPTS",
                "-Xmx123m -Dactivations.vector=false"), "run", "-");
        assertEquals(0, opts.exit(), opts.err());
        // the JVM rounds the limit up to its heap regions (124 MB here); without it the heap would be gigabytes
        assertTrue(Long.parseLong(opts.out().strip()) < 200, opts.out());
    }

    @Test
    void argumentsExitCodesAndALinkToTheLauncher() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("activations"), LAUNCHER.toAbsolutePath());
        Run r = launcher(link, "experiment(args[0]) { logits z: [0.25, 1.23, -0.8]; apply softmax }", Map.of(),
                "run", "-", "--format", "json", "--", "from a link");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"experiments\":[{\"name\":\"from a link\""), r.out());
        assertTrue(r.out().contains("[0.2491036012488624,0.663725645234628,0.08717075351650969]"), r.out());

        Run version = launcher(link, "", Map.of(), "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("activations "), version.out());
        assertEquals(2, launcher(link, "", Map.of(), "run", "--no-such-option").exit());
        Run failed = launcher(link, "experiment('x') {\n  apply sofmax\n}", Map.of(), "run", "-");
        assertEquals(1, failed.exit());
        assertTrue(failed.err().contains("<stdin>:2: unknown word 'sofmax'; did you mean 'softmax'?"), failed.err());
    }

    @Test
    void aPlainGroovyScriptWithBaseScript() throws Exception {
        Path script = Files.writeString(dir.resolve("plain.groovy"), String.join("\n",
                "@groovy.transform.BaseScript io.github.activations.scripting.ExperimentScript script",
                "def r = experiment('Softmax outside the runner') {",
                "    logits z: [0.25, 1.23, -0.8]",
                "    apply softmax",
                "}",
                "assert r.cell('z', softmax).vector() == [0.2491036012488624, 0.663725645234628, 0.08717075351650969] as double[]",
                "assert [0.25, 1.23, -0.8].softmax()[1] == r.cell('z', softmax).vector()[1]",
                "println \"results: ${script.lab.results().size()}\""));
        // plain Groovy: its own main class, the jar only on the class path
        Run r = start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", JAR.toString(),
                "groovy.ui.GroovyMain", script.toString()), "", Map.of());
        assertEquals(0, r.exit(), r.err());
        assertEquals(String.join("\n", "== Softmax outside the runner",
                "  logits  input               activation  params  output",
                "  z       [0.25, 1.23, -0.8]  softmax             [0.249104, 0.663726, 0.0871708]",
                "",
                "results: 1"), r.out().replace(System.lineSeparator(), "\n").strip());
    }

    @Test
    void jshellPrintsResultsAsTables() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        String session = String.join("\n",
                "import io.github.activations.*",
                "import io.github.activations.scripting.*",
                "var lab = new Lab()",
                "var r = lab.experiment(\"JShell\", e -> { e.logits(\"z\", 0.25, 1.23, -0.8); e.apply(ActivationFunction.SOFTMAX); })",
                "System.out.println(r)",
                "System.out.println(VectorPath.active())",
                "/exit", "");
        Run r = start(List.of(jshell.toString(), "-q", "--class-path", JAR.toString(), "-R--add-modules",
                "-Rjdk.incubator.vector"), session, Map.of());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("== JShell"), r.out());
        assertTrue(r.out().contains("  z       [0.25, 1.23, -0.8]  softmax             [0.249104, 0.663726, 0.0871708]"),
                r.out());
        assertTrue(r.out().contains("SIMD (jdk.incubator.vector"), r.out());
    }
}
