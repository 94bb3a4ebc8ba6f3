/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.kotlin

import io.github.activations.Softmax
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.jspecify.annotations.NullMarked
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.io.TempDir
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.ValueSource
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path

/**
 * Proves that core is a null-safe Kotlin API: compiles two snippets with the Kotlin compiler against the real
 * `activations-core` and checks that the compiler reports exactly the diagnostics each snippet expects:
 * - `snippets/PassNull.kt`: an error wherever null is passed to core;
 * - `snippets/NonNullResults.kt`: an "unnecessary safe call" warning on every result, which Kotlin gives only for
 *   non-null types (a platform type such as `DoubleArray!` gets none, as the JDK control line shows).
 *
 * Run twice: with `-Xjspecify-annotations=strict`, as this module's build compiles, and with the compiler's
 * default, to show that Kotlin 2.x already reads JSpecify strictly.
 */
class NullSafetyTest {
    @TempDir
    lateinit var dir: Path

    @ParameterizedTest(name = "jspecify mode: {0}")
    @ValueSource(strings = ["strict", "default"])
    fun `passing null to core is a compile error`(mode: String) {
        val (exitCode, report) = compile("PassNull.kt", mode)
        assertEquals(ExitCode.COMPILATION_ERROR, exitCode, report)
    }

    @ParameterizedTest(name = "jspecify mode: {0}")
    @ValueSource(strings = ["strict", "default"])
    fun `every result is a non-null type, not a platform type`(mode: String) {
        val (exitCode, report) = compile("NonNullResults.kt", mode)
        assertEquals(ExitCode.OK, exitCode, report)
    }

    /** Compiles one snippet, asserts it got exactly its expected diagnostics, and returns the exit code and report. */
    private fun compile(name: String, mode: String): Pair<ExitCode, String> {
        val snippet = dir.resolve(name)
        val text = javaClass.getResource("/snippets/$name")!!.readText()
        Files.writeString(snippet, text)

        val args = buildList {
            add("-no-stdlib")
            add("-no-reflect")
            add("-jvm-target")
            add("17")
            add("-classpath")
            add(listOf(Softmax::class.java, NullMarked::class.java, Unit::class.java).joinToString(File.pathSeparator) { jarOf(it) })
            add("-d")
            add(dir.resolve("out").toString())
            if (mode == "strict") add("-Xjspecify-annotations=strict")
            add(snippet.toString())
        }
        val output = ByteArrayOutputStream()
        val exitCode = PrintStream(output, true, Charsets.UTF_8).use { K2JVMCompiler().exec(it, *args.toTypedArray()) }
        val report = output.toString(Charsets.UTF_8)
        assertEquals(expected(text), actual(report, name), report)
        return exitCode to report
    }

    /** Line number to "error" or "warning", from the snippet's `// expect:` comments. */
    private fun expected(text: String): Map<Int, String> =
        text.lines().withIndex()
            .mapNotNull { (i, line) -> Regex("""// expect: (\w+)""").find(line)?.let { i + 1 to it.groupValues[1] } }
            .toMap()

    /** Line number to "error" or "warning", from the compiler's report (`path:line:column: severity: message`). */
    private fun actual(report: String, fileName: String): Map<Int, String> =
        report.lines()
            .mapNotNull { Regex("""${Regex.escape(fileName)}:(\d+):\d+: (error|warning): """).find(it) }
            .associate { it.groupValues[1].toInt() to it.groupValues[2] }

    private fun jarOf(type: Class<*>): String = File(type.protectionDomain.codeSource.location.toURI()).path
}
