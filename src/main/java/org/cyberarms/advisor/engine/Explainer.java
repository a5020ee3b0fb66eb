package org.cyberarms.advisor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Level;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.ConditionCheck;
import org.cyberarms.advisor.trace.MatchedFact;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.PatternCheck;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.trace.RuleRef;
import org.cyberarms.advisor.trace.WhyNot;

/**
 * Answers WHY NOT for one element: checks rules' conditions, one constraint at a time and with the real
 * engine ({@link ConditionProbe}), against the element's actual facts (its element and assessments, the
 * levels, and what the rules concluded about it).
 *
 * <p>For the levels above the one reached, it follows the bundled rules' design: the level is the lowest
 * ceiling, so a higher level is prevented by every dimension whose ceiling lies below it, and the rules that
 * could lift that dimension's ceiling high enough are the rules concluding a {@code Ceiling} whose
 * {@code Level} pattern admits a level at least that high.
 */
public final class Explainer {

    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.])([a-zA-Z_]\\w*)(?!\\s*\\()");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private final RuleBase ruleBase;
    private final RuleConditions conditions;

    public Explainer(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.conditions = ruleBase.conditions();
    }

    /** Every condition of {@code ruleName} checked against the facts of {@code elementId}. */
    public RuleDiagnosis diagnose(Knowledge knowledge, Outcome outcome, String elementId, String ruleName) {
        RuleConditions.RuleShape shape = conditions.rule(ruleName).orElseThrow(() -> new IllegalArgumentException(
                "no rule named \"" + ruleName + "\" in the rule files; rule names are case-sensitive"));
        List<Object> pool = factsOf(knowledge, outcome, elementId);
        ConditionProbe probe = ConditionProbe.run(List.of(shape), pool);
        return diagnose(shape, pool, probe, outcome, elementId);
    }

    public WhyNot whyNot(Knowledge knowledge, Outcome outcome, String elementId) {
        List<Object> pool = factsOf(knowledge, outcome, elementId);
        List<RuleConditions.RuleShape> ceilingRules = conditions.all().stream()
                .filter(s -> s.concludes().contains(Ceiling.class.getSimpleName()))
                .sorted(Comparator.comparing((RuleConditions.RuleShape s) -> ref(s.name()).file())
                        .thenComparingInt(s -> ref(s.name()).line()))
                .toList();
        ConditionProbe probe = ConditionProbe.run(ceilingRules, pool);
        Optional<Conclusion<ElementLevel>> reached = outcome.levelOf(elementId);
        int reachedRank = reached.map(c -> c.fact().rank()).orElse(-1);
        List<Conclusion<Ceiling>> ceilings = outcome.ceilingsOf(elementId);
        List<Level> levels = levels(knowledge);
        List<WhyNot.LevelNotReached> notReached = new ArrayList<>();
        for (Level level : levels) {
            if (level.rank() <= reachedRank) {
                continue;
            }
            List<WhyNot.HeldBack> heldBack = new ArrayList<>();
            for (Conclusion<Ceiling> ceiling : ceilings) {
                if (ceiling.fact().levelRank() >= level.rank()) {
                    continue;
                }
                String dimension = ceiling.fact().dimension();
                List<Object> candidates = pool.stream().filter(f -> !(f instanceof Level l) || l.rank() >= level.rank())
                        .filter(f -> ConditionProbe.field(f, "dimension").map(dimension::equals).orElse(true))
                        .toList();
                List<RuleDiagnosis> alternatives = new ArrayList<>();
                for (RuleConditions.RuleShape shape : ceilingRules) {
                    RuleDiagnosis d = diagnose(shape, candidates, probe, outcome, elementId);
                    boolean reachesLevel = d.patterns().stream()
                            .filter(p -> p.objectType().equals(Level.class.getSimpleName()))
                            .allMatch(PatternCheck::holds);
                    if (reachesLevel) {
                        alternatives.add(d);
                    }
                }
                heldBack.add(new WhyNot.HeldBack(dimension, ceiling.fact().level(), ceiling.firedBy().rule(), alternatives));
            }
            notReached.add(new WhyNot.LevelNotReached(level.name(), level.rank(), heldBack));
        }
        return new WhyNot(elementId, reached.map(c -> c.fact().level()).orElse(""), notReached);
    }

    private RuleDiagnosis diagnose(RuleConditions.RuleShape shape, List<Object> candidates, ConditionProbe probe,
            Outcome outcome, String elementId) {
        Map<String, String> bindings = new LinkedHashMap<>();
        List<PatternCheck> patterns = new ArrayList<>();
        for (RuleConditions.Condition c : shape.conditions()) {
            if (c.kind().equals("unchecked")) {
                patterns.add(new PatternCheck("unchecked", c.text(), c.objectType(), Optional.empty(), List.of(), true));
                continue;
            }
            Object best = null;
            List<ConditionCheck> bestChecks = List.of();
            int bestPassed = -1;
            boolean anyMatchesAll = false;
            Object matchingAll = null;
            List<ConditionCheck> matchingAllChecks = List.of();
            for (Object fact : candidates) {
                if (!fact.getClass().getSimpleName().equals(c.objectType())) {
                    continue;
                }
                List<ConditionCheck> checks = checks(c, fact, bindings, probe);
                int passed = (int) checks.stream().filter(k -> k.passed().orElse(false)).count();
                boolean all = checks.stream().noneMatch(ConditionCheck::failed);
                if (all && !anyMatchesAll) {
                    anyMatchesAll = true;
                    matchingAll = fact;
                    matchingAllChecks = checks;
                }
                if (passed > bestPassed) {
                    best = fact;
                    bestChecks = checks;
                    bestPassed = passed;
                }
            }
            if (anyMatchesAll) {
                best = matchingAll;
                bestChecks = matchingAllChecks;
            }
            boolean holds = c.kind().equals("not") ? !anyMatchesAll : anyMatchesAll;
            patterns.add(new PatternCheck(c.kind(), c.text(), c.objectType(),
                    Optional.ofNullable(best), bestChecks, holds));
            if (best != null && !c.kind().equals("not")) {
                bind(c, best, bindings);
            }
        }
        return new RuleDiagnosis(ref(shape.name()), patterns, firedFor(outcome, shape.name(), elementId));
    }

    private static List<ConditionCheck> checks(RuleConditions.Condition c, Object fact, Map<String, String> bindings,
            ConditionProbe probe) {
        List<ConditionCheck> checks = new ArrayList<>();
        for (String constraint : c.constraints()) {
            if (ConditionProbe.BINDING_ONLY.matcher(constraint).matches()) {
                continue;
            }
            String evaluated = ConditionProbe.test(constraint);
            for (Map.Entry<String, String> b : bindings.entrySet()) {
                evaluated = ConditionProbe.substitute(evaluated, b.getKey(), b.getValue());
            }
            checks.add(new ConditionCheck(constraint, evaluated, probe.passes(fact, c.objectType(), evaluated),
                    actualValues(fact, evaluated)));
        }
        return checks;
    }

    private static void bind(RuleConditions.Condition c, Object fact, Map<String, String> bindings) {
        for (String constraint : c.constraints()) {
            Matcher m = ConditionProbe.BINDING_ONLY.matcher(constraint);
            if (m.matches()) {
                ConditionProbe.field(fact, m.group(2)).flatMap(ConditionProbe::literal)
                        .ifPresent(v -> bindings.put(m.group(1), v));
            }
        }
    }

    /** The fact's values of the fields a constraint names. */
    private static Map<String, String> actualValues(Object fact, String constraint) {
        Map<String, String> values = new TreeMap<>();
        Matcher m = IDENTIFIER.matcher(STRING.matcher(constraint).replaceAll("\"\""));
        while (m.find()) {
            String name = m.group(1);
            ConditionProbe.field(fact, name).ifPresent(v -> values.put(name, String.valueOf(v)));
        }
        return values;
    }

    private static boolean firedFor(Outcome outcome, String rule, String elementId) {
        return outcome.standingFirings().stream().filter(f -> f.rule().name().equals(rule))
                .anyMatch(f -> f.matched().stream().map(MatchedFact::fact).anyMatch(x -> belongsTo(x, elementId)));
    }

    /** The element, its assessments, the levels, and every conclusion about it: what its rules can match. */
    private static List<Object> factsOf(Knowledge knowledge, Outcome outcome, String elementId) {
        Element element = knowledge.element(elementId).orElseThrow(() -> new IllegalArgumentException(
                "no element " + elementId + " in the knowledge; the ids are "
                        + knowledge.elements().stream().map(Element::id).toList()));
        List<Object> pool = new ArrayList<>(levels(knowledge));
        pool.add(element);
        pool.addAll(knowledge.assessmentsOf(elementId));
        outcome.conclusions().stream().map(Conclusion::fact).filter(f -> belongsTo(f, elementId)).forEach(pool::add);
        return pool;
    }

    private static boolean belongsTo(Object fact, String elementId) {
        if (fact instanceof Element e) {
            return e.id().equals(elementId);
        }
        if (fact instanceof List<?> ids) {
            return ids.contains(elementId); // ids an accumulate collected: "blocks several elements"
        }
        Optional<Object> id = ConditionProbe.field(fact, "elementId");
        if (id.isPresent()) {
            return id.get().equals(elementId);
        }
        return ConditionProbe.field(fact, "elementIds").map(ids -> ids instanceof List<?> l && l.contains(elementId))
                .orElse(false);
    }

    private static List<Level> levels(Knowledge knowledge) {
        Scale scale = knowledge.model().levels();
        List<Level> levels = new ArrayList<>();
        for (int rank = 0; rank < scale.steps().size(); rank++) {
            levels.add(new Level(scale.steps().get(rank).name(), rank, scale.steps().get(rank).meaning()));
        }
        return levels;
    }

    private RuleRef ref(String name) {
        return ruleBase.rules().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElse(new RuleRef(name, "", 0, Map.of()));
    }
}
