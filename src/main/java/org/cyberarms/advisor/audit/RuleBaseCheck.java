package org.cyberarms.advisor.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RuleProblem;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Recommendation;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleRef;

/**
 * Checks a rule base the way an analyst's edit can break it, with the real rules: it builds them, then runs
 * every combination of reliance and status over the model's dimensions, for one element, through them and
 * reports combinations that get no level (a gap) or more than one (a conflict), unlikely outcomes with no
 * recommendation, rules that fire on no combination (dead rules; the knowledge folder's own run also
 * counts, for rules about provenance, round movement or panels, which the combinations do not vary), and
 * rules without {@code @rationale}. A fallback rule (one that concludes a fact only when no rule made it yet,
 * as "Any other blocking dimension") is not dead when it never fires: it is not needed while the specific
 * rules cover every case.
 *
 * <p>Combinations are batched, many synthetic elements per session, so that the check stays fast; the
 * cross-element rules (practical actions) fire within each batch.
 */
public final class RuleBaseCheck {

    public static final int DEFAULT_BATCH = 1_000;
    private static final RunLimits LIMITS = new RunLimits(Integer.MAX_VALUE, Duration.ofMinutes(10));

    private final int batchSize;

    public RuleBaseCheck(int batchSize) {
        this.batchSize = batchSize;
    }

    public CheckResult check(Path rulesDir, Knowledge knowledge) throws RuleRuntimeException {
        RuleBase rules;
        try {
            rules = new RuleBaseCompiler().compile(rulesDir);
            rules.checkVocabulary(knowledge);
        } catch (RuleBuildException e) {
            List<CheckFinding> findings = new ArrayList<>();
            for (RuleProblem p : e.problems()) {
                findings.add(new CheckFinding("build", where(p), p.message()));
            }
            return new CheckResult(findings, 0, 0, "nothing (the rules do not build)");
        }
        MaturityModel model = knowledge.model();
        List<String> dimensions = model.dimensionIds();
        List<String> reliances = model.reliances().names();
        List<String> statuses = model.statuses().names();
        int perDimension = reliances.size() * statuses.size();
        long total = 1;
        for (int i = 0; i < dimensions.size(); i++) {
            total *= perDimension;
        }
        String lowest = model.levels().steps().get(0).name();

        Set<String> fired = new HashSet<>();
        rules.evaluate(knowledge, LIMITS, TraceDetail.FIRINGS_AND_FACTS).firings().forEach(f -> fired.add(f.rule().name()));
        Tally gaps = new Tally();
        Tally conflicts = new Tally();
        Tally unadvised = new Tally();
        for (long start = 0; start < total; start += batchSize) {
            long end = Math.min(total, start + batchSize);
            List<Element> elements = new ArrayList<>();
            List<Assessment> assessments = new ArrayList<>();
            Map<String, String> described = new HashMap<>();
            for (long c = start; c < end; c++) {
                String id = "C" + c;
                elements.add(new Element(id, "combination " + c, "", List.of(), "enumeration"));
                long rest = c;
                List<String> parts = new ArrayList<>();
                for (String dimension : dimensions) {
                    int cell = (int) (rest % perDimension);
                    rest /= perDimension;
                    String reliance = reliances.get(cell / statuses.size());
                    int rank = cell % statuses.size();
                    String status = statuses.get(rank);
                    assessments.add(new Assessment(id, dimension, reliance, List.of(status, status, status),
                            List.of(rank, rank, rank), List.of(), List.of()));
                    parts.add(dimension + " " + reliance + "/" + status);
                }
                described.put(id, String.join(", ", parts));
            }
            Outcome outcome = rules.evaluate(new Knowledge(model, elements, assessments, knowledge.provenance(),
                    List.of()), LIMITS, TraceDetail.FIRINGS_AND_FACTS);
            outcome.firings().forEach(f -> fired.add(f.rule().name()));
            Map<String, List<String>> levels = new HashMap<>();
            for (Conclusion<ElementLevel> l : outcome.all(ElementLevel.class)) {
                levels.computeIfAbsent(l.fact().elementId(), k -> new ArrayList<>())
                        .add(l.fact().level() + " (by \"" + l.firedBy().rule().name() + "\")");
            }
            Set<String> advised = new HashSet<>();
            outcome.all(Recommendation.class).forEach(r -> advised.add(r.fact().elementId()));
            for (Element e : elements) {
                List<String> got = levels.getOrDefault(e.id(), List.of());
                if (got.isEmpty()) {
                    gaps.add(described.get(e.id()));
                } else if (got.size() > 1) {
                    conflicts.add(described.get(e.id()) + " -> " + String.join(" and ", got));
                } else if (got.get(0).startsWith(lowest + " ") && !advised.contains(e.id())) {
                    unadvised.add(described.get(e.id()));
                }
            }
        }

        List<CheckFinding> findings = new ArrayList<>();
        if (gaps.count > 0) {
            findings.add(new CheckFinding("gap", "", gaps.count + " of " + total
                    + " combinations get no maturity level; no rule concludes one for, e.g.: " + gaps.example
                    + ". Add or widen a rule so that every combination gets a level."));
        }
        if (conflicts.count > 0) {
            findings.add(new CheckFinding("conflict", "", conflicts.count + " of " + total
                    + " combinations get more than one maturity level, e.g.: " + conflicts.example
                    + ". Make the level rules exclusive (e.g. guard with 'not ElementLevel(...)')."));
        }
        if (unadvised.count > 0) {
            findings.add(new CheckFinding("no-recommendation", "", unadvised.count + " of " + total
                    + " combinations end '" + lowest + "' with no recommendation, e.g.: " + unadvised.example
                    + ". Every " + lowest + " element needs at least one recommendation."));
        }
        Set<String> fallbacks = rules.fallbackRules();
        for (RuleRef rule : rules.rules()) {
            if (!fired.contains(rule.name()) && !fallbacks.contains(rule.name())) {
                findings.add(new CheckFinding("dead-rule", rule.location(), "rule \"" + rule.name()
                        + "\" fires on none of the " + total + " combinations nor on the knowledge in "
                        + "the knowledge folder: one of its conditions can never hold (a misspelt value or field?)."));
            }
            if (rule.rationale().filter(r -> !r.isBlank()).isEmpty()) {
                findings.add(new CheckFinding("no-rationale", rule.location(), "rule \"" + rule.name()
                        + "\" has no @rationale(\"...\"): the report cannot say why it concludes what it does."));
            }
        }
        String enumerated = dimensions.size() + " dimensions x " + reliances.size() + " reliances x "
                + statuses.size() + " statuses";
        return new CheckResult(findings, total, rules.rules().size(), enumerated);
    }

    private static String where(RuleProblem p) {
        StringBuilder at = new StringBuilder(p.file());
        if (p.line() > 0) {
            at.append(':').append(p.line());
            if (p.column() > 0) {
                at.append(':').append(p.column());
            }
        }
        return at.toString();
    }

    /** How many combinations showed a problem, and the first of them as the example. */
    private static final class Tally {
        long count;
        String example;

        void add(String combination) {
            if (count++ == 0) {
                example = combination;
            }
        }
    }
}
