package org.cyberarms.advisor.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A document computed under a what-if says so first, in every format, whatever answer it is. */
class WhatIfBannerTest {

    private static final WhatIf WHAT_IF = new WhatIf("attribution-mechanism", Optional.of("An attribution body exists"),
            List.of(new WhatIf.Change("E03", "attribution", "Attribution", "status", "none", "partial")));

    private static Document answer() {
        var data = JsonPrinter.object();
        data.put("schema", "advisor-test/1");
        data.put("level", "possible");
        return new Document("Some answer", Optional.of(WHAT_IF),
                List.of(new Block.Section("", Text.of("E03"), List.of(Block.Paragraph.of("E03 is possible.")))),
                Optional.of(data), Optional.empty());
    }

    @Test
    void textAndMarkdownOpenWithTheBannerTheScenarioAndEveryChange() {
        for (Format format : List.of(Format.TEXT, Format.MARKDOWN)) {
            List<String> lines = Backend.of(format).render(answer()).lines().limit(10).toList();
            assertThat(String.join("\n", lines)).as(format.word())
                    .contains(WhatIf.HEADLINE, "attribution-mechanism", "E03 Attribution status: none -> partial");
            assertThat(lines.get(0)).as(format.word()).contains(WhatIf.HEADLINE);
        }
    }

    @Test
    void htmlShowsTheBannerBeforeTheTitle() {
        String html = Backend.of(Format.HTML).render(answer());
        assertThat(html.indexOf(WhatIf.HEADLINE)).isPositive().isLessThan(html.indexOf("<h1>"));
        assertThat(html).contains("<title>WHAT-IF: Some answer</title>");
    }

    @Test
    void jsonCarriesATopLevelScenarioObjectRightAfterTheSchema() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Backend.of(Format.JSON).render(answer()));
        assertThat(json.fieldNames()).toIterable().containsExactly("schema", "scenario", "level");
        assertThat(json.at("/scenario/changes/0/to").asText()).isEqualTo("partial");
        assertThat(json.at("/scenario/notice").asText()).isEqualTo(WhatIf.HEADLINE);
    }

    @Test
    void theAssessmentCarriesNoBanner() {
        Document assessment = answer().withWhatIf(Optional.empty());
        for (Format format : List.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON)) {
            assertThat(Backend.of(format).render(assessment)).as(format.word()).doesNotContain("WHAT-IF");
        }
    }
}
