/*
 * Copyright 2026 the Activations authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.activations.scripting;

import java.util.List;
import org.codehaus.groovy.ast.ClassCodeExpressionTransformer;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.DynamicVariable;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Types;

/**
 * Makes {@code logits [0.25, 1.23, -0.8]} mean what it says. Groovy reads a word followed by a
 * list literal as indexing ({@code logits[0.25, 1.23, -0.8]}), which would silently look up a map;
 * inside {@code experiment { … }} this rewrites it to the call {@code logits([0.25, 1.23, -0.8])}
 * when {@code logits} is not a variable the script declared. There {@code logits = [..]} likewise
 * means {@code logits([..])} (it would otherwise set a script variable and add no logits).
 */
final class WordSyntax extends CompilationCustomizer {
    private static final List<String> LIST_WORDS = List.of("logits", "apply");

    WordSyntax() {
        super(CompilePhase.CANONICALIZATION);
    }

    @Override
    public void call(SourceUnit source, org.codehaus.groovy.classgen.GeneratorContext context, ClassNode classNode) {
        new Transformer(source).visitClass(classNode);
    }

    private static final class Transformer extends ClassCodeExpressionTransformer {
        private final SourceUnit source;
        private int experimentDepth;

        Transformer(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        private static boolean isWord(VariableExpression v) {
            return LIST_WORDS.contains(v.getName())
                    && (v.getAccessedVariable() == null || v.getAccessedVariable() instanceof DynamicVariable);
        }

        @Override
        public Expression transform(Expression e) {
            if (e instanceof ClosureExpression) {
                ClosureExpression c = (ClosureExpression) e;
                if (c.getCode() != null) {
                    c.getCode().visit(this);
                }
                return c;
            }
            if (e instanceof MethodCallExpression && ((MethodCallExpression) e).isImplicitThis()
                    && "experiment".equals(((MethodCallExpression) e).getMethodAsString())) {
                experimentDepth++;
                try {
                    return super.transform(e);
                } finally {
                    experimentDepth--;
                }
            }
            if (e instanceof BinaryExpression && experimentDepth > 0) {
                BinaryExpression b = (BinaryExpression) e;
                if (b.getOperation().getType() == Types.ASSIGN && b.getLeftExpression() instanceof VariableExpression
                        && "logits".equals(((VariableExpression) b.getLeftExpression()).getName())
                        && isWord((VariableExpression) b.getLeftExpression())) {
                    MethodCallExpression call = new MethodCallExpression(VariableExpression.THIS_EXPRESSION,
                            "logits", new ArgumentListExpression(transform(b.getRightExpression())));
                    call.setImplicitThis(true);
                    call.setSourcePosition(b);
                    return call;
                }
            }
            if (e instanceof BinaryExpression && experimentDepth > 0) {
                BinaryExpression b = (BinaryExpression) e;
                if (b.getOperation().getType() == Types.LEFT_SQUARE_BRACKET
                        && b.getLeftExpression() instanceof VariableExpression) {
                    VariableExpression v = (VariableExpression) b.getLeftExpression();
                    if (isWord(v)) {
                        Expression index = transform(b.getRightExpression());
                        Expression list = index instanceof ListExpression ? index : new ListExpression(List.of(index));
                        list.setSourcePosition(b.getRightExpression());
                        // apply [softmax, argmax] means apply softmax, argmax
                        ArgumentListExpression args = v.getName().equals("apply")
                                ? new ArgumentListExpression(((ListExpression) list).getExpressions())
                                : new ArgumentListExpression(list);
                        MethodCallExpression call = new MethodCallExpression(VariableExpression.THIS_EXPRESSION,
                                v.getName(), args);
                        call.setImplicitThis(true);
                        call.setSourcePosition(b);
                        return call;
                    }
                }
            }
            return super.transform(e);
        }
    }
}
