/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.examples.kotlin

import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.extension
import kotlin.io.path.readText

/**
 * Keeps the learners' guide (`examples/README.md`) honest for Kotlin: every ```kotlin block in it is a tagged region
 * (`// tag::name[]` … `// end::name[]`) of this module's sources, which the other tests compile and run, and every
 * tagged region is shown in the guide.
 */
class UserGuideTest {
    private val basedir = Path.of(System.getProperty("basedir", "."))
    private val readme = basedir.resolve("../README.md")
    private val roots = listOf("src/main/kotlin", "src/test/kotlin", "src/test/resources/snippets").map { basedir.resolve(it) }

    @Test
    fun `every Kotlin block in the guide is tested code`() {
        val regions = regions()
        val blocks = blocks("kotlin")
        assertFalse(blocks.isEmpty(), "no ```kotlin blocks in $readme")
        for (block in blocks) {
            assertTrue(block in regions.values, "this ```kotlin block in README.md is not a tagged region of examples/kotlin:\n$block")
        }
    }

    @Test
    fun `every tagged region is in the guide`() {
        val blocks = blocks("kotlin")
        for ((name, region) in regions()) {
            assertTrue(region in blocks, "tagged region '$name' changed or is missing from README.md; it now reads:\n$region")
        }
    }

    private fun regions(): Map<String, String> {
        val regions = linkedMapOf<String, String>()
        val tag = Regex("""^\s*// tag::([\w-]+)\[]\s*$""")
        for (file in roots.flatMap { root -> Files.walk(root).use { s -> s.filter { it.extension == "kt" }.sorted().toList() } }) {
            val lines = file.readText().lines()
            for ((i, line) in lines.withIndex()) {
                val name = tag.find(line)?.groupValues?.get(1) ?: continue
                val end = (i + 1 until lines.size).first { lines[it].trim() == "// end::$name[]" }
                assertNull(regions.put(name, dedent(lines.subList(i + 1, end))), "tag '$name' used twice")
            }
        }
        return regions
    }

    private fun blocks(language: String): List<String> {
        val lines = readme.readText().lines()
        val blocks = mutableListOf<String>()
        var i = 0
        while (i < lines.size) {
            if (lines[i] == "```$language") {
                val end = (i + 1 until lines.size).first { lines[it] == "```" }
                blocks += lines.subList(i + 1, end).joinToString("\n")
                i = end
            }
            i++
        }
        return blocks
    }

    private fun dedent(lines: List<String>): String {
        val indent = lines.filter { it.isNotBlank() }.minOfOrNull { it.length - it.trimStart().length } ?: 0
        return lines.joinToString("\n") { if (it.isBlank()) "" else it.substring(indent).trimEnd() }
    }
}
