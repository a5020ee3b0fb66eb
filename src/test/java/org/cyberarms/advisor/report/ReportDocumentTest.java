package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.document.Mark;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the full report document says and how it marks what matters, whatever the format. */
class ReportDocumentTest {

    private static FeasibilityReport report;
    private static Document document;

    @BeforeAll
    static void buildTheBundledReport() throws Exception {
        report = ReportFixtures.bundledReport();
        document = ReportDocument.of(report);
    }

    // ------------------------------------------------------------------------------------------- heatmap

    @Test
    void aDimensionTheElementDoesNotNeedIsMutedNotShadedDark() {
        Block.Cell e08Attribution = heatmapCell("E08", "Attribution");

        assertThat(e08Attribution.text().plain()).isEqualTo("none / not-needed");
        assertThat(e08Attribution.marks()).containsExactly(Mark.MUTED);
        assertThat(html()).contains("<td class=\"muted\">none / not-needed</td>");
        assertThat(HtmlReportRendererTest.heatmap(html()))
                .as("no cell of a dimension the element does not need gets a status colour")
                .doesNotContainPattern("style=\"[^\"]*\">[a-z]+ / not-needed<");
    }

    @Test
    void aDimensionThatHoldsTheElementDownIsOutlinedAndSaysItBlocks() {
        Block.Cell e03Attribution = heatmapCell("E03", "Attribution");

        assertThat(e03Attribution.text().plain()).isEqualTo("none / critical — blocks");
        assertThat(e03Attribution.marks()).containsExactly(Mark.BLOCKING);
        assertThat(heatmapCell("E03", "Political endorsement").marks()).as("weak, but not what holds E03 down")
                .isEmpty();
        assertThat(html()).containsPattern("<td class=\"shaded blocking\" style=\"background:#[0-9a-f]{6};color:#[0-9a-f]{6}\">"
                + "none / critical — blocks<span class=\"visually-hidden\"> \\(holds it down\\)</span></td>");
        assertThat(render(Format.TEXT)).contains("blocks!");
    }

    @Test
    void everyBlockingDimensionAndNoOtherIsMarkedInTheHeatmap() {
        for (ElementSection element : report.elements()) {
            for (FeasibilityReport.DimensionStanding standing : element.standings()) {
                boolean marked = heatmapCell(element.id(), standing.name()).marks().contains(Mark.BLOCKING);
                assertThat(marked).as("%s %s", element.id(), standing.name())
                        .isEqualTo(element.blockingDimensions().stream()
                                .anyMatch(b -> b.dimension().equals(standing.dimension())));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- elements

    @Test
    void elementChartsShowRelianceGreyForWhatIsNotNeededAndOutlinedForWhatBlocks() {
        Block.Figure e08 = figure("E08");

        assertThat(e08.description()).contains("Attribution none, reliance not-needed")
                .contains("Verification none, reliance critical — blocks");
        assertThat(e08.svg()).contains(">none, reliance not-needed</text>")
                .contains("fill=\"" + SvgBarChart.MUTED_FILL + "\" stroke=\"#767676\"")
                .contains(">none, reliance critical — blocks</text>")
                .contains("stroke=\"#000000\" stroke-width=\"3\"");
    }

    @Test
    void everyElementShowsTheArticlesItIsDrawnFrom() {
        String text = render(Format.TEXT);

        assertThat(section(text, "E03 General prohibition of use: unlikely"))
                .contains("Drawn from: CWC Art I(1)(b); Mine Ban Convention Art 1; CCM Art 1.");
        assertThat(text.lines().filter(l -> l.startsWith("Drawn from: "))).hasSize(16);
        assertThat(html()).contains("<p>Drawn from: ATT Art 18; CWC Art VIII (OPCW); BWC Implementation Support Unit.</p>");
    }

    @Test
    void eachElementTellsItsLevelWhyWhatHoldsItDownRecommendationsAndCaveatsInThatOrder() {
        String e03 = section(render(Format.TEXT), "E03 General prohibition of use: unlikely");

        assertThat(e03).containsSubsequence("Level: unlikely — ", "Drawn from: ", "Why this level",
                "Concluded by rule \"Level is the lowest ceiling\"", "What holds it down",
                "Attribution: none in round 3 (rounds: none -> none -> none); reliance critical. Sets a ceiling of"
                        + " unlikely.",
                "By rule \"Critical dimension absent: ceiling unlikely\" (rules/constraints.drl:",
                "Recommendations", "Caveats");
    }

    @Test
    void theReportOpensWithTheSummaryAndEndsWithTheGlossary() {
        List<String> parts = document.blocks().stream().filter(b -> b instanceof Block.Section)
                .map(b -> ((Block.Section) b).heading().plain()).toList();

        assertThat(parts.get(0)).isEqualTo("Summary: 16 elements by level");
        assertThat(parts.get(1)).startsWith("E01 ");
        assertThat(parts.subList(parts.size() - 4, parts.size())).containsExactly(
                "Practical actions (across elements)", "Where the data comes from", "Run", "Glossary");
    }

    @Test
    void theGlossaryExplainsEveryLevelStatusAndRelianceAndTheStatisticalTerms() {
        Block.Section glossary = (Block.Section) document.blocks().get(document.blocks().size() - 1);
        List<String> terms = ((Block.Definitions) glossary.blocks().get(0)).definitions().stream()
                .map(Block.Definition::term).toList();

        assertThat(terms).contains("Level", "Status", "Reliance", "IQR (interquartile range)", "Modal level",
                "Wilson interval");
        report.scales().levels().forEach(s -> assertThat(terms).contains(s.name() + " (level)"));
        report.scales().statusSteps().forEach(s -> assertThat(terms).contains(s.name() + " (status)"));
        report.scales().relianceSteps().forEach(s -> assertThat(terms).contains(s.name() + " (reliance)"));
        assertThat(render(Format.MARKDOWN)).contains("- **not-needed (reliance)**: The element works whatever");
        assertThat(html()).contains("<section id=\"glossary\">\n<h2>Glossary</h2>\n<dl>\n<dt>Level</dt>");
    }

    @Test
    void aPracticalActionsListOfElementsEndsWithAFullStopNotAStraySemicolon() {
        for (Format format : List.of(Format.TEXT, Format.MARKDOWN, Format.HTML)) {
            String rendered = render(format);
            int at = rendered.indexOf("For: ");
            assertThat(at).as(format.word()).isPositive();
            String forLine = rendered.substring(at, rendered.indexOf(format == Format.HTML ? "</p>" : "\n- ", at));
            assertThat(forLine.strip()).as(format.word()).endsWith(".").doesNotContain("; .").doesNotEndWith(";");
        }
        assertThat(html()).doesNotContain("; </p>");
        assertThat(render(Format.MARKDOWN)).as("spaces between emphasis, links and words are kept")
                .contains("- **Launch a verification research programme** (Verification): Fund joint research")
                .contains("For: [E03](#element-E03) General prohibition of use; [E04](#element-E04) Prohibition");
    }

    @Test
    void aWhatIfIsCarriedToTheDocumentAndOpensEveryFormat() {
        WhatIf whatIf = new WhatIf("attribution-mechanism", Optional.empty(), List.of(
                new WhatIf.Change("E03", "attribution", "Attribution", "status", "none", "partial")));

        Document hypothetical = ReportDocument.of(report, ReportDocument.Options.assessment()
                .withWhatIf(Optional.of(whatIf)));

        assertThat(hypothetical.whatIf()).contains(whatIf);
        assertThat(Backend.of(Format.TEXT).render(hypothetical)).startsWith(WhatIf.HEADLINE);
    }

    @Test
    void whatItWouldTakeIsPlacedAfterWhatHoldsTheElementDown() {
        Document withSteps = ReportDocument.of(report, ReportDocument.Options.assessment()
                .withWhatItWouldTake(e -> List.of(Block.Section.of("What it would take",
                        List.of(Block.Paragraph.of("Raise " + e.id()))))));

        String e03 = section(Backend.of(Format.TEXT).render(withSteps), "E03 General prohibition of use: unlikely");
        assertThat(e03).containsSubsequence("What holds it down", "What it would take", "Raise E03",
                "Recommendations");
    }

    // ------------------------------------------------------------------------------------------- formats

    @Test
    void textFitsA100ColumnTerminalWithoutColourCodesOrTrailingSpaces() {
        String text = render(Format.TEXT);

        // a command to paste is never wrapped, whatever its length
        assertThat(text.lines().filter(line -> !line.strip().startsWith("./advisor ")))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(text).doesNotContain("\u001B").doesNotContain("\r").endsWith("\n");
        assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void markdownEscapesAPipeInAnElementNameSoTheHeatmapKeepsItsColumns() throws Exception {
        String markdown = Backend.of(Format.MARKDOWN).render(ReportDocument.of(
                ReportFixtures.report(Path.of("src/test/resources/report/pipe-in-name"))));

        String row = markdown.lines().filter(l -> l.startsWith("| [E01](#element-E01) |")).findFirst().orElseThrow();
        assertThat(row).contains("Definitions \\| scope (what counts as a \\*cyberweapon\\*)");
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(8); // 7 cells
        assertThat(markdown).contains("## <a id=\"element-E01\"></a>E01 Definitions \\| scope");
    }

    // -------------------------------------------------------------------------------------------- helpers

    private static String render(Format format) {
        return Backend.of(format).render(document);
    }

    private static String html() {
        return render(Format.HTML);
    }

    private static Block.Table heatmap() {
        Block.Section summary = (Block.Section) document.blocks().stream()
                .filter(b -> b instanceof Block.Section s && s.anchor().equals("summary")).findFirst().orElseThrow();
        return summary.blocks().stream().filter(b -> b instanceof Block.Table t && t.caption().startsWith("Each"))
                .map(b -> (Block.Table) b).findFirst().orElseThrow();
    }

    private static Block.Cell heatmapCell(String elementId, String dimensionName) {
        Block.Table heatmap = heatmap();
        int column = heatmap.columns().stream().map(Block.Column::heading).toList().indexOf(dimensionName);
        assertThat(column).as(dimensionName).isPositive();
        return heatmap.rows().stream().filter(r -> r.cells().get(0).text().plain().equals(elementId)).findFirst()
                .orElseThrow().cells().get(column);
    }

    private static Block.Figure figure(String elementId) {
        Block.Section element = (Block.Section) document.blocks().stream()
                .filter(b -> b instanceof Block.Section s && s.anchor().equals("element-" + elementId))
                .findFirst().orElseThrow();
        return element.blocks().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow();
    }

    /** An element's part of the text, wrapped lines joined, so that phrases can be found across breaks. */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading).isPositive();
        int end = text.indexOf("\n-----", start + 1);
        return text.substring(start, end).replaceAll("\\s+", " ");
    }
}
