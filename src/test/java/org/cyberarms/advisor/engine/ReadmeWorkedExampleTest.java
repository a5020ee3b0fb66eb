package org.cyberarms.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.bundledRuleBase;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;

import java.nio.file.Path;

import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README.md's worked example of changing a rule does what the README says it does. */
class ReadmeWorkedExampleTest {

    @Test
    void liftingTheHelpfulDimensionCeilingRaisesE16ToFeasible(@TempDir Path tmp) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(BUNDLED_KNOWLEDGE);
        assertThat(levelOfE16(bundledRuleBase(), knowledge)).isEqualTo("likely");
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));

        edit(rules.resolve("constraints.drl"),
                "$a : Assessment( reliance == \"helpful\", status in (\"none\", \"weak\") )\n    $l : Level( name == \"likely\" )",
                "$a : Assessment( reliance == \"helpful\", status in (\"none\", \"weak\") )\n    $l : Level( name == \"feasible\" )");

        assertThat(levelOfE16(new RuleBaseCompiler().compile(rules), knowledge)).isEqualTo("feasible");
    }

    private static String levelOfE16(RuleBase rules, Knowledge knowledge) throws Exception {
        return rules.evaluate(knowledge, RunLimits.DEFAULT)
                .levelOf("E16").orElseThrow().fact().level();
    }
}
