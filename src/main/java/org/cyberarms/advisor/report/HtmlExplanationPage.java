package org.cyberarms.advisor.report;

import java.util.List;
import java.util.stream.Collectors;

import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.trace.ConditionCheck;
import org.cyberarms.advisor.trace.PatternCheck;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.trace.WhyNot;

/**
 * An {@link Explanation} arranged for {@code explanation.mustache}: HOW as a tree from the level down to the
 * facts read from the knowledge files, WHY NOT as the higher levels with the dimensions holding each back
 * and the failed conditions of the rules that would lift them, and the named rule checked condition by
 * condition. The same content as the text layout of {@link ExplanationRenderer}, in the same words.
 */
record HtmlExplanationPage(String title, String elementId, String elementName, String description, String level,
        List<Step> how, boolean atTopLevel, List<LevelView> whyNot, List<DiagnosisView> rule) {

    /** A fact and how it came to be: the rule that concluded it and the facts that rule matched. */
    record Step(String fact, List<HtmlCitation> rule, boolean fromKnowledge, List<Step> premises) {

        public boolean hasPremises() {
            return !premises.isEmpty();
        }
    }

    record LevelView(String level, String heldBackBy, List<HeldView> dimensions) {}

    record HeldView(String dimension, String ceiling, HtmlCitation ceilingRule, List<AlternativeView> alternatives) {

        public boolean hasAlternatives() {
            return !alternatives.isEmpty();
        }
    }

    /** The rule that would lift the dimension, and its failed conditions (a table, or none). */
    record AlternativeView(HtmlCitation rule, List<ConditionTable> failed) {}

    /** Rows for {@code conditions.mustache}; a page holds a list of zero or one of these. */
    record ConditionTable(List<ConditionView> rows) {

        static List<ConditionTable> of(List<ConditionCheck> checks) {
            return checks.isEmpty() ? List.of()
                    : List.of(new ConditionTable(checks.stream().map(HtmlExplanationPage::condition).toList()));
        }
    }

    /** {@code mark} is passed, FAILED or not checked; {@code failed} marks the row for the stylesheet. */
    record ConditionView(String mark, boolean failed, String evaluated, String actual) {}

    record PatternView(String source, String verdict, String factLabel, List<String> fact,
            List<ConditionTable> conditions) {}

    record DiagnosisView(HtmlCitation rule, String verdict, List<PatternView> patterns) {}

    static HtmlExplanationPage of(Explanation e) {
        String level = e.level().map(ElementLevel::level).orElse("no level (no rule concluded one)");
        return new HtmlExplanationPage("Explanation: " + e.element().id() + " " + e.element().name(),
                e.element().id(), e.element().name(), e.element().description(), level,
                e.how().map(HtmlExplanationPage::step).stream().toList(), e.whyNot().levels().isEmpty(),
                e.whyNot().levels().stream().map(HtmlExplanationPage::level).toList(),
                e.rule().map(HtmlExplanationPage::diagnosis).stream().toList());
    }

    private static Step step(Derivation d) {
        return new Step(ExplanationRenderer.fact(d.fact()), d.rule().map(HtmlCitation::of).stream().toList(),
                d.rule().isEmpty(), d.premises().stream().map(HtmlExplanationPage::step).toList());
    }

    private static LevelView level(WhyNot.LevelNotReached level) {
        return new LevelView(level.level(), level.heldBackBy().stream()
                .map(h -> h.dimension() + " (ceiling " + h.ceiling() + ")").collect(Collectors.joining(", ")),
                level.heldBackBy().stream().map(h -> new HeldView(h.dimension(), h.ceiling(),
                        HtmlCitation.of(h.ceilingRule()), h.alternatives().stream()
                                .map(a -> new AlternativeView(HtmlCitation.of(a.rule()),
                                        ConditionTable.of(a.failedConditions())))
                                .toList())).toList());
    }

    private static DiagnosisView diagnosis(RuleDiagnosis d) {
        return new DiagnosisView(HtmlCitation.of(d.rule()),
                d.firedForElement() ? "FIRED for this element." : "did NOT fire for this element.",
                d.patterns().stream().map(HtmlExplanationPage::pattern).toList());
    }

    private static PatternView pattern(PatternCheck p) {
        String verdict = p.kind().equals("unchecked") ? "not checked (accumulate/from/or)"
                : p.holds() ? "holds" : "does not hold";
        return new PatternView(p.source(), verdict, p.kind().equals("not") ? "matching fact" : "closest fact",
                p.fact().stream().toList(), ConditionTable.of(p.conditions()));
    }

    private static ConditionView condition(ConditionCheck c) {
        return new ConditionView(c.passed().map(ok -> ok ? "passed" : "FAILED").orElse("not checked"), c.failed(),
                c.evaluated(), ExplanationRenderer.actual(c.actual()));
    }
}
