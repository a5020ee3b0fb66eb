package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.document.WhatIf;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.cyberarms.advisor.HeadlessChromium;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/** {@code report --summary}: one page for decision makers, built from the bundled report with the real rules. */
class SummaryDocumentTest {

    /** A what-if with many changes, so that its banner is as tall as a real one gets. */
    static final WhatIf MANY_CHANGES = new WhatIf("attribution-mechanism + great-power-endorsement",
            Optional.of("An attribution body exists, and the great powers endorse the instrument"), List.of(
                    new WhatIf.Change("E03", "attribution", "Attribution", "status", "none", "partial"),
                    new WhatIf.Change("E15", "attribution", "Attribution", "status", "weak", "partial"),
                    new WhatIf.Change("E01", "political_endorsement", "Political endorsement", "status", "partial",
                            "substantial"),
                    new WhatIf.Change("E06", "political_endorsement", "Political endorsement", "status", "partial",
                            "substantial"),
                    new WhatIf.Change("E07", "political_endorsement", "Political endorsement", "status", "weak",
                            "substantial"),
                    new WhatIf.Change("E09", "verification", "Verification", "reliance", "critical", "helpful")));

    /** {@code --set all.political_endorsement=substantial}: a change for every one of the 16 elements. */
    static final WhatIf EVERY_ELEMENT = new WhatIf("--set", Optional.empty(), java.util.stream.IntStream
            .rangeClosed(1, 16)
            .mapToObj(i -> new WhatIf.Change(String.format("E%02d", i), "political_endorsement",
                    "Political endorsement", "status", "partial", "substantial"))
            .toList());

    private static FeasibilityReport report;

    @BeforeAll
    static void buildReport() throws Exception {
        report = ReportFixtures.bundledReport();
    }

    @Test
    void itHoldsEveryLevelWithItsElementsTheMainBlockersAndThePracticalActions() {
        String text = Backend.of(Format.TEXT).render(SummaryDocument.of(report, Optional.empty()));

        assertThat(text).startsWith("AT A GLANCE: " + report.pack().title().toUpperCase(java.util.Locale.ROOT));
        assertThat(text).contains("16 elements: 3 feasible, 7 likely, 2 possible, 4 unlikely.");
        for (FeasibilityReport.ElementSection element : report.elements()) {
            assertThat(text.replaceAll("\\s+", " ")).contains(element.id() + " " + element.name());
        }
        // Verification holds seven elements at their level, more than any other dimension: it comes first.
        List<String> blockers = text.lines().dropWhile(l -> !l.equals("Main blockers")).skip(4)
                .filter(l -> !l.startsWith(" ")).limit(4)
                .map(l -> l.split("\\s{2,}")[0]).toList();
        assertThat(blockers).containsExactly("Verification", "Attribution", "Compliance", "Political endorsement");
        assertThat(text).contains("Verification                       7  E01 (likely), E02 (likely), E03 (unlikely)");
        for (FeasibilityReport.ActionSection action : report.actions()) {
            assertThat(text).contains(action.title() + " (" + action.dimensionName() + "; for "
                    + action.elements().stream().map(FeasibilityReport.ElementRef::id).collect(Collectors.joining(", ")));
        }
        assertThat(text).contains("Warning: The statuses are the project's reconstruction");
        assertThat(text).doesNotContain("WHAT-IF");
    }

    @Test
    void aWhatIfSummaryOpensWithItsBannerInTextMarkdownAndHtml() {
        Document summary = SummaryDocument.of(report, Optional.of(MANY_CHANGES));
        for (Format format : List.of(Format.TEXT, Format.MARKDOWN)) {
            List<String> lines = Backend.of(format).render(summary).lines().limit(10).toList();
            assertThat(lines.get(0)).as(format.word()).contains(WhatIf.HEADLINE);
            assertThat(String.join("\n", lines)).as(format.word()).contains("E03 Attribution status: none -> partial");
        }
        org.jsoup.nodes.Document html = Jsoup.parse(Backend.of(Format.HTML).render(summary));
        assertThat(html.body().child(0).text()).startsWith(WhatIf.HEADLINE);
    }

    @Test
    void itHasNoJsonOrCsvForm() {
        assertThat(SummaryDocument.of(report, Optional.empty()).formats())
                .containsExactly(Format.TEXT, Format.MARKDOWN, Format.HTML)
                .isEqualTo(SummaryDocument.FORMATS);
    }

    @Test
    @Tag("browser")
    void itsHtmlPrintsOnOneA4PageEvenUnderAWhatIfThatChangesEveryElement() throws Exception {
        HeadlessChromium.require();
        Path pages = Files.createDirectories(Path.of("target/browser-test"));
        Path screenshots = Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        ChromeDriver browser = HeadlessChromium.open();
        try {
            for (Optional<WhatIf> whatIf : List.of(Optional.<WhatIf>empty(), Optional.of(MANY_CHANGES),
                    Optional.of(EVERY_ELEMENT))) {
                String name = whatIf.map(w -> "summary-whatif-" + w.changes().size()).orElse("summary");
                Path page = pages.resolve(name + ".html").toAbsolutePath();
                Files.writeString(page, Backend.of(Format.HTML).render(SummaryDocument.of(report, whatIf)));
                browser.get(page.toUri().toString());
                PrintOptions a4 = new PrintOptions();
                a4.setPageSize(new PageSize(29.7, 21.0)); // height, width in cm
                a4.setBackground(true);
                byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
                Files.write(screenshots.resolve(name + ".pdf"), pdf);
                try (PDDocument printed = Loader.loadPDF(pdf)) {
                    assertThat(printed.getNumberOfPages()).as(name + " printed on A4").isEqualTo(1);
                    assertThat(printed.getPage(0).getMediaBox().getWidth()).as("A4 width in points")
                            .isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
                }
            }
        } finally {
            browser.quit();
        }
    }
}
