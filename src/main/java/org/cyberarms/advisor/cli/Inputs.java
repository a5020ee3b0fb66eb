package org.cyberarms.advisor.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.scenario.ScenarioOverlay;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RunStamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validated knowledge and the built rules of one run. When the knowledge is invalid, its problems are
 * reported and no rule runs (even if the rules are broken too: knowledge problems come first).
 */
record Inputs(Knowledge knowledge, RuleBase ruleBase, RunLimits limits, Optional<WhatIf> whatIf) {

    /** The assessment itself: no what-if applied. */
    Inputs(Knowledge knowledge, RuleBase ruleBase, RunLimits limits) {
        this(knowledge, ruleBase, limits, Optional.empty());
    }

    private static final Logger LOG = LoggerFactory.getLogger(Inputs.class);

    static Inputs load(InputOptions options) throws KnowledgeException, RuleBuildException {
        // Building the rules is most of a short run's time: it goes on the other core while the knowledge
        // loads (bench/cold-start.sh: about 0.3 s less per run on 2 cores).
        long start = System.nanoTime();
        FutureTask<RuleBase> rules = new FutureTask<>(() -> new RuleBaseCompiler().compile(options.rulesDir()));
        Thread builder = new Thread(rules, "rule-build");
        builder.setDaemon(true);
        builder.start();
        Knowledge knowledge = new KnowledgeLoader().load(options.knowledgeDir());
        LOG.info("read {} elements and {} assessments from {}", knowledge.elements().size(),
                knowledge.assessments().size(), names(knowledge.files()));
        RunLimits limits = new RunLimits(options.maxFirings, Duration.ofSeconds(options.maxSeconds));
        RuleBase ruleBase = built(rules);
        LOG.info("built {} rules from {} in {} ms (while the knowledge was read)", ruleBase.rules().size(),
                names(ruleBase.sourceFiles()), millisSince(start));
        ruleBase.checkVocabulary(knowledge); // the rules' words against the knowledge's scales and element ids
        return new Inputs(knowledge, ruleBase, limits);
    }

    /**
     * The inputs with the scenarios and --set changes of the command line applied over the knowledge, and
     * the what-if every answer made from them opens with ({@link #whatIf()}, empty when none was given).
     */
    static Inputs load(InputOptions options, ScenarioOptions whatIf) throws KnowledgeException, RuleBuildException {
        Inputs base = load(options);
        ScenarioOverlay.Applied applied = whatIf.apply(base.knowledge(), options.knowledgeDir());
        if (applied.knowledge() != base.knowledge()) {
            LOG.info("what-if applied: scenarios {}, --set {}", whatIf.scenarios, whatIf.sets());
        }
        return new Inputs(applied.knowledge(), base.ruleBase(), base.limits(), applied.whatIf());
    }

    /** Runs the rules once on this knowledge, saying under --verbose how many rules fired and how long it took. */
    Outcome evaluate(TraceDetail detail) throws RuleRuntimeException {
        long start = System.nanoTime();
        Outcome outcome = ruleBase.evaluate(knowledge, limits, detail);
        LOG.info("ran the rules on {} elements: {} firings ({} standing) in {} ms", knowledge.elements().size(),
                outcome.firings().size(), outcome.standingFirings().size(), millisSince(start));
        return outcome;
    }

    private static String names(List<SourceFile> files) {
        return String.join(", ", files.stream().map(SourceFile::path).toList());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static RuleBase built(FutureTask<RuleBase> rules) throws RuleBuildException {
        try {
            return rules.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules were being built", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleBuildException problems) {
                throw problems;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The same rules and limits over other knowledge (the knowledge with what-if changes applied). */
    Inputs with(Knowledge changed) {
        return new Inputs(changed, ruleBase, limits, whatIf);
    }

    /** Version, time and the hash of every knowledge and rule file read. */
    RunStamp stamp() {
        List<SourceFile> files = new ArrayList<>(knowledge.files());
        files.addAll(ruleBase.sourceFiles());
        return new RunStamp(AdvisorVersion.current(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), files);
    }
}
