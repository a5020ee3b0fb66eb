package org.cyberarms.advisor.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyberarms.advisor.trace.RuleRef;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;
import org.mvel2.CompileException;

/**
 * Says in plain words which rule failed while running, where it is, and whether its action or its condition
 * failed. Drools wraps a failing action in a {@link ConsequenceException} that names the rule; a failing
 * condition (an {@code eval} that throws, a field compared with a value of another type) reaches us unwrapped
 * and unnamed, so the rule is found by the condition it failed in: the generated class of an {@code eval},
 * or the text of a constraint.
 */
final class RuleFailure {

    private final KieBase kieBase;
    private final Map<String, RuleRef> rules;

    RuleFailure(KieBase kieBase, Map<String, RuleRef> rules) {
        this.kieBase = kieBase;
        this.rules = rules;
    }

    /**
     * @param failure what the run threw: a runtime exception, or a stack overflow or lack of memory
     * @param firing  the rule whose action was running when it was thrown, if one was
     */
    RuleRuntimeException describe(Throwable failure, Optional<RuleRef> firing) {
        if (failure instanceof ConsequenceException action) {
            Optional<RuleRef> rule = Optional.ofNullable(action.getMatch()).map(m -> ref(m.getRule())).or(() -> firing);
            return failed("the action of " + named(rule), action.getCause() != null ? action.getCause() : action);
        }
        List<RuleRef> conditionOf = conditionOwners(failure);
        if (!conditionOf.isEmpty()) {
            return failed("the condition of " + conditionOf.stream().map(r -> named(Optional.of(r)))
                    .collect(Collectors.joining(" and ")), failure);
        }
        if (firing.isPresent()) {
            return failed("the action of " + named(firing), failure);
        }
        return failed("the condition of a rule", failure);
    }

    private static RuleRuntimeException failed(String what, Throwable cause) {
        return new RuleRuntimeException(what + " failed: " + plainReason(cause), cause);
    }

    private static String named(Optional<RuleRef> rule) {
        return rule.map(r -> "rule \"" + r.name() + "\" (" + r.location() + ")").orElse("a rule");
    }

    /** Why it failed, in words: the innermost message, never a Java class name. */
    static String plainReason(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "it ran out of stack space: a function or method that calls itself without end";
        }
        if (failure instanceof OutOfMemoryError) {
            return "it ran out of memory (e.g. an array or list too large to hold)";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure && (root instanceof StackOverflowError || root instanceof OutOfMemoryError)) {
            return plainReason(root);
        }
        if (root instanceof NumberFormatException && root.getMessage() != null
                && root.getMessage().startsWith("For input string: ")) {
            return "a number was expected but it found the text " + root.getMessage().substring(18)
                    + " (is a number compared with a text?)";
        }
        if (root instanceof NullPointerException) {
            return "a value was missing (null)" + (root.getMessage() != null ? ": " + root.getMessage() : "");
        }
        if (root instanceof ClassCastException) {
            return "a value was not of the type expected";
        }
        return root.getMessage() != null ? root.getMessage() : "an error that gave no reason";
    }

    /** The rules whose condition threw {@code failure}: by the eval class in its stack, or the constraint text. */
    private List<RuleRef> conditionOwners(Throwable failure) {
        Set<String> frames = new HashSet<>();
        Set<String> constraintTexts = new HashSet<>();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                frames.add(frame.getClassName());
            }
            if (t instanceof CompileException compile && compile.getExpr() != null) {
                constraintTexts.add(normalised(new String(compile.getExpr())));
            }
        }
        String message = String.valueOf(failure.getMessage());
        Set<RuleRef> owners = new LinkedHashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl
                        && conditionFailed(impl.getLhs(), frames, constraintTexts, message)) {
                    owners.add(ref(rule));
                }
            }
        }
        return new ArrayList<>(owners);
    }

    private static boolean conditionFailed(RuleConditionElement element, Set<String> frames,
            Set<String> constraintTexts, String message) {
        if (element instanceof EvalCondition eval && eval.getEvalExpression() != null) {
            String evalClass = eval.getEvalExpression().getClass().getName();
            if (frames.stream().anyMatch(f -> f.startsWith(evalClass))) {
                return true;
            }
        }
        if (element instanceof Pattern pattern) {
            for (Constraint constraint : pattern.getConstraints()) {
                if (constraint instanceof MVELConstraint mvel && mvel.getExpression() != null) {
                    String text = normalised(mvel.getExpression());
                    if (constraintTexts.contains(text) || message.contains("'" + mvel.getExpression() + "'")) {
                        return true;
                    }
                }
            }
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (nested != null && conditionFailed(nested, frames, constraintTexts, message)) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String expression) {
        return expression.replaceAll("\\s+", " ").trim();
    }

    private RuleRef ref(Rule rule) {
        return rules.getOrDefault(rule.getName(), new RuleRef(rule.getName(), "", 0, Map.of()));
    }
}
