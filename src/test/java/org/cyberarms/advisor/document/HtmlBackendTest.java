package org.cyberarms.advisor.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML page of a document, read back with an HTML parser as a browser would build it. The same pages are
 * written to {@code target/html-specimens/}, where {@code .ci/check-html} runs the W3C Nu HTML Checker and
 * axe-core on them.
 */
class HtmlBackendTest {

    static final Path SPECIMENS = Path.of("target/html-specimens");

    private static String assessmentHtml;
    private static String whatIfHtml;
    private static org.jsoup.nodes.Document assessment;
    private static org.jsoup.nodes.Document whatIf;

    @BeforeAll
    static void render() throws IOException {
        assessmentHtml = Backend.of(Format.HTML).render(Specimens.everything(Optional.empty()));
        whatIfHtml = Backend.of(Format.HTML).render(Specimens.everything(Optional.of(Specimens.WHAT_IF)));
        assessment = Jsoup.parse(assessmentHtml);
        whatIf = Jsoup.parse(whatIfHtml);
        Files.createDirectories(SPECIMENS);
        Files.writeString(SPECIMENS.resolve("every-block.html"), assessmentHtml);
        Files.writeString(SPECIMENS.resolve("every-block-whatif.html"), whatIfHtml);
    }

    @Test
    void theTitleIsTheOnlyH1AndHeadingLevelsNeverSkipInsideListsNotesAndDetails() {
        for (org.jsoup.nodes.Document page : List.of(assessment, whatIf)) {
            List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                    .map(h -> h.tagName().charAt(1) - '0').toList();
            assertThat(levels.get(0)).isEqualTo(1);
            assertThat(levels.stream().filter(l -> l == 1)).hasSize(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading %d of %s", i, levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
            assertThat(page.select("details h4").text()).startsWith("Conditions of");
            assertThat(page.select("li h4").text()).isEqualTo("Inside a list");
        }
    }

    @Test
    void markupTypedIntoAnyTextIsShownAsTextAndNeverRuns() {
        assertThat(whatIf.select("script, iframe, object, embed, img")).isEmpty();
        for (Element element : whatIf.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
            }
        }
        assertThat(whatIf.title()).isEqualTo("WHAT-IF: Feasibility " + Specimens.HOSTILE);
        assertThat(whatIf.selectFirst("h1").text()).isEqualTo("Feasibility " + Specimens.HOSTILE);
        assertThat(whatIf.selectFirst("section#e03 > h3").text()).isEqualTo("E03 " + Specimens.HOSTILE);
        assertThat(whatIf.selectFirst("caption").text()).isEqualTo("Status per dimension " + Specimens.HOSTILE);
        assertThat(whatIf.selectFirst("summary").text()).isEqualTo("Detail: " + Specimens.HOSTILE);
        assertThat(whatIf.selectFirst("dt").text()).isEqualTo("IQR " + Specimens.HOSTILE);
        assertThat(whatIf.selectFirst("figcaption").text()).isEqualTo("Elements per level: " + Specimens.HOSTILE);
        assertThat(whatIf.selectFirst("main li").text()).startsWith("First " + Specimens.HOSTILE);
        assertThat(whatIfHtml).doesNotContain("<script>");
    }

    @Test
    void aLinkLeadsOnlyToTheWebASectionOrAFileAndAnyOtherSchemeStaysText() {
        Element paragraph = assessment.selectFirst("section#e03 > p");
        assertThat(paragraph.select("a").eachAttr("href"))
                .containsExactly("https://example.org/treaty?a=1&b=2", "#e03");
        assertThat(paragraph.text()).contains("a trap (javascript:alert(3))");
        for (String target : List.of("javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)",
                " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x")) {
            assertThat(HtmlBackend.safeLinkTarget(target.strip())).as(target).isFalse();
        }
        for (String target : List.of("https://example.org", "http://example.org", "#e03", "rules/maturity.drl",
                "rules/maturity.drl:26", "../docs/report.schema.json")) {
            assertThat(HtmlBackend.safeLinkTarget(target)).as(target).isTrue();
        }
    }

    @Test
    void everyTableHasItsCaptionColumnHeadersAndRowHeadersWithScope() {
        assertThat(assessment.select("table")).isNotEmpty().allSatisfy(table -> {
            assertThat(table.child(0).tagName()).isEqualTo("caption");
            assertThat(table.select("thead th")).hasSize(5).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(table.select("tbody tr")).allSatisfy(tr -> {
                assertThat(tr.child(0).tagName()).isEqualTo("th");
                assertThat(tr.child(0).attr("scope")).isEqualTo("row");
            });
            assertThat(table.select("thead th").last().hasClass("number")).isTrue();
        });
    }

    @Test
    void changedAndBlockingValuesAreOutlinedDifferentlyAndSayWhatTheyAreInWords() {
        Element row = assessment.select("table").first().select("tbody tr").first();
        Element changed = row.child(1);
        Element blocking = row.child(2);
        assertThat(changed.classNames()).contains("changed");
        assertThat(changed.select(".visually-hidden").text()).isEqualTo("(" + Mark.CHANGED.meaning() + ")");
        assertThat(blocking.classNames()).contains("blocking");
        assertThat(blocking.select(".visually-hidden").text()).isEqualTo("(" + Mark.BLOCKING.meaning() + ")");
        Element both = assessment.select("table").first().select("tbody tr").get(1).child(2);
        assertThat(both.classNames()).contains("changed", "blocking");
        assertThat(both.select(".visually-hidden").eachText())
                .containsExactly("(" + Mark.CHANGED.meaning() + ")", "(" + Mark.BLOCKING.meaning() + ")");

        String css = Backend.of(Format.HTML).render(Document.of("t", List.of()));
        assertThat(rule(css, "td.changed, th.changed")).contains("dashed");
        assertThat(rule(css, "td.blocking, th.blocking")).contains("inset 0 0 0 3px currentColor");
        assertThat(rule(css, "mark.changed")).contains("dashed");
        assertThat(rule(css, ".visually-hidden")).contains("clip");

        Element inline = assessment.selectFirst("section#e03 > p");
        assertThat(inline.select("mark.changed").text()).isEqualTo("partial (" + Mark.CHANGED.meaning() + ")");
        assertThat(inline.select("mark.blocking").text()).isEqualTo("attribution (" + Mark.BLOCKING.meaning() + ")");
    }

    @Test
    void aMutedCellIsLightGreyWithReadableTextWhateverItsShade() {
        Element muted = assessment.select("table").first().select("tbody tr").first().child(3);
        assertThat(muted.classNames()).contains("muted").doesNotContain("shaded");
        assertThat(muted.attr("style")).as("no status colour: it would look like a low value").isEmpty();
        String css = Backend.of(Format.HTML).render(Document.of("t", List.of()));
        String rule = rule(css, "td.muted, th.muted");
        assertThat(rule).contains("background: #f2f2f2", "color: #595959");
        assertThat(contrast(0x595959, 0xf2f2f2)).isGreaterThanOrEqualTo(4.5);

        Element shaded = assessment.select("table").first().select("tbody tr").first().child(1);
        SequentialPalette.Swatch swatch = SequentialPalette.of(2, 5);
        assertThat(shaded.attr("style")).isEqualTo("background:" + swatch.fill() + ";color:" + swatch.ink());
    }

    @Test
    void aWhatIfBannerOpensTheBodyBeforeTheTitleAndNamesEveryChange() {
        Element first = whatIf.body().child(0);
        assertThat(first.tagName()).isEqualTo("header");
        assertThat(first.hasClass("whatif-banner")).isTrue();
        assertThat(first.text()).startsWith(WhatIf.HEADLINE).contains("Scenario: attribution-mechanism",
                "E03 Attribution status: none -> partial");
        assertThat(whatIf.body().child(1).tagName()).isEqualTo("main");
        assertThat(assessment.select(".whatif-banner")).isEmpty();
        String css = Backend.of(Format.HTML).render(Document.of("t", List.of()));
        assertThat(rule(css, ".whatif-banner")).contains("border: 4px solid #b00020", "background: #fff0f0");
    }

    @Test
    void detailsOpenWithoutAnyScript() {
        Element details = assessment.selectFirst("details");
        assertThat(details.child(0).tagName()).isEqualTo("summary");
        assertThat(details.select("table")).hasSize(1);
        assertThat(assessmentHtml).doesNotContain("<script").contains("default-src 'none'");
    }

    @Test
    void aFigureIsNamedAndCaptionedByItsDescription() {
        Element figure = assessment.selectFirst("figure");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Elements per level: " + Specimens.HOSTILE);
        assertThat(figure.selectFirst("svg").attr("aria-hidden")).as("the caption says it in words").isEqualTo("true");
        assertThat(figure.select("svg rect")).hasSize(1);
    }

    @Test
    void aFigureRefusesActiveContentAndAMissingDescription() {
        for (String svg : List.of("<svg><script>alert(1)</script></svg>", "<svg onload=\"alert(1)\"></svg>",
                "<svg><foreignObject><p>x</p></foreignObject></svg>", "<svg><a href=\"javascript:x\">x</a></svg>",
                "<p>not a drawing</p>")) {
            assertThatThrownBy(() -> new Block.Figure(svg, "a chart")).as(svg)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Block.Figure(Specimens.SVG, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommandIsOneUnwrappedLineOnScreenAndBreaksOnlyOnPaperWhereItWouldBeCutOff() {
        Element command = assessment.selectFirst("pre.command");
        assertThat(command.text()).isEqualTo(Specimens.LONG_COMMAND);
        assertThat(command.attr("tabindex")).as("a scrolling box takes keyboard focus").isEqualTo("0");
        String css = Backend.of(Format.HTML).render(Document.of("t", List.of()));
        assertThat(rule(css, "pre.command")).contains("white-space: pre", "overflow-x: auto");
        String onScreen = css.substring(0, css.indexOf("@media print"));
        assertThat(onScreen).doesNotContain("pre-wrap").doesNotContain("break-spaces");
        assertThat(css.substring(css.indexOf("@media print"))).contains("white-space: break-spaces");
    }

    @Test
    void notesSayTheirKindInWords() {
        List<String> kinds = assessment.select("div.note[role=note] .note-kind").eachText();
        assertThat(kinds).containsExactly("Warning", "Note:");
        assertThat(assessment.selectFirst("div.note.warning").child(1).tagName()).isEqualTo("table");
    }

    @Test
    void printsOnA4WithBackgroundsAndMarks() {
        String css = Backend.of(Format.HTML).render(Document.of("t", List.of()));
        assertThat(css).contains("@page { size: A4; margin: 12mm; }", "@media print");
        assertThat(css.substring(css.indexOf("@media print"))).contains("print-color-adjust: exact",
                "thead { display: table-header-group; }", "break-inside: avoid");
    }

    /** The declarations of the first CSS rule whose selector is exactly {@code selector}. */
    static String rule(String page, String selector) {
        int at = page.indexOf("\n" + selector + " {");
        assertThat(at).as("a CSS rule for %s", selector).isNotNegative();
        return page.substring(at, page.indexOf('}', at));
    }

    /** WCAG contrast ratio of two colours given as 0xrrggbb. */
    static double contrast(int foreground, int background) {
        double a = SequentialPalette.luminance(foreground >> 16 & 0xff, foreground >> 8 & 0xff, foreground & 0xff);
        double b = SequentialPalette.luminance(background >> 16 & 0xff, background >> 8 & 0xff, background & 0xff);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    @Test
    void everyShadeOfEveryScaleLengthHasInkWithAtLeastAaContrast() {
        List<String> failing = new ArrayList<>();
        for (int steps = 1; steps <= 20; steps++) {
            for (int rank = 0; rank < steps; rank++) {
                SequentialPalette.Swatch swatch = SequentialPalette.of(rank, steps);
                double ratio = contrast(Integer.parseInt(swatch.ink().substring(1), 16),
                        Integer.parseInt(swatch.fill().substring(1), 16));
                if (ratio < 4.5) {
                    failing.add(rank + "/" + steps + " " + swatch + " " + ratio);
                }
            }
        }
        assertThat(failing).isEmpty();
    }
}
