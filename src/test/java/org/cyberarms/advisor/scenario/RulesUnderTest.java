package org.cyberarms.advisor.scenario;

import java.nio.file.Path;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;

/** The real rules and the small fixture knowledge whose answers are known by hand. */
final class RulesUnderTest {

    static final Path SMALL = Path.of("src/test/resources/scenario-fixtures/small");

    private RulesUnderTest() {}

    static Evaluator<RuleRuntimeException> bundledRules() throws Exception {
        RuleBase ruleBase = Fixtures.bundledRuleBase();
        return k -> ruleBase.evaluate(k, RunLimits.DEFAULT);
    }

    static Evaluator<RuleRuntimeException> rules(Path dir) throws Exception {
        RuleBase ruleBase = new RuleBaseCompiler().compile(dir);
        return k -> ruleBase.evaluate(k, RunLimits.DEFAULT);
    }

    static Knowledge small() throws Exception {
        return new KnowledgeLoader().load(SMALL);
    }
}
