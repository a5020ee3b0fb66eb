package org.cyberarms.advisor.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.scenario.ScenarioOverlay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uncertainty sampled under a what-if opens with its banner in every format, as every other answer does. */
class UncertaintyDocumentTest {

    private static Document underAScenario;

    @BeforeAll
    static void sampleUnderAScenario() throws Exception {
        Knowledge bundled = new KnowledgeLoader().load(Fixtures.BUNDLED_KNOWLEDGE);
        ScenarioOverlay.Applied applied = ScenarioOverlay.overlay(bundled, Fixtures.BUNDLED_KNOWLEDGE,
                List.of("attribution-mechanism"), List.of("E03.verification=partial"));
        RuleBase rules = Fixtures.bundledRuleBase();
        UncertaintyResult result = new MonteCarlo(applied.knowledge(), batch -> rules.conclude(batch, RunLimits.DEFAULT))
                .run(50, 3, 1, 50, done -> { });
        underAScenario = UncertaintyDocument.of(result, applied.knowledge().model(), applied.whatIf());
    }

    @Test
    void textAndMarkdownOpenWithTheBannerAndEveryChangeInTheFirstTenLines() {
        for (Format format : List.of(Format.TEXT, Format.MARKDOWN)) {
            String opening = String.join("\n", Backend.of(format).render(underAScenario).lines().limit(10).toList());

            assertThat(opening).as(format.word()).contains(WhatIf.HEADLINE, "attribution-mechanism + --set",
                    "E03 Attribution status: none -> substantial", "E03 Verification status: none -> partial");
        }
    }

    @Test
    void htmlShowsTheBannerBeforeTheTitleAndJsonATopLevelScenario() throws Exception {
        String html = Backend.of(Format.HTML).render(underAScenario);
        JsonNode json = new ObjectMapper().readTree(Backend.of(Format.JSON).render(underAScenario));

        assertThat(html.indexOf(WhatIf.HEADLINE)).isPositive().isLessThan(html.indexOf("<h1>"));
        assertThat(json.fieldNames().next()).isEqualTo("schema");
        assertThat(json.at("/scenario/name").asText()).isEqualTo("attribution-mechanism + --set");
        assertThat(json.at("/scenario/changes")).hasSize(8);
    }
}
