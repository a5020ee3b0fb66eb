package org.cyberarms.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;

/**
 * One build error as Drools gave it: the rule file (its name in the folder), the line Drools reported (0 if
 * none) and the text. An error in a rule's action is one per problem the Java compiler found, with where
 * the compiler saw it: Drools itself reports all of them at the rule's first line.
 */
record BuildError(String file, int line, String text, Optional<InAction> action) {

    /**
     * A problem in a rule's action.
     *
     * @param ruleLine      the line of the rule's header
     * @param thenLine      the line of its {@code then}
     * @param generatedLine the line in the Java source Drools generated from the action
     */
    record InAction(int ruleLine, int thenLine, int generatedLine) {}

    static List<BuildError> of(String file, KnowledgeBuilderError error) {
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : 0;
        String text = error.getMessage() == null ? "" : error.getMessage().strip();
        List<BuildError> errors = new ArrayList<>();
        if (error instanceof DescrBuildError built && built.getParentDescr() instanceof RuleDescr rule
                && built.getObject() instanceof Object[] problems) {
            for (Object problem : problems) {
                if (problem instanceof CompilationProblem compiled && compiled.isError()) {
                    errors.add(new BuildError(file, line, compiled.getMessage(), Optional.of(
                            new InAction(rule.getLine(), rule.getConsequenceLine(), compiled.getStartLine()))));
                }
            }
        }
        if (errors.isEmpty()) {
            errors.add(new BuildError(file, line, text, Optional.empty()));
        }
        return errors;
    }
}
