package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "What it would take" as the report prints it for one element, in the model's dimension labels. */
class WhatItWouldTakeBlocksTest {

    private static FeasibilityReport report;

    @BeforeAll
    static void buildTheBundledReport() throws Exception {
        report = ReportFixtures.bundledReport();
    }

    private static ElementSection element(String id) {
        return report.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static String render(Format format, String id) {
        return Backend.of(format).render(Document.of(id, WhatItWouldTakeBlocks.of(element(id))));
    }

    /** The text backend's output with line wrapping undone, so that a sentence can be looked for whole. */
    private static String words(String rendered) {
        return rendered.replaceAll("\\s+", " ");
    }

    @Test
    void anUnlikelyElementSaysWhatReachesTheNextLevelAndTheTopWithTheRulesThatWouldFire() {
        String text = words(render(Format.TEXT, "E03"));

        assertThat(text).contains(WhatItWouldTakeBlocks.HEADING,
                "To reach possible: Attribution none -> weak and Verification none -> weak.",
                "Rules that would then fire: ", "Critical dimension weak: ceiling possible (rules/constraints.drl:37)",
                "Rules that would stop firing: ", "Critical dimension absent: ceiling unlikely (rules/constraints.drl:27)",
                "To reach feasible (the highest level): Political endorsement weak -> substantial, Attribution none"
                        + " -> substantial, Compliance weak -> partial and Verification none -> substantial.");
        assertThat(text.indexOf("To reach possible")).isLessThan(text.indexOf("To reach feasible"));
    }

    @Test
    void eachGoalEndsWithACommandThatChecksItOnOneLine() {
        String text = render(Format.TEXT, "E03");

        assertThat(text.lines()).contains("  ./advisor report --set E03.attribution=weak --set E03.verification=weak",
                "  ./advisor report --set E03.political_endorsement=substantial --set E03.attribution=substantial"
                        + " --set E03.compliance=partial --set E03.verification=substantial");
    }

    @Test
    void whenTheNextLevelIsTheTopItIsSaidOnce() {
        String text = words(render(Format.TEXT, "E16"));

        assertThat(text).contains("To reach feasible (the highest level): Attribution weak -> partial.");
        assertThat(text.split("To reach ", -1)).hasSize(2);
    }

    @Test
    void anElementAtTheTopNeedsNothing() {
        assertThat(words(render(Format.TEXT, "E11"))).contains("Nothing: feasible is the highest level of the model.");
    }

    @Test
    void aLevelOutOfReachSaysSoAndWhy() {
        ElementSection e16 = element("E16");
        WhatItWouldTake.Goal out = new WhatItWouldTake.Goal("feasible", List.of(), "", List.of(), List.of(),
                java.util.Optional.of("even with every dimension that may change at strong, the rules conclude likely"));
        ElementSection capped = new ElementSection(e16.id(), e16.name(), e16.description(), e16.drawnFrom(), e16.level(),
                e16.levelRule(), false, e16.blockingDimensions(), e16.recommendations(), e16.caveats(),
                e16.standings(), java.util.Optional.of(new WhatItWouldTake("likely", out, out)));

        String text = words(Backend.of(Format.TEXT).render(Document.of("E16", WhatItWouldTakeBlocks.of(capped))));

        assertThat(text).contains("To reach feasible (the highest level): not reachable by status changes alone;"
                + " even with every dimension that may change at strong, the rules conclude likely.");
        assertThat(text).doesNotContain("./advisor report");
    }

    @Test
    void everyFormatPrintsIt() {
        for (Format format : List.of(Format.TEXT, Format.MARKDOWN, Format.HTML)) {
            String arrow = format == Format.HTML ? " -&gt; " : " -> ";
            assertThat(render(format, "E07")).as(format.word())
                    .contains(WhatItWouldTakeBlocks.HEADING, "Political endorsement weak" + arrow + "partial");
        }
        assertThat(WhatItWouldTakeBlocks.of(element("E07"))).singleElement().isInstanceOf(Block.Section.class);
    }
}
