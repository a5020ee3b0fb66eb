package org.cyberarms.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Level;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Which rules read an element's assessments, and whether each reads them one at a time: its only fact
 * pattern on an assessment is one plain top-level {@code Assessment( ... )}, besides it only {@code Level}
 * patterns (the model's levels, the same in every run), no test of the element's id, and its action only
 * inserts facts. What such a rule
 * concludes for an element depends on that one assessment alone, so two values of a dimension that make the
 * same rules fire with the same conclusions cannot be told apart by any rule: {@code advisor check} may run one
 * for both. A rule that reads an assessment in any other way (beside another assessment or any other fact,
 * inside {@code not}, {@code exists}, {@code accumulate} or {@code from}, through a supertype such as
 * {@code Object}) may tell them apart, and the check then runs every combination.
 *
 * @param oneAtATime the names of the rules that read one assessment at a time
 * @param joins      for each rule that reads assessments in another way, in plain words, the rule, where it is and
 *                   what it does ({@code rule "X" (rules/a.drl:12) reads several assessments of an element
 *                   together}); empty when none does
 */
public record AssessmentRules(Set<String> oneAtATime, List<String> joins) {

    /** Attributes that change how often or whether a rule fires in ways that involve other rules' matches. */
    private static final Set<String> SAFE_ATTRIBUTES = Set.of("salience", "no-loop", "dialect");
    /** Actions other than inserting a fact: they change or remove facts, or reach into the engine. */
    private static final Pattern ELEMENT_ID = Pattern.compile("\\belementId\\b");
    private static final Pattern CHANGES_FACTS =
            Pattern.compile("\\b(modify|update|delete|retract|drools|kcontext|halt)\\b");

    public AssessmentRules {
        oneAtATime = Set.copyOf(oneAtATime);
        joins = List.copyOf(joins);
    }

    /** True when every rule that reads assessments reads them one at a time. */
    public boolean oneAtATimeOnly() {
        return joins.isEmpty();
    }

    /** How a rule reads assessments: not at all, one at a time, or in a way that may join them (and why). */
    record Use(boolean reads, Optional<String> joinsBecause) {
        static final Use NONE = new Use(false, Optional.empty());
        static final Use ONE = new Use(true, Optional.empty());

        static Use joins(String why) {
            return new Use(true, Optional.of(why));
        }
    }

    /** How {@code rule} (a rule of a file with these imports) reads assessments. */
    static Use of(RuleDescr rule, List<String> imports, Map<String, Optional<Class<?>>> types) {
        List<PatternDescr> all = new ArrayList<>();
        RuleConditions.patterns(rule.getLhs(), all);
        boolean reads = false;
        for (PatternDescr p : all) {
            reads |= mayMatchAnAssessment(type(p, imports, types), p.getObjectType());
        }
        String consequence = String.valueOf(rule.getConsequence());
        if (consequence.matches("(?s).*new\\s+" + Assessment.class.getSimpleName() + "\\s*\\(.*")) {
            return Use.joins("creates an assessment");
        }
        if (consequence.matches("(?s).*new\\s+" + Level.class.getSimpleName() + "\\s*\\(.*")) {
            return Use.joins("creates a level, which the rules that read assessments match");
        }
        if (!reads) {
            return Use.NONE;
        }
        int assessments = 0;
        boolean testsElementId = false;
        for (BaseDescr descr : rule.getLhs().getDescrs()) {
            if (!(descr instanceof PatternDescr p) || p.getSource() != null) {
                return Use.joins("reads an assessment beside a condition with not, exists, or, accumulate,"
                        + " from, forall or eval");
            }
            Optional<Class<?>> type = type(p, imports, types);
            if (type.isPresent() && type.get() == Assessment.class) {
                assessments++;
                testsElementId |= p.getDescrs().stream().anyMatch(c -> ELEMENT_ID.matcher(constraintText(c)).find());
            } else if (type.isEmpty() || type.get() != Level.class) {
                return Use.joins("reads an assessment together with " + p.getObjectType() + " facts");
            }
        }
        if (assessments != 1) {
            return Use.joins("reads several assessments of an element together");
        }
        if (testsElementId) {
            // The check's elements are made up: a rule about one element's id would tell them apart.
            return Use.joins("tests the element's id of an assessment");
        }
        for (String attribute : rule.getAttributes().keySet()) {
            if (!SAFE_ATTRIBUTES.contains(attribute)) {
                return Use.joins("has the attribute `" + attribute + "`, which ties its firing to other rules' matches");
            }
        }
        if (CHANGES_FACTS.matcher(consequence).find()) {
            return Use.joins("changes or removes facts in its action, or reaches into the engine");
        }
        return Use.ONE;
    }

    private static String constraintText(BaseDescr constraint) {
        return constraint instanceof ExprConstraintDescr e ? e.getExpression() : String.valueOf(constraint.getText());
    }

    private static Optional<Class<?>> type(PatternDescr p, List<String> imports, Map<String, Optional<Class<?>>> types) {
        return types.computeIfAbsent(p.getObjectType() + "\u0000" + String.join(",", imports), k -> {
            Optional<Class<?>> imported = RuleConditions.factType(p.getObjectType(), imports);
            if (imported.isPresent() || p.getObjectType().contains(".")) {
                return imported;
            }
            // java.lang needs no import: Object( ) matches every fact, assessments too
            return RuleConditions.factType("java.lang." + p.getObjectType(), List.of());
        });
    }

    /** An assessment pattern, or one that matches assessments among others ({@code Object}, {@code Record}). */
    private static boolean mayMatchAnAssessment(Optional<Class<?>> type, String written) {
        if (type.isEmpty()) {
            // A type declared in the rule files cannot match an assessment; one we cannot resolve by its
            // imports but that is named like it is taken to.
            return written.equals(Assessment.class.getSimpleName()) || written.endsWith("." + Assessment.class.getSimpleName());
        }
        return type.get().isAssignableFrom(Assessment.class);
    }
}
