package org.cyberarms.advisor.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.trace.RunStamp;

/**
 * The validated knowledge and the built rules of one run. Knowledge is loaded first: when it is invalid,
 * no rule is built or run.
 */
record Inputs(Knowledge knowledge, RuleBase ruleBase, RunLimits limits) {

    static Inputs load(InputOptions options) throws KnowledgeException, RuleBuildException {
        Knowledge knowledge = new KnowledgeLoader().load(options.knowledgeDir);
        RuleBase ruleBase = new RuleBaseCompiler().compile(options.rulesDir);
        RunLimits limits = new RunLimits(options.maxFirings, Duration.ofSeconds(options.maxSeconds));
        return new Inputs(knowledge, ruleBase, limits);
    }

    /** Version, time and the hash of every knowledge and rule file read. */
    RunStamp stamp() {
        List<SourceFile> files = new ArrayList<>(knowledge.files());
        files.addAll(ruleBase.sourceFiles());
        return new RunStamp(AdvisorVersion.current(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), files);
    }
}
