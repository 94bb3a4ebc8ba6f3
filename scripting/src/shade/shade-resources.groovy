/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
// Writes the resources of activations.jar that the shade plugin cannot merge faithfully or
// reproducibly, into OUTDIR:
// - LICENSE: our Apache License 2.0 text, the list of the bundled artifacts with their licences
//   (THIRD-PARTY.txt from license-maven-plugin), and the licence files those artifacts carry,
//   verbatim but for the Apache License 2.0 text they repeat;
// - NOTICE: our NOTICE, then the NOTICE file of every bundled artifact, verbatim;
// - ExtensionModule: the Groovy extension-module descriptors of all bundled artifacts merged into
//   one (shade's GroovyResourceTransformer writes the build time into it, so two builds differ).
//
// Run by exec-maven-plugin (scripting/pom.xml) on the runtime classpath, which is what the shade
// plugin bundles:
//   java -cp CLASSPATH groovy.ui.GroovyMain shade-resources.groovy OUTDIR LICENSE NOTICE THIRD-PARTY.txt \
//       MODULE_NAME MODULE_VERSION
// It reads META-INF/LICENSE and META-INF/NOTICE (also .txt, .md; any case) and the descriptors of
// every classpath entry: exactly the files that the shade configuration drops from the bundled jars.

import groovy.transform.Field
import java.util.jar.JarFile
import java.util.regex.Pattern

if (args.length != 6) {
    throw new IllegalArgumentException("usage: shade-resources.groovy OUTDIR LICENSE NOTICE THIRD-PARTY.txt"
            + " MODULE_NAME MODULE_VERSION, got ${args.toList()}")
}
File outDir = new File(args[0])
String ourLicence = new File(args[1]).getText('UTF-8')
String ourNotice = new File(args[2]).getText('UTF-8')
String thirdParty = new File(args[3]).getText('UTF-8')
String moduleName = args[4]
String moduleVersion = args[5]

// The Apache text inside a bundled licence file, found by its first and last lines and replaced only
// if it is the same text as ours once runs of white space are made one space.
Pattern apacheText = ~/(?s)\A\s*Apache License\s+Version 2\.0, January 2004.*?limitations under the License\./
String squeeze(String s) { s.replaceAll(/\s+/, ' ').trim() }

/** The files of one classpath entry (a jar or a classes directory) whose lower-case paths are in names, as path → text. */
Map<String, String> files(File entry, Collection<String> names) {
    Map<String, String> found = new TreeMap<>()
    if (entry.isDirectory()) {
        File metaInf = new File(entry, 'META-INF')
        if (metaInf.isDirectory()) {
            metaInf.eachFileRecurse(groovy.io.FileType.FILES) { File f ->
                String path = entry.toPath().relativize(f.toPath()).toString().replace(File.separatorChar, '/' as char)
                if (path.toLowerCase(Locale.ROOT) in names) {
                    found[path] = f.getText('UTF-8')
                }
            }
        }
    } else if (entry.isFile() && entry.name.endsWith('.jar')) {
        new JarFile(entry).withCloseable { JarFile jar ->
            jar.entries().each { e ->
                if (!e.directory && e.name.toLowerCase(Locale.ROOT) in names) {
                    found[e.name] = jar.getInputStream(e).getText('UTF-8')
                }
            }
        }
    }
    found
}

/** The files META-INF/BASE, BASE.txt and BASE.md of one classpath entry (any case), as path → text. */
Map<String, String> metaInfFiles(File entry, String base) {
    files(entry, ["meta-inf/$base", "meta-inf/${base}.txt", "meta-inf/${base}.md"].collect { it.toString() })
}

// Groovy reads extension modules from META-INF/groovy (and the older META-INF/services).
@Field List<String> descriptors = ['meta-inf/groovy/org.codehaus.groovy.runtime.extensionmodule',
                                   'meta-inf/services/org.codehaus.groovy.runtime.extensionmodule']

/** Text without its leading blank lines and trailing white space. */
String trimLines(String s) { s.replaceFirst(/\A(\s*\n)+/, '').stripTrailing() }

List<File> classpath = System.getProperty('java.class.path').split(File.pathSeparator)
        .collect { new File(it) }.sort { it.name }
StringBuilder licences = new StringBuilder()
StringBuilder notices = new StringBuilder()
Set<String> extensionClasses = new LinkedHashSet<>()
Set<String> staticExtensionClasses = new LinkedHashSet<>()
classpath.each { File entry ->
    metaInfFiles(entry, 'license').each { String name, String text ->
        def m = apacheText.matcher(text)
        boolean apache = m.find() && squeeze(m.group()) == squeeze(ourLicence)
        String rest = trimLines(apache ? text.substring(m.end()) : text)
        if (rest) { // else the Apache License 2.0 text alone (our own jars, most Apache jars): said above
            licences << '\n==== ' << entry.name << ': ' << name << ' ====\n'
            if (apache) {
                licences << '[The Apache License 2.0 text, as at the top of this file.]\n\n'
            }
            licences << rest << '\n'
        }
    }
    metaInfFiles(entry, 'notice').each { String name, String text ->
        if (squeeze(text) != squeeze(ourNotice)) { // our own jars carry ours, printed first
            notices << '\n==== ' << entry.name << ': ' << name << ' ====\n' << trimLines(text) << '\n'
        }
    }
    files(entry, descriptors).values().each { String text ->
        Properties p = new Properties()
        p.load(new StringReader(text))
        [extensionClasses: extensionClasses, staticExtensionClasses: staticExtensionClasses].each { String key, Set<String> into ->
            p.getProperty(key, '').split(',')*.trim().findAll().each { into << it }
        }
    }
}

String rule = '-' * 78
outDir.mkdirs()
new File(outDir, 'LICENSE').setText(ourLicence.stripTrailing() + '\n\n' + rule + '\n' + '''\
Third-party components bundled in activations.jar
''' + rule + '''

Besides its own classes, activations.jar contains the artifacts listed below, each under the
licence named first on its line (taken from their POMs at build time; the build fails on any
licence but Apache-2.0, MIT and BSD). Apache-2.0 is the licence text at the top of this file.
''' + thirdParty.stripTrailing() + '''

The licence files of these artifacts follow, verbatim, except that the Apache License 2.0 text they
repeat is replaced by a pointer to the text above; a licence file that is only that text is left
out. Other licence files the artifacts ship (such as META-INF/licenses/*) keep their own names in
the jar. Their NOTICE files are in META-INF/NOTICE.
''' + licences, 'UTF-8')
new File(outDir, 'NOTICE').setText(ourNotice.stripTrailing() + '\n\n' + rule + '\n' + '''\
NOTICE files of the third-party components bundled in activations.jar (see META-INF/LICENSE)
''' + rule + '\n' + notices, 'UTF-8')
new File(outDir, 'ExtensionModule').setText("""\
moduleName=$moduleName
moduleVersion=$moduleVersion
extensionClasses=${extensionClasses.join(',')}
staticExtensionClasses=${staticExtensionClasses.join(',')}
""", 'UTF-8')
