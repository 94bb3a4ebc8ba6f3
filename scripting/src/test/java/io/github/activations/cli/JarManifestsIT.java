/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Softmax;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * What Maven Central and users read from the packaged jars of core and scripting: each has a
 * -sources.jar and a -javadoc.jar beside it, every one of these jars and activations.jar names
 * the project version in its manifest ({@code Implementation-Version}, with an
 * {@code Implementation-Title}), and {@code activations --version} prints the version of the
 * jar it runs from.
 */
class JarManifestsIT {
    private static final Path SHADED = Path.of(System.getProperty("activations.jar", "target/activations.jar"));
    private static final Path THIN = Path.of(System.getProperty("activations.thinJar", "target/thin.jar"));
    private static final String VERSION = System.getProperty("activations.version", "missing activations.version");

    private static Path coreJar() throws URISyntaxException {
        Path core = Path.of(Softmax.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isRegularFile(core), "core is on the integration-test classpath as a jar: " + core);
        return core;
    }

    /** {@code x.jar} to {@code x-CLASSIFIER.jar}, the name Maven gives an attached artifact. */
    private static Path attached(Path jar, String classifier) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "-" + classifier + ".jar");
    }

    private static Attributes manifest(Path jar) throws IOException {
        assertTrue(Files.isRegularFile(jar), "no " + jar);
        try (JarFile j = new JarFile(jar.toFile())) {
            assertNotNull(j.getManifest(), jar + " has no manifest");
            return j.getManifest().getMainAttributes();
        }
    }

    @Test
    void everyJarNamesTheProjectVersion() throws IOException, URISyntaxException {
        Path core = coreJar();
        List<Path> jars = List.of(core, attached(core, "sources"), attached(core, "javadoc"),
                THIN, attached(THIN, "sources"), attached(THIN, "javadoc"), SHADED);
        for (Path jar : jars) {
            Attributes m = manifest(jar);
            assertEquals(VERSION, m.getValue("Implementation-Version"), jar.toString());
            String title = m.getValue("Implementation-Title");
            assertTrue(title != null && title.startsWith("Activations "), jar + ": " + title);
        }
        assertEquals("Activations core", manifest(core).getValue("Implementation-Title"));
        assertEquals("Activations scripting", manifest(THIN).getValue("Implementation-Title"));
    }

    @Test
    void sourcesJarsHoldEverySourceRoot() throws IOException, URISyntaxException {
        try (JarFile sources = new JarFile(attached(coreJar(), "sources").toFile())) {
            assertNotNull(sources.getJarEntry("module-info.java"));
            assertNotNull(sources.getJarEntry("io/github/activations/Softmax.java"));
            // src/main/java-vector, compiled by its own execution, is there too
            assertNotNull(sources.getJarEntry("io/github/activations/internal/PanamaVectorSupport.java"));
        }
        try (JarFile sources = new JarFile(attached(THIN, "sources").toFile())) {
            assertNotNull(sources.getJarEntry("io/github/activations/cli/Main.java"));
        }
    }

    @Test
    void javadocJarsDocumentTheApiOnly() throws IOException, URISyntaxException {
        try (JarFile javadoc = new JarFile(attached(coreJar(), "javadoc").toFile())) {
            assertNotNull(javadoc.getJarEntry("index.html"));
            assertNotNull(javadoc.getJarEntry("io.github.activations/io/github/activations/Softmax.html"));
            assertNotNull(javadoc.getJarEntry("io.github.activations/module-summary.html"));
            assertNull(javadoc.getJarEntry("io.github.activations/io/github/activations/internal/package-summary.html"));
        }
        try (JarFile javadoc = new JarFile(attached(THIN, "javadoc").toFile())) {
            assertNotNull(javadoc.getJarEntry("index.html"));
        }
    }

    @Test
    void versionOptionPrintsTheVersionOfTheJar() throws IOException, InterruptedException {
        Path out = Files.createTempFile("activations-version", ".txt");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", SHADED.toString(), "--version")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "java -jar activations.jar --version did not end");
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), printed);
            String manifestVersion = manifest(SHADED).getValue("Implementation-Version");
            assertTrue(printed.startsWith("activations " + manifestVersion + " (Groovy "), printed);
        } finally {
            Files.delete(out);
        }
    }
}
