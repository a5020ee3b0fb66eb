package org.cyberarms.advisor.report;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.engine.Explainer;
import org.cyberarms.advisor.scenario.Comparison;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.scenario.PathSearch;
import org.cyberarms.advisor.scenario.Scenario;
import org.cyberarms.advisor.scenario.ScenarioComparison;
import org.cyberarms.advisor.scenario.ScenarioLoader;
import org.cyberarms.advisor.scenario.Sensitivity;
import org.cyberarms.advisor.scenario.SensitivityResult;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.trace.RunStamp;
import org.cyberarms.advisor.uncertainty.MonteCarlo;
import org.cyberarms.advisor.uncertainty.UncertaintyResult;

/**
 * Runs the real rules (the bundled {@code rules/} folder, built once per test run) on a knowledge folder and
 * builds the report with a fixed stamp, so that reports are byte-for-byte reproducible.
 */
final class ReportFixtures {

    static final Path BUNDLED_KNOWLEDGE = Path.of("knowledge");
    static final Instant FIXED_INSTANT = Instant.parse("2026-01-15T09:30:00Z");

    private ReportFixtures() {}

    static RuleBase ruleBase() throws Exception {
        return Fixtures.bundledRuleBase();
    }

    static FeasibilityReport report(Path knowledgeDir) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(knowledgeDir);
        Outcome outcome = outcome(knowledge);
        return FeasibilityReport.of(knowledge, outcome, stamp(knowledge),
                WhatItWouldTakeSearch.of(knowledge, outcome, ReportFixtures::whatIfOutcome));
    }

    static Outcome outcome(Knowledge knowledge) throws Exception {
        return ruleBase().evaluate(knowledge, RunLimits.DEFAULT);
    }

    static FeasibilityReport bundledReport() throws Exception {
        return report(BUNDLED_KNOWLEDGE);
    }

    /** The bundled scenarios named, each compared with the bundled baseline as {@code advisor whatif} does. */
    static Comparison bundledComparison(String... scenarios) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);
        ScenarioLoader loader = ScenarioLoader.besideKnowledge(BUNDLED_KNOWLEDGE);
        List<List<Scenario>> chains = new ArrayList<>();
        for (String scenario : scenarios) {
            chains.add(loader.load(scenario, knowledge));
        }
        return ScenarioComparison.run(knowledge, chains, ReportFixtures::whatIfOutcome);
    }

    /** {@code advisor path --target TARGET} on the bundled knowledge, with the command's default bounds. */
    static List<PathResult> bundledPaths(String target) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);
        return new PathSearch(knowledge, new PathSearch.Options(target, List.of(), 8, 3))
                .belowTarget(ReportFixtures::whatIfOutcome);
    }

    /** {@code advisor sensitivity} on the bundled knowledge. */
    static SensitivityResult bundledSensitivity() throws Exception {
        return Sensitivity.analyse(new KnowledgeLoader().load(BUNDLED_KNOWLEDGE), ReportFixtures::whatIfOutcome);
    }

    /** {@code advisor uncertainty --samples 200 --seed 7} on the bundled knowledge: small, and the same every time. */
    static UncertaintyResult bundledUncertainty() throws Exception {
        RuleBase rules = ruleBase();
        return new MonteCarlo(new KnowledgeLoader().load(BUNDLED_KNOWLEDGE), batch -> rules.conclude(batch,
                RunLimits.DEFAULT)).run(200, 7, 2, 5000, done -> { });
    }

    /** A run as the what-if commands make it: firings and facts recorded, not every event. */
    static Outcome whatIfOutcome(Knowledge knowledge) throws Exception {
        return ruleBase().evaluate(knowledge, RunLimits.DEFAULT, TraceDetail.FIRINGS_AND_FACTS);
    }

    /** What {@code advisor explain ELEMENT [--rule RULE]} says, on the knowledge in {@code knowledgeDir}. */
    static Explanation explanation(Path knowledgeDir, String elementId, Optional<String> rule) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(knowledgeDir);
        Outcome outcome = outcome(knowledge);
        Explainer explainer = new Explainer(ruleBase());
        Optional<RuleDiagnosis> diagnosis = rule.map(r -> explainer.diagnose(knowledge, outcome, elementId, r));
        return Explanation.of(knowledge, outcome, elementId, explainer.whyNot(knowledge, outcome, elementId),
                diagnosis, ReportFixtures::whatIfOutcome);
    }

    /** {@code advisor explain ELEMENT [--rule RULE] --format html}. */
    static String explanationPage(Path knowledgeDir, String elementId, Optional<String> rule) throws Exception {
        return org.cyberarms.advisor.document.Backend.of(org.cyberarms.advisor.document.Format.HTML)
                .render(ExplanationDocument.of(explanation(knowledgeDir, elementId, rule), true));
    }

    static RunStamp stamp(Knowledge knowledge) throws Exception {
        List<SourceFile> inputs = new ArrayList<>(knowledge.files());
        inputs.addAll(ruleBase().sourceFiles());
        return new RunStamp("test", FIXED_INSTANT, inputs);
    }
}
