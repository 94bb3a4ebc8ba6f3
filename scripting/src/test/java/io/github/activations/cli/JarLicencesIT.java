/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.activations.Softmax;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The licence files of the packaged jars: activations.jar carries one LICENSE, one NOTICE and the
 * third-party list, and no class of an artifact under GPL or LGPL; the thin jars of core and
 * scripting carry our LICENSE and NOTICE.
 */
class JarLicencesIT {
    private static final Path SHADED = Path.of(System.getProperty("activations.jar", "target/activations.jar"));
    private static final Path THIN = Path.of(System.getProperty("activations.thinJar", "target/thin.jar"));
    private static final Path ROOT = Path.of(System.getProperty("activations.root", ".."));

    /** The licences the build's check allows (scripting/pom.xml, includedLicenses). */
    private static final Set<String> PERMISSIVE = Set.of("Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause");

    /**
     * Packages of the artifacts that were bundled under GPL or LGPL before the chart library was
     * replaced: JFreeChart (LGPL-2.1) and JFreeSVG (GPL-3.0).
     */
    private static final List<String> COPYLEFT_PREFIXES = List.of("org/jfree/", "META-INF/maven/org.jfree/");

    /** One line of THIRD-PARTY.txt: "(Licence) [(Licence) ...] Name (group:artifact:version - url)". */
    private static final Pattern LISTED = Pattern.compile("^\\s+((?:\\([^()]+\\)\\s+)+)\\S.*\\(([^:()\\s]+:[^:()\\s]+):[^ ]+ - .*\\)$");
    private static final Pattern LICENCE = Pattern.compile("\\(([^()]+)\\)");

    private static String text(JarFile jar, String name) throws IOException {
        JarEntry e = jar.getJarEntry(name);
        assertNotNull(e, jar.getName() + " has no " + name);
        try (InputStream in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String repositoryFile(String name) throws IOException {
        return Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
    }

    /** Entry names that are licence or notice files directly under META-INF (any case, any extension). */
    private static List<String> licenceAndNoticeEntries(JarFile jar) {
        return jar.stream().map(JarEntry::getName)
                .filter(n -> n.toUpperCase(Locale.ROOT).matches("META-INF/(LICENSE|NOTICE)(\\.[A-Z]+)?"))
                .sorted().collect(Collectors.toList());
    }

    @Test
    void shadedJarHasOneLicenceOneNoticeAndTheThirdPartyList() throws IOException {
        try (JarFile jar = new JarFile(SHADED.toFile())) {
            assertEquals(List.of("META-INF/LICENSE", "META-INF/NOTICE"), licenceAndNoticeEntries(jar));

            String licence = text(jar, "META-INF/LICENSE");
            String ours = repositoryFile("LICENSE");
            assertTrue(licence.startsWith(ours.stripTrailing()), "META-INF/LICENSE starts with the repository's LICENSE");

            String thirdParty = text(jar, "META-INF/THIRD-PARTY.txt");
            List<String> artifacts = new ArrayList<>();
            for (String line : thirdParty.split("\n")) {
                if (line.isBlank() || line.startsWith("Lists of ")) {
                    continue;
                }
                Matcher m = LISTED.matcher(line);
                assertTrue(m.matches(), "THIRD-PARTY.txt line not understood: " + line);
                Matcher licences = LICENCE.matcher(m.group(1));
                while (licences.find()) {
                    assertTrue(PERMISSIVE.contains(licences.group(1)), "not a permissive licence: " + line);
                }
                artifacts.add(m.group(2));
                assertTrue(licence.contains(line.strip()), "META-INF/LICENSE does not list " + line.strip());
            }
            // The bundled runtime dependencies of scripting (its POM), each listed once.
            assertTrue(artifacts.containsAll(List.of("io.github.activations:activations-core",
                    "org.apache.groovy:groovy", "org.apache.commons:commons-math3", "org.jspecify:jspecify")), artifacts.toString());
            assertEquals(artifacts.size(), Set.copyOf(artifacts).size(), artifacts.toString());

            // Commons Math's licence file adds BSD texts for code it derives from; they must survive.
            assertTrue(licence.contains("commons-math3-") && licence.contains("Minpack Copyright Notice"), "Commons Math's own LICENSE.txt");

            String notice = text(jar, "META-INF/NOTICE");
            assertTrue(notice.startsWith(repositoryFile("NOTICE").stripTrailing()), "our NOTICE comes first");
            assertTrue(notice.contains("Apache Groovy") && notice.contains("Apache Commons Math"), notice);
        }
    }

    @Test
    void shadedJarHoldsNoCopyleftClass() throws IOException {
        try (JarFile jar = new JarFile(SHADED.toFile())) {
            List<String> copyleft = jar.stream().map(JarEntry::getName)
                    .filter(n -> COPYLEFT_PREFIXES.stream().anyMatch(n::startsWith)).limit(5).collect(Collectors.toList());
            assertEquals(List.of(), copyleft);
            // The jar is not empty of the others: the filter above looks at real entries.
            assertNotNull(jar.getJarEntry("groovy/lang/GroovyShell.class"));
        }
    }

    @Test
    void thinJarsCarryOurLicenceAndNotice() throws IOException, URISyntaxException {
        Path core = Path.of(Softmax.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isRegularFile(core), "core is on the integration-test classpath as a jar: " + core);
        for (Path thin : List.of(THIN, core)) {
            try (JarFile jar = new JarFile(thin.toFile())) {
                assertEquals(List.of("META-INF/LICENSE", "META-INF/NOTICE"), licenceAndNoticeEntries(jar), thin.toString());
                assertEquals(repositoryFile("LICENSE"), text(jar, "META-INF/LICENSE"), thin.toString());
                assertEquals(repositoryFile("NOTICE"), text(jar, "META-INF/NOTICE"), thin.toString());
                assertNotNull(jar.getManifest().getMainAttributes().getValue("Implementation-Version"), thin.toString());
            }
        }
    }
}
