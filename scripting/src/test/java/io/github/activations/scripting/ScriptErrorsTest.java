/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a script's author sees when something is wrong: FILE:LINE: one-line reason. */
class ScriptErrorsTest {
    @TempDir
    Path dir;

    private ScriptFailure.Problem problem(String source) {
        ScriptFailure f = Scripts.fail(dir, source);
        return f.problems().get(0);
    }

    @Test
    void misspelledWordGetsDidYouMean() {
        ScriptFailure.Problem p = problem("experiment('e') {\n  logits z: [1, 2]\n  tempratures [0.1, 1]\n}\n");
        assertEquals(dir.resolve("bad.groovy").toString(), p.file());
        assertEquals(3, p.line());
        assertEquals("unknown word 'tempratures'; did you mean 'temperature'?", p.reason());
        assertEquals(p.file() + ":3: unknown word 'tempratures'; did you mean 'temperature'?", p.toString());
    }

    @Test
    void misspelledFunctionAndTopLevelWord() {
        assertEquals("unknown word 'sofmax'; did you mean 'softmax'?",
                problem("experiment('e') {\n  logits z: [1]\n  apply sofmax\n}").reason());
        ScriptFailure.Problem p = problem("\nexperimnet('e') { }");
        assertEquals(2, p.line());
        assertEquals("unknown word 'experimnet'; did you mean 'experiment'?", p.reason());
    }

    @Test
    void anUnknownVariableMayComeFromTheCommandLine() {
        ScriptFailure.Problem p = problem("experiment('e') {\n  data val\n}\n");
        assertEquals(2, p.line());
        assertEquals("unknown word 'val': neither a word nor a variable of this script (--data val=FILE or --param"
                + " val=VALUE defines one)", p.reason());
        assertEquals("unknown word 'T': neither a word nor a variable of this script (--data T=FILE or --param T=VALUE"
                + " defines one)", problem("experiment('e') { logits z: [1]; apply softmax, temperature: T }").reason());
    }

    @Test
    void misspelledParameterNamesItsWord() {
        ScriptFailure.Problem p = problem("experiment('e') {\n  logits z: [1, 2]\n  apply softmax, tempratures: [1]\n}");
        assertEquals(3, p.line());
        assertEquals("unknown parameter 'tempratures' for apply; did you mean 'temperature'?", p.reason());
        assertEquals("unknown parameter 'tries' for show (show takes digits, rows)",
                problem("experiment('e') { show tries: 3 }").reason());
        assertEquals("unknown parameter 'sed' for check; did you mean 'seed'? (check takes seed, tries)",
                problem("experiment('e') { check('p', sed: 1) { double x -> true } }").reason());
    }

    @Test
    void parameterOfTheWrongFunction() {
        assertEquals("divideBySum takes no parameter 'temperature'",
                problem("experiment('e') { logits z: [1]; apply divideBySum, temperature: 2 }").reason());
        assertEquals("topK needs k:, e.g. apply topK, k: 2",
                problem("experiment('e') { logits z: [1]; apply topK }").reason());
    }

    @Test
    void wrongArgumentsForAKnownWord() {
        ScriptFailure.Problem p = problem("experiment('e') {\n  apply 'softmax'\n}");
        assertEquals(2, p.line());
        assertEquals("'apply' cannot take (a string); write e.g. apply softmax, divideBySum", p.reason());
    }

    @Test
    void badValuesAreNamed() {
        assertEquals("logits z[1] is not a number: 'x' (a string)",
                problem("experiment('e') { logits z: [1, 'x'] }").reason());
        assertEquals("plot file must end in .png or .svg: curve.jpg",
                problem("experiment('e') { plot sigmoid, file: 'curve.jpg' }").reason());
        assertTrue(problem("experiment('e') { plot softmax, file: 'c.png' }").reason()
                .startsWith("plot of a curve needs a function of one number"));
        assertEquals("check cannot generate values of type String; declare the closure's parameters as double, "
                + "float, int, long, boolean, List or double[]",
                problem("experiment('e') { check('p') { String s -> true } }").reason());
    }

    @Test
    void syntaxErrorNamesItsLine() {
        ScriptFailure.Problem p = problem("experiment('e') {\n  logits z: [1, 2\n  apply softmax\n}\n");
        assertTrue(p.line() >= 2 && p.line() <= 4, p.toString());
        assertTrue(p.reason().toLowerCase(java.util.Locale.ROOT).contains("unexpected"), p.reason());
        assertTrue(!p.reason().contains("\n"));
    }

    @Test
    void exceptionInTheScriptNamesItsLine() {
        ScriptFailure.Problem p = problem("def a = 1\ndef b = 2\nthrow new IllegalStateException('boom')\n");
        assertEquals(3, p.line());
        assertEquals("IllegalStateException: boom", p.reason());
    }

    @Test
    void timeoutStopsARunawayLoopAndNamesItsLine() {
        Path file = Scripts.write(dir, "loop.groovy", "experiment('loop') {\n  int i = 0\n  while (true) {\n    i++\n  }\n}\n");
        long start = System.nanoTime();
        ScriptFailure f = assertThrows(ScriptFailure.class,
                () -> Scripts.runner(dir, Duration.ofMillis(500)).run(file));
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
        assertTrue(f.line() == 3 || f.line() == 4, f.getMessage());
        assertTrue(f.reason().startsWith("timed out after 0.5 s"), f.reason());
    }

    @Test
    void checkCompilesWithoutRunning() throws ScriptFailure {
        Path ok = Scripts.write(dir, "ok.groovy", "throw new IllegalStateException('never runs')");
        Scripts.runner(dir, Duration.ZERO).check(ok);
        Path bad = Scripts.write(dir, "syntax.groovy", "experiment('e') {");
        ScriptFailure f = assertThrows(ScriptFailure.class, () -> Scripts.runner(dir, Duration.ZERO).check(bad));
        assertTrue(f.getMessage().startsWith(bad + ":1"), f.getMessage());
    }

    @Test
    void wordsUsedTheWrongWayAreExplained() {
        assertEquals("'show' needs something to work on, e.g. show digits: 3",
                problem("experiment('e') {\n  show\n}").reason());
        assertEquals("softmax(temperature: 0.5) is not a function call here; parameters follow the function after a "
                + "comma: apply softmax, temperature: 0.5",
                problem("experiment('e') { logits z: [1]; apply softmax(temperature: 0.5) }").reason());
        assertEquals("experiment needs a name: experiment('my experiment') { … }",
                problem("experiment { logits z: [1] }").reason());
        assertEquals("'digits' is a parameter, not a word of its own: show digits: 3",
                problem("experiment('e') { digits 3 }").reason());
        assertEquals("logits z must be a list of numbers, e.g. [0.5], not the single number 0.5",
                problem("experiment('e') { logits z: 0.5 }").reason());
    }

    @Test
    void problemsFoundWhenTheExperimentRunsNameTheirWordsLine() {
        ScriptFailure.Problem p = problem("experiment('e') {\n  logits z: [1, 2]\n\n  summarize entropy\n}");
        assertEquals(4, p.line());
        p = problem("experiment('e') {\n  apply softmax\n}");
        assertEquals(2, p.line());
        assertTrue(p.reason().contains("has no logits"), p.reason());
        p = problem("experiment('e') {\n  logits z: [1, 2]\n  plot 'p.png'\n}");
        assertEquals(3, p.line());
        assertTrue(p.reason().startsWith("plot 'p.png': nothing to plot"), p.reason());
    }

    @Test
    void aVariableNamedLikeAWordIsNamed() {
        ScriptFailure.Problem p = problem("def data = simulated(count: 10)\nexperiment('e') {\n  data data\n}\n");
        assertEquals(3, p.line());
        assertEquals("'data' is also a variable of this script (def data = …), which hides the word data here;"
                + " give the variable another name", p.reason());
        assertEquals("'logits' is also a variable of this script (def logits = …), which hides the word logits here;"
                + " give the variable another name",
                problem("def logits = [1, 2]\nexperiment('e') { logits z: logits; apply softmax }").reason());
        assertTrue(problem("def f = [1]\nexperiment('e') {\n  f 2\n}").reason().startsWith("MissingMethodException"));
    }

    @Test
    void syntaxErrorNamesTheUnclosedBracket() {
        ScriptFailure.Problem p = problem("experiment('e') {\n  logits z: [1, 2\n  apply softmax\n}\n");
        assertEquals(2, p.line());
        assertEquals("'[' is not closed: ']' missing (Groovy stopped at line 3: unexpected input 'apply')",
                p.reason());
        p = problem("experiment('e') {\n  // a comment with ( and '\n  logits z: [1, 2]\n  apply softmax\n");
        assertEquals(1, p.line());
        assertTrue(p.reason().startsWith("'{' is never closed: '}' missing"), p.reason());
        assertEquals("a string is not closed: its closing quote is missing on this line",
                problem("experiment('e) {\n}").reason());
    }

    @Test
    void bracketScanSkipsStringsAndComments() {
        assertEquals(java.util.Optional.empty(), Brackets.unbalanced("def s = '(['\n/* { */ def t = \"\"\"\n]\"\"\"\n"));
        assertEquals(new Brackets.Problem(2, "')' closes nothing"), Brackets.unbalanced("x\n)").orElseThrow());
    }

    @Test
    void aDirectoryIsNotAScript() {
        ScriptFailure f = assertThrows(ScriptFailure.class, () -> Scripts.runner(dir, Duration.ZERO).run(dir));
        assertEquals("no such file", f.reason());
    }
}
