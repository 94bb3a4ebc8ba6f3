/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Refuses Grape's annotations ({@code @Grab}, {@code @Grapes}, {@code @GrabResolver},
 * {@code @GrabConfig}, {@code @GrabExclude}) with a {@code FILE:LINE} reason that says what to do
 * instead. {@code activations.jar} does not bundle Apache Ivy, which Grape needs, so without this a
 * script with {@code @Grab} ends in a {@code NoClassDefFoundError}; the runner also disables Groovy's
 * own Grab transformation, so nothing is downloaded behind the user's back.
 */
final class NoGrab extends CompilationCustomizer {
    /** Groovy's global transformation that would otherwise resolve {@code @Grab} through Ivy. */
    static final String GRAB_TRANSFORMATION = "groovy.grape.GrabAnnotationTransformation";

    static final String REASON = "@%s needs Apache Ivy, which the activations runner does not bundle: put the jars"
            + " on --classpath instead, or run the script with plain groovy";

    private static final Set<String> NAMES = Set.of("Grab", "Grapes", "GrabResolver", "GrabConfig", "GrabExclude");

    NoGrab() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        ModuleNode module = source.getAST();
        if (module.getClasses().get(0) == classNode) { // imports belong to the module: check them once
            for (List<? extends ImportNode> imports : List.of(module.getImports(), module.getStarImports())) {
                for (ImportNode i : imports) {
                    check(source, i);
                }
            }
            module.getStaticImports().values().forEach(i -> check(source, i));
            module.getStaticStarImports().values().forEach(i -> check(source, i));
            if (module.getPackage() != null) {
                check(source, module.getPackage());
            }
        }
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitAnnotations(AnnotatedNode node) {
                check(source, node);
                super.visitAnnotations(node);
            }
        }.visitClass(classNode);
    }

    private static void check(SourceUnit source, AnnotatedNode node) {
        for (AnnotationNode a : node.getAnnotations()) {
            String name = a.getClassNode().getNameWithoutPackage();
            if (NAMES.contains(name)) {
                int line = a.getLineNumber() > 0 ? a.getLineNumber() : node.getLineNumber();
                source.getErrorCollector().addErrorAndContinue(new SyntaxException(String.format(REASON, name), line,
                        Math.max(a.getColumnNumber(), 1)), source);
            }
        }
    }
}
