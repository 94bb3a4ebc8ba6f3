/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged core jar as a JPMS user meets it: a consumer module ({@code requires
 * io.github.activations;}) is compiled against the jar by this JDK's javac and run in a fresh JVM
 * with {@code java --module-path … -m …}, without and with {@code --add-modules
 * jdk.incubator.vector}; a second consumer that imports {@code io.github.activations.internal}
 * must not compile. The same consumer also runs from the class path, as before the module
 * descriptor existed.
 *
 * <p>Runs after {@code package} (failsafe), on the class path (the child JVMs are what is on
 * the module path); {@code activations.coreJar} names the jar. javac runs as a child process
 * too: the test classes are compiled into core's module, which does not read {@code java.compiler}.
 */
class ModulePathIT {
    private static final Path CORE_JAR = Path.of(System.getProperty("activations.coreJar", "missing-activations.coreJar"));
    private static final String VECTOR = "jdk.incubator.vector";
    private static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: " + VECTOR;

    /** The consumer: prints the softmax of {1, 2, 3}, what it sees of the module, and the path. */
    private static final String CONSUMER = """
            package demo.consumer;

            import io.github.activations.Softmax;
            import io.github.activations.VectorPath;
            import java.util.Arrays;
            import java.util.TreeSet;

            public final class Main {
                public static void main(String[] args) throws Exception {
                    System.out.println("softmax " + Arrays.toString(Softmax.of(new double[] {1, 2, 3})));
                    Module m = Softmax.class.getModule();
                    if (m.isNamed()) {
                        TreeSet<String> exports = new TreeSet<>();
                        m.getDescriptor().exports().forEach(e -> exports.add(e.source() + (e.isQualified() ? " to " + e.targets() : "")));
                        System.out.println("module " + m.getName() + " automatic=" + m.getDescriptor().isAutomatic()
                                + " exports=" + exports + " internalExported=" + m.isExported("io.github.activations.internal"));
                    } else {
                        System.out.println("module unnamed");
                    }
                    try {
                        Class.forName("io.github.activations.internal.VectorSupportProvider").getMethod("get").invoke(null);
                        System.out.println("internal reflection allowed");
                    } catch (IllegalAccessException e) {
                        System.out.println("internal reflection refused");
                    }
                    System.out.println("path " + VectorPath.active());
                }
            }
            """;

    @TempDir
    static Path dir;
    private static Path jspecifyJar;
    private static Path consumerClasses;

    @BeforeAll
    static void compileConsumer() throws IOException, URISyntaxException, InterruptedException {
        assertTrue(Files.isRegularFile(CORE_JAR), "the packaged core jar: " + CORE_JAR);
        jspecifyJar = Path.of(NullMarked.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        consumerClasses = dir.resolve("consumer-classes");
        Run c = javac("demo.consumer", "demo/consumer/Main.java", CONSUMER, consumerClasses);
        // compiles, and -Xlint:all found nothing to say (not even about the annotations of the
        // static dependency)
        assertEquals(new Run(0, "", ""), c);
    }

    @Test
    void runsOnTheModulePathWithOnlyTheApiPackageExported() throws Exception {
        // JSpecify is "requires static": a user who leaves it off the run-time module path loses nothing.
        Run r = java("--module-path", path(CORE_JAR, consumerClasses), "-m", "demo.consumer/demo.consumer.Main");
        assertEquals(0, r.exit(), r.err());
        List<String> out = r.out().lines().collect(Collectors.toList());
        assertEquals(4, out.size(), r.out());
        // This JVM runs the scalar path too (no --add-modules): the child must give the same bits.
        assertFalse(VectorPath.isVectorized(), VectorPath.active());
        assertEquals("softmax " + Arrays.toString(Softmax.of(new double[] {1, 2, 3})), out.get(0));
        assertEquals("module io.github.activations automatic=false exports=[io.github.activations] internalExported=false",
                out.get(1));
        assertEquals("internal reflection refused", out.get(2));
        assertEquals("path scalar (module " + VECTOR + " not in the boot layer; start the JVM with --add-modules " + VECTOR + ")",
                out.get(3));
        // The module does not require the incubator module, so the JDK does not resolve it nor warn.
        assertFalse(r.err().contains("incubator"), r.err());
    }

    @Test
    void takesTheSimdPathOnTheModulePathWhenTheVectorModuleIsAdded() throws Exception {
        Run r = java("--add-modules", VECTOR, "--module-path", path(CORE_JAR, jspecifyJar, consumerClasses),
                "-m", "demo.consumer/demo.consumer.Main");
        assertEquals(0, r.exit(), r.err());
        List<String> out = r.out().lines().collect(Collectors.toList());
        assertEquals(4, out.size(), r.out());
        assertSoftmaxOf123WithinOneUlp(out.get(0));
        assertEquals("internal reflection refused", out.get(2));
        assertTrue(out.get(3).startsWith("path SIMD (" + VECTOR), out.get(3));
        // The JDK's own warning, printed because the user asked for the incubator module; and
        // nothing else: no "SIMD support failed to load" line from the provider.
        assertEquals(INCUBATOR_WARNING, r.err().strip());
    }

    @Test
    void stillRunsFromTheClassPathOnBothPaths() throws Exception {
        String cp = path(CORE_JAR, jspecifyJar, consumerClasses);
        Run scalar = java("-cp", cp, "demo.consumer.Main");
        assertEquals(0, scalar.exit(), scalar.err());
        assertEquals(List.of("softmax " + Arrays.toString(Softmax.of(new double[] {1, 2, 3})), "module unnamed",
                        "internal reflection allowed", "path " + VectorPath.active()),
                scalar.out().lines().collect(Collectors.toList()));
        assertEquals("", scalar.err());

        Run simd = java("--add-modules", VECTOR, "-cp", cp, "demo.consumer.Main");
        assertEquals(0, simd.exit(), simd.err());
        List<String> out = simd.out().lines().collect(Collectors.toList());
        assertEquals(4, out.size(), simd.out());
        assertSoftmaxOf123WithinOneUlp(out.get(0));
        assertTrue(out.get(3).startsWith("path SIMD (" + VECTOR), out.get(3));
        assertEquals(INCUBATOR_WARNING, simd.err().strip());
    }

    @Test
    void internalPackageIsNotVisibleToAConsumerModule() throws IOException, InterruptedException {
        String sneaky = """
                package demo.sneaky;

                public final class Sneaky {
                    public static Object path() {
                        return io.github.activations.internal.VectorSupportProvider.get();
                    }
                }
                """;
        Run c = javac("demo.sneaky", "demo/sneaky/Sneaky.java", sneaky, dir.resolve("sneaky-classes"));
        assertEquals(1, c.exit(), "compiled although it uses io.github.activations.internal: " + c);
        // -XDrawDiagnostics: FILE:LINE:COLUMN: key: arguments, one error only
        List<String> lines = (c.out() + c.err()).lines().collect(Collectors.toList());
        assertEquals(2, lines.size(), c.toString());
        assertTrue(lines.get(0).matches(".*Sneaky\\.java:5:\\d+: compiler\\.err\\.package\\.not\\.visible: "
                + "io\\.github\\.activations\\.internal, \\(compiler\\.misc\\.not\\.def\\.access\\.not\\.exported: "
                + "io\\.github\\.activations\\.internal, io\\.github\\.activations\\)"), lines.get(0));
        assertEquals("1 error", lines.get(1));
    }

    @Test
    void jarHoldsJava17BytecodeAndTheModuleDescriptor() throws IOException {
        int classes = 0;
        try (JarFile jar = new JarFile(CORE_JAR.toFile())) {
            assertTrue(jar.getJarEntry("module-info.class") != null, "module-info.class at the jar's root");
            assertTrue(jar.getJarEntry("io/github/activations/internal/PanamaVectorSupport.class") != null,
                    "the SIMD class, compiled from src/main/java-vector, is in the jar");
            for (JarEntry e : jar.stream().collect(Collectors.toList())) {
                if (e.getName().endsWith(".class")) {
                    classes++;
                    try (InputStream in = jar.getInputStream(e)) {
                        byte[] head = in.readNBytes(8);
                        assertEquals(0xCAFEBABE, ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff));
                        // class file major version 61 is Java 17
                        assertEquals(61, ((head[6] & 0xff) << 8) | (head[7] & 0xff), e.getName());
                    }
                }
            }
        }
        assertTrue(classes > 20, "classes in the jar: " + classes);
    }

    private static void assertSoftmaxOf123WithinOneUlp(String line) {
        // The SIMD path may differ from the scalar one by 1 ulp per element (only the order of
        // the normaliser's sum differs; PanamaVectorSupport and VectorSupportTest state the bound).
        assertTrue(line.startsWith("softmax [") && line.endsWith("]"), line);
        double[] simd = Arrays.stream(line.substring("softmax [".length(), line.length() - 1).split(", "))
                .mapToDouble(Double::parseDouble).toArray();
        double[] scalar = Softmax.of(new double[] {1, 2, 3});
        assertEquals(scalar.length, simd.length, line);
        for (int i = 0; i < scalar.length; i++) {
            assertEquals(scalar[i], simd[i], Math.ulp(scalar[i]), line);
        }
    }

    /**
     * Compiles a one-class module against the core jar and JSpecify (on the module path, as Maven
     * puts them), with -Xlint:all and raw diagnostics (message keys rather than English).
     */
    private static Run javac(String module, String file, String source, Path out) throws IOException, InterruptedException {
        Path src = dir.resolve("src-" + module);
        Files.createDirectories(src.resolve(file).getParent());
        Files.writeString(src.resolve("module-info.java"), "module " + module + " {\n    requires io.github.activations;\n}\n");
        Files.writeString(src.resolve(file), source);
        return run("javac", "--release", "17", "-Xlint:all", "-XDrawDiagnostics", "-d", out.toString(),
                "--module-path", path(CORE_JAR, jspecifyJar), src.resolve("module-info.java").toString(), src.resolve(file).toString());
    }

    private static String path(Path... entries) {
        return Arrays.stream(entries).map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        return run("java", args);
    }

    /** Runs a tool of this JDK with the arguments; output through files, so no pipe can fill up. */
    private static Run run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
